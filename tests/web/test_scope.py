"""Pages read the whole registry or one city cluster's alliances, and a
platform set up for another city cluster opens at its own: nothing on the
platform assumes 京津冀 is the only cluster there is."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from tests.helpers import write_csv
from xietong import registry
from xietong.store import Store
from xietong.web.app import create_app
from xietong.web.settings import Settings

YRD = ["长三角测试集成电路联盟", "长三角测试文旅联盟"]


@pytest.fixture
def both(bundled: Store, tmp_path: Path) -> Store:
    """The bundled 京津冀 registry with two 长三角 alliances beside it, one founded in Shanghai."""
    write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间", "成立地点", "类型", "行业"],
              [[YRD[0], "2019-05", "上海", "产业类", "集成电路"], [YRD[1], "2020", "", "服务类", "旅游"]])
    write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "角色"],
              [[YRD[0], "上海测试微电子公司", "发起单位"], [YRD[0], "江苏测试大学", ""], [YRD[1], "浙江测试旅行社", "发起单位"]])
    for f in ("a.csv", "m.csv"):
        registry.import_paths(bundled, [str(tmp_path / f)])
    return bundled


def total(page: str) -> int:
    found = re.search(r'id="n-alliances">(\d+)<', page)
    assert found, page[:500]
    return int(found[1])


def selected(page: str) -> str:
    """The scope the page's selector shows chosen ("" for the whole registry)."""
    form = page[page.index('class="filters scope"'):]
    form = form[: form.index("</form>")]
    chosen = re.search(r'<option value="([^"]*)" selected>', form)
    return chosen[1] if chosen else ""


def test_the_dashboard_reads_the_whole_registry_or_the_city_cluster_chosen(both: Store) -> None:
    client = TestClient(create_app(Settings(db=both.url)))
    whole = client.get("/").text
    everything = client.get("/api/v1/alliances").json()["total"]
    assert total(whole) == everything and selected(whole) == "" and "整个登记簿（按京津冀计算）" in whole
    yrd = client.get("/", params={"cluster": "长三角"}).text
    assert total(yrd) == 2 and selected(yrd) == "yangtze_delta"
    assert "覆盖长三角四地的联盟" in yrd and "北京引领" not in yrd  # no source names a leader of 长三角
    assert 'href="/alliances?cluster=yangtze_delta"' in yrd  # the count opens the alliances it counts
    assert 'href="/network?cluster=yangtze_delta"' in yrd and 'href="/orgs?cluster=yangtze_delta"' in yrd  # and the rest
    bth = client.get("/", params={"cluster": "jingjinji"}).text
    assert total(bth) == everything - 2 - 2 and "北京引领的联盟" in bth  # the two without a cluster are in neither
    assert total(client.get("/", params={"cluster": ""}).text) == everything


def test_a_city_cluster_with_no_alliance_draws_no_empty_charts(both: Store) -> None:
    client = TestClient(create_app(Settings(db=both.url)))
    for path in ("/", "/map"):
        page = client.get(path, params={"cluster": "成渝"}).text
        assert "这一范围内还没有登记联盟" in page and selected(page) == "chengyu"
    assert 'data-chart="timeline"' not in client.get("/", params={"cluster": "成渝"}).text
    assert 'data-chart="timeline"' in client.get("/").text


def test_a_scope_that_is_no_city_cluster_is_refused_with_those_that_are(both: Store) -> None:
    client = TestClient(create_app(Settings(db=both.url)))
    for path in ("/", "/map", "/brief"):
        r = client.get(path, params={"cluster": "火星群"}, headers={"accept": "text/html"})  # as a browser asks
        assert r.status_code == 400 and 'id="error-message"' in r.text
        assert "未知城市群 '火星群'（可选：京津冀 (jingjinji), 长三角 (yangtze_delta)" in html.unescape(r.text)
    api = client.get("/api/v1/alliances", params={"cluster": "火星群"})
    assert api.status_code == 400 and "unknown city cluster '火星群'" in api.text


