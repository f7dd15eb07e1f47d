"""Importing files: what a good file adds, that repeating it adds nothing,
and that a bad file is refused whole, with every problem named by file, row
and column, and the store left exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import fingerprint
from tests.helpers import write_csv, write_xlsx
from xietong import registry
from xietong.ingest.problems import InputError
from xietong.store import Store

ALLIANCES = (["联盟名称", "成立时间", "成立地点", "类型", "发起单位", "成员数量"],
             [["京津冀测试产业联盟", "2015年4月", "北京", "产业类", "北京甲科技有限公司、天津乙大学", "70余家"],
              ["京津冀测试服务联盟", "2016", "天津", "服务类", "", ""]])
ORGS = (["名称", "机构类型", "所属省份", "所在地", "统一社会信用代码"],
        [["北京甲科技有限公司", "企业", "北京", "北京", "91110000MA01ABCD1M"],
         ["河北丙大学", "高校", "河北", "天津", ""]])


def _import(store: Store, *paths: Path, **kw) -> registry.ImportReport:  # type: ignore[no-untyped-def]
    return registry.import_paths(store, [str(p) for p in paths], recorded_at=kw.pop("at", "2026-02-01T00:00:00.000000"), **kw)


def _alliance(store: Store, name: str, as_of: str | None = None) -> dict:
    return next(a for a in registry.list_entities(store, "alliance", as_of=as_of) if a["name"] == name)


def test_alliances_with_chinese_headers(store: Store, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "alliances.csv", *ALLIANCES)
    report = _import(store, f)
    assert report.rows["alliances"] == 2
    a = _alliance(store, "京津冀测试产业联盟")
    assert (a["founded"], a["founded_precision"], a["city"], a["type"]) == ("2015-04", "month", "110000", "industry")
    assert a["initiators"] == ["北京甲科技有限公司", "天津乙大学"] or set(a["initiators"]) == {"北京甲科技有限公司", "天津乙大学"}
    assert a["member_counts"] == [{"count": 70, "qualifier": "more_than", "kind": None, "original": "70余家",
                                   "dataset": "alliances.csv"}]
    assert a["named_members"] == 2  # the count invents no members


def test_what_init_reads_off_new_records_is_read_as_they_are_imported(store: Store, tmp_path: Path) -> None:
    """An alliance no row types is classified, and an organisation named with no kind or province (a
    member, or an organisations row leaving them blank) has them read off its name, in the import
    itself, as ``xietong init`` reads the whole registry: a platform serving the registry shows them
    at once, not from its next start. What a file states stands first; the import's undo takes the
    rules' facts with it, and importing the file again changes nothing."""
    from xietong.classify import classify
    from xietong.inference import RULE_DATASET
    from xietong.undo import undo_entry

    alliances = write_csv(tmp_path / "a.csv", ["联盟名称", "类型"],
                          [["京津冀导入分类新能源汽车产业联盟", ""], ["京津冀导入分类旅游联盟", "产业类"]])
    orgs = write_csv(tmp_path / "o.csv", ["名称", "机构类型", "所属省份"],
                     [["河北导入分类大学", "", ""], ["导入分类甲科技有限公司", "高校", "天津"]])
    members = write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["京津冀导入分类旅游联盟", "天津导入分类研究院"]])
    report = _import(store, alliances, orgs, members, actor="alice")
    untyped = _alliance(store, "京津冀导入分类新能源汽车产业联盟")
    assert (untyped["type"], untyped["sector"]) == (classify(untyped["name"]).type, "车辆") and untyped["type"] == "industry"
    [typed] = registry.show(store, untyped["id"])[0]["facts"]["type"]
    assert typed["dataset"] == registry.CLASSIFIER_DATASET
    typed_by_file = registry.show(store, "京津冀导入分类旅游联盟")[0]["facts"]["type"]
    assert [t["dataset"] for t in typed_by_file] == ["a.csv"]  # the file's own type: classified at init, not now

    def read_off(name: str) -> dict[str, tuple[str, str]]:
        facts = registry.show(store, name, kind="org")[0]["facts"]
        return {p: (facts[p][0]["value"], facts[p][0]["dataset"]) for p in ("kind", "province") if p in facts}

    assert read_off("河北导入分类大学") == {"kind": ("university", RULE_DATASET), "province": ("130000", RULE_DATASET)}
    assert read_off("导入分类甲科技有限公司") == {"kind": ("university", "o.csv"), "province": ("120000", "o.csv")}
    assert read_off("天津导入分类研究院") == {"kind": ("research_institute", RULE_DATASET),
                                         "province": ("120000", RULE_DATASET)}
    assert report.changes.added["statement"] == sum(
        len(fs) for a in registry.list_entities(store, "alliance") for fs in registry.show(store, a["id"])[0]["facts"].values()) \
        + sum(len(fs) for o in registry.list_entities(store, "org") for fs in registry.show(store, o["id"], kind="org")[0]["facts"].values())
    from xietong.inference import classify_alliances, infer_from_names
    from xietong.writer import Writer

    with store.engine.connect() as conn:  # the whole registry's rules, as init runs them, read them alike
        assert infer_from_names(conn, Writer(conn, "2026-02-02T00:00:00.000000")) == 0
        [whole] = [r for r in classify_alliances(conn, None) if r["id"] == untyped["id"]]
        assert (whole["type"], whole["sector"]) == (untyped["type"], untyped["sector"])
        conn.rollback()
    assert sum(_import(store, alliances, orgs, members).changes.added.values()) == 0
    from xietong import accounts

    undo_entry(store, accounts.audit_log(store)[0]["id"], by="alice")
    assert registry.list_entities(store, "alliance") == [] and registry.list_entities(store, "org") == []


def test_a_roster_imported_for_an_alliance_no_source_types_counts_in_its_type(store: Store, tmp_path: Path) -> None:
    """Its members' kinds type it as init would (a university and a firm: 产学研); an alliance a file
    types keeps what the file says, and is read again only at init."""
    _import(store, write_csv(tmp_path / "a.csv", ["联盟名称", "类型"],
                             [["京津冀甲乙丙测试联盟", ""], ["京津冀丁戊己测试联盟", "服务类"]]))
    assert _alliance(store, "京津冀甲乙丙测试联盟")["type"] == "industry"  # a guess by the name's characters
    report = _import(store, write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [
        ["京津冀甲乙丙测试联盟", "北京甲乙丙测试大学"], ["京津冀甲乙丙测试联盟", "天津甲乙丙测试科技有限公司"],
        ["京津冀丁戊己测试联盟", "北京丁戊己测试大学"], ["京津冀丁戊己测试联盟", "天津丁戊己测试科技有限公司"]]))
    a = _alliance(store, "京津冀甲乙丙测试联盟")
    assert (a["type"], a["relations"]) == ("comprehensive", ["industry_academia"])
    typed = registry.show(store, "京津冀丁戊己测试联盟")[0]["facts"]
    assert [f["dataset"] for f in typed["type"]] == ["a.csv"] and "relations" not in typed
    assert report.changes.superseded["statement"] == 2  # the guess's type and sector, by the members' reading
    assert sum(_import(store, tmp_path / "m.csv").changes.added.values()) == 0


def test_a_former_name_column_makes_the_record_kept_under_that_name_the_renamed_one(store: Store, tmp_path: Path) -> None:
    """曾用名 (former name): the alliance was renamed, so a record under its old name is merged into it
    (reported, undoable as any merge) and the old name finds it; it is not listed as a name it goes by."""
    _import(store, write_csv(tmp_path / "old.csv", ["联盟名称", "成立时间"], [["京津冀导入旧名测试联盟", "2015"]]))
    report = _import(store, write_csv(tmp_path / "new.csv", ["联盟名称", "曾用名"], [["京津冀导入新名测试联盟", "京津冀导入旧名测试联盟"]]))
    assert [(m["name"], m["reason"]) for m in report.changes.merges] == [
        ("京津冀导入旧名测试联盟", "renamed: 「京津冀导入旧名测试联盟」 is the name it had before")]
    [a] = registry.list_entities(store, "alliance")
    assert (a["name"], a["former_names"], a["aliases"], a["founded"]) == ("京津冀导入新名测试联盟", ["京津冀导入旧名测试联盟"], [], "2015")
    assert registry.show(store, "京津冀导入旧名测试联盟")[0]["id"] == a["id"]
    assert sum(_import(store, tmp_path / "new.csv").changes.added.values()) == 0
    same = write_csv(tmp_path / "same.csv", ["联盟名称", "曾用名"], [["京津冀导入同名测试联盟", "京津冀导入同名测试联盟"]])
    _import(store, same)  # a row giving its own name as its former one states no former name
    assert _alliance(store, "京津冀导入同名测试联盟")["former_names"] == []


