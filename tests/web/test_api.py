"""The API: every endpoint, pagination as {items, total}, filters, JSON errors
with codes, and injected text kept inert."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from xietong import collation
from xietong.store import Store


def test_alliances_paginate(client: TestClient) -> None:
    first = client.get("/api/v1/alliances?limit=10&offset=0").json()
    second = client.get("/api/v1/alliances?limit=10&offset=10").json()
    assert first["total"] == second["total"] == 24
    assert len(first["items"]) == 10 and not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}


def test_alliance_search_and_filters(client: TestClient) -> None:
    assert [a["name"] for a in client.get("/api/v1/alliances?q=钢铁 节能").json()["items"]] == ["钢铁行业节能减排产业技术创新联盟"]
    social = client.get("/api/v1/alliances?type=社会事业类&limit=200").json()
    assert social["total"] > 0 and all(a["type"] == "social" for a in social["items"])
    tianjin = client.get("/api/v1/alliances?province=津&limit=200").json()["items"]
    assert tianjin and all("120000" in a["provinces"] or a["city"] == "120000" for a in tianjin)
    assert all(a["founded"].startswith("2015") for a in client.get("/api/v1/alliances?year=2015").json()["items"])
    steel = client.get("/api/v1/alliances", params={"sector": "steel / energy saving and emissions"}).json()["items"]
    assert [a["name"] for a in steel] == ["钢铁行业节能减排产业技术创新联盟"]
    innovative = client.get("/api/v1/alliances?domain=innovation_intensive&limit=200").json()
    assert innovative["total"] > 0 and all("innovation_intensive" in a["domains"] for a in innovative["items"])
    assert client.get("/api/v1/alliances?domain=创新水平要求高的领域").json()["total"] == innovative["total"]  # the label works too
    page = client.get("/alliances", params={"domain": "innovation_intensive"}).text
    assert f'<span id="total">{innovative["total"]}</span>' in page


def test_the_directory_counts_each_named_member_once(client: TestClient) -> None:
    """Named members are the organisations an alliance's page lists: one whose province is unknown
    counts, and one that spans three provinces (京津冀三地多家旅行社) counts once, not thrice."""
    items = client.get("/api/v1/alliances", params={"limit": 200}).json()["items"]
    for a in items:
        members = client.get(f"/api/v1/alliances/{a['id']}").json()["members"]
        assert a["named_members"] == len({m["org_id"] for m in members}), a["name"]
    design = next(a for a in items if a["name"] == "京津冀设计产业联盟")
    assert design["named_members"] == 3
    # the alliance page says so at a glance, beside what it is and what its sources count
    steel = next(a for a in items if a["name"] == "钢铁行业节能减排产业技术创新联盟")
    profile = re.search(r'<p id="profile" class="src">([^<]+)</p>', client.get(f"/alliances/{steel['id']}").text)[1]
    assert profile.startswith("产业类 · ") and "具名成员：2 · 记载成员数：70余家钢铁企业" in profile
    assert "城市群：京津冀" in profile  # its city cluster, as the directory filters by it


def test_the_directory_is_ordered_by_a_column_either_way(client: TestClient) -> None:
    """Newest first, oldest first, most members first: an alliance whose founding is not known comes last
    either way (it is neither early nor late), and ties stay in name order."""
    def read(sort: str) -> list[dict]:
        return client.get("/api/v1/alliances", params={"sort": sort, "limit": 200}).json()["items"]

    by_name = read("name")
    names = [a["name"] for a in by_name]
    assert names == sorted(names, key=collation.key)  # by pinyin, as Chinese readers look names up
    assert names.index("京津冀协同发展研究高校智库联盟") < names.index("中关村华清石墨烯产业技术联盟")  # jīng < zhōng
    assert [a["name"] for a in read("-name")] == [a["name"] for a in reversed(by_name)]
    for sort in ("founded", "-founded"):
        got = [a["founded"] for a in read(sort)]
        known = [f for f in got if f]
        assert known and got == known + [None] * (len(got) - len(known))
        assert known == sorted(known, reverse=sort.startswith("-")) and len(set(known)) > 1
    members = [(-a["named_members"], collation.key(a["name"])) for a in read("-members")]
    assert members == sorted(members) and members[0][0] < members[-1][0]
    assert client.get("/api/v1/alliances?sort=oldest").status_code == 400  # the API says what it cannot read


def test_the_directory_page_orders_by_its_column_headings(client: TestClient) -> None:
    page = client.get("/alliances", params={"type": "社会事业类", "sort": "-founded"}).text
    names = re.findall(r'<tr><td><a href="/alliances/A\w+">([^<]+)</a>', page)
    api = client.get("/api/v1/alliances", params={"type": "social", "sort": "-founded"}).json()["items"]
    assert names == [a["name"] for a in api]
    # the heading it is ordered by says so, and a second click orders it the other way, keeping the filter
    assert re.search(r'<th aria-sort="descending"><a class="sort" href="/alliances\?type=social&sort=founded"', page)
    assert '<a class="sort" href="/alliances?type=social&sort=-members"' in page  # most members first, at first
    assert '<input type="hidden" name="sort" value="-founded">' in page  # a changed filter keeps the order
    assert "<title>联盟名录 · xietong</title>" in page
    # the pager keeps the order; an order the page cannot read is left off, as a filter is
    assert "sort=-founded&page=2" in client.get("/alliances", params={"sort": "-founded"}).text
    assert client.get("/alliances", params={"sort": "oldest"}).status_code == 200


def test_network_filtered_with_bridges(client: TestClient) -> None:
    whole = client.get("/api/v1/network").json()
    kinds = {n["kind"] for n in whole["nodes"]}
    assert kinds == {"alliance", "org"} and whole["links"] and not whole["truncated"]
    assert {n["name"] for n in whole["nodes"] if n["bridge"]} >= {"河北工业大学"}  # in two alliances reaching Beijing
    ids = {n["id"] for n in whole["nodes"]}
    assert all(link["source"] in ids and link["target"] in ids for link in whole["links"])
    hebei = client.get("/api/v1/network", params={"province": "冀", "type": "industry"}).json()
    alliances = {n["name"] for n in hebei["nodes"] if n["kind"] == "alliance"}
    assert alliances and alliances < {n["name"] for n in whole["nodes"] if n["kind"] == "alliance"}
    small = client.get("/api/v1/network?limit=5").json()
    assert len(small["nodes"]) == 5 and small["truncated"]
    assert client.get("/api/v1/network?limit=0").status_code == 422
    page = client.get("/network", params={"province": "130000"}).text
    assert 'id="network-graph"' in page and "/api/v1/network?province=130000" in page
    map_page = client.get("/map").text
    assert "张家口市" in map_page and "天津市" in map_page.split('id="pair-table"')[1]
    assert '<tr><th>地区</th><th>另一地区</th><th>' in map_page  # the pair's two ends, not 所属省份 twice


def test_csv_download_of_the_current_view(client: TestClient) -> None:
    r = client.get("/api/v1/alliances?type=industry&format=csv&limit=200")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    lines = r.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("id,name") and len(lines) - 1 == client.get("/api/v1/alliances?type=industry").json()["total"]


def test_one_alliance_with_its_sources(client: TestClient) -> None:
    a = client.get("/api/v1/alliances?q=设计产业").json()["items"][0]
    detail = client.get(f"/api/v1/alliances/{a['id']}").json()
    assert detail["initiator_count"] == 6 and all(m["passage"] for m in detail["members"])


def test_organisations_memberships_listings_indicators_match(client: TestClient) -> None:
    orgs = client.get("/api/v1/organisations?q=工业大学&limit=5").json()
    assert orgs["total"] >= 3 and len(orgs["items"]) <= 5
    a = client.get("/api/v1/alliances?q=设计产业").json()["items"][0]["id"]
    members = client.get(f"/api/v1/memberships?alliance={a}").json()
    assert members["total"] == 3 and {m["role"] for m in members["items"]} == {"initiator"}
    assert client.get("/api/v1/listings").json() == {"items": [], "total": 0, "limit": 20, "offset": 0}
    assert client.get("/api/v1/indicators").json()["formation"]["total"] == 24
    found = client.get("/api/v1/match", params={"q": "钢厂想降低能耗", "top": 3}).json()
    assert found["items"][0]["name"] == "钢铁行业节能减排产业技术创新联盟"
    assert {"kind", "id", "name", "score", "reasons"} <= set(found["items"][0])


def test_organisations_filter_by_province_and_kind_most_alliances_first(client: TestClient) -> None:
    every = client.get("/api/v1/organisations?limit=200").json()
    items = every["items"]
    assert every["total"] == len(items) > 20
    # each says how many alliances it is in, as the memberships say
    top = items[0]
    members = client.get(f"/api/v1/memberships?org={top['id']}&limit=200").json()["items"]
    assert top["alliances"] == len({m["alliance_id"] for m in members}) >= 2
    assert [o["alliances"] for o in items] == sorted((o["alliances"] for o in items), reverse=True)
    hebei = client.get("/api/v1/organisations", params={"province": "冀", "limit": 200}).json()
    assert hebei["total"] == sum("130000" in o["provinces"] for o in items) > 0
    assert all("130000" in o["provinces"] for o in hebei["items"])
    universities = client.get("/api/v1/organisations", params={"kind": "高校", "limit": 200}).json()
    assert universities["total"] == sum(o["kind"] == "university" for o in items) > 0
    both = client.get("/api/v1/organisations", params={"kind": "university", "province": "河北", "q": "工业",
                                                       "limit": 200}).json()["items"]
    assert "河北工业大学" in {o["name"] for o in both}
    assert all(o["kind"] == "university" and "130000" in o["provinces"] and "工业" in o["name"] for o in both)


@pytest.mark.parametrize("url, status, code", [
    ("/api/v1/alliances?limit=0", 422, "invalid"), ("/api/v1/alliances?limit=201", 422, "invalid"),
    ("/api/v1/alliances?offset=-1", 422, "invalid"), ("/api/v1/alliances?year=20155", 422, "invalid"),
    ("/api/v1/alliances?province=火星", 400, "bad_request"), ("/api/v1/alliances?type=火星类", 400, "bad_request"),
    ("/api/v1/alliances/nope", 404, "not_found"), ("/api/v1/match?q=", 400, "bad_request"),
    ("/api/v1/listings?status=lost", 400, "bad_request"), ("/api/v1/network?province=火星", 400, "bad_request"),
    ("/api/v1/alliances?domain=火星", 400, "bad_request"),
    ("/api/v1/organisations?kind=外星人", 400, "bad_request"), ("/api/v1/organisations?province=火星", 400, "bad_request"),
])
def test_errors_are_json_with_codes(client: TestClient, url: str, status: int, code: str) -> None:
    r = client.get(url)
    assert r.status_code == status and r.json()["error"]["code"] == code and r.json()["error"]["message"]


@pytest.mark.parametrize("url", [
    "/api/v1/alliances?limit=0", "/api/v1/alliances?year=20155", "/api/v1/alliances?province=火星",
    "/api/v1/alliances?type=火星类", "/api/v1/alliances?sort=colour", "/api/v1/indicators?as_of=2016-13",
    "/api/v1/alliances/nope", "/api/v1/organisations/nope", "/api/v1/match?q=", "/api/v1/match?q=钢铁&kind=xx",
    "/api/v1/listings?status=lost", "/api/v1/listings?kind=lost", "/api/v1/alliances?domain=火星",
    "/api/v1/organisations?kind=外星人", "/api/v1/no-such-thing",
])
def test_an_api_error_says_its_message_in_chinese_beside_the_english(client: TestClient, url: str) -> None:
    """Programs test the code and may match the English message; the people they show it to read Chinese."""
    said = client.get(url).json()["error"]
    assert said["message"] and re.search(r"[\u4e00-\u9fff]", said["message_zh"]), said
    for field in said.get("fields", []):
        assert re.search(r"[\u4e00-\u9fff]", field["message_zh"]), field


def test_an_empty_need_is_refused_in_words_for_the_api_not_the_command_line(client: TestClient) -> None:
    said = client.get("/api/v1/match", params={"q": " "}).json()["error"]["message"]
    assert said.startswith("the need is empty") and "--" not in said  # the API's parameter is org, not --org
    said = client.get("/api/v1/match", params={"q": "钢铁", "kind": "xx"}).json()["error"]["message"]
    assert said == "kind: expected alliance, org or listing, got 'xx'"


def test_the_router_s_own_refusals_have_the_same_shape(client: TestClient) -> None:
    """No such address and a method an address does not take are errors like any other: JSON with a code
    for programs, a page in the reader's language for a browser."""
    r = client.get("/api/v1/no-such-thing")
    assert r.status_code == 404 and r.json()["error"] == {"code": "not_found", "message": "Not Found",
                                                          "message_zh": "没有找到这个页面"}
    r = client.delete("/api/v1/alliances")
    assert r.status_code == 405 and r.json()["error"]["code"] == "not_allowed" and r.headers["allow"] == "GET"
    page = client.get("/no-such-page", headers={"Accept": "text/html"})
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "没有找到这个页面" in page.text and "Not Found" not in page.text
    english = client.get("/no-such-page", params={"lang": "en"}, headers={"Accept": "text/html"})
    assert english.status_code == 404 and "Not Found" in english.text


