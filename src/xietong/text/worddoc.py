"""Old Word documents (.doc, Word 97-2003, and WPS's .wps saved the same way): their text.

Government offices still keep and send many documents so; DOCX is read by python-docx, which
cannot read these. A .doc is an OLE compound file (read by olefile); its ``WordDocument``
stream begins with the File Information Block, which says where the piece table lies in the
table stream (``0Table`` or ``1Table``). The piece table maps the document's characters to
where they are stored: runs of UTF-16 (Chinese text always) or of one byte each (Latin text
saved compressed, in Windows-1252). Only the main document is read, not its headers, footnotes
or comments. Field codes (a hyperlink's or a page number's instructions) are left out and
their results kept; a table's cells are parted by tabs, its rows by lines, as
:mod:`xietong.text.labelled` reads tables.

The format is Microsoft's published [MS-DOC] specification; no package on PyPI reads a .doc's
text without a converter program (antiword, LibreOffice) beside it.
"""

from __future__ import annotations

import bisect
import io
import re
import struct
from collections.abc import Iterator
from typing import Any

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUFFIXES = (".doc", ".wps", ".dot")  # Word 97-2003 documents and templates, and WPS's own saved as them

_FIB_IDENT = 0xA5EC
_FLAGS, _CCP_TEXT, _FC_CLX, _LCB_CLX = 0x0A, 0x4C, 0x1A2, 0x1A6
_ENCRYPTED, _TABLE_1 = 0x0100, 0x0200
_CELL, _PARAGRAPH = "\x07", "\r"
ROW_END = "\uffff"  # a row's end mark, told apart from a cell's (a noncharacter: never in a document's text)
CELL_PARAGRAPH = "\ufffe"  # a paragraph's end inside a table's cell, told apart from one outside (so too)


def is_ole(data: bytes) -> bool:
    """Whether ``data`` is an OLE compound file (a .doc, .wps, .xls or .ppt of before 2007)."""
    return data[:8] == OLE_MAGIC


def doc_text(data: bytes) -> tuple[str, str | None]:
    """A Word 97-2003 document's main text and its title (from its summary information, when
    set): paragraphs as lines, a table's rows as lines of cells parted by tabs. Raises
    ``ValueError`` with the reason for what cannot be read: another kind of OLE file, a
    password-protected or damaged document."""
    raw, title = _main_text(data)
    lines = [line for block in blocks(raw)
             for line in ([block] if isinstance(block, str) else ["\t".join(c.replace("\n", " ") for c in row) for row in block])]
    text = "\n".join(lines)
    if not text.strip():
        raise ValueError("no text in this Word document")
    return text, title


def doc_blocks(data: bytes) -> list[str | list[list[str]]]:
    """A Word 97-2003 document's paragraphs and tables (rows of cell texts), in the order they
    stand, as :func:`xietong.ingest.readers.docx_blocks` gives a DOCX's: a member list kept in an
    old Word file is imported as one kept in a new one. Raises ``ValueError`` as :func:`doc_text`."""
    return list(blocks(_main_text(data)[0]))


def _main_text(data: bytes) -> tuple[str, str | None]:
    """The document's main text as stored, with Word's marks (a table row's own end mark made
    :data:`ROW_END`, a paragraph's end in a cell :data:`CELL_PARAGRAPH`, see :func:`_table_marks`),
    and its title."""
    import olefile

    try:
        return _read_main_text(olefile.OleFileIO(io.BytesIO(data)))
    except OSError as exc:  # olefile says a damaged file so, opening it or a stream of it
        raise ValueError(f"not a readable Word document: {exc}") from None


