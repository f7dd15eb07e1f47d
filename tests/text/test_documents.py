"""Documents: text, HTML and DOCX are read; bad input is skipped with a reason."""

from __future__ import annotations

from pathlib import Path

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