def test_an_organisation_s_former_name_makes_the_record_kept_under_it_the_renamed_one(store: Store, tmp_path: Path) -> None:
    """A company renamed (公司更名): an organisations file's 曾用名 merges the record kept under the old name
    into the new one, its memberships with it; a roster still naming it by the old name finds the new."""
    _import(store, write_csv(tmp_path / "a.csv", ["联盟名称", "类型"], [["京津冀机构更名测试联盟", "产业类"]]))
    _import(store, write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["京津冀机构更名测试联盟", "北京更名测试技术有限公司"]]))
    report = _import(store, write_csv(tmp_path / "o.csv", ["机构名称", "曾用名", "机构类型"],
                                      [["北京更名测试科技股份有限公司", "北京更名测试技术有限公司", "企业"]]))
    assert [m["name"] for m in report.changes.merges] == ["北京更名测试技术有限公司"]
    [org] = registry.list_entities(store, "org")
    assert (org["name"], org["former_names"], org["aliases"]) == ("北京更名测试科技股份有限公司", ["北京更名测试技术有限公司"], [])
    assert len(org["alliances"]) == 1
    _import(store, write_csv(tmp_path / "m2.csv", ["联盟", "成员单位", "角色"],
                             [["京津冀机构更名测试联盟", "北京更名测试技术有限公司", "理事单位"]]))
    assert len(registry.list_entities(store, "org")) == 1
    assert registry.show(store, "北京更名测试技术有限公司", kind="org")[0]["id"] == org["id"]


def test_a_date_within_a_month_or_year_and_a_shortened_type_are_read_as_written(store: Store, tmp_path: Path) -> None:
    """2016年底 is the year 2016, kept as written beside it; 综合 is the seed's 综合类."""
    _import(store, write_csv(tmp_path / "alliances.csv", ["联盟名称", "成立时间", "类型"],
                             [["京津冀年底测试联盟", "2016年底", "综合"], ["京津冀上旬测试联盟", "2015年4月上旬", "产业"]]))
    a = _alliance(store, "京津冀年底测试联盟")
    assert (a["founded"], a["founded_precision"], a["type"]) == ("2016", "year", "comprehensive")
    [founded] = registry.show(store, "京津冀年底测试联盟")[0]["facts"]["founded"]
    assert (founded["value"], founded["original"]) == ("2016", "2016年底")
    b = _alliance(store, "京津冀上旬测试联盟")
    assert (b["founded"], b["founded_precision"], b["type"]) == ("2015-04", "month", "industry")


def test_a_date_cell_written_out_with_its_time_is_its_day_and_an_excel_day_number_is_named(store: Store, tmp_path: Path) -> None:
    """"2015-04-01 00:00:00" (a date cell saved as text) is the day, kept as written; 42095 (a date
    column saved unformatted) is refused with the date it stands for, and nothing is written."""
    _import(store, write_csv(tmp_path / "alliances.csv", ["联盟名称", "成立时间"], [["京津冀时刻测试联盟", "2015-04-01 00:00:00"]]))
    [founded] = registry.show(store, "京津冀时刻测试联盟")[0]["facts"]["founded"]
    assert (founded["value"], founded["original"]) == ("2015-04-01", "2015-04-01 00:00:00")
    f = write_csv(tmp_path / "serial.csv", ["联盟名称", "成立时间"], [["京津冀序号测试联盟", "42095"]])
    assert _refused(store, f) == [f"{f}:2:成立时间: cannot read date '42095': a number as Excel keeps dates "
                                  "(it would be 2015-04-01); format the column as dates, or write the date out"]


def test_a_member_list_kept_as_a_word_table_imports_and_a_bad_row_is_named_by_table_row_and_column(
        store: Store, tmp_path: Path) -> None:
    """A secretariat's 成员单位名单.docx: its table is imported as a spreadsheet is; a bad cell is named
    by the document, the table's row and its column, and nothing is written."""
    from tests.ingest.test_readers import _docx

    bad = _docx(tmp_path / "名单.docx", "成员单位名单", [["单位名称", "所属省份"], ["甲测试有限公司", "北京"], ["乙测试大学", "火星"]])
    assert _refused(store, bad) == [f"{bad}:3:所属省份: unknown region '火星'"]
    good = _docx(tmp_path / "名单2.docx", "成员单位名单", [["单位名称", "所属省份"], ["甲测试有限公司", "北京"], ["乙测试大学", "天津"]])
    _import(store, good)
    provinces = {o["name"]: o["province"] for o in registry.list_entities(store, "org")}
    assert (provinces["甲测试有限公司"], provinces["乙测试大学"]) == ("110000", "120000")


def test_a_member_list_kept_in_an_old_word_document_imports_as_one_kept_in_a_new_one(store: Store, tmp_path: Path) -> None:
    """成员单位名单.doc (Word 97-2003, or WPS): a bad cell is named by the document, the table's row and
    its column, and nothing is written; a good list is imported."""
    from tests.helpers import write_doc

    bad = write_doc(tmp_path / "名单.doc", ["成员单位名单", [["单位名称", "所属省份"], ["甲测试有限公司", "北京"], ["乙测试大学", "火星"]]])
    assert _refused(store, bad) == [f"{bad}:3:所属省份: unknown region '火星'"]
    good = write_doc(tmp_path / "名单2.wps", ["成员单位名单", [["单位名称", "所属省份"], ["甲测试有限公司", "北京"], ["乙测试大学", "天津"]]])
    _import(store, good)
    provinces = {o["name"]: o["province"] for o in registry.list_entities(store, "org")}
    assert (provinces["甲测试有限公司"], provinces["乙测试大学"]) == ("110000", "120000")


def test_a_member_list_published_as_a_pdf_imports_its_members_in_their_roles(store: Store, tmp_path: Path) -> None:
    """附件：X联盟成员单位名单.pdf, over two pages: each row is a membership of the alliance its title
    names, in the role its 职务 column gives; a bad cell is named by the file, the table's row, its
    column and the page the row stands on, and nothing is written; each membership is sourced to its
    row and page; importing the list again changes nothing."""
    from tests.helpers import write_pdf

    _import(store, write_csv(tmp_path / "alliances.csv", ["联盟名称", "成立时间"], [["京津冀测试名单联盟", "2016年4月"]]))
    rows = [["序号", "单位名称", "职务", "所属省份"], ["1", "北京甲测试有限公司", "理事长单位", "北京"],
            ["2", "天津乙测试大学", "副理事长单位", "天津"]] + [[str(i), f"河北测试{i:02d}有限公司", "成员单位", "河北"]
                                                           for i in range(3, 41)]
    bad = write_pdf(tmp_path / "名单.pdf", ["附件", "京津冀测试名单联盟成员单位名单",
                                           [*rows[:5], [*rows[5][:3], "火星"], *rows[6:38], [*rows[38][:3], "冥王星"],
                                            *rows[39:]]], head_rows=1)
    from pypdf import PdfReader

    def page_of(name: str, pdf: Path) -> int:  # as another reader of PDFs finds it
        return next(n for n, page in enumerate(PdfReader(pdf).pages, start=1) if name in page.extract_text())

    assert page_of("河北测试38有限公司", bad) >= 2
    assert _refused(store, bad) == [f"{bad}:6:所属省份: unknown region '火星' (page 1)",
                                    f"{bad}:39:所属省份: unknown region '冥王星' (page {page_of('河北测试38有限公司', bad)})"]
    good = write_pdf(tmp_path / "名单2.pdf", ["附件", "京津冀测试名单联盟成员单位名单", rows], head_rows=1)
    assert len(PdfReader(good).pages) >= 2
    assert _import(store, good).rows["memberships"] == 40
    [shown] = registry.show(store, "京津冀测试名单联盟", kind="alliance")
    members = {m["org"]: m["role"] for m in shown["members"]}
    assert len(members) == 40 and members["北京甲测试有限公司"] == "chair" and members["天津乙测试大学"] == "vice_chair"
    located = {m["org"]: m["locator"] for m in shown["members"]}
    assert located["北京甲测试有限公司"] == "row 2 (page 1)"
    assert located["河北测试40有限公司"] == f"row 41 (page {page_of('河北测试40有限公司', good)})"
    before = fingerprint(store)
    told: list[tuple[str, int, int]] = []
    assert _import(store, good, progress=lambda *said: told.append(said)).changes.total() == 0
    assert fingerprint(store) == before
    from xietong.ingest.importer import PAGES

    pages = [(done, total) for what, done, total in told if what == PAGES + str(good)]  # a bar of pages, as read
    assert pages == [(n, len(PdfReader(good).pages)) for n in range(1, len(PdfReader(good).pages) + 1)]


