"""Changing the registry through the platform and taking it back: editing a
review candidate (versions catch a stale form), judging organisation
duplicates, and undoing any audited change from the change log."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import fingerprint
from tests.web.test_writes import GOOD, PASSWORD
from xietong import accounts, registry, review
from xietong.store import Store
from xietong.text.pipeline import extract_path

HTML = {"accept": "text/html"}


def _login(client: TestClient, store: Store, name: str, role: str = "editor") -> str:
    accounts.add_user(store, name, PASSWORD, role)
    page = client.get("/login").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    client.post("/login", data={"username": name, "password": PASSWORD, "csrf": csrf})
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/import").text).group(1)


@pytest.fixture
def editor(client: TestClient, bundled: Store) -> str:
    return _login(client, bundled, "alice")


def _candidate(store: Store, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    (tmp_path / "a.txt").write_text("京津冀网页修改测试联盟近日在京成立，成员单位达20余家。", encoding="utf-8")
    review.add_candidates(store, extract_path(str(tmp_path / "a.txt"), context_cluster="jingjinji"))
    [c] = review.list_candidates(store)
    return c


def _undo_latest(client: TestClient, store: Store, csrf: str, action: str) -> int:
    entry = next(e for e in accounts.audit_log(store) if e["action"] == action)
    return client.post(f"/audit/{entry['id']}/undo", data={"csrf": csrf}, follow_redirects=False).status_code


def test_edit_a_candidate_and_a_stale_form_is_refused(client: TestClient, bundled: Store, editor: str,
                                                      tmp_path: Path) -> None:
    c = _candidate(bundled, tmp_path)
    form = {"csrf": editor, "version": "1", "city": "天津", "member_count": "25"}
    assert client.post(f"/review/{c['id']}/edit", data=form, follow_redirects=False).status_code == 303
    stale = client.post(f"/review/{c['id']}/edit", data={**form, "city": "河北"}, headers=HTML)
    assert stale.status_code == 409 and "已被他人修改" in stale.text  # said in the reader's language
    assert client.post(f"/review/{c['id']}/accept", data={"csrf": editor, "version": "1"}).status_code == 409
    assert review.show(bundled, c["id"])["record"]["city"] == "120000"
    bad = client.post(f"/review/{c['id']}/edit", data={"csrf": editor, "version": "2", "founded": "2020年13月"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_request"
    assert client.post(f"/review/{c['id']}/accept", data={"csrf": editor, "version": "2"},
                       follow_redirects=False).status_code == 303
    [a] = client.get("/api/v1/alliances", params={"q": "网页修改"}).json()["items"]
    assert a["city"] == "120000" and a["stated_members"] == [{"count": 25, "qualifier": "more_than", "kind": None}]  # 20余家, corrected


def test_the_edit_form_corrects_the_count_of_initiators_too(client: TestClient, bundled: Store, editor: str,
                                                             tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("京津冀网页计数测试联盟由三地100余家企业共同发起成立。", encoding="utf-8")
    review.add_candidates(bundled, extract_path(str(tmp_path / "b.txt"), context_cluster="jingjinji"))
    [c] = review.list_candidates(bundled)
    page = client.get("/review").text
    assert "发起单位数：100余家" in page and '<input name="initiator_count" value="100"' in page
    form = {"csrf": editor, "version": "1", "initiator_count": "约120"}
    assert client.post(f"/review/{c['id']}/edit", data=form, follow_redirects=False).status_code == 303
    record = review.show(bundled, c["id"])["record"]
    assert (record["initiator_count"], record["initiator_count_qualifier"]) == (120, "about")


def test_undo_an_acceptance_from_the_change_log(client: TestClient, bundled: Store, editor: str,
                                                tmp_path: Path) -> None:
    c = _candidate(bundled, tmp_path)
    client.post(f"/review/{c['id']}/accept", data={"csrf": editor, "version": "1"})
    assert client.get("/api/v1/alliances", params={"q": "网页修改"}).json()["total"] == 1
    page = client.get("/audit").text
    assert 'class="undo"' in page and 'data-action="review.accept"' in page and "<td>接受待审记录</td>" in page
    assert _undo_latest(client, bundled, editor, "review.accept") == 303
    assert client.get("/api/v1/alliances", params={"q": "网页修改"}).json()["total"] == 0
    assert review.show(bundled, c["id"])["status"] == "pending"
    assert _undo_latest(client, bundled, editor, "review.accept") == 409  # once only
    assert accounts.audit_log(bundled)[0]["action"] == "undo"


def test_undo_an_import_leaves_the_registry_as_it_was(client: TestClient, bundled: Store, editor: str) -> None:
    before = client.get("/api/v1/alliances", params={"limit": 200}).json()
    r = client.post("/import", data={"csrf": editor}, files={"file": ("good.csv", GOOD, "text/csv")})
    token = re.search(r'name="token" value="([^"]+)"', r.text).group(1)
    client.post("/import/confirm", data={"csrf": editor, "token": token})
    assert client.get("/api/v1/alliances", params={"q": "网页导入"}).json()["total"] == 1
    assert _undo_latest(client, bundled, editor, "import") == 303
    assert client.get("/api/v1/alliances", params={"limit": 200}).json() == before


def test_only_the_author_or_an_admin_may_undo(client: TestClient, bundled: Store, editor: str, tmp_path: Path) -> None:
    c = _candidate(bundled, tmp_path)
    client.post(f"/review/{c['id']}/reject", data={"csrf": editor, "version": "1"})
    client.post("/logout", data={"csrf": editor})
    bob = _login(client, bundled, "bob")
    snapshot = fingerprint(bundled)
    entry = next(e for e in accounts.audit_log(bundled) if e["action"] == "review.reject")
    r = client.post(f"/audit/{entry['id']}/undo", data={"csrf": bob}, headers=HTML)
    assert r.status_code == 409 and "只有更改者本人或管理员可以撤销这项更改" in r.text  # the page says it in the reader's language
    assert fingerprint(bundled) == snapshot
    client.post("/logout", data={"csrf": bob})
    root = _login(client, bundled, "root", "admin")
    assert _undo_latest(client, bundled, root, "review.reject") == 303
    assert review.show(bundled, c["id"])["status"] == "pending"


def test_merge_review_merge_unmerge_different_and_undo(client: TestClient, bundled: Store, editor: str) -> None:
    page = client.get("/merges").text
    assert "工业设计促进会" in page  # a proposed lookalike pair
    orgs = {o["name"]: o["id"] for o in registry.list_entities(bundled, "org")}
    left, right = orgs["北京工业设计促进中心"], orgs["工业设计促进会"]
    n = client.get("/api/v1/organisations").json()["total"]
    assert client.post("/merges/merge", data={"left": left, "right": right}).status_code in (401, 403)  # no login
    assert client.post("/merges/merge", data={"csrf": editor, "left": left, "right": right},
                       follow_redirects=False).status_code == 303
    assert client.get("/api/v1/organisations").json()["total"] == n - 1
    assert "工业设计促进会" in client.get("/merges").text.split('id="merged"')[1]  # now listed as merged
    assert _undo_latest(client, bundled, editor, "merge") == 303
    assert client.get("/api/v1/organisations").json()["total"] == n
    client.post("/merges/different", data={"csrf": editor, "left": left, "right": right})
    assert "工业设计促进会" not in client.get("/merges").text.split('id="suggestions"')[1].split('id="merged"')[0]
    bad = client.post("/merges/unmerge", data={"csrf": editor, "left": left, "right": right})
    assert bad.status_code == 400 and "not merged" in bad.json()["error"]["message"]


def test_the_change_log_needs_a_sign_in(client: TestClient) -> None:
    r = client.get("/audit", headers=HTML)
    assert r.status_code == 401 and 'id="error-message"' in r.text
    assert client.get("/audit").json()["error"]["code"] == "unauthorised"


def test_markup_in_an_imported_file_is_shown_as_text(client: TestClient, bundled: Store, editor: str) -> None:
    evil = "京津冀<script>alert(1)</script>测试联盟"
    data = f"联盟名称,成立时间,简介\n{evil},2020-05,\"<img src=x onerror=alert(2)>\"\n".encode()
    r = client.post("/import", data={"csrf": editor}, files={"file": ("x<b>.csv", data, "text/csv")})
    assert "<b>" not in r.text and "x&lt;b&gt;.csv" in r.text
    token = re.search(r'name="token" value="([^"]+)"', r.text).group(1)
    client.post("/import/confirm", data={"csrf": editor, "token": token})
    found = [x for x in client.get("/api/v1/alliances", params={"limit": 200}).json()["items"] if "alert(1)" in x["name"]]
    assert len(found) == 1
    for page in (client.get("/alliances", params={"q": "alert"}).text, client.get(f"/alliances/{found[0]['id']}").text,
                 client.get("/network").text):
        assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(f"/alliances/{found[0]['id']}").text


def test_the_csv_download_never_starts_a_formula(client: TestClient, bundled: Store, editor: str) -> None:
    data = "联盟名称,成立时间\n\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")京津冀公式测试联盟\",2020-05\n".encode()
    r = client.post("/import", data={"csrf": editor}, files={"file": ("f.csv", data, "text/csv")})
    token = re.search(r'name="token" value="([^"]+)"', r.text).group(1)
    client.post("/import/confirm", data={"csrf": editor, "token": token})
    import csv
    import io

    rows = list(csv.reader(io.StringIO(client.get("/api/v1/alliances?q=公式测试&format=csv").content.decode("utf-8-sig"))))
    assert len(rows) == 2 and rows[1][1].startswith("'=HYPERLINK(")
    assert client.get("/api/v1/alliances?q=公式测试").json()["items"][0]["name"].startswith("=HYPERLINK(")  # stored as written


def test_the_change_log_is_read_a_page_at_a_time_by_who_and_what(client: TestClient, bundled: Store, editor: str) -> None:
    """Every entry stays within reach, however many there are: a page at a time, by who made the
    change and of what kind; one undone is marked so even when its undo stands on another page."""
    from xietong import edits, listings
    from xietong.undo import undo_entry

    [a] = client.get("/api/v1/alliances", params={"q": "设计产业"}).json()["items"]
    edits.state(bundled, a["id"], "founded", "2015年5月", cite=edits.Citation(title="《天津日报》"), by="alice")
    entry = accounts.audit_log(bundled)[0]["id"]
    for i in range(110):  # pushes the entry off the first page
        listings.add(bundled, kind="技术需求", owner="北京工业大学", title=f"日志翻页测试{i}", logged_as="bob")
    undo_entry(bundled, entry, by="alice")
    page = client.get("/audit").text
    total = int(re.search(r'<span id="audit-total">(\d+)</span>', page)[1])
    assert total == accounts.audit_count(bundled) >= 112 and page.count("<tr data-action=") == 100
    assert "1 / 2" in page and 'page=2">下一页</a>' in page
    alice = client.get("/audit", params={"actor": "alice"}).text
    assert alice.count("<td>alice</td>") == alice.count("<tr data-action=") == 2 and "<td>bob</td>" not in alice
    stated = client.get("/audit", params={"action": "fact.state"}).text
    [row] = re.findall(r'<tr data-action="fact.state">.*?</tr>', stated, re.S)
    assert "已撤销" in row  # its undo is newer, and of another action
    older = accounts.audit_log(bundled, limit=100, offset=100)
    assert [e["undone"] for e in older if e["id"] == entry] == [True]  # its undo is on the first page
