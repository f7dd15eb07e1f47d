"""Importing files of alliances, organisations and memberships as sourced facts.

All or nothing: every row of every file is validated, and if any row has a
problem nothing is written (the transaction is rolled back; SQLite's file is
left byte for byte as it was) and every problem is reported as
``file:row:column: message``. ``dry_run`` does the whole import and rolls it
back, so what it reports is exactly what a real run would change.
"""

from __future__ import annotations

import functools
import gc
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace as Record
from typing import Any

from xietong import clock, counts, dump, names
from xietong.ingest.ahead import AHEAD_BYTES, ReadAhead
from xietong.ingest.checking import ORG_PROPS, Checked, check
from xietong.ingest.headers import Mapping, infer_kind, known_columns, map_headers
from xietong.ingest.problems import InputError, Problem
from xietong.ingest.readers import RawBlock, TableData, read_tables
from xietong.ingest.records import ORG_FACTS, Block, place_detail, roles
from xietong.resolution import Index, formerly, resolve
from xietong.store.db import Store
from xietong.writer import ROW, Changes, Provenance, Writer

ORDER = {"alliances": 0, "orgs": 1, "memberships": 2, "events": 3, "stats": 4, "listings": 5}
MAX_PROBLEMS = 1000
# the progress label of an import's last step, after every table: the indexes a large
# write put off are built and the transaction committed (seconds, at a million rows)
FINISHING = "\x00finishing"
PAGES = "\x00pages\x00"  # before a file's path: progress through its pages (a PDF's, read for its tables)

Progress = Callable[[str, int, int], None]


@dataclass
class ImportReport:
    files: list[str] = field(default_factory=list)
    rows: Counter[str] = field(default_factory=Counter)
    changes: Changes = field(default_factory=Changes)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"files": self.files, "rows": dict(self.rows), "dry_run": self.dry_run,
                "warnings": self.warnings, **self.changes.as_dict()}


def sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class _Plan:
    table: TableData
    index: int  # the table's place among its file's tables
    mapping: Mapping
    digest: Future[str]  # the file's sha256, hashed while earlier files are imported

    @property
    def sha256(self) -> str:
        return self.digest.result()

    def dataset(self, named: str | None) -> str:
        """The dataset the table's facts are stored under: the one named for the import, else the file's name."""
        return named or Path(self.table.path).name


CLUSTER_GIVEN = "city cluster given for names written without one (import --cluster, or the home cluster)"


