"""A write that adds more rows to a table than it held builds that table's
indexes once at the end: what is stored, and the schema, are exactly what a
write under the indexes gives, and a refused import still changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from tests.conftest import fingerprint
from tests.helpers import write_csv
from xietong import dump, registry, writer
from xietong.ingest.problems import InputError
from xietong.store import Store, open_store
from xietong.store.tables import ID_INDEX_ON

AT = "2026-03-01T00:00:00.000000"


def _orgs(folder: Path, names: list[str], kind: str = "企业", bad_last: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = [[n, kind, "北京"] for n in names]
    if bad_last:
        rows.append(["坏行机构", kind, "火星"])
    return write_csv(folder / "orgs.csv", ["名称", "机构类型", "所属省份"], rows)


def _state(store: Store) -> tuple[dict, dict]:
    with store.engine.connect() as conn:
        rows = {name: sorted(map(repr, dump.rows_of(conn, table))) for name, table in dump.TABLES.items()}
        insp = inspect(conn)
        indexes = {t: sorted((i["name"], tuple(i["column_names"])) for i in insp.get_indexes(t))
                   for t in ("entity", "statement", "membership")}
    return rows, indexes


def _run(store: Store, tmp_path: Path) -> None:
    """Three organisations, then 120 more under the same dataset name with
    one of the first three changing kind: the change supersedes a statement
    after the indexes were set aside."""
    registry.import_paths(store, [str(_orgs(tmp_path / "a", ["甲公司", "乙公司", "丙公司"]))], recorded_at=AT)
    later = [f"机构{i:03d}" for i in range(120)] + ["甲公司"]
    f = _orgs(tmp_path / "b", later)
    text = f.read_text(encoding="utf-8").replace("甲公司,企业", "甲公司,高校")
    f.write_text(text, encoding="utf-8")
    registry.import_paths(store, [str(f)], recorded_at="2026-03-02T00:00:00.000000")


def test_indexes_built_at_the_end_store_what_indexes_during_store(store: Store, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _run(store, tmp_path / "during")
    expected = _state(store)
    if store.dialect != "sqlite":
        pytest.skip("PostgreSQL keeps its indexes during a write (see Writer._defer_indexes)")
    other = open_store(str(make_url(store.url).set(database=str(tmp_path / "other.sqlite"))), create=True)
    other.migrate()
    monkeypatch.setattr(writer, "BULK", 50)
    monkeypatch.setattr(writer, "BATCH", 20)
    _run(other, tmp_path / "after")
    assert _state(other) == expected
    kinds = [r for r in expected[0]["statement"] if "'kind'" in r and "university" in r]
    assert kinds, "the changed kind was stored"


def test_a_refused_bulk_import_leaves_the_store_as_it_was(store: Store, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "BULK", 50)
    monkeypatch.setattr(writer, "BATCH", 20)
    registry.import_paths(store, [str(_orgs(tmp_path / "a", ["甲公司"]))], recorded_at=AT)
    before = fingerprint(store)
    with pytest.raises(InputError):
        registry.import_paths(store, [str(_orgs(tmp_path / "b", [f"机构{i:03d}" for i in range(200)],
                                                 bad_last=True))], recorded_at=AT)
    assert fingerprint(store) == before
    ids_indexed = [("ux_membership_id", ("id",))] if store.dialect == ID_INDEX_ON else []
    assert _state(store)[1]["membership"] == [("ix_membership_alliance", ("alliance_id",)),
                                              ("ix_membership_org", ("org_id",)), *ids_indexed]


def test_an_entity_said_to_be_new_is_written_without_a_look_up_but_never_twice(store: Store) -> None:
    """Name resolution tells the writer an entity is new; were that ever
    wrong, the unique index of ids refuses the write instead of storing the
    entity twice."""
    from sqlalchemy.exc import IntegrityError

    from xietong.writer import Writer

    with store.engine.begin() as conn:
        w = Writer(conn, AT)
        sid = w.source(kind="file", dataset="t.csv", file="t.csv")
        w.entity("Otest", kind="org", name="甲", name_key="甲", source_id=sid, new=True)
        assert w.flush().added["entity"] == 1
    with store.engine.begin() as conn:  # said again, and not new: looked up and not written
        w = Writer(conn, AT)
        w.entity("Otest", kind="org", name="甲", name_key="甲", source_id=sid)
        assert w.flush().added["entity"] == 0
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        w = Writer(conn, AT)
        w.entity("Otest", kind="org", name="甲", name_key="甲", source_id=sid, new=True)
        w.flush()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM entity WHERE id = 'Otest'").scalar_one() == 1


@pytest.mark.parametrize("batch", [2, 3, 5000])
def test_a_fact_stated_twice_keeps_its_first_statement(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                       batch: int) -> None:
    """Given one by one or by columns, in one batch or across batches, of a
    new dataset (written as columns) or of one the store holds (looked up):
    the row that first states a fact is its provenance."""
    from sqlalchemy import select

    from xietong.store.tables import statement
    from xietong.writer import Provenance, Writer

    monkeypatch.setattr(writer, "BATCH", batch)
    eids = ["Oa", "Ob", "Oa", "Oc", "Ob", "Oa"]
    for dataset, recorded_at in (("t.csv", AT), ("t.csv", "2026-03-02T00:00:00.000000")):
        with store.engine.begin() as conn:
            w = Writer(conn, recorded_at)
            sid = w.source(kind="file", dataset=dataset, file=dataset)
            for e in sorted(set(eids)):
                w.entity(e, kind="org", name=e, name_key=e, source_id=sid)
            w.states(eids[:3], "org", "kind", ["enterprise"] * 3, [None] * 3, dataset, [sid] * 3,
                     [f"row {n}" for n in (2, 3, 4)])
            w.state("Ob", "org", "kind", "enterprise", Provenance(dataset, sid, "row 5"))
            w.states(eids[3:], "org", "kind", ["enterprise"] * 3, [None] * 3, dataset, [sid] * 3,
                     [f"row {n}" for n in (6, 7, 8)])
            w.flush()
        with store.engine.connect() as conn:
            rows = conn.execute(select(statement.c.entity_id, statement.c.locator, statement.c.recorded_at)
                                .where(statement.c.prop == "kind").order_by(statement.c.entity_id)).all()
        # the second write states nothing new: the first write's statements stand
        assert [tuple(r) for r in rows] == [("Oa", "row 2", AT), ("Ob", "row 3", AT), ("Oc", "row 6", AT)]


def test_fact_ids_are_told_apart_exactly_however_they_are_kept() -> None:
    """The writer keeps the ids it wrote as the numbers they spell in base 36, which is one to one
    for ids as xietong.ids makes them: a capital letter, then 32 lower-case hex digits."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from xietong.ids import make_id, make_ids
    from xietong.writer import _numbers

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from("MSCETJ"), st.text(max_size=8)), max_size=20, unique=True))
    def check(parts: list[tuple[str, str]]) -> None:
        ids = [make_id(prefix, text) for prefix, text in parts]
        assert all(re.fullmatch(r"[A-Z][0-9a-f]{32}", i) for i in ids + make_ids("M", [t for _, t in parts]))
        assert len(set(_numbers(ids))) == len(set(ids))

    check()


