"""Reading CSV a block at a time gives the rows that reading them one by one
gives: the same row numbers, cells, blank rows left out, short rows without
their missing cells, and rows with cells beyond the header set apart."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import write_xlsx
from xietong.ingest.problems import InputError
from xietong.ingest.readers import EXTRA, MISSING, TableData, read_tables


def _one_by_one(data: bytes, headers: list[str]) -> list[tuple[int, dict[str, Any]]]:
    """The reference: each record read by the csv module and made a dict."""
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    next(reader)
    out: list[tuple[int, dict[str, Any]]] = []
    for n, rec in enumerate(reader, start=2):
        if not "".join(rec).strip():
            continue
        if len(rec) > len(headers) and any(c.strip() for c in rec[len(headers):]):
            out.append((n, {EXTRA: str(len(rec) - len(headers))}))
            continue
        out.append((n, dict(zip(headers, rec, strict=False))))
    return out


def _from_blocks(path: Path, size: int) -> list[tuple[int, dict[str, Any]]]:
    (table,) = read_tables(path)
    out: list[tuple[int, dict[str, Any]]] = []
    for block in table.blocks(size):
        assert block.rows == sorted(block.rows) and all(len(c) == len(block.rows) for c in block.columns.values())
        out += [(n, block.row(i)) for i, n in enumerate(block.rows)]
        out += [(n, {EXTRA: str(k)}) for n, k in block.extra]
    return sorted(out, key=lambda r: r[0])


CELL = st.sampled_from(["", " ", "甲", "乙公司", "a,b", 'say "hi"', "two\nlines", "x\r\ny", "  pad  ", "3"])
RECORD = st.lists(CELL, min_size=0, max_size=5)


@settings(max_examples=150, deadline=None)
@given(records=st.lists(RECORD, max_size=25), size=st.sampled_from([1, 2, 3, 7, 1000]), bom=st.booleans())
def test_blocks_give_the_rows_read_one_by_one(tmp_path_factory: pytest.TempPathFactory, records: list[list[str]],
                                              size: int, bom: bool) -> None:
    headers = ["名称", "类型", "省份"]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(headers)
    w.writerows(records)
    data = ("\ufeff" if bom else "").encode() + buf.getvalue().encode("utf-8")
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    path.write_bytes(data)
    expected = _one_by_one(data, headers)
    assert _from_blocks(path, size) == expected
    (table,) = read_tables(path)
    assert list(table.rows) == expected


def test_a_short_row_lacks_its_missing_cells_and_a_blank_cell_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes("名称,类型,省份\n甲,企业\n乙,,\n\n丙,企业,北京,,\n丁,企业,北京,多余\n".encode())
    (table,) = read_tables(path)
    (block,) = list(table.blocks(100))
    assert block.rows == [2, 3, 5] and block.extra == [(6, 1)]
    assert block.columns["省份"] == [MISSING, "", "北京"]
    assert block.row(0) == {"名称": "甲", "类型": "企业"}


def test_a_bad_byte_is_reported_at_its_row_whatever_the_block(tmp_path: Path) -> None:
    """Past the sample the encoding is told from, a byte that is not UTF-8;
    rows are records, and row 3 spans two lines."""
    path = tmp_path / "t.csv"
    lines = ["名称,类型"] + [f"机构{i:05d},企业" if i != 3 else '"两行\n的名称",企业' for i in range(2, 9000)]
    raw = "\n".join(lines).encode() + b"\n"
    path.write_bytes(raw.replace("机构08000".encode(), b"\xff08000"))  # row 8000, beyond the first 64 KiB
    for size in (1, 7, 2000, 100_000):
        (table,) = read_tables(path)
        assert table.encoding == "utf-8"
        with pytest.raises(InputError) as caught:
            list(table.blocks(size))
        (problem,) = caught.value.problems
        assert problem.row == 8000 and "not valid utf-8" in problem.message


def test_a_bad_utf16_file_is_refused_near_its_row(tmp_path: Path) -> None:
    """UTF-16 (Excel's "Unicode text") is not read again line by line (its
    newlines are two bytes): the row named is where the reader stood."""
    path = tmp_path / "t.csv"
    text = "名称\t类型\n" + "".join(f"机构{i:05d}\t企业\n" for i in range(2, 9000))
    data = text.encode("utf-16")
    cut = len(data) - 2000
    path.write_bytes(data[:cut] + b"\x00\xdc" + data[cut:])  # a lone low surrogate near the end
    (table,) = read_tables(path)
    assert table.encoding == "utf-16"
    with pytest.raises(InputError) as caught:
        list(table.blocks(100))
    (problem,) = caught.value.problems
    assert "not valid utf-16" in problem.message and problem.row is not None and 2 <= problem.row < 9000


def _rows(table: Any) -> list[tuple[int, dict[str, Any]]]:
    return [(n, dict(cells)) for n, cells in table.rows]


def test_a_title_above_the_header_row_is_left_out_and_rows_keep_their_file_numbers(tmp_path: Path) -> None:
    path = tmp_path / "名录.csv"
    path.write_text("京津冀产业联盟名录（2016年）,,\n,,\n联盟名称,成立时间,类型\n甲联盟,2015,产业类\n乙联盟,2016,服务类\n",
                    encoding="gb18030")
    [table] = read_tables(path)
    assert table.headers == ["联盟名称", "成立时间", "类型"]
    assert table.skipped == [(1, "京津冀产业联盟名录（2016年）"), (2, "")]
    assert [(n, r["联盟名称"]) for n, r in _rows(table)] == [(4, "甲联盟"), (5, "乙联盟")]
    [again] = read_tables(path)
    assert [b.rows for b in again.blocks(1)] == [[4], [5]]


def test_a_workbook_s_title_rows_are_left_out_too(tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "名录.xlsx", {"名录": [["京津冀产业联盟名录"], ["联盟名称", "成立时间"], ["甲联盟", 2015]]})
    [table] = read_tables(book)
    assert table.headers == ["联盟名称", "成立时间"] and table.skipped == [(1, "京津冀产业联盟名录")]
    assert _rows(table) == [(3, {"联盟名称": "甲联盟", "成立时间": "2015"})]


ROSTER = [["京津冀测试联盟成员单位名单"], ["序号", "联盟名称", "单位名称", "职务"],
          [1, "京津冀测试联盟", "甲测试有限公司", "理事长单位"], [2, None, "乙测试大学", "副理事长单位"],
          [3, None, "丙测试研究院", None], [4, None, "丁测试集团", None], [5, None, "戊测试公司", "会员单位"]]


def _roster_rows(table: TableData) -> list[tuple[int, str, str, str]]:
    return [(n, r["联盟名称"], r["单位名称"], r["职务"]) for n, r in _rows(table)]


def test_a_cell_merged_down_several_rows_stands_in_each_of_them(tmp_path: Path) -> None:
    """A roster kept in Excel merges its alliance's name down the rows of its members, and 副理事长单位 down
    those of the vice chairs: each row is read with the merged cell's value, as the reader sees it. The
    title merged across the columns above the header is still a title, left out."""
    book = write_xlsx(tmp_path / "名单.xlsx", {"名单": ROSTER}, merged={"名单": ["A1:D1", "B3:B7", "D4:D6"]})
    [table] = read_tables(book)
    assert table.headers == ["序号", "联盟名称", "单位名称", "职务"] and table.skipped == [(1, "京津冀测试联盟成员单位名单")]
    expected = [(3, "京津冀测试联盟", "甲测试有限公司", "理事长单位"), (4, "京津冀测试联盟", "乙测试大学", "副理事长单位"),
                (5, "京津冀测试联盟", "丙测试研究院", "副理事长单位"), (6, "京津冀测试联盟", "丁测试集团", "副理事长单位"),
                (7, "京津冀测试联盟", "戊测试公司", "会员单位")]
    assert _roster_rows(table) == expected
    from tests.helpers import write_xls

    old = write_xls(tmp_path / "名单.xls", {"名单": ROSTER},
                    merged={"名单": [(0, 0, 0, 3), (2, 6, 1, 1), (3, 5, 3, 3)]})
    [table] = read_tables(old)
    assert _roster_rows(table) == expected


@pytest.mark.parametrize("text", [
    "说明,备注\n联盟名称,成立时间\n甲联盟,2015\n",  # a first row of two cells is the header, whatever it says
    "京津冀产业联盟名录\n甲,乙\n丙,丁\n",  # no header xietong knows below the title: the first row, as written
])
def test_only_a_lone_title_above_a_known_header_is_left_out(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    [table] = read_tables(path)
    assert table.skipped == [] and table.headers == next(csv.reader(io.StringIO(text)))


def test_a_workbook_date_is_read_to_the_precision_it_is_shown(tmp_path: Path) -> None:
    """Excel stores 2015-04 typed into a month-formatted cell as 2015-04-01; a registry that keeps a
    date's precision must not invent that day."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["联盟名称", "成立时间"])
    for name, value, shown in [("甲", dt.datetime(2015, 4, 1), 'yyyy"年"m"月"'), ("乙", dt.datetime(2016, 5, 8), "yyyy/m/d"),
                               ("丙", dt.datetime(2017, 1, 1), "yyyy"), ("丁", dt.datetime(2018, 3, 1), "mmm-yy"),
                               ("戊", dt.datetime(2019, 2, 3, 14, 30), "yyyy-mm-dd hh:mm")]:
        ws.append([name, value])
        ws.cell(ws.max_row, 2).number_format = shown
    wb.save(tmp_path / "d.xlsx")
    [table] = read_tables(tmp_path / "d.xlsx")
    assert {r["联盟名称"]: r["成立时间"] for _, r in _rows(table)} == {
        "甲": "2015-04", "乙": "2016-05-08", "丙": "2017", "丁": "2018-03", "戊": "2019-02-03T14:30:00"}


