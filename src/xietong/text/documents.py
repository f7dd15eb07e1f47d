"""Documents the extractor reads: plain text, HTML, DOCX, old Word (.doc, .wps), PDF, OFD,
spreadsheets (XLSX, XLS: a sheet's rows as a table pasted as text), and scans (a PDF of page
pictures, a photographed notice: read by OCR, :mod:`xietong.text.ocr`), one file, a folder or
standard input. Scripts, styles and markup never reach the extractor, nor a PDF's or an OFD's
page numbers; binary, broken or oversized files are skipped with a reason."""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import sys
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import IO

from xietong.ingest.problems import InputError
from xietong.ingest.readers import Sheets, detect_encoding, docx_blocks, xls_sheets, xlsx_sheets
from xietong.text import ocr
from xietong.text.ocr import OcrError
from xietong.text.worddoc import SUFFIXES as OLD_WORD
from xietong.text.worddoc import doc_text, is_ole

MAX_BYTES = 64 * 1024 * 1024
# what reading a damaged ZIP (a DOCX, an OFD) raises: a bad archive, a member missing, its data not
# inflating (zlib), cut short, or in a form the zipfile module does not read (another compression,
# a newer version; encryption, RuntimeError)
BROKEN_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, zlib.error, EOFError, NotImplementedError, RuntimeError)


@dataclass
class Document:
    name: str  # a path, or "-" for standard input
    text: str
    title: str | None = None
    sha256: str | None = None
    url: str | None = None  # where it was published, when known (a page submitted on the platform)
    ocr: bool = False  # its text was read from pictures of its pages (a scan), by a machine


# pictures of documents (a photographed or scanned notice): read by OCR
PICTURES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")


@dataclass
class Skipped:
    name: str
    reason: str


class _TextOnly(HTMLParser):
    """Text of an HTML page: no script, style or template content; block
    elements end lines so sentences do not run together."""

    SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "title", "table"}
    CELL = {"td", "th"}  # a table's row stays one line, its cells apart by tabs (read by text.labelled)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        if tag in self.SKIP:
            self.skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in self.CELL:
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        if not self.skip:
            self.parts.append(data)


def html_text(markup: str) -> tuple[str, str | None]:
    r"""Example:

    >>> html_text("<p>联盟<script>alert('联盟')</script>成立</p>")[0].strip()
    '联盟成立'
    >>> html_text("<table><tr><th>联盟名称</th><th>成立时间</th></tr><tr><td> 甲联盟 </td><td>2017年</td></tr></table>")[0].strip()
    '联盟名称\t成立时间\n甲联盟\t2017年'
    """
    p = _TextOnly()
    p.feed(markup)
    p.close()
    text = re.sub(r"[ \r\f\v]+", " ", html.unescape("".join(p.parts)))
    text = re.sub(r"[ \t]*\t[ \t]*", "\t", text)  # a cell's own spaces go; the tab between cells stays
    text = re.sub(r"^[ \t]+|[ \t]+$", "", text, flags=re.M)
    text = re.sub(r"\n\s*\n+", "\n", text)
    return text, ("".join(p.title).strip() or None)


def docx_text(path: Path | IO[bytes]) -> str:
    """A DOCX's paragraphs and tables in the order they stand, a table's row a line of cells apart
    by tabs (read by :mod:`xietong.text.labelled`: a report often lists its alliances in a table)."""
    return "\n".join(b if isinstance(b, str) else "\n".join("\t".join(row) for row in b) for b in docx_blocks(path))


# the date a page or a report gives itself near its top: after a label (发布时间：2026-05-20), or with
# the time of day (2026-05-20 09:31), as news sites and papers print them
_PUBLISHED = re.compile(
    r"(?:(?:发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期)[：:]\s*|来源[^\n]{0,40}?)"
    r"(?P<y>20\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})"
    r"|(?P<y2>20\d{2})[-/.年](?P<m2>\d{1,2})[-/.月](?P<d2>\d{1,2})日?\s+\d{1,2}:\d{2}")
