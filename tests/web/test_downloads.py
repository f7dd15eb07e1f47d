"""Downloads of the directories: every matching row, not a page; in the reader's
language; a file Chinese Excel opens as UTF-8."""

from __future__ import annotations

import csv
import html
import io
import re

from fastapi.testclient import TestClient


def table(client: TestClient, path: str, **params: str) -> list[list[str]]:
    r = client.get(path, params=params) if params else client.get(path)  # (params, even none, replace a query in path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith("\ufeff".encode())  # the byte-order mark: Excel reads UTF-8, not GBK
    assert "attachment" in r.headers["content-disposition"]
    return list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))


def test_the_alliance_download_holds_every_match_in_the_directory_s_order(client: TestClient) -> None:
    header, *rows = table(client, "/alliances.csv")
    everything = client.get("/api/v1/alliances", params={"limit": 200}).json()
    assert len(rows) == everything["total"] > 20  # more than a page of the directory
    assert header[:4] == ["名称", "别名", "类型", "行业"] and header[-1] == "编号"
    assert [r[-1] for r in rows] == [a["id"] for a in everything["items"]]
    newest = table(client, "/alliances.csv", type="产业类", sort="-founded")[1:]
    api = client.get("/api/v1/alliances", params={"type": "industry", "sort": "-founded", "limit": 200}).json()["items"]
    assert [r[0] for r in newest] == [a["name"] for a in api] and {r[2] for r in newest} == {"产业类"}


def test_the_alliance_download_says_what_the_page_says(client: TestClient) -> None:
    header, *rows = table(client, "/alliances.csv", q="钢铁行业节能减排")
    [steel] = [dict(zip(header, r, strict=True)) for r in rows]
    assert steel["类型"] == "产业类" and "70余家" in steel["记载成员数"] and int(steel["具名成员"]) == 2
    design = dict(zip(header, table(client, "/alliances.csv", q="设计产业")[1], strict=True))
    assert "北京市" in design["成员所在省份"].split("、")
    client.cookies.set("lang", "en")
    header, *rows = table(client, "/alliances.csv", q="钢铁行业节能减排")
    assert header[:3] == ["Name", "Aliases", "Type"] and rows[0][2] == "industry"


def test_the_organisation_download_holds_every_match(client: TestClient) -> None:
    header, *rows = table(client, "/orgs.csv")
    assert header == ["名称", "机构类型", "所属省份", "所在联盟数", "编号"]
    assert len(rows) == client.get("/api/v1/organisations").json()["total"] > 20
    hebei = table(client, "/orgs.csv", province="冀", kind="高校")[1:]
    assert hebei and all(r[1] == "高校" and r[2] == "河北省" for r in hebei)
    assert "河北工业大学" in {r[0] for r in hebei}
    # what the directory page offers is this download, with its search
    offered = re.search(r'<a href="(/orgs\.csv\?[^"]*)"', client.get("/orgs", params={"province": "冀", "kind": "高校"}).text)
    assert offered and table(client, html.unescape(offered[1]))[1:] == hebei
