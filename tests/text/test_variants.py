"""Two alliance names denote one alliance when their distinctive words agree, within one city cluster."""

from xietong.text.variants import compare


def test_names_differing_only_in_generic_words_are_one_alliance() -> None:
    for a, b in (("京津冀旅游营销合作联盟", "京津冀旅游营销联盟"),
                 ("京津冀医疗器械产业技术创新战略联盟", "京津冀医疗器械产业技术创新联盟"),
                 ("粤港澳大湾区高校联盟", "粤港澳高校联盟")):
        v = compare(a, b)
        assert v.same and v.score >= 0.9, (a, b, v)


def test_a_name_with_a_place_more_is_the_same_alliance() -> None:
    v = compare("中关村华清石墨烯产业技术联盟", "华清石墨烯产业技术联盟")
    assert v.same and "part of" in v.reason


def test_a_name_with_another_field_more_is_another_alliance() -> None:
    """人工智能教育 is a field of its own beside 人工智能: an education alliance is not the industry's."""
    for a, b in (("京津冀人工智能产业联盟", "京津冀人工智能教育联盟"), ("长三角集成电路联盟", "长三角集成电路人才联盟"),
                 ("成渝大数据联盟", "成渝大数据金融联盟")):
        assert not compare(a, b).same, (a, b)
    assert "another field" in compare("京津冀人工智能产业联盟", "京津冀人工智能教育联盟").reason


def test_names_of_different_fields_or_clusters_are_different_alliances() -> None:
    for a, b in (("京津冀钢铁产业联盟", "长三角钢铁产业联盟"), ("京津冀医药产业联盟", "京津冀中医药产业联盟"),
                 ("京津冀冷链物流联盟", "京津冀物流联盟"), ("京津冀文化产业联盟", "京津冀文化旅游产业联盟")):
        assert not compare(a, b).same, (a, b)