class _Applier:
    """Turns validated records into facts, resolving names as it goes."""

    def __init__(self, writer: Writer, conn: Any, cluster: str | None):
        self.writer = writer
        self.conn = conn
        self.cluster = cluster
        # records this import makes that the rules read at once (:func:`xietong.inference.derive`): alliances
        # no row gave a type, organisations a row may not have given a province or kind
        self.to_derive: set[str] = set()
        self.joined: set[str] = set()  # the alliances this import names members of
        self._alliances: Index | None = None
        self._orgs: Index | None = None
        # where a row is, for the facts read from it: its number, and its page in a table read off pages
        self.locate: Callable[[int], str] = ROW.format

    @property
    def alliances(self) -> Index:
        if self._alliances is None:
            self._alliances = Index.load(self.conn, "alliance", self.cluster)
        return self._alliances

    @property
    def orgs(self) -> Index:
        if self._orgs is None:
            self._orgs = Index.load(self.conn, "org")
        return self._orgs

    def provenance(self, dataset: str, source_id: str, row: int, rec: Record) -> Provenance:
        return Provenance(dataset, self.source(dataset, source_id, rec.source, rec.source_url), self.locate(row))

    def source(self, dataset: str, file_source: str, title: str | None, url: str | None) -> str:
        """The source of a row: the one its own columns name (a URL or a document), else the file."""
        if not (url or title):
            return file_source
        return self.writer.source(kind="url" if url else "document", dataset=dataset, title=title, url=url)

    def org(self, name: str, prov: Provenance, credit_code: str | None = None, *, state_name: bool = True) -> str:
        """The organisation ``name`` denotes; its name is stated when asked or when it is new."""
        if not state_name and (known := self.orgs.by_name.get(name)) is not None:
            return known  # a name already known, as written (a million membership rows name a few orgs often)
        res = resolve(self.orgs, self.writer, name, prov.source_id, credit_code=credit_code)
        assert res is not None
        if state_name or res.created:
            self.writer.state(res.id, "org", "name", names.clean(name), prov)
        if res.created:  # named as a member: nothing said of it but its name
            self.to_derive.add(res.id)
        return res.id

    def alliance(self, rec: Record, prov: Provenance, raw: dict[str, str]) -> None:
        w = self.writer
        self.alliances.context_cluster = rec.cluster or self.cluster
        res = resolve(self.alliances, w, rec.name, prov.source_id)
        assert res is not None
        eid = res.id
        if res.created and rec.type is None:
            self.to_derive.add(eid)
        w.state(eid, "alliance", "name", rec.name, prov)
        for alias in rec.aliases:
            w.state(eid, "alliance", "aliases", alias, prov)
            self.alliances.add(eid, alias)
        for former in rec.former_names:  # renamed: a record under its old name is this one
            formerly(self.alliances, w, "alliance", eid, rec.name, former, prov)
        for prop in ("name_en", "founded", "cluster", "status", "type", "sector", "description", "description_en"):
            value = getattr(rec, prop)
            if value is not None:
                w.state(eid, "alliance", prop, value, prov, original=raw.get(prop))
        if rec.cluster is None and self.cluster and names.split_cluster_prefix(rec.name)[0] is None:
            # a name written without its cluster was read as the import's cluster's: so the alliance is
            # that cluster's, where the directory, the brief and the indicators of a cluster look for it
            w.state(eid, "alliance", "cluster", self.cluster, replace(prov, note=CLUSTER_GIVEN))
        if rec.city:
            w.state(eid, "alliance", "city", rec.city, prov, original=raw.get("city"))
            detail = place_detail(raw.get("city"))
            if detail:
                w.state(eid, "alliance", "city_note", detail, prov)
        for prop in ("domains", "relations", "regions"):
            for value in getattr(rec, prop):
                w.state(eid, "alliance", prop, value, prov)
        for role, named in (("initiator", rec.initiators), ("lead", rec.leads), ("secretariat", rec.secretariat),
                            ("guide", rec.guides), ("chair", rec.chairs), ("vice_chair", rec.vice_chairs),
                            ("standing_council", rec.standing_council_members), ("council", rec.council_members),
                            ("supervisor", rec.supervisors), ("member", rec.member_list)):
            for name in named:
                w.member(eid, self.org(name, prov), role, prov)
        if rec.initiator_count:
            w.count(eid, "initiator", int(rec.initiator_count), "exact", None, prov, raw.get("initiator_count"))
        if rec.member_count:
            c = counts.parse(rec.member_count)
            w.count(eid, "member", c.count, c.qualifier, rec.member_kind or c.kind, prov, rec.member_count)
        elif rec.member_kind:
            w.state(eid, "alliance", "member_kinds", rec.member_kind, prov)

    def organisations(self, m: Mapping, valid: Block, raw: RawBlock, dataset: str, file_source: str,
                      ids: dict[str, Any] | None = None) -> None:
        """A block of organisation rows. Names are resolved row by row, in
        order (a row's aliases can match a later row's name); then each
        property is stated for the whole block at once, keeping the value as
        written beside the stored one. ``ids`` worked out ahead
        (:func:`~xietong.ingest.checking.predict`) are used when the
        entities they assumed are the ones resolved."""
        c, w = valid.columns, self.writer
        sources, locators = self._provenances(dataset, file_source, valid)
        oids: list[str] = []
        self.orgs.prepare(c["name"], None if ids is None else ids["keys"])
        made = [None] * len(c["name"]) if ids is None else ids["entities"]  # each name's id if it is new, hashed ahead
        for name, code, aliases, formers, province, kind, sid, loc, made_id in zip(
                c["name"], c["credit_code"], c["aliases"], c["former_names"], c["province"], c["kind"], sources,
                locators, made, strict=True):
            res = resolve(self.orgs, w, name, sid, credit_code=code, id_if_new=made_id)
            assert res is not None
            oids.append(res.id)
            if res.created and (province is None or kind is None):
                self.to_derive.add(res.id)
            for alias in aliases:
                w.state(res.id, "org", "aliases", alias, Provenance(dataset, sid, loc))
                self.orgs.add(res.id, alias)
            for former in formers:  # renamed (公司更名): a record under its old name is this one
                formerly(self.orgs, w, "org", res.id, name, former, Provenance(dataset, sid, loc))
        known = ids if ids is not None and oids == ids["entities"] else {}
        w.states(oids, "org", "name", list(map(names.clean, c["name"])), [None] * len(oids), dataset, sources, locators,
                 ids=known.get("statement:name"))
        for prop in ORG_PROPS[1:]:  # the name is stated above, as cleaned
            if c[prop].count(None) < len(oids):
                as_written = dict(zip(raw.rows, raw.columns.get(m.header_of(prop), ()), strict=False))
                written = [as_written.get(row) for row in valid.rows]
                w.states(oids, "org", prop, c[prop], [o if type(o) is str else None for o in written], dataset,
                         sources, locators, ids=known.get(f"statement:{prop}"))
        for oid, industries, sid, loc in zip(oids, c["industries"], sources, locators, strict=True):
            for ind in industries:
                w.state(oid, "org", "industries", ind, Provenance(dataset, sid, loc))

    def _provenances(self, dataset: str, file_source: str, valid: Block) -> tuple[list[str], list[str]]:
        """Each valid row's source (see :meth:`source`) and locator, for a block: what :meth:`provenance` gives a row."""
        c, n = valid.columns, len(valid.rows)
        locators = list(map(self.locate, valid.rows))
        if c["source"].count(None) == n == c["source_url"].count(None):
            return [file_source] * n, locators
        return [self.source(dataset, file_source, title, url)
                for title, url in zip(c["source"], c["source_url"], strict=True)], locators

    def memberships(self, path: str, m: Mapping, valid: Block, dataset: str, file_source: str,
                    found: list[Problem], *, write: bool, ids: dict[str, Any] | None = None,
                    raw: RawBlock | None = None) -> None:
        """A block of membership rows, column by column: names to ids by
        lookup, every row's id hashed in one call, and no object made per
        row (a membership file is the longest an import sees). Rows naming
        an unknown alliance are problems; an organisation not known yet is
        resolved, and created, from the first row that names it."""
        c = valid.columns
        aids = list(map(self.alliances.by_name.get, c["alliance"]))
        if None in aids:  # not as written: as its normalised name reads (京津冀設計產業聯盟)
            for i in [i for i, aid in enumerate(aids) if aid is None]:
                aids[i] = self._alliance_by_key(c["alliance"][i])
        if None in aids:
            header = m.header_of("alliance")
            found.extend(Problem(path, row, header, _unknown_alliance(name))
                         for row, name, aid in zip(valid.rows, c["alliance"], aids, strict=True) if aid is None)
            return
        if not write or not valid.rows:
            return
        self.joined.update(map(self.alliances.canon, aids))
        sources, locators = self._provenances(dataset, file_source, valid)
        oids = list(map(self.orgs.by_name.get, c["org"]))
        new = [i for i, oid in enumerate(oids) if oid is None]
        self.orgs.prepare(c["org"][i] for i in new)
        for i in new:
            oids[i] = self.org(c["org"][i], Provenance(dataset, sources[i], locators[i]), state_name=False)
        known = ids["members"] if ids is not None and aids == ids["alliances"] and oids == ids["orgs"] else None
        self.writer.members(aids, oids, roles(c["role"]), c["since"], c["until"], dataset, sources, locators, ids=known)
        self._said_of_members(m, valid, raw, oids, dataset, sources, locators)

    def _said_of_members(self, m: Mapping, valid: Block, raw: RawBlock | None, oids: list[str], dataset: str,
                         sources: list[str], locators: list[str]) -> None:
        """What a roster says of each member itself (单位性质, 所在地区, 所属行业 …), stated of the
        organisation with the row's provenance, the value as written kept beside, as an
        organisations file states it."""
        c, w = valid.columns, self.writer
        for said, prop in ORG_FACTS.items():
            if said not in m.columns.values():  # the common case: a membership file says nothing of its members
                continue
            column = c[said]
            if prop == "industries":
                for oid, industries, sid, loc in zip(oids, column, sources, locators, strict=True):
                    for ind in industries:
                        w.state(oid, "org", prop, ind, Provenance(dataset, sid, loc))
            elif column.count(None) < len(oids):
                cells = raw.columns.get(m.header_of(said), ()) if raw is not None else ()
                as_written = dict(zip(raw.rows if raw is not None else (), cells, strict=False))
                written = [as_written.get(row) for row in valid.rows]
                w.states(oids, "org", prop, column, [o if type(o) is str else None for o in written], dataset,
                         sources, locators)

    def event(self, rec: Record, prov: Provenance) -> str | None:
        aid = self._alliance_id(rec.alliance)
        if aid is None:
            return _unknown_alliance(rec.alliance)
        self.writer.event(aid, rec.kind, rec.date, rec.title, prov)
        return None

    def listing(self, rec: Record, prov: Provenance) -> None:
        from xietong.listings import create

        self.writer.flush()  # the owner and the source must exist first
        owner = self.org(rec.owner, prov, state_name=False)
        self.writer.flush()
        create(self.conn, kind=rec.kind, owner_id=self.orgs.canon(owner), title=rec.title, text=rec.text,
               sectors=rec.sectors, region=rec.region, valid_from=rec.valid_from, valid_until=rec.valid_until,
               status=rec.status or "published", actor=f"import:{prov.dataset}", dataset=prov.dataset,
               source_id=prov.source_id, locator=prov.locator)

    def _alliance_id(self, name: str) -> str | None:
        """The alliance a row names, by its name as written (validation cleaned it), or None."""
        return self.alliances.by_name.get(name) or self._alliance_by_key(name)

    def _alliance_by_key(self, name: str) -> str | None:
        """The one alliance whose normalised name is ``name``'s ("京津冀設計產業聯盟", traditional
        characters or full-width forms), or None when none or several are."""
        found = {self.alliances.canon(a) for a in self.alliances.by_key.get(self.alliances.key(name), ())}
        return found.pop() if len(found) == 1 else None


