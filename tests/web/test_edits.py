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


def test_an_editor_registers_a_new_alliance_and_organisation_and_a_known_name_is_refused(
        client: TestClient, bundled: Store) -> None:
    """The directories offer editors (and no one else) a form to register a record the registry lacks,
    citing where it is stated: it opens on the new record's page, its name sourced to the citation, the
    home cluster's if its name says none. A name the registry holds comes back with the record it is,
    what was typed kept, nothing written."""
    assert 'id="register-form"' not in client.get("/alliances").text
    assert client.post("/alliances", data={"name": "京津冀平台登记测试联盟"}).status_code == 401
    csrf = _login(client, bundled, "alice")
    assert 'id="register-form"' in client.get("/alliances").text and 'id="register-form"' in client.get("/orgs").text
    form = {"csrf": csrf, "name": "平台登记测试联盟", "cite_title": "《联盟成立公告》", "passage": "平台登记测试联盟正式成立"}
    assert client.post("/alliances", data={**form, "csrf": "forged"}).status_code == 403
    r = client.post("/alliances", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/alliances/A")
    page = client.get(r.headers["location"]).text
    assert "平台登记测试联盟" in page and "《联盟成立公告》" in page and "由 alice 录入" in page
    assert client.get(f"/api/v1{r.headers['location']}").json()["cluster"] is None  # no home cluster set: none assumed
    r = client.post("/orgs", data={**form, "name": "河北平台登记测试有限公司"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/orgs/O")
    before = fingerprint(bundled)
    r = client.post("/alliances", data={**form, "name": "京津冀设计产业联盟"})
    assert r.status_code == 400
    error = re.search(r'<p class="error" id="register-error" role="alert">([^<]+)', r.text)
    assert error and error[1].startswith("登记簿中已有：京津冀设计产业联盟（A") and 'value="京津冀设计产业联盟"' in r.text
    assert f'<a href="/alliances/{_design(client)}" id="register-known">' in r.text  # the record it is, a click away
    r = client.post("/orgs", data={"csrf": csrf, "name": "天津平台无出处测试有限公司"})
    assert r.status_code == 400 and "请说明出处" in r.text and 'value="天津平台无出处测试有限公司"' in r.text
    assert fingerprint(bundled) == before
    assert [e["action"] for e in accounts.audit_log(bundled)[:2]] == ["entity.register"] * 2


def test_a_platform_for_a_cluster_registers_an_alliance_named_without_one_as_that_cluster_s(bundled: Store) -> None:
    from xietong.web.app import create_app
    from xietong.web.settings import Settings

    client = TestClient(create_app(Settings(db=bundled.url, cluster="长三角")))
    csrf = _login(client, bundled, "alice")
    r = client.post("/alliances", data={"csrf": csrf, "name": "平台集群登记测试联盟", "cite_title": "《公告》"},
                    follow_redirects=False)
    assert r.status_code == 303
    assert client.get(f"/api/v1{r.headers['location']}").json()["cluster"] == "yangtze_delta"
