"""Documents: text, HTML, DOCX, old Word, PDF and OFD are read; bad input is skipped with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import write_doc, write_ofd, write_scanned_ofd, write_xls, write_xlsx
from xietong.text.documents import Document, Skipped, documents

SENTENCE = "京津冀测试产业联盟在北京成立。"


def _one(path: Path) -> Document | Skipped:
    [d] = list(documents(str(path)))
    return d


def test_gbk_text(tmp_path: Path) -> None:
    f = tmp_path / "news.txt"
    f.write_bytes(SENTENCE.encode("gbk"))
    d = _one(f)
    assert isinstance(d, Document) and d.text == SENTENCE


def test_html_scripts_and_styles_never_reach_the_extractor(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(f"<html><head><title>新闻</title><style>.a{{}}</style></head><body><script>var s='假冒联盟在上海成立';</script>"
                 f"<p>{SENTENCE}</p><!-- 注释联盟 --></body></html>", encoding="utf-8")
    d = _one(f)
    assert isinstance(d, Document) and "假冒" not in d.text and "注释" not in d.text and SENTENCE in d.text
    assert d.title == "新闻"


def test_docx(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph(SENTENCE)
    doc.save(tmp_path / "a.docx")
    d = _one(tmp_path / "a.docx")
    assert isinstance(d, Document) and SENTENCE in d.text


def test_a_table_in_a_page_or_a_document_is_read_row_by_row(tmp_path: Path) -> None:
    """A report lists its alliances in a table: each row stays a line, its cells apart by tabs, in the
    order the document has them, so extraction reads each row's founding date and place."""
    import docx

    from xietong.text.extract import extract

    rows = [["联盟名称", "成立时间", "成立地点"], ["京津冀测试表格甲联盟", "2016年5月", "天津"],
            ["京津冀测试表格乙联盟", "2019", "河北 保定"]]
    page = tmp_path / "page.html"
    page.write_text("<p>各联盟情况如下：</p><table>" + "".join(
        "<tr>" + "".join(f"<td> {c} </td>" for c in r) + "</tr>" for r in rows) + "</table><p>以上。</p>", encoding="utf-8")
    doc = docx.Document()
    doc.add_paragraph("各联盟情况如下：")
    table = doc.add_table(rows=3, cols=3)
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            table.cell(i, j).text = c
    doc.add_paragraph("以上。")
    doc.save(tmp_path / "report.docx")
    for path in (page, tmp_path / "report.docx"):
        d = _one(path)
        assert isinstance(d, Document)
        assert [line for line in d.text.split("\n") if line][1:4] == ["\t".join(r) for r in rows]
        found = {r.alliance: (r.founded, r.city) for r in extract(d.text)}
        assert found == {"京津冀测试表格甲联盟": ("2016-05", "120000"), "京津冀测试表格乙联盟": ("2019", "130600")}, path


def test_binary_empty_and_huge_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "b.txt").write_bytes(b"")
    big = tmp_path / "c.txt"
    with big.open("wb") as fh:
        fh.truncate(65 * 1024 * 1024)  # sparse: 65 MiB over the limit, no real disk use
    (tmp_path / "d.txt").write_text(SENTENCE, encoding="utf-8")
    results = {Path(d.name).name: d for d in documents(str(tmp_path))}
    assert isinstance(results["a.bin"], Skipped) and "binary" in results["a.bin"].reason
    assert isinstance(results["b.txt"], Skipped) and "empty" in results["b.txt"].reason
    assert isinstance(results["c.txt"], Skipped) and "too large" in results["c.txt"].reason
    assert isinstance(results["d.txt"], Document)


def test_a_50_mb_text_file_is_read_and_extracted(tmp_path: Path) -> None:
    from xietong.text.pipeline import extract_path

    f = tmp_path / "big.txt"
    filler = ("区域协同发展取得积极进展，各方共同推进重点项目建设。" * 40 + "\n").encode("utf-8")
    with f.open("wb") as fh:
        fh.write(SENTENCE.encode("utf-8"))
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(filler)
    res = extract_path(str(f))
    assert [r.alliance for r in res.records] == ["京津冀测试产业联盟"]


