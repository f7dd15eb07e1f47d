"""Reading tabular files as rows of text: CSV (UTF-8, UTF-8 with BOM, GBK /
GB18030, detected), XLSX, JSON and JSON Lines.

Rows are numbered as a spreadsheet user sees them: in CSV and XLSX the header
is row 1 and the first record row 2; in JSON Lines a row is a line; in a JSON
array, the first object is row 1.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from xietong.ingest.headers import known_columns
from xietong.ingest.problems import InputError, Problem
from xietong.text.worddoc import SUFFIXES as OLD_WORD
from xietong.text.worddoc import doc_blocks, is_ole

Cell = str | list[str]
SAMPLE = 1 << 16
MISSING: Any = object()  # a cell a row does not have: a short CSV row, a JSON object without the key
EXTRA = "\x00extra"  # in a row read one by one: the row has this many more (non-blank) cells than the header


@dataclass
class RawBlock:
    """Consecutive rows of a table as read, column by column: their row
    numbers, each header's cell in each row (:data:`MISSING` where the row
    has none), and apart, the rows with more non-blank cells than the
    header (row number, how many more). Blank rows are left out."""

    rows: list[int]
    columns: dict[str, list[Any]]
    extra: list[tuple[int, int]] = field(default_factory=list)
    text: bool = False  # every cell is known to be text (a CSV block without short rows)

    @classmethod
    def of_rows(cls, rows: list[tuple[int, dict[str, Cell]]]) -> RawBlock:
        """A block of rows read one by one (row number, cells by header)."""
        headers = dict.fromkeys(h for _, cells in rows for h in cells)
        return cls([n for n, _ in rows], {h: [cells.get(h, MISSING) for _, cells in rows] for h in headers})

    def row(self, i: int) -> dict[str, Cell]:
        """The cells of the block's ``i``-th row by header, as a row read one by one has them."""
        return {h: column[i] for h, column in self.columns.items() if column[i] is not MISSING}

    def without(self, drop: list[int]) -> RawBlock:
        """The block without its ``drop``-th rows."""
        gone = set(drop)
        keep = [i for i in range(len(self.rows)) if i not in gone]
        return RawBlock([self.rows[i] for i in keep], {h: [c[i] for i in keep] for h, c in self.columns.items()},
                        self.extra, self.text)

    def notes(self) -> list[int]:
        """The rows that are a spreadsheet's notes or totals, not records: a row
        whose one cell is a footnote ("注：数据截至2016年4月", "资料来源：…") or whose
        first cell is 合计, 总计 or 小计.

        >>> RawBlock([2, 3, 4], {"名称": ["甲", "注：以上为首批成员", "合计"], "数量": ["3", "", "3"]}).notes()
        [1, 2]
        """
        heads = list(self.columns.values())[:2]  # a note or a total starts the row (after a 序号 column at most)
        joined = "\n".join("\n".join(col if self.text else [c for c in col if type(c) is str]) for col in heads)
        if not any(word in joined for word in _NOTE_WORDS):
            return []  # the common case, decided in C calls: no such word in those cells at all
        found = []
        for i in range(len(self.rows)):
            cells = [c.strip() for c in (col[i] for col in self.columns.values()) if type(c) is str and c.strip()]
            if cells and (_TOTAL.fullmatch(cells[0]) or len(cells) == 1 and _NOTE.match(cells[0])):
                found.append(i)
        return found


# one of these is in every note or total; a block holding one is read row by row
_NOTE_WORDS = ("注", "说明", "来源", "合计", "总计", "小计", "合 计", "总 计", "小 计")
_NOTE = re.compile(r"(?:注|备注|说明|附注|数据来源|资料来源|来源)\s*\d*\s*[：:]")
_TOTAL = re.compile(r"合\s*计|总\s*计|小\s*计")


@dataclass
class TableData:
    """One table of a file: its headers and its rows (lazily read), one by
    one or a block at a time. Read them one way only: both read the file."""

    path: str
    name: str  # the table's name: a sheet, a JSON key, or the file's stem
    headers: list[str]
    rows: Iterator[tuple[int, dict[str, Cell]]]
    encoding: str | None = None
    size: int = 0
    position: Any = field(default=lambda: 0)  # callable: bytes read so far
    # the rows a block at a time, where the reader reads them so natively (CSV)
    reader_blocks: Callable[[int], Iterator[RawBlock]] | None = None
    # rows above the header row, left out: a spreadsheet's title ("…名录（2016年）"), a note, a blank
    skipped: list[tuple[int, str]] = field(default_factory=list)
    header: int = 1  # the header's row number (below any title)
    # where a problem in this table is: the file, and the table's name when the file holds several
    # ("名录.xlsx[机构]"), so that row 5 says which sheet's row 5
    where: str = ""
    # the alliance a member list kept for one alliance names in its title, its rows read as its members
    # (see :func:`_of_titled_alliance`)
    titled: str | None = None
    # the page each of its records stands on (a PDF's table), the header's and any title's included
    pages: list[int] | None = None

    def __post_init__(self) -> None:
        self.where = self.where or self.path

    def page(self, row: int | None) -> int | None:
        """The page row number ``row`` stands on, where the table was read off pages (a PDF's)."""
        return self.pages[row - 1] if self.pages and row and 0 < row <= len(self.pages) else None

    def locator(self, row: int) -> str:
        """Where row number ``row`` is, for a fact read from it: "row 5", or with its page, "row 5 (page 2)"."""
        from xietong.writer import ROW, ROW_ON_PAGE

        page = self.page(row)
        return ROW.format(row) if page is None else ROW_ON_PAGE.format(row, page)

    def blocks(self, size: int) -> Iterator[RawBlock]:
        """The rows in blocks of up to ``size`` (blank rows count towards the size, and are left out)."""
        if self.reader_blocks is not None:
            return self.reader_blocks(size)
        return (RawBlock.of_rows(chunk) for chunk in iter(lambda: list(islice(self.rows, size)), []))


