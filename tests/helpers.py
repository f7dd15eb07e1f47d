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


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook of ``sheets`` (title -> rows), in that order."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def write_xls(path: Path, sheets: dict[str, list[list[Any]]], formats: dict[tuple[str, int, int], str] | None = None) -> Path:
    """An old Excel 97-2003 workbook (.xls) of ``sheets`` (title -> rows), as WPS and older Excel
    save them; ``formats`` gives a cell (sheet, row, column, from 0) its number format."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    for title, rows in sheets.items():
        ws = wb.add_sheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                fmt = (formats or {}).get((title, r, c))
                if fmt:
                    ws.write(r, c, value, xlwt.easyxf(num_format_str=fmt))
                else:
                    ws.write(r, c, value)
    wb.save(str(path))
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
