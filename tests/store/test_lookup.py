"""Stored rows are picked by id through an index on every backend: statements
and memberships, whose ids SQLite does not index, through what they are about
(the entity a statement is about, a membership's organisation)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from xietong.store import Store, lookup
from xietong.store.tables import FACT_KEYS, count_fact, entity, membership, statement

TABLES = {t.name: t for t in (statement, membership, entity, count_fact)}


@pytest.mark.parametrize("name", list(TABLES))
def test_rows_are_picked_by_id_through_an_index(bundled: Store, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lookup, "CHUNK", 2)
    table, key = TABLES[name], FACT_KEYS.get(name)
    with bundled.engine.connect() as conn:
        rows = conn.execute(select(table).order_by(table.c.id)).all()[-3:]
        ids = [r.id for r in rows]
        conditions = list(lookup.by_ids(table, ids, [getattr(r, key) for r in rows] if key else None))
        assert len(conditions) == 2  # a chunk of two ids, then one
        queries = [select(table.c.id).where(c) for c in conditions]
        assert sorted(r[0] for q in queries for r in conn.execute(q)) == ids
        if conn.dialect.name == "sqlite":
            sql = str(queries[0].compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
            plan = " ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
            assert plan.startswith(f"SEARCH {name} USING") and "INDEX" in plan, plan


@pytest.mark.parametrize("table", [statement, membership])
def test_a_statement_or_membership_is_not_picked_without_what_it_is_about(table) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=FACT_KEYS[table.name]):
        list(lookup.by_ids(table, ["Sx", "Sy"]))
    with pytest.raises(ValueError):
        list(lookup.by_ids(table, ["Sx", "Sy"], ["Oa"]))