def detect_encoding(path: Path, sample: bytes) -> str:
    """The text encoding of ``sample`` (the file's first bytes).

    UTF-8 (with or without BOM) is tried first, then GB18030 (a superset of
    GBK and GB2312, what Chinese Excel writes), then charset-normalizer.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in sample:
        raise InputError([Problem(str(path), None, None, "looks like a binary file, not text (it has NUL bytes)")])
    for enc in ("utf-8", "gb18030"):
        dec = codecs.getincrementaldecoder(enc)()
        try:
            dec.decode(sample, final=False)
            return enc
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        raise InputError([Problem(str(path), None, None, "cannot tell the text encoding (not UTF-8 or GBK)")])
    return best.encoding


class _CountingReader(io.RawIOBase):
    def __init__(self, raw: Any):
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = self.raw.readinto(b)
        self.count += n or 0
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _date_precision(number_format: str) -> str:
    """How much of a date a cell's number format shows: a date typed as
    2015-4 and shown as 2015年4月 is a month, though Excel stores the 1st.

    >>> _date_precision('yyyy"年"m"月"'), _date_precision("yyyy/m/d"), _date_precision("yyyy"), _date_precision("General")
    ('month', 'day', 'year', 'day')
    """
    shown = _FORMAT_LITERALS.sub("", number_format).lower()
    if "y" not in shown or "d" in shown:
        return "day"  # a full date, or a format that is no date format (General): nothing to take away
    return "month" if "m" in shown else "year"


def _xlsx_cell(v: Any, number_format: str = "General") -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime) and v.time() == dt.time(0) or type(v) is dt.date:
        day = v.date() if isinstance(v, dt.datetime) else v
        precision = _date_precision(number_format)
        return day.isoformat() if precision == "day" else day.isoformat()[:7] if precision == "month" else str(day.year)
    if isinstance(v, dt.datetime):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def json_cell(v: Any) -> Cell:
    """A JSON value as a cell: text, a list of texts, "" for null."""
    if v is None:
        return ""
    if isinstance(v, list):
        return [str(x) for x in v if x is not None]
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dict,)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def read_tables(path: str | os.PathLike[str], headers: list[str] | None = None,
                pages: Callable[[int, int], None] | None = None) -> list[TableData]:
    """The tables in a file. Raises :class:`InputError` for unreadable files.

    ``headers`` found by an earlier reading of the same file save a JSON
    Lines file or a JSON array the pass that finds them (see :func:`_read_jsonl`).
    ``pages`` is told (pages read, pages in all) as a PDF's pages are read, a third of a second each."""
    tables = [_of_titled_alliance(t) for t in _read_tables(path, headers, pages)]
    if len(tables) > 1:
        for t in tables:
            t.where = f"{t.path}[{t.name}]"
    return tables


TITLED_ALLIANCE = "联盟"  # the column a member list kept for one alliance gains, holding the alliance its title names
# "京津冀X联盟成员单位名单", "附件2：X联盟首批会员单位名录", "X联盟第一届理事会成员单位一览表": a list of one
# alliance's members, titled by its name
_MEMBER_LIST_TITLE = re.compile(
    r"^(?:附件\s*\d*\s*[：:]\s*)?[“「《\"]?(?P<name>[^，,。：:“”「」《》\"\s]{2,60}?联盟)[”」》\"]?"
    r"(?:[（(]?\d{4}年?[）)]?)?(?:第[一二三四五六七八九十\d]+届|首届)?(?:理事会)?(?:首批|第[一二三四五六七八九十\d]+批)?"
    r"(?:成员|会员|理事|入盟)(?:单位|企业|机构)?(?:名单|名录|一览表|列表|汇总表|信息表)")


def titled_alliance(titles: list[str]) -> str | None:
    """The alliance the first of ``titles`` (the rows above a table's header, its sheet's name, its
    file's name) that titles a list of one alliance's members names, else None.

    >>> titled_alliance(["京津冀测试联盟成员单位名单"]), titled_alliance(["附件2：长三角测试联盟首批会员单位名录（2024年）"])
    ('京津冀测试联盟', '长三角测试联盟')
    >>> titled_alliance(["Sheet1", "成员名单"]), titled_alliance(["京津冀产业联盟名录"])  # no alliance; many alliances
    (None, None)
    """
    for title in titles:
        if m := _MEMBER_LIST_TITLE.match(title.strip()):
            return m["name"]
    return None


def _of_titled_alliance(t: TableData) -> TableData:
    """A member list kept for one alliance names the alliance only in its title ("X联盟成员单位名单"
    over 序号, 单位名称, 职务): where the table has an organisation's and a role's column but none
    for the alliance, and a title names one, the table gains a 联盟 column holding it, and each row
    is read as a membership, as the list means. A title, the sheet's name or the file's, in that order."""
    from xietong.ingest.headers import fold, specs

    lookup = specs()["memberships"].lookup()
    mapped = {lookup.get(fold(h)) for h in t.headers}
    if "alliance" in mapped or not {"org", "role"} <= mapped or TITLED_ALLIANCE in t.headers:
        return t
    name = titled_alliance([text for _, text in t.skipped] + [t.name, Path(t.path).stem])
    if name is None:
        return t
    t.titled, t.headers = name, [*t.headers, TITLED_ALLIANCE]
    t.rows = ((n, {**cells, TITLED_ALLIANCE: name}) for n, cells in t.rows)
    if (blocks := t.reader_blocks) is not None:
        t.reader_blocks = lambda size: (RawBlock(b.rows, {**b.columns, TITLED_ALLIANCE: [name] * len(b.rows)}, b.extra,
                                                 b.text) for b in blocks(size))
    return t