PUBLISHED_REACH = 800  # characters from a document's top its date is looked for in


def published(text: str) -> dt.date | None:
    r"""The day a document says it was published, near its top, else None: what its relative dates
    (昨天, 5月18日, 今年4月) are read against when no date is given.

    >>> published("京津冀某联盟成立\n来源：某某日报 2026-05-20 09:31 编辑：张三\n5月18日，…")
    datetime.date(2026, 5, 20)
    >>> published("发布时间：2025年12月3日\n…"), published("2025年12月3日，某联盟成立。")
    (datetime.date(2025, 12, 3), None)
    """
    m = _PUBLISHED.search(text, 0, PUBLISHED_REACH)
    if m is None:
        return None
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


# a line that is only a page's number ("3", "- 3 -", "第3页", "第 3 页 共 12 页", "3/12"), at a page's top or foot
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+(?:\s*/\s*\d+)?)\s*$")


def pdf_text(data: bytes, progress: Callable[[int, int], None] | None = None) -> tuple[str, str | None, bool]:
    """A PDF's text, page after page, its title when its properties give one, and whether the text
    was read by OCR. A page's number, on a line of its own at its top or foot, is left out: a
    sentence running on to the next page reads on. Government reports and policy briefs are
    published as PDFs; a scanned one holds pictures of its pages, no text, and those are read by
    OCR (:mod:`xietong.text.ocr`). A broken or password-protected one is refused (raises
    ``ValueError``), as one with neither text nor pictures of any is."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings on odd but readable files are not the reader's
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError("the PDF is protected by a password; save it without one, or copy its text")
        lines: list[str] = []
        for page in reader.pages:
            lines += _without_page_number([line.strip() for line in (page.extract_text() or "").splitlines()])
        title = (reader.metadata.title if reader.metadata else None) or ""
    except (PdfReadError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ValueError(f"not a readable PDF file: {exc}") from None
    text = "\n".join(_unwrapped(lines))
    if not text.strip():  # a scan: its pages are pictures, read by OCR
        return "\n".join(_unwrapped(ocr.pdf_pages_text(reader, progress).splitlines())), str(title).strip() or None, True
    return text, str(title).strip() or None, False


def _without_page_number(on_page: list[str]) -> list[str]:
    """A page's lines without its number, on a line of its own at its top or foot, nor blank lines there."""
    first, last = 0, len(on_page)
    while first < last and (not on_page[first] or PAGE_NUMBER.match(on_page[first])):
        first += 1
    while last > first and (not on_page[last - 1] or PAGE_NUMBER.match(on_page[last - 1])):
        last -= 1
    return on_page[first:last]


def is_ofd(data: bytes) -> bool:
    """Whether ``data`` is an OFD file: a ZIP holding OFD.xml at its root."""
    return _zip_holds(data, "OFD.xml")