def test_an_old_xls_workbook_is_read_as_an_xlsx_is(tmp_path: Path) -> None:
    """Chinese offices and WPS still save Excel 97-2003 workbooks: each sheet a table under its
    header (a title row above it left out), a date to the precision it is shown, a whole number
    without its .0, a blank row passed over but counted."""
    import datetime as dt

    from tests.helpers import write_xls

    path = write_xls(tmp_path / "名录.xls", {
        "联盟": [["京津冀联盟名录（2016年）"], ["联盟名称", "成立时间", "成员数量"],
                 ["甲联盟", dt.datetime(2015, 4, 1), 70], [], ["乙联盟", dt.datetime(2016, 5, 8), 12.0]]},
        formats={("联盟", 2, 1): 'yyyy"年"m"月"', ("联盟", 4, 1): "yyyy/m/d"})
    [table] = read_tables(path)
    assert (table.name, table.header, table.headers) == ("联盟", 2, ["联盟名称", "成立时间", "成员数量"])
    assert [(n, r["联盟名称"], r["成立时间"], r["成员数量"]) for n, r in _rows(table)] == [
        (3, "甲联盟", "2015-04", "70"), (5, "乙联盟", "2016-05-08", "12")]


def test_a_broken_xls_workbook_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "坏.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(InputError) as exc:
        read_tables(path)
    [problem] = exc.value.problems
    assert problem.file == str(path) and problem.message.startswith("not a readable XLS workbook")