def test_province_and_seat_are_kept_apart(store: Store, tmp_path: Path) -> None:
    _import(store, write_csv(tmp_path / "orgs.csv", *ORGS))
    o = next(o for o in registry.list_entities(store, "org") if o["name"] == "河北丙大学")
    assert (o["province"], o["seat"], o["kind"]) == ("130000", "120000", "university")


def test_headers_as_spreadsheets_often_write_them(store: Store, tmp_path: Path) -> None:
    """省份 is the province an organisation belongs to, 所在省份 where it sits; 联盟全称 and 成立年份 are an alliance's."""
    _import(store, write_csv(tmp_path / "orgs.csv", ["单位名称", "省份", "所在省份"], [["河北丁大学", "河北", "天津"]]))
    o = next(o for o in registry.list_entities(store, "org") if o["name"] == "河北丁大学")
    assert (o["province"], o["seat"]) == ("130000", "120000")
    _import(store, write_csv(tmp_path / "alliances.csv", ["联盟全称", "成立年份"], [["京津冀表头测试联盟", "2016"]]))
    assert _alliance(store, "京津冀表头测试联盟")["founded"] == "2016"


def test_english_headers_gbk_and_bom(store: Store, tmp_path: Path) -> None:
    gbk = write_csv(tmp_path / "gbk.csv", *ORGS, encoding="gbk")
    bom = write_csv(tmp_path / "bom.csv", ["name", "kind", "province"], [["天津丁研究院", "research institute", "津"]],
                    encoding="utf-8-sig")
    _import(store, gbk, bom)
    names = {o["name"]: o for o in registry.list_entities(store, "org")}
    assert names["北京甲科技有限公司"]["credit_code"] == "91110000MA01ABCD1M"
    assert names["天津丁研究院"]["province"] == "120000"


def test_reimporting_the_same_file_changes_nothing(store: Store, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "alliances.csv", *ALLIANCES)
    _import(store, f)
    before = fingerprint(store)
    report = _import(store, f, at="2026-03-01T00:00:00.000000")
    assert report.changes.total() == 0 and not report.changes.merges
    assert fingerprint(store) == before


def test_dry_run_reports_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    before = fingerprint(store)
    report = _import(store, write_csv(tmp_path / "alliances.csv", *ALLIANCES), dry_run=True)
    assert report.dry_run and report.changes.added["entity"] == 4  # two alliances, two initiators
    assert fingerprint(store) == before