def _zip_holds(data: bytes, member: str) -> bool:
    """Whether ``data`` is a readable ZIP archive holding ``member`` (what an OFD or an XLSX is known by)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return member in z.namelist()
    except BROKEN_ZIP:
        return False


def ofd_text(data: bytes, progress: Callable[[int, int], None] | None = None) -> tuple[str, str | None, bool]:
    """An OFD's text, page after page, and its title when its document information gives one.

    OFD (GB/T 33190-2016) is the fixed-layout format Chinese government bodies publish and
    archive documents in, as others use PDF: a ZIP of XML files, each page's text objects placed at
    their positions. The text is read line by line as the page sets it (objects at one height, left
    to right), a page's number left out and wrapped lines joined as a PDF's are (:func:`_unwrapped`).
    Templates (running heads, page numbers) and signatures are not read. A scanned OFD holds
    pictures of its pages (image objects, their files named in its resources), no text: those are
    read by OCR (:mod:`xietong.text.ocr`), and the last item returned says so. A broken one is
    refused (raises ``ValueError``), as one with neither text nor pictures is."""
    import posixpath
    import xml.etree.ElementTree as ET

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            def xml(path: str) -> ET.Element:
                root = ET.fromstring(z.read(posixpath.normpath(path.lstrip("/"))))
                for el in root.iter():  # producers differ in prefixes, not in local names
                    el.tag = el.tag.rsplit("}", 1)[-1]
                return root

            body = xml("OFD.xml").find("DocBody")
            if body is None or not body.findtext("DocRoot"):
                raise ValueError("OFD.xml names no document")
            title = (body.findtext("DocInfo/Title") or "").strip() or None
            doc_path = posixpath.normpath(body.findtext("DocRoot", "").strip().lstrip("/"))  # as xml() reads it
            doc_dir = posixpath.dirname(doc_path)

            def located(loc: str, base: str) -> str:
                loc = loc.strip()
                return loc if loc.startswith("/") else posixpath.join(base, loc)

            document = xml(doc_path)
            lines: list[str] = []
            pictures: list[list[str]] = []  # each page's image objects, by resource id
            for page in document.iterfind("Pages/Page"):
                content = xml(located(page.get("BaseLoc") or "", doc_dir))
                lines += _without_page_number(_ofd_page_lines(content))
                pictures.append([obj.get("ResourceID", "") for obj in content.iter("ImageObject")])
            text = "\n".join(_unwrapped(lines))
            if not text.strip():  # a scan: its pages are pictures, read by OCR
                media: dict[str, str] = {}
                for res_loc in [*(e.text or "" for e in document.iter("DocumentRes")), *(e.text or "" for e in document.iter("PublicRes"))]:
                    res_path = located(res_loc, doc_dir)
                    res = xml(res_path)
                    base = located(res.get("BaseLoc") or "", posixpath.dirname(res_path))
                    for mm in res.iter("MultiMedia"):
                        media[mm.get("ID", "")] = located(mm.findtext("MediaFile", ""), base)
                read = ocr.pictures_text([[z.read(posixpath.normpath(media[r].lstrip("/"))) for r in ids if r in media]
                                          for ids in pictures], progress)
                return "\n".join(_unwrapped(read.splitlines())), title, True
    except OcrError:
        raise  # a scan with no text to read, or too long: it says so itself
    except (*BROKEN_ZIP, ET.ParseError, ValueError) as exc:  # ValueError: a position not a number
        raise ValueError(f"not a readable OFD file: {exc}") from None
    return text, title, False


def _ofd_page_lines(page: object) -> list[str]:
    """One OFD page's lines: its text codes placed on the page (a text object's boundary plus the
    code's own X and Y, in millimetres), those whose baselines lie within a millimetre one line, read
    left to right. A code may hold one character or a whole line; an object, several codes."""
    placed: list[tuple[float, float, str]] = []
    for obj in page.iter("TextObject"):  # type: ignore[attr-defined]
        box = [float(v) for v in (obj.get("Boundary") or "0 0 0 0").split()[:2]]
        for code in obj.iter("TextCode"):
            if code.text:
                placed.append((box[1] + float(code.get("Y") or 0), box[0] + float(code.get("X") or 0), code.text))
    lines: list[list[tuple[float, float, str]]] = []
    for item in sorted(placed):
        if lines and item[0] - lines[-1][0][0] <= 1.0:
            lines[-1].append(item)
        else:
            lines.append([item])
    return ["".join(t for _, _, t in sorted(line, key=lambda i: i[1])).strip() for line in lines]


def _width(line: str) -> int:
    """How wide ``line`` is set: a Chinese character twice a Latin letter or a digit."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _unwrapped(lines: list[str]) -> list[str]:
    """A PDF's lines as paragraphs: a line set as wide as the page's full lines runs on to the next
    (on the next page too), a shorter one ends its paragraph (a heading, a paragraph's last line).
    A PDF's text is its layout, every line a wrap; read line by line, 张家口 at a line's end would
    be 张 and 家口, and a narrow column's every line a heading.

    >>> _unwrapped(["关于联盟的报告", "华北测试联盟于2019年在张", "家口成立，由甲公司等单位共", "同发起。", "二、其他"])
    ['关于联盟的报告', '华北测试联盟于2019年在张家口成立，由甲公司等单位共同发起。', '二、其他']
    """
    widths = sorted(_width(line) for line in lines if line)
    if not widths:
        return []
    full = widths[int(0.9 * (len(widths) - 1))]  # the width of a full line (a long web address aside)
    paragraphs, current = [], ""
    for line in lines:
        if current and current[-1].isascii() and current[-1].isalnum() and line[:1].isascii() and line[:1].isalnum():
            current += " "  # English words wrapped: a space between them
        current += line
        if _width(line) < 0.85 * full:
            paragraphs.append(current)
            current = ""
    return paragraphs + [current] if current else paragraphs


