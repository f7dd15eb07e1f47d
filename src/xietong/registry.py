"""The registry's operations, each one call for the CLI or the web layer:
initialise, import, export, list, show, summarise, merge and un-merge."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select, update

from xietong import clock, dump, views
from xietong.fingerprint import package_fingerprint
from xietong.inference import CLASSIFIER_DATASET, classify_alliances, infer_from_names
from xietong.ingest.bundled import load_reference, load_seed
from xietong.ingest.importer import ImportReport, import_paths
from xietong.resolution import active, canonical_map, judgement_active, withdrawn
from xietong.store.changes import generation, touch
from xietong.store.db import Store
from xietong.store.lookup import CHUNK, by_ids
from xietong.store.tables import count_fact, entity, init_mark, judgement, membership, source, statement
from xietong.writer import Changes, Writer

__all__ = ["CLASSIFIER_DATASET", "init", "import_paths", "ImportReport", "export", "list_entities", "iter_entities",
           "show", "stats", "merge", "unmerge", "mark_different", "RegistryError"]


class RegistryError(ValueError):
    pass


def init(store: Store, *, recorded_at: str | None = None, bundled: bool = True, force: bool = False) -> Changes:
    """Create or upgrade the schema, load the bundled data and run the rules
    that read the whole registry (province and kind from names, the
    classifier). Idempotent.

    Loading and deriving read every organisation: 24 s for a registry of
    200,000 organisations and a million memberships, and the main job runs
    init at every start. So init notes where it left the registry (the last
    change it saw, :mod:`xietong.store.changes`, and a fingerprint of the
    code and data it ran) and, while both still hold, has nothing to do and
    returns at once. ``force`` runs everything regardless: for a registry
    edited past xietong (by hand, in SQL), which leaves no change recorded."""
    store.migrate()
    with store.engine.begin() as conn:
        writer = Writer(conn, recorded_at or clock.now())
        if not bundled:
            return writer.flush()
        mark, noted = package_fingerprint(), _init_mark(conn)
        if not force and noted == (generation(conn), mark):
            return writer.changes
        load_seed(conn, writer)
        writer.flush()
        load_reference(conn, writer)
        writer.flush()
        infer_from_names(conn, writer)
        writer.flush()
        classify_alliances(conn, writer)
        changes = writer.flush()
        now = (generation(conn), mark)  # the change this init made, if it made one
        if noted != now:  # else nothing new to note: the database is left byte for byte as it was
            conn.execute(init_mark.delete().where(init_mark.c.name == INIT_MARK))
            conn.execute(init_mark.insert().values(name=INIT_MARK, generation=now[0], fingerprint=now[1]))
        return changes


INIT_MARK = "bundled"


def _init_mark(conn: Any) -> tuple[int, str] | None:
    row = conn.execute(select(init_mark.c.generation, init_mark.c.fingerprint)
                       .where(init_mark.c.name == INIT_MARK)).first()
    return None if row is None else (row[0], row[1])


def classify_registry(store: Store, *, write: bool = False) -> list[dict[str, Any]]:
    """Classify every alliance in the registry; ``write`` stores the results."""
    store.require_schema()
    with store.engine.begin() as conn:
        writer = Writer(conn, clock.now()) if write else None
        out = classify_alliances(conn, writer)
        if writer:
            writer.flush()
        return out


def export(store: Store, fmt: str, out: str, progress: dump.Progress | None = None) -> dict[str, int]:
    store.require_schema()
    with store.engine.connect() as conn:
        return dump.export(conn, fmt, out, progress)


PAGE = 2000  # entities loaded at a time when listing a page


def list_entities(store: Store, kind: str, *, as_of: str | None = None, limit: int | None = None,
                  offset: int = 0) -> list[dict[str, Any]]:
    """Every entity of ``kind``, or the page ``offset``/``limit`` of them (by
    name, merged entities once), each with its facts and sources."""
    _check_page(limit, offset)
    store.require_schema()
    if limit is None and not offset:
        with store.engine.connect() as conn:
            return [v.as_dict() for v in views.load(conn, kind, as_of=as_of)]
    return list(_pages(store, kind, as_of, limit, offset))


BEYOND = 1 << 62  # more rows than any registry holds, and within a 64-bit integer


def iter_entities(store: Store, kind: str, *, as_of: str | None = None, limit: int | None = None,
                  offset: int = 0) -> Iterator[dict[str, Any]]:
    """What :func:`list_entities` gives, in its order, read :data:`PAGE`
    entities at a time as they are taken: the command line prints a listing
    as it goes, where the whole of one (200,000 organisations, their facts
    and a million memberships) held at once took gigabytes. Bad arguments
    and a missing schema are refused at the call, before anything is read."""
    _check_page(limit, offset)
    store.require_schema()
    return _pages(store, kind, as_of, limit, offset)


def _check_page(limit: int | None, offset: int) -> None:
    if (limit is not None and limit < 0) or offset < 0:
        raise RegistryError("--limit and --offset must not be negative")


def _pages(store: Store, kind: str, as_of: str | None, limit: int | None, offset: int) -> Iterator[dict[str, Any]]:
    if offset >= BEYOND:  # past any registry; and an offset is bound as PostgreSQL's bigint, which is not unbounded
        return
    limit = None if limit is None else min(limit, BEYOND)
    with store.engine.connect() as conn:
        ids = views.page(conn, kind, as_of=as_of, limit=limit, offset=offset)
        for i in range(0, len(ids), PAGE):
            chunk = ids[i : i + PAGE]
            by_id = {v.id: v for v in views.load(conn, kind, as_of=as_of, ids=chunk)}
            yield from (by_id[e].as_dict() for e in chunk if e in by_id)


def _fact_dict(f: Any, srcs: dict[str, Any]) -> dict[str, Any]:
    s = srcs.get(f.source_id)
    return {
        "id": f.id, "value": getattr(f, "value", None), "original": getattr(f, "original", None),
        "dataset": f.dataset, "locator": f.locator, "passage": f.passage, "note": f.note,
        "recorded_at": f.recorded_at, "superseded_at": f.retracted_at,
        "source": None if s is None else {"id": s.id, "kind": s.kind, "title": s.title, "url": s.url,
                                          "file": s.file, "note": s.note},
    }


def show(store: Store, text: str, *, kind: str | None = None, as_of: str | None = None,
         members: slice | None = None) -> list[dict[str, Any]]:
    """Every entity matching ``text`` with each fact and its source; with
    ``members``, an alliance's members only on that slice of them (roles
    first), and ``members_total`` says how many it has in all."""
    store.require_schema()
    with store.engine.connect() as conn:
        found = views.find(conn, kind, text, as_of, page=members)
        out = []
        for v in found:
            src_ids = {f.source_id for f in v.facts} | {m.source_id for m in v.members + v.memberships} | {
                c.source_id for c in v.counts}
            srcs = views.sources(conn, src_ids)
            facts: dict[str, list[dict[str, Any]]] = {}
            for f in sorted(v.facts, key=lambda f: (f.prop, f.recorded_at, f.id)):
                facts.setdefault(f.prop, []).append(_fact_dict(f, srcs))
            detail = v.as_dict()
            detail["kind"] = v.kind if v.kind == "alliance" else detail.get("kind")
            detail["entity"] = v.kind
            detail["facts"] = facts
            detail["members"] = [
                {"org_id": m.org_id, "org": m.org_name, "role": m.role, "since": m.since, "until": m.until,
                 **_fact_dict(m, srcs)} for m in v.members]
            alliance_names = _names_of(conn, "alliance", {m.alliance_id for m in v.memberships})
            detail["memberships"] = [
                {"alliance_id": m.alliance_id, "alliance": alliance_names.get(m.alliance_id), "role": m.role,
                 "since": m.since, "until": m.until, **_fact_dict(m, srcs)} for m in v.memberships]
            detail["counts"] = [
                {"role": c.role, "count": c.count, "qualifier": c.qualifier, "kind": c.kind, **_fact_dict(c, srcs)}
                for c in v.counts]
            if v.paged is not None:
                detail["members_total"] = v.paged.total
            detail["judgements"] = _judgements(conn, v.entity_ids)
            out.append(detail)
        return out


def _names_of(conn: Any, kind: str, ids: set[str]) -> dict[str, str]:
    """The name each of ``ids`` is shown by (a merged entity's, the name of what it was merged into)."""
    if not ids:
        return {}
    return {eid: v.name for v in views.load(conn, kind, ids=sorted(ids), with_members=False) for eid in v.entity_ids}


def _judgements(conn: Any, ids: list[str]) -> list[dict[str, Any]]:
    rows = conn.execute(select(judgement).where(
        judgement.c.left_id.in_(ids) | judgement.c.right_id.in_(ids)).order_by(judgement.c.created_at))
    return [dict(r._mapping) for r in rows]


def stats(store: Store, *, as_of: str | None = None) -> dict[str, Any]:
    store.require_schema()
    with store.engine.connect() as conn:
        alliances = views.load(conn, "alliance", as_of=as_of, with_members=False)  # counts need no members
        merged = canonical_map(conn, "org", as_of)  # once: read per organisation, a summary took minutes
        n_orgs = _count_merged_once(conn, merged, as_of)
        by_type = Counter(a.value("type") or "unclassified" for a in alliances)
        by_city = Counter(a.value("city") or "unknown" for a in alliances)
        by_year = Counter((a.value("founded") or "")[:4] or "unknown" for a in alliances)

        def count(table: Any) -> int:
            return conn.execute(select(func.count()).select_from(table).where(active(table, as_of))).scalar_one()

        return {
            "alliances": len(alliances),
            "organisations": n_orgs,
            "memberships": _count_memberships(conn, merged, canonical_map(conn, "alliance", as_of), as_of),
            "membership_facts": count(membership),
            "count_facts": count(count_fact),
            "statements": count(statement),
            "sources": conn.execute(select(func.count()).select_from(source)).scalar_one(),
            "merges": conn.execute(select(func.count()).select_from(judgement).where(
                judgement.c.verdict == "same", judgement_active(as_of))).scalar_one(),
            "by_type": dict(sorted(by_type.items())),
            "by_city": dict(sorted(by_city.items())),
            "by_year": dict(sorted(by_year.items())),
            "as_of": as_of,
        }


def _count_memberships(conn: Any, orgs: dict[str, str], alliances: dict[str, str], as_of: str | None) -> int:
    """How many (alliance, organisation) pairs memberships join, whatever their roles and however
    many sources state each, merged records counted once: the memberships the dashboard counts
    (``network.metrics``). Counted by the database (a few seconds at a million memberships); only the
    pairs of merged records, few, are read."""
    act = active(membership, as_of)
    pairs = select(membership.c.alliance_id, membership.c.org_id).where(act).distinct().subquery()
    total = int(conn.execute(select(func.count()).select_from(pairs)).scalar_one())
    merged = sorted(set(orgs) | set(alliances))
    if not merged:
        return total
    touched: set[tuple[str, str]] = set()  # the distinct pairs naming a merged record, as stored
    for column in (membership.c.org_id, membership.c.alliance_id):
        for i in range(0, len(merged), CHUNK):
            picked = select(membership.c.alliance_id, membership.c.org_id).where(act, column.in_(merged[i : i + CHUNK]))
            touched.update((r.alliance_id, r.org_id) for r in conn.execute(picked))
    return total - len(touched) + len({(alliances.get(a, a), orgs.get(o, o)) for a, o in touched})


def first_recorded(store: Store) -> str | None:
    """When the registry's first alliance or organisation was recorded (ISO text), or None when it
    holds none: what an ``as_of`` before it reads is an empty registry."""
    store.require_schema()
    with store.engine.connect() as conn:
        return conn.execute(select(func.min(entity.c.created_at))).scalar_one()  # type: ignore[no-any-return]


def _count_merged_once(conn: Any, merged: dict[str, str], as_of: str | None) -> int:
    """How many organisations the registry lists (:func:`views.load`'s): counted by the database,
    less those withdrawn (an undone import's), each cluster of merged ones once (200,000 ids read
    into Python to count them took a second)."""
    recorded = [entity.c.kind == "org", *([entity.c.created_at <= as_of] if as_of else [])]
    total = conn.execute(select(func.count()).select_from(entity).where(*recorded)).scalar_one()

    def of_these(ids: set[str]) -> list[str]:  # those of ``ids`` that are organisations recorded by then
        return [r[0] for picked in by_ids(entity, sorted(ids)) for r in conn.execute(
            select(entity.c.id).where(*recorded, picked))]

    gone = set(of_these(withdrawn(conn, as_of)))
    listed = [e for e in of_these(set(merged)) if e not in gone]
    return int(total) - len(gone) - len(listed) + len({merged[e] for e in listed})


def find_id(store: Store, text: str, kind: str | None = None) -> tuple[str, str]:
    """The one entity ``text`` (an id or a name) denotes, and its kind; a
    :class:`RegistryError` when none or several do."""
    store.require_schema()
    with store.engine.connect() as conn:
        return _entity_id(conn, text, kind)


def _entity_id(conn: Any, text: str, kind: str | None = None) -> tuple[str, str]:
    found = views.find(conn, kind, text)
    exact = [v for v in found if text in v.entity_ids or text == v.name or text in v.names]
    pick = exact or found
    if len(pick) != 1:
        raise RegistryError(f"{text!r} matches {len(pick)} entities; give an id" if pick else f"nothing named {text!r}")
    v = pick[0]
    if text in v.entity_ids:
        return text, v.kind
    for eid, name in zip(v.entity_ids, v.names, strict=False):
        if name == text:
            return eid, v.kind
    return v.id, v.kind


def decide(store: Store, action: str, a_text: str, b_text: str, *, actor: str = "user",
           change: str | None = None, reason: str | None = None, logged_as: str | None = None) -> dict[str, Any]:
    """A person's judgement on two entities, in one transaction.

    ``merge`` judges them the same (undoing any "different" judgement between
    them); ``unmerge`` undoes the merges joining them and judges them
    different; ``different`` undoes any merge and judges them different.
    Returns the judgement made and the ids of the judgements undone, which is
    what undoing this decision needs. With ``logged_as`` (who, on the
    platform or the command line) the decision is entered in the change log
    in the same transaction, under a change id of its own unless one is
    given, so ``xietong undo`` can undo it."""
    if logged_as is not None and change is None:
        from xietong.undo import new_change

        change = new_change(action, a_text, b_text)
    if action not in ("merge", "unmerge", "different"):
        raise RegistryError(f"unknown decision {action!r} (merge, unmerge, different)")
    with store.engine.begin() as conn:
        a, ka = _entity_id(conn, a_text)
        b, kb = _entity_id(conn, b_text)
        if ka != kb:
            raise RegistryError("cannot merge an alliance with an organisation")
        if a == b:
            raise RegistryError(f"{a_text!r} and {b_text!r} are the same record")
        undone = _undo(conn, a, b, "different" if action == "merge" else "same", actor)
        if action == "unmerge" and not undone:
            raise RegistryError(f"{a_text!r} and {b_text!r} are not merged directly")
        w = Writer(conn, clock.now(), change)
        if action == "merge":
            jid = w.judge(a, b, "same", actor, reason or "judged the same")
        else:
            jid = w.judge(a, b, "different", actor, reason or ("un-merged: judged different" if action == "unmerge"
                                                               else "judged different"))
        w.flush()
        if logged_as is not None:
            from xietong.accounts import record

            record(conn, logged_as, action, f"{a} {b}", None, {"change": change, "judgement": jid, "undone": undone})
        return {"action": action, "left": a, "right": b, "kind": ka, "judgement": jid, "undone": undone,
                "change": change}


def merge(store: Store, keep: str, other: str, *, actor: str = "user", reason: str = "judged the same") -> str:
    return str(decide(store, "merge", keep, other, actor=actor, reason=reason)["judgement"])


def unmerge(store: Store, a_text: str, b_text: str, *, actor: str = "user", different: bool = True) -> int:
    """Undo the merges joining two entities; by default also judge them different."""
    if different:
        return len(decide(store, "unmerge", a_text, b_text, actor=actor)["undone"])
    with store.engine.begin() as conn:
        a, _ = _entity_id(conn, a_text)
        b, _ = _entity_id(conn, b_text)
        n = len(_undo(conn, a, b, "same", actor))
        if n == 0:
            raise RegistryError(f"{a_text!r} and {b_text!r} are not merged directly")
        return n


def mark_different(store: Store, a_text: str, b_text: str, *, actor: str = "user") -> str:
    return str(decide(store, "different", a_text, b_text, actor=actor)["judgement"])


def _undo(conn: Any, a: str, b: str, verdict: str, actor: str) -> list[str]:
    pair = ((judgement.c.left_id == a) & (judgement.c.right_id == b)) | (
        (judgement.c.left_id == b) & (judgement.c.right_id == a))
    live = (pair, judgement.c.verdict == verdict, judgement.c.undone_at.is_(None))
    ids = [r.id for r in conn.execute(select(judgement.c.id).where(*live))]
    if ids:
        conn.execute(update(judgement).where(judgement.c.id.in_(ids)).values(undone_at=clock.now(), undone_by=actor))
        touch(conn)
    return ids