def test_a_revised_file_supersedes_its_old_value_and_keeps_it(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "orgs.csv"
    write_csv(f, ["名称", "所属省份"], [["某某联合会", "北京"]])
    _import(store, f, at="2026-02-01T00:00:00.000000")
    write_csv(f, ["名称", "所属省份"], [["某某联合会", "天津"]])
    report = _import(store, f, at="2026-03-01T00:00:00.000000")
    assert report.changes.superseded["statement"] == 1
    now = next(o for o in registry.list_entities(store, "org") if o["name"] == "某某联合会")
    then = next(o for o in registry.list_entities(store, "org", as_of="2026-02-15T00:00:00")
                if o["name"] == "某某联合会")
    assert (now["province"], then["province"]) == ("120000", "110000")
    history = registry.show(store, "某某联合会")[0]["facts"]["province"]
    assert [(f["value"], f["superseded_at"] is not None) for f in history] == [("110000", True), ("120000", False)]
    assert registry.list_entities(store, "org", as_of="2026-01-01T00:00:00") == []


def test_a_value_changed_back_and_forth_is_the_latest_each_time(store: Store, tmp_path: Path) -> None:
    """Stated again after being superseded, a value is a new statement; when
    that one was stated and superseded before (the second time back), the
    next statement in its line is made. Each file's value stands after it,
    and each earlier state stays readable as of its time."""
    f = tmp_path / "orgs.csv"
    kinds = ["企业", "高校", "企业", "高校", "企业", "企业", "高校"]
    for month, kind in enumerate(kinds, start=1):
        write_csv(f, ["名称", "机构类型"], [["来回修改测试机构", kind]])
        report = _import(store, f, at=f"2026-{month:02d}-01T00:00:00.000000")
        assert report.changes.superseded["statement"] == (0 if month == 1 or kinds[month - 2] == kind else 1)
    expected = {"企业": "enterprise", "高校": "university"}
    for month, kind in enumerate(kinds, start=1):
        org = next(o for o in registry.list_entities(store, "org", as_of=f"2026-{month:02d}-15T00:00:00")
                   if o["name"] == "来回修改测试机构")
        assert org["kind"] == expected[kind], month


def test_other_sources_stand_beside_each_other(store: Store, tmp_path: Path) -> None:
    _import(store, write_csv(tmp_path / "a.csv", ["名称", "所属省份"], [["某某联合会", "北京"]]))
    _import(store, write_csv(tmp_path / "b.csv", ["名称", "所属省份"], [["某某联合会", "天津"]]))
    facts = registry.show(store, "某某联合会")[0]["facts"]["province"]
    assert sorted((f["value"], f["dataset"], f["superseded_at"]) for f in facts) == [
        ("110000", "a.csv", None), ("120000", "b.csv", None)]


def test_name_variants_merge_report_and_unmerge(store: Store, tmp_path: Path) -> None:
    _import(store, write_csv(tmp_path / "a.csv", ["名称", "所属省份"], [["北京某某科技有限公司", "北京"]]))
    report = _import(store, write_csv(tmp_path / "b.csv", ["名称", "所属省份"], [["北京某某科技（北京）有限责任公司", "北京"]]))
    assert len(report.changes.merges) == 1 and "normalised name" in report.changes.merges[0]["reason"]
    orgs = registry.list_entities(store, "org")
    assert [o["aliases"] for o in orgs] == [["北京某某科技（北京）有限责任公司"]]
    registry.unmerge(store, "北京某某科技有限公司", "北京某某科技（北京）有限责任公司")
    assert len(registry.list_entities(store, "org")) == 2
    # judged different: re-importing a third writing may not merge them back together
    _import(store, write_csv(tmp_path / "c.csv", ["名称"], [["北京某某科技（北京）有限责任公司"]]), kind="orgs")
    assert len(registry.list_entities(store, "org")) == 2


def test_credit_code_merges_different_names(store: Store, tmp_path: Path) -> None:
    _import(store, write_csv(tmp_path / "a.csv", ["名称", "统一社会信用代码"], [["甲公司", "91110000MA01ABCD1M"]]))
    report = _import(store, write_csv(tmp_path / "b.csv", ["名称", "统一社会信用代码"], [["乙公司", "91110000MA01ABCD1M"]]))
    assert "credit code" in report.changes.merges[0]["reason"]
    assert len(registry.list_entities(store, "org")) == 1


def test_memberships_link_alliances_and_members(store: Store, tmp_path: Path) -> None:
    _import(store, write_csv(tmp_path / "alliances.csv", *ALLIANCES))
    m = write_csv(tmp_path / "members.csv", ["联盟", "成员单位", "角色", "加入时间"],
                  [["京津冀测试服务联盟", "天津乙大学", "秘书处", "2016年5月"], ["京津冀测试服务联盟", "河北戊公司", "", ""]])
    _import(store, m)
    shown = registry.show(store, "京津冀测试服务联盟")[0]
    assert sorted((x["org"], x["role"], x["since"]) for x in shown["members"]) == [
        ("天津乙大学", "secretariat", "2016-05"), ("河北戊公司", "member", None)]


@pytest.mark.parametrize("written, role", [("成员", "member"), ("会员单位", "member"), ("发起", "initiator"),
                                           ("牵头单位", "lead"), ("理事长单位", "chair"), ("Guide", "guide")])
def test_roles_as_people_write_them(store: Store, tmp_path: Path, written: str, role: str) -> None:
    _import(store, write_csv(tmp_path / "alliances.csv", *ALLIANCES))
    _import(store, write_csv(tmp_path / "members.csv", ["联盟", "成员单位", "角色"], [["京津冀测试服务联盟", "天津乙大学", written]]))
    assert [x["role"] for x in registry.show(store, "京津冀测试服务联盟")[0]["members"] if x["org"] == "天津乙大学"] == [role]


def test_json_and_jsonl(store: Store, tmp_path: Path) -> None:
    j = tmp_path / "alliances.json"
    j.write_text(json.dumps([{"name": "长三角测试联盟", "founded": "2019-05", "type": "service",
                              "initiators": ["上海甲大学", "浙江乙公司"]}], ensure_ascii=False), encoding="utf-8")
    jl = tmp_path / "orgs.jsonl"
    jl.write_text('{"name": "上海甲大学", "kind": "university", "province": "沪"}\n', encoding="utf-8")
    _import(store, j, jl)
    a = _alliance(store, "长三角测试联盟")
    assert (a["cluster"], a["founded"], sorted(a["initiators"])) == (None, "2019-05", ["上海甲大学", "浙江乙公司"])
    o = next(o for o in registry.list_entities(store, "org") if o["name"] == "上海甲大学")
    assert o["province"] == "310000"


@pytest.mark.parametrize("shape", ["one record", "records a line each, named .json", "json lines", "an array",
                                   "a record laid out"])
def test_what_extract_prints_is_refused_with_the_way_to_review_it(store: Store, tmp_path: Path, shape: str) -> None:
    """`xietong extract --json` prints proposals read from a text, a JSON record per line; imported as a
    table, its list of members was read as their count and its other lists as tables of organisations.
    A file of them is refused, saying that they go through review instead."""
    from typer.testing import CliRunner

    from xietong.cli import app

    (tmp_path / "news.txt").write_text("2016年3月，京津冀测绘测试产业联盟在北京成立，首批成员单位包括北京甲科技有限公司、"
                                       "天津乙科技有限公司。京津冀另一测试服务联盟于2017年成立。", encoding="utf-8")
    out = CliRunner().invoke(app, ["extract", str(tmp_path / "news.txt"), "--json"]).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 2 and records[0]["members"] == ["北京甲科技有限公司", "天津乙科技有限公司"]
    f, text = {"one record": ("a.json", out.splitlines()[0]), "records a line each, named .json": ("a.json", out),
               "json lines": ("a.jsonl", out), "an array": ("a.json", json.dumps(records, ensure_ascii=False, indent=2)),
               "a record laid out": ("a.json", json.dumps(records[0], ensure_ascii=False, indent=2))}[shape]
    (tmp_path / f).write_text(text, encoding="utf-8")
    before = fingerprint(store)
    with pytest.raises(InputError) as exc:
        _import(store, tmp_path / f)
    [problem] = exc.value.problems
    assert (problem.file, problem.row) == (str(tmp_path / f), 1)
    assert "`xietong extract --json`" in problem.message and "xietong review" in problem.message
    assert fingerprint(store) == before


def test_xlsx(store: Store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "机构"
    ws.append(["名称", "机构类型", "所属省份"])
    ws.append(["唐山某钢铁有限公司", "企业", "唐山"])
    wb.save(tmp_path / "orgs.xlsx")
    _import(store, tmp_path / "orgs.xlsx")
    o = registry.list_entities(store, "org")[0]
    assert (o["name"], o["province"]) == ("唐山某钢铁有限公司", "130200")


def test_xls(store: Store, tmp_path: Path) -> None:
    """An old Excel 97-2003 workbook imports as an XLSX does."""
    from tests.helpers import write_xls

    _import(store, write_xls(tmp_path / "orgs.xls", {"机构": [["名称", "机构类型", "所属省份"], ["唐山某钢铁有限公司", "企业", "唐山"]]}))
    o = registry.list_entities(store, "org")[0]
    assert (o["name"], o["province"]) == ("唐山某钢铁有限公司", "130200")


# -- bad input: refused whole, every problem named, nothing written ---------------

def _refused(store: Store, *paths: Path, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    before = fingerprint(store)
    with pytest.raises(InputError) as exc:
        _import(store, *paths, **kw)
    assert fingerprint(store) == before, "refused input changed the store"
    return [str(p) for p in exc.value.problems]


@pytest.fixture
def seeded(store: Store, tmp_path: Path) -> Store:
    _import(store, write_csv(tmp_path / "base.csv", *ALLIANCES))
    return store


def test_missing_column(seeded: Store, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "m.csv", ["联盟", "角色"], [["京津冀测试产业联盟", "成员"]])
    assert _refused(seeded, f, kind="memberships") == [f"{f}:1:org: missing required column (org / organisation / organization / member)"]


def test_unknown_region_and_bad_date_name_row_and_column(seeded: Store, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "bad.csv", ["联盟名称", "成立时间", "成立地点"],
                  [["京津冀好联盟", "2015-04", "北京"], ["京津冀坏联盟甲", "2015年13月", "北京"], ["京津冀坏联盟乙", "2015", "火星"]])
    problems = _refused(seeded, f, kind="alliances")
    assert problems == [f"{f}:3:成立时间: cannot read date '2015年13月': month 13 is out of range",
                        f"{f}:4:成立地点: unknown region '火星'"]


def test_a_credit_code_that_does_not_check_is_named_with_its_check_character(seeded: Store, tmp_path: Path) -> None:
    """GB 32100-2015's check character: real codes pass, a one-character slip is refused."""
    real = ["91330100799655058B", "9144030071526726XG", "914403001922038216", "91110000710926094P"]
    slip = "91330100799655068B"  # the 16th character mistyped
    f = write_csv(tmp_path / "o.csv", ["名称", "统一社会信用代码"],
                  [[f"信用代码测试{i}有限公司", c] for i, c in enumerate([*real, slip])])
    assert _refused(seeded, f) == [f"{f}:6:统一社会信用代码: unified social credit code '{slip}' does not check: "
                                   "its last character would be C"]
    _import(seeded, write_csv(tmp_path / "o.csv", ["名称", "统一社会信用代码"],
                              [[f"信用代码测试{i}有限公司", c] for i, c in enumerate(real)]))


def test_duplicate_rows(seeded: Store, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "dup.csv", ["名称", "所属省份"], [["甲公司", "北京"], ["乙公司", "北京"], ["甲公司", "北京"]])
    assert _refused(seeded, f) == [f"{f}:4:名称: duplicate of row 2"]


def test_empty_and_header_only_files(seeded: Store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert _refused(seeded, empty) == [f"{empty}: empty file"]
    header = tmp_path / "header.csv"
    header.write_text("名称,所属省份\n", encoding="utf-8")
    assert _refused(seeded, header) == [f"{header}: no records (only a header)"]


def test_gbk_file_with_a_bad_row(seeded: Store, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "gbk.csv", ["名称", "机构类型"], [["甲公司", "企业"], ["乙单位", "外星机构"]], encoding="gbk")
    [problem] = _refused(seeded, f)
    assert problem.startswith(f"{f}:3:机构类型: unknown organisation kind '外星机构'")


def test_binary_file(seeded: Store, tmp_path: Path) -> None:
    f = tmp_path / "image.csv"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _refused(seeded, f) == [f"{f}: looks like a binary file, not text (it has NUL bytes)"]


def test_a_stray_quote_that_never_closes_is_refused_at_its_row(seeded: Store, tmp_path: Path) -> None:
    """Read leniently, the rest of the file went into that one cell: every later row lost, and a
    name "甲公司,企业\n乙公司,企业…" stored."""
    f = tmp_path / "quote.csv"
    rows = "".join(f"测试机构{i:03d}有限公司,企业\n" for i in range(300))
    f.write_text("名称,机构类型\n" + rows + '"未闭合引号公司,企业\n' + rows.replace("测试", "后续"), encoding="utf-8")
    assert _refused(seeded, f) == [f'{f}:302: broken CSV: a quoted cell is never closed: '
                                   'a stray " takes in the rest of the file']
    bad = tmp_path / "after.csv"
    bad.write_text('名称,机构类型\n"甲公司"有限,企业\n', encoding="utf-8")
    [problem] = _refused(seeded, bad)
    assert problem.startswith(f"{bad}:2: broken CSV: text follows the \" that closes a quoted cell")
    # quotes written as a spreadsheet writes them still read: a cell in quotes, "" inside, a line break inside
    good = tmp_path / "good.csv"
    good.write_text('名称,简介\n"京津冀引号测试联盟","他说""好""，\n另起一行"\n', encoding="utf-8")
    _import(seeded, good, kind="alliances")
    assert _alliance(seeded, "京津冀引号测试联盟")["description"] == '他说"好"，\n另起一行'


def test_unknown_alliance_in_memberships(seeded: Store, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["不存在的联盟", "甲公司"]])
    assert _refused(seeded, f) == [f"{f}:2:联盟: unknown alliance '不存在的联盟' (import it first, or check the name)"]


def test_one_bad_row_in_a_hundred_thousand(seeded: Store, tmp_path: Path) -> None:
    rows = [[f"测试机构{i:06d}有限公司", "北京"] for i in range(100_000)]
    rows[73_210][1] = "火星"
    f = write_csv(tmp_path / "big.csv", ["名称", "所属省份"], rows)
    assert _refused(seeded, f) == [f"{f}:73212:所属省份: unknown region '火星'"]


@pytest.mark.parametrize("evil", ["'); DROP TABLE entity; --", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")",
                                  "1' OR '1'='1"])
def test_injection_strings_are_stored_as_plain_text(store: Store, tmp_path: Path, evil: str) -> None:
    _import(store, write_csv(tmp_path / "evil.csv", ["名称", "简介"], [["京津冀注入测试联盟", evil]]), kind="alliances")
    assert _alliance(store, "京津冀注入测试联盟")["description"] == evil
    assert len(registry.list_entities(store, "alliance")) == 1


@pytest.mark.parametrize("evil", ["'); DROP TABLE entity; --", "1' OR '1'='1", "100% o'brien %s %(x)s ? :name",
                                  "back\\slash'\\'", "换行\n与\u3000全角", "制表\t符 \\N \\. 末行"])
def test_a_value_shared_by_a_whole_batch_is_stored_exactly(store: Store, tmp_path: Path, evil: str) -> None:
    """The writer puts a value every row of a batch shares into the SQL once,
    as an escaped literal: quotes, percent signs and placeholders in it stay
    text, on both backends (PostgreSQL's COPY: tabs, its NULL and end marks too)."""
    rows = [[f"京津冀批量注入测试{i:02d}联盟", evil] for i in range(40)]
    _import(store, write_csv(tmp_path / "evil.csv", ["名称", "简介"], rows), kind="alliances", dataset=evil)
    listed = [a for a in registry.list_entities(store, "alliance") if a["name"].startswith("京津冀批量注入测试")]
    assert len(listed) == 40 and len(registry.list_entities(store, "alliance")) == 40
    # beside the file's dataset, only the classifier's: it typed each alliance the file gave no type
    assert all(a["description"] == evil and a["datasets"] == sorted([evil, registry.CLASSIFIER_DATASET]) for a in listed)


def test_cannot_tell_the_kind(store: Store, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "x.csv", ["名称", "简称"], [["甲", "乙"]])
    [problem] = _refused(store, f)
    assert "--kind" in problem


@pytest.mark.parametrize(("header", "kind"), [("联盟名称", "alliances"), ("机构名称", "orgs"), ("单位名称", "orgs")])
def test_a_name_column_that_says_whose_names_tells_the_kind_with_no_other_column_to_go_by(
        store: Store, tmp_path: Path, header: str, kind: str) -> None:
    """Beside a name, only columns either kind has (简称, 曾用名): the name's own header decides."""
    f = write_csv(tmp_path / "x.csv", [header, "简称"], [["京津冀表头测试联盟" if kind == "alliances" else "表头测试有限公司", "表头测试"]])
    assert _import(store, f).rows == {kind: 1}


def test_alliance_name_variants_merge_with_a_score_and_reason(store: Store, tmp_path: Path) -> None:
    _import(store, write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间"], [["京津冀氢燃料电池产业技术创新联盟", "2020"]]))
    report = _import(store, write_csv(tmp_path / "b.csv", ["联盟名称", "成立时间"], [["京津冀氢燃料电池科技创新联盟", "2020"]]))
    [merge] = report.changes.merges
    assert "name variant" in merge["reason"]
    assert len(registry.list_entities(store, "alliance")) == 1
    # too short a distinctive core, or another cluster: never merged automatically
    _import(store, write_csv(tmp_path / "c.csv", ["联盟名称", "成立时间"],
                             [["京津冀设计产业联盟", "2015"], ["京津冀设计创新联盟", "2016"], ["长三角氢燃料电池产业技术创新联盟", "2019"]]))
    assert len(registry.list_entities(store, "alliance")) == 4


def test_the_garbage_collector_runs_again_after_an_import_good_or_refused(store: Store, tmp_path: Path) -> None:
    import gc

    good = write_csv(tmp_path / "orgs.csv", *ORGS)
    bad = write_csv(tmp_path / "bad.csv", ["名称", "所属省份"], [["某机构", "火星"]])
    _import(store, good)
    assert gc.isenabled()
    with pytest.raises(InputError):
        _import(store, bad)
    assert gc.isenabled()


def test_the_garbage_collector_comes_back_only_once_the_imports_objects_are_gone(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # turned on while they were alive, its first collection walked them all (up to 0.6 s at a million rows)
    import gc
    import sys
    import weakref

    seen: dict[str, object] = {}

    def progress(where: str, done: int, total: int) -> None:
        seen["paused"] = not gc.isenabled()
        caller = sys._getframe(1).f_locals  # the import's own frames: its writer
        if "writer" in caller:
            seen["writer"] = weakref.ref(caller["writer"])

    enable = gc.enable

    def enabling() -> None:
        seen["writer alive when enabled"] = seen["writer"]() is not None  # type: ignore[operator]
        enable()

    monkeypatch.setattr(gc, "enable", enabling)
    _import(store, write_csv(tmp_path / "orgs.csv", *ORGS), progress=progress)
    assert seen["paused"] is True
    assert seen["writer alive when enabled"] is False
    assert gc.isenabled()


def test_naming_known_alliances_segments_no_name(store: Store, tmp_path: Path) -> None:
    # matching a new alliance on its core needs jieba, whose dictionary takes
    # seconds to load; a membership file naming known alliances must not pay it
    from xietong.text.variants import core

    _import(store, write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间"], [["京津冀氢燃料电池产业技术创新联盟", "2020"]]))
    before = core.cache_info()
    _import(store, write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["京津冀氢燃料电池产业技术创新联盟", "北京丁公司"]]))
    after = core.cache_info()
    assert after.hits + after.misses == before.hits + before.misses
    # a new alliance still finds the variant it is one of
    report = _import(store, write_csv(tmp_path / "b.csv", ["联盟名称"], [["京津冀氢燃料电池科技创新联盟"]]), kind="alliances")
    assert [m["kept"] for m in report.changes.merges] == [_alliance(store, "京津冀氢燃料电池产业技术创新联盟")["id"]]


def test_problems_across_blocks_come_in_row_order(seeded: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows are checked a block at a time; a repeat is found whatever block its
    first row was in, and every problem is listed in the order of the rows."""
    from xietong.ingest import checking
    from xietong.vocab import taxonomy_vocab

    monkeypatch.setattr(checking, "BLOCK", 3)
    roles = taxonomy_vocab("roles").choices()
    f = write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "角色"], [
        ["京津冀测试产业联盟", "甲公司", "成员"],       # 2
        ["京津冀测试产业联盟", "乙公司", "旁观者"],     # 3: bad role
        ["不存在的联盟", "丙公司", ""],                # 4: unknown alliance
        ["京津冀测试产业联盟", "丁公司", ""],           # 5
        ["京津冀测试产业联盟", "甲公司", "成员单位"],   # 6: repeats row 2 (another block)
        ["京津冀测试产业联盟", "丁公司", "成员"],       # 7: repeats row 5 (a blank role is a member's)
        ["京津冀测试服务联盟", "甲公司", "成员", "x"],  # 8: a cell too many
    ])
    assert _refused(seeded, f) == [
        f"{f}:3:角色: unknown role '旁观者' (expected one of: {roles})",
        f"{f}:4:联盟: unknown alliance '不存在的联盟' (import it first, or check the name)",
        f"{f}:6:成员单位: duplicate of row 2",
        f"{f}:7:成员单位: duplicate of row 5",
        f"{f}:8: row has 1 more cells than the header",
    ]


def test_files_in_blocks_store_what_one_block_stores(store: Store, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows, ids, merges and provenance do not depend on where blocks end (the
    other store is SQLite whatever this one is: the rows are the same on both).
    Organisations carry aliases a later row names, shared credit codes,
    industries and values written otherwise than stored."""
    from xietong import dump
    from xietong.ingest import checking
    from xietong.store import open_store

    # new organisations named again in later blocks; no row repeats another's key
    rows = [[("京津冀测试产业联盟", "京津冀测试服务联盟")[i % 2], f"测试成员{i % 13}公司", ("", "发起单位")[i // 2 % 2],
             "2015年4月" if i % 5 == 0 else ""] for i in range(40)]
    members = write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "角色", "加入时间"], rows)
    alliances = write_csv(tmp_path / "alliances.csv", *ALLIANCES)
    orgs = write_csv(tmp_path / "orgs.csv", ["名称", "简称", "机构类型", "所属省份", "统一社会信用代码", "行业"], [
        [f"测试成员{i}公司", f"测员{i}" if i % 4 == 0 else "", ("企业", "高校", "科研院所")[i % 3],
         ("北京", "津", "河北省", "")[i % 4], "91110000MA01ABCD1M" if i in (3, 9) else "", "制造；软件" if i % 5 == 0 else ""]
        for i in range(13)] + [["测员4", "", "企业", "北京", "", ""], ["测试成员3有限公司", "", "", "", "", ""]])
    whole = open_store(f"sqlite:///{tmp_path / 'whole.sqlite'}", create=True)
    whole.migrate()
    for s, block in ((whole, 2000), (store, 7)):
        monkeypatch.setattr(checking, "BLOCK", block)
        report = _import(s, alliances, orgs, members)
    assert report.changes.added["membership"] == 2 + 40  # the first alliance's two initiators, and every row
    assert len(report.changes.merges) == 2  # a shared credit code; a legal form's variant of a name

    def rows_of(s: Store) -> dict[str, list[str]]:
        with s.engine.connect() as conn:
            return {name: sorted(map(repr, dump.rows_of(conn, table))) for name, table in dump.TABLES.items()}

    assert rows_of(store) == rows_of(whole)


def test_a_membership_row_can_name_its_own_source(store: Store, tmp_path: Path) -> None:
    _import(store, write_csv(tmp_path / "alliances.csv", *ALLIANCES))
    _import(store, write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "来源链接"], [
        ["京津冀测试服务联盟", "天津乙大学", "http://example.org/news/1"], ["京津冀测试服务联盟", "河北戊公司", ""]]))
    members = {x["org"]: x for x in registry.show(store, "京津冀测试服务联盟")[0]["members"]}
    assert set(members) == {"天津乙大学", "河北戊公司"}
    with store.engine.connect() as conn:
        from sqlalchemy import text

        got = dict(conn.execute(text(
            "SELECT e.name, s.kind || ':' || coalesce(s.url, s.file) FROM membership m JOIN entity e ON e.id = m.org_id "
            "JOIN source s ON s.id = m.source_id WHERE m.dataset = 'm.csv'")).all())
    assert got == {"天津乙大学": "url:http://example.org/news/1", "河北戊公司": "file:m.csv"}


def test_rows_citing_different_documents_by_title_keep_each_its_own(store: Store, tmp_path: Path) -> None:
    """Two rows whose 来源 names two newspapers, no link: each row's facts are sourced to its own
    newspaper (both were once sourced to the last one read)."""
    f = write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间", "来源"],
                  [["京津冀甲来源测试联盟", "2015", "《人民日报》2015年4月1日"], ["京津冀乙来源测试联盟", "2016", "《天津日报》2016年5月2日"]])
    registry.import_paths(store, [str(f)])
    said = {d["name"]: d["facts"]["founded"][0]["source"]["title"]
            for name in ("京津冀甲来源测试联盟", "京津冀乙来源测试联盟") for d in registry.show(store, name)}
    assert said == {"京津冀甲来源测试联盟": "《人民日报》2015年4月1日", "京津冀乙来源测试联盟": "《天津日报》2016年5月2日"}
    before = fingerprint(store)
    assert registry.import_paths(store, [str(f)]).changes.total() == 0 and fingerprint(store) == before  # again: nothing


def test_kinds_of_organisation_as_chinese_registers_write_them(seeded: Store, tmp_path: Path) -> None:
    """民营企业, 高等院校, 科研机构, 社会组织 … are read as the kinds they are, not refused."""
    from xietong import views

    written = {"民营企业": "enterprise", "央企": "enterprise", "外资企业": "enterprise", "高等院校": "university",
               "科研机构": "research_institute", "社会组织": "association", "行业协会": "association",
               "政府机关": "government", "医疗机构": "public_institution", "投资机构": "financial", "产业园区": "park"}
    rows = [[f"类型测试机构{i}", kind, "北京", "北京市海淀区"] for i, kind in enumerate(written)]
    registry.import_paths(seeded, [str(write_csv(tmp_path / "o.csv", ["名称", "机构类型", "所属省份", "所在地"], rows))])
    with seeded.engine.connect() as conn:
        shown = {v.name: (v.value("kind"), v.value("seat")) for v in views.load(conn, "org")
                 if v.name.startswith("类型测试机构")}
    assert shown == {f"类型测试机构{i}": (kind, "110000") for i, kind in enumerate(written.values())}


def test_an_alliance_table_names_its_lead_secretariat_guide_and_council_offices_too(seeded: Store, tmp_path: Path) -> None:
    """牵头单位, 秘书处, 指导单位, 理事长单位 and 副理事长单位 columns are members in those roles, as the seed's
    lead analysis reads them; the API's alliance names its chairs and vice chairs."""
    from xietong import views

    path = write_csv(tmp_path / "a.csv", ["联盟名称", "发起单位", "牵头单位", "秘书处", "指导单位", "理事长单位", "副理事长单位"],
                     [["京津冀角色列测试联盟", "甲大学;乙大学", "甲大学", "丙研究院", "丁局", "乙大学", "戊公司、己学院"]])
    registry.import_paths(seeded, [str(path)])
    with seeded.engine.connect() as conn:
        [a] = [v for v in views.load(conn, "alliance") if v.name == "京津冀角色列测试联盟"]
    assert sorted((m.role, m.org_name) for m in a.members) == [
        ("chair", "乙大学"), ("guide", "丁局"), ("initiator", "乙大学"), ("initiator", "甲大学"), ("lead", "甲大学"),
        ("secretariat", "丙研究院"), ("vice_chair", "己学院"), ("vice_chair", "戊公司")]
    d = views.alliance_dict(a)
    assert (d["chairs"], sorted(d["vice_chairs"])) == (["乙大学"], ["己学院", "戊公司"])


def test_an_alliance_table_names_its_council_s_lower_tiers(seeded: Store, tmp_path: Path) -> None:
    """常务理事单位, 理事单位 and 监事单位 columns are members in those roles, as a membership table's roles
    and extracted news are; the API's alliance names each tier under the column's own name."""
    from xietong import views

    path = write_csv(tmp_path / "a.csv", ["联盟名称", "理事长单位", "常务理事单位", "理事单位", "监事单位"],
                     [["京津冀理事层级测试联盟", "甲大学", "乙研究院；丙公司", "丁学院", "戊协会"]])
    registry.import_paths(seeded, [str(path)])
    with seeded.engine.connect() as conn:
        [a] = [v for v in views.load(conn, "alliance") if v.name == "京津冀理事层级测试联盟"]
    assert sorted((m.role, m.org_name) for m in a.members) == [
        ("chair", "甲大学"), ("council", "丁学院"), ("standing_council", "丙公司"), ("standing_council", "乙研究院"),
        ("supervisor", "戊协会")]
    d = views.alliance_dict(a)
    assert (sorted(d["standing_council_members"]), d["council_members"], d["supervisors"]) == (
        ["丙公司", "乙研究院"], ["丁学院"], ["戊协会"])
    # headed as extraction's records name the tiers (extract --json): the same columns
    path = write_csv(tmp_path / "b.csv", ["name", "standing_council_members", "council_members", "supervisors"],
                     [["京津冀理事层级测试二联盟", "乙研究院", "丁学院", "戊协会"]])
    registry.import_paths(seeded, [str(path)])
    with seeded.engine.connect() as conn:
        [b] = [v for v in views.load(conn, "alliance") if v.name == "京津冀理事层级测试二联盟"]
    assert sorted((m.role, m.org_name) for m in b.members) == [
        ("council", "丁学院"), ("standing_council", "乙研究院"), ("supervisor", "戊协会")]


@pytest.mark.parametrize("read_ahead", [False, True])
def test_a_member_list_kept_for_one_alliance_names_it_in_its_title(seeded: Store, tmp_path: Path,
                                                                   read_ahead: bool) -> None:
    """A secretariat's roster: "京津冀测试产业联盟会员单位名录" above 序号, 会员单位名称, 会员类别, no column for the
    alliance. Its rows are the alliance's members in their roles, with a warning saying so; a roster whose
    title names no alliance is still refused for want of one, and a bad row still stops the whole file."""
    from xietong import views

    roster = tmp_path / "名录.csv"
    roster.write_text("京津冀测试产业联盟会员单位名录\n序号,会员单位名称,会员类别\n1,标题测试科技有限公司,理事单位\n"
                      "2,标题测试研究院,会员单位\n", encoding="utf-8")
    report = registry.import_paths(seeded, [str(roster)], read_ahead=read_ahead)
    assert any("which its title names" in w and "京津冀测试产业联盟" in w for w in report.warnings)
    with seeded.engine.connect() as conn:
        [a] = [v for v in views.load(conn, "alliance") if v.name == "京津冀测试产业联盟"]
    assert {(m.org_name, m.role) for m in a.members if m.org_name.startswith("标题测试")} == {
        ("标题测试科技有限公司", "council"), ("标题测试研究院", "member")}
    untitled = write_csv(tmp_path / "成员.csv", ["序号", "单位名称", "职务"], [["1", "标题测试二公司", "理事单位"]])
    assert _refused(seeded, untitled) != []
    bad = tmp_path / "坏名录.csv"
    bad.write_text("京津冀测试产业联盟成员单位名单\n单位名称,职务\n标题测试三公司,理事单位\n标题测试四公司,吉祥物\n",
                   encoding="utf-8")
    assert [p.split(": ")[0] for p in _refused(seeded, bad)] == [f"{bad}:4:职务"]


@pytest.mark.parametrize("read_ahead", [False, True])
def test_what_a_roster_says_of_its_members_is_stated_of_them(seeded: Store, tmp_path: Path, read_ahead: bool) -> None:
    """A roster's 单位性质, 所在地区 and 所属行业 columns describe the members themselves: each is stated of
    the organisation, sourced to its row, the value as written kept beside the stored one, as an
    organisations file states it. A place no region reads is refused, file, row and column named, and
    nothing is written."""
    from xietong import views

    roster = write_csv(tmp_path / "r.csv", ["联盟", "单位名称", "单位性质", "所在地区", "所属行业", "职务"],
                       [["京津冀测试产业联盟", "花名册测试科技有限公司", "民营企业", "北京市海淀区", "软件", "理事单位"],
                        ["京津冀测试产业联盟", "花名册测试研究院", "科研院所", "", "", ""]])
    registry.import_paths(seeded, [str(roster)], read_ahead=read_ahead)
    with seeded.engine.connect() as conn:
        by_name = {v.name: v for v in views.load(conn, "org") if v.name.startswith("花名册测试")}
    firm, institute = by_name["花名册测试科技有限公司"], by_name["花名册测试研究院"]
    assert (firm.value("kind"), firm.value("seat"), firm.values("industries")) == ("enterprise", "110000", ["软件"])
    [seat] = [f for f in firm.facts if f.prop == "seat"]
    assert (seat.original, seat.locator, seat.dataset) == ("北京市海淀区", "row 2", "r.csv")
    assert (institute.value("kind"), institute.value("seat")) == ("research_institute", None)
    bad = write_csv(tmp_path / "bad.csv", ["联盟", "单位名称", "所在地区"], [["京津冀测试产业联盟", "花名册测试二公司", "火星"]])
    [problem] = _refused(seeded, bad)
    assert problem.startswith(f"{bad}:2:所在地区: ") and "火星" in problem


def test_a_member_list_s_usual_headers_are_read(seeded: Store, tmp_path: Path) -> None:
    """序号, 成员单位名称, 会员类别 (a council tier) and 所在地区, as member lists are kept; 联系人 is left out."""
    from xietong import views

    orgs = write_csv(tmp_path / "o.csv", ["序号", "单位名称", "单位性质", "所在地区", "联系人"],
                     [["1", "表头测试科技有限公司", "民营企业", "北京市海淀区", "张三"]])
    members = write_csv(tmp_path / "m.csv", ["序号", "联盟名称", "成员单位名称", "会员类别"],
                        [["1", "京津冀测试产业联盟", "表头测试科技有限公司", "理事单位"]])
    report = registry.import_paths(seeded, [str(orgs), str(members)])
    assert any("联系人" in w for w in report.warnings)
    with seeded.engine.connect() as conn:
        [o] = [v for v in views.load(conn, "org") if v.name == "表头测试科技有限公司"]
        [a] = [v for v in views.load(conn, "alliance") if v.name == "京津冀测试产业联盟"]
    assert (o.value("kind"), o.value("seat")) == ("enterprise", "110000")
    assert [(m.role, m.org_name) for m in a.members if m.org_name == "表头测试科技有限公司"] == [("council", "表头测试科技有限公司")]


def test_an_alliance_table_may_list_its_members_in_one_cell(seeded: Store, tmp_path: Path) -> None:
    """联盟名称, 成立时间, 成员单位 "甲、乙、丙": a table of alliances (its own facts say so), each listing members."""
    from xietong import views

    path = write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间", "成员单位"],
                     [["京津冀名单测试联盟", "2016", "名单甲有限公司、名单乙大学；名单丙研究院"]])
    registry.import_paths(seeded, [str(path)])
    with seeded.engine.connect() as conn:
        [a] = [v for v in views.load(conn, "alliance") if v.name == "京津冀名单测试联盟"]
    assert sorted((m.role, m.org_name) for m in a.members) == [
        ("member", "名单丙研究院"), ("member", "名单乙大学"), ("member", "名单甲有限公司")]