def _pdf(path: Path, paragraphs: list[str], *, title: str = "测试报告", page: str = "A5") -> Path:
    """A PDF as WeasyPrint sets it (as a report's publisher would): a page's number at its foot."""
    from weasyprint import HTML

    css = (f"@page {{ size: {page}; margin: 18mm; @bottom-center {{ content: '- ' counter(page) ' -'; }} }} "
           "body { font-family: 'Noto Sans CJK SC'; font-size: 11pt; }")
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    HTML(string=f"<html><head><title>{title}</title><style>{css}</style></head><body>{body}</body></html>").write_pdf(path)
    return path


def test_a_pdf_is_read_as_its_paragraphs_across_lines_and_pages(tmp_path: Path) -> None:
    """A report's lines and pages are its layout: a sentence running on to the next line or page
    reads on, a page's number is left out, and the PDF's title is the document's."""
    from xietong.text.extract import extract

    filler = "京津冀协同发展背景下，产业联盟作用日益凸显，成为区域协同的重要载体和纽带。" * 12
    founding = "华北测试氢能联盟于2019年6月在张家口成立，由甲测试科技股份有限公司、乙测试动力科技有限公司等12家单位共同发起。"
    pdf = _pdf(tmp_path / "report.pdf", ["一、总体情况", filler + founding + filler, "二、下一步工作"])
    from pypdf import PdfReader

    assert len(PdfReader(pdf).pages) >= 2
    d = _one(pdf)
    assert isinstance(d, Document) and d.title == "测试报告"
    assert founding in d.text and (filler + founding + filler) in d.text  # whole, across lines and pages
    assert "- 1 -" not in d.text and "- 2 -" not in d.text  # the pages' numbers are gone
    assert d.text.splitlines()[0] == "一、总体情况" and d.text.splitlines()[-1] == "二、下一步工作"
    [found] = [a for a in extract(d.text) if a.alliance == "华北测试氢能联盟"]
    assert (found.founded, found.city, found.initiators, found.initiator_count) == (
        "2019-06", "130700", ["甲测试科技股份有限公司", "乙测试动力科技有限公司"], 12)