def _unknown_alliance(name: str) -> str:
    return f"unknown alliance {name!r} (import it first, or check the name)"


def _plan(paths: Iterable[str], kind: str | None, hasher: Executor,
          progress: Progress | None = None) -> tuple[list[_Plan], list[Any], list[str]]:
    plans: list[_Plan] = []
    dumps: list[Any] = []
    warnings: list[str] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            if Path(path).is_dir() and dump.is_dump_dir(path):
                dumps.append(dump.read_dir(path))
                continue
            if (streamed := dump.read_json(path)) is not None:  # a JSON dump as exported: not parsed whole
                dumps.append(streamed)
                continue
            tables = read_tables(path, pages=None if progress is None else functools.partial(progress, PAGES + path))
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if dump.is_dump(tables):
            dumps.append(dump.read_tables_dump(path, tables))
            continue
        digest = hasher.submit(sha256_of, path)
        kinds = [kind or infer_kind(t.headers, t.name if len(tables) > 1 or Path(path).suffix.lower() == ".json" else "")
                 for t in tables]
        for index, (t, k) in enumerate(zip(tables, kinds, strict=True)):
            if k is None and any(kinds) and known_columns(t.headers) < 2:
                # a workbook's notes sheet (填表说明): no columns to read, beside sheets that have them
                warnings.append(f"{t.where}: not imported (no columns xietong reads)")
                continue
            if k is None:
                problems.append(Problem(t.where, t.header, None, "cannot tell whether this holds alliances, "
                                        "orgs or memberships from its columns; say which with --kind"))
                continue
            try:
                mapping = map_headers(t.where, t.headers, k, t.header)
            except InputError as exc:
                problems.extend(exc.problems)
                continue
            if t.skipped:
                titles = ", ".join(repr(text) for _, text in t.skipped if text)
                top = len(t.skipped) + 1  # every row above the header is skipped; a header may take two rows
                rows = f"header row {t.header}" if top == t.header else f"header rows {top}-{t.header}"
                warnings.append(f"{t.where}: {rows}; not imported above it: {titles}" if titles
                                else f"{t.where}: {rows} (blank rows above it)")
            if t.titled:
                warnings.append(f"{t.where}: no alliance column; each row read as a member of {t.titled!r}, "
                                "which its title names")
            if mapping.ignored:
                warnings.append(f"{t.where}: columns not imported (not known for {k}): {', '.join(mapping.ignored)}")
            plans.append(_Plan(t, index, mapping, digest))
    if problems:
        raise InputError(problems)
    plans.sort(key=lambda p: ORDER[p.mapping.kind])
    return plans, dumps, warnings