def test_a_membership_row_names_one_organisation(seeded: Store, tmp_path: Path) -> None:
    before = fingerprint(seeded)
    f = write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["京津冀测试产业联盟", "北京、天津科技部门"],  # one collective
                                                            ["京津冀测试产业联盟", "名单甲有限公司、名单乙大学"]])
    [problem] = _refused(seeded, f)
    assert problem.startswith(f"{f}:3:成员单位: names several organisations ('名单甲有限公司', '名单乙大学')")
    assert fingerprint(seeded) == before
    o = write_csv(tmp_path / "o.csv", ["名称"], [["名单甲有限公司；名单乙大学"]])
    assert _refused(seeded, o, kind="orgs")[0].startswith(f"{o}:2:名称: names several organisations")


def test_a_problem_in_a_workbook_of_several_sheets_names_its_sheet(seeded: Store, tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "名录.xlsx", {"联盟": [["联盟名称", "成立时间"], ["京津冀工作表测试联盟", "2016"]],
                                              "机构": [["名称", "机构类型"], ["工作表测试公司", "外星"]]})
    [problem] = _refused(seeded, book)
    assert problem.startswith(f"{book}[机构]:2:机构类型: unknown organisation kind '外星'")


def test_each_fact_of_a_workbook_is_sourced_to_its_own_sheet_and_row(seeded: Store, tmp_path: Path) -> None:
    """Two sheets, each with a row 3: a fact read from one is not shown as read from the other's row 3,
    and each place names its file, as a problem in the sheet would. Imported again, nothing changes."""
    from xietong.i18n import Labels

    book = write_xlsx(tmp_path / "名录.xlsx", {
        "机构": [["名称", "所属省份"], ["工作表来源甲公司", "北京"], ["工作表来源乙大学", "天津"]],
        "成员": [["联盟名称", "机构名称", "角色"], ["京津冀测试产业联盟", "工作表来源丙研究院", "成员单位"],
                 ["京津冀测试产业联盟", "工作表来源乙大学", "成员单位"]]})
    registry.import_paths(seeded, [str(book)])
    [org] = registry.show(seeded, "工作表来源乙大学")
    said = {p: Labels("zh").where(f) for p, [f] in org["facts"].items()} | {
        "membership": Labels("zh").where(m) for m in org["memberships"]}
    assert said["province"] == "名录.xlsx[机构] · 第 3 行"
    assert said["membership"] == "名录.xlsx[成员] · 第 3 行"
    again = registry.import_paths(seeded, [str(book)])
    assert again.changes.total() == 0
    alone = write_xlsx(tmp_path / "单表.xlsx", {"Sheet1": [["名称", "所属省份"], ["工作表来源丁公司", "河北"]]})
    registry.import_paths(seeded, [str(alone)])
    [org] = registry.show(seeded, "工作表来源丁公司")
    assert Labels("en").where(org["facts"]["province"][0]) == "单表.xlsx[Sheet1] · row 2"  # its file named too