def _decode(data: bytes, name: str) -> str:
    enc = detect_encoding(Path(name), data[:65536])
    return data.decode(enc)


def spreadsheet_text(sheets: Sheets) -> str:
    r"""A workbook's sheets as text: each sheet's name on a line, then its rows a line each, cells
    apart by tabs, as a table pasted from a spreadsheet reads (``text/labelled.py`` reads its
    columns by the import's names); empty rows left out.

    >>> spreadsheet_text(iter([("名录", iter([["联盟名称", "成立时间"], ["", ""], ["甲联盟", "2020年5月"]]))]))
    '名录\n联盟名称\t成立时间\n甲联盟\t2020年5月'
    """
    lines = []
    for title, rows in sheets:
        lines.append(title)
        lines.extend("\t".join(c.strip() for c in row).rstrip("\t") for row in rows if any(c.strip() for c in row))
    return "\n".join(lines)


def _workbook_text(name: str, sheets: Callable[[], Sheets], kind: str) -> str:
    """:func:`spreadsheet_text` of a workbook, whose sheets are read as they are gone through: a
    sheet damaged inside a workbook that opened fails there, anywhere in the parsers below, and is
    refused as the workbook it is rather than crash the reading of a folder."""
    from xietong.ingest.problems import Problem

    try:
        return spreadsheet_text(sheets())
    except InputError:
        raise
    except Exception as exc:  # a damaged sheet: XML, ZIP or record errors of openpyxl's or xlrd's own
        raise InputError([Problem(name, None, None, f"not a readable {kind} workbook: {exc}")]) from None


# a scan's pages read so far, of how many, with the document's name (OCR takes seconds a page)
PageProgress = Callable[[str, int, int], None]


def read_document(path: Path, progress: PageProgress | None = None) -> Document:
    """One document; raises :class:`InputError` (via ``Skipped`` in :func:`documents`)."""
    from xietong.ingest.problems import Problem

    size = path.stat().st_size
    if size > MAX_BYTES:  # said before a byte is read
        raise InputError([Problem(str(path), None, None, f"too large ({size // (1 << 20)} MiB; the limit is {MAX_BYTES >> 20} MiB)")])
    return read_bytes(str(path), path.read_bytes(), progress)