def _read_tables(path: str | os.PathLike[str], headers: list[str] | None = None,
                 pages: Callable[[int, int], None] | None = None) -> list[TableData]:
    p = Path(path)
    label = str(path)
    if not p.exists():
        raise InputError([Problem(label, None, None, "no such file")])
    if p.is_dir():
        raise InputError([Problem(label, None, None, "is a folder; name the files to import")])
    size = p.stat().st_size
    if size == 0:
        raise InputError([Problem(label, None, None, "empty file")])
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(p, label, size)
    if suffix == ".xls":
        return _read_xls(p, label, size)
    if suffix == ".docx":
        return _read_docx(p, label, size)
    with p.open("rb") as fh:
        sample = fh.read(SAMPLE)
    if suffix == ".pdf" or sample.startswith(b"%PDF-"):
        return _read_pdf(p, label, size, pages)
    if suffix in OLD_WORD or is_ole(sample):
        return _read_doc(p, label, size)
    if suffix in (".html", ".htm"):
        return _read_html(p, label, sample, size)
    if suffix == ".json":
        return _read_json(p, label, sample, size, headers)
    if suffix in (".jsonl", ".ndjson"):
        return [_read_jsonl(p, label, sample, size, headers)]
    if sample.startswith(b"PK\x03\x04"):
        return _read_xlsx(p, label, size)
    return [_read_csv(p, label, sample, size)]


TITLE_ROWS = 5  # how far down a header row is looked for, under a title or notes


def header_row(records: list[list[str]]) -> int:
    """Which of a table's first records is its header row: the first that
    names two columns xietong reads, when every record above it holds at
    most one cell (a title, a note, a blank line); else the first record.

    >>> header_row([["京津冀产业联盟名录（2016年）", ""], ["", ""], ["联盟名称", "成立时间"], ["甲联盟", "2015"]])
    2
    >>> header_row([["名称", "简介"], ["联盟名称", "成立时间"]])  # a first row of two cells is a header
    0
    """
    for i, rec in enumerate(records[:TITLE_ROWS]):
        if known_columns(rec) >= 2:
            return i
        if sum(1 for c in rec if c.strip()) > 1:
            return 0
    return 0


def _head(first: list[list[str]]) -> tuple[int, list[str], list[tuple[int, str]], list[list[str]]]:
    """A table's first records split at its header: the index of its (last) header row, its
    headers, the rows above it (row number and text, for a warning) and the records read past
    it, to be read again as rows. A header may take two rows (see :func:`two_row_header`)."""
    at = header_row(first)
    skipped = [(i + 1, " ".join(c.strip() for c in rec if c.strip())) for i, rec in enumerate(first[:at])]
    headers = [h.strip() for h in first[at]]
    if at + 1 < len(first) and (joined := two_row_header(headers, first[at + 1])) is not None:
        return at + 1, joined, skipped, first[at + 2:]
    return at, headers, skipped, first[at + 1:]


def two_row_header(top: list[str], below: list[str]) -> list[str] | None:
    """The headers of a header taking two rows, ``top`` and ``below``, else None: a form's
    联系人 over 姓名 and 电话. The row below is part of the header only under a heading that spans
    columns (in Word and on a page its text repeated across them, in a workbook blank after it),
    where it names each column the heading spans, and elsewhere repeats the top or is blank (a
    cell merged down both rows). Each column is named by its lower cell where that is a column
    xietong reads and the two together are not, else by both ("联系人电话").

    >>> two_row_header(["单位名称", "联系人", "联系人"], ["单位名称", "姓名", "电话"])
    ['单位名称', '联系人姓名', '联系人电话']
    >>> two_row_header(["单位名称", "所属省份"], ["甲公司", "北京"]) is None
    True
    >>> two_row_header(["单位名称", "", ""], ["甲公司", "张三", "010-1234"]) is None  # unnamed columns over data
    True
    """
    if len({t.strip() for t in top if t.strip()}) < 2:  # a title of one cell over a table is no heading
        return None
    width = len(top)
    if any(c.strip() for c in below[width:]):  # cells beyond the header's own: a row of data
        return None
    top = [t.strip() for t in top]
    below = [(below[j] if j < len(below) else "").strip() for j in range(width)]
    filled, spanned = list(top), [False] * width  # each column's heading; whether it spans from the left
    for j in range(1, width):
        if top[j - 1] and (not top[j] or top[j] == top[j - 1]) and below[j] and below[j - 1] != below[j]:
            filled[j], spanned[j] = filled[j - 1], True
            spanned[j - 1] = True
    if not any(spanned) or all(spanned[j] or not top[j] for j in range(width)):
        return None  # no heading spans columns, or nothing but one does (a row of data under unnamed columns)
    for j in range(width):
        if spanned[j]:
            if not below[j] or below[j] == filled[j] or _number_like(below[j]):
                return None
        elif below[j] and below[j] != top[j]:
            return None
    joined = []
    for t, b in zip(filled, below, strict=True):
        if not b or b == t:
            joined.append(t)
        else:
            joined.append(b if known_columns([b]) and not known_columns([t + b]) else t + b)
    return joined


def _number_like(text: str) -> bool:
    """A cell that reads as a number or a date: data, never a header."""
    return bool(re.fullmatch(r"[\d.,:/\-年月日号 ]+", text))


def _csv_reason(exc: csv.Error) -> str:
    """What the csv module's refusal means for the person who wrote the file.

    >>> _csv_reason(csv.Error("unexpected end of data"))
    'a quoted cell is never closed: a stray " takes in the rest of the file'
    """
    said = str(exc)
    if said == "unexpected end of data":
        return 'a quoted cell is never closed: a stray " takes in the rest of the file'
    if re.fullmatch(r"'.' expected after '\"'", said):
        return 'text follows the " that closes a quoted cell (a quote inside a quoted cell is written "")'
    return said


def _text_stream(p: Path, enc: str) -> tuple[io.TextIOWrapper, _CountingReader]:
    counter = _CountingReader(p.open("rb"))
    return io.TextIOWrapper(io.BufferedReader(counter, 1 << 20), encoding=enc, newline=""), counter