def test_a_workbook_s_notes_sheet_is_left_out_with_a_warning(seeded: Store, tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "模板.xlsx", {"联盟": [["联盟名称", "成立时间"], ["京津冀说明页测试联盟", "2016"]],
                                              "填表说明": [["1. 联盟名称请填写全称"], ["2. 成立时间写 2015年4月"]]})
    report = registry.import_paths(seeded, [str(book)])
    assert report.as_dict()["added"].get("entity") == 1
    assert f"{book}[填表说明]: not imported (no columns xietong reads)" in report.warnings
    alone = write_xlsx(tmp_path / "说明.xlsx", {"填表说明": [["1. 联盟名称请填写全称"]], "备注": [["无"]]})
    assert all("cannot tell whether" in p for p in _refused(seeded, alone))  # nothing to import: still refused


def test_a_header_problem_names_the_header_s_own_row(seeded: Store, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("京津冀成员名录\n联盟,角色\n京津冀测试产业联盟,成员\n", encoding="utf-8")
    assert _refused(seeded, path, kind="memberships") == [
        f"{path}:2:org: missing required column (org / organisation / organization / member)"]


def test_footnotes_and_totals_of_a_spreadsheet_are_not_records(seeded: Store, tmp_path: Path) -> None:
    """合计 rows and "注：…" lines under the table are left out, with a warning naming them;
    a name that merely starts like one (注册…) is a record."""
    from xietong import views

    path = write_csv(tmp_path / "o.csv", ["名称", "机构类型"], [
        ["注册测试甲公司", "企业"], ["脚注测试乙大学", "高校"], ["合计", "2"], ["注：以上数据截至2016年4月", ""]])
    report = registry.import_paths(seeded, [str(path)])
    assert f"{path}: rows not imported (notes or totals): 4: '合计'; 5: '注：以上数据截至2016年4月'" in report.warnings
    with seeded.engine.connect() as conn:
        names = {v.name for v in views.load(conn, "org")}
    assert {"注册测试甲公司", "脚注测试乙大学"} <= names and "合计" not in names
    assert not any(n.startswith("注：") for n in names)


def test_a_membership_row_may_name_its_alliance_as_its_normalised_name_reads(seeded: Store, tmp_path: Path) -> None:
    """Traditional characters or full-width forms name the alliance the simplified name does, as organisations do."""
    from xietong import views

    path = write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["京津冀測試產業聯盟", "繁體測試公司"]])
    registry.import_paths(seeded, [str(path)])
    with seeded.engine.connect() as conn:
        [a] = [v for v in views.load(conn, "alliance") if v.name == "京津冀测试产业联盟"]
    assert "繁體測試公司" in {m.org_name for m in a.members}