def test_the_directory_shows_sectors_in_the_reader_s_language(client: TestClient) -> None:
    """The reference data states sectors in English, the classifier in Chinese: each page reads in one language."""
    import re

    def shown(page: str) -> set[str]:  # the sector facet's options as readers see them
        return set(re.findall(r'<option value="[^"]+" ?(?:selected)?>([^<]+)</option>',
                              page.split('name="sector"')[1].split("</select>")[0]))

    zh = shown(client.get("/alliances").text)
    assert {"体育产业", "高等教育／材料科学", "技术转移"} <= zh and not any(re.search("[a-z]", s) for s in zh)
    client.cookies.set("lang", "en")
    en = shown(client.get("/alliances").text)
    assert {"sports industry", "technology transfer"} <= en and not any(re.search("[\u4e00-\u9fff]", s) for s in en)


def test_the_directory_shows_places_and_dates_in_the_reader_s_language(client: TestClient) -> None:
    def rows(page: str) -> list[tuple[str, str, str]]:  # (name, founded, city) of each row of the directory
        return re.findall(r'<tr><td><a href="/alliances/\w+">([^<]+)</a>.*?</td>\s*<td>[^<]*</td><td>[^<]*</td>\s*'
                          r'<td>([^<]*)</td><td>([^<]*)</td>', page, re.S)

    params = {"q": "产权市场"}
    [(name, founded, city)] = [r for r in rows(client.get("/alliances", params=params).text) if r[0] == "京津冀产权市场发展联盟"]
    assert city == "北京市" and re.fullmatch(r"\d{4}年(\d{1,2}月)?(\d{1,2}日)?|—", founded)
    client.cookies.set("lang", "en")
    [(_, founded, city)] = [r for r in rows(client.get("/alliances", params=params).text) if r[0] == name]
    assert city == "Beijing" and re.fullmatch(r"\d{4}(-\d{2}){0,2}|—", founded)


