"""Writing through the platform: an import is previewed (every problem, or
every change) before anything is written; review candidates are accepted or
rejected; each change is audited; uploads are size-limited."""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import fingerprint
from xietong import accounts, registry, review
from xietong.store import Store
from xietong.text.pipeline import extract_path

PASSWORD = "correct-horse-battery"
GOOD = "联盟名称,成立时间,成立地点\n京津冀网页导入测试联盟,2020-05,北京\n".encode("utf-8")
BAD = "联盟名称,成立时间,成立地点\n京津冀网页导入测试联盟,2020-13,火星\n".encode("gbk")


@pytest.fixture
def editor(client: TestClient, bundled: Store) -> str:
    accounts.add_user(bundled, "alice", PASSWORD, "editor")
    page = client.get("/login").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    client.post("/login", data={"username": "alice", "password": PASSWORD, "csrf": csrf})
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/import").text).group(1)


def test_a_bad_file_is_reported_and_nothing_written(client: TestClient, bundled: Store, editor: str) -> None:
    before = fingerprint(bundled)
    r = client.post("/import", data={"csrf": editor}, files={"file": ("bad.csv", BAD, "text/csv")})
    assert r.status_code == 200
    assert "bad.csv:2:成立时间: 无法识别日期 &#39;2020-13&#39;：月份 13 超出范围" in r.text
    assert "bad.csv:2:成立地点: 未知地区 &#39;火星&#39;" in r.text
    assert "(unknown region &#39;火星&#39;)" in r.text  # the English original beside it
    client.cookies.set("lang", "en")
    r = client.post("/import", data={"csrf": editor}, files={"file": ("bad.csv", BAD, "text/csv")})
    assert "bad.csv:2:成立地点: unknown region &#39;火星&#39;" in r.text
    assert 'id="confirm-import"' not in r.text
    assert fingerprint(bundled) == before


