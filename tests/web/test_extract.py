"""Submitting a report on the platform: pasted or uploaded, read as `xietong extract --commit`
reads a file, its alliances proposed for review (never written as facts), sourced to it."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from fastapi.testclient import TestClient

from tests.conftest import fingerprint
from tests.helpers import write_doc, write_ofd
from tests.web.test_changes import _login
from xietong import registry, review
from xietong.store import Store

NEWS = "今年4月，京津冀网页提交测试联盟在天津成立，由北京工业大学、天津工业大学等单位共同发起，成员单位达30余家。"


def _said(page: str, what: str) -> str:
    found = re.search(rf'<p [^>]*id="{what}"[^>]*>(.*?)</p>', page, re.S)
    return html.unescape(found[1]) if found else ""


def test_a_pasted_report_becomes_candidates_sourced_to_it(client: TestClient, bundled: Store) -> None:
    csrf = _login(client, bundled, "alice")
    r = client.post("/review/extract", data={"csrf": csrf, "text": NEWS, "date": "2016-05-02", "title": "《天津日报》2016年5月2日",
                                             "url": "https://example.org/news/1"})
    assert r.status_code == 200
    assert _said(r.text, "extracted").startswith("《《天津日报》2016年5月2日》：读出 1 个联盟，新增 1 条待审候选")
    [c] = [c for c in review.list_candidates(bundled) if c["record"]["alliance"] == "京津冀网页提交测试联盟"]
    assert c["source_title"] == "《天津日报》2016年5月2日" and "《天津日报》2016年5月2日 · 「" in client.get("/review").text
    assert c["record"]["founded"] == "2016-04" and c["record"]["city"] == "120000"  # 今年4月 read against the date
    assert {"北京工业大学", "天津工业大学"} <= set(c["record"]["initiators"])
    assert registry.show(bundled, "京津冀网页提交测试联盟", kind="alliance") == []  # no fact before it is accepted
    review.accept(bundled, c["id"], by="alice")
    [a] = registry.show(bundled, "京津冀网页提交测试联盟", kind="alliance")
    [founded] = a["facts"]["founded"]
    assert founded["source"]["title"] == "《天津日报》2016年5月2日" and founded["source"]["url"] == "https://example.org/news/1"
    # the same report again proposes nothing new
    again = client.post("/review/extract", data={"csrf": csrf, "text": NEWS, "date": "2016-05-02"})
    assert "新增 0 条待审候选" in _said(again.text, "extracted")


def test_an_uploaded_gbk_html_page_is_read_without_its_scripts(client: TestClient, bundled: Store) -> None:
    csrf = _login(client, bundled, "alice")
    page = ("<html><head><title>网页上传测试</title></head><body><p>京津冀网页上传测试联盟近日在石家庄成立。</p>"
            "<script>document.write('京津冀脚本注入联盟成立')</script></body></html>").encode("gbk")
    r = client.post("/review/extract", data={"csrf": csrf}, files={"file": ("报道.html", io.BytesIO(page), "text/html")})
    assert "《网页上传测试》：读出 1 个联盟" in _said(r.text, "extracted")
    names = {c["record"]["alliance"] for c in review.list_candidates(bundled)}
    assert "京津冀网页上传测试联盟" in names and "京津冀脚本注入联盟" not in names


def test_an_uploaded_pdf_report_is_read(client: TestClient, bundled: Store) -> None:
    from weasyprint import HTML

    csrf = _login(client, bundled, "alice")
    pdf = HTML(string="<html><head><title>PDF上传测试</title></head><body style=\"font-family: 'Noto Sans CJK SC'\">"
                      "<p>京津冀PDF上传测试联盟近日在石家庄成立。</p></body></html>").write_pdf()
    r = client.post("/review/extract", data={"csrf": csrf}, files={"file": ("报告.pdf", io.BytesIO(pdf), "application/pdf")})
    assert "《PDF上传测试》：读出 1 个联盟" in _said(r.text, "extracted")
    [c] = [c for c in review.list_candidates(bundled) if c["record"]["alliance"] == "京津冀PDF上传测试联盟"]
    assert c["record"]["city"] == "130100"


def test_an_uploaded_ofd_document_is_read(client: TestClient, bundled: Store, tmp_path: Path) -> None:
    """OFD, the format Chinese government documents are published in, as a PDF is."""
    csrf = _login(client, bundled, "alice")
    ofd = write_ofd(tmp_path / "x.ofd", [["京津冀OFD上传测试联盟近日在石家庄成立。"]], title="OFD上传测试").read_bytes()
    r = client.post("/review/extract", data={"csrf": csrf}, files={"file": ("通知.ofd", io.BytesIO(ofd), "application/ofd")})
    assert "《OFD上传测试》：读出 1 个联盟" in _said(r.text, "extracted")
    [c] = [c for c in review.list_candidates(bundled) if c["record"]["alliance"] == "京津冀OFD上传测试联盟"]
    assert c["record"]["city"] == "130100"


def test_an_uploaded_scan_of_a_notice_is_read_by_ocr(client: TestClient, bundled: Store) -> None:
    """A photographed or scanned notice, as offices receive them: its text read by OCR, its alliances
    proposed for an editor to check against the scan."""
    from tests.text.test_documents import _scan

    csrf = _login(client, bundled, "alice")
    picture = io.BytesIO()
    _scan(["京津冀扫描上传测试联盟近日在石家庄成立。"]).save(picture, "PNG")
    r = client.post("/review/extract", data={"csrf": csrf}, files={"file": ("通知.png", io.BytesIO(picture.getvalue()), "image/png")})
    assert "读出 1 个联盟" in _said(r.text, "extracted")
    [c] = [c for c in review.list_candidates(bundled) if c["record"]["alliance"] == "京津冀扫描上传测试联盟"]
    assert c["record"]["city"] == "130100"
    from sqlalchemy import select

    from xietong.store.tables import source
    with bundled.engine.connect() as conn:  # the source says its text is a machine's reading of pictures
        notes = conn.execute(select(source.c.note).where(source.c.file == "通知.png")).scalars().all()
    assert notes == [review.OCR_NOTE]
    page = client.get("/review").text  # the editor is told to check the names against the scan
    assert "扫描件，文字由文字识别读出，请对照原件核对名称" in page.split("<b>京津冀扫描上传测试联盟</b>")[1].split("</tr>")[0]


def test_an_uploaded_old_word_document_is_read(client: TestClient, bundled: Store, tmp_path: Path) -> None:
    """A .doc (Word 97-2003, or WPS saving as one), as offices still keep and send documents."""
    csrf = _login(client, bundled, "alice")
    doc = write_doc(tmp_path / "x.doc", ["京津冀DOC上传测试联盟近日在石家庄成立。"], title="DOC上传测试").read_bytes()
    r = client.post("/review/extract", data={"csrf": csrf}, files={"file": ("通知.doc", io.BytesIO(doc), "application/msword")})
    assert "《DOC上传测试》：读出 1 个联盟" in _said(r.text, "extracted")
    [c] = [c for c in review.list_candidates(bundled) if c["record"]["alliance"] == "京津冀DOC上传测试联盟"]
    assert c["record"]["city"] == "130100"


def test_a_refused_submission_says_why_keeps_what_was_typed_and_stores_nothing(client: TestClient, bundled: Store) -> None:
    csrf = _login(client, bundled, "alice")
    before = fingerprint(bundled)
    for data, files, said in (
        ({"text": "  "}, None, "请给出报道正文或上传文件"),
        ({"text": NEWS, "date": "2016年13月"}, None, "报道日期"),
        ({"text": NEWS, "date": "2016-05"}, None, "请给出完整日期"),
        ({"text": NEWS, "url": "javascript:alert(1)"}, None, "网址"),
        ({"text": NEWS, "cluster": "火星群"}, None, "未知城市群"),
        ({}, {"file": ("a.docx", io.BytesIO(b"PK\x03\x04 broken"), "application/octet-stream")}, "DOCX"),
        ({}, {"file": ("c.pdf", io.BytesIO(b"%PDF-1.7 broken"), "application/pdf")}, "PDF"),
        ({}, {"file": ("d.ofd", io.BytesIO(b"PK\x03\x04 broken"), "application/ofd")}, "不是可读取的 OFD 文件"),
        ({}, {"file": ("e.doc", io.BytesIO(bytes.fromhex("d0cf11e0a1b11ae1") + b"broken"), "application/msword")},
         "不是可读取的 Word 文档"),
        ({}, {"file": ("b.bin", io.BytesIO(b"\x00\x01\x02\xff" * 100), "application/octet-stream")}, "b.bin"),
        ({}, {"file": ("empty.txt", io.BytesIO(b""), "text/plain")}, "empty.txt"),
    ):
        r = client.post("/review/extract", data={"csrf": csrf, **data}, files=files)
        assert r.status_code == 400, data
        assert said in _said(r.text, "extract-error"), (data, _said(r.text, "extract-error"))
        if data.get("text", "").strip():
            assert html.escape(data["text"], quote=False) in r.text  # what was typed is there to mend
    assert fingerprint(bundled) == before


def test_submitting_needs_an_editor_and_the_form_s_token(client: TestClient, bundled: Store) -> None:
    assert client.post("/review/extract", data={"text": NEWS}).status_code == 401
    assert 'id="submit-doc"' not in client.get("/review").text  # signed out: no form
    csrf = _login(client, bundled, "carol")
    assert 'id="submit-doc"' in client.get("/review").text
    assert client.post("/review/extract", data={"text": NEWS, "csrf": "wrong"}).status_code == 403
    assert client.post("/review/extract", data={"text": NEWS, "csrf": csrf}).status_code == 200


def test_candidates_ticked_on_the_page_are_decided_together_each_at_the_version_shown(client: TestClient, bundled: Store) -> None:
    """Accept or reject many at once: each is decided (and logged, and undoable) on its own; one that
    someone changed since the page was shown is left as it is and the page says why."""
    from xietong import accounts

    csrf = _login(client, bundled, "alice")
    news = "".join(f"京津冀批量测试{n}联盟近日在天津成立。" for n in "甲乙丙丁")
    client.post("/review/extract", data={"csrf": csrf, "text": news})
    page = client.get("/review").text
    ticks = {n: (cid, v) for cid, v, n in
             re.findall(r'name="chosen" value="(Q\w+):(\d+)" form="bulk" aria-label="选择 (京津冀批量测试.联盟)"', page)}
    assert len(ticks) == 4
    stale = ticks["京津冀批量测试丁联盟"]
    review.edit(bundled, stale[0], {"founded": "2016"}, by="bob")  # changed by someone else since the page was shown
    chosen = [f"{cid}:{v}" for n, (cid, v) in ticks.items() if n != "京津冀批量测试丙联盟"]
    r = client.post("/review/decide", data={"csrf": csrf, "decision": "accept", "chosen": chosen})
    said = _said(r.text, "decided")
    assert r.status_code == 200 and said.startswith("已接受 2 条候选") and "已被他人修改" in said
    status = {c["record"]["alliance"]: c["status"] for c in review.list_candidates(bundled, status=None)
              if c["record"]["alliance"].startswith("京津冀批量测试")}
    assert status == {"京津冀批量测试甲联盟": "accepted", "京津冀批量测试乙联盟": "accepted",
                      "京津冀批量测试丙联盟": "pending", "京津冀批量测试丁联盟": "pending"}
    assert [e["action"] for e in accounts.audit_log(bundled)[:2]] == ["review.accept", "review.accept"]  # one entry each
    assert registry.show(bundled, "京津冀批量测试甲联盟", kind="alliance")
    # nothing ticked: said, nothing done; a token missing: refused
    assert "请先勾选要处理的候选" in _said(client.post("/review/decide", data={"csrf": csrf, "decision": "reject"}).text, "decided-error")
    assert client.post("/review/decide", data={"decision": "reject", "chosen": chosen}).status_code == 403
