"""Serving many readers: whole responses are kept for anonymous readers while
the registry stands still, and dropped the moment it changes — whether the
change came through the platform or from another process (the command line,
another worker)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.helpers import write_csv
from xietong import registry
from xietong.store import Store
from xietong.store.changes import generation
from xietong.store.tables import registry_change
from xietong.web import catalog as catalog_module


def _cache(client: TestClient):  # type: ignore[no-untyped-def]
    client.get("/api/v1/alliances?limit=1")  # the middleware is made on the first request
    return client.app.state.response_cache  # type: ignore[attr-defined]


def _gated(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """A gate the background build waits at until the old views have been looked at: on a loaded
    machine the bundled registry's build could finish between two reads, and a test then saw the
    new views where it meant to see the old. Set it to let the build go on."""
    gate = threading.Event()
    rebuild = catalog_module.Catalog._rebuild
    monkeypatch.setattr(catalog_module.Catalog, "_rebuild", lambda self, version: (gate.wait(30), rebuild(self, version)))
    return gate


def test_repeated_reads_are_served_from_the_cache(client: TestClient) -> None:
    cache = _cache(client)
    first = client.get("/api/v1/alliances?q=钢铁")
    hits = cache.hits
    again = client.get("/api/v1/alliances?q=钢铁")
    assert cache.hits == hits + 1 and again.content == first.content
    client.get("/api/v1/alliances?q=钢铁", headers={"cookie": "lang=en"})  # another language: its own entry
    assert cache.hits == hits + 1
    assert client.get("/api/v1/alliances?q=火星").status_code == 200
    client.get("/api/v1/alliances?province=火星")
    client.get("/api/v1/alliances?province=火星")
    assert cache.hits == hits + 1  # errors are never kept


def test_a_change_from_another_process_shows(client: TestClient, bundled: Store, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_module, "CHECK_EVERY", 0.0)
    assert client.get("/api/v1/alliances?q=另一进程").json()["total"] == 0
    write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间"], [["京津冀另一进程测试联盟", "2021-01"]])
    registry.import_paths(bundled, [str(tmp_path / "a.csv")], kind="alliances")  # as `xietong import` would
    catalog = client.app.state.catalog  # type: ignore[attr-defined]
    stale = client.get("/api/v1/alliances?q=另一进程").json()["total"]  # noticed: rebuilt in the background
    catalog.settle()
    assert stale == 0 and client.get("/api/v1/alliances?q=另一进程").json()["total"] == 1
    assert "京津冀另一进程测试联盟" in client.get("/alliances?q=另一进程").text


def test_the_old_views_are_served_while_the_new_are_built(bundled: Store, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Nobody waits for a rebuild caused elsewhere; a write through this
    process drops the views at once (the writer sees it on the next page),
    and a background build started before it is discarded."""
    monkeypatch.setattr(catalog_module, "CHECK_EVERY", 0.0)
    gate = _gated(monkeypatch)
    catalog = catalog_module.Catalog(bundled)
    rows, version = catalog.rows(), catalog.version
    write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间"], [["京津冀后台重建测试联盟", "2021-01"]])
    registry.import_paths(bundled, [str(tmp_path / "a.csv")], kind="alliances")
    assert catalog.current() == version and catalog.rows() is rows  # the old views, while the new are built
    gate.set()
    catalog.settle()
    assert catalog.current() == version + 1
    assert any(r["name"] == "京津冀后台重建测试联盟" for r in catalog.rows())
    # a write through this process while a rebuild runs: the rebuild's result is not put in
    write_csv(tmp_path / "b.csv", ["联盟名称", "成立时间"], [["京津冀后台重建测试二联盟", "2021-02"]])
    registry.import_paths(bundled, [str(tmp_path / "b.csv")], kind="alliances")
    catalog.current()
    catalog.refresh()
    dropped = catalog.version
    catalog.settle()
    assert catalog.version == dropped and catalog._rows is None
    assert any(r["name"] == "京津冀后台重建测试二联盟" for r in catalog.rows())