def test_a_blank_broken_or_locked_pdf_is_skipped_with_its_reason(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    blank = PdfWriter()
    blank.add_blank_page(420, 595)  # a page with no text on it, as a scan's is
    blank.write(tmp_path / "scan.pdf")
    good = _pdf(tmp_path / "good.pdf", ["华北测试联盟在北京成立。"])
    (tmp_path / "cut.pdf").write_bytes(good.read_bytes()[:300])
    locked = PdfWriter(clone_from=good)
    locked.encrypt("secret", algorithm="RC4-40")
    locked.write(tmp_path / "locked.pdf")
    reasons = {Path(d.name).name: d.reason for d in documents(str(tmp_path)) if isinstance(d, Skipped)}
    assert reasons.keys() == {"scan.pdf", "cut.pdf", "locked.pdf"}, reasons
    assert reasons["scan.pdf"] == "no text in this PDF, not even by OCR: its pages hold no text nor pictures of any"
    assert reasons["cut.pdf"].startswith("not a readable PDF file")
    assert reasons["locked.pdf"].startswith("the PDF is protected by a password")


# a sentence set on full lines of 20 characters, running on to a second page
_OFD_PAGES = [["关于联盟情况的通报", "华北测试氢能联盟于2019年6月在张家口成立，由", "甲测试科技股份有限公司、乙测试动力科技有限"],
              ["公司等12家单位共同发起。", "二、下一步工作"]]


@pytest.mark.parametrize("one_code_a_character", [False, True])
def test_an_ofd_is_read_as_its_paragraphs_across_lines_and_pages(tmp_path: Path, one_code_a_character: bool) -> None:
    """OFD is the fixed-layout format Chinese government documents are published in."""
    from xietong.text.extract import extract

    [d] = documents(str(write_ofd(tmp_path / "通报.ofd", _OFD_PAGES, one_code_a_character=one_code_a_character)))
    assert isinstance(d, Document) and d.title == "测试公文"
    assert d.text.splitlines()[0] == "关于联盟情况的通报" and d.text.splitlines()[-1] == "二、下一步工作"
    assert "- 1 -" not in d.text and "- 2 -" not in d.text  # page numbers are layout, not text
    [found] = [a for a in extract(d.text) if a.alliance == "华北测试氢能联盟"]
    assert (found.founded, found.city, found.initiators, found.initiator_count) == (
        "2019-06", "130700", ["甲测试科技股份有限公司", "乙测试动力科技有限公司"], 12)


def test_an_ofd_is_known_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    ofd = write_ofd(tmp_path / "a.ofd", _OFD_PAGES)
    renamed = tmp_path / "download.bin"
    renamed.write_bytes(ofd.read_bytes())
    [d] = documents(str(renamed))
    assert isinstance(d, Document) and "华北测试氢能联盟" in d.text


def test_a_blank_or_broken_ofd_is_skipped_with_its_reason(tmp_path: Path) -> None:
    write_ofd(tmp_path / "scan.ofd", [[]])  # pages with neither text (the number aside) nor pictures
    good = write_ofd(tmp_path / "good.ofd", _OFD_PAGES)
    (tmp_path / "cut.ofd").write_bytes(good.read_bytes()[:300])
    good.unlink()
    reasons = {Path(d.name).name: d.reason for d in documents(str(tmp_path)) if isinstance(d, Skipped)}
    assert reasons.keys() == {"scan.ofd", "cut.ofd"}, reasons
    assert reasons["scan.ofd"] == "no text in this document, not even by OCR: its pages hold no text nor pictures of any"
    assert reasons["cut.ofd"].startswith("not a readable OFD file")


def test_an_ofd_placing_its_text_nowhere_is_refused_as_unreadable(tmp_path: Path) -> None:
    import zipfile

    good = write_ofd(tmp_path / "good.ofd", _OFD_PAGES)
    with zipfile.ZipFile(good) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    page = "Doc_0/Pages/Page_0/Content.xml"
    entries[page] = entries[page].replace(b'Boundary="25.0', b'Boundary="x', 1)
    with zipfile.ZipFile(tmp_path / "bad.ofd", "w") as z:
        for n, data in entries.items():
            z.writestr(n, data)
    good.unlink()
    [d] = documents(str(tmp_path))
    assert isinstance(d, Skipped) and d.reason.startswith("not a readable OFD file")


def test_an_old_word_document_is_read_as_its_paragraphs_with_its_title(tmp_path: Path) -> None:
    """Word 97-2003 (.doc): offices still keep and send documents so."""
    from xietong.text.extract import extract

    doc = write_doc(tmp_path / "通知.doc", ["关于联盟情况的通报", "华北测试氢能联盟于2019年6月在张家口成立，由甲测试科技股份有限公司、"
                                           "乙测试动力科技有限公司等12家单位共同发起。"], title="测试公文")
    [d] = documents(str(doc))
    assert isinstance(d, Document) and d.title == "测试公文"
    assert d.text.splitlines()[0] == "关于联盟情况的通报"
    [found] = [a for a in extract(d.text) if a.alliance == "华北测试氢能联盟"]
    assert (found.founded, found.city, found.initiator_count) == ("2019-06", "130700", 12)


def test_latin_text_word_saved_a_byte_a_character_is_read_after_the_chinese(tmp_path: Path) -> None:
    [d] = documents(str(write_doc(tmp_path / "a.doc", ["京津冀测试联盟成立。"], latin_piece="Hebei Test Alliance, 2019")))
    assert isinstance(d, Document) and d.text.splitlines() == ["京津冀测试联盟成立。", "Hebei Test Alliance, 2019"]


def test_fields_give_their_results_and_tables_their_rows(tmp_path: Path) -> None:
    blocks = ["详见\x13 HYPERLINK \"http://example.cn\" \x14联盟网站\x15。", [["名称", "成立时间"], ["测试联盟", "2019年"]], "附注"]
    [d] = documents(str(write_doc(tmp_path / "a.doc", blocks)))
    assert isinstance(d, Document) and d.text.splitlines() == ["详见联盟网站。", "名称\t成立时间", "测试联盟\t2019年", "附注"]


def test_a_cell_of_several_paragraphs_stays_one_cell_of_its_row(tmp_path: Path) -> None:
    """A .doc marks a paragraph in a cell by its properties (sprmPFInTable): a row's first cell
    written in two paragraphs is that cell, not a paragraph before the table."""
    from xietong.text.worddoc import doc_blocks

    blocks = ["名录", [["京津冀测试联盟\n（筹）", "2019年"], ["乙测试联盟", "甲\n乙"]], "附注"]
    data = write_doc(tmp_path / "a.doc", blocks).read_bytes()
    assert doc_blocks(data) == blocks
    [d] = documents(str(tmp_path / "a.doc"))
    assert isinstance(d, Document) and d.text.splitlines() == ["名录", "京津冀测试联盟 （筹）\t2019年", "乙测试联盟\t甲 乙", "附注"]


def test_an_old_word_document_is_known_by_its_content_whatever_its_name(tmp_path: Path) -> None:
    """WPS saves .wps so; a download may have no name at all."""
    data = write_doc(tmp_path / "a.doc", [SENTENCE]).read_bytes()
    for name in ("通知.wps", "download.bin"):
        (tmp_path / name).write_bytes(data)
    (tmp_path / "a.doc").unlink()
    assert [(Path(d.name).name, isinstance(d, Document) and d.text.strip()) for d in documents(str(tmp_path))] == [
        ("download.bin", SENTENCE), ("通知.wps", SENTENCE)]


def test_protected_broken_or_other_old_office_files_are_skipped_with_their_reason(tmp_path: Path) -> None:
    from tests.helpers import compound_file

    write_doc(tmp_path / "locked.doc", [SENTENCE], encrypted=True)
    good = write_doc(tmp_path / "good.doc", [SENTENCE]).read_bytes()
    (tmp_path / "cut.doc").write_bytes(good[:1500])
    (tmp_path / "book.xls").write_bytes(compound_file({"Workbook": b"\x09\x08" * 10}))
    at = good.index("WordDocument".encode("utf-16-le"))
    (tmp_path / "odd.doc").write_bytes(good[:at + 66] + b"\x01" + good[at + 67:])  # its Word stream marked a folder
    (tmp_path / "good.doc").unlink()
    reasons = {Path(d.name).name: d.reason for d in documents(str(tmp_path)) if isinstance(d, Skipped)}
    assert reasons.keys() == {"locked.doc", "cut.doc", "book.xls", "odd.doc"}, reasons
    assert reasons["locked.doc"].startswith("the document is protected by a password")
    assert reasons["cut.doc"].startswith("not a readable Word document")
    assert reasons["odd.doc"].startswith("not a readable Word document")
    assert reasons["book.xls"].startswith("not a readable XLS workbook")  # read as a workbook now, and broken


def test_a_document_damaged_anywhere_is_read_or_skipped_with_its_reason_never_a_crash(tmp_path: Path) -> None:
    """A damaged DOCX or OFD fails inside the ZIP it is (its data not inflating, a compression or
    version the zipfile module does not read, a member encrypted), a damaged .doc inside olefile:
    each is read or skipped with its reason."""
    import io
    import random

    import docx

    from tests.helpers import write_doc

    d = docx.Document()
    d.add_paragraph(SENTENCE)
    buf = io.BytesIO()
    d.save(buf)
    goods = {"a.docx": buf.getvalue(), "a.ofd": write_ofd(tmp_path / "g.ofd", _OFD_PAGES).read_bytes(),
             "a.doc": write_doc(tmp_path / "g.doc", [SENTENCE]).read_bytes()}
    rnd = random.Random(5)
    folder = tmp_path / "damaged"
    folder.mkdir()
    made = 0
    for name, good in goods.items():
        for _ in range(200):
            b = bytearray(good)
            for _ in range(rnd.randrange(1, 8)):
                b[rnd.randrange(len(b))] = rnd.randrange(256)
            (folder / f"{made}{name}").write_bytes(bytes(b))
            made += 1
    seen = list(documents(str(folder)))  # raises nothing
    assert len(seen) == made and any(isinstance(x, Skipped) for x in seen)


def test_a_spreadsheet_of_alliances_is_read_as_its_sheets_tables(tmp_path: Path) -> None:
    """Secretariats keep their lists in Excel: an XLSX or XLS sheet is read as a table pasted as text,
    each row a line of cells apart by tabs under the sheet's name, and extraction reads its columns
    by the import's names. An XLSX is known by its content whatever its name; a broken one is
    skipped as a workbook, not as a Word file."""
    from xietong.text.extract import extract

    rows = [["联盟名称", "成立时间", "成立地点"], ["华北测试表格联盟", "2020年5月", "天津"]]
    for path in (write_xlsx(tmp_path / "名录.xlsx", {"名录": rows}), write_xls(tmp_path / "名录.xls", {"名录": rows}),
                 write_xlsx(tmp_path / "名录.bin", {"名录": rows})):
        d = _one(path)
        assert isinstance(d, Document) and d.text.splitlines()[:2] == ["名录", "联盟名称\t成立时间\t成立地点"]
        found = {r.alliance: r for r in extract(d.text)}["华北测试表格联盟"]
        assert (found.founded, found.city) == ("2020-05", "120000")
    (tmp_path / "坏.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    skipped = _one(tmp_path / "坏.xlsx")
    assert isinstance(skipped, Skipped) and "XLSX" in skipped.reason and "DOCX" not in skipped.reason


def test_a_workbook_with_a_damaged_sheet_is_skipped_not_a_crash(tmp_path: Path) -> None:
    """A workbook that opens but whose sheet is cut short fails only as its rows are read: it is
    skipped with its reason, as a damaged DOCX is."""
    import io
    import zipfile

    good = write_xlsx(tmp_path / "好.xlsx", {"名录": [["联盟名称", "成立时间"], ["华北测试表格联盟", "2020年5月"]]}).read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, data[:len(data) // 2] if info.filename.startswith("xl/worksheets/") else data)
    (tmp_path / "好.xlsx").write_bytes(out.getvalue())
    skipped = _one(tmp_path / "好.xlsx")
    assert isinstance(skipped, Skipped) and skipped.reason.startswith("not a readable XLSX workbook")


# a notice as a scanner or a camera gives it: a picture of printed Chinese
_SCANNED = ["2025年9月12日，华北测试精密仪器联盟", "在天津滨海新区成立，首批成员单位56家。"]


def _scan(lines: list[str]):  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 40)  # fonts-noto-cjk
    picture = Image.new("L", (1400, 120 + 90 * len(lines)), 255)
    draw = ImageDraw.Draw(picture)
    for i, line in enumerate(lines):
        draw.text((60, 60 + i * 90), line, font=font, fill=0)
    return picture


def test_a_scanned_pdf_and_a_picture_of_a_notice_are_read_by_ocr(tmp_path: Path) -> None:
    """Notices reach offices as scans: a PDF whose pages are pictures, a photograph. Their text is
    read by OCR, offline, and the document says it was, for the reader to check its names."""
    from xietong.text.extract import extract

    _scan(_SCANNED).save(tmp_path / "scan.pdf", "PDF", resolution=150)
    _scan(_SCANNED).save(tmp_path / "photo.png")
    for name in ("scan.pdf", "photo.png"):
        d = _one(tmp_path / name)
        assert isinstance(d, Document) and d.ocr, d
        [found] = extract(d.text)
        assert (found.alliance, found.founded, found.city, found.member_count) == (
            "华北测试精密仪器联盟", "2025-09-12", "120000", 56), name
    assert not _one(_pdf(tmp_path / "typed.pdf", ["华北测试联盟在北京成立。"])).ocr  # a PDF with text is read as text


@pytest.mark.parametrize("pillow_fills_cut_pictures", [False, True])
def test_a_picture_with_no_text_or_not_a_picture_is_skipped_with_its_reason(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pillow_fills_cut_pictures: bool) -> None:
    """A blank picture has no text; a file that is no picture, or one cut short, is refused, also where
    Pillow has been asked to fill a cut picture with grey (WeasyPrint asks it to, for the brief)."""
    from PIL import Image, ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", pillow_fills_cut_pictures)
    Image.new("L", (600, 400), 255).save(tmp_path / "blank.png")
    (tmp_path / "cut.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a whole picture")
    _scan(_SCANNED).save(tmp_path / "whole.png")
    _scan(_SCANNED).convert("RGB").save(tmp_path / "whole.jpg")
    for name in ("png", "jpg"):  # their headers whole, their data cut
        (tmp_path / f"short.{name}").write_bytes((tmp_path / f"whole.{name}").read_bytes()[:3000])
        (tmp_path / f"whole.{name}").unlink()
    reasons = {Path(d.name).name: d.reason for d in documents(str(tmp_path)) if isinstance(d, Skipped)}
    assert reasons["blank.png"] == "no text in this picture, not even by OCR"
    for name in ("cut.jpg", "short.png", "short.jpg"):
        assert reasons[name].startswith("not a readable picture"), (name, reasons[name])


@pytest.mark.parametrize("turned", [180, 90, 270])
def test_a_page_scanned_upside_down_or_on_its_side_is_read_in_order(tmp_path: Path, turned: int) -> None:
    """A page fed into the scanner the wrong way round reads as the page does, first line first,
    each line whole to its last mark (read the way it lay: last line first, or broken into columns)."""
    lines = [*_SCANNED, "联盟由北京测试大学牵头，", "天津仪器研究院等单位参加。"]
    _scan(lines).rotate(turned, expand=True).save(tmp_path / "turned.png")
    d = _one(tmp_path / "turned.png")
    assert isinstance(d, Document) and d.ocr and d.text.splitlines() == lines


def test_reading_a_scan_tells_of_each_page_read(tmp_path: Path) -> None:
    """OCR takes seconds a page: reading a scan tells, page by page, how far it has got (extract shows
    a progress bar by it)."""
    first, second = _scan(_SCANNED[:1]), _scan(_SCANNED[1:])
    first.save(tmp_path / "scan.pdf", "PDF", resolution=150, save_all=True, append_images=[second])
    told: list[tuple[str, int, int]] = []
    [d] = documents(str(tmp_path / "scan.pdf"), lambda name, done, total: told.append((Path(name).name, done, total)))
    assert isinstance(d, Document) and d.ocr
    assert told == [("scan.pdf", 1, 2), ("scan.pdf", 2, 2)]


def test_a_scanned_ofd_is_read_by_ocr(tmp_path: Path) -> None:
    """An OFD of a scan (a scanner's or an archive's): each page an image object whose picture file its
    resources name, read by OCR as a scanned PDF's pages are."""
    import io

    from xietong.text.extract import extract

    pages = []
    for lines in (_SCANNED[:1], _SCANNED[1:]):
        buffer = io.BytesIO()
        _scan(lines).save(buffer, "PNG")
        pages.append(buffer.getvalue())
    d = _one(write_scanned_ofd(tmp_path / "scan.ofd", pages))
    assert isinstance(d, Document) and d.ocr and d.title == "扫描件"
    [found] = extract(d.text)
    assert (found.alliance, found.founded, found.city, found.member_count) == ("华北测试精密仪器联盟", "2025-09-12", "120000", 56)


def test_a_scanned_pdf_whose_pictures_hold_no_text_says_so(tmp_path: Path) -> None:
    """A scan of blank pages (or of pictures no text can be read from) is told apart from a PDF of
    blank pages that hold no pictures at all."""
    from PIL import Image

    Image.new("L", (600, 800), 255).save(tmp_path / "blank_scan.pdf", "PDF", resolution=100)
    [d] = documents(str(tmp_path / "blank_scan.pdf"))
    assert isinstance(d, Skipped) and d.reason == "no text in this PDF, not even by OCR of the pictures of its pages"


def test_a_scanned_pdf_whose_picture_is_damaged_is_skipped_with_why(tmp_path: Path) -> None:
    import io

    buffer = io.BytesIO()
    _scan(_SCANNED).save(buffer, "PDF", resolution=150)
    data = bytearray(buffer.getvalue())
    start = data.find(b"\xff\xd8\xff")  # the page's JPEG picture, its opening bytes damaged
    data[start:start + 40] = b"\x00" * 40
    (tmp_path / "damaged.pdf").write_bytes(bytes(data))
    [d] = documents(str(tmp_path / "damaged.pdf"))
    assert isinstance(d, Skipped) and d.reason.startswith("not a readable picture in this PDF"), d


def test_a_phone_s_photo_is_turned_upright_as_its_orientation_tag_says(tmp_path: Path) -> None:
    """A phone stores a photo as its sensor saw it, turned, with an EXIF tag saying how to turn it
    upright; the text is read from the picture as the tag shows it."""
    from PIL import Image

    from xietong.text.extract import extract

    turned = _scan(_SCANNED).transpose(Image.Transpose.ROTATE_90)  # as the sensor saw it
    exif = Image.Exif()
    exif[0x0112] = 6  # the picture is to be turned 90° clockwise to be seen upright
    turned.convert("RGB").save(tmp_path / "photo.jpg", exif=exif)
    d = _one(tmp_path / "photo.jpg")
    assert isinstance(d, Document) and d.ocr
    [found] = extract(d.text)
    assert (found.alliance, found.city) == ("华北测试精密仪器联盟", "120000")
