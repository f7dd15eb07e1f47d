"""Listings on the platform: an editor posts one (a draft, or published at
once), publishes, withdraws and renews it, each change logged and guarded by
its version; readers see the published ones, by kind. A refused posting
shows its reason with everything typed still in the form, and writes nothing."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.conftest import fingerprint
from tests.web.test_changes import HTML, _login
from xietong import accounts, listings
from xietong.store import Store

NEED = {"kind": "tech_need", "owner": "河北工业大学", "title": "高炉煤气余热利用技术", "text": "寻求北京高校合作",
        "sectors": "钢铁、节能", "region": "唐山", "valid_from": "2026年12月", "valid_until": "2027-06"}


def _rows(page: str, table: str) -> list[str]:
    """The titles in one of the page's tables."""
    found = re.search(rf'<table id="{table}">(.*?)</table>', page, re.S)
    return re.findall(r"<tr><td>([^<]+)", found[1]) if found else []


def test_an_editor_posts_a_listing_and_readers_see_it(client: TestClient, bundled: Store) -> None:
    assert client.post("/listings", data=NEED).status_code == 401  # signed out
    csrf = _login(client, bundled, "alice")
    assert client.post("/listings", data={**NEED, "csrf": "forged"}).status_code == 403
    assert 'id="listing-form"' in client.get("/listings").text
    r = client.post("/listings", data={**NEED, "csrf": csrf, "publish": "1"}, follow_redirects=False)
    assert r.status_code == 303
    [d] = listings.list_listings(bundled)
    assert (d["kind"], d["owner"], d["status"], d["region"]) == ("tech_need", "河北工业大学", "published", "130200")
    assert d["sectors"] == ["钢铁", "节能"] and d["valid_from"] == "2026-12" and d["valid_until"] == "2027-06"
    assert [(e["action"], e["actor"]) for e in d["log"]] == [("created", "alice"), ("published", "alice")]
    entry = accounts.audit_log(bundled)[0]
    assert (entry["actor"], entry["action"], entry["target"]) == ("alice", "listing.add", d["id"])
    assert "<td>发布供需信息</td>" in client.get("/audit").text  # the change log says what was done, as a reader says it
    client.cookies.set("lang", "en")
    assert "<td>posted a listing</td>" in client.get("/audit").text
    client.cookies.clear()
    page = client.get("/listings").text
    assert _rows(page, "listings") == ["高炉煤气余热利用技术"] and "唐山市" in page and 'id="listing-form"' not in page
    assert _rows(client.get("/listings", params={"kind": "tech_offer"}).text, "listings") == []
    assert _rows(client.get("/listings", params={"kind": "tech_need"}).text, "listings") == ["高炉煤气余热利用技术"]
    assert client.get("/listings", params={"kind": "lost"}, headers=HTML).status_code == 400


def test_a_refused_listing_keeps_what_was_typed_and_writes_nothing(client: TestClient, bundled: Store) -> None:
    csrf = _login(client, bundled, "alice")
    before = fingerprint(bundled)
    for bad, said in (({"valid_until": "2027-13"}, "日期"), ({"owner": "火星研究院"}, "未知机构"),
                      ({"valid_from": "2027-06", "valid_until": "2026-12"}, "截止日期早于开始日期"),
                      ({"region": "火星"}, "未知地区")):
        r = client.post("/listings", data={**NEED, **bad, "csrf": csrf})
        assert r.status_code == 400
        error = re.search(r'<p class="error" id="listing-error" role="alert">([^<]+)</p>', r.text)
        assert error and said in error[1], (bad, r.text[-800:])
        assert f'value="{NEED["title"]}"' in r.text and f">{NEED['text']}</textarea>" in r.text  # nothing typed is lost
        assert 'value="tech_need" selected' in r.text
    assert fingerprint(bundled) == before


