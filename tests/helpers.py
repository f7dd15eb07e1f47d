"""Small helpers for writing input files in tests."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]], merged: dict[str, list[str]] | None = None) -> Path:
    """A workbook of ``sheets`` (title -> rows), in that order; ``merged`` gives a sheet's merged ranges ("B3:B8")."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for cells in (merged or {}).get(title, []):
            ws.merge_cells(cells)
    wb.save(path)
    return path


def write_xls(path: Path, sheets: dict[str, list[list[Any]]], formats: dict[tuple[str, int, int], str] | None = None,
              merged: dict[str, list[tuple[int, int, int, int]]] | None = None) -> Path:
    """An old Excel 97-2003 workbook (.xls) of ``sheets`` (title -> rows), as WPS and older Excel
    save them; ``formats`` gives a cell (sheet, row, column, from 0) its number format, and ``merged``
    a sheet's merged ranges (first row, last row, first column, last column, from 0)."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    for title, rows in sheets.items():
        ws = wb.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:  # no cell (one a merged range covers)
                    continue
                fmt = (formats or {}).get((title, r, c))
                if fmt:
                    ws.write(r, c, value, xlwt.easyxf(num_format_str=fmt))
                else:
                    ws.write(r, c, value)
        for r1, r2, c1, c2 in (merged or {}).get(title, []):
            ws.merge(r1, r2, c1, c2)
    wb.save(str(path))
    return path


def write_pdf(path: Path, blocks: list[str | list[list[str]]], *, head_rows: int = 0, css: str = "") -> Path:
    """A PDF as WeasyPrint sets one (a notice's attachment saved from Word sets the same way): A5
    pages, each page's number at its foot, paragraphs (text) and tables drawn with lines (rows of
    cells; a cell may be HTML, ``<td rowspan=2>…</td>``, to merge). A table's first ``head_rows`` rows
    are its header, repeated on each page it runs over."""
    from html import escape

    from weasyprint import HTML

    def cell(c: str) -> str:
        return c if c.startswith("<td") else f"<td>{escape(c)}</td>"

    body = ""
    for b in blocks:
        if isinstance(b, str):
            body += f"<p>{escape(b)}</p>"
            continue
        rows = ["<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in b]
        body += (f"<table><thead>{''.join(rows[:head_rows])}</thead>" if head_rows else "<table>") + \
            f"<tbody>{''.join(rows[head_rows:])}</tbody></table>"
    style = ("@page { size: A5; margin: 15mm; @bottom-center { content: '— ' counter(page) ' —'; } } "
             "body { font-family: 'Noto Sans CJK SC'; font-size: 10pt; } table { border-collapse: collapse; } "
             "td { border: 1px solid #000; padding: 2px 4px; } " + css)
    HTML(string=f"<html><head><style>{style}</style></head><body>{body}</body></html>").write_pdf(path)
    return path


def write_ofd(path: Path, pages: list[list[str]], *, title: str = "测试公文", one_code_a_character: bool = False) -> Path:
    """An OFD file (GB/T 33190) laid out as producers write one: OFD.xml naming the document,
    Document.xml listing its pages, each page's text objects placed in millimetres. Each line is a
    text object at its own height (or, as some producers write, a character each, out of order),
    the page's number at its foot."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    entries = {"OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody>'
               f'<ofd:DocInfo><ofd:DocID>x</ofd:DocID><ofd:Title>{title}</ofd:Title></ofd:DocInfo>'
               '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'}
    listed = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    entries["Doc_0/Document.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData><ofd:PhysicalBox>'
                                     f'0 0 210 297</ofd:PhysicalBox></ofd:CommonData><ofd:Pages>{listed}</ofd:Pages></ofd:Document>')
    for i, lines in enumerate(pages):
        objects, n = [], 0
        for row, line in enumerate([*lines, f"- {i + 1} -"]):
            y = 280.0 if row == len(lines) else 30.0 + 8 * row
            parts = [(k * 4.5, c) for k, c in enumerate(line)] if one_code_a_character else [(0.0, line)]
            for x, text in parts:
                n += 1
                objects.append(f'<ofd:TextObject ID="{n}" Boundary="{25 + x:.1f} {y - 4:.1f} 160 6" Font="3" Size="4.2">'
                               f'<ofd:TextCode X="0" Y="4.0">{text}</ofd:TextCode></ofd:TextObject>')
        if one_code_a_character:
            objects.reverse()  # a producer's order need not be the reading order
        entries[f"Doc_0/Pages/Page_{i}/Content.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content>'
                                                        f'<ofd:Layer ID="0">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')
    with zipfile.ZipFile(path, "w") as z:
        for name, xml in entries.items():
            z.writestr(name, xml.encode("utf-8"))
    return path