def test_lists_on_a_page_are_punctuated_in_the_reader_s_language(client: TestClient) -> None:
    """A body of all three places stands in three provinces: 北京市、天津市、河北省 for a Chinese reader, "Beijing,
    Tianjin, Hebei" for an English one; a label before what it introduces takes the reader's colon, and a
    passage quoted from a source the reader's quotation marks, too."""
    params = {"q": "三地多家旅行社"}
    assert "<td>北京市、天津市、河北省</td>" in client.get("/orgs", params=params).text
    client.cookies.set("lang", "en")
    assert "<td>Beijing, Tianjin, Hebei</td>" in client.get("/orgs", params=params).text
    org = re.search(r'href="/orgs/(\w+)"', client.get("/orgs", params={"q": "北京工业大学"}).text)[1]
    page = client.get(f"/orgs/{org}").text
    assert re.search(r"in \d+ alliances? together: <a", page)
    assert "“北京工业大学”" in page and "「" not in page  # a source's passage quoted as English quotes it
    client.cookies.set("lang", "zh")
    assert "「北京工业大学」" in client.get(f"/orgs/{org}").text


def test_the_directory_gives_a_stated_member_count_beside_the_named_members(client: TestClient) -> None:
    """The seed says the steel alliance brought together 70余家钢铁企业 and names four: a reader of the
    directory sees both, not just the four."""
    params = {"q": "钢铁行业节能减排"}
    page = client.get("/alliances", params=params).text
    [(named, said, shown)] = re.findall(r'钢铁行业节能减排产业技术创新联盟</a>.*?<td>(\d+)<div class="src" title="([^"]+)">([^<]+)</div></td>',
                                        page, re.S)
    assert int(named) == 2 and "70余家钢铁企业" in said  # 北京市科委 and 京津冀三地科技部门 (one collective); what was counted, on hovering
    assert shown.startswith("记载成员数") and "70余家" in shown
    client.cookies.set("lang", "en")
    page = client.get("/alliances", params=params).text
    assert re.search(r">Stated member count: [^<]*more than 70", page)
    assert "more than 70 steel enterprises" in page  # what was counted, said in English too


def test_a_refusal_on_a_page_is_said_in_the_reader_s_language(client: TestClient) -> None:
    page = client.post("/review/x/accept", headers={"Accept": "text/html"}, data={"csrf": "x"})
    assert page.status_code == 401 and "请先登录再修改" in page.text