def test_a_draft_is_published_withdrawn_and_renewed_and_a_stale_form_is_refused(client: TestClient,
                                                                               bundled: Store) -> None:
    csrf = _login(client, bundled, "alice")
    title = "<script>alert(1)</script>共享检测设备"  # shown as text, never run
    assert client.post("/listings", data={**NEED, "kind": "shared_resource", "title": title, "csrf": csrf},
                       follow_redirects=False).status_code == 303
    [d] = listings.list_listings(bundled)
    assert d["status"] == "draft"
    page = client.get("/listings").text
    assert "<script>alert(1)" not in page and _rows(page, "listings-managed") == ["&lt;script&gt;alert(1)&lt;/script&gt;共享检测设备"]
    assert f'action="/listings/{d["id"]}/status"' in page

    def move(to: str, version: int) -> int:
        return client.post(f"/listings/{d['id']}/status", data={"csrf": csrf, "to": to, "version": str(version)},
                           headers=HTML, follow_redirects=False).status_code

    assert move("expired", 1) == 400  # a draft is published first
    assert move("published", 1) == 303
    assert move("expired", 1) == 409  # read before it was published
    assert move("expired", 2) == 303
    assert move("renewed", 3) == 303
    assert [e["action"] for e in listings.show(bundled, d["id"])["log"]] == ["created", "published", "expired", "renewed"]
    assert [e["action"] for e in accounts.audit_log(bundled)[:3]] == ["listing.renewed", "listing.expired", "listing.published"]
    client.cookies.clear()
    assert len(_rows(client.get("/listings").text, "listings")) == 1  # renewed: shown again


def test_a_listing_matched_for_a_need_names_who_offers_it(client: TestClient, bundled: Store) -> None:
    listings.add(bundled, kind="科技成果", owner="北京工业大学", title="低碳冶炼新工艺", text="钢铁生产节能降耗", publish=True)
    page = client.get("/match", params={"q": "降低钢铁生产能耗", "kind": "listing"}).text
    row = re.search(r"<td>低碳冶炼新工艺(.*?)</td>", page, re.S)
    assert row and re.search(r'发布机构：<a href="/orgs/O\w+">北京工业大学</a>', row[1])


def test_the_listings_board_is_searched_and_paged_newest_first(client: TestClient, bundled: Store) -> None:
    """A board of many listings is read a page at a time, the newest first, and searched by the
    words in their titles and texts (as text: % and _ match themselves, a NUL nothing)."""
    for i in range(25):
        listings.add(bundled, kind="技术需求", owner="北京工业大学", title=f"翻页测试需求{i:02d}",
                     text="氢能储运" if i % 5 == 0 else "其他", publish=True)
    listings.add(bundled, kind="科技成果", owner="北京工业大学", title="100%_通配测试", publish=True)
    first = client.get("/listings").text
    titles = re.findall(r"<tr><td>(翻页测试需求\d\d)", first)
    assert len(titles) == 19 and titles[0] == "翻页测试需求24"  # 20 a page, the wildcard one is newest
    assert 'page=2">下一页</a>' in first and "翻页测试需求05" in client.get("/listings", params={"page": 2}).text
    found = client.get("/api/v1/listings", params={"q": "氢能 翻页", "limit": 50}).json()
    assert found["total"] == 5 and {d["title"] for d in found["items"]} == {f"翻页测试需求{i:02d}" for i in (0, 5, 10, 15, 20)}
    assert client.get("/api/v1/listings", params={"q": "100%_"}).json()["total"] == 1
    assert client.get("/api/v1/listings", params={"q": "0%"}).json()["total"] == 1  # % is no wildcard
    assert client.get("/api/v1/listings", params={"q": "\x00"}).status_code == 200
    past = client.get("/api/v1/listings", params={"offset": 2**63})  # beyond PostgreSQL's bigint: an empty page
    assert past.status_code == 200 and past.json()["items"] == [] and past.json()["total"] == 26
    assert client.get("/listings", params={"q": "a\x00b"}).status_code == 200
    assert '<span id="listings-total">5</span>' in client.get("/listings", params={"q": "氢能"}).text
