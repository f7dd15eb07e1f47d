"""Facts a document states in labelled form: fact sheets and pasted tables, read with the import's
own column names, each value read as the import reads that column."""

from __future__ import annotations

import datetime as dt

from xietong.text.extract import extract
from xietong.text.labelled import read


def _by_name(text: str) -> dict:  # type: ignore[type-arg]
    return {r.alliance: r for r in extract(text, article_date=dt.date(2026, 12, 1))}


def test_a_fact_sheet_under_a_title_gives_the_titled_alliance_its_facts() -> None:
    sheet = ("成渝测试表单联盟简介\n成立日期：2021年9月18日\n成立城市：重庆\n牵头单位：重庆甲大学、四川乙集团\n"
             "会员数量：约80家\n覆盖省市：四川、重庆\n简称：测试表单盟")
    a = _by_name(sheet)["成渝测试表单联盟"]
    assert (a.founded, a.city, a.initiators) == ("2021-09-18", "500000", ["重庆甲大学", "四川乙集团"])
    assert (a.member_count, a.member_count_qualifier, a.regions) == (80, "about", ["510000", "500000"])
    assert a.aliases == ["测试表单盟"]
    # each fact quotes the line that states it, for review and the registry's sources
    assert a.evidence_of["founded"].text == "成立日期：2021年9月18日"
    assert a.evidence_of["initiators:四川乙集团"].text == "牵头单位：重庆甲大学、四川乙集团"
    assert (a.evidence_of["member_count"].text, a.evidence_of["aliases:测试表单盟"].text) == ("会员数量：约80家", "简称：测试表单盟")


def test_a_sheet_naming_its_alliance_in_a_line_gives_it_the_facts_and_a_bad_value_is_left_out() -> None:
    a = _by_name("联盟名称：东北测试名录联盟\n成立时间：2019年13月\n发起单位数量：6家")["东北测试名录联盟"]
    assert (a.founded, a.initiator_count) == (None, 6)  # month 13 is no date: not read, nothing guessed


def test_a_pasted_table_gives_each_row_s_alliance_its_cells() -> None:
    table = ("各联盟情况如下：\n编号\t联盟名称\t成立时间\t成立地点\t成员数量\n"
             "1\t长三角测试甲表联盟\t2016年5月\t南京\t120余家\n2\t长三角测试乙表联盟\t2020\t合肥\t45家\n附件略。")
    found = _by_name(table)
    a, b = found["长三角测试甲表联盟"], found["长三角测试乙表联盟"]
    assert (a.founded, a.city, a.member_count, a.member_count_qualifier) == ("2016-05", "320000", 120, "more_than")
    assert (b.founded, b.city, b.member_count) == ("2020", "340000", 45)
    assert len(found) == 2  # the header's 联盟名称 names no alliance


def test_labelled_lines_that_name_no_field_are_not_facts() -> None:
    """Prose with a colon, and columns of something else, are not read as labelled facts."""
    assert read("记者：联盟是什么时候成立的？\n主持人：请介绍一下。") == []
    assert read("姓名 职务 单位\n张三 秘书长 甲联盟") == []


def test_a_table_pasted_with_bars_and_a_unit_in_a_column_s_name() -> None:
    """| a | b | rows under a |---| rule, 成员数（家） a count in 家 (eval/extraction_dev15)."""
    table = "| 联盟名称 | 成立年份 | 成员数（家） |\n|---|---|---|\n| 东北测试冰雪联盟 | 2020 | 33 |"
    a = _by_name(table)["东北测试冰雪联盟"]
    assert (a.founded, a.member_count) == ("2020", 33)


def test_labelled_facts_on_one_line_apart_by_commas() -> None:
    """eval/extraction_dev56: X成立时间：2021.06.18，成立地点：北京。 gives both, as ； between them does."""
    [rec] = [r for r in extract("华北测试物流联盟成立时间：2021.06.18，成立地点：北京。") if r.alliance == "华北测试物流联盟"]
    assert (rec.founded, rec.city) == ("2021-06-18", "110000")


def test_a_fact_sheet_on_one_line_without_colons() -> None:
    """eval/extraction_dev85: "X：成立时间2018年5月；成立地点保定；牵头单位保定职业技术学院" gives when, where and
    who led; a sentence that happens to open on a label's words, or one label alone, is no sheet."""
    [rec] = extract("华北测试职教联盟：成立时间2018年5月；成立地点保定；牵头单位甲测试职业技术学院；成员单位96家。")
    assert (rec.founded, rec.city, rec.initiators, rec.member_count) == ("2018-05", "130600", ["甲测试职业技术学院"], 96)
    assert read("成立时间不长的联盟很多；成立地点各不相同。") == []
    assert read("成立时间2018年5月") == []