@pytest.mark.parametrize("evil", ["<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE entity; --"])
def test_injection_in_search_is_inert(client: TestClient, evil: str) -> None:
    page = client.get("/alliances", params={"q": evil}).text
    assert evil not in page and "<script>alert(1)" not in page
    assert client.get("/api/v1/alliances", params={"q": evil}).json()["total"] == 0
    assert client.get("/api/v1/alliances").json()["total"] == 24  # nothing dropped


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/v1/alliances", "/api/v1/alliances/{alliance_id}", "/api/v1/organisations", "/api/v1/memberships",
            "/api/v1/listings", "/api/v1/indicators", "/api/v1/match", "/api/v1/network"} <= paths
    page = client.get("/alliances").text  # linked from every page's foot, out of the readers' menu
    assert '<a href="/docs" id="api-link">' in page.split("<footer>")[1] and 'href="/docs"' not in page.split("</header>")[0]


def test_the_organisation_directory_searches_filters_and_pages(client: TestClient) -> None:
    page = client.get("/orgs").text
    assert '<a href="/orgs">机构名录</a>' in client.get("/").text  # on every page's header
    total = int(re.search(r'<span id="total">(\d+)</span>', page)[1])
    assert total == client.get("/api/v1/organisations").json()["total"]
    hebei = client.get("/orgs", params={"province": "130000", "kind": "university"}).text
    rows = re.findall(r'<tr><td><a href="/orgs/(O\w+)">([^<]+)</a></td>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>', hebei)
    assert rows and all(kind == "高校" and place == "河北省" for _, _, kind, place in rows)
    assert "河北工业大学" in {name for _, name, _, _ in rows}
    # htmx asks for the results alone; a filter that cannot be read is left off
    part = client.get("/orgs", params={"q": "大学"}, headers={"hx-request": "true"}).text
    assert part.startswith("<p><span id=\"total\">") and "<form" not in part
    assert f'<span id="total">{total}</span>' in client.get("/orgs", params={"province": "火星", "kind": "外星"}).text
    # a page at a time, with the pager
    second = client.get("/orgs", params={"page": 2}).text
    assert "2 / " in second and 'page=1">上一页</a>' in second
    client.cookies.set("lang", "en")
    assert "<th>Alliances</th>" in client.get("/orgs").text


def test_the_sectors_to_filter_by_are_listed_in_the_order_the_reader_sees_them(client: TestClient) -> None:
    def shown(lang: str) -> list[str]:
        client.cookies.set("lang", lang)
        select = re.search(r'<select name="sector".*?</select>', client.get("/alliances").text, re.S)[0]
        return [html.unescape(x) for x in re.findall(r'<option value="[^"]+"[^>]*>([^<]+)</option>', select)]

    zh, en = shown("zh"), shown("en")
    assert zh == sorted(zh, key=collation.key) and len(zh) > 10
    # a sector stored in English is shown, and placed, by its Chinese name: chǎn < méi
    assert zh.index("产学研") < zh.index("媒体／报业")
    assert en == sorted(en, key=str.lower) and en.index("media / newspapers") < en.index("tourism")


def test_organisations_in_as_many_alliances_come_in_pinyin_order(client: TestClient) -> None:
    items = client.get("/api/v1/organisations", params={"limit": 200}).json()["items"]
    got = [(-o["alliances"], o["name"]) for o in items]
    assert got == sorted(got, key=lambda x: (x[0], collation.key(x[1])))
    names = [o["name"] for o in items]
    assert names.index("北京保利剧院管理有限公司") < names.index("中国北方发动机研究所")  # both in one: běi < zhōng


def test_pages_render_in_both_languages(client: TestClient) -> None:
    assert "联盟名录" in client.get("/alliances").text
    client.cookies.set("lang", "en")
    assert "Alliance directory" in client.get("/alliances").text


def test_each_page_is_titled_by_the_section_it_is_in(client: TestClient) -> None:
    """Several tabs open (the directory, the review queue, the import) are told apart by their titles."""
    titles = {path: re.search(r"<title>([^<]+)</title>", client.get(path).text)[1]
              for path in ("/", "/alliances", "/orgs", "/match", "/listings", "/import", "/review", "/brief", "/login")}
    assert titles["/alliances"] == "联盟名录 · xietong" and titles["/review"].startswith("审核")
    assert titles["/"] == titles["/login"] == "xietong 协同"  # the home page, and a page outside the menu
    assert len(set(titles.values())) == len(titles) - 1
    client.cookies.set("lang", "en")
    assert re.search(r"<title>Alliance directory · xietong</title>", client.get("/alliances").text)


def test_an_alliance_page_tells_a_count_of_founders_from_a_count_of_members(client: TestClient) -> None:
    [design] = [a for a in client.get("/api/v1/alliances", params={"q": "设计产业"}).json()["items"]
                if a["name"] == "京津冀设计产业联盟"]
    page = client.get(f"/alliances/{design['id']}").text
    assert "<li>发起单位数量：6家单位" in page and "<li>成员数量" not in page


def test_an_alliance_page_says_why_a_rule_stated_a_fact(client: TestClient) -> None:
    [steel] = [a for a in client.get("/api/v1/alliances", params={"q": "钢铁"}).json()["items"]
               if a["name"] == "钢铁行业节能减排产业技术创新联盟"]
    page = client.get(f"/alliances/{steel['id']}").text
    assert '<span class="note">置信度 0.95；「钢铁」在种子文献所列的钢铁行业中（产业类）' in page
    client.cookies.set("lang", "en")
    page = client.get(f"/alliances/{steel['id']}").text
    assert "confidence 0.95; 「钢铁」 is in the seed&#39;s list for steel (industry)" in page


