"""The registry's summaries read a large registry in a fixed number of queries;
init does nothing, at once, when nothing has changed since it last ran."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, event, select

from tests.helpers import write_csv
from xietong import registry
from xietong.store import Store
from xietong.store.tables import statement


def _queries(store: Store, run) -> int:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def count(*args) -> None:  # type: ignore[no-untyped-def]
        seen.append(args[2])

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(seen)


def test_stats_reads_as_many_queries_whatever_the_number_of_organisations(store: Store, tmp_path: Path) -> None:
    """Reading which organisations are merged once per organisation made a summary of
    40,000 organisations take minutes; it is read once."""
    registry.init(store)
    before = _queries(store, lambda: registry.stats(store))
    orgs = write_csv(tmp_path / "orgs.csv", ["名称", "机构类型"], [[f"汇总测试{i}公司", "企业"] for i in range(300)])
    registry.import_paths(store, [str(orgs)])
    assert _queries(store, lambda: registry.stats(store)) == before
    assert registry.stats(store)["organisations"] >= 300


def _classified(store: Store) -> int:
    """How many statements the classifier stands behind."""
    with store.engine.connect() as conn:
        return len(conn.execute(select(statement.c.id).where(statement.c.dataset == registry.CLASSIFIER_DATASET)).all())


def _unclassify(store: Store) -> None:
    """Remove the classifier's statements past xietong, as an edit in SQL would: no change is recorded."""
    with store.engine.begin() as conn:
        conn.execute(delete(statement).where(statement.c.dataset == registry.CLASSIFIER_DATASET))


def test_init_with_nothing_changed_since_it_last_ran_does_nothing(store: Store) -> None:
    """It reads no organisation: a registry edited past xietong stays as edited, until init is forced."""
    registry.init(store)
    classified = _classified(store)
    assert classified > 0
    _unclassify(store)
    assert _queries(store, lambda: registry.init(store)) < 10
    assert _classified(store) == 0
    assert registry.init(store, force=True).added["statement"] == classified
    assert _classified(store) == classified


def test_init_runs_again_after_any_change_to_the_registry(store: Store, tmp_path: Path) -> None:
    """An import records a change: the next init classifies the alliances it brought (and,
    the classifier's statements removed past xietong, puts those back as well)."""
    registry.init(store)
    classified = _classified(store)
    _unclassify(store)
    alliances = write_csv(tmp_path / "alliances.csv", ["联盟名称", "成立时间"], [["京津冀再初始化钢铁产业技术创新联盟", "2015"]])
    registry.import_paths(store, [str(alliances)])
    registry.init(store)
    assert _classified(store) > classified
    new = registry.show(store, "京津冀再初始化钢铁产业技术创新联盟")[0]["facts"]
    assert any(f["dataset"] == registry.CLASSIFIER_DATASET for f in new["type"])


def test_init_runs_again_when_xietong_itself_changed(monkeypatch: pytest.MonkeyPatch, store: Store) -> None:
    """New code or bundled data (an upgrade, a changed rule) may load or derive otherwise."""
    registry.init(store)
    classified = _classified(store)
    _unclassify(store)
    monkeypatch.setattr(registry, "package_fingerprint", lambda: "0" * 64)
    registry.init(store)
    assert _classified(store) == classified


def test_a_listing_read_a_page_at_a_time_is_the_listing_read_whole(bundled: Store) -> None:
    """Merged organisations once, in the same order; as of a past date too; bad arguments and an
    uninitialised store refused at the call, before anything is read."""
    orgs = registry.list_entities(bundled, "org")
    registry.merge(bundled, orgs[1]["id"], orgs[2]["id"])
    for kind in ("org", "alliance"):
        assert list(registry.iter_entities(bundled, kind)) == registry.list_entities(bundled, kind)
        assert list(registry.iter_entities(bundled, kind, as_of="2016")) == registry.list_entities(bundled, kind,
                                                                                                   as_of="2016")
    assert len(list(registry.iter_entities(bundled, "org"))) == len(orgs) - 1
    with pytest.raises(registry.RegistryError):
        registry.iter_entities(bundled, "org", limit=-1)


def test_stats_counts_each_cluster_of_merged_organisations_once(bundled: Store) -> None:
    """As many organisations as there are distinct canonical ids, now and as of a past date."""
    from sqlalchemy import select

    from xietong.resolution import canonical_map
    from xietong.store.tables import entity

    orgs = registry.list_entities(bundled, "org")
    registry.merge(bundled, orgs[1]["id"], orgs[2]["id"])
    registry.merge(bundled, orgs[1]["id"], orgs[3]["id"])
    for as_of in (None, "2016", "2999"):
        with bundled.engine.connect() as conn:
            merged = canonical_map(conn, "org", as_of)
            q = select(entity.c.id).where(entity.c.kind == "org", *([entity.c.created_at <= as_of] if as_of else []))
            reference = len({merged.get(r.id, r.id) for r in conn.execute(q)})
        assert registry.stats(bundled, as_of=as_of)["organisations"] == reference, as_of
    assert registry.stats(bundled)["organisations"] == len(orgs) - 2


def test_stats_counts_the_memberships_the_dashboard_counts(bundled: Store, tmp_path: Path) -> None:
    """An organisation in an alliance once, whatever its roles, however many sources say so, and
    merged records once: the summary and the dashboard (the network's memberships) give one figure;
    every stored membership record is counted beside it."""
    from tests.helpers import write_csv
    from xietong.analytics.network import metrics
    from xietong.analytics.snapshot import load

    write_csv(tmp_path / "m.csv", ["联盟", "成员单位", "角色"],
              [["京津冀设计产业联盟", "北京工业设计促进中心", "成员单位"],  # an initiator, now a member too
               ["京津冀设计产业联盟", "北京测试成员计数公司", "成员单位"]])
    registry.import_paths(bundled, [str(tmp_path / "m.csv")])
    orgs = {o["name"]: o["id"] for o in registry.list_entities(bundled, "org")}
    registry.merge(bundled, orgs["北京工业设计促进中心"], orgs["北京测试成员计数公司"])
    for as_of in (None, "2999"):
        with bundled.engine.connect() as conn:
            shown = metrics(load(conn, as_of=as_of))["bipartite"]["memberships"]
        said = registry.stats(bundled, as_of=as_of)
        assert said["memberships"] == shown < said["membership_facts"], as_of


def test_stats_counts_the_organisations_the_registry_lists_after_an_import_is_undone(bundled: Store,
                                                                                      tmp_path: Path) -> None:
    from tests.helpers import write_csv
    from xietong import clock
    from xietong.undo import new_change, revert

    before = registry.stats(bundled)["organisations"]
    write_csv(tmp_path / "o.csv", ["名称", "机构类型"], [["北京撤销测试甲公司", "企业"], ["北京撤销测试乙公司", "企业"]])
    registry.import_paths(bundled, [str(tmp_path / "o.csv")], change=(c := new_change()))
    assert registry.stats(bundled)["organisations"] == before + 2
    at_import = clock.now()
    with bundled.engine.begin() as conn:
        revert(conn, c, now=clock.now(), by="tester")
    assert registry.stats(bundled)["organisations"] == before == len(registry.list_entities(bundled, "org"))
    assert registry.stats(bundled, as_of=at_import)["organisations"] == before + 2  # the past still shows them
