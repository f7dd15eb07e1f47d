"""History: facts superseded by a revised dataset stay readable, merges have
their own time, and the registry can be read as of any past moment."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import write_csv
from xietong import registry
from xietong.store import Store

T1, T2, T3 = "2026-02-01T00:00:00.000000", "2026-03-01T00:00:00.000000", "2026-04-01T00:00:00.000000"


def _imp(store: Store, f: Path, at: str, **kw) -> registry.ImportReport:  # type: ignore[no-untyped-def]
    return registry.import_paths(store, [str(f)], recorded_at=at, **kw)


def test_revised_membership_and_count_supersede_their_old_versions(store: Store, tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    write_csv(a, ["联盟名称", "成立时间", "成员数量"], [["京津冀历史测试联盟", "2015", "30余家"]])
    _imp(store, a, T1)
    m = tmp_path / "m.csv"
    write_csv(m, ["联盟", "成员单位", "加入时间"], [["京津冀历史测试联盟", "甲公司", "2015"]])
    _imp(store, m, T1)
    write_csv(a, ["联盟名称", "成立时间", "成员数量"], [["京津冀历史测试联盟", "2015", "40余家"]])
    write_csv(m, ["联盟", "成员单位", "加入时间"], [["京津冀历史测试联盟", "甲公司", "2015-06"]])
    ra, rm = _imp(store, a, T2), _imp(store, m, T2)
    assert ra.changes.superseded["count_fact"] == 1 and rm.changes.superseded["membership"] == 1
    [now] = registry.show(store, "京津冀历史测试联盟")
    assert [c["count"] for c in now["counts"]] == [40]
    assert [m["since"] for m in now["members"]] == ["2015-06"]
    [then] = registry.show(store, "京津冀历史测试联盟", as_of="2026-02-15T00:00:00")
    assert [c["count"] for c in then["counts"]] == [30]
    assert [m["since"] for m in then["members"]] == ["2015"]


def test_merges_have_their_own_time(store: Store, tmp_path: Path) -> None:
    _imp(store, write_csv(tmp_path / "a.csv", ["名称", "所属省份"], [["北京某某科技有限公司", "北京"]]), T1)
    _imp(store, write_csv(tmp_path / "b.csv", ["名称", "所属省份"], [["北京某某科技公司", "北京"]]), T2)
    assert len(registry.list_entities(store, "org")) == 1
    assert len(registry.list_entities(store, "org", as_of="2026-02-15T00:00:00")) == 1  # b not yet recorded
    registry.unmerge(store, "北京某某科技有限公司", "北京某某科技公司")
    assert len(registry.list_entities(store, "org")) == 2
    assert len(registry.list_entities(store, "org", as_of="2026-03-15T00:00:00")) == 1  # merged back then


def test_reimport_after_supersession_restates_the_old_value(store: Store, tmp_path: Path) -> None:
    f = tmp_path / "o.csv"
    for at, place in ((T1, "北京"), (T2, "天津"), (T3, "北京")):
        write_csv(f, ["名称", "所属省份"], [["某某研究会", place]])
        _imp(store, f, at)
    [o] = registry.list_entities(store, "org")
    assert o["province"] == "110000"
    history = registry.show(store, "某某研究会")[0]["facts"]["province"]
    assert [(h["value"], h["superseded_at"]) for h in history] == [("110000", T2), ("120000", T3), ("110000", None)]