def test_a_tie_two_sources_state_is_one_line_with_both_sources(client: TestClient) -> None:
    """The seed and the reference table both name 河北工业大学 a founder of 协同创新联盟: one line, two sources."""
    [org] = [o for o in client.get("/api/v1/organisations", params={"q": "河北工业大学"}).json()["items"]
             if o["name"] == "河北工业大学"]
    page = client.get(f"/orgs/{org['id']}").text
    ties = re.findall(r'<li><a href="/alliances/\w+">([^<]+)</a>(.*?)</li>(?=<li><a|</ul>\n)', page, re.S)
    names = [name for name, _ in ties]
    assert names.count("协同创新联盟") == 1
    said = dict(ties)["协同创新联盟"]
    assert said.count("<li>") == 2 and "第 885–919 字" in said and "第 2 行" in said
    alliance = client.get(f"/alliances/{[a for a in client.get('/api/v1/alliances', params={'q': '协同创新联盟'}).json()['items'] if a['name'] == '协同创新联盟'][0]['id']}").text
    assert len(re.findall(r'<li><a href="/orgs/\w+">河北工业大学</a>', alliance)) == 1


def test_an_alliance_s_history_names_each_source_as_readers_know_it(client: TestClient) -> None:
    page = client.get(f"/alliances/{_alliance_id(client, '钢铁行业节能减排产业技术创新联盟')}").text
    history = re.search(r'<table id="history">(.*?)</table>', page, re.S)[1]
    assert "按种子文献的分类体系自动分类" in history and "深化京津冀协同发展" in history  # the classifier, the seed
    assert "rule:classifier" not in history and "seed:000_" not in history


def _alliance_id(client: TestClient, name: str) -> str:
    return next(a["id"] for a in client.get("/api/v1/alliances", params={"q": name, "limit": 50}).json()["items"]
                if a["name"] == name)


def test_the_organisation_pages_are_found_by_the_api_s_word_too(client: TestClient) -> None:
    """/organisations, the API's word, leads to the organisation pages at /orgs, the query kept."""
    moved = client.get("/organisations", params={"q": "大学"}, follow_redirects=False)
    assert moved.status_code == 301 and moved.headers["location"] == "/orgs?q=%E5%A4%A7%E5%AD%A6"
    oid = client.get("/api/v1/organisations", params={"q": "河北工业大学"}).json()["items"][0]["id"]
    page = client.get(f"/organisations/{oid}")
    assert page.status_code == 200 and "河北工业大学" in page.text and str(page.url).endswith(f"/orgs/{oid}")


def test_members_whose_province_is_not_known_are_headed_so(client: TestClient) -> None:
    """Members stand under their provinces in the order of the provinces' codes (Beijing, Tianjin,
    Hebei …), whatever order they were listed in, and those whose province is unknown last."""
    page = client.get(f"/alliances/{_alliance_id(client, '京津冀设计产业联盟')}").text  # 工业设计促进会: no province
    assert "<h3>所属省份不明</h3>" in page
    assert re.findall(r"<h3>(.+?)</h3>", page)[:3] == ["北京市", "天津市", "所属省份不明"]
    client.cookies.set("lang", "en")
    assert "<h3>Province unknown</h3>" in client.get(f"/alliances/{_alliance_id(client, '京津冀设计产业联盟')}").text


def test_a_member_of_several_provinces_stands_under_all_of_them_not_as_of_none(client: TestClient) -> None:
    """京津冀三地科技部门 (the three places' science departments, one collective) belongs to Beijing,
    Tianjin and Hebei, as the organisation directory says: its alliance's page heads it so, after the
    members of one province."""
    page = client.get(f"/alliances/{_alliance_id(client, '钢铁行业节能减排产业技术创新联盟')}").text
    heads = re.findall(r"<h3>(.+?)</h3>", page)
    assert heads[:2] == ["北京市", "北京市、天津市、河北省"] and "所属省份不明" not in heads
    assert "京津冀三地科技部门" in page.split("<h3>北京市、天津市、河北省</h3>")[1].split("<h3>")[0].split("<h2>")[0]
    client.cookies.set("lang", "en")
    english = client.get(f"/alliances/{_alliance_id(client, '钢铁行业节能减排产业技术创新联盟')}").text
    assert "<h3>Beijing, Tianjin, Hebei</h3>" in english


def test_the_dashboard_s_counts_lead_to_their_lists_and_an_empty_review_queue_says_how_it_fills(
        client: TestClient) -> None:
    page = client.get("/").text
    assert re.search(r'<a class="card" href="/alliances"><div class="n" id="n-alliances">\d+</div>', page)
    assert '<a class="card" href="/orgs">' in page
    assert "xietong extract --commit" in re.search(r'<p class="src" id="review-hint">([^<]+)</p>', client.get("/review").text)[1]


def test_the_menu_marks_the_section_the_reader_is_in(client: TestClient) -> None:
    def marked(path: str) -> list[str]:
        return re.findall(r'<a href="([^"]+)" aria-current="page">', client.get(path).text)

    assert marked("/") == ["/"]
    assert marked("/orgs") == ["/orgs"]
    first = client.get("/api/v1/alliances", params={"limit": 1}).json()["items"][0]["id"]
    assert marked(f"/alliances/{first}") == ["/alliances"]  # an alliance's page is in the directory
    assert marked("/alliances?q=钢铁") == ["/alliances"]


def test_record_pages_name_properties_and_values_in_the_readers_language(client: TestClient) -> None:
    a = next(x for x in client.get("/api/v1/alliances?q=产权市场").json()["items"] if x["name"] == "京津冀产权市场发展联盟")
    page = client.get(f"/alliances/{a['id']}").text
    assert "<td>成立地点</td><td>北京市" in page and "<td>city</td>" not in page
    assert "<td>类型</td><td>" in page and "<td>type</td>" not in page
    org = next(o for o in client.get("/api/v1/organisations?q=河北工业大学").json()["items"] if o["name"] == "河北工业大学")
    assert "机构类型：高校 · 所属省份：河北省 · 所在地：天津市" in client.get(f"/orgs/{org['id']}").text
    client.cookies.set("lang", "en")
    assert "<td>founded in</td><td>Beijing" in client.get(f"/alliances/{a['id']}").text
    assert "Kind: university · Province: Hebei · Seat: Tianjin" in client.get(f"/orgs/{org['id']}").text