def _imports_again_and_revised(store: Store, folder: Path) -> list[dict]:
    """A file of organisations and memberships imported, imported again, then
    revised three times under the same names: kinds changed back and forth
    (a value superseded, then stated again), members' roles changed; then two
    files of that dataset in one write; with each write's report."""
    folder.mkdir(parents=True, exist_ok=True)
    names = [f"读取测试机构{i:02d}" for i in range(30)]
    alliance = write_csv(folder / "a.csv", ["联盟名称", "成立时间"], [["京津冀整表读取测试联盟", "2015-04"]])
    reports = [registry.import_paths(store, [str(alliance)], recorded_at=AT).changes.as_dict()]
    for step, (kind, role) in enumerate([("企业", "成员单位"), ("企业", "成员单位"), ("高校", "成员单位"),
                                         ("企业", "发起单位"), ("高校", "成员单位")]):
        orgs = write_csv(folder / "orgs.csv", ["名称", "机构类型"],
                         [[n, kind if i % 3 else "科研院所"] for i, n in enumerate(names)])
        members = write_csv(folder / "members.csv", ["联盟", "成员单位", "角色"],
                            [["京津冀整表读取测试联盟", n, role if i % 2 else "成员单位"] for i, n in enumerate(names)])
        report = registry.import_paths(store, [str(orgs), str(members)], recorded_at=f"2026-03-0{step + 2}T00:00:00.000000")
        reports.append(report.changes.as_dict())
    # two files of one dataset in one write: the first supersedes kinds the second states again,
    # and both state a new organisation's kind (kept once)
    first = write_csv(folder / "one.csv", ["名称", "机构类型"], [[n, "金融机构"] for n in names] + [["读取测试新机构", "企业"]])
    second = write_csv(folder / "two.csv", ["名称", "机构类型"],
                       [[n, "高校" if i % 3 else "科研院所"] for i, n in enumerate(names)] + [["读取测试新机构", "企业"]])
    report = registry.import_paths(store, [str(first), str(second)], dataset="orgs.csv", recorded_at="2026-03-09T00:00:00.000000")
    reports.append(report.changes.as_dict())
    return reports


def test_a_stored_dataset_read_whole_is_what_looking_its_facts_up_gives(store: Store, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Past a number of look-ups the writer reads all the ids a stored dataset
    has at once and keeps them in step with what it writes: the same store
    and the same reports as looking every fact up, in batches of a few rows."""
    monkeypatch.setattr(writer, "BATCH", 7)
    looked_up = _imports_again_and_revised(store, tmp_path / "looked_up")
    expected = _state(store)[0]
    assert looked_up[2] == {"added": {}, "superseded": {}, "merges": []}  # the same files again change nothing
    assert looked_up[3]["superseded"] and looked_up[4]["superseded"]
    other = open_store(str(make_url(store.url).set(database=str(tmp_path / "other.sqlite"))), create=True) \
        if store.dialect == "sqlite" else None
    if other is None:  # PostgreSQL: the same database, emptied
        with store.engine.begin() as conn:
            for table in reversed(dump.TABLES.values()):
                conn.execute(table.delete())
        other = store
    other.migrate()
    monkeypatch.setattr(writer, "READ_WHOLE", 1)
    assert _imports_again_and_revised(other, tmp_path / "read_whole") == looked_up
    assert _state(other)[0] == expected
