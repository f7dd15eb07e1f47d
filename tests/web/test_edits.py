"""Entering facts by hand on the platform: an editor corrects or adds a fact of
an alliance or organisation, or adds a member, citing where it is stated; a
refused entry is shown again with its reason and everything typed, and writes
nothing; readers see no forms."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.conftest import fingerprint
from tests.web.test_changes import HTML, _login
from xietong import accounts
from xietong.store import Store


def _design(client: TestClient) -> str:
    return next(a["id"] for a in client.get("/api/v1/alliances", params={"q": "设计产业"}).json()["items"]
                if a["name"] == "京津冀设计产业联盟")


def test_an_editor_corrects_a_fact_and_readers_see_it_first_with_its_source(client: TestClient, bundled: Store) -> None:
    aid = _design(client)
    assert 'id="fact-form"' not in client.get(f"/alliances/{aid}").text  # a reader: no forms
    assert client.post(f"/alliances/{aid}/facts", data={"prop": "founded", "value": "2015年5月"}).status_code == 401
    csrf = _login(client, bundled, "alice")
    page = client.get(f"/alliances/{aid}").text
    assert 'id="fact-form"' in page and 'id="member-form"' in page
    form = {"csrf": csrf, "prop": "founded", "value": "2015年5月", "cite_title": "《天津日报》2016年5月2日",
            "passage": "联盟于2015年5月在天津成立"}
    assert client.post(f"/alliances/{aid}/facts", data={**form, "csrf": "forged"}).status_code == 403
    assert client.post(f"/alliances/{aid}/facts", data=form, follow_redirects=False).status_code == 303
    client.cookies.clear()
    a = client.get(f"/api/v1/alliances/{aid}").json()
    assert a["founded"] == "2015-05"
    page = client.get(f"/alliances/{aid}").text
    row = re.search(r"<td>成立时间</td><td>2015年5月</td>\s*<td class=\"src\">(.*?)</td>", page, re.S)
    assert row and "《天津日报》2016年5月2日" in row[1] and "由 alice 录入" in row[1]


def test_a_refused_entry_says_why_keeps_what_was_typed_and_writes_nothing(client: TestClient, bundled: Store) -> None:
    aid = _design(client)
    csrf = _login(client, bundled, "alice")
    before = fingerprint(bundled)
    r = client.post(f"/alliances/{aid}/facts", data={"csrf": csrf, "prop": "founded", "value": "2015年13月",
                                                     "cite_title": "《天津日报》"})
    assert r.status_code == 400
    error = re.search(r'<p class="error" id="fact-error" role="alert">([^<]+)</p>', r.text)
    assert error and error[1].startswith("成立时间：") and "13" in error[1]
    assert 'value="2015年13月"' in r.text and 'value="《天津日报》"' in r.text and 'value="founded" selected' in r.text
    r = client.post(f"/alliances/{aid}/facts", data={"csrf": csrf, "prop": "city", "value": "天津"})
    assert r.status_code == 400 and "来源：请说明出处" in r.text
    r = client.post(f"/alliances/{aid}/members", data={"csrf": csrf, "org": "北京大学", "role": "member", "since": "2016",
                                                       "until": "2015", "cite_url": "https://example.org/a"})
    assert r.status_code == 400 and "退出时间早于加入时间" in r.text and 'value="北京大学"' in r.text
    assert fingerprint(bundled) == before


def test_a_member_and_an_organisation_s_fact_entered_by_hand(client: TestClient, bundled: Store) -> None:
    aid = _design(client)
    csrf = _login(client, bundled, "alice")
    r = client.post(f"/alliances/{aid}/members", data={"csrf": csrf, "org": "网页录入测试设计院", "role": "secretariat",
                                                       "since": "2016年3月", "cite_url": "https://example.org/news/2"},
                    follow_redirects=False)
    assert r.status_code == 303
    members = {m["org"]: m for m in client.get(f"/api/v1/alliances/{aid}").json()["members"]}
    assert members["网页录入测试设计院"]["role"] == "secretariat" and members["网页录入测试设计院"]["since"] == "2016-03"
    org = members["网页录入测试设计院"]["org_id"]
    assert 'id="fact-form"' in client.get(f"/orgs/{org}").text
    assert client.post(f"/orgs/{org}/facts", data={"csrf": csrf, "prop": "province", "value": "河北",
                                                   "cite_title": "单位官网"}, follow_redirects=False).status_code == 303
    assert "河北省" in client.get(f"/orgs/{org}").text
    actions = [e["action"] for e in accounts.audit_log(bundled)[:2]]
    assert actions == ["fact.state", "fact.member"]
    assert client.get("/audit").text.count('class="undo"') >= 2  # each can be undone from the change log
    r = client.post(f"/orgs/{org}/facts", data={"csrf": csrf, "prop": "province", "value": "火星", "cite_title": "官网"},
                    headers=HTML)
    assert r.status_code == 400 and "所属省份：" in r.text