def test_the_map_shows_the_places_of_the_scope_chosen(both: Store) -> None:
    client = TestClient(create_app(Settings(db=both.url)))
    cities = re.compile(r'<table id="city-table">(.*?)</table>', re.S)
    whole = cities.search(client.get("/map").text)[1]
    assert "北京市" in whole and "上海市" in whole
    yrd = cities.search(client.get("/map", params={"cluster": "长三角"}).text)[1]
    assert "上海市" in yrd and "北京市" not in yrd and "cluster=yangtze_delta" in yrd


def test_the_directory_its_api_and_its_download_filter_by_city_cluster(both: Store) -> None:
    client = TestClient(create_app(Settings(db=both.url)))
    api = client.get("/api/v1/alliances", params={"cluster": "长三角"}).json()
    assert api["total"] == 2 and sorted(a["name"] for a in api["items"]) == sorted(YRD)
    assert {a["cluster"] for a in api["items"]} == {"yangtze_delta"}
    bth = client.get("/api/v1/alliances", params={"cluster": "jingjinji", "limit": 200}).json()["items"]
    assert "京津冀设计产业联盟" in {a["name"] for a in bth} and not set(YRD) & {a["name"] for a in bth}
    page = client.get("/alliances", params={"cluster": "yangtze_delta"}).text
    assert all(name in page for name in YRD) and "京津冀设计产业联盟" not in page
    assert '<option value="yangtze_delta" selected>' in page
    assert "京津冀设计产业联盟" in client.get("/alliances", params={"cluster": "火星群"}).text  # a page leaves it off
    r = client.get("/alliances.csv", params={"cluster": "长三角"})
    header, *rows = [line.split(",") for line in r.content.decode("utf-8-sig").splitlines()]
    assert "城市群" in header and {row[header.index("城市群")] for row in rows} == {"长三角"} and len(rows) == 2


def test_a_platform_for_another_city_cluster_opens_at_its_alliances(both: Store) -> None:
    client = TestClient(create_app(Settings(db=both.url, cluster="长三角")))
    home = client.get("/").text
    assert total(home) == 2 and selected(home) == "yangtze_delta"
    whole = client.get("/", params={"cluster": ""}).text  # the whole registry, read with 长三角's places
    assert total(whole) == client.get("/api/v1/alliances").json()["total"] and "整个登记簿（按长三角计算）" in whole
    assert "覆盖长三角四地的联盟" in whole and "北京引领" not in whole
    indicators = client.get("/api/v1/indicators").json()  # the API reads the whole registry, as it always has
    assert indicators["cluster"]["id"] == "yangtze_delta" and not indicators["cluster"]["scoped"]
    assert selected(client.get("/map").text) == "yangtze_delta"
    assert selected(client.get("/brief").text) == "yangtze_delta"
    assert selected(client.get("/brief", params={"cluster": ""}).text) == ""
    brief = client.get("/brief/download", params={"format": "md"}).text  # the whole registry's brief
    assert "覆盖上海、江苏、浙江、安徽四地" in brief and "北京的引领" not in brief


def test_the_home_city_cluster_setting_is_read_by_any_name_and_checked() -> None:
    assert Settings(cluster="长三角").cluster == "yangtze_delta" and Settings(cluster="jingjinji").home.name == "京津冀"
    assert Settings().cluster is None and Settings().home.id == "jingjinji"  # no home: 京津冀's places
    with pytest.raises(ValidationError, match="unknown city cluster '火星群': one of 京津冀"):
        Settings(cluster="火星群")


def test_the_home_city_cluster_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XIETONG_CLUSTER", "成渝")
    settings = Settings.from_env()
    assert settings.cluster == "chengyu" and settings.as_env()["XIETONG_CLUSTER"] == "chengyu"  # the workers read it
    assert Settings.from_env(cluster="粤港澳").cluster == "greater_bay"  # given, it wins
    assert Settings.from_env(cluster=None, db=None).cluster == "chengyu"  # an option not given leaves it be


def test_the_network_filters_by_city_cluster(both: Store) -> None:
    client = TestClient(create_app(Settings(db=both.url)))
    yrd = client.get("/api/v1/network", params={"cluster": "长三角"}).json()
    names = {n["name"] for n in yrd["nodes"]}
    assert set(YRD) <= names and "上海测试微电子公司" in names and "京津冀设计产业联盟" not in names
    assert yrd["total_nodes"] == 2 + 3  # two alliances, three members
    whole = client.get("/api/v1/network").json()
    assert whole["total_nodes"] > yrd["total_nodes"] and set(YRD) <= {n["name"] for n in whole["nodes"]}
    assert client.get("/api/v1/network", params={"cluster": "火星群"}).status_code == 400
    page = client.get("/network", params={"cluster": "yangtze_delta"}).text
    assert '<option value="yangtze_delta" selected>' in page and "/api/v1/network?cluster=yangtze_delta" in page