def _read_csv(p: Path, label: str, sample: bytes, size: int) -> TableData:
    enc = detect_encoding(p, sample)
    head = codecs.getincrementaldecoder(enc)(errors="replace").decode(sample, final=False)
    if not head.strip():
        raise InputError([Problem(label, None, None, "empty file (no header row)")])
    try:
        dialect = csv.Sniffer().sniff(head.lstrip("\ufeff").splitlines()[0], delimiters=",\t;|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    text, counter = _text_stream(p, enc)
    # strict: a stray quote that opens a cell never closed is refused, where the lenient reader
    # took the rest of the file into that one cell, every later row lost without a word
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    first: list[list[str]] = []
    try:
        first.extend(islice(reader, TITLE_ROWS))  # keeps what it read if a record fails
        if not first:
            raise StopIteration("no rows")
    except csv.Error as exc:  # a row near the top, the header or one after it, is broken: that row is named
        text.close()
        said = _csv_reason(exc)
        raise InputError([Problem(label, len(first) + 1, None, f"broken CSV: {said}" if first
                                  else f"cannot read the header row: {said}")]) from None
    except (StopIteration, UnicodeDecodeError) as exc:
        text.close()
        raise InputError([Problem(label, 1, None, f"cannot read the header row: {exc}")]) from None
    at, headers, skipped, ahead = _head(first)
    reader = chain(ahead, reader)  # the records read while looking for the header row, first

    width = len(headers)
    column_of = {h: i for i, h in enumerate(headers)}  # a repeated header: its last column, as in a row's dict

    def blocks(size: int) -> Iterator[RawBlock]:
        """Records ``size`` at a time, their cells transposed into columns in
        one C call: no dict per row, which was most of reading a large file."""
        last = at + 1  # the row number of the last record read: the header row, to begin with
        try:
            while True:
                recs: list[list[str]] = []
                try:
                    recs.extend(islice(reader, size))  # keeps what it read if a record fails
                except UnicodeDecodeError as exc:
                    row, reason = last + len(recs) + 1, exc.reason  # near it: the stream decodes ahead
                    if enc in LINE_SAFE:
                        row, reason = _undecodable_row(p, enc, delimiter)
                    raise InputError([Problem(label, row, None, f"not valid {enc} text: {reason}")]) from None
                except csv.Error as exc:
                    raise InputError([Problem(label, last + len(recs) + 1, None,
                                              f"broken CSV: {_csv_reason(exc)}")]) from None
                if not recs:
                    return
                rows = list(range(last + 1, last + 1 + len(recs)))
                last += len(recs)
                extra: list[tuple[int, int]] = []
                # a blank or a ragged row makes the block take the row-by-row path
                regular = set(map(len, recs)) == {width} and "" not in map(str.strip, map("".join, recs))
                if not regular:
                    rows, recs, extra = _regular(rows, recs, width)
                if rows or extra:
                    columns = list(zip(*recs, strict=True)) if recs else [()] * width
                    yield RawBlock(rows, {h: list(columns[i]) for h, i in column_of.items()}, extra, text=regular)
        finally:
            text.close()

    # one by one (a dump's rows), from blocks of a size that keeps little in memory
    return TableData(label, p.stem, headers, _rows_of(blocks(1024)), enc, size, lambda: counter.count, blocks,
                     skipped, at + 1)


LINE_SAFE = ("utf-8", "utf-8-sig", "gb18030")  # encodings in which a newline byte is always a newline


def _undecodable_row(p: Path, enc: str, delimiter: str) -> tuple[int, str]:
    """The row that holds a CSV file's first byte that is not ``enc`` text,
    and why. The text stream decodes ahead of the record being read, so the
    reader's position does not tell the row; read again, one line decoded
    each time the csv module asks for one, it does (a newline byte never
    occurs inside a character of UTF-8 or GB18030)."""
    done, failure = 0, None  # rows read whole; (row, reason) once a line fails

    def lines() -> Iterator[str]:
        nonlocal failure
        with p.open("rb") as fh:
            for raw in fh:
                try:
                    yield raw.decode(enc)
                except UnicodeDecodeError as exc:
                    failure = (done + 1, exc.reason)
                    return

    try:
        for _ in csv.reader(lines(), delimiter=delimiter):
            done += 1
    except csv.Error:
        pass
    return failure or (done + 1, "cannot decode")


def _regular(rows: list[int], recs: list[list[str]], width: int) -> tuple[list[int], list[list[Any]], list[tuple[int, int]]]:
    """Records made ``width`` cells long: blank ones dropped, short ones
    padded with :data:`MISSING`, long ones cut where the extra cells are
    blank and otherwise set apart (row number, how many more cells)."""
    kept_rows, kept, extra = [], [], []
    for row, rec in zip(rows, recs, strict=True):
        if not "".join(rec).strip():
            continue
        if len(rec) > width:
            if any(c.strip() for c in rec[width:]):
                extra.append((row, len(rec) - width))
                continue
            rec = rec[:width]
        elif len(rec) < width:
            rec = rec + [MISSING] * (width - len(rec))
        kept_rows.append(row)
        kept.append(rec)
    return kept_rows, kept, extra


@contextmanager
def _sizes_from_sheet_heads() -> Iterator[None]:
    """openpyxl, opening a workbook read-only, reads each sheet's size from
    its ``<dimension>`` element, parsing the sheet until that element or
    the *end* of its data: a sheet without one (as openpyxl's own
    write-only mode writes them, and so xietong's XLSX export) is parsed
    whole once before its rows are read at all. The element, where there
    is one, comes before the data (the schema orders them so), so while a
    workbook is opened here the search stops where the data starts: the
    same sizes, and a 240,000-row export no longer parsed twice."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
    from openpyxl.worksheet.dimensions import SheetDimension
    from openpyxl.xml.functions import iterparse

    def size(ws: Any) -> None:
        with ws._get_source() as src:
            for _event, element in iterparse(src, events=("start",)):
                if element.tag == DIMENSION_TAG:
                    ws._min_column, ws._min_row, ws._max_column, ws._max_row = SheetDimension.from_tree(element).boundaries
                    return
                if element.tag == DATA_TAG:
                    return

    own = ReadOnlyWorksheet._get_size
    ReadOnlyWorksheet._get_size = size
    try:
        yield
    finally:
        ReadOnlyWorksheet._get_size = own


def _rows_of(blocks: Iterator[RawBlock]) -> Iterator[tuple[int, dict[str, Cell]]]:
    """The rows of ``blocks`` one by one, in row order; a row with extra cells as ``{EXTRA: how many}``."""
    for block in blocks:
        rows = [(n, block.row(i)) for i, n in enumerate(block.rows)]
        rows += [(n, {EXTRA: str(k)}) for n, k in block.extra]
        yield from sorted(rows, key=lambda r: r[0]) if block.extra else rows


def _read_xlsx(p: Path, label: str, size: int) -> list[TableData]:
    return _workbook_tables(label, size, xlsx_sheets(p, label))


def _read_xls(p: Path, label: str, size: int) -> list[TableData]:
    return _workbook_tables(label, size, xls_sheets(p.read_bytes(), label))


Sheets = Iterator[tuple[str, Iterator[list[str]]]]


def xlsx_sheets(source: Path | IO[bytes], label: str) -> Sheets:
    """An XLSX workbook's sheets, each its name and its records as text, a cell as its number format
    shows it (a date shown as a month read as a month); raises :class:`InputError` naming ``label``
    for a workbook that cannot be read."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with _sizes_from_sheet_heads():
            wb = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise InputError([Problem(label, None, None, f"not a readable XLSX workbook: {exc}")]) from None
    except Exception as exc:  # zipfile.BadZipFile and friends
        raise InputError([Problem(label, None, None, f"not a readable XLSX workbook: {exc}")]) from None
    return ((ws.title, filled_down(([_xlsx_cell(c.value, getattr(c, "number_format", "General")) for c in rec]
                                    for rec in ws.iter_rows()), _xlsx_merged_down(ws)))
            for ws in wb.worksheets)


# a merged range in a sheet's XML (after its data, as the schema orders them): <mergeCell ref="B3:B8"/>
_MERGE_CELL = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _xlsx_merged_down(ws: Any) -> list[tuple[int, int, int]]:
    """The ranges of a read-only sheet whose cells are merged down several rows, as (first row, last
    row, column), counted from 0 at the sheet's first row. openpyxl reads no merged cells read-only;
    their list follows the data, so the sheet's XML is scanned for it (decompressed once, nothing
    parsed: a 200,000-row sheet in a fraction of a second)."""
    from openpyxl.utils.cell import column_index_from_string

    first = getattr(ws, "min_row", 1) or 1
    found: list[tuple[int, int, int]] = []
    tail = b""
    try:
        with ws._get_source() as src:
            while chunk := src.read(1 << 20):
                text = tail + chunk
                found += [(int(r1) - first, int(r2) - first, column_index_from_string(c1.decode()) - 1)
                          for c1, r1, _c2, r2 in _MERGE_CELL.findall(text) if int(r2) > int(r1)]
                cut = text.rfind(b"<")  # a tag cut at the chunk's end is read whole with the next
                tail = text[cut:] if cut >= len(text) - 200 else b""
    except (AttributeError, OSError, KeyError):  # not a sheet read from a file (a chart sheet, say)
        return []
    return sorted(set(found))


def filled_down(records: Iterator[list[str]], merged: list[tuple[int, int, int]]) -> Iterator[list[str]]:
    """``records`` with each range merged down several rows (first row, last row, column; counted from
    0) filled: the value its first cell holds stands in each row it spans, as the reader sees it (a
    roster's 职务 merged over the rows of its vice chairs, an alliance's name over its members').
    Ranges merged across columns within one row (a title, a heading over columns) are left as they
    are, as a header is read from them.

    >>> list(filled_down(iter([["甲", "理事长单位"], ["乙", "副理事长单位"], ["丙", ""], ["丁", ""]]), [(1, 3, 1)]))
    [['甲', '理事长单位'], ['乙', '副理事长单位'], ['丙', '副理事长单位'], ['丁', '副理事长单位']]
    """
    if not merged:
        yield from records
        return
    starts: dict[int, list[tuple[int, int]]] = {}
    for r1, r2, c in merged:
        starts.setdefault(r1, []).append((r2, c))
    open_: dict[int, tuple[int, str]] = {}  # column -> (last row, value) of a range under way
    for i, rec in enumerate(records):
        for c, (last, value) in list(open_.items()):
            if i > last:
                del open_[c]
            elif not (rec[c].strip() if c < len(rec) else ""):
                rec = rec + [""] * (c + 1 - len(rec)) if c >= len(rec) else rec
                rec[c] = value
        for last, c in starts.get(i, ()):
            if c < len(rec) and rec[c].strip():
                open_[c] = (last, rec[c])
        yield rec


def xls_sheets(data: bytes, label: str) -> Sheets:
    """An old Excel 97-2003 workbook's sheets (.xls, as Chinese offices and WPS still save them), as
    :func:`xlsx_sheets` gives an XLSX's. The format holds at most 65,536 rows a sheet, so it is read
    whole."""
    import xlrd

    try:  # xlrd writes what it finds odd to its log, standard output unless told: a JSON report would break
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=io.StringIO())
    except Exception as exc:  # a damaged workbook fails anywhere in xlrd's parsing (struct.error, OverflowError …)
        raise InputError([Problem(label, None, None, f"not a readable XLS workbook: {exc}")]) from None

    def cell(c: Any) -> str:
        if c.ctype == xlrd.XL_CELL_DATE:
            try:  # the format the cell is shown in, as an XLSX's number format
                fmt = book.format_map[book.xf_list[c.xf_index].format_key].format_str
            except (IndexError, KeyError, TypeError):
                fmt = "General"
            try:
                return _xlsx_cell(xlrd.xldate_as_datetime(c.value, book.datemode), fmt)
            except (ValueError, OverflowError):
                return str(c.value)
        if c.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
            return ""
        return _xlsx_cell(bool(c.value) if c.ctype == xlrd.XL_CELL_BOOLEAN else c.value)

    return ((sh.name, filled_down(([cell(c) for c in sh.row(r)] for r in range(sh.nrows)),
                                  [(r1, r2 - 1, c1) for r1, r2, c1, _c2 in sh.merged_cells if r2 - r1 > 1]))
            for sh in book.sheets())