def test_a_label_is_followed_by_the_colon_of_the_readers_language(client: TestClient) -> None:
    """Chinese pages set a label off with the full-width ：, as Chinese is written; English pages with ": "."""
    page = client.get("/alliances").text
    assert ">类型：全部</option>" in page and ">行业：全部</option>" in page and "类型: " not in page
    client.cookies.set("lang", "en")
    page = client.get("/alliances").text
    assert ">Type: all</option>" in page and ">Sector: all</option>" in page and "：" not in page


def test_an_english_reader_sees_an_alliance_s_english_name_where_a_source_gives_one(client: TestClient) -> None:
    """The reference data names twelve alliances in English too: under the Chinese name in the
    directory, at the head of the alliance's page and among matches, for English readers."""
    a = next(x for x in client.get("/api/v1/alliances?q=钢铁").json()["items"] if x["name"] == "钢铁行业节能减排产业技术创新联盟")
    english = "Beijing-Tianjin-Hebei Steel Industry Energy-Saving and Emission-Reduction Technology Innovation Alliance"
    assert english not in client.get("/alliances?q=钢铁").text  # (its page lists it among its facts, in either language)
    assert '<p class="name-en"' not in client.get(f"/alliances/{a['id']}").text
    client.cookies.set("lang", "en")
    assert f'<div class="name-en" lang="en">{english}</div>' in client.get("/alliances?q=钢铁").text
    assert f'<p class="name-en" lang="en">{english}</p>' in client.get(f"/alliances/{a['id']}").text
    matches = client.get("/match", params={"q": "降低钢铁生产能耗"}).text
    assert f'<div class="name-en" lang="en">{english}</div>' in matches
    assert '<td class="nowrap">alliance</td>' in matches  # what each one is, not a heading's plural


def test_the_listings_page_in_the_readers_language(client: TestClient, bundled: Store) -> None:
    from xietong import listings

    listings.add(bundled, kind="科技成果", owner="北京工业大学", title="低碳冶炼新工艺", region="保定", publish=True)
    page = client.get("/listings").text
    assert "低碳冶炼新工艺" in page and "已发布" in page and "保定市" in page and ">published" not in page
    client.cookies.set("lang", "en")
    page = client.get("/listings").text
    assert "published" in page and "Baoding" in page and "已发布" not in page


def test_the_match_page_says_when_nothing_matched(client: TestClient) -> None:
    """A need nothing in the registry answers gets a sentence saying so, not a blank page; no need, no sentence."""
    none = client.get("/match", params={"q": "量子引力波天文观测"}).text
    assert 'id="match-none"' in none and "没有找到相关的联盟或机构" in none and 'id="match-results"' not in none
    assert 'id="match-hint"' in none and "合作方式" in none  # and how to ask again
    assert 'id="match-none"' not in client.get("/match", params={"q": "  "}).text
    assert 'id="match-none"' not in client.get("/match", params={"q": "钢铁"}).text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_match_page_without_a_need_says_what_to_write_with_examples_that_find_something(
        client: TestClient, lang: str) -> None:
    """Opened empty, the page says what it does and offers needs to try, in the reader's language:
    each a link to its own search, and each finding an alliance of the bundled registry first."""
    client.cookies.set("lang", lang)
    page = client.get("/match").text
    assert 'id="match-intro"' in page and 'id="match-none"' not in page
    examples = re.findall(r'<li><a href="(/match\?q=[^"]+)">([^<]+)</a></li>', page.split('id="match-examples"')[1])
    assert len(examples) == 3
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) == (lang == "zh") for _, text in examples)
    for href, text in examples:
        found = client.get(href.replace("&amp;", "&")).text
        assert 'id="match-results"' in found and 'id="match-intro"' not in found, text
        first = found.split('id="match-results"')[1].split("</tr>")[1]
        assert "/alliances/" in first, text
    assert 'id="match-intro"' not in client.get("/match", params={"q": "钢铁"}).text


def test_the_match_page_takes_who_asks_and_where_partners_should_be(client: TestClient) -> None:
    """As the API and the command line do: who asks (alliances they are in already are not offered;
    alone, without a need, they are matched on their own profile) and the region partners should be in."""
    def results(**params: str) -> list[tuple[str, str]]:
        page = client.get("/match", params=params).text
        return re.findall(r'<tr><td><a href="/(alliances|orgs)/\w+">([^<]+)</a>', page)

    api = client.get("/api/v1/match", params={"org": "河北工业大学", "region": "北京", "top": 20}).json()["items"]
    shown = results(org="河北工业大学", region="110000")
    assert shown and [n for _, n in shown] == [r["name"] for r in api if r["kind"] != "listing"]
    assert "协同创新联盟" not in {n for _, n in shown}  # it is a member already
    assert "协同创新联盟" in {n for _, n in results(q="高校协同创新")}
    page = html.unescape(client.get("/match", params={"q": "钢铁", "org": "没有这家机构"}).text)
    assert "未知机构 '没有这家机构'（请给出编号或准确名称）" in page  # said in Chinese, not as an unknown value
    form = client.get("/match", params={"q": "钢铁", "region": "130000"}).text
    assert 'name="org"' in form and '<option value="130000" selected>河北省</option>' in form