def _collector_paused(fn: Callable[..., ImportReport]) -> Callable[..., ImportReport]:
    """``fn`` run with Python's cyclic garbage collector paused.

    An import keeps millions of objects alive (names, ids, buffered rows),
    and every full collection walks all of them while finding nothing: an
    import makes almost no reference cycles. Paused, an import of 250,000
    rows ran 12% faster, and the share grows with the number of live
    objects; whatever cycles it leaves are collected afterwards.

    The collector comes back once ``fn`` has returned and its objects are
    gone: turned on while they were still alive, its first collection
    walked them all (0.2 to 0.6 s at the end of a million-row import)."""

    @functools.wraps(fn)
    def paused(*args: Any, **kwargs: Any) -> ImportReport:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@_collector_paused
def import_paths(store: Store, paths: list[str], *, kind: str | None = None, dry_run: bool = False,
                 cluster: str | None = None, dataset: str | None = None, recorded_at: str | None = None,
                 progress: Progress | None = None, change: str | None = None,
                 actor: str | None = None, read_ahead: bool | None = None) -> ImportReport:
    """Import ``paths`` in one transaction: all of it, or (on any problem) nothing.
    ``change`` stamps every fact written, so the import can be undone. With an
    ``actor`` (a person on the platform, or the command line) the import is
    entered in the change log in the same transaction, under a fresh change id
    unless one is given, so it can be undone from there (``xietong undo``).
    ``read_ahead`` reads and checks the tables in a second process
    (:mod:`xietong.ingest.ahead`); by default, when they are large."""
    store.require_schema()
    if actor is not None and change is None:
        from xietong.undo import new_change

        change = new_change("import", *paths)
    # files are hashed in a thread (hashlib and file reads release the GIL):
    # a large membership file while the alliances and organisations are imported
    with ThreadPoolExecutor(1, thread_name_prefix="sha256") as hasher, store.engine.connect() as conn, \
            ExitStack() as stack:
        plans, dumps, warnings = _plan(paths, kind, hasher, progress)
        if read_ahead is None:
            read_ahead = sum({p.table.path: p.table.size or 0 for p in plans}.values()) >= AHEAD_BYTES
        report = ImportReport(files=list(paths), warnings=warnings, dry_run=dry_run)
        problems: list[Problem] = []
        trans = conn.begin()
        try:
            writer = Writer(conn, recorded_at or clock.now(), change)
            for d in dumps:
                report.rows["dump"] += dump.load(conn, d, writer)
            applier = _Applier(writer, conn, cluster)
            ahead = None
            if read_ahead and plans:
                # new alliances are matched on their cores, and so are the stored ones: all worked out there
                named = applier.alliances.named() if any(p.mapping.kind == "alliances" for p in plans) else None
                ahead = _reading_ahead(stack, plans, dataset, named)
            caches: dict[str, dict[str, Any]] = {}  # validated values, shared by fields validated alike
            for i, plan in enumerate(plans):
                blocks = ahead.blocks(i) if ahead else check(plan.table, plan.mapping, caches)
                _run_table(plan, blocks, applier, writer, dataset, report, problems, progress)
            if progress:
                progress(FINISHING, 0, 0)
            if not problems:
                from xietong.inference import derive, untyped

                # what init would read off them, read now; and an alliance given members that no source
                # types is classified again, its members' kinds counting
                derive(conn, writer, applier.to_derive | untyped(conn, writer, applier.joined - applier.to_derive))
            writer.flush()
            report.changes = writer.changes
            if problems:
                raise InputError(problems[:MAX_PROBLEMS])
            if actor is not None and not dry_run and (report.changes.total() or report.changes.merges):
                from xietong.accounts import record

                record(conn, actor, "import", ", ".join(Path(p).name for p in paths), None,
                       {"change": change, **report.changes.as_dict()})
        except BaseException:
            trans.rollback()
            raise
        if dry_run:
            trans.rollback()
        else:
            trans.commit()
    if progress:
        progress(FINISHING, 1, 1)
    return report