def _workbook_tables(label: str, size: int, sheets: Iterable[tuple[str, Iterator[list[str]]]]) -> list[TableData]:
    """The tables of a workbook's sheets, each given by its name and its records as text: a sheet
    with no header row is passed over, and a workbook with none is refused."""
    tables: list[TableData] = []
    for title, it in sheets:
        first = list(islice(it, TITLE_ROWS))
        if not first:
            continue
        at, headers, skipped, ahead = _head(first)
        while headers and not headers[-1]:
            headers.pop()
        if not headers:
            continue

        def rows(it: Any = chain(ahead, it), headers: list[str] = headers,
                 start: int = at + 2) -> Iterator[tuple[int, dict[str, Cell]]]:
            for n, cells in enumerate(it, start=start):
                if not any(c.strip() for c in cells):
                    continue
                yield n, dict(zip(headers, cells, strict=False))

        tables.append(TableData(label, title, headers, rows(), None, size, skipped=skipped, header=at + 1))
    if not tables:
        raise InputError([Problem(label, None, None, "empty workbook (no sheet has a header row)")])
    return tables


MAX_SPAN = 1000  # rows or columns a page's cell may span, at most (a typo of 10000 makes no table that large)


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    """A cell's ``rowspan`` or ``colspan``: a whole number from 1 to MAX_SPAN, else 1."""
    value = dict(attrs).get(name) or ""
    return min(int(value), MAX_SPAN) if value.strip().isdigit() and int(value) > 0 else 1


