"""What a lean import would take end to end on the storage issue 2's target needs.

``storage_models.py`` measures storing the rows alone; this measures a whole
import path of the kind the README's plan describes ("integer keys throughout
the storage, provenance per import batch, a vectorised import path for new
datasets"), to tell whether the 5x target is within reach of such a design at
all, Python work included. In one process, in one transaction, it:

* reads the three CSV files of ``import_bench.py`` row by row;
* keys every name as xietong keys it (:func:`xietong.names.alliance_key`,
  :func:`xietong.names.org_key`) and hashes each entity's text id, as the
  registry's ids are made;
* checks each founding date and province as xietong reads them
  (:func:`xietong.dates.parse`, :func:`xietong.regions.resolve`), each distinct
  value once;
* writes entities, their statements and the memberships with integer
  references and one provenance row per import batch (the row number kept per
  fact), and builds the indexes ``store/tables.py`` declares, on those keys;
* does it all again with statements and memberships referring to entities by
  their text ids, as today's storage does, to tell what integer keys are worth.

What it leaves out, and a real path would need: reporting every problem
before writing anything, names already in the registry, merges and their
report, re-imports, progress, and the process start-up of the command line
(about a second). It is a design study, not a target check: ``import_bench.py``
checks the target.

    python bench/lean_import_study.py                                  # full size
    python bench/lean_import_study.py --orgs 2000 --memberships 10000  # smoke size
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sqlite3
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_bench import between_baselines, generated, size_arguments  # noqa: E402

TABLES = """
CREATE TABLE batch (id INTEGER PRIMARY KEY, dataset TEXT, source_id TEXT, recorded_at TEXT, change_id TEXT);
CREATE TABLE entity (rid INTEGER PRIMARY KEY, id TEXT, kind TEXT, name TEXT, name_key TEXT, batch INTEGER);
CREATE TABLE statement (rid INTEGER PRIMARY KEY, entity INTEGER, prop TEXT, value TEXT, original TEXT,
                        batch INTEGER, row INTEGER, retracted_at TEXT, retracted_by TEXT);
CREATE TABLE membership (rid INTEGER PRIMARY KEY, alliance INTEGER, org INTEGER, role TEXT, since TEXT, until TEXT,
                         batch INTEGER, row INTEGER, retracted_at TEXT, retracted_by TEXT);
"""
INDEXES = ["CREATE UNIQUE INDEX ux_entity_id ON entity (id)", "CREATE INDEX ix_entity_kind_key ON entity (kind, name_key)",
           "CREATE INDEX ix_statement_entity_prop ON statement (entity, prop)",
           "CREATE INDEX ix_statement_prop_value ON statement (prop, value, entity, retracted_at)",
           "CREATE INDEX ix_membership_alliance ON membership (alliance)", "CREATE INDEX ix_membership_org ON membership (org)"]
RECORDED = "2026-11-29T00:00:00.000000"


def _rows(path: Path) -> csv.reader:  # type: ignore[type-arg]
    fh = path.open(encoding="utf-8", newline="")
    rows = csv.reader(fh)
    next(rows)
    return rows


def lean_import(folder: Path, text_refs: bool = False) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds per phase of the lean import of ``folder``'s three files, and the rows stored per table;
    with ``text_refs``, statements and memberships refer to entities by their text ids (as today)
    rather than by integer keys."""
    t_start = time.perf_counter()
    from xietong import dates, regions
    from xietong.names import alliance_key, org_key

    date_of = cache(lambda text: str(dates.parse(text)))
    region_of = cache(lambda text: regions.resolve(text).code)
    db = folder / "lean.sqlite"
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA cache_size = -131072")  # as xietong's store sets it
    conn.executescript(TABLES.replace(" INTEGER, prop", " TEXT, prop").replace("alliance INTEGER, org INTEGER", "alliance TEXT, org TEXT")
                       if text_refs else TABLES)
    phases = {"start-up": time.perf_counter() - t_start}
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO batch VALUES (?, ?, ?, ?, ?)",
                     [(n, f"{name}.csv", "R" + "0" * 32, RECORDED, "C" + "0" * 32)
                      for n, name in enumerate(("alliances", "orgs", "memberships"), 1)])
    rid_of: dict[str, int | str] = {}  # each name as written, to its entity's key
    entities: list[tuple[object, ...]] = []
    statements: list[tuple[object, ...]] = []
    for row, (name, founded, kind) in enumerate(_rows(folder / "alliances.csv"), 2):
        key, n = alliance_key(name), len(entities) + 1
        text_id = "A" + hashlib.sha1(f"alliance\x1f{name}".encode()).hexdigest()[:32]
        rid_of[name] = ref = text_id if text_refs else n
        entities.append((n, text_id, "alliance", name, key, 1))
        statements += [(ref, "name", name, 1, row), (ref, "founded", date_of(founded), 1, row), (ref, "type", kind, 1, row)]
    for row, (name, kind, province) in enumerate(_rows(folder / "orgs.csv"), 2):
        key, n = org_key(name), len(entities) + 1
        text_id = "O" + hashlib.sha1(f"org\x1f{name}".encode()).hexdigest()[:32]
        rid_of[name] = ref = text_id if text_refs else n
        entities.append((n, text_id, "org", name, key, 2))
        statements += [(ref, "name", name, 2, row), (ref, "kind", kind, 2, row), (ref, "province", region_of(province), 2, row)]
    phases["reading, checking and keying entities"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    conn.executemany("INSERT INTO entity VALUES (?, ?, ?, ?, ?, ?)", entities)
    conn.executemany("INSERT INTO statement (entity, prop, value, batch, row) VALUES (?, ?, ?, ?, ?)", statements)
    phases["storing entities and statements"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    conn.executemany("INSERT INTO membership (alliance, org, role, batch, row) VALUES (?, ?, 'member', 3, ?)",
                     ((rid_of[a], rid_of[o], row) for row, (a, o, _role) in enumerate(_rows(folder / "memberships.csv"), 2)))
    phases["reading, resolving and storing memberships"] = time.perf_counter() - t2
    t3 = time.perf_counter()
    for ddl in INDEXES:
        conn.execute(ddl)
    conn.execute("COMMIT")
    phases["building the indexes and committing"] = time.perf_counter() - t3
    stored = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("entity", "statement", "membership")}
    conn.close()
    return phases, stored


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    size_arguments(ap)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = generated(folder, args)
        runs, base, bases = between_baselines(
            folder, rows, lambda: {refs: lean_import(folder, refs == "text") for refs in ("integer", "text")})
    n = sum(len(v) for v in rows.values())
    print(f"rows: {n} from CSV; baseline executemany {base:.2f} s (median of {', '.join(f'{b:.2f}' for b in bases)} s)")
    for refs, (phases, stored) in runs.items():
        if stored != {"entity": len(rows["alliances"]) + len(rows["orgs"]),
                      "statement": 3 * (len(rows["alliances"]) + len(rows["orgs"])), "membership": len(rows["memberships"])}:
            raise SystemExit(f"the lean import stored {stored}, not every row")
        total = sum(phases.values())
        print(f"entities referred to by {refs} keys:")
        for name, seconds in phases.items():
            print(f"  {name:45s} {seconds:6.2f} s")
        print(f"lean import ({refs} keys): {total:.2f} s for {sum(stored.values())} rows stored, {total / base:.1f}x the baseline "
              f"(target of the real import: <= 5.0x; without start-up {(total - phases['start-up']) / base:.1f}x)")


if __name__ == "__main__":
    main()