def test_the_merge_reviews_proposals_are_worked_out_once_for_each_state_of_the_registry(
        bundled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every organisation's name is read for them (seconds at 200,000), so a
    reader after the first is given the same list; an organisation imported
    elsewhere is proposed once the views are rebuilt."""
    from xietong import lookalikes

    monkeypatch.setattr(catalog_module, "CHECK_EVERY", 0.0)
    catalog = catalog_module.Catalog(bundled)
    catalog.rows()
    calls: list[int] = []
    suggest = lookalikes.suggest
    monkeypatch.setattr(lookalikes, "suggest", lambda conn: calls.append(1) or suggest(conn))
    first = catalog.lookalikes()
    assert catalog.lookalikes() is first and len(calls) == 1
    write_csv(tmp_path / "o.csv", ["名称", "省份"], [["北京甲乙丙智能科技有限公司", "北京"], ["甲乙丙智能科技公司", ""]])
    gate = _gated(monkeypatch)
    registry.import_paths(bundled, [str(tmp_path / "o.csv")], kind="orgs")
    assert catalog.lookalikes() is first  # the old views, while the new are built
    gate.set()
    catalog.settle()
    after = catalog.lookalikes()
    assert len(calls) == 2 and {"北京甲乙丙智能科技有限公司", "甲乙丙智能科技公司"} <= {x[k] for x in after for k in ("left", "right")}


def test_a_city_cluster_s_indicators_are_rebuilt_beside_the_views_served(bundled: Store, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A platform whose dashboard opens at a city cluster: after a change made elsewhere, that
    cluster's indicators are worked out in the background with the rest (seconds at 200,000
    organisations), so the first reader after it is not the one who waits."""
    from xietong import regions

    monkeypatch.setattr(catalog_module, "CHECK_EVERY", 0.0)
    bth = regions.clusters()["jingjinji"]
    catalog = catalog_module.Catalog(bundled)
    before = catalog.indicators_of(bth)
    assert catalog.indicators_of(bth) is before and catalog.snapshot_of(bth).n_alliances == before["formation"]["total"]
    write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间"], [["京津冀后台指标测试联盟", "2022-03"]])
    gate = _gated(monkeypatch)
    registry.import_paths(bundled, [str(tmp_path / "a.csv")], kind="alliances")
    assert catalog.indicators_of(bth) is before  # the old, while the new are built
    gate.set()
    catalog.settle()
    calls: list[int] = []
    compute = catalog_module.compute
    monkeypatch.setattr(catalog_module, "compute", lambda *a, **k: calls.append(1) or compute(*a, **k))
    after = catalog.indicators_of(bth)
    assert after["formation"]["total"] == before["formation"]["total"] + 1 and calls == []  # built already


def test_signed_in_pages_are_never_kept(client: TestClient) -> None:
    cache = _cache(client)
    client.cookies.set("xt_session", "whatever")
    client.get("/alliances")
    client.get("/alliances")
    assert cache.hits == 0


def test_each_changing_transaction_counts_once_and_a_dry_run_not_at_all(store: Store, tmp_path: Path) -> None:
    def seen() -> int:
        with store.engine.connect() as conn:
            return generation(conn)

    # the numbers only grow (a PostgreSQL sequence may skip one a rolled-back write drew)
    assert seen() == 0
    write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间"], [[f"京津冀计数测试{i}联盟", "2021-01"] for i in range(3)])
    registry.import_paths(store, [str(tmp_path / "a.csv")], kind="alliances", dry_run=True)
    assert seen() == 0
    registry.import_paths(store, [str(tmp_path / "a.csv")], kind="alliances")
    first = seen()
    with store.engine.connect() as conn:
        assert len(conn.execute(registry_change.select()).all()) == 1  # one row for the whole import
    registry.import_paths(store, [str(tmp_path / "a.csv")], kind="alliances")  # nothing new: no change
    assert seen() == first
    registry.mark_different(store, "京津冀计数测试0联盟", "京津冀计数测试1联盟")
    assert seen() > first


def test_a_background_rebuild_that_fails_says_why_and_drops_the_views(bundled: Store, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    """A failure while the views are rebuilt beside those served is logged with its cause, and the
    views are dropped, so the next reader builds them and meets the error itself, never stale data."""
    monkeypatch.setattr(catalog_module, "CHECK_EVERY", 0.0)
    catalog = catalog_module.Catalog(bundled)
    catalog.rows()
    write_csv(tmp_path / "a.csv", ["联盟名称", "成立时间"], [["京津冀后台失败测试联盟", "2022-03"]])
    registry.import_paths(bundled, [str(tmp_path / "a.csv")], kind="alliances")

    def broken(self: catalog_module.Catalog) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(catalog_module.Catalog, "rows", broken)
    with caplog.at_level("ERROR", logger="xietong.web.catalog"):
        catalog.current()
        catalog.settle()
    assert "building the views in the background failed" in caplog.text and "disk on fire" in caplog.text
    assert catalog._rows is None and catalog._matcher is None
