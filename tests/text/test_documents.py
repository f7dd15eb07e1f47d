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