def test_the_brief_and_the_indicators_of_one_city_cluster(client: TestClient) -> None:
    whole = client.get("/api/v1/indicators").json()
    bth = client.get("/api/v1/indicators", params={"cluster": "京津冀"}).json()
    assert bth["cluster"]["scoped"] and bth["formation"]["total"] < whole["formation"]["total"]
    assert bth["lead"]["leader"] == "110000" and client.get("/api/v1/indicators", params={"cluster": "长三角"}).json()["lead"] is None
    assert client.get("/api/v1/indicators", params={"cluster": "火星群"}).status_code == 400
    page = client.get("/brief", params={"cluster": "jingjinji"}).text
    assert '<option value="jingjinji" selected>' in page and "format=pdf&amp;lang=zh&amp;cluster=jingjinji" in page
    shown = client.get("/brief/download", params={"format": "html", "cluster": "jingjinji", "inline": "true"})
    assert "京津冀跨区域产业联盟发展现状与合作机制调查" in shown.text and "未计入" in shown.text
    other = client.get("/brief/download", params={"format": "md", "cluster": "长三角"})
    assert other.headers["content-disposition"].endswith("xietong-brief-yangtze_delta-zh.md") and "北京的引领" not in other.text
    assert client.get("/brief/download", params={"cluster": "火星群"}).status_code == 400
    assert "北京引领的联盟" in client.get("/").text and "覆盖京津冀三地的联盟" in client.get("/").text


def test_organisation_names_are_offered_as_a_field_is_typed(client: TestClient) -> None:
    offered = re.findall(r'<option value="([^"]*)"></option>', client.get("/orgs/suggest", params={"org": "工业大学"}).text)
    assert "北京工业大学" in offered and len(offered) <= 10 and all("工业大学" in n for n in offered)
    assert offered[0] in ("北京工业大学", "河北工业大学", "天津工业大学")  # those in the most alliances first
    assert client.get("/orgs/suggest", params={"owner": "河北工业"}).text.count("<option") >= 1  # the listing form's field
    assert client.get("/orgs/suggest", params={"org": "  "}).text == ""
    evil = client.get("/orgs/suggest", params={"org": '"><script>alert(1)</script>'}).text
    assert "<script>" not in evil


def test_organisation_matchmaking_listings_and_brief_pages(client: TestClient) -> None:
    org = next(o for o in client.get("/api/v1/organisations?q=河北工业大学").json()["items"] if o["name"] == "河北工业大学")
    page = client.get(f"/orgs/{org['id']}").text
    assert "河北工业大学" in page and "协同创新联盟" in page and "天津" in page
    beside = re.findall(r'<li><a href="/orgs/O\w+">([^<]+)</a> <span class="src">同在 (\d+) 个联盟', page)
    assert ("北京工业大学", "1") in beside and ("天津工业大学", "1") in beside  # met in 协同创新联盟
    assert '<a href="/match?org=%E6%B2%B3%E5%8C%97%E5%B7%A5%E4%B8%9A%E5%A4%A7%E5%AD%A6" id="match-for-org">' in page
    matched = client.get("/match", params={"q": "钢厂想降低能耗"}).text
    assert "钢铁行业节能减排产业技术创新联盟" in matched and "「能耗」→「节能减排」" in matched
    assert "empty" not in client.get("/match").text
    assert client.get("/match", params={"q": "很" * 3000}).status_code == 200  # the error is shown on the page
    assert client.get("/listings").status_code == 200
    assert "没有记录" in client.get("/review").text  # an empty queue says so (not "no changes")
    assert "nothing found" in client.get("/review", params={"lang": "en"}).text
    page = client.get("/brief").text
    assert "brief/download?format=pdf" in page and 'id="brief-view"' in page  # the brief is read on the page too
    shown = client.get("/brief/download", params={"format": "html", "lang": "zh", "inline": "true"})
    assert shown.headers["content-disposition"].startswith("inline") and "跨区域产业联盟发展现状" in shown.text
    assert client.get("/brief/download?format=html").headers["content-disposition"].startswith("attachment")
    xlsx = client.get("/brief/download?format=xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert client.get("/brief/download?format=exe").status_code == 422


def test_record_pages_say_where_each_membership_and_count_was_read_and_when_members_joined(
        bundled: Store, tmp_path: Path) -> None:
    from tests.helpers import write_csv
    from xietong import registry
    from xietong.web.app import create_app
    from xietong.web.settings import Settings

    alliances = write_csv(tmp_path / "a.csv", ["联盟名称", "牵头单位", "成员数量"], [["京津冀网页测试联盟", "北京甲研究院", "50余家"]])
    members = write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "角色", "加入时间"], [["京津冀网页测试联盟", "天津乙大学", "成员", "2015年5月"]])
    registry.import_paths(bundled, [str(alliances), str(members)])
    client = TestClient(create_app(Settings(db=bundled.url)))
    a = client.get("/api/v1/alliances", params={"q": "网页测试"}).json()["items"][0]
    page = re.sub(r"<[^>]+>", "", client.get(f"/alliances/{a['id']}").text)
    # each member's kind read off its name as it was imported (…研究院, …大学)
    assert "北京甲研究院 · 科研院所 (牵头单位) · a.csv · 第 2 行" in page
    assert "天津乙大学 · 高校 (成员单位，2015年5月起) · m.csv · 第 2 行" in page
    assert "50余家 a.csv · 第 2 行" in page  # a count as it is said, not "50 (余)"
    org = client.get("/api/v1/organisations", params={"q": "天津乙大学"}).json()["items"][0]
    assert "(成员单位，2015年5月起) · m.csv · 第 2 行" in re.sub(r"<[^>]+>", "", client.get(f"/orgs/{org['id']}").text)
    client.cookies.set("lang", "en")
    assert "(member, since 2015-05) · m.csv · row 2" in re.sub(r"<[^>]+>", "", client.get(f"/alliances/{a['id']}").text)