def test_a_platform_for_another_city_cluster_reads_unprefixed_names_as_its_own(both: Store) -> None:
    """A 长三角 secretariat's sheet names its alliance 测试集成电路联盟, without the cluster: on its
    platform that is 长三角测试集成电路联盟; on a platform with no home cluster it is no alliance known."""
    import re as _re

    from tests.web.test_changes import _login

    sheet = "联盟,成员单位\n测试集成电路联盟,长三角测试新成员公司\n".encode()
    for home, written in ((None, False), ("长三角", True)):
        client = TestClient(create_app(Settings(db=both.url, cluster=home)))
        csrf = _login(client, both, f"editor{int(written)}")
        preview = client.post("/import", data={"csrf": csrf}, files={"file": ("yrd.csv", sheet, "text/csv")}).text
        assert ("未知联盟 &#39;测试集成电路联盟&#39;" in preview) is not written
        if written:
            token = _re.search(r'name="token" value="([^"]+)"', preview)[1]
            assert client.post("/import/confirm", data={"csrf": csrf, "token": token}, follow_redirects=False).status_code == 303
    [a] = client.get("/api/v1/alliances", params={"q": YRD[0]}).json()["items"]
    members = client.get(f"/api/v1/alliances/{a['id']}").json()["members"]
    assert "长三角测试新成员公司" in {m["org"] for m in members}


def test_the_organisation_directory_its_api_and_its_download_filter_by_city_cluster(both: Store) -> None:
    """A city cluster's organisations, as its indicators read them: the members of its alliances
    (北京工业大学 is not in a 长三角 one here) and the organisations of its provinces."""
    client = TestClient(create_app(Settings(db=both.url)))
    yrd = client.get("/api/v1/organisations", params={"cluster": "长三角", "limit": 200}).json()
    names = {o["name"] for o in yrd["items"]}
    assert {"上海测试微电子公司", "江苏测试大学", "浙江测试旅行社"} <= names and "北京工业大学" not in names
    assert yrd["total"] == client.get("/api/v1/indicators", params={"cluster": "长三角"}).json()["network"]["bipartite"]["organisations"]
    bth = client.get("/api/v1/organisations", params={"cluster": "京津冀", "limit": 200}).json()
    assert "北京工业大学" in {o["name"] for o in bth["items"]} and not names & {o["name"] for o in bth["items"]}
    assert client.get("/api/v1/organisations", params={"cluster": "火星群"}).status_code == 400
    page = client.get("/orgs", params={"cluster": "yangtze_delta"}).text
    assert "上海测试微电子公司" in page and "北京工业大学" not in page and '<option value="yangtze_delta" selected>' in page
    assert "/orgs.csv?cluster=yangtze_delta" in page  # the download offered is of the same organisations
    rows = client.get("/orgs.csv", params={"cluster": "长三角"}).content.decode("utf-8-sig").splitlines()[1:]
    assert len(rows) == yrd["total"]


def test_the_listings_board_and_its_api_filter_by_city_cluster(both: Store) -> None:
    """A listing is in a cluster when its place is in one of the cluster's provinces (a Hebei city's, Hebei's)."""
    from xietong import listings

    listings.add(both, kind="科技成果", owner="上海测试微电子公司", title="测试芯片封装工艺", region="上海", publish=True)
    listings.add(both, kind="技术需求", owner="北京工业大学", title="测试钢渣综合利用", region="唐山", publish=True)
    listings.add(both, kind="技术需求", owner="北京工业大学", title="测试无处可寻", publish=True)
    client = TestClient(create_app(Settings(db=both.url)))
    titles = lambda r: {d["title"] for d in r.json()["items"]}  # noqa: E731
    assert titles(client.get("/api/v1/listings", params={"cluster": "长三角"})) == {"测试芯片封装工艺"}
    bth = client.get("/api/v1/listings", params={"cluster": "京津冀", "limit": 200})
    assert "测试钢渣综合利用" in titles(bth) and not {"测试芯片封装工艺", "测试无处可寻"} & titles(bth)
    assert client.get("/api/v1/listings", params={"cluster": "火星群"}).status_code == 400
    page = client.get("/listings", params={"cluster": "yangtze_delta"}).text
    assert "测试芯片封装工艺" in page and "测试钢渣综合利用" not in page and '<option value="yangtze_delta" selected>' in page
    assert "测试无处可寻" in client.get("/listings").text  # no cluster chosen: every place, and none