def _read_main_text(ole: Any) -> tuple[str, str | None]:
    with ole:
        if not ole.exists("WordDocument"):
            raise ValueError("an OLE file with no Word document in it (an old Excel or PowerPoint file?)")
        word = ole.openstream("WordDocument").read()
        if len(word) < _LCB_CLX + 4 or struct.unpack_from("<H", word, 0)[0] != _FIB_IDENT:
            raise ValueError("not a readable Word document: its file information block is missing")
        flags = struct.unpack_from("<H", word, _FLAGS)[0]
        if flags & _ENCRYPTED:
            raise ValueError("the document is protected by a password; save it without one, or copy its text")
        table_name = "1Table" if flags & _TABLE_1 else "0Table"
        if not ole.exists(table_name):
            raise ValueError(f"not a readable Word document: its {table_name} stream is missing")
        table = ole.openstream(table_name).read()
        ccp_text = struct.unpack_from("<I", word, _CCP_TEXT)[0]
        fc_clx, lcb_clx = struct.unpack_from("<II", word, _FC_CLX)
        pieces = _pieces(table[fc_clx:fc_clx + lcb_clx], ccp_text)
        chars: list[str] = []
        for _cp, count, offset, compressed in pieces:
            size = count if compressed else 2 * count
            chunk = word[offset:offset + size]
            if len(chunk) < size:
                raise ValueError("not a readable Word document: its text runs past the end of the file")
            chars += chunk.decode("cp1252" if compressed else "utf-16-le", errors="replace")
        marks = [cp for cp, c in enumerate(chars) if c == _CELL]
        paragraphs = [cp for cp, c in enumerate(chars) if c == _PARAGRAPH] if marks else []
        row_ends, in_cells = _table_marks(word, table, pieces, marks, paragraphs)
        for cp in row_ends:
            chars[cp] = ROW_END
        for cp in in_cells:
            chars[cp] = CELL_PARAGRAPH
        return "".join(chars), _title(ole)


# a piece of the text: its first character's position, how many characters, where the first is
# stored in the WordDocument stream, and whether a byte a character
Piece = tuple[int, int, int, bool]