def test_a_membership_row_may_name_its_alliance_with_its_cluster_in_brackets(seeded: Store, tmp_path: Path) -> None:
    """Registers write the cluster after the name: 京津冀测试产业联盟（京津冀） is 京津冀测试产业联盟.
    Another place in brackets, （天津）, names a branch, which is not that alliance."""
    from xietong import views

    path = write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["京津冀测试产业联盟（京津冀）", "括号测试公司"]])
    registry.import_paths(seeded, [str(path)])
    with seeded.engine.connect() as conn:
        [a] = [v for v in views.load(conn, "alliance") if v.name == "京津冀测试产业联盟"]
    assert "括号测试公司" in {m.org_name for m in a.members}
    branch = write_csv(tmp_path / "b.csv", ["联盟", "成员单位"], [["京津冀测试产业联盟（天津）", "括号测试公司"]])
    assert _refused(seeded, branch) == [f"{branch}:2:联盟: unknown alliance '京津冀测试产业联盟（天津）' "
                                        "(import it first, or check the name)"]


def test_an_alliance_stored_with_its_cluster_in_brackets_before_is_found_by_its_plain_name(store: Store,
                                                                                         tmp_path: Path) -> None:
    """A registry written before the bracketed cluster was read as the cluster keeps the key the name had
    then; loading the names reads it again, so 京津冀括号产业联盟 still finds 括号产业联盟（京津冀）."""
    from xietong import clock, names, views
    from xietong.writer import Provenance, Writer

    with store.engine.begin() as conn:
        w = Writer(conn, clock.now())
        sid = w.source(kind="file", dataset="old.csv", file="old.csv")
        old_key = "-|" + names._PUNCT.sub("", names.simplify("括号产业联盟（京津冀）"))
        eid = w.entity("A-old", kind="alliance", name="括号产业联盟（京津冀）", name_key=old_key, source_id=sid)
        w.state(eid, "alliance", "name", "括号产业联盟（京津冀）", Provenance("old.csv", sid, "row 2"))
        w.flush()
    path = write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [["京津冀括号产业联盟", "括号测试公司"]])
    registry.import_paths(store, [str(path)])
    with store.engine.connect() as conn:
        [a] = [v for v in views.load(conn, "alliance") if v.name == "括号产业联盟（京津冀）"]
    assert {m.org_name for m in a.members} == {"括号测试公司"}