def test_a_good_file_is_previewed_then_written(client: TestClient, bundled: Store, editor: str) -> None:
    before = fingerprint(bundled)
    r = client.post("/import", data={"csrf": editor}, files={"file": ("good.csv", GOOD, "text/csv")})
    assert 'id="confirm-import"' in r.text and fingerprint(bundled) == before  # the preview writes nothing
    token = re.search(r'name="token" value="([^"]+)"', r.text).group(1)
    r = client.post("/import/confirm", data={"csrf": editor, "token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/api/v1/alliances", params={"q": "网页导入"}).json()["total"] == 1
    assert accounts.audit_log(bundled)[0]["action"] == "import"


def _table_file(path: Path, rows: list[list[str]]) -> Path:
    """``rows`` kept as a member list is kept, by the kind of file ``path`` names: in a Word document
    (.docx, or .doc as Word 97-2003 and WPS save it), a PDF or an old .xls workbook, under a title."""
    from tests.helpers import write_doc, write_pdf, write_xls
    from tests.ingest.test_readers import _docx

    suffix = path.suffix
    if suffix == ".docx":
        return _docx(path, "联盟名单", rows)
    if suffix == ".xls":
        return write_xls(path, {"联盟": rows})
    return (write_doc if suffix == ".doc" else write_pdf)(path, ["联盟名单", rows])


@pytest.mark.parametrize("name, media", [("名单.docx", "application/octet-stream"), ("名单.doc", "application/msword"),
                                         ("名单.pdf", "application/pdf"), ("名单.xls", "application/vnd.ms-excel")])
def test_a_list_kept_in_word_a_pdf_or_an_old_workbook_is_previewed_like_a_spreadsheet(
        client: TestClient, bundled: Store, editor: str, tmp_path, name: str, media: str) -> None:  # type: ignore[no-untyped-def]
    """A member list is uploaded as it is kept or published (Word, old Word or WPS, a PDF attachment, an
    old Excel or WPS workbook): its table's problems are listed by row and column, nothing written."""
    f = _table_file(tmp_path / name, [["联盟名称", "成立时间", "成立地点"], ["京津冀网页文档测试联盟", "2020-05", "火星"]])
    before = fingerprint(bundled)
    r = client.post("/import", data={"csrf": editor}, files={"file": (name, f.read_bytes(), media)})
    assert r.status_code == 200 and f"{name}:2:成立地点: 未知地区 &#39;火星&#39;" in r.text
    assert fingerprint(bundled) == before


def test_the_preview_says_what_the_import_leaves_out(client: TestClient, bundled: Store, editor: str) -> None:
    titled = "京津冀联盟名录（内部）,,\n联盟名称,成立时间,备注\n京津冀网页标题行联盟,2016,内部\n".encode("gbk")
    r = client.post("/import", data={"csrf": editor}, files={"file": ("名录.csv", titled, "text/csv")})
    assert 'id="confirm-import"' in r.text
    warnings = r.text.split('id="import-warnings"')[1].split("</ul>")[0]
    assert "名录.csv：表头在第 2 行，其上各行未导入：&#39;京津冀联盟名录（内部）&#39;" in warnings
    assert "以下列未导入" in warnings and "备注" in warnings
    assert "/tmp" not in warnings and "xietong-uploads" not in warnings  # the server's folders are not shown


def test_uploads_are_limited_and_guarded(client: TestClient, bundled: Store, editor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from xietong.web import app as webapp

    assert client.post("/import", files={"file": ("good.csv", GOOD, "text/csv")}).status_code == 403  # no CSRF
    monkeypatch.setattr(webapp, "MAX_UPLOAD", 10)
    assert client.post("/import", data={"csrf": editor}, files={"file": ("good.csv", GOOD, "text/csv")}).status_code == 413
    assert client.post("/import", data={"csrf": editor}, files={"file": ("x.exe", b"MZ", "application/octet-stream")}).status_code == 400


def test_accept_and_reject_review_candidates(client: TestClient, bundled: Store, editor: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("京津冀网页审核甲联盟近日在京成立。京津冀网页审核乙联盟在天津成立。", encoding="utf-8")
    review.add_candidates(bundled, extract_path(str(tmp_path / "a.txt"), context_cluster="jingjinji"))
    page = client.get("/review").text
    by_name = {c["record"]["alliance"]: c["id"] for c in review.list_candidates(bundled)}
    first, second = by_name["京津冀网页审核甲联盟"], by_name["京津冀网页审核乙联盟"]
    assert f'action="/review/{first}/accept"' in page and f'action="/review/{second}/reject"' in page
    assert client.post(f"/review/{first}/accept", data={"csrf": "forged"}).status_code == 403
    assert client.post(f"/review/{first}/accept", data={"csrf": editor}, follow_redirects=False).status_code == 303
    assert client.post(f"/review/{second}/reject", data={"csrf": editor}, follow_redirects=False).status_code == 303
    names = [a["name"] for a in client.get("/api/v1/alliances", params={"q": "网页审核"}).json()["items"]]
    assert len(names) == 1 and "甲" in names[0]
    assert [e["action"] for e in accounts.audit_log(bundled)[:2]] == ["review.reject", "review.accept"]


def test_the_review_queue_reads_as_the_reader_writes_and_comes_a_page_at_a_time(
        client: TestClient, bundled: Store, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from xietong.web import app as webapp

    (tmp_path / "a.txt").write_text("2016年3月，京津冀网页审核丙联盟在京成立，由北京某大学和天津某研究院共同发起，成员单位30余家。"
                                    "京津冀网页审核丁联盟在天津成立。", encoding="utf-8")
    review.add_candidates(bundled, extract_path(str(tmp_path / "a.txt"), context_cluster="jingjinji"))
    text = re.sub(r"<[^>]+>", "", client.get("/review").text)
    assert "成立时间：2016年3月" in text and "成立地点：北京市" in text and "成员数量：30余家" in text
    assert "发起单位：北京某大学、天津某研究院" in text
    assert "founded:" not in text and "member_count" not in text and "['" not in text  # no codes, keys or lists
    monkeypatch.setattr(webapp, "REVIEW_PAGE", 1)
    first, second = client.get("/review").text, client.get("/review", params={"page": 2}).text
    assert "第 1–1 个，共 2 个" in first and 'href="?page=2"' in first
    assert ("审核丙联盟" in first) != ("审核丙联盟" in second) and "第 2–2 个，共 2 个" in second


def test_the_review_page_shows_and_edits_the_council_s_offices_and_tiers(client: TestClient, bundled: Store, editor: str,
                                                                tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("京津冀网页审核戊联盟在京成立，北京某某集团有限公司当选理事长单位，"
                                    "天津某某大学、河北某某研究院当选副理事长单位，天津某某检测中心当选监事单位。", encoding="utf-8")
    review.add_candidates(bundled, extract_path(str(tmp_path / "a.txt"), context_cluster="jingjinji"))
    [c] = review.list_candidates(bundled)
    page = client.get("/review").text
    text = re.sub(r"<[^>]+>", "", page)
    assert "理事长单位：北京某某集团有限公司" in text and "副理事长单位：天津某某大学、河北某某研究院" in text
    assert "监事单位：天津某某检测中心" in text and "常务理事单位：" not in text  # a tier named by none is not shown
    assert 'name="chairs" value="北京某某集团有限公司"' in page and 'name="vice_chairs" value="天津某某大学；河北某某研究院"' in page
    assert 'name="chair"' not in page and len(re.findall(r"(?<![副务])理事长单位：", text)) == 1  # the chairs, listed once
    assert 'name="supervisors" value="天津某某检测中心"' in page and 'name="standing_council_members" value=""' in page
    done = client.post(f"/review/{c['id']}/edit", data={"csrf": editor, "version": c["version"], "chairs": "北京某某科技有限公司",
                                                          "vice_chairs": "天津某某大学",
                                                          "standing_council_members": "河北某某协会"}, follow_redirects=False)
    assert done.status_code == 303
    record = review.show(bundled, c["id"])["record"]
    assert (record["chair"], record["vice_chairs"]) == ("北京某某科技有限公司", ["天津某某大学"])
    assert (record["standing_council_members"], record["supervisors"]) == (["河北某某协会"], ["天津某某检测中心"])


def test_other_readers_are_served_while_an_upload_is_previewed(live: str, bundled: Store,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Previewing a large file takes seconds; it is worked out beside the
    server's event loop, not on it, so nobody else waits for it."""
    import threading

    import httpx2 as httpx

    from xietong import registry

    entered, release = threading.Event(), threading.Event()
    real = registry.import_paths

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        entered.set()
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(registry, "import_paths", held)
    accounts.add_user(bundled, "alice", PASSWORD, "editor")
    done: dict[str, httpx.Response] = {}
    with httpx.Client(base_url=live, timeout=60) as editor_client:
        csrf = re.search(r'name="csrf" value="([^"]+)"', editor_client.get("/login").text).group(1)
        editor_client.post("/login", data={"username": "alice", "password": PASSWORD, "csrf": csrf})
        csrf = re.search(r'name="csrf" value="([^"]+)"', editor_client.get("/import").text).group(1)
        upload = threading.Thread(target=lambda: done.update(preview=editor_client.post(
            "/import", data={"csrf": csrf}, files={"file": ("good.csv", GOOD, "text/csv")})))
        upload.start()
        try:
            assert entered.wait(30), "the preview did not start"
            with httpx.Client(base_url=live, timeout=10) as reader:
                assert reader.get("/api/v1/alliances", params={"limit": 1}).status_code == 200
        finally:
            release.set()
            upload.join(60)
    assert done["preview"].status_code == 200 and 'id="confirm-import"' in done["preview"].text  # previewed, nothing wrong


def test_the_import_page_offers_a_blank_template_of_each_kind_that_imports_back(client: TestClient, bundled: Store,
                                                                                tmp_path: Path) -> None:
    """填报模板: each kind's header row in the reader's language, opened by Excel as UTF-8; filled in
    with one row and imported, it is read as that kind, every column known."""
    page = client.get("/import").text
    assert '<a href="/import/template/orgs" download>机构</a>' in page and "GBK" in page
    raw = client.get("/import/template/orgs").content
    assert raw.startswith(codecs.BOM_UTF8)
    header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert header[0] == "机构名称" and "统一社会信用代码" in header
    f = tmp_path / "filled.csv"
    row = {"机构名称": "模板测试科技有限公司", "机构类型": "企业", "所属省份": "河北", "所在地": "廊坊"}
    f.write_bytes(raw + ",".join(row.get(h, "") for h in header).encode("utf-8") + b"\n")
    report = registry.import_paths(bundled, [str(f)])
    assert report.rows == {"orgs": 1} and report.warnings == []
    client.cookies.set("lang", "en")
    assert next(csv.reader(io.StringIO(client.get("/import/template/memberships").content.decode("utf-8-sig"))))[:2] == \
        ["alliance", "org"]
    assert client.get("/import/template/lost").status_code == 404