def read_bytes(name: str, data: bytes, progress: PageProgress | None = None) -> Document:
    """One document from its bytes, named ``name`` (a file's path, an upload's file name): PDF, OFD,
    DOCX, old Word (.doc, .wps), a spreadsheet (XLSX, XLS), HTML or plain text in any encoding
    :func:`detect_encoding` tells, by the name's suffix or the first bytes. Raises :class:`InputError` for an empty, oversized, binary or broken one.

    >>> doc = read_bytes("新闻.html", "<title>报道</title><p>京津冀某联盟成立<script>x()</script></p>".encode("gbk"))
    >>> doc.title, doc.text.split()
    ('报道', ['报道', '京津冀某联盟成立'])
    """
    import hashlib

    from xietong.ingest.problems import Problem

    if len(data) > MAX_BYTES:
        raise InputError([Problem(name, None, None, f"too large ({len(data) // (1 << 20)} MiB; the limit is {MAX_BYTES >> 20} MiB)")])
    if not data.strip():
        raise InputError([Problem(name, None, None, "empty file")])
    digest = hashlib.sha256(data).hexdigest()
    suffix = Path(name).suffix.lower()
    pages = None if progress is None else (lambda done, total: progress(name, done, total))
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        try:
            text, title, by_ocr = pdf_text(data, pages)
        except ValueError as exc:
            raise InputError([Problem(name, None, None, str(exc))]) from None
        return Document(name, text, title, digest, ocr=by_ocr)
    if suffix in PICTURES or data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff" or data[:4] in (b"II*\x00", b"MM\x00*"):
        try:
            return Document(name, ocr.image_bytes_text(data, pages), sha256=digest, ocr=True)
        except ocr.OcrError as exc:
            raise InputError([Problem(name, None, None, str(exc))]) from None
    if suffix == ".ofd" or data[:4] == b"PK\x03\x04" and is_ofd(data):
        try:
            text, title, by_ocr = ofd_text(data, pages)
        except ValueError as exc:
            raise InputError([Problem(name, None, None, str(exc))]) from None
        return Document(name, text, title, digest, ocr=by_ocr)
    if suffix == ".xls":
        return Document(name, _workbook_text(name, lambda: xls_sheets(data, name), "XLS"), sha256=digest)
    if suffix in OLD_WORD or is_ole(data):
        try:
            text, title = doc_text(data)
        except ValueError as exc:
            raise InputError([Problem(name, None, None, str(exc))]) from None
        return Document(name, text, title, digest)
    if suffix in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04" and _zip_holds(data, "xl/workbook.xml"):
        return Document(name, _workbook_text(name, lambda: xlsx_sheets(io.BytesIO(data), name), "XLSX"), sha256=digest)
    if suffix == ".docx" or data[:4] == b"PK\x03\x04":
        try:
            return Document(name, docx_text(io.BytesIO(data)), sha256=digest)
        except (*BROKEN_ZIP, ValueError) as exc:
            raise InputError([Problem(name, None, None, f"not a readable DOCX file: {exc}")]) from None
    text = _decode(data, name)
    if suffix in (".htm", ".html", ".xhtml") or re.match(r"\s*<(!doctype|html|head|body|p|div)", text[:200], re.I):
        body, title = html_text(text)
        return Document(name, body, title, digest)
    if not text.strip():
        raise InputError([Problem(name, None, None, "empty file")])
    return Document(name, text, sha256=digest)


def documents(target: str, progress: PageProgress | None = None) -> Iterator[Document | Skipped]:
    """The documents at ``target``: a file, every file in a folder, or ``-`` for stdin; ``progress``
    is told of each page a scan's OCR reads."""
    import hashlib

    if target == "-":
        data = sys.stdin.buffer.read()
        if not data.strip():
            yield Skipped("-", "empty input")
            return
        text = _decode(data, "-")
        if re.match(r"\s*<(!doctype|html|head|body|p|div)", text[:200], re.I):
            text, _ = html_text(text)
        yield Document("-", text, sha256=hashlib.sha256(data).hexdigest())
        return
    path = Path(target)
    if not path.exists():
        yield Skipped(target, "no such file or folder")
        return
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        try:
            yield read_document(f, progress)
        except InputError as exc:
            yield Skipped(str(f), "; ".join(p.message for p in exc.problems))
        except UnicodeDecodeError as exc:
            yield Skipped(str(f), f"not valid text: {exc.reason}")
