"""What the import target (issue 2) leaves for Python under six storage models.

The import of 200,000 organisations and 1,000,000 memberships must run within
5x a bare sqlite3 executemany of the CSV rows. Part of that budget goes on
storing the rows at all. This measures that part, the storage floor, for the
same rows stored six ways, each written in batches as xietong's writer writes
them (a value shared by a batch as a literal) with the indexes built after:

* today: 33-character hashed ids on every row, provenance (dataset, source,
  time, change) on every fact, the indexes of ``store/tables.py`` on SQLite
  (statement and membership ids unindexed: migration 0013);
* hybrid: facts keyed by SQLite's own integer rowid (no hashed fact ids, no
  index of them), entities still referred to by their text ids, provenance
  as one import-batch number;
* integer: entities and facts referred to by integer rowids, the text id
  kept once per entity;

and, to tell what each change of the hybrid and integer models is worth on its
own, today's model with one change:

* batch-prov: dataset, source and change kept as one import-batch number;
* no-fact-id: statements and memberships without their hashed ids;
* int-refs: statements and memberships referring to entities by an integer key.

It prints each floor, its ratio to the baseline, and what remains of the 5x
budget for reading, validating, resolving and hashing in Python. It is a
design study, not a target check: ``import_bench.py`` checks the target.

    python bench/storage_models.py                                  # full size
    python bench/storage_models.py --orgs 2000 --memberships 10000  # smoke size
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_bench import baseline, generated, size_arguments  # noqa: E402

BATCH = 5000
RECORDED = "2026-11-26T20:51:04.426609"


def _models(rows: dict[str, list[list[str]]]) -> dict[str, tuple[list[str], list[tuple[str, list[tuple[object, ...]]]], list[str]]]:
    """Each model's tables, its inserts (SQL and rows, prepared before any clock starts) and its indexes."""
    alliances, orgs, members = rows["alliances"], rows["orgs"], rows["memberships"]
    a_num = {r[0]: i + 1 for i, r in enumerate(alliances)}
    o_num = {r[0]: len(alliances) + i + 1 for i, r in enumerate(orgs)}
    ent = [(n, "alliance", r[0]) for r, n in zip(alliances, a_num.values(), strict=True)] + \
          [(n, "org", r[0]) for r, n in zip(orgs, o_num.values(), strict=True)]
    facts = [(a_num[r[0]], p, v) for r in alliances for p, v in zip(("name", "founded", "type"), r, strict=True)] + \
            [(o_num[r[0]], p, v) for r in orgs for p, v in zip(("name", "kind", "province"), r, strict=True)]
    mem = [(a_num[r[0]], o_num[r[1]], i + 2) for i, r in enumerate(members)]

    def tid(prefix: str, n: int) -> str:  # a 33-character id, as a hash gives (random order matters for indexes)
        return f"{prefix}{(n * 0x9E3779B97F4A7C15) % (1 << 128):032x}"

    def ref(n: int) -> str:
        return tid("A" if n <= len(alliances) else "O", n)

    prov = ("'memberships.csv'", "'R" + "0" * 32 + "'", f"'{RECORDED}'", "'C" + "0" * 32 + "'")
    today = (
        ["CREATE TABLE entity (id TEXT, kind TEXT, name TEXT, name_key TEXT, created_at TEXT, source_id TEXT)",
         "CREATE TABLE statement (id TEXT, entity_id TEXT, prop TEXT, value TEXT, original TEXT, dataset TEXT, source_id TEXT,"
         " locator TEXT, passage TEXT, note TEXT, recorded_at TEXT, retracted_at TEXT, retracted_by TEXT, change_id TEXT)",
         "CREATE TABLE membership (id TEXT, alliance_id TEXT, org_id TEXT, role TEXT, since TEXT, until TEXT, dataset TEXT,"
         " source_id TEXT, locator TEXT, passage TEXT, note TEXT, recorded_at TEXT, retracted_at TEXT, retracted_by TEXT,"
         " change_id TEXT)"],
        [(f"INSERT INTO entity VALUES (?, ?, ?, ?, '{RECORDED}', {prov[1]})", [(ref(n), k, name, name) for n, k, name in ent]),
         (f"INSERT INTO statement VALUES (?, ?, ?, ?, NULL, {prov[0]}, {prov[1]}, ?, NULL, NULL, {prov[2]}, NULL, NULL, {prov[3]})",
          [(tid("S", i), ref(e), p, v, f"row {i % 200000 + 2}") for i, (e, p, v) in enumerate(facts)]),
         (f"INSERT INTO membership VALUES (?, ?, ?, 'member', NULL, NULL, {prov[0]}, {prov[1]}, ?, NULL, NULL, {prov[2]},"
          f" NULL, NULL, {prov[3]})", [(tid("M", row), ref(a), ref(o), f"row {row}") for a, o, row in mem])],
        ["CREATE UNIQUE INDEX ux_entity_id ON entity (id)", "CREATE INDEX ix_entity_kind_key ON entity (kind, name_key)",
         "CREATE INDEX ix_statement_entity_prop ON statement (entity_id, prop)",
         "CREATE INDEX ix_statement_prop_value ON statement (prop, value, entity_id, retracted_at)",
         "CREATE INDEX ix_membership_alliance ON membership (alliance_id)",
         "CREATE INDEX ix_membership_org ON membership (org_id)"],
    )
    hybrid = (
        ["CREATE TABLE entity (rid INTEGER PRIMARY KEY, id TEXT, kind TEXT, name TEXT, name_key TEXT, batch INTEGER)",
         "CREATE TABLE statement (id INTEGER PRIMARY KEY, entity_id TEXT, prop TEXT, value TEXT, original TEXT, batch INTEGER,"
         " row INTEGER, retracted_at TEXT, retracted_by INTEGER)",
         "CREATE TABLE membership (id INTEGER PRIMARY KEY, alliance_id TEXT, org_id TEXT, role TEXT, since TEXT, until TEXT,"
         " batch INTEGER, row INTEGER, retracted_at TEXT, retracted_by INTEGER)"],
        [("INSERT INTO entity (rid, id, kind, name, name_key, batch) VALUES (?, ?, ?, ?, ?, 1)",
          [(n, ref(n), k, name, name) for n, k, name in ent]),
         ("INSERT INTO statement (entity_id, prop, value, batch, row) VALUES (?, ?, ?, 1, ?)",
          [(ref(e), p, v, i % 200000 + 2) for i, (e, p, v) in enumerate(facts)]),
         ("INSERT INTO membership (alliance_id, org_id, role, batch, row) VALUES (?, ?, 'member', 1, ?)",
          [(ref(a), ref(o), row) for a, o, row in mem])],
        ["CREATE UNIQUE INDEX ux_entity_id ON entity (id)", "CREATE INDEX ix_entity_kind_key ON entity (kind, name_key)",
         "CREATE INDEX ix_statement_entity_prop ON statement (entity_id, prop)",
         "CREATE INDEX ix_statement_prop_value ON statement (prop, value, entity_id, retracted_at)",
         "CREATE INDEX ix_membership_alliance ON membership (alliance_id)", "CREATE INDEX ix_membership_org ON membership (org_id)"],
    )
    integer = (
        [hybrid[0][0],
         hybrid[0][1].replace("entity_id TEXT", "entity_id INTEGER"),
         hybrid[0][2].replace("alliance_id TEXT, org_id TEXT", "alliance_id INTEGER, org_id INTEGER")],
        [hybrid[1][0],
         ("INSERT INTO statement (entity_id, prop, value, batch, row) VALUES (?, ?, ?, 1, ?)",
          [(e, p, v, i % 200000 + 2) for i, (e, p, v) in enumerate(facts)]),
         ("INSERT INTO membership (alliance_id, org_id, role, batch, row) VALUES (?, ?, 'member', 1, ?)", mem)],
        hybrid[2],
    )
    return {"today": today, "hybrid": hybrid, "integer": integer, **_one_change(today)}