def test_a_renamed_alliance_shows_its_former_name_and_is_found_by_it(bundled: Store, tmp_path: Path) -> None:
    from xietong import review
    from xietong.text.pipeline import extract_path
    from xietong.web.app import create_app
    from xietong.web.settings import Settings

    (tmp_path / "n.txt").write_text("京津冀网页养老联盟正式更名为京津冀网页康养联盟。", encoding="utf-8")
    review.add_candidates(bundled, extract_path(str(tmp_path / "n.txt"), context_cluster="jingjinji"))
    client = TestClient(create_app(Settings(db=bundled.url)))
    assert "曾用名：京津冀网页养老联盟" in re.sub(r"<[^>]+>", "", client.get("/review").text)  # as proposed
    for c in review.list_candidates(bundled):
        review.accept(bundled, c["id"])
    [found] = client.get("/api/v1/alliances", params={"q": "网页养老"}).json()["items"]  # by the name it had
    assert (found["name"], found["aliases"]) == ("京津冀网页康养联盟", [])
    listed = re.sub(r"<[^>]+>", "", client.get("/alliances", params={"q": "网页养老"}).text)
    assert "京津冀网页康养联盟曾用名：京津冀网页养老联盟" in listed  # why a search by the old name found it
    page = re.sub(r"<[^>]+>", "", client.get(f"/alliances/{found['id']}").text)
    assert "曾用名：京津冀网页养老联盟" in page and "别名" not in page
    client.cookies.set("lang", "en")
    assert "Former names: 京津冀网页养老联盟" in re.sub(r"<[^>]+>", "", client.get(f"/alliances/{found['id']}").text)


@pytest.mark.parametrize("path", ["/api/v1/alliances/%1F", "/api/v1/alliances/%20", "/alliances/%00"])
def test_unnameable_ids_are_not_found_not_errors(client: TestClient, path: str) -> None:
    assert client.get(path).status_code in (200, 404)  # found by schemathesis: these were server errors


def test_an_alliance_page_lists_its_members_a_page_at_a_time_and_the_api_a_slice_when_asked(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from xietong.web import app as app_module

    monkeypatch.setattr(app_module, "MEMBERS_PAGE", 2)
    a = max(client.get("/api/v1/alliances", params={"limit": 200}).json()["items"], key=lambda x: x["named_members"])
    detail = client.get(f"/api/v1/alliances/{a['id']}").json()
    total = len(detail["members"])

    def listed(page: int) -> list[str]:
        html = client.get(f"/alliances/{a['id']}", params={"page": page}).text
        return re.findall(r'<li><a href="/orgs/(O[0-9a-f]+)">', html)

    pages = [listed(p) for p in range(1, -(-total // 2) + 1)]
    ids = [m["org_id"] for m in detail["members"]]
    # each page the next slice of the members, nothing left out or shown twice (grouped by province within it)
    assert all(len(p) == 2 for p in pages[:-1]) and [sorted(p) for p in pages] == \
        [sorted(ids[i : i + 2]) for i in range(0, total, 2)]
    first = client.get(f"/alliances/{a['id']}").text
    assert f"第 1–2 个，共 {total} 个" in first and "?page=2" in first
    assert listed(10_000) == [] and client.get(f"/alliances/{a['id']}", params={"page": 0}).status_code == 422
    # the API lists all of them unless asked for a slice
    part = client.get(f"/api/v1/alliances/{a['id']}", params={"members_limit": 2, "members_offset": 2}).json()
    assert part["members"] == detail["members"][2:4] and part["members_total"] == total and "members_total" not in detail
    assert {k: v for k, v in part.items() if k not in ("members", "members_total")} == \
        {k: v for k, v in detail.items() if k != "members"}


def test_an_alliance_an_organisation_and_the_indicators_as_they_stood_at_a_date(bundled: Store, tmp_path: Path) -> None:
    """``?as_of=``: the registry as it stood at the end of that day, month or year, as ``--as-of``
    reads it on the command line; what was recorded later is not there yet."""
    from tests.helpers import write_csv
    from xietong import registry
    from xietong.web.app import create_app
    from xietong.web.settings import Settings

    write_csv(tmp_path / "later.csv", ["联盟", "成员单位", "角色"], [["京津冀测试时点联盟", "测试时点研究院", "发起单位"]])
    write_csv(tmp_path / "a.csv", ["联盟名称", "类型"], [["京津冀测试时点联盟", "产业类"]])
    for f in ("a.csv", "later.csv"):
        registry.import_paths(bundled, [str(tmp_path / f)], recorded_at="2031-06-15T08:00:00.000000")
    client = TestClient(create_app(Settings(db=bundled.url)))
    [a] = client.get("/api/v1/alliances", params={"q": "测试时点"}).json()["items"]
    [o] = client.get("/api/v1/organisations", params={"q": "测试时点研究院"}).json()["items"]
    now = client.get(f"/api/v1/alliances/{a['id']}").json()
    assert now["name"] == "京津冀测试时点联盟" and [m["org"] for m in now["members"]] == ["测试时点研究院"]
    assert client.get(f"/api/v1/alliances/{a['id']}", params={"as_of": "2031-06"}).json() == now
    before = client.get(f"/api/v1/alliances/{a['id']}", params={"as_of": "2031-05"})
    assert before.status_code == 404 and before.json()["error"]["message"].endswith("recorded by 2031-05")
    org = client.get(f"/api/v1/organisations/{o['id']}").json()
    assert org["name"] == "测试时点研究院" and [m["alliance"] for m in org["memberships"]] == ["京津冀测试时点联盟"]
    assert client.get(f"/api/v1/organisations/{o['id']}", params={"as_of": "2031-06-14"}).status_code == 404
    assert client.get("/api/v1/organisations/Onothing").status_code == 404
    total = client.get("/api/v1/indicators").json()["formation"]["total"]
    assert client.get("/api/v1/indicators", params={"as_of": "2031-05-31"}).json()["formation"]["total"] == total - 1
    assert client.get("/api/v1/indicators", params={"as_of": "2031", "cluster": "京津冀"}).json()["cluster"]["scoped"]
    for path in (f"/api/v1/alliances/{a['id']}", f"/api/v1/organisations/{o['id']}", "/api/v1/indicators"):
        bad = client.get(path, params={"as_of": "2031-13"})
        assert bad.status_code == 400 and bad.json()["error"]["message"] == "as_of: cannot read date '2031-13': month 13 is out of range"
