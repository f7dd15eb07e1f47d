"""Undoing one change: its facts are retracted, what it superseded is stated
again, its judgements are undone — and history (``as_of``) still shows what
the registry said in between. A change a later one builds on is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from tests.helpers import write_csv
from tests.test_review import _commit
from xietong import clock, registry, review
from xietong.store import Store
from xietong.undo import UndoError, new_change, revert

HEADER = ["联盟名称", "成立时间", "所在城市"]


def _revert(store: Store, change: str, **kw) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with store.engine.begin() as conn:
        return revert(conn, change, now=clock.now(), by="tester", **kw)


def _view(store: Store, as_of: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {a["name"]: (a["founded"], a["city"]) for a in registry.list_entities(store, "alliance", as_of=as_of)}


def test_undoing_an_import_restores_the_registry_and_keeps_history(bundled: Store, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    f = write_csv(tmp_path / "a.csv", HEADER, [["京津冀撤销测试联盟", "2015年4月", "北京"]])
    before = _view(bundled)
    monkeypatch.setenv("XIETONG_NOW", "2026-02-01T00:00:00")
    change = new_change("import")
    registry.import_paths(bundled, [str(f)], kind="alliances", change=change)
    assert _view(bundled)["京津冀撤销测试联盟"] == ("2015-04", "110000")
    monkeypatch.setenv("XIETONG_NOW", "2026-03-01T00:00:00")
    counts = _revert(bundled, change)
    assert counts["statement.retracted"] >= 3
    assert _view(bundled) == before
    assert _view(bundled, as_of="2026-02-15")["京津冀撤销测试联盟"] == ("2015-04", "110000")


def test_undoing_a_revision_states_the_superseded_values_again(store: Store, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "a.csv"
    write_csv(f, HEADER, [["京津冀撤销测试联盟", "2015年4月", "北京"]])
    monkeypatch.setenv("XIETONG_NOW", "2026-02-01T00:00:00")
    registry.import_paths(store, [str(f)], kind="alliances")
    write_csv(f, HEADER, [["京津冀撤销测试联盟", "2016年5月", "天津"]])  # a revised file: same dataset
    monkeypatch.setenv("XIETONG_NOW", "2026-03-01T00:00:00")
    change = new_change("import")
    report = registry.import_paths(store, [str(f)], kind="alliances", change=change)
    assert report.changes.superseded["statement"] == 2
    assert _view(store)["京津冀撤销测试联盟"] == ("2016-05", "120000")
    monkeypatch.setenv("XIETONG_NOW", "2026-04-01T00:00:00")
    counts = _revert(store, change)
    assert counts["statement.restated"] == 2
    assert _view(store)["京津冀撤销测试联盟"] == ("2015-04", "110000")
    assert _view(store, as_of="2026-03-15")["京津冀撤销测试联盟"] == ("2016-05", "120000")
    # and importing the revision again after the undo applies it again
    monkeypatch.setenv("XIETONG_NOW", "2026-05-01T00:00:00")
    registry.import_paths(store, [str(f)], kind="alliances")
    assert _view(store)["京津冀撤销测试联盟"] == ("2016-05", "120000")


def test_a_change_a_later_one_replaced_is_refused_and_nothing_changes(store: Store, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import fingerprint

    f = tmp_path / "a.csv"
    write_csv(f, HEADER, [["京津冀撤销测试联盟", "2015年4月", "北京"]])
    first = new_change("import")
    monkeypatch.setenv("XIETONG_NOW", "2026-02-01T00:00:00")
    registry.import_paths(store, [str(f)], kind="alliances", change=first)
    write_csv(f, HEADER, [["京津冀撤销测试联盟", "2016年5月", "北京"]])
    monkeypatch.setenv("XIETONG_NOW", "2026-03-01T00:00:00")
    registry.import_paths(store, [str(f)], kind="alliances", change=new_change("import"))
    snapshot = fingerprint(store)
    with pytest.raises(UndoError, match="later change"):
        _revert(store, first)
    assert fingerprint(store) == snapshot


def test_undoing_an_acceptance_removes_its_facts(bundled: Store, tmp_path: Path) -> None:
    before = _view(bundled)
    _commit(bundled, tmp_path)
    [c] = review.list_candidates(bundled)
    change = new_change("accept")
    review.accept(bundled, c["id"], change=change)
    assert "京津冀审核测试产业联盟" in _view(bundled)
    counts = _revert(bundled, change)
    assert counts["membership.retracted"] == 2 and counts["count_fact.retracted"] == 1
    review.reopen(bundled, c["id"], by="tester", version=2)
    assert _view(bundled) == before
    assert [x["id"] for x in review.list_candidates(bundled)] == [c["id"]]


def test_undoing_a_merge_and_a_different_judgement(store: Store, tmp_path: Path) -> None:
    write_csv(tmp_path / "o.csv", ["名称", "省份"], [["北京甲乙科技有限公司", "北京"], ["北京甲乙科技有限责任公司", "北京"],
                                                  ["天津丙丁研究院", "天津"]])
    registry.import_paths(store, [str(tmp_path / "o.csv")], kind="orgs")
    orgs = lambda: sorted(o["name"] for o in registry.list_entities(store, "org"))  # noqa: E731
    assert orgs() == ["北京甲乙科技有限公司", "天津丙丁研究院"]  # merged by name on import
    done = registry.decide(store, "unmerge", "北京甲乙科技有限公司", "北京甲乙科技有限责任公司", change=(c := new_change()))
    assert len(orgs()) == 3
    _revert(store, c, restore_judgements=done["undone"])
    assert orgs() == ["北京甲乙科技有限公司", "天津丙丁研究院"]
    done = registry.decide(store, "merge", "北京甲乙科技有限公司", "天津丙丁研究院", change=(c := new_change()))
    assert orgs() == ["北京甲乙科技有限公司"]
    _revert(store, c, restore_judgements=done["undone"])
    assert orgs() == ["北京甲乙科技有限公司", "天津丙丁研究院"]
    with pytest.raises(registry.RegistryError, match="same record"):
        registry.decide(store, "merge", "北京甲乙科技有限公司", "北京甲乙科技有限公司")


def test_merging_again_after_an_undo_takes_effect(store: Store, tmp_path: Path) -> None:
    write_csv(tmp_path / "o.csv", ["名称", "省份"], [["北京甲乙科技有限公司", "北京"], ["天津丙丁研究院", "天津"]])
    registry.import_paths(store, [str(tmp_path / "o.csv")], kind="orgs")
    registry.merge(store, "北京甲乙科技有限公司", "天津丙丁研究院", actor="user:a")
    registry.unmerge(store, "北京甲乙科技有限公司", "天津丙丁研究院", actor="user:a", different=False)
    registry.merge(store, "北京甲乙科技有限公司", "天津丙丁研究院", actor="user:a")
    assert len(registry.list_entities(store, "org")) == 1


def test_a_stale_version_is_refused_never_overwritten(store: Store, tmp_path: Path) -> None:
    _commit(store, tmp_path)
    [c] = review.list_candidates(store)
    assert c["version"] == 1
    review.edit(store, c["id"], {"city": "天津"}, version=1)  # the first editor saves
    with pytest.raises(review.Conflict, match="changed by someone else"):
        review.edit(store, c["id"], {"city": "河北"}, version=1)  # the second had read version 1
    with pytest.raises(review.Conflict):
        review.accept(store, c["id"], version=1)
    [now] = review.list_candidates(store)
    assert (now["version"], now["record"]["city"]) == (2, "120000")
    review.accept(store, c["id"], version=2)
    assert review.list_candidates(store, "accepted")[0]["version"] == 3


def test_an_edit_is_undone_once_a_later_decision_on_it_has_been(store: Store, tmp_path: Path) -> None:
    """Undoing the acceptance puts the candidate back as the edit left it, so the edit can be undone
    next; an edit with a later edit or a standing decision on top is refused until those are undone."""
    from xietong.accounts import audit_log
    from xietong.undo import undo_entry

    _commit(store, tmp_path)
    [c] = review.list_candidates(store)
    review.edit(store, c["id"], {"city": "天津"}, logged_as="ann")
    review.decide(store, c["id"], "accept", by="ann", logged_as="ann")
    edit_entry, accept_entry = (e["id"] for e in reversed(audit_log(store)[:2]))
    with pytest.raises(UndoError, match="accepted"):
        undo_entry(store, edit_entry, by="ann")  # the acceptance stands on it
    undo_entry(store, accept_entry, by="ann")
    undo_entry(store, edit_entry, by="ann")
    [back] = review.list_candidates(store)
    assert back["edited"] is None and back["record"]["city"] == c["record"]["city"]
    review.edit(store, c["id"], {"city": "天津"}, logged_as="ann")
    review.edit(store, c["id"], {"city": "河北"}, logged_as="bob")
    first, second = (e["id"] for e in reversed(audit_log(store)[:2]))
    with pytest.raises(UndoError, match="edited again"):
        undo_entry(store, first, by="ann", admin=True)
    undo_entry(store, second, by="bob")
    undo_entry(store, first, by="ann")
    assert review.list_candidates(store)[0]["edited"] is None


def _orgs_file(path: Path, n: int, province: str) -> Path:
    return write_csv(path, ["名称", "省份"], [[f"撤销规模测试机构{n}-{i:05d}", province] for i in range(n)])


def test_undoing_a_change_issues_as_many_statements_whatever_its_size(store: Store, tmp_path: Path) -> None:
    """Its facts are found and retracted as a set: a statement per few hundred
    facts, each reading a whole table its ids are not indexed in, made the
    undo of a million-row import run for many minutes."""
    def statements_to_undo(n: int) -> int:
        change = new_change("import")
        registry.import_paths(store, [str(_orgs_file(tmp_path / f"o{n}.csv", n, "北京"))], kind="orgs", change=change)
        seen: list[str] = []

        def count(conn, cursor, sql, *args) -> None:  # type: ignore[no-untyped-def]
            seen.append(sql)

        event.listen(store.engine, "before_cursor_execute", count)
        try:
            counts = _revert(store, change)
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
        assert counts["statement.retracted"] == 2 * n  # each organisation's name and province
        return len(seen)

    assert statements_to_undo(10) == statements_to_undo(2000)
    assert not registry.list_entities(store, "org")


def test_undoing_a_revision_of_many_rows_states_every_replaced_value_again(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "o.csv"
    n = 1000  # more replaced facts than are read back in one go
    registry.import_paths(store, [str(_orgs_file(f, n, "北京"))], kind="orgs")
    change = new_change("import")
    report = registry.import_paths(store, [str(_orgs_file(f, n, "天津"))], kind="orgs", change=change)
    assert report.changes.superseded["statement"] == n
    assert _revert(store, change) == {"statement.retracted": n, "statement.restated": n}
    provinces = [o["province"] for o in registry.list_entities(store, "org")]
    assert len(provinces) == n and set(provinces) == {"110000"}
