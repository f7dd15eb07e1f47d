"""Writing facts. Nothing is updated in place: a new statement from a dataset
supersedes that dataset's older one (which is kept, with when and by what it
was superseded); statements from other datasets stand beside it.

The writer buffers rows and writes them in batches, so a million-row import
streams in bounded memory. Every id is deterministic (:mod:`xietong.ids`): a
fact already stored is recognised and not written again, which makes
re-importing a file a no-op and lets ``--dry-run`` report exactly what an
import would add.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, literal, select
from sqlalchemy.exc import DBAPIError

from xietong.ids import make_id, membership_id, membership_ids, statement_id, statement_ids
from xietong.props import props
from xietong.store.changes import touch
from xietong.store.lookup import by_ids
from xietong.store.tables import (
    FACT_KEYS,
    count_fact,
    entity,
    event,
    judgement,
    membership,
    regional_stat,
    source,
    statement,
)

BATCH = 5000
BULK = 50_000  # rows a write adds to a table before it considers building that table's indexes at the end
READ_WHOLE = 20_000  # facts of one stored dataset looked up one chunk at a time before all its ids are read at once


ROW = "row {}"  # a fact's locator in a file of rows: the row it was read from (i18n reads it back)
ROW_ON_PAGE = "row {} (page {})"  # a row of a table read off pages (a PDF's), with the page it stands on


@dataclass
class Provenance:
    """Where a fact came from: the dataset, the source version, the place in it."""

    dataset: str
    source_id: str
    locator: str | None = None
    passage: str | None = None
    note: str | None = None


@dataclass
class Changes:
    """What a write added, by table, plus the merges it made."""

    added: Counter[str] = field(default_factory=Counter)
    superseded: Counter[str] = field(default_factory=Counter)
    merges: list[dict[str, str]] = field(default_factory=list)

    def total(self) -> int:
        return sum(self.added.values()) + sum(self.superseded.values())

    def as_dict(self) -> dict[str, Any]:
        return {"added": dict(self.added), "superseded": dict(self.superseded), "merges": self.merges}


FACTS: dict[str, Table] = {"statement": statement, "membership": membership, "count_fact": count_fact,
                           "event": event, "regional_stat": regional_stat}
PLAIN: dict[str, Table] = {"source": source, "entity": entity, "judgement": judgement}
COLUMNS: dict[str, tuple[str, ...]] = {t.name: tuple(c.name for c in t.columns) for t in (*FACTS.values(), *PLAIN.values())}
LIFETIME = ("dataset", "source_id", "locator", "passage", "note", "recorded_at", "retracted_at", "retracted_by",
            "change_id")
# every fact table ends with its provenance and lifetime, in this order (Writer._fact builds rows so)
assert all(COLUMNS[name][-len(LIFETIME):] == LIFETIME for name in FACTS)
DATASET, SOURCE = -len(LIFETIME), -len(LIFETIME) + 1


def _first(buf: dict[str, tuple[Any, ...]], ids: list[str], rows: Iterable[tuple[Any, ...]]) -> None:
    """Buffer ``rows`` by their ``ids``, each fact's first statement kept
    (the row that first states it is its provenance, however the rows fall
    into blocks and batches)."""
    if len(set(ids)) == len(ids) and buf.keys().isdisjoint(ids):
        buf.update(zip(ids, rows, strict=True))
    else:
        for fid, row in zip(ids, rows, strict=True):
            buf.setdefault(fid, row)


def _numbers(ids: list[str]) -> list[int]:
    """Fact ids as the numbers they spell in base 36: one number per id, as
    every id this writer writes is one :mod:`xietong.ids` made here (a
    capital letter, then 32 lower-case hex digits; a dump's rows, whatever
    their ids, are loaded past the writer)."""
    return [int(i, 36) for i in ids]


def _rows(columns: list[Any], n: int) -> Iterable[tuple[Any, ...]]:
    """The ``n`` rows of ``columns`` (a list each, or one value all rows share)."""
    return zip(*(c if type(c) is list else repeat(c, n) for c in columns), strict=False)


class Writer:
    """Buffered, idempotent writes of sourced facts on one connection."""

    def __init__(self, conn: Connection, recorded_at: str, change: str | None = None):
        self.conn = conn
        self.now = recorded_at
        self.change = change  # stamped on every fact and judgement written, so the write can be undone
        self.changes = Changes()
        self.new_entities: set[str] = set()
        # (table, dataset) -> True when the store held no facts of that dataset
        # in that table before this writer: its ids cannot exist yet and it
        # has nothing to supersede, so neither needs a query.
        self._fresh: dict[tuple[str, str], bool] = {}
        # the facts this writer wrote, by table: each id as the number it
        # spells (see _numbers: 52 bytes where the text of an id is 82, 55 MB
        # less for the 1.8 million facts of a million membership rows)
        self._written: dict[str, set[int]] = {name: set() for name in FACTS}
        self._mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        self._literals: dict[str | int | None, str] = {}
        self._inserted: Counter[str] = Counter()
        self._deferred: dict[str, Table] = {}  # tables whose indexes are built again at flush
        self._decided: set[str] = set()  # tables whose indexes were considered (once per write)
        self._buffers: dict[str, dict[str, dict[str, Any]]] = {"source": {}, "entity": {}, "judgement": {}}
        self._unchecked: set[str] = set()  # buffered entities known not to be stored (see entity())
        # facts are buffered as tuples in their table's column order (a
        # million membership rows do not each build a dict), with the key
        # each would supersede kept beside them
        self._facts: dict[str, dict[str, tuple[Any, ...]]] = {name: {} for name in FACTS}
        self._keys: dict[str, dict[str, tuple[Any, ...]]] = {name: {} for name in FACTS}
        # facts of a dataset the store held none of, given column by column
        # (see _facts_of): kept and written as columns, with no tuple per row
        self._columns: dict[str, list[list[Any]]] = {name: [] for name in FACTS}
        self._in_columns: Counter[str] = Counter()
        # a stored dataset's facts, read whole once many are looked up (see _stored_states):
        # (table, dataset) -> id -> whether it is current; the supersession keys this write
        # has retracted facts under, by table, are looked up in the store again
        self._looked_up: Counter[tuple[str, str]] = Counter()
        self._read_whole: dict[tuple[str, str], dict[str, bool]] = {}
        self._superseded_keys: dict[str, set[tuple[Any, ...]]] = {name: set() for name in FACTS}

    # -- sources and entities -------------------------------------------------
    def source(self, *, kind: str, dataset: str, title: str | None = None, url: str | None = None,
               file: str | None = None, sha256: str | None = None, note: str | None = None,
               one_of_several: bool = False) -> str:
        """A source, by what tells it apart: its URL, or its file and hash; a document known only
        by its title (a row's 来源 column: 《人民日报》2015年4月1日), or a person's entry, by its
        title too. Without it, every such document of a dataset was one source, titled as the
        last one written: a fact read from one newspaper was shown as read from another. A table
        ``one_of_several`` in its file (a workbook's sheet) is told apart by its title, its name,
        as well: else a fact of one sheet was shown as read from the row of that number in another."""
        by_title = (kind in ("document", "user") and url is None and file is None and sha256 is None) or one_of_several
        sid = make_id("R", kind, dataset, url, file, sha256, title) if by_title else make_id("R", kind, dataset, url, file, sha256)
        self._buffers["source"][sid] = {
            "id": sid, "kind": kind, "dataset": dataset, "title": title, "url": url, "file": file,
            "sha256": sha256, "recorded_at": self.now, "note": note,
        }
        return sid

    def entity(self, entity_id: str, *, kind: str, name: str, name_key: str, source_id: str,
               new: bool = False) -> str:
        """An entity, written unless stored already. ``new`` says the caller
        knows it is not (name resolution creates an id only for a name no
        stored entity has): then it is written without a look-up, which was
        1.4 s of importing 200,000 organisations. The unique index of ids
        still refuses the write if that were ever wrong."""
        if entity_id not in self._buffers["entity"]:
            self._buffers["entity"][entity_id] = {
                "id": entity_id, "kind": kind, "name": name, "name_key": name_key,
                "created_at": self.now, "source_id": source_id,
            }
            if new:
                self._unchecked.add(entity_id)
            self._maybe_flush("entity")
        return entity_id

    # -- facts -----------------------------------------------------------------
    def state(self, entity_id: str, kind: str, prop: str, value: str, prov: Provenance,
              original: str | None = None) -> str:
        """State that ``entity_id`` has ``prop`` = ``value`` (already in stored form)."""
        sid = statement_id(entity_id, prop, value, prov.dataset)
        own = (sid, entity_id, prop, value, original if original is not None and original != value else None)
        self._fact("statement", own, prov, None if props(kind)[prop].multi else (entity_id, prop, prov.dataset))
        return sid

    def states(self, entity_ids: list[str], kind: str, prop: str, values: list[str | None],
               originals: list[str | None], dataset: str, source_ids: list[str], locators: list[str | None],
               passage: str | list[str] | None = None, note: str | list[str] | None = None,
               ids: list[str | None] | None = None) -> list[str]:
        """One property of many entities, from one dataset, column by column
        (a row per position; where the value is None nothing is stated): the
        statements :meth:`state` makes one at a time, ids hashed in bulk, or
        given (:func:`xietong.ids.statement_ids` of the same columns, worked
        out ahead). A passage or note is one for all, or a list of one each."""
        if ids is None:
            ids = statement_ids(entity_ids, prop, values, dataset)
        if type(passage) is list or type(note) is list:  # a passage or note each: kept with its row
            keep = [k for k, v in enumerate(values) if v is not None]
            ids, entity_ids, values, originals, source_ids, locators, passage, note = (
                [c[k] for k in keep] if type(c) is list else c
                for c in (ids, entity_ids, values, originals, source_ids, locators, passage, note))
        rows = [(i, e, v, None if o == v else o, s, loc)
                for i, e, v, o, s, loc in zip(ids, entity_ids, values, originals, source_ids, locators, strict=True)
                if v is not None]
        if not rows:
            return []
        ids, eids, vals, origs, sids, locs = (list(c) for c in zip(*rows, strict=True))
        n = len(eids)
        keys = None if props(kind)[prop].multi else zip(eids, repeat(prop, n), repeat(dataset, n))
        self._facts_of("statement", [ids, eids, [prop] * n, vals, origs], dataset, sids, locs, passage, note, keys)
        return ids

    def member(self, alliance_id: str, org_id: str, role: str, prov: Provenance,
               since: str | None = None, until: str | None = None) -> str:
        mid = membership_id(alliance_id, org_id, role, since, until, prov.dataset)
        self._fact("membership", (mid, alliance_id, org_id, role, since, until), prov,
                   (alliance_id, org_id, role, prov.dataset))
        return mid

    def members(self, alliance_ids: list[str], org_ids: list[str], roles: list[str], since: list[str | None],
                until: list[str | None], dataset: str, source_ids: list[str], locators: list[str | None],
                passage: str | None = None, note: str | None = None, ids: list[str] | None = None) -> list[str]:
        """Memberships from one dataset, given column by column (a row per
        position): the rows :meth:`member` writes one at a time, with their
        ids hashed in bulk, or given (:func:`xietong.ids.membership_ids` of
        the same columns, worked out ahead), and no Python work per row but
        the hashing."""
        if ids is None:
            ids = membership_ids(alliance_ids, org_ids, roles, since, until, dataset)
        self._facts_of("membership", [ids, alliance_ids, org_ids, roles, since, until], dataset, source_ids, locators,
                       passage, note, zip(alliance_ids, org_ids, roles, repeat(dataset)))
        return ids

    def count(self, alliance_id: str, role: str, count: int, qualifier: str, kind: str | None,
              prov: Provenance, original: str | None = None) -> str:
        cid = make_id("C", alliance_id, role, count, qualifier, kind, prov.dataset)
        self._fact("count_fact", (cid, alliance_id, role, count, qualifier, kind, original), prov,
                   (alliance_id, role, kind, prov.dataset))
        return cid

    def event(self, alliance_id: str, kind: str, date: str | None, title: str | None, prov: Provenance) -> str:
        """An alliance event (meeting, project, agreement …): evidence of activity."""
        eid = make_id("E", alliance_id, kind, date, title, prov.dataset)
        self._fact("event", (eid, alliance_id, date, kind, title), prov, None)
        return eid

    def stat(self, region: str, sector: str, measure: str, year: str | None, value: float, unit: str | None,
             prov: Provenance) -> str:
        """A regional statistic; a revised dataset's value for the same cell supersedes its old one."""
        sid = make_id("T", region, sector, measure, year, value, prov.dataset)
        self._fact("regional_stat", (sid, region, sector, measure, year, value, unit), prov,
                   (region, sector, measure, year, prov.dataset))
        return sid

    def _fact(self, name: str, own: tuple[Any, ...], prov: Provenance, key: tuple[Any, ...] | None) -> None:
        """Buffer a fact: its own columns, then the provenance and lifetime every fact table ends with."""
        if self._columns[name]:
            self._flush_columns(name)  # written first: stated first
        buf = self._facts[name]
        if own[0] not in buf:  # a fact stated twice in one write keeps its first statement
            buf[own[0]] = own + (prov.dataset, prov.source_id, prov.locator, prov.passage, prov.note, self.now,
                                 None, None, self.change)
        if key is not None:
            self._keys[name][own[0]] = key
        if len(buf) >= BATCH:
            self._flush_full(name)

    def _facts_of(self, name: str, own: list[list[Any]], dataset: str, source_ids: list[str],
                  locators: list[str | None], passage: str | None, note: str | None,
                  keys: Iterable[tuple[Any, ...]] | None) -> None:
        """Buffer facts of one dataset given column by column (``own`` starts
        with their ids), as :meth:`_fact` buffers one. The keys they would
        supersede are kept only where the dataset has stored facts to
        supersede (a million membership rows of a new file keep none)."""
        ids, n = own[0], len(own[0])
        buf = self._facts[name]
        # the table's columns in order: a list each, or one value all rows share
        columns = [*own, dataset, source_ids, locators, passage, note, self.now, None, None, self.change]
        if self._is_fresh(FACTS[name], dataset):  # nothing to look up or supersede: kept as columns
            self._columns[name].append(columns)
            self._in_columns[name] += n
        else:
            if self._columns[name]:
                self._flush_columns(name)  # written first: stated first
            _first(buf, ids, _rows(columns, n))
            if keys is not None:
                self._keys[name].update(zip(ids, keys, strict=True))
        if len(buf) + self._in_columns[name] >= BATCH:
            self._flush_full(name)

    def judge(self, left_id: str, right_id: str, verdict: str, actor: str, reason: str,
              score: float | None = None) -> str:
        jid = make_id("J", left_id, right_id, verdict, actor)
        self._buffers["judgement"][jid] = {
            "id": jid, "left_id": left_id, "right_id": right_id, "verdict": verdict, "actor": actor,
            "reason": reason, "score": None if score is None else f"{score:.3f}",
            "created_at": self.now, "undone_at": None, "undone_by": None, "change_id": self.change,
        }
        return jid

    # -- flushing ----------------------------------------------------------------
    def _flush_full(self, name: str) -> None:
        """A full buffer of facts, after the sources and entities they name."""
        self._flush_plain("source", source)
        self._flush_plain("entity", entity)
        self._flush_facts(name)

    def _maybe_flush(self, name: str) -> None:
        if len(self._buffers[name]) >= BATCH:
            self._flush_plain(name, PLAIN[name])

    def flush(self) -> Changes:
        self._flush_plain("source", source)
        self._flush_plain("entity", entity)
        for name in FACTS:
            self._flush_facts(name)
        self._flush_plain("judgement", judgement)
        self._rebuild_indexes()
        if self.changes.total():
            touch(self.conn)
        return self.changes

    def _is_fresh(self, table: Table, dataset: str) -> bool:
        key = (table.name, dataset)
        if key not in self._fresh:
            hit = self.conn.execute(select(table.c.id).where(table.c.dataset == dataset).limit(1)).first()
            self._fresh[key] = hit is None
        return self._fresh[key]

    def _insert_many(self, table: Table, data: list[tuple[Any, ...]]) -> None:
        """Rows in the table's column order: see :meth:`_insert_columns`."""
        self._insert_columns(table, list(map(list, zip(*data, strict=True))))

    def _insert_columns(self, table: Table, columns: list[Any]) -> None:
        """A plain DB-API executemany of rows given as columns in the table's
        order, each a list or one value every row has: the Core per-row
        compile is the bottleneck here.

        The driver binds every parameter of every row, at up to a microsecond
        each, and a membership row has fifteen. So a column holding one value
        across the whole batch — the dataset, the source, the time, the role,
        the many empty ones — is written once, as an SQL literal that
        SQLAlchemy renders (quotes escaped) for the dialect; only the columns
        that vary are bound. PostgreSQL is sent the rows by ``COPY`` instead
        (:meth:`_copy`)."""
        cols = COLUMNS[table.name]
        n = next(len(c) for c in columns if type(c) is list)
        if self.conn.dialect.name == "postgresql":
            self._copy(table, columns, n)
            return
        values, bound = [], []
        for i, column in enumerate(columns):
            if type(column) is list:
                first = column[0]
                # the first and last values differ in most columns that vary: no set of them is made
                shared = (i > 0 and n > 1 and (first is None or type(first) in (str, int)) and column[-1] == first
                          and len(set(column)) == 1)
            else:
                first, shared = column, column is None or type(column) in (str, int)
            if i > 0 and shared:
                values.append(self._literal(first))
            else:
                values.append(self._mark)
                bound.append(column)
        sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join(values)})"
        self.conn.exec_driver_sql(sql, list(_rows(bound, n)))
        self._inserted[table.name] += n
        if self._inserted[table.name] >= BULK and table.name not in self._decided:
            self._decided.add(table.name)
            self._defer_indexes(table)

    def _copy(self, table: Table, columns: list[Any], n: int) -> None:
        """The rows of :meth:`_insert_columns` sent to PostgreSQL by ``COPY``:
        one stream, each row written by psycopg's C code, where an
        ``executemany`` is a statement per row. 200,000 memberships with their
        organisations: 18.6 -> 12.2 s."""
        sql = f"COPY {table.name} ({', '.join(COLUMNS[table.name])}) FROM STDIN"
        dbapi = self.conn.dialect.loaded_dbapi
        try:
            with self.conn.connection.driver_connection.cursor() as cursor:  # type: ignore[union-attr]
                with cursor.copy(sql) as copy:
                    for row in _rows(columns, n):
                        copy.write_row(row)
        except dbapi.Error as exc:  # raised as SQLAlchemy raises what it runs itself (a unique index's refusal …)
            raise DBAPIError.instance(sql, None, exc, dbapi.Error, dialect=self.conn.dialect) from exc
        self._inserted[table.name] += n

    def _defer_indexes(self, table: Table) -> None:
        """Build a table's indexes once at the end, when this write adds more
        rows than the table held before it.

        Each row inserted under an index is a random B-tree insert per index;
        building the index afterwards is one sort. That includes the unique
        index of entity ids (ids are hashes, so every insert into it is random):
        this writer never writes an id twice, and the index checks that
        again when it is built. For a million memberships that is about 10 s
        instead of 14 for the secondary indexes; building the ids' index at
        the end too, the whole import takes 40 s instead of 56.

        Only on SQLite, whose DDL is part of the transaction like any write
        (a failed import rolls the indexes back with everything else) and
        whose readers keep reading the last committed state; PostgreSQL
        would lock the table against readers until commit. A query that
        needs the indexes in the meantime (a superseding update, a look-up
        of ids already stored) builds them first."""
        if self.conn.dialect.name != "sqlite" or not table.indexes:
            return
        before = self.conn.exec_driver_sql(f"SELECT count(*) FROM {table.name}").scalar_one() - self._inserted[table.name]
        if self._inserted[table.name] <= before:
            return
        for index in table.indexes:
            index.drop(self.conn)
        self._deferred[table.name] = table

    def _rebuild_indexes(self, name: str | None = None) -> None:
        for table_name in [name] if name is not None else list(self._deferred):
            table = self._deferred.pop(table_name, None)
            if table is not None:
                for index in table.indexes:
                    index.create(self.conn)

    def _literal(self, value: str | int | None) -> str:
        sql = self._literals.get(value)
        if sql is None:
            sql = str(literal(value).compile(dialect=self.conn.dialect, compile_kwargs={"literal_binds": True}))
            self._literals[value] = sql
        return sql

    def _existing(self, table: Table, ids: Iterable[str], *cols: Any,
                  rows: list[tuple[Any, ...]] | None = None) -> dict[str, Any]:
        """The stored rows of ``ids`` (their id and ``cols``), by id. Facts
        whose table picks them through a key (:mod:`xietong.store.lookup`)
        are given as ``rows``, buffered in column order, the key read from them."""
        ids = list(ids)
        if not ids:
            return {}
        self._rebuild_indexes(table.name)  # rows are found through their indexes
        key = FACT_KEYS.get(table.name)
        about = None if key is None or rows is None else list(map(itemgetter(COLUMNS[table.name].index(key)), rows))
        out: dict[str, Any] = {}
        for picked in by_ids(table, ids, about):
            for row in self.conn.execute(select(table.c.id, *cols).where(picked)):
                out[row[0]] = row
        return out

    def _stored_states(self, name: str, rows: list[tuple[Any, ...]], keys: dict[str, tuple[Any, ...]]) -> dict[str, bool]:
        """Which of the buffered fact ``rows`` (of datasets the store holds)
        are stored, by id, and whether each is current (not superseded).

        They are looked up a chunk at a time; once a dataset has had many
        looked up (a file imported again), all the ids the store holds of
        it are read at once, a scan of the table, and kept: looking up a
        million memberships one chunk at a time took half a minute. What
        this write changes after that is kept in step: what it states is
        added; a fact whose supersession key it has retracted facts under
        is looked up in the store again."""
        table = FACTS[name]
        out: dict[str, bool] = {}
        by_dataset: dict[str, list[tuple[Any, ...]]] = {}
        for row in rows:
            by_dataset.setdefault(row[DATASET], []).append(row)
        for dataset, some in by_dataset.items():
            at = (name, dataset)
            self._looked_up[at] += len(some)
            if at not in self._read_whole and self._looked_up[at] >= READ_WHOLE:
                query = select(table.c.id, table.c.retracted_at.is_(None)).where(table.c.dataset == dataset)
                self._read_whole[at] = {fid: bool(current) for fid, current in self.conn.execute(query)}
            whole = self._read_whole.get(at)
            if whole is not None:
                superseded = self._superseded_keys[name]
                ask = [r for r in some if superseded and keys.get(r[0]) in superseded]
                asked = {r[0] for r in ask}
                out.update((r[0], whole[r[0]]) for r in some if r[0] in whole and r[0] not in asked)
            else:
                ask = some
            if ask:
                found = self._existing(table, [r[0] for r in ask], table.c.retracted_at, rows=ask)
                out.update((fid, row.retracted_at is None) for fid, row in found.items())
        return out

    def _flush_plain(self, name: str, table: Table) -> None:
        buf = self._buffers[name]
        if not buf:
            return
        if name == "judgement":
            existing = self._existing(table, buf, table.c.undone_at)
            # judged again after being undone: a new judgement, the undone one kept
            again = [dict(r, id=make_id("J", i, self.now)) for i, r in buf.items()
                     if i in existing and existing[i].undone_at is not None]
            again_existing = self._existing(table, [r["id"] for r in again])
            rows = [r for i, r in buf.items() if i not in existing] + [r for r in again if r["id"] not in again_existing]
        else:
            unchecked = self._unchecked if name == "entity" else set()
            existing = self._existing(table, [i for i in buf if i not in unchecked])
            rows = [r for i, r in buf.items() if i not in existing]
            unchecked.clear()
        if rows:
            get = itemgetter(*COLUMNS[name])
            self._insert_many(table, [get(r) for r in rows])
            self.changes.added[name] += len(rows)
            if name == "entity":
                self.new_entities.update(r["id"] for r in rows)
        buf.clear()

    def _flush_facts(self, name: str) -> None:
        self._flush_columns(name)
        self._flush_rows(name)

    def _flush_columns(self, name: str) -> None:
        """Facts buffered as columns, written as columns: fresh, unless one's id
        was written or buffered already, which the row path settles. They are
        always newer than the facts buffered as rows (a fact buffered as a row
        writes them first), so a fact stated twice keeps its first statement."""
        chunks, self._columns[name] = self._columns[name], []
        self._in_columns[name] = 0
        for columns in chunks:
            ids = columns[0]
            numbers = _numbers(ids)
            written = self._written[name]
            if written.isdisjoint(numbers) and len(set(numbers)) == len(ids) and self._facts[name].keys().isdisjoint(ids):
                written.update(numbers)
                self._insert_columns(FACTS[name], columns)
                self.changes.added[name] += len(ids)
            else:
                _first(self._facts[name], ids, _rows(columns, len(ids)))

    def _flush_rows(self, name: str) -> None:
        buf, keys = self._facts[name], self._keys[name]
        if not buf:
            return
        table = FACTS[name]
        rows = list(buf.values())
        known_sets = {d for d in {r[DATASET] for r in rows} if not self._is_fresh(table, d)}
        fresh_rows = [r for r in rows if r[DATASET] not in known_sets] if known_sets else rows
        written = self._written[name]
        fresh = [r for r, n in zip(fresh_rows, _numbers([r[0] for r in fresh_rows]), strict=True) if n not in written]
        written.update(_numbers([r[0] for r in fresh]))
        if known_sets:
            known_rows = [r for r in rows if r[DATASET] in known_sets]
            existing = self._stored_states(name, known_rows, keys)
            fresh.extend(r for r in known_rows if r[0] not in existing)
            # stated again after being superseded: a new statement, same content, under an id of its
            # own; that one may have been stated and superseded before too (a value changed back and
            # forth), and then the next in its line is
            superseded = [r for r in known_rows if existing.get(r[0]) is False]
            while superseded:
                again = [(make_id(r[0][0], r[0], r[SOURCE]), *r[1:]) for r in superseded]
                for before, row in zip(superseded, again, strict=True):
                    if before[0] in keys:
                        keys[row[0]] = keys[before[0]]
                states = self._stored_states(name, again, keys)
                fresh.extend(r for r in again if r[0] not in states)
                superseded = [r for r in again if states.get(r[0]) is False]
            self._supersede(name, table, [r for r in fresh if r[DATASET] in known_sets], keys)
        if fresh:
            self._insert_many(table, fresh)
            self.changes.added[name] += len(fresh)
            for row in fresh:  # stated now, and current: as the store would say if asked
                whole = self._read_whole.get((name, row[DATASET]))
                if whole is not None:
                    whole[row[0]] = True
        buf.clear()
        keys.clear()

    _KEYS = {
        "statement": ("entity_id", "prop", "dataset"),
        "membership": ("alliance_id", "org_id", "role", "dataset"),
        "count_fact": ("alliance_id", "role", "kind", "dataset"),
        "regional_stat": ("region", "sector", "measure", "year", "dataset"),
    }

    def _supersede(self, name: str, table: Table, fresh: list[tuple[Any, ...]],
                   keys: dict[str, tuple[Any, ...]]) -> None:
        """Retract the facts that ``fresh`` replaces: same key, same dataset, other value."""
        # a key led by an entity created in this write has nothing to supersede
        entity_keyed = name != "regional_stat"
        rows = [(r[0], keys[r[0]]) for r in fresh
                if r[0] in keys and not (entity_keyed and keys[r[0]][0] in self.new_entities)]
        if not rows:
            return
        self._superseded_keys[name].update(key for _, key in rows)
        self._rebuild_indexes(table.name)  # the update finds the rows it retracts through them
        cols = self._KEYS[name]
        m = self._mark
        null_safe = "IS" if m == "?" else "IS NOT DISTINCT FROM"  # SQLite / PostgreSQL
        conds = " AND ".join(f"{c} {null_safe} {m}" if c in ("kind", "year") else f"{c} = {m}" for c in cols)
        sql = (f"UPDATE {table.name} SET retracted_at = {m}, retracted_by = {m} "
               f"WHERE {conds} AND retracted_at IS NULL AND id <> {m}")
        params = [(self.now, fid, *key, fid) for fid, key in rows]
        result = self.conn.exec_driver_sql(sql, params)
        if result.rowcount and result.rowcount > 0:
            self.changes.superseded[name] += result.rowcount