# -- JSON Lines, streamed ----------------------------------------------------------

def test_json_lines_have_every_field_any_record_has_and_keep_their_line_numbers(tmp_path: Path) -> None:
    """A field first given far down the file is a header too; blank lines are skipped but counted;
    a value holding U+2028 (a line separator to Python's splitlines, not to JSON Lines) stays whole."""
    import json

    path = tmp_path / "orgs.jsonl"
    lines = [json.dumps({"名称": f"甲{i}公司", "机构类型": "企业"}, ensure_ascii=False) for i in range(3000)]
    lines[2500] = json.dumps({"名称": "乙公司", "简称": "乙\u2028司", "机构类型": "企业"}, ensure_ascii=False)
    path.write_text("\n".join(lines[:10]) + "\n\n" + "\n".join(lines[10:]) + "\n", encoding="utf-8")
    [table] = read_tables(path)
    assert table.headers == ["名称", "机构类型", "简称"]
    rows = _rows(table)
    assert len(rows) == 3000 and rows[10][0] == 12
    assert dict(rows[2500][1]) == {"名称": "乙公司", "简称": "乙\u2028司", "机构类型": "企业"}
    assert table.position() == path.stat().st_size


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_json_lines_and_json_arrays_are_read_as_taken_not_held_whole(tmp_path: Path, suffix: str) -> None:
    """Finding the headers and reading the rows one by one hold about one record at a time: far
    less than the records."""
    import json
    import tracemalloc

    records = [json.dumps({"联盟": "京津冀流式联盟", "成员单位": f"流式成员{i:06d}有限公司", "角色": "成员单位",
                           "备注": "备注" * 20}, ensure_ascii=False) for i in range(20000)]
    path = tmp_path / f"members{suffix}"
    path.write_text("\n".join(records) + "\n" if suffix == ".jsonl" else "[" + ",\n".join(records) + "]",
                    encoding="utf-8")
    import ijson  # noqa: F401 - the parser's own first import is not what is measured

    tracemalloc.start()
    try:
        [table] = read_tables(path)
        count = sum(1 for _ in table.rows)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20000
    assert peak < path.stat().st_size / 10  # held whole, the records take several times the file's size