def _one_change(today: tuple[list[str], list[tuple[str, list[tuple[object, ...]]]], list[str]]) -> dict[str, Any]:
    """Today's model with one change of the others at a time (see the module's notes)."""
    tables, inserts, indexes = today
    (ent_sql, ent_rows), (st_sql, st_rows), (mem_sql, mem_rows) = inserts

    def batch_prov(ddl: str, sql: str) -> tuple[str, str]:
        ddl = ddl.replace("dataset TEXT, source_id TEXT,", "batch INTEGER,").replace(", change_id TEXT)", ")")
        sql = sql.replace("'memberships.csv', 'R" + "0" * 32 + "', ", "1, ")
        return ddl, sql[: sql.rindex(",")] + ")"

    (st_ddl, st_prov), (mem_ddl, mem_prov) = batch_prov(tables[1], st_sql), batch_prov(tables[2], mem_sql)
    no_id = ([tables[0], tables[1].replace("(id TEXT, ", "("), tables[2].replace("(id TEXT, ", "(")],
             [inserts[0], (st_sql.replace("VALUES (?, ", "VALUES ("), [r[1:] for r in st_rows]),
              (mem_sql.replace("VALUES (?, ", "VALUES ("), [r[1:] for r in mem_rows])], indexes)
    num = {r[0]: i + 1 for i, r in enumerate(ent_rows)}
    int_refs = ([tables[0].replace("(id TEXT,", "(rid INTEGER PRIMARY KEY, id TEXT,"),
                 tables[1].replace("entity_id TEXT", "entity_id INTEGER"),
                 tables[2].replace("alliance_id TEXT, org_id TEXT", "alliance_id INTEGER, org_id INTEGER")],
                [(ent_sql.replace("VALUES (?,", "VALUES (?, ?,"), [(i + 1, *r) for i, r in enumerate(ent_rows)]),
                 (st_sql, [(r[0], num[r[1]], *r[2:]) for r in st_rows]),
                 (mem_sql, [(r[0], num[r[1]], num[r[2]], *r[3:]) for r in mem_rows])], indexes)
    return {"batch-prov": ([tables[0], st_ddl, mem_ddl], [inserts[0], (st_prov, st_rows), (mem_prov, mem_rows)], indexes),
            "no-fact-id": no_id, "int-refs": int_refs}