def write_scanned_ofd(path: Path, pictures: list[bytes]) -> Path:
    """An OFD file of a scan, as scanners and archives write one: each page an image object filling
    it, whose picture file the document's resources (DocumentRes.xml) name; no text at all."""
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    entries = {"OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody>'
               '<ofd:DocInfo><ofd:DocID>x</ofd:DocID><ofd:Title>扫描件</ofd:Title></ofd:DocInfo>'
               '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'}
    listed = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pictures)))
    entries["Doc_0/Document.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData><ofd:PhysicalBox>'
                                     '0 0 210 297</ofd:PhysicalBox><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>'
                                     f'</ofd:CommonData><ofd:Pages>{listed}</ofd:Pages></ofd:Document>')
    media = "".join(f'<ofd:MultiMedia ID="{100 + i}" Type="Image" Format="PNG"><ofd:MediaFile>page_{i}.png</ofd:MediaFile>'
                    '</ofd:MultiMedia>' for i in range(len(pictures)))
    entries["Doc_0/DocumentRes.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {ns} BaseLoc="Res">'
                                        f'<ofd:MultiMedias>{media}</ofd:MultiMedias></ofd:Res>')
    for i in range(len(pictures)):
        entries[f"Doc_0/Pages/Page_{i}/Content.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content><ofd:Layer ID="0">'
            f'<ofd:ImageObject ID="{i + 1}" Boundary="0 0 210 297" CTM="210 0 0 297 0 0" ResourceID="{100 + i}"/>'
            '</ofd:Layer></ofd:Content></ofd:Page>')
    with zipfile.ZipFile(path, "w") as z:
        for name, xml in entries.items():
            z.writestr(name, xml.encode("utf-8"))
        for i, picture in enumerate(pictures):
            z.writestr(f"Doc_0/Res/page_{i}.png", picture)
    return path


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file (version 3, 512-byte sectors) holding ``streams`` at its root, as
    Word 97-2003 saves a .doc. Each stream is padded to 4096 bytes, so all lie in regular
    sectors (no mini stream); the directory is a chain of siblings, each the next's left one,
    ordered as the format compares names (by length, then upper-cased)."""
    import struct

    free, end, fat_mark, none = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    ordered = sorted(streams, key=lambda n: (len(n), n.upper()))
    blobs = {n: streams[n] + b"\0" * max(0, 4096 - len(streams[n])) for n in ordered}
    blobs = {n: b + b"\0" * (-len(b) % 512) for n, b in blobs.items()}
    fat: list[int] = []
    starts: dict[str, int] = {}
    for n in ordered:
        starts[n] = len(fat)
        k = len(blobs[n]) // 512
        fat += [len(fat) + i + 1 for i in range(k - 1)] + [end]
    entries = 1 + len(ordered)
    dir_sectors = -(-entries // 4)
    dir_start = len(fat)
    fat += [dir_start + i + 1 for i in range(dir_sectors - 1)] + [end]
    n_fat = 1
    while len(fat) + n_fat > 128 * n_fat:
        n_fat += 1
    fat_start = len(fat)
    fat += [fat_mark] * n_fat
    fat += [free] * (128 * n_fat - len(fat))

    def entry(name: str, kind: int, left: int, child: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", left, none, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
                + struct.pack("<IQ", start, size))

    ids = {n: i + 1 for i, n in enumerate(ordered)}
    directory = entry("Root Entry", 5, none, ids[ordered[-1]], end, 0)
    for i, n in enumerate(ordered):
        left = ids[ordered[i - 1]] if i else none
        directory += entry(n, 2, left, none, starts[n], len(streams[n]) if len(streams[n]) >= 4096 else len(blobs[n]))
    directory += (b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", none, none, none)
                  + b"\0" * 48) * (dir_sectors * 4 - entries)
    difat = [fat_start + i for i in range(n_fat)] + [free] * (109 - n_fat)
    header = (bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", *difat))
    body = b"".join(blobs[n] for n in ordered) + directory + struct.pack(f"<{len(fat)}I", *fat)
    return header + body


def _summary_information(title: str) -> bytes:
    """A SummaryInformation property set giving ``title``, in code page 936 as Chinese Word writes it."""
    import struct

    encoded = title.encode("gbk") + b"\0"
    encoded += b"\0" * (-len(encoded) % 4)
    codepage = struct.pack("<IHH", 2, 936, 0)  # VT_I2, padded
    title_prop = struct.pack("<II", 0x1E, len(title.encode("gbk")) + 1) + encoded  # VT_LPSTR
    table_size = 8 + 2 * 8
    section = struct.pack("<II", table_size + len(codepage) + len(title_prop), 2)
    section += struct.pack("<IIII", 1, table_size, 2, table_size + len(codepage)) + codepage + title_prop
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    return struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + b"\0" * 16 + struct.pack("<I", 1) + fmtid + struct.pack("<I", 48) + section


def _row_marks(blocks: list[str | list[list[str]]]) -> list[tuple[int, int]]:
    """Where each table row's own end mark stands in the text :func:`write_doc` writes for
    ``blocks``: (the row's start, its length before the mark)."""
    marks, at = [], 0
    for b in blocks:
        if isinstance(b, str):
            at += len(b) + 1
            continue
        for row in b:
            length = sum(len(c) + 1 for c in row)
            marks.append((at, length))
            at += length + 1
    return marks


def write_doc(path: Path, blocks: list[str | list[list[str]]], *, latin_piece: str | None = None, encrypted: bool = False,
              title: str | None = None) -> Path:
    """A Word 97-2003 document (.doc) of ``blocks``, paragraphs (text) and tables (rows of cells),
    as Word saves one: the File Information Block in its WordDocument stream, the piece table in
    1Table, the text in UTF-16 with Word's marks (a paragraph's end; a cell's end, and a row's after
    its cells); given ``latin_piece``, a last piece of one byte a character, as Word saves Latin text
    compressed. ``encrypted`` sets the password flag; ``title`` is the summary information's."""
    import struct

    # a cell's lines are its paragraphs
    text = "".join(b + "\r" if isinstance(b, str) else
                   "".join("".join(c.replace("\n", "\r") + "\x07" for c in row) + "\x07" for row in b) for b in blocks)
    text_at = 0x800
    word = bytearray(text_at)
    word += text.encode("utf-16-le")
    pieces = [(0, len(text), text_at)]
    if latin_piece is not None:
        latin_at = len(word)
        word += latin_piece.encode("cp1252")
        pieces.append((len(text), len(text) + len(latin_piece), (latin_at * 2) | 0x40000000))
    ccp = pieces[-1][1]
    struct.pack_into("<HH", word, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", word, 0x0A, 0x0200 | (0x0100 if encrypted else 0))
    struct.pack_into("<II", word, 0x18, text_at, len(word))  # where the text starts and ends, as older readers look
    struct.pack_into("<H", word, 0x20, 14)
    struct.pack_into("<H", word, 0x3E, 22)
    struct.pack_into("<I", word, 0x4C, ccp)
    struct.pack_into("<H", word, 0x98, 0x5D)
    cps = [p[0] for p in pieces] + [ccp]
    plc = struct.pack(f"<{len(cps)}I", *cps) + b"".join(struct.pack("<HIH", 0, fc, 0) for _, _, fc in pieces)
    clx = b"\x01" + struct.pack("<H", 2) + b"\0\0" + b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", word, 0x1A2, 0, len(clx))
    # paragraph properties: a run per paragraph of the UTF-16 text (each ends at a paragraph, cell
    # or row mark), a row's own mark in table and a row's end (sprmPFInTable, sprmPFTtp), in pages
    # of 512 bytes the bin table in 1Table points to
    ends = [i + 1 for i, c in enumerate(text) if c in "\r\x07"]
    rows = {start + length + 1 for start, length in _row_marks(blocks)}  # where each row's own mark's run ends
    tables, at = [], 0  # the (start, end) of each table's characters
    for b in blocks:
        size = len(b) + 1 if isinstance(b, str) else sum(sum(len(c) + 1 for c in row) + 1 for row in b)
        if not isinstance(b, str):
            tables.append((at, at + size))
        at += size
    runs = [(text_at + 2 * a, text_at + 2 * b, b in rows, any(t0 < b <= t1 for t0, t1 in tables))
            for a, b in zip([0, *ends], ends, strict=False)]
    word += b"\0" * (-len(word) % 512)
    bte_fcs, bte_pages = [], []
    for k in range(0, len(runs), 15):
        chunk = runs[k:k + 15]
        page = bytearray(512)
        struct.pack_into(f"<{len(chunk) + 1}I", page, 0, *[r[0] for r in chunk], chunk[-1][1])
        free = 511
        for j, (_a, _b, row_end, in_table) in enumerate(chunk):
            grpprl = b"\0\0" + (struct.pack("<HB", 0x2416, 1) if in_table else b"") + \
                (struct.pack("<HB", 0x2417, 1) if row_end else b"")
            grpprl += b"\0" * (len(grpprl) % 2)
            papx = bytes([0, len(grpprl) // 2]) + grpprl
            free = (free - len(papx)) // 2 * 2
            page[free:free + len(papx)] = papx
            page[4 * (len(chunk) + 1) + 13 * j] = free // 2
        page[511] = len(chunk)
        bte_fcs.append(chunk[0][0])
        bte_pages.append(len(word) // 512)
        word += page
    bte = struct.pack(f"<{len(bte_fcs) + 1}I", *bte_fcs, runs[-1][1]) + struct.pack(f"<{len(bte_pages)}I", *bte_pages)
    struct.pack_into("<II", word, 0x102, len(clx), len(bte))
    streams = {"WordDocument": bytes(word), "1Table": clx + bte}
    if title is not None:
        streams["\x05SummaryInformation"] = _summary_information(title)
    path.write_bytes(compound_file(streams))
    return path