class _HtmlTables(HTMLParser):
    """The tables of a web page: each a list of rows of cell texts, with the text just before it
    (its caption, else the last heading or paragraph) for a name. A table inside a cell is read
    as that cell's text. A cell spanning columns or rows stands in each of them, as Word's merged
    cells do: a member list grouped by role (类别 spanning its group's rows) keeps every row's
    cells under their own columns."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[tuple[str | None, list[list[str]]]] = []
        self._depth = 0  # tables open
        self._rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._caption: list[str] | None = None
        self._text: list[str] = []  # text outside tables, since the last block began
        self._before: str | None = None  # the last block of text outside tables
        self._skip = 0
        self._spans: dict[int, list[Any]] = {}  # column -> [rows still to stand in, text] of cells spanning rows
        self._cell_span = (1, 1)  # the open cell's rowspan and colspan

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        if tag in ("script", "style", "noscript", "template"):
            self._skip += 1
        elif tag == "table":
            self._depth += 1
            if self._depth == 1:
                self._block()
                self._rows = []
        elif self._depth == 1 and tag == "tr":
            self._end_row()
            self._rows.append([])
        elif self._depth == 1 and tag in ("td", "th"):
            self._cell = []
            self._cell_span = (_span(attrs, "rowspan"), _span(attrs, "colspan"))
        elif self._depth == 1 and tag == "caption":
            self._caption = []
        elif self._depth == 0 and tag in ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "br", "li"):
            self._block()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag == "table" and self._depth:
            self._depth -= 1
            if self._depth == 0:
                self._end_row()
                self._spans = {}
                caption = " ".join("".join(self._caption or []).split()) or self._before
                self.tables.append((caption, [r for r in self._rows if r]))
                self._caption, self._before = None, None
        elif self._depth == 1 and tag in ("td", "th") and self._cell is not None:
            if self._rows:
                row, text = self._rows[-1], " ".join("".join(self._cell).split())
                self._spanned(row)
                rowspan, colspan = self._cell_span
                for col in range(len(row), len(row) + colspan):
                    row.append(text)
                    if rowspan > 1:
                        self._spans[col] = [rowspan - 1, text]
            self._cell = None
        elif self._depth == 1 and tag == "tr":
            self._end_row()
        elif self._depth == 1 and tag == "caption":
            self._caption = self._caption or []

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._depth == 0:
            self._text.append(data)
        elif self._caption is not None and self._cell is None:
            self._caption.append(data)
        elif self._cell is not None:
            self._cell.append(data)

    def _spanned(self, row: list[str]) -> None:
        """Cells spanning rows from above that stand where ``row`` goes on."""
        while len(row) in self._spans:
            span = self._spans[len(row)]
            row.append(span[1])
            span[0] -= 1
            if span[0] == 0:
                del self._spans[len(row) - 1]

    def _end_row(self) -> None:
        """The row's end: cells spanning rows from above stand in the columns after its own, once."""
        row = self._rows[-1] if self._rows else None
        while row is not None and self._spans and len(row) <= max(self._spans):
            if len(row) in self._spans:
                self._spanned(row)
            else:
                row.append("")

    def _block(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self._before = text
        self._text = []


def _read_html(p: Path, label: str, sample: bytes, size: int) -> list[TableData]:
    """The tables of a saved web page (a member list published on a site), each named by its
    caption or the line above it, as a Word document's are."""
    parser = _HtmlTables()
    parser.feed(_decode_all(p, label, sample))
    parser.close()
    tables = _named_tables(label, size, parser.tables)
    if not tables:
        raise InputError([Problem(label, None, None, "no table in this page: import reads tables "
                                  "(to read alliances out of its text, use xietong extract)")])
    return tables


def _named_tables(label: str, size: int, found: list[tuple[str | None, list[list[str]]]]) -> list[TableData]:
    """Tables of a document or a page (each its caption or the line above it, and its rows of
    cells) as tables to import: the header row found as a sheet's is, under a title row; rows
    numbered as the table's, each with its page where the rows were read off pages (a PDF's:
    :class:`xietong.ingest.pdf_tables.PagedRows`); a name a second table repeats is numbered."""
    tables: list[TableData] = []
    for caption, records in found:
        name = caption if caption and len(caption) <= 40 else f"表{len(tables) + 1}"
        if not records:
            continue
        at, headers, skipped, _ahead = _head(records[:TITLE_ROWS])
        while headers and not headers[-1]:
            headers.pop()
        if not headers:
            continue

        def rows(records: list[list[str]] = records, headers: list[str] = headers,
                 at: int = at) -> Iterator[tuple[int, dict[str, Cell]]]:
            for n, cells in enumerate(records[at + 1:], start=at + 2):
                if any(c.strip() for c in cells):
                    yield n, dict(zip(headers, cells, strict=False))

        if any(t.name == name for t in tables):
            name = f"{name} ({len(tables) + 1})"
        tables.append(TableData(label, name, headers, rows(), None, size, skipped=skipped, header=at + 1,
                                pages=getattr(records, "pages", None)))
    return tables


def docx_blocks(source: str | os.PathLike[str] | IO[bytes]) -> Iterator[str | list[list[str]]]:
    """A Word document's paragraphs (their text) and tables (rows of cell texts, white space
    collapsed; cells merged across columns repeat their text), in the order they stand."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = docx.Document(str(source) if isinstance(source, (str, os.PathLike)) else source)
    for block in d.element.body.iterchildren():
        if block.tag.endswith("}p"):
            yield Paragraph(block, d).text
        elif block.tag.endswith("}tbl"):
            yield [[" ".join(c.text.split()) for c in row.cells] for row in Table(block, d).rows]


def _read_docx(p: Path, label: str, size: int) -> list[TableData]:
    """The tables of a Word document: a member list is often kept as one. Each is named by the
    paragraph just above it ("京津冀某某联盟成员单位名单"), else 表1, 表2 …; its header row is found as
    a sheet's is, under a title row."""
    try:
        found = _captioned(docx_blocks(p))
    except Exception as exc:  # not a zip, a zip of something else, a damaged document
        raise InputError([Problem(label, None, None, f"not a readable DOCX document: {exc}")]) from None
    return _document_tables(label, size, found)


def _read_doc(p: Path, label: str, size: int) -> list[TableData]:
    """The tables of an old Word document (.doc, Word 97-2003, or WPS's .wps saved as one), as a
    DOCX's are read (:mod:`xietong.text.worddoc`)."""
    try:
        found = _captioned(doc_blocks(p.read_bytes()))
    except ValueError as exc:  # protected, damaged, or an old Excel or PowerPoint file
        raise InputError([Problem(label, None, None, str(exc))]) from None
    return _document_tables(label, size, found)


def _read_pdf(p: Path, label: str, size: int, pages: Callable[[int, int], None] | None = None) -> list[TableData]:
    """The ruled tables of a PDF, as a Word document's are read: a member list is often published as
    a PDF attachment (:mod:`xietong.ingest.pdf_tables`)."""
    from xietong.ingest.pdf_tables import PdfTablesError, pdf_blocks

    try:
        found = _captioned(pdf_blocks(p, pages))
    except PdfTablesError as exc:
        raise InputError([Problem(label, None, None, str(exc))]) from None
    return _document_tables(label, size, found, "no table drawn with lines in this PDF: import reads tables "
                            "(to read alliances out of its text, use xietong extract)")


class PagedRows(list):  # type: ignore[type-arg]
    """A table's rows (lists of cell texts) read off pages, with ``pages``: the page each row stands on."""

    def __init__(self, rows: list[list[str]], pages: list[int]):
        super().__init__(rows)
        self.pages = pages


def _captioned(blocks: Iterable[str | list[list[str]]]) -> list[tuple[str | None, list[list[str]]]]:
    """A document's tables, each with the paragraph just above it, its caption."""
    found: list[tuple[str | None, list[list[str]]]] = []
    caption: str | None = None
    for block in blocks:
        if isinstance(block, str):
            caption = " ".join(block.split()) or caption
        else:
            rows = [[" ".join(c.split()) for c in row] for row in block]
            pages = getattr(block, "pages", None)  # a PDF's table: the page of each row
            found.append((caption, rows if pages is None else PagedRows(rows, pages)))
            caption = None
    return found


def _document_tables(label: str, size: int, found: list[tuple[str | None, list[list[str]]]],
                     none: str = "no table in this document: import reads tables "
                             "(to read alliances out of its text, use xietong extract)") -> list[TableData]:
    tables = _named_tables(label, size, found)
    if not tables:
        raise InputError([Problem(label, None, None, none)])
    return tables


def _decode_all(p: Path, label: str, sample: bytes) -> str:
    enc = detect_encoding(p, sample)
    try:
        return p.read_bytes().decode(enc)
    except UnicodeDecodeError as exc:
        raise InputError([Problem(label, None, None, f"not valid {enc} text: {exc.reason}")]) from None


def _records_table(label: str, name: str, records: list[Any]) -> TableData:
    """A table of JSON records held whole (numbered from 1)."""
    return TableData(label, name, _fields(records) or [], _record_rows(label, enumerate(records, start=1)))


def _fields(records: Iterable[Any]) -> list[str] | None:
    """Every field any of the JSON ``records`` has, in the order first met; None where there is no record at all."""
    headers: list[str] = []
    seen: set[str] = set()
    found = False
    for rec in records:
        found = True
        if isinstance(rec, dict) and not seen.issuperset(rec):
            headers.extend(k for k in rec if k not in seen)
            seen.update(rec)
    return headers if found else None


# what every record `xietong extract --json` prints holds, and no table of facts does
PROPOSAL_KEYS = frozenset({"alliance", "evidence", "mentions"})


def _first_line_record(text: str) -> Any:
    r"""The JSON value on the first line of ``text``, where it parses; else None (JSON Lines saved as .json).

    >>> _first_line_record('{"a": 1}\n{"a": 2}\n'), _first_line_record("[\n")
    ({'a': 1}, None)
    """
    try:
        return json.loads(text.lstrip().partition("\n")[0])
    except json.JSONDecodeError:
        return None


def _refuse_proposals(label: str, doc: Any) -> None:
    """Refuse a file of what `xietong extract --json` prints, saying what to do instead: its records are
    proposals read from a text, which become facts only through review, not rows of a table (read as
    one, its list of members would be taken for their count).

    >>> _refuse_proposals("a.json", {"name": "京津冀某联盟"})  # a table's record passes
    >>> _refuse_proposals("a.json", [{"alliance": "京津冀某联盟", "evidence": {}, "mentions": []}])
    Traceback (most recent call last):
    xietong.ingest.problems.InputError: a.json:1: ...
    """
    first = doc[0] if isinstance(doc, list) and doc else doc
    if isinstance(first, dict) and PROPOSAL_KEYS <= first.keys():
        raise InputError([Problem(label, 1, None, "this is what `xietong extract --json` prints, proposals read from "
                                  "a text, not a table to import: store them for review with `xietong extract "
                                  "TEXT --commit`, then accept them with `xietong review`")])


def _unless_proposals(label: str, records: Iterator[Any]) -> Iterator[Any]:
    """``records``, refused at the first if it is a proposal (see :func:`_refuse_proposals`): the first
    line of a file holds the whole record only where the record is short and on one line."""
    for n, rec in enumerate(records):
        if n == 0:
            _refuse_proposals(label, rec)
        yield rec


def _record_rows(label: str, numbered: Iterable[tuple[int, Any]]) -> Iterator[tuple[int, dict[str, Cell]]]:
    """Numbered JSON records as rows of cells; a record that is not an object is refused at its number."""
    for n, rec in numbered:
        if not isinstance(rec, dict):
            raise InputError([Problem(label, n, None, "expected an object with named fields")])
        yield n, {k: v if type(v) is str else json_cell(v) for k, v in rec.items()}


def _read_json(p: Path, label: str, sample: bytes, size: int, headers: list[str] | None = None) -> list[TableData]:
    """A JSON document: an array of records (streamed, see
    :func:`_read_json_array`, when it is UTF-8), or an object of such
    arrays, one table each (read whole)."""
    enc = detect_encoding(p, sample)
    if enc in ("utf-8", "utf-8-sig") and sample.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
        return [_read_json_array(p, label, sample, size, enc, headers)]
    return _read_json_whole(p, label, sample)


def _read_json_array(p: Path, label: str, sample: bytes, size: int, enc: str,
                     headers: list[str] | None) -> TableData:
    """A JSON array of records, streamed by ijson's incremental parser: a
    record is parsed as its row is taken, never the array whole (a million
    membership records held whole took 1.4 GB in each process of an
    import). The headers, every field any record has, come from a first
    pass unless given (as they are to the process reading ahead). A file
    that is not well-formed JSON is read whole once more, so its problem is
    said with the line and column the standard parser gives."""
    import ijson

    skip = 3 if enc == "utf-8-sig" else 0  # ijson reads no byte-order mark

    def records(read: list[int]) -> Iterator[Any]:
        with p.open("rb") as fh:
            fh.seek(skip)
            for rec in ijson.items(fh, "item", use_float=True):
                read[0] = fh.tell()
                yield rec

    if headers is None:
        try:
            headers = _fields(_unless_proposals(label, records([0])))
        except ijson.JSONError:
            _read_json_whole(p, label, sample)  # raises, saying where
            raise
        if headers is None:
            raise InputError([Problem(label, None, None, "empty JSON array: no records")])
    read = [0]  # bytes read so far, for progress
    rows = _record_rows(label, enumerate(records(read), start=1))
    return TableData(label, p.stem, headers, rows, enc, size, lambda: read[0])


def _read_json_whole(p: Path, label: str, sample: bytes) -> list[TableData]:
    text = _decode_all(p, label, sample)
    if not text.strip():
        raise InputError([Problem(label, None, None, "empty file")])
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        _refuse_proposals(label, _first_line_record(text))  # what `extract --json` prints, saved as .json
        raise InputError([Problem(label, exc.lineno, None, f"broken JSON: {exc.msg} (column {exc.colno})")]) from None
    _refuse_proposals(label, doc)
    if isinstance(doc, list):
        if not doc:
            raise InputError([Problem(label, None, None, "empty JSON array: no records")])
        return [_records_table(label, p.stem, doc)]
    if isinstance(doc, dict):
        tables = [
            _records_table(label, key, value)
            for key, value in doc.items()
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
        ]
        if tables:
            return tables
    raise InputError([Problem(label, None, None, "expected a JSON array of objects, or an object of such arrays")])


def _read_jsonl(p: Path, label: str, sample: bytes, size: int, headers: list[str] | None = None) -> TableData:
    """A JSON Lines file, streamed: its records are read as its rows are
    taken, never held all at once (a million membership records held whole
    took 1.4 GB in each of the two processes of an import). Its headers
    are every field any record has, so unless they are given (the process
    reading ahead is given those the importing process found) the file is
    read through once first for them, which also finds a broken line or
    undecodable bytes before anything is imported."""
    enc = detect_encoding(p, sample)
    if headers is None:
        headers = _fields(_unless_proposals(label, (rec for _, rec in _json_lines(p, label, enc, [0]))))
        if headers is None:
            raise InputError([Problem(label, None, None, "empty file")])
    read = [0]  # bytes read so far, for progress
    return TableData(label, p.stem, headers, _record_rows(label, _json_lines(p, label, enc, read)), enc, size,
                     lambda: read[0])


def _json_lines(p: Path, label: str, enc: str, read: list[int]) -> Iterator[tuple[int, Any]]:
    """Each record of a JSON Lines file and its line number, parsed as it is
    read; ``read[0]`` counts the bytes read. Lines end at a newline only (a
    record's text may hold U+2028 and other characters that Python's
    ``splitlines`` would also split at). In an encoding where a newline byte
    is always a newline each line is decoded on its own, so undecodable
    bytes are said at their very line."""
    line_safe = enc in LINE_SAFE
    n = 0
    with p.open("rb") as fh:
        lines: Iterator[Any] = iter(fh) if line_safe else iter(io.TextIOWrapper(fh, encoding=enc, newline=None))
        try:
            for n, line in enumerate(lines, start=1):
                if line_safe:
                    read[0] += len(line)
                    line = line.decode(enc)
                else:
                    read[0] = fh.tell()
                if not line.strip():
                    continue
                try:
                    yield n, json.loads(line.rstrip("\r\n"))  # an error's column is then on this line
                except json.JSONDecodeError as exc:
                    raise InputError([Problem(label, n, None, f"broken JSON: {exc.msg} (column {exc.colno})")]) from None
        except UnicodeDecodeError as exc:
            raise InputError([Problem(label, n if line_safe else n + 1, None, f"not valid {enc} text: {exc.reason}")]) from None