def _reading_ahead(stack: ExitStack, plans: list[_Plan], dataset: str | None,
                   named: list[str] | None = None) -> ReadAhead | None:
    """A second process reading the plans' tables ahead, closed with ``stack``; None where no
    process can be started (no Python executable to run, say, when embedded): the tables are then
    read here, as a small import's are, only slower."""
    try:
        return stack.enter_context(ReadAhead([(p.table.path, p.index, p.mapping, p.dataset(dataset), p.table.headers)
                                              for p in plans],
                                             named=named))
    except OSError:
        return None


def _run_table(plan: _Plan, blocks: Iterator[Checked], applier: _Applier, writer: Writer, dataset: str | None,
               report: ImportReport, problems: list[Problem], progress: Progress | None) -> None:
    """Apply one table's checked blocks in turn. Once any problem is found
    nothing more is written, but every row is still checked."""
    t, m = plan.table, plan.mapping
    name = Path(t.path).name
    ds = plan.dataset(dataset)
    source_id = writer.source(kind="file", dataset=ds, file=name, sha256=plan.sha256,
                              title=t.name if t.name != Path(t.path).stem else None, one_of_several=t.where != t.path)
    applier.locate = t.locator if t.pages else ROW.format
    count = 0
    for block in blocks:
        if block.notes:
            report.warnings.append(f"{t.where}: rows not imported (notes or totals): "
                                   + "; ".join(f"{row}: {text!r}" for row, text in block.notes))
        count += block.count
        found, valid = block.found, block.valid
        write = not problems and not found
        if m.kind == "memberships":
            applier.memberships(t.where, m, valid, ds, source_id, found, write=write, ids=block.ids, raw=block.raw)
        elif write and m.kind == "orgs":
            applier.organisations(m, valid, block.raw, ds, source_id, block.ids)
        elif write:
            if block.ids and "cores" in block.ids:
                applier.alliances.cores.update(block.ids["cores"])
            _apply_rows(t.where, m, applier, valid, ds, source_id, block.raw, found)
        found.sort(key=lambda p: p.row or 0)
        problems.extend(found if not t.pages else [replace(p, page=t.page(p.row)) for p in found])
        if progress:
            progress(t.where, block.position, t.size)
        if len(problems) >= MAX_PROBLEMS:
            break
    if count == 0:
        problems.append(Problem(t.where, None, None, "no records (only a header)"))
    report.rows[m.kind] += count
    if progress:
        progress(t.where, t.size, t.size)


def _apply_rows(path: str, m: Mapping, applier: _Applier, valid: Block, ds: str, source_id: str,
                raw: RawBlock, found: list[Problem]) -> None:
    """Apply valid rows one by one; alliances keep each value as written (from ``raw``) beside the stored one."""
    cells_of = {row: raw.row(i) for i, row in enumerate(raw.rows)} if m.kind == "alliances" else {}
    for row, rec in valid.records():
        prov = applier.provenance(ds, source_id, row, rec)
        if m.kind == "alliances":
            raw = {m.columns[h]: v for h, v in cells_of[row].items() if h in m.columns and isinstance(v, str)}
            applier.alliance(rec, prov, raw)
        elif m.kind == "listings":
            applier.listing(rec, prov)
        elif m.kind == "stats":
            applier.writer.stat(rec.region, rec.sector, rec.measure or "value", rec.year, float(rec.value), rec.unit, prov)
        else:
            err = applier.event(rec, prov)
            if err:
                found.append(Problem(path, row, m.header_of("alliance"), err))