def _pieces(clx: bytes, ccp_text: int) -> list[Piece]:
    """Where the document's first ``ccp_text`` characters are stored, by the piece table in ``clx``."""
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # property modifiers come first: skipped
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if i + 5 > len(clx) or clx[i] != 0x02:
        raise ValueError("not a readable Word document: its piece table is missing")
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n < 1 or len(plc) != 4 + 12 * n:
        raise ValueError("not a readable Word document: its piece table is damaged")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    pieces: list[Piece] = []
    for k in range(n):
        start, end = cps[k], min(cps[k + 1], ccp_text)
        if start >= end:
            break
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        compressed = bool(fc & 0x40000000)  # one byte a character, at half the offset written
        pieces.append((start, end - start, (fc & 0x3FFFFFFF) // 2 if compressed else fc, compressed))
    return pieces


_FC_BTE_PAPX = 0x102  # where the paragraph properties' bin table lies in the table stream, and its size
_TTP = (0x2417, 0x244C)  # sprmPFTtp, sprmPFInnerTtp: the paragraph is a table row's end mark
_IN_TABLE = (0x2416,)  # sprmPFInTable: the paragraph is in a table
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # an sprm's operand size by its spra (6: sized)


def _table_marks(word: bytes, table: bytes, pieces: list[Piece], marks: list[int],
                 paragraphs: list[int]) -> tuple[list[int], list[int]]:
    """Which of the cell marks at ``marks`` end a table row, and which of the paragraph marks at
    ``paragraphs`` end a paragraph inside a cell (of a cell written in several paragraphs). A
    cell's end and its row's are both written as a cell mark; the row's is a paragraph whose
    properties say so (sprmPFTtp), and a paragraph in a cell has properties saying it is in a
    table (sprmPFInTable), found in the paragraph property pages the bin table in ``table`` points
    to. Where those cannot be read, a mark straight after another ends its row (an empty last cell
    is then misread) and every paragraph mark is read as outside a table."""
    every = sorted((*marks, *paragraphs))
    at = sorted((offset + (cp - cp0) * (1 if compressed else 2), cp)  # each mark's stream offset, and its position
                for cp0, count, offset, compressed in pieces
                for cp in every[bisect.bisect_left(every, cp0):bisect.bisect_left(every, cp0 + count)])
    offsets = [f for f, _cp in at]
    cells = set(marks)
    try:
        fc, lcb = struct.unpack_from("<II", word, _FC_BTE_PAPX)
        n = (lcb - 4) // 8
        bte = table[fc:fc + lcb]
        pages = struct.unpack_from(f"<{n}I", bte, 4 * (n + 1)) if n > 0 and len(bte) == lcb else ()
        ends, in_cells = [], []
        for pn in pages:
            page = word[(pn & 0x3FFFFF) * 512:(pn & 0x3FFFFF) * 512 + 512]
            crun = page[511]
            rgfc = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for k in range(crun):
                held = at[bisect.bisect_left(offsets, rgfc[k]):bisect.bisect_left(offsets, rgfc[k + 1])]
                inside = [cp for _f, cp in held]  # the marks this run holds
                if not inside:
                    continue
                b = page[4 * (crun + 1) + 13 * k] * 2
                cb = page[b]
                size, grpprl = (2 * page[b + 1], b + 2) if cb == 0 else (2 * cb - 1, b + 1)
                said = _said(page[grpprl + 2:grpprl + size])  # after the style's index
                if _TTP[0] in said or _TTP[1] in said:
                    ends += [cp for cp in inside if cp in cells]
                if _IN_TABLE[0] in said:
                    in_cells += [cp for cp in inside if cp not in cells]
        return (sorted(ends), sorted(in_cells)) if pages else (_after_cells(marks), [])
    except (struct.error, IndexError):
        return _after_cells(marks), []


def _said(grpprl: bytes) -> set[int]:
    """The paragraph properties the modifiers ``grpprl`` turn on (those of one byte not zero)."""
    on, i = set(), 0
    while i + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, i)[0]
        spra = sprm >> 13
        if sprm in (*_TTP, *_IN_TABLE) and i + 2 < len(grpprl) and grpprl[i + 2]:
            on.add(sprm)
        if spra == 6:
            size = (struct.unpack_from("<H", grpprl, i + 2)[0] + 1) if sprm == 0xD608 else grpprl[i + 2] + 1
        else:
            size = _OPERAND[spra]
        i += 2 + size
    return on


def _after_cells(marks: list[int]) -> list[int]:
    """Cell marks straight after another: the row ends read where the properties cannot be."""
    return [cp for prev, cp in zip(marks, marks[1:], strict=False) if cp == prev + 1]


_FIELD = re.compile(r"\x13[^\x13\x14\x15]*(?:\x14([^\x13\x14\x15]*))?\x15")
_DROPPED = str.maketrans({"\x01": None, "\x02": None, "\x05": None, "\x08": None, "\x1f": None,
                          "\x1e": "-", "\xa0": " ", "\x0b": "\n", "\x0c": "\n"})


def blocks(raw: str) -> Iterator[str | list[list[str]]]:
    r"""A .doc's characters as paragraphs and tables. Fields give their results (nested ones,
    innermost first); the marks of pictures, notes and optional hyphens go; line and page breaks
    end lines. In a table each cell ends with a cell mark and each row with its own end mark
    (:data:`ROW_END`); a paragraph mark inside a row parts a cell's paragraphs, one outside any row
    is a paragraph of its own and ends the table before it (the format marks a row's cells and its
    end, never the table's). A paragraph's end its properties put in a cell
    (:data:`CELL_PARAGRAPH`) parts that cell's paragraphs, in a row's first cell too.

    >>> list(blocks("联盟\x13 HYPERLINK \"http://a.cn\" \x14网站\x15成立\r甲\x07\x07\uffff丙\x07丁\r戊\x07\uffff附\r"))
    ['联盟网站成立', [['甲', ''], ['丙', '丁\n戊']], '附']
    >>> list(blocks("前\r甲\ufffe乙\x07丙\x07\uffff"))
    ['前', [['甲\n乙', '丙']]]
    """
    while True:
        unfolded = _FIELD.sub(lambda m: m[1] or "", raw)
        if unfolded == raw:
            break
        raw = unfolded
    raw = re.sub(r"[\x00-\x06\x0e-\x1d]", "", raw.translate(_DROPPED))
    table: list[list[str]] = []
    row: list[str] = []
    buf: list[str] = []
    for part in re.split(f"([{_CELL}{_PARAGRAPH}{ROW_END}{CELL_PARAGRAPH}])", raw):
        if part == CELL_PARAGRAPH:
            buf.append("\n")  # a cell's paragraphs, its first cell's too
        elif part == _CELL:
            row.append("".join(buf).strip())
            buf = []
        elif part == ROW_END:
            last = "".join(buf).strip()  # a last cell without its mark, as a damaged row may have
            table.append(row + [last] if last else row)
            row, buf = [], []
        elif part == _PARAGRAPH:
            if row:
                buf.append("\n")  # a cell's paragraphs
            else:
                if table:
                    yield table
                    table = []
                yield "".join(buf)
                buf = []
        elif part:
            buf.append(part)
    if row:
        table.append(row)
    if table:
        yield table
    if "".join(buf).strip():
        yield "".join(buf)


def _title(ole: object) -> str | None:
    """The title the document's summary information gives, decoded by its own code page."""
    try:
        meta = ole.get_metadata()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a damaged summary is no reason to refuse the text
        return None
    title = meta.title
    if isinstance(title, bytes):
        codepage = meta.codepage if isinstance(meta.codepage, int) and meta.codepage > 0 else 1252
        try:
            title = title.decode(f"cp{codepage}").rstrip("\x00")
        except (LookupError, UnicodeDecodeError):
            return None
    return title.strip() or None if isinstance(title, str) else None