def test_a_platform_for_another_city_cluster_opens_its_directories_at_its_own(both: Store) -> None:
    """The alliance and organisation directories, the network and the listings board open at the
    home cluster's, as its dashboard does; the filter's "all" is the whole registry, and their links
    (paging, sorting, downloads) keep it. The API reads no home cluster."""
    from xietong import listings

    listings.add(both, kind="科技成果", owner="上海测试微电子公司", title="测试芯片封装工艺", region="上海", publish=True)
    listings.add(both, kind="技术需求", owner="北京工业大学", title="测试钢渣综合利用", region="唐山", publish=True)
    client = TestClient(create_app(Settings(db=both.url, cluster="长三角", page_size=5)))
    chosen = '<option value="yangtze_delta" selected>'
    home = client.get("/alliances").text
    assert all(name in home for name in YRD) and "京津冀设计产业联盟" not in home and chosen in home
    whole = client.get("/alliances", params={"cluster": ""}).text
    assert chosen not in whole and 'href="/alliances?cluster=&page=2"' in html.unescape(whole)  # paging keeps "all"
    assert 'href="/alliances?cluster=&sort=-founded"' in html.unescape(whole)  # and so does sorting
    assert len(client.get("/alliances.csv").content.decode("utf-8-sig").splitlines()) == 1 + 2
    assert len(client.get("/alliances.csv", params={"cluster": ""}).content.decode("utf-8-sig").splitlines()) > 1 + 15
    assert client.get("/api/v1/alliances").json()["total"] > 15  # the API: the whole registry, as always
    orgs = client.get("/orgs").text
    assert "上海测试微电子公司" in orgs and "北京工业大学" not in orgs and chosen in orgs
    assert "北京工业大学" in client.get("/orgs", params={"cluster": "", "q": "北京工业"}).text
    network = client.get("/network").text
    assert chosen in network and "/api/v1/network?cluster=yangtze_delta" in network
    board = client.get("/listings").text
    assert "测试芯片封装工艺" in board and "测试钢渣综合利用" not in board
    assert "测试钢渣综合利用" in client.get("/listings", params={"cluster": ""}).text
    dashboard = client.get("/", params={"cluster": ""}).text  # the whole registry's counts open the whole registry
    assert 'href="/alliances?cluster="' in dashboard and 'href="/orgs?cluster="' in dashboard
    assert re.search(r'href="/alliances\?province=\d+&amp;cluster="', client.get("/map", params={"cluster": ""}).text)


def test_nothing_found_in_a_city_cluster_offers_the_same_search_in_the_whole_registry(bundled: Store) -> None:
    """A 长三角 platform whose registry holds only the bundled 京津冀 alliances opens at none of them:
    each page says so and links to the whole registry, keeping what was searched for."""
    client = TestClient(create_app(Settings(db=bundled.url, cluster="长三角")))
    for path in ("/alliances", "/orgs", "/listings", "/network"):
        page = html.unescape(client.get(path).text)
        assert "在长三角范围内没有找到。" in page and f'<a href="{path}?cluster=">在整个登记簿中查找</a>' in page, path
    page = html.unescape(client.get("/alliances", params={"q": "钢铁"}).text)
    assert f'href="/alliances?q={quote("钢铁")}&cluster="' in page
    assert "钢铁行业节能减排产业技术创新联盟" in client.get("/alliances", params={"q": "钢铁", "cluster": ""}).text
    assert 'id="cluster-none"' not in client.get("/alliances", params={"cluster": ""}).text
    english = client.get("/alliances", params={"lang": "en"}).text
    assert "Nothing found in Yangtze River Delta." in html.unescape(english)
