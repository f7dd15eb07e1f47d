"""What a sentence states about an alliance it names, read the way Chinese
news writes it (general phrasings, not the gold sets' sentences)."""

from __future__ import annotations

from xietong.text.extract import extract


def one(sentence: str):  # type: ignore[no-untyped-def]
    [record] = extract(sentence)
    return record


def test_joint_founders_right_before_the_name_need_no_particle() -> None:
    r = one("南开大学和河北大学共同发起成立京津冀古籍保护联盟。")
    assert r.initiators == ["南开大学", "河北大学"]


def test_where_and_when_the_founders_acted_is_not_part_of_a_founder() -> None:
    r = one("中国农业大学、天津农学院与河北农业大学于2019年在保定联合发起成立了京津冀种业创新联盟。")
    assert r.initiators == ["中国农业大学", "天津农学院", "河北农业大学"]
    assert r.city == "130600" and r.founded == "2019"


def test_a_group_described_rather_than_named_founds_nothing() -> None:
    r = one("京津冀茶叶流通联盟由北京、天津、河北三地的茶叶企业自发组建。")
    assert r.initiators == []
    assert r.regions == ["110000", "120000", "130000"]


def test_founders_named_after_the_name_with_their_count() -> None:
    r = one("京津冀眼科专科联盟在天津成立，天津医科大学眼科医院等15家医院共同发起。")
    assert r.initiators == ["天津医科大学眼科医院"] and r.initiator_count == 15


def test_a_province_then_a_place_in_it_is_that_place() -> None:
    assert one("京津冀陶瓷产业联盟在河北邯郸成立。").city == "130400"
    assert one("京津冀港口物流联盟在天津滨海新区成立。").city == "120000"


def test_member_counts_written_without_a_verb_after_growth_or_as_what_it_is_made_of() -> None:
    assert one("京津冀会展产业联盟成员单位60余家。").member_count == 60
    assert one("京津冀物联网产业联盟会员已从最初的12家发展到90家。").member_count == 90
    r = one("京津冀养老服务联盟由三地的35家养老机构组成。")
    assert r.member_count == 35


def test_provinces_listed_with_their_count_are_the_regions() -> None:
    r = one("2020年，黄河流域文旅联盟在郑州成立，联盟由山西、河南、山东三省的50家景区组成。")
    assert r.regions == ["140000", "410000", "370000"] and r.member_count == 50
    # a count that does not match the list, or a list of what are not all places, states no regions;
    # a city may stand among provinces, at its own level (stop 25: regions are any region's code)
    assert one("京津冀陶瓷联盟由北京、天津四地的企业组成。").regions == []
    assert one("京津冀陶瓷联盟由北京、甲公司两地的企业组成。").regions == []
    assert one("京津冀陶瓷联盟由北京、唐山两地的企业组成。").regions == ["110000", "130200"]


def test_member_counts_after_what_the_members_include_or_total() -> None:
    assert one("京津冀氢能产业联盟在张家口成立，成员包括40余家企业和高校。").member_count == 40
    assert one("京津冀仓储物流联盟在天津成立，首批会员单位合计75家。").member_count == 75


def test_a_lead_founder_then_those_it_joined_are_each_a_founder() -> None:
    r = one("由天津大学牵头，会同北京理工大学、燕山大学等6家单位发起成立的京津冀先进材料联盟在秦皇岛成立。")
    assert r.initiators == ["天津大学", "北京理工大学", "燕山大学"] and r.initiator_count == 6
    assert "联合国工业发展组织" in one("京津冀绿色制造联盟由联合国工业发展组织、清华大学共同发起。").initiators


def test_today_and_yesterday_are_read_against_the_articles_date() -> None:
    import datetime as dt

    [r] = extract("昨日，京津冀康复医疗联盟在保定揭牌成立。", article_date=dt.date(2021, 3, 1))
    assert r.founded == "2021-02-28"
    [r] = extract("京津冀康复医疗联盟今天在保定成立。", article_date=dt.date(2021, 3, 1))
    assert r.founded == "2021-03-01"
    assert one("昨日，京津冀康复医疗联盟在保定揭牌成立。").founded is None  # no date to read it against


def test_a_city_clusters_generically_named_alliance_is_one_when_its_founding_is_told() -> None:
    r = one("成渝地区双城经济圈技术创新联盟近日在成都正式成立。")
    assert r.alliance == "成渝地区双城经济圈技术创新联盟" and r.city == "510000"
    # named as a kind, in passing: none
    assert extract("近年来，京津冀技术创新联盟不断涌现。") == []
    # and the bare 联盟 of the next sentence is that alliance's, not the one before
    two = extract("京津冀会展联盟于2015年成立。长三角科技创新联盟日前在杭州成立。联盟由浙江大学等10家单位共同发起。")
    assert [(r.alliance, r.initiators) for r in two] == [("京津冀会展联盟", []), ("长三角科技创新联盟", ["浙江大学"])]


def test_provinces_written_a_character_each_with_their_count_are_the_regions() -> None:
    assert one("长三角数字经济联盟在合肥成立，成员覆盖沪苏浙皖四省市的企业。").regions == ["310000", "320000", "330000", "340000"]
    assert one("京津冀数字经济联盟在北京成立，成员覆盖京津两地的企业。").regions == ["110000", "120000"]
    assert one("长三角数字经济联盟在合肥成立，成员覆盖沪苏浙三省市的企业。").regions == ["310000", "320000", "330000"]
    # some of the provinces the sentence names are not all it covers: none read
    assert one("京津冀数字经济联盟在北京成立，成员覆盖京津两地的企业和河北的高校。").regions == []
    assert one("长三角数字经济联盟在合肥成立，成员覆盖沪苏浙四省市的企业。").regions == []  # the count does not match