def test_an_alliance_stored_before_its_cluster_s_full_name_was_known_is_found_by_its_name(store: Store,
                                                                                         tmp_path: Path) -> None:
    """成渝地区双城经济圈 is the Chengdu–Chongqing cluster's full name. A registry written when only 成渝地区 was
    known keeps the key 双城经济圈测试产业联盟; loading the names keys it as today's rules do, so importing the
    same name, or 成渝测试产业联盟, finds it rather than making another."""
    from xietong import clock, names, views
    from xietong.writer import Provenance, Writer

    name = "成渝地区双城经济圈测试产业联盟"
    with store.engine.begin() as conn:
        w = Writer(conn, clock.now())
        sid = w.source(kind="file", dataset="old.csv", file="old.csv")
        old_key = "chengyu|" + names._PUNCT.sub("", names.simplify("双城经济圈测试产业联盟"))
        assert names.alliance_key(name) != old_key
        eid = w.entity("A-old", kind="alliance", name=name, name_key=old_key, source_id=sid)
        w.state(eid, "alliance", "name", name, Provenance("old.csv", sid, "row 2"))
        w.flush()
    path = write_csv(tmp_path / "m.csv", ["联盟", "成员单位"], [[name, "成渝测试公司"], ["成渝测试产业联盟", "川渝测试公司"]])
    registry.import_paths(store, [str(path)])
    with store.engine.connect() as conn:
        [a] = [v for v in views.load(conn, "alliance") if "测试产业联盟" in v.name]
    assert {m.org_name for m in a.members} == {"成渝测试公司", "川渝测试公司"}


def test_progress_reaches_each_file_s_end_then_the_last_step(seeded: Store, tmp_path: Path) -> None:
    """Each file's progress runs to its size; then the last step (indexes built, the write committed,
    seconds at a million rows) is reported begun and done, so a progress bar is not left full and still."""
    from xietong.ingest.importer import FINISHING

    orgs = write_csv(tmp_path / "o.csv", ["名称", "机构类型"], [[f"进度测试{i}公司", "企业"] for i in range(50)])
    calls: list[tuple[str, int, int]] = []
    registry.import_paths(seeded, [str(orgs)], progress=lambda *call: calls.append(call))
    size = orgs.stat().st_size
    assert calls[-3:] == [(str(orgs), size, size), (FINISHING, 0, 0), (FINISHING, 1, 1)]
    assert all(done <= total for path, done, total in calls if path == str(orgs))


def test_a_header_of_two_rows_under_a_title_is_said_to_take_both(seeded: Store, tmp_path: Path) -> None:
    """A member form's title, then 联系人 over 姓名 and 电话: the warning names both header rows, so the
    reader looking for the header finds where it begins, and the titles above it as left out."""
    from xietong.i18n import problem

    path = tmp_path / "o.csv"
    path.write_text("京津冀测试联盟成员名录,,,\n单位名称,联系人,,所属省份\n,姓名,电话,\n两行表头测试有限公司,张三,010-1234,北京\n",
                    encoding="utf-8")
    report = registry.import_paths(seeded, [str(path)])
    said = f"{path}: header rows 2-3; not imported above it: '京津冀测试联盟成员名录'"
    assert said in report.warnings
    assert problem(said, "zh") == f"{path}：表头在第 2–3 行，其上各行未导入：'京津冀测试联盟成员名录'"
