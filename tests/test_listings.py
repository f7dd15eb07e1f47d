"""Listings: typed profiles with a status workflow, version checks, interest,
imports, and their place in matchmaking."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import write_csv
from xietong import listings, registry
from xietong.match.engine import Matcher, match
from xietong.store import Store


def _offer(store: Store, **kw) -> dict:  # type: ignore[no-untyped-def]
    args = {"kind": "科技成果", "owner": "北京工业大学", "title": "低碳冶炼新工艺", "text": "钢铁冶炼节能减排技术",
            "sectors": ["钢铁"], "region": "北京", "valid_until": "2027-06"} | kw
    return listings.add(store, **args)


def test_the_status_workflow(bundled: Store) -> None:
    d = _offer(bundled)
    assert (d["kind"], d["status"], d["version"], d["owner"]) == ("tech_offer", "draft", 1, "北京工业大学")
    with pytest.raises(listings.ListingError, match="cannot become expired"):
        listings.move(bundled, d["id"], "expired")
    d = listings.move(bundled, d["id"], "published")
    d = listings.move(bundled, d["id"], "expired")
    d = listings.move(bundled, d["id"], "renewed", valid_until="2028")
    assert (d["status"], d["version"], d["valid_until"]) == ("renewed", 4, "2028")
    assert [e["action"] for e in d["log"]] == ["created", "published", "expired", "renewed"]


def test_a_stale_version_is_refused(bundled: Store) -> None:
    d = _offer(bundled, publish=True)
    listings.move(bundled, d["id"], "expired", version=d["version"])
    with pytest.raises(listings.ListingError, match="changed since version 1"):
        listings.move(bundled, d["id"], "renewed", version=1)


def test_expire_due_and_interest(bundled: Store) -> None:
    d = _offer(bundled, publish=True, valid_until="2026-01")
    listings.interest(bundled, d["id"], org="河北工业大学", note="想合作")
    assert listings.expire_due(bundled, "2026-03-01") == [d["id"]]
    log = listings.show(bundled, d["id"])["log"]
    assert [e["action"] for e in log] == ["created", "published", "interest", "expired"]
    with pytest.raises(listings.ListingError, match="published listings only"):
        listings.interest(bundled, d["id"], org="河北工业大学")


@pytest.mark.parametrize("kw, message", [
    ({"kind": "火星"}, "unknown listing kind"), ({"owner": "不存在的单位"}, "unknown organisation"),
    ({"region": "火星"}, "unknown region"), ({"valid_until": "2027-13"}, "month 13"),
    ({"valid_from": "2027", "valid_until": "2026"}, "before valid_from"), ({"title": "  "}, "title"),
])
def test_bad_listings_are_refused(bundled: Store, kw: dict, message: str) -> None:
    with pytest.raises(listings.ListingError, match=message):
        _offer(bundled, **kw)


def test_import_listings_and_match_them(bundled: Store, tmp_path: Path) -> None:
    f = write_csv(tmp_path / "listings.csv", ["类型", "发布单位", "标题", "内容", "行业", "地区", "截止日期"],
                  [["承接平台", "廊坊某科技园", "廊坊科技园承接北京制造业转移", "提供土地和厂房，重点承接智能制造", "智能制造", "廊坊", "2027"],
                   ["技术需求", "天津某汽车公司", "新能源汽车电池热管理", "寻找电池技术合作", "新能源汽车", "天津", ""]])
    registry.import_paths(bundled, [str(f)])
    assert len(listings.list_listings(bundled, status="published")) == 2
    registry.import_paths(bundled, [str(f)])  # again: nothing new
    assert len(listings.list_listings(bundled)) == 2
    results = match(Matcher.build(bundled), "北京的制造企业想把生产线转移到河北的园区", kind="listing")
    assert results and results[0].name == "廊坊科技园承接北京制造业转移"
    assert results[0].reasons[0] == "类型：承接平台"


def test_bad_listing_rows_name_file_row_and_column(bundled: Store, tmp_path: Path) -> None:
    from tests.conftest import fingerprint
    from xietong.ingest.problems import InputError

    f = write_csv(tmp_path / "l.csv", ["类型", "发布单位", "标题", "截止日期"], [["火星类", "某公司", "某项目", "2027-13"]])
    before = fingerprint(bundled)
    with pytest.raises(InputError) as exc:
        registry.import_paths(bundled, [str(f)])
    assert [str(p).split(": ")[0] for p in exc.value.problems] == [f"{f}:2:类型", f"{f}:2:截止日期"]
    assert fingerprint(bundled) == before


def test_a_page_of_listings_in_some_provinces(bundled: Store) -> None:
    """A city's listing is its province's (GB/T 2260: the code's first two digits); one with no place is in none."""
    listings.add(bundled, kind="技术需求", owner="北京工业大学", title="唐山测试需求", region="唐山", publish=True)
    listings.add(bundled, kind="技术需求", owner="北京工业大学", title="上海测试需求", region="上海", publish=True)
    listings.add(bundled, kind="技术需求", owner="北京工业大学", title="无处测试需求", publish=True)
    hebei, _ = listings.page(bundled, provinces=("130000",), limit=200)
    assert {d["title"] for d in hebei} >= {"唐山测试需求"} and not {"上海测试需求", "无处测试需求"} & {d["title"] for d in hebei}
    both, total = listings.page(bundled, provinces=("130000", "310000"), limit=200)
    assert {"唐山测试需求", "上海测试需求"} <= {d["title"] for d in both} and total == len(both)
    assert listings.page(bundled, limit=200)[1] > total  # no provinces: every place, and none