def test_undecodable_bytes_in_a_gbk_json_lines_file_are_said_at_their_line(tmp_path: Path) -> None:
    path = tmp_path / "orgs.jsonl"
    good = "".join(f'{{"名称": "国标{i}公司"}}\n' for i in range(5000)).encode("gb18030")
    path.write_bytes(good + b'{"\xff\xff": "x"}\n' + '{"名称": "后面"}\n'.encode("gb18030"))
    with pytest.raises(InputError) as exc:
        read_tables(path)
    assert [str(p) for p in exc.value.problems] == [f"{path}:5001: not valid gb18030 text: illegal multibyte sequence"]


# -- JSON arrays, streamed ----------------------------------------------------------

def test_a_json_array_is_read_record_by_record_as_the_whole_document_reads(tmp_path: Path) -> None:
    """Fields first given late, lists, numbers, true/false, null and a byte-order mark: the rows
    are those the array parsed whole gives."""
    import codecs
    import json

    from xietong.ingest.readers import _read_json_whole

    records = [{"名称": f"甲{i}公司", "简称": ["甲", f"甲{i}"], "成立": 2015 + i % 3, "规模": 1.5 * i,
                "集体": i % 2 == 0, "备注": None} for i in range(500)]
    records[400]["统一社会信用代码"] = "91110000MA01ABCD1M"
    path = tmp_path / "orgs.json"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps(records, ensure_ascii=False, indent=2).encode("utf-8"))
    [streamed] = read_tables(path)
    [whole] = _read_json_whole(path, str(path), path.read_bytes()[:4096])
    assert streamed.headers == whole.headers == ["名称", "简称", "成立", "规模", "集体", "备注", "统一社会信用代码"]
    assert _rows(streamed) == _rows(whole)
    assert streamed.position() == path.stat().st_size


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("orgs.jsonl", '{"名称": "甲"}\n{"名称": "乙"\n', ":2: broken JSON: Expecting ',' delimiter (column 11)"),
    ("orgs.jsonl", '{"名称": "甲"}\n["乙"]\n', ":2: expected an object with named fields"),
    ("orgs.jsonl", "\n \n", ": empty file"),
    ("orgs.json", '[{"名称": "甲"},\n {"名称": "乙"\n]', ":3: broken JSON: Expecting ',' delimiter (column 1)"),
    ("orgs.json", '[{"名称": "甲"}, ["乙"]]', ":2: expected an object with named fields"),
    ("orgs.json", "[]", ": empty JSON array: no records"),
])
def test_json_lines_or_a_json_array_that_cannot_be_read_is_refused_where_it_breaks(
        tmp_path: Path, name: str, content: str, problem: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        [table] = read_tables(path)
        _rows(table)
    assert [str(p) for p in exc.value.problems] == [f"{path}{problem}"]


def test_a_workbook_s_sheet_sizes_are_read_from_their_heads_as_openpyxl_reads_them(tmp_path: Path) -> None:
    """With a <dimension> element (a workbook saved normally) and without (written write-only, as
    xietong exports): the same sizes and rows as openpyxl finds parsing each sheet to the end,
    which it then does again, for a sheet without one, to read its rows."""
    import openpyxl
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    from xietong.ingest.readers import _sizes_from_sheet_heads

    rows = [["名称", "机构类型"], *[[f"尺寸{i}公司", "企业"] for i in range(50)], ["", ""], ["末行公司", "", "多一列"]]
    normal = openpyxl.Workbook()
    for r in rows:
        normal.active.append(r)
    normal.save(tmp_path / "normal.xlsx")
    streamed = openpyxl.Workbook(write_only=True)
    sheet = streamed.create_sheet("机构")
    for r in rows:
        sheet.append(r)
    streamed.save(tmp_path / "streamed.xlsx")
    own = ReadOnlyWorksheet._get_size
    for name in ("normal.xlsx", "streamed.xlsx"):
        seen = []
        for heads in (False, True):
            if heads:
                with _sizes_from_sheet_heads():
                    wb = openpyxl.load_workbook(tmp_path / name, read_only=True)
            else:
                wb = openpyxl.load_workbook(tmp_path / name, read_only=True)
            ws = wb.worksheets[0]
            seen.append(((ws.min_row, ws.min_column, ws.max_row, ws.max_column),
                         [[c.value for c in r] for r in ws.iter_rows()]))
            wb.close()
        assert seen[0] == seen[1], name
    assert ReadOnlyWorksheet._get_size is own
    assert seen[0][0][2] is None  # the write-only workbook has no <dimension>: the case this is for


# a member list as a secretariat keeps or publishes it: a note, its title, the table (a title row in it, a
# blank row), a remark, and a second table
MEMBER_LIST_DOCUMENT: list[str | list[list[str]]] = [
    "附件1", "京津冀测试联盟成员单位名单",
    [["京津冀测试联盟成员单位名单（2016年）", "", ""], ["单位名称", "单位类型", "所属省份"],
     ["甲科技有限公司", "企业", "北京"], ["", "", ""], ["乙大学", "高校", "天津"]],
    "说明：以上排名不分先后。", [["联盟名称", "成立时间"], ["京津冀测试联盟", "2016年4月"]]]


def _docx(path: Path, *blocks: str | list[list[str]]) -> Path:
    """A Word document of paragraphs (text) and tables (rows of cells), in that order."""
    import docx

    doc = docx.Document()
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        table = doc.add_table(rows=len(b), cols=len(b[0]))
        for i, row in enumerate(b):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
    doc.save(path)
    return path


def test_a_word_document_s_tables_are_read_each_named_by_the_line_above_it(tmp_path: Path) -> None:
    """Member lists are often kept in Word: each table is read, a title row in it left out as a
    sheet's is, rows numbered as the table's rows, and the paragraph above names it."""
    f = _docx(tmp_path / "名单.docx", *MEMBER_LIST_DOCUMENT)
    orgs, alliances = read_tables(f)
    assert (orgs.name, orgs.headers, orgs.header) == ("京津冀测试联盟成员单位名单", ["单位名称", "单位类型", "所属省份"], 2)
    assert [(n, r["单位名称"]) for n, r in orgs.rows] == [(3, "甲科技有限公司"), (5, "乙大学")]
    assert alliances.name == "说明：以上排名不分先后。" and alliances.where == f"{f}[说明：以上排名不分先后。]"
    assert [r for _, r in alliances.rows] == [{"联盟名称": "京津冀测试联盟", "成立时间": "2016年4月"}]


def test_a_word_document_without_a_table_says_what_to_use_instead(tmp_path: Path) -> None:
    f = _docx(tmp_path / "新闻.docx", "京津冀测试联盟在北京成立。")
    with pytest.raises(InputError) as exc:
        read_tables(f)
    assert [str(p) for p in exc.value.problems] == [
        f"{f}: no table in this document: import reads tables (to read alliances out of its text, use xietong extract)"]
    broken = tmp_path / "坏.docx"
    broken.write_bytes(b"PK\x03\x04 not really a document")
    with pytest.raises(InputError, match="not a readable DOCX document"):
        read_tables(broken)


@pytest.mark.parametrize("name", ["名单.doc", "名单.pdf"])
def test_an_old_word_document_or_a_pdf_s_tables_are_read_as_a_new_word_document_s(tmp_path: Path, name: str) -> None:
    """A member list kept in a .doc (Word 97-2003, or WPS saving as one), or published as a PDF
    attachment, is imported as one kept in a .docx: the same tables, names and rows, a title row
    left out and the line above naming each."""
    from tests.helpers import write_doc, write_pdf

    write = write_doc if name.endswith(".doc") else write_pdf
    read = [(t.name, t.headers, t.header, list(t.rows)) for t in read_tables(write(tmp_path / name, MEMBER_LIST_DOCUMENT))]
    word = [(t.name, t.headers, t.header, list(t.rows)) for t in read_tables(_docx(tmp_path / "名单.docx",
                                                                                   *MEMBER_LIST_DOCUMENT))]
    assert read == word
    assert [(n, r["单位名称"]) for n, r in read[0][3]] == [(3, "甲科技有限公司"), (5, "乙大学")]


def test_an_old_word_document_without_a_table_or_not_readable_is_refused_with_why(tmp_path: Path) -> None:
    from tests.helpers import write_doc

    f = write_doc(tmp_path / "新闻.doc", ["京津冀测试联盟在北京成立。"])
    with pytest.raises(InputError, match="no table in this document"):
        read_tables(f)
    locked = write_doc(tmp_path / "密.wps", [[["单位名称"], ["甲科技有限公司"]]], encrypted=True)
    with pytest.raises(InputError) as exc:
        read_tables(locked)
    assert [str(p) for p in exc.value.problems] == [
        f"{locked}: the document is protected by a password; save it without one, or copy its text"]


@pytest.mark.parametrize("header_repeated", [True, False])
def test_a_pdf_table_running_over_pages_is_one_table_its_wrapped_cells_read_whole(tmp_path: Path,
                                                                               header_repeated: bool) -> None:
    """A list of sixty members runs over three A5 pages, each page's number at its foot and the
    header row repeated at the top of each (or not): it is one table, its rows numbered on from
    page to page, the repeated header left out. A name wrapped in its narrow column reads whole, a
    Chinese one joined with nothing between, an English one with a space."""
    from tests.helpers import write_pdf

    long_zh, long_en = "河北省某某新材料产业技术研究院有限责任公司（石家庄）", "Tianjin Testing Institute of Advanced Materials"
    rows = [["序号", "单位名称", "职务"], ["1", long_zh, "理事长单位"], ["2", long_en, "副理事长单位"]]
    rows += [[str(i), f"测试机构{i:03d}有限公司", "成员单位"] for i in range(3, 61)]
    f = write_pdf(tmp_path / "名单.pdf", ["京津冀测试联盟成员单位名单", rows], head_rows=1 if header_repeated else 0,
                  css="td:nth-child(2) { width: 28mm; } td:nth-child(3) { width: 14mm; }")
    from pypdf import PdfReader

    assert len(PdfReader(f).pages) >= 3
    (table,) = read_tables(f)
    assert (table.name, table.headers) == ("京津冀测试联盟成员单位名单", ["序号", "单位名称", "职务", "联盟"])
    got = list(table.rows)
    assert [n for n, _ in got] == list(range(2, 62))
    assert [r["单位名称"] for _, r in got] == [r[1] for r in rows[1:]]
    assert [r["职务"] for _, r in got][:3] == ["理事长单位", "副理事长单位", "成员单位"]


def test_a_pdf_s_merged_cells_stand_in_each_row_and_column_they_cover(tmp_path: Path) -> None:
    """As on a web page: a role merged down the rows of its group stands in each, a name merged
    across two columns in both."""
    from tests.helpers import write_pdf

    f = write_pdf(tmp_path / "名单.pdf", ["成员名单", [
        ["类别", "单位名称", "所属省份"],
        ["<td rowspan='2'>理事长单位</td>", "甲科技有限公司", "北京"], ["乙大学", "天津"],
        ["成员单位", "<td colspan='2'>丙研究院（河北）</td>"],
        ["成员单位", "丁公司", "<td rowspan='2'>河北</td>"], ["成员单位", "戊公司"]]])
    (table,) = read_tables(f)
    assert [(r["类别"], r["单位名称"], r["所属省份"]) for _, r in table.rows] == [
        ("理事长单位", "甲科技有限公司", "北京"), ("理事长单位", "乙大学", "天津"),
        ("成员单位", "丙研究院（河北）", "丙研究院（河北）"), ("成员单位", "丁公司", "河北"), ("成员单位", "戊公司", "河北")]


def test_a_pdf_with_no_table_a_scan_a_broken_or_a_locked_one_is_refused_with_why(tmp_path: Path) -> None:
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    from tests.helpers import write_pdf

    write_pdf(tmp_path / "新闻.pdf", ["京津冀测试联盟在北京成立。"])
    Image.new("RGB", (400, 300), "white").save(tmp_path / "扫描.pdf", "PDF", resolution=100)
    good = write_pdf(tmp_path / "名单.pdf", [[["单位名称"], ["甲科技有限公司"]]])
    (tmp_path / "坏.pdf").write_bytes(good.read_bytes()[:400])
    locked = PdfWriter(clone_from=PdfReader(good))
    locked.encrypt("secret")
    locked.write(tmp_path / "密.pdf")
    said = {}
    for name in ("新闻.pdf", "扫描.pdf", "坏.pdf", "密.pdf"):
        with pytest.raises(InputError) as exc:
            read_tables(tmp_path / name)
        [problem] = exc.value.problems
        assert (problem.file, problem.row) == (str(tmp_path / name), None)
        said[name] = problem.message
    assert said["新闻.pdf"] == ("no table drawn with lines in this PDF: import reads tables "
                               "(to read alliances out of its text, use xietong extract)")
    assert said["扫描.pdf"].startswith("no text in this PDF: its pages are pictures (a scan)")
    assert said["坏.pdf"].startswith("not a readable PDF file")
    assert said["密.pdf"] == "the PDF is protected by a password; save it without one, or copy its text"


def test_a_saved_web_page_s_tables_are_read_each_named_by_its_caption_or_the_line_above(tmp_path: Path) -> None:
    """A member list published on a site, saved as a page: its tables are read as a Word document's,
    scripts and a table inside a cell left as text."""
    page = tmp_path / "名单.html"
    page.write_text(
        "<html><head><script>var t='<table><tr><td>假</td></tr></table>';</script></head><body>"
        "<h2>京津冀测试联盟成员名单</h2><table><tr><th>单位名称</th><th>所属省份</th></tr>"
        "<tr><td> 甲科技&amp;有限公司 </td><td>北京</td></tr><tr><td>乙大学<table><tr><td>注</td></tr></table></td><td>天津</td></tr>"
        "</table><p>另附：</p><table><caption>联盟一览</caption><tr><td>联盟名称</td><td>成立时间</td></tr>"
        "<tr><td>京津冀测试联盟</td><td>2016年4月</td></tr></table></body></html>", encoding="gbk")
    orgs, alliances = read_tables(page)
    assert (orgs.name, orgs.headers) == ("京津冀测试联盟成员名单", ["单位名称", "所属省份"])
    assert [(n, r["单位名称"], r["所属省份"]) for n, r in orgs.rows] == [(2, "甲科技&有限公司", "北京"), (3, "乙大学注", "天津")]
    assert alliances.name == "联盟一览" and [r["成立时间"] for _, r in alliances.rows] == ["2016年4月"]
    bare = tmp_path / "新闻.htm"
    bare.write_text("<p>京津冀测试联盟在北京成立。</p>", encoding="utf-8")
    with pytest.raises(InputError, match="no table in this page"):
        read_tables(bare)


def test_a_web_page_s_cells_spanning_rows_or_columns_stand_in_each(tmp_path: Path) -> None:
    """A published member list grouped by role (类别 spanning the rows of its group) keeps each
    row's cells under their own columns: a cell spanning rows stands in each of them, one spanning
    columns in each column, as Word's merged cells do."""
    page = tmp_path / "名单.html"
    page.write_text(
        "<table><tr><th>类别</th><th>单位名称</th><th>所属省份</th></tr>"
        "<tr><td rowspan='2'>理事长单位</td><td>甲科技有限公司</td><td>北京</td></tr>"
        "<tr><td>乙大学</td><td>天津</td></tr>"
        "<tr><td>成员单位</td><td colspan='2'>丙研究院（河北）</td></tr>"
        "<tr><td>成员单位</td><td>丁公司</td><td rowspan='9'>河北</td></tr>"
        "<tr><td>成员单位</td><td>戊公司</td></tr></table>", encoding="utf-8")
    (table,) = read_tables(page)
    assert [(r["类别"], r["单位名称"], r["所属省份"]) for _, r in table.rows] == [
        ("理事长单位", "甲科技有限公司", "北京"), ("理事长单位", "乙大学", "天津"),
        ("成员单位", "丙研究院（河北）", "丙研究院（河北）"), ("成员单位", "丁公司", "河北"), ("成员单位", "戊公司", "河北")]


def test_a_header_of_two_rows_is_read_as_one(tmp_path: Path) -> None:
    """A form's header of two rows (联系人 over 姓名 and 电话; 单位名称 merged down both) names each
    column by its lower cell where that is a column xietong reads, else by both; the rows start
    below it and keep their own numbers. In Word and on a page merged cells repeat their text; in a
    workbook and a CSV saved from it they are blank."""
    repeat = [["序号", "单位名称", "联系人", "联系人", "所属省份"], ["序号", "单位名称", "姓名", "电话", "所属省份"],
              ["1", "甲科技有限公司", "张三", "010-1234", "北京"]]
    blank = [["序号", "单位名称", "联系人", None, "所属省份"], [None, None, "姓名", "电话", None],
             ["1", "甲科技有限公司", "张三", "010-1234", "北京"]]
    word = _docx(tmp_path / "表.docx", "成员名单", repeat)
    book = write_xlsx(tmp_path / "表.xlsx", {"成员": blank})
    text = tmp_path / "表.csv"
    text.write_text("\n".join(",".join(c or "" for c in row) for row in blank) + "\n", encoding="utf-8")
    for f in (word, book, text):
        (table,) = read_tables(f)
        assert table.headers == ["序号", "单位名称", "联系人姓名", "联系人电话", "所属省份"], f
        assert [(n, r["单位名称"], r["所属省份"], r["联系人电话"]) for n, r in table.rows] == [
            (3, "甲科技有限公司", "北京", "010-1234")], f


def test_a_first_row_of_data_under_the_header_is_no_header(tmp_path: Path) -> None:
    """The row under a header is a second header row only under a heading that spans columns: a
    first row of data, however short its cells, stays data."""
    f = _docx(tmp_path / "表.docx", [["单位名称", "所属省份"], ["甲公司", "北京"], ["乙公司", "天津"]])
    (table,) = read_tables(f)
    assert table.headers == ["单位名称", "所属省份"] and [n for n, _ in table.rows] == [2, 3]


def test_a_page_s_spans_that_are_no_numbers_or_too_large_are_read_as_bounded(tmp_path: Path) -> None:
    """rowspan="x" and colspan="0" are 1; colspan="100000" stands in at most MAX_SPAN columns, and a
    rowspan past the table's last row ends with the table: the page is read, nothing runs away."""
    from xietong.ingest.readers import MAX_SPAN

    page = tmp_path / "名单.html"
    page.write_text("<table><tr><th>单位名称</th><th>所属省份</th></tr>"
                    "<tr><td rowspan='x'>甲公司</td><td colspan='0'>北京</td></tr>"
                    "<tr><td rowspan='99999'>乙公司</td><td>天津</td></tr></table>"
                    "<table><tr><th>单位名称</th><th>所属省份</th></tr><tr><td>丙公司</td><td>河北</td></tr>"
                    "<tr><td colspan='100000'>注</td></tr></table>", encoding="utf-8")
    first, second = read_tables(page)
    assert [(r["单位名称"], r["所属省份"]) for _, r in first.rows] == [("甲公司", "北京"), ("乙公司", "天津")]
    rows = [r for _, r in second.rows]
    assert rows[0] == {"单位名称": "丙公司", "所属省份": "河北"} and len(rows) == 2
    from xietong.ingest.readers import _HtmlTables

    parser = _HtmlTables()
    parser.feed(page.read_text(encoding="utf-8"))
    assert len(parser.tables[1][1][-1]) == MAX_SPAN  # the note's row: as wide as a span may be, no wider


def test_a_workbook_or_document_cut_or_damaged_anywhere_is_read_or_refused_never_a_crash(tmp_path: Path) -> None:
    """A damaged file fails somewhere inside the library that parses it (xlrd's struct.error and
    OverflowError, a ZIP's zlib.error): whatever it is, the import reads the file or refuses it with
    its name, and writes nothing to standard output (xlrd's log, which would break --json)."""
    import contextlib
    import io
    import random

    from tests.helpers import write_doc, write_xls

    rows = [["名称", "机构类型", "所属省份"], ["甲测试有限公司", "企业", "北京"], ["乙大学", "高校", "天津"]]
    goods = {"a.xls": write_xls(tmp_path / "g.xls", {"机构": rows}).read_bytes(),
             "a.docx": _docx(tmp_path / "g.docx", "名单", rows).read_bytes(),
             "a.doc": write_doc(tmp_path / "g.doc", ["名单", rows]).read_bytes()}
    rnd = random.Random(7)
    out = io.StringIO()
    for name, good in goods.items():
        damaged = [good[:n] for n in range(600, len(good), 211)]
        for _ in range(150):
            b = bytearray(good)
            for _ in range(rnd.randrange(1, 6)):
                b[rnd.randrange(len(b))] = rnd.randrange(256)
            damaged.append(bytes(b))
        for i, data in enumerate(damaged):
            f = tmp_path / f"{i}{name}"
            f.write_bytes(data)
            with contextlib.redirect_stdout(out):
                try:
                    for t in read_tables(f):
                        list(t.rows)
                except InputError as exc:
                    assert all(p.file == str(f) for p in exc.problems), exc.problems
    assert out.getvalue() == ""
