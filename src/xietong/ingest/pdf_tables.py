"""The ruled tables of a PDF, read as a Word document's are: a member list published as a PDF
attachment (附件：X联盟成员单位名单.pdf) is a table drawn with lines, often running over several
pages, its header row repeated on each.

pdfplumber finds a table by its ruling lines and each cell's text by where it stands. What a
reader of the page sees, this gives too:

* a cell's text wrapped over lines reads as one (理事长单\\n位 is 理事长单位; words of Latin
  letters keep a space between them);
* a cell merged over rows or columns stands in each row and column it covers (a 职务 cell
  spanning five rows is each of the five members' role), as a merged cell of a sheet is;
* a table that ends one page and goes on at the top of the next, with nothing between but the
  page's number, is one table; the header row repeated on the new page is left out, and a row
  broken by the page (as Word lets a row break across pages) is one row again: its part on the
  first page has no line under it, and that part's cells and their rest on the next page are
  joined, each to its own.

Each row keeps the page it stands on (a broken row, the page it begins on), so that a fact or
a problem read from it names its page as well as its row.

A table is told by its lines; a list set out with spaces alone (no lines) is not found. A scan
(pictures of pages, no text) holds no table to read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from xietong.ingest.readers import PagedRows
from xietong.text.documents import PAGE_NUMBER

_CJK_EDGE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


class PdfTablesError(ValueError):
    """A PDF that cannot be read for tables, and why (the message is said to the reader)."""


@dataclass
class _Table:
    rows: list[list[str]]
    page: int  # the page it ends on
    open_below: bool = False  # no line under its last row: the page broke the row, which goes on overleaf
    width: int = field(init=False)
    pages: list[int] = field(init=False)  # the page each row stands on

    def __post_init__(self) -> None:
        self.width = len(self.rows[0]) if self.rows else 0
        self.pages = [self.page] * len(self.rows)


def unwrap(text: str | None) -> str:
    """A cell's text with the lines it wraps over joined: with nothing between two Chinese
    characters (or full-width signs), with a space otherwise.

    >>> unwrap("理事长单\\n位"), unwrap("Beijing Institute of\\nTechnology"), unwrap("北京某某\\n（集团）有限公司")
    ('理事长单位', 'Beijing Institute of Technology', '北京某某（集团）有限公司')
    >>> unwrap(None), unwrap("  甲 \\n ")
    ('', '甲')
    """
    out = ""
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if out and not (_CJK_EDGE.match(out[-1]) or _CJK_EDGE.match(line[0])):
            out += " "
        out += line
    return out


def _filled(table: object) -> list[list[str]]:
    """The rows of a pdfplumber table, each cell's text unwrapped and a merged cell's text in every
    row and column it covers. pdfplumber leaves None where a merged cell covers the place of one;
    the cell covering it is found by its box: the cell above it, when that one reaches down into
    this row, else the cell to its left."""
    rows = table.rows  # type: ignore[attr-defined]
    texts = table.extract()  # type: ignore[attr-defined]
    grid: list[list[str]] = []
    boxes: list[list[tuple[float, float, float, float] | None]] = []
    for r, (row, cells) in enumerate(zip(rows, texts, strict=True)):
        top = min((b[1] for b in row.cells if b is not None), default=None)
        line: list[str] = []
        line_boxes: list[tuple[float, float, float, float] | None] = []
        for c, (box, text) in enumerate(zip(row.cells, cells, strict=True)):
            if box is not None:
                line.append(unwrap(text))
                line_boxes.append(box)
                continue
            above = boxes[r - 1][c] if r and c < len(boxes[r - 1]) else None
            if above is not None and top is not None and above[3] > top + 0.5:
                line.append(grid[r - 1][c])
                line_boxes.append(above)
            elif c and line_boxes[c - 1] is not None:
                line.append(line[c - 1])
                line_boxes.append(line_boxes[c - 1])
            else:
                line.append("")
                line_boxes.append(None)
        grid.append(line)
        boxes.append(line_boxes)
    return grid


def pdf_blocks(path: str | Path, pages: Callable[[int, int], None] | None = None) -> Iterator[str | PagedRows]:
    """A PDF's lines of text and its ruled tables (rows of cell texts, with the page of each), in the order they stand,
    page after page, a table continued over pages joined into one (see the module's note);
    ``pages`` is told (pages read, pages in all) after each page.
    Raises :class:`PdfTablesError` for a file that is not a readable PDF, is protected by a
    password, or has no text at all (a scan)."""
    import logging

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings on odd but readable files are not the reader's
    blocks: list[str | _Table] = []
    any_text = False
    try:
        with pdfplumber.open(str(path)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                any_text = any_text or bool(page.chars)
                tables = sorted(page.find_tables(_page_edges(page)), key=lambda t: t.bbox[1])
                placed: list[tuple[float, str | _Table]] = [
                    (t.bbox[1], _Table(_filled(t), number, not _ruled_at(page, t.bbox, t.bbox[3]))) for t in tables]
                for line in page.extract_text_lines():
                    middle = (line["top"] + line["bottom"]) / 2
                    if not any(t.bbox[1] <= middle <= t.bbox[3] for t in tables):
                        placed.append((line["top"], " ".join(line["text"].split())))
                placed.sort(key=lambda p: p[0])
                blocks += [b for _, b in placed]
                page.close()  # its characters and lines, cached as it was read: a long list is read a page at a time
                if pages is not None:
                    pages(number, len(pdf.pages))
    except Exception as exc:  # pdfminer raises many kinds on a damaged or foreign file; pdfplumber wraps them
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise PdfTablesError("the PDF is protected by a password; save it without one, or copy its text") from None
        raise PdfTablesError(f"not a readable PDF file: {cause.__class__.__name__} {cause}".strip()) from None
    if not any_text:
        raise PdfTablesError("no text in this PDF: its pages are pictures (a scan); import reads tables of text "
                             "(a scan's text is read by xietong extract)")
    yield from _joined(blocks)


def _page_edges(page: object) -> dict[str, list[float]]:
    """Table settings that close a row a page break leaves open: lines across the page where its
    ruling begins and ends, so the part of a broken row on either side of the break is a row too."""
    upright = [e for e in page.edges if e["orientation"] == "v"]  # type: ignore[attr-defined]
    if not upright:
        return {}
    return {"explicit_horizontal_lines": [min(e["top"] for e in upright), max(e["bottom"] for e in upright)]}


def _ruled_at(page: object, box: tuple[float, float, float, float], y: float) -> bool:
    """Whether lines of the page run along ``y`` under most of the width of the table at ``box`` (one
    line, or a line under each cell, as many producers draw a cell's borders)."""
    under = sum(min(e["x1"], box[2]) - max(e["x0"], box[0]) for e in page.edges  # type: ignore[attr-defined]
                if e["orientation"] == "h" and abs(e["top"] - y) < 2 and e["x1"] > box[0] and e["x0"] < box[2])
    return under > (box[2] - box[0]) / 2


def _glued(first: list[str], rest: list[str]) -> list[str]:
    """A row broken by a page: each cell's part before the break joined to its rest after it.

    >>> _glued(["28", "测试机构028有限", ""], ["", "公司", "成员单位"])
    ['28', '测试机构028有限公司', '成员单位']
    """
    return [unwrap(f"{a}\n{b}") for a, b in zip(first, rest, strict=True)]


def _joined(blocks: list[str | _Table]) -> Iterator[str | PagedRows]:
    """``blocks`` with each table that goes on over a page joined to where it began: a table opening
    a page, as wide as the table that closed the page before, with only page numbers between."""
    last: _Table | None = None
    between: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            between.append(block)
            continue
        if (last is not None and block.page == last.page + 1 and block.width == last.width and block.rows
                and all(PAGE_NUMBER.match(s) for s in between)):
            rows = block.rows[1:] if block.rows[0] == last.rows[0] else block.rows
            if last.open_below and rows:
                last.rows[-1] = _glued(last.rows[-1], rows[0])  # on the page it begins on
                rows = rows[1:]
            last.rows.extend(rows)
            last.pages.extend([block.page] * len(rows))
            last.page, last.open_below = block.page, block.open_below
            between = []
            continue
        if last is not None:
            yield PagedRows(last.rows, last.pages)
        yield from between
        last, between = block, []
    if last is not None:
        yield PagedRows(last.rows, last.pages)
    yield from between
