"""Names sort as Chinese readers look them up: by pinyin, then tone."""

from xietong.collation import key, sound


def ordered(*names: str) -> list[str]:
    return sorted(names, key=key)


def test_names_sort_by_their_sound_not_by_code_point() -> None:
    # by code point 中 < 京 < 北 < 天 < 长; by sound běi < cháng < jīng < tiān < zhōng
    assert ordered("中关村联盟", "京津冀联盟", "天津联盟", "北京联盟", "长三角联盟") == \
        ["北京联盟", "长三角联盟", "京津冀联盟", "天津联盟", "中关村联盟"]


def test_syllables_compare_letter_by_letter_then_by_tone() -> None:
    assert ordered("班", "白", "八") == ["八", "白", "班"]  # ba1 < bai2 < ban1
    assert ordered("骂", "马", "麻", "妈") == ["妈", "麻", "马", "骂"]  # tones 1 to 4
    assert ordered("绿", "吕", "路") == ["路", "吕", "绿"]  # lu4 < lü3 < lü4


def test_a_word_reads_its_characters_as_it_says() -> None:
    assert ordered("中国银联", "中国银行") == ["中国银行", "中国银联"]  # 银行 yín háng, not xíng
    assert ordered("中国联盟", "重庆联盟") == ["重庆联盟", "中国联盟"]  # 重庆 chóng qìng
    assert ordered("张家口联盟", "长江联盟", "长三角联盟") == ["长江联盟", "长三角联盟", "张家口联盟"]  # cháng, not zhǎng
    assert sound("钢铁行业").endswith(sound("杭业"))  # 行业 háng yè


def test_digits_then_latin_letters_then_chinese_then_other_signs() -> None:
    assert ordered("阿里联盟", "（北京）联盟", "ic设计联盟", "5G联盟", "IC产业联盟") == \
        ["5G联盟", "IC产业联盟", "ic设计联盟", "阿里联盟", "（北京）联盟"]


def test_names_that_sound_alike_keep_one_order() -> None:
    assert sound("中兴联盟") == sound("忠兴联盟")
    assert ordered("忠兴联盟", "中兴联盟") == ordered("中兴联盟", "忠兴联盟") == sorted(["中兴联盟", "忠兴联盟"])


def test_a_character_no_word_holds_reads_as_usual() -> None:
    assert sound("行") == sound("形")  # alone, 行 reads xíng
    assert sound("中国银") == sound("中国寅")  # a word cut off by the name's end is no word