def floor(folder: Path, name: str, model: tuple[list[str], list[tuple[str, list[tuple[object, ...]]]], list[str]]) -> float:
    """Seconds to store one model's rows in batches and build its indexes, in one transaction."""
    tables, inserts, indexes = model
    path = folder / f"model_{name}.sqlite"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size = -131072")  # as xietong's store sets it
    for ddl in tables:
        conn.execute(ddl)
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    for sql, data in inserts:
        for i in range(0, len(data), BATCH):
            conn.executemany(sql, data[i : i + BATCH])
    for ddl in indexes:
        conn.execute(ddl)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    path.unlink()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    size_arguments(ap)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = generated(folder, args)
        models = _models(rows)
        base = min(baseline(folder, rows) for _ in range(3))
        budget = 5 * base
        print(f"rows: {sum(len(v) for v in rows.values())} from CSV; baseline executemany {base:.2f} s; "
              f"the 5x target allows {budget:.2f} s")
        for name, model in models.items():
            seconds = min(floor(folder, name, model) for _ in range(2))
            stored = sum(len(data) for _, data in model[1])
            print(f"{name:10s} floor: {seconds:6.2f} s for {stored} rows ({seconds / base:.1f}x the baseline); "
                  f"leaves {budget - seconds:6.2f} s of the 5x budget for all Python work")


if __name__ == "__main__":
    main()
