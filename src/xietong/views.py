"""Reading the registry: alliances and organisations as they stand now or
stood at any past moment (``as_of``), merged entities read as one, each value
with the facts behind it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from xietong import regions
from xietong.resolution import active, canonical_map, withdrawn
from xietong.store.lookup import CHUNK, by_ids
from xietong.store.rows import plain_rows
from xietong.store.tables import count_fact, entity, membership, source, statement
from xietong.vocab import roles

ROLE_ORDER = roles()


_LATEST_FIRST = str.maketrans("0123456789", "9876543210")  # an ISO time's digits turned: later sorts first


def precedence(dataset: str, recorded_at: str, fact_id: str) -> tuple[int, str, str]:
    """Which of several facts in force is shown first.

    A person's own edit (dataset ``user…``) first; a rule's inference
    (``rule:…``, e.g. the classifier) last, so it never shadows what a
    document states; otherwise the first source to state a value keeps it,
    and later sources that differ stand beside it as alternatives (a newer
    version of the *same* dataset has already superseded its older one).
    Among rules' readings the latest comes first: a rule reads the registry
    again as it grows (the classifier, with members' kinds; after a merge),
    and the reading of a record since merged into another, older, would
    otherwise stand for ever.

    >>> sorted(["2026-01-01T00:00:00.000000", "2026-02-01T00:00:00.000000"],
    ...        key=lambda at: precedence("rule:classifier", at, ""))[0][:7]
    '2026-02'
    """
    if dataset.startswith("rule:"):
        return (2, recorded_at.translate(_LATEST_FIRST), fact_id)
    return (0 if dataset.startswith("user") else 1, recorded_at, fact_id)


@dataclass
class Fact:
    id: str
    entity_id: str
    prop: str
    value: str
    original: str | None
    dataset: str
    source_id: str
    locator: str | None
    passage: str | None
    note: str | None
    recorded_at: str
    retracted_at: str | None
    retracted_by: str | None


@dataclass
class Member:
    id: str
    alliance_id: str
    org_id: str
    org_name: str
    role: str
    since: str | None
    until: str | None
    dataset: str
    source_id: str
    locator: str | None
    passage: str | None
    note: str | None
    recorded_at: str
    retracted_at: str | None


@dataclass
class CountView:
    id: str
    alliance_id: str
    role: str
    count: int
    qualifier: str
    kind: str | None
    original: str | None
    dataset: str
    source_id: str
    locator: str | None
    passage: str | None
    note: str | None
    recorded_at: str
    retracted_at: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"count": self.count, "qualifier": self.qualifier, "kind": self.kind,
                "original": self.original, "dataset": self.dataset}


ROLES_NAMED = ("initiator", "lead", "chair", "vice_chair", "secretariat", "guide")  # an alliance's summary names every one of these


@dataclass
class Paged:
    """What a page of an alliance's members leaves out (see :func:`load`):
    how many members it has in all, how many organisations they are, their
    datasets, and every member in a role its summary names."""

    total: int
    organisations: int
    datasets: frozenset[str]
    named: list[Member]


@dataclass
class EntityView:
    id: str
    kind: str
    name: str
    entity_ids: list[str]
    names: list[str]
    facts: list[Fact] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    counts: list[CountView] = field(default_factory=list)
    memberships: list[Member] = field(default_factory=list)  # for an org: the alliances it is in
    paged: Paged | None = None  # set when ``members`` is one page of them
    _by_prop: tuple[int, dict[str, list[Fact]]] | None = field(default=None, repr=False, compare=False)

    def current(self, prop: str) -> list[Fact]:
        """Facts in force for ``prop``, the one shown first.

        See :func:`precedence`. The facts in force are grouped by property
        once (again if facts were added since: :func:`load` settles each
        fact's lifetime before adding it): a listing asks each of 200,000
        organisations for a dozen properties.
        """
        state = len(self.facts)
        if self._by_prop is None or self._by_prop[0] != state:
            groups: dict[str, list[Fact]] = {}
            for f in self.facts:
                if f.retracted_at is None:
                    groups.setdefault(f.prop, []).append(f)
            for fs in groups.values():
                fs.sort(key=lambda f: precedence(f.dataset, f.recorded_at, f.id))
            self._by_prop = (state, groups)
        return list(self._by_prop[1].get(prop, ()))

    def value(self, prop: str) -> str | None:
        fs = self.current(prop)
        return fs[0].value if fs else None

    def values(self, prop: str) -> list[str]:
        out: list[str] = []
        for f in sorted(self.current(prop), key=lambda f: (f.recorded_at, f.value)):
            if f.value not in out:
                out.append(f.value)
        return out

    @property
    def aliases(self) -> list[str]:
        """Other names it goes by now: not those it had before it was renamed (``former_names``),
        though a record kept under one is merged into it."""
        former = set(self.values("former_names"))
        out = [n for n in self.names if n != self.name and n not in former]
        for a in self.values("aliases"):
            if a != self.name and a not in out:
                out.append(a)
        return out

    def role_names(self, role: str) -> list[str]:
        seen: list[str] = []
        for m in self.members if self.paged is None else self.paged.named:
            if m.role == role and m.org_name not in seen:
                seen.append(m.org_name)
        return seen

    def as_dict(self) -> dict[str, Any]:
        if self.kind == "alliance":
            return alliance_dict(self)
        return org_dict(self)


def _region(code: str | None) -> dict[str, str] | None:
    if code is None:
        return None
    r = regions.regions().get(code)
    return {"code": code, "name": r.name if r else code, "en": r.en if r else code}


def alliance_dict(a: EntityView) -> dict[str, Any]:
    founded = a.value("founded")
    city = a.value("city")
    initiator_counts = [c for c in a.counts if c.role == "initiator"]
    member_ids = {m.org_id for m in a.members}
    paged = a.paged
    return {
        "id": a.id,
        "name": a.name,
        "aliases": a.aliases,
        "former_names": a.values("former_names"),
        "name_en": a.value("name_en"),
        "type": a.value("type"),
        "founded": founded,
        "founded_precision": None if founded is None else ("year", "month", "day")[founded.count("-")],
        "founded_note": a.value("founded_note"),
        "city": city,
        "city_name": (_region(city) or {}).get("name"),
        "cluster": a.value("cluster"),
        "status": a.value("status"),
        "sector": a.value("sector"),
        "domains": a.values("domains"),
        "relations": a.values("relations"),
        "regions": a.values("regions"),
        "regions_count": int(a.value("regions_count")) if a.value("regions_count") else None,
        "member_kinds": a.values("member_kinds"),
        "description": a.value("description"),
        "initiators": a.role_names("initiator"),
        "initiator_count": initiator_counts[0].count if initiator_counts else None,
        "leads": a.role_names("lead"),
        "secretariat": a.role_names("secretariat"),
        "chairs": a.role_names("chair"),
        "vice_chairs": a.role_names("vice_chair"),
        # the council's lower tiers, by the names an import's columns and extraction's records give them
        "standing_council_members": a.role_names("standing_council"),
        "council_members": a.role_names("council"),
        "supervisors": a.role_names("supervisor"),
        "guides": a.role_names("guide"),
        "member_counts": [c.as_dict() for c in a.counts if c.role == "member"],
        "named_members": len(member_ids) if paged is None else paged.organisations,
        "datasets": sorted({f.dataset for f in a.facts} | ({m.dataset for m in a.members} if paged is None else paged.datasets)),
        "merged_ids": [e for e in a.entity_ids if e != a.id],
    }


def org_dict(o: EntityView) -> dict[str, Any]:
    return {
        "id": o.id,
        "name": o.name,
        "aliases": o.aliases,
        "former_names": o.values("former_names"),
        "name_en": o.value("name_en"),
        "kind": o.value("kind"),
        "province": o.value("province"),
        "province_name": (_region(o.value("province")) or {}).get("name"),
        "seat": o.value("seat"),
        "seat_name": (_region(o.value("seat")) or {}).get("name"),
        "regions": o.values("regions"),
        "industries": o.values("industries"),
        "credit_code": o.value("credit_code"),
        "collective": o.value("collective") == "true",
        "alliances": sorted({m.alliance_id for m in o.memberships}),
        "datasets": sorted({f.dataset for f in o.facts}),
        "merged_ids": [e for e in o.entity_ids if e != o.id],
    }


def _listed(conn: Connection, kind: str, as_of: str | None, wanted: set[str] | None = None) -> list[Any]:
    """The entities of ``kind`` standing at ``as_of`` (not withdrawn), as
    (id, name) rows in the order they were recorded: what views are built on."""
    q = select(entity.c.id, entity.c.name).where(entity.c.kind == kind)
    if as_of is not None:
        q = q.where(entity.c.created_at <= as_of)
    if wanted is not None:
        q = q.where(entity.c.id.in_(wanted))
    gone = withdrawn(conn, as_of)
    return [e for e in conn.execute(q.order_by(entity.c.created_at, entity.c.id)) if e.id not in gone]


def page(conn: Connection, kind: str, *, as_of: str | None = None, limit: int | None = None,
         offset: int = 0) -> list[str]:
    """The ids of one page of the entities :func:`load` lists, in its order
    (by the name shown, merged entities once under their canonical id): a
    large registry is read a page at a time instead of whole."""
    canon = canonical_map(conn, kind, as_of)
    if limit is not None:
        found = _page_sorted_by_the_database(conn, kind, as_of, canon, limit, offset)
        if found is not None:
            return found
    return _page_whole(conn, kind, as_of, canon, limit, offset)


def _page_whole(conn: Connection, kind: str, as_of: str | None, canon: dict[str, str], limit: int | None,
                offset: int) -> list[str]:
    """:func:`page` worked out from every listed entity, in Python: the reference the quicker way is held to."""
    name_of: dict[str, str] = {}  # as load names a view: its canonical entity's name, else its first
    for eid, name in _listed(conn, kind, as_of):
        root = canon.get(eid, eid)
        if root == eid or root not in name_of:
            name_of[root] = name
    ordered = sorted(name_of, key=lambda r: (name_of[r], r))
    return ordered[offset:None if limit is None else offset + limit]


def _page_sorted_by_the_database(conn: Connection, kind: str, as_of: str | None, canon: dict[str, str], limit: int,
                                 offset: int) -> list[str] | None:
    """:func:`page` sorted by the database, which returns the first rows without handing every name
    to Python (the first 20 of 200,000 organisations: 2.5 s → 0.1 s). It holds when every merged
    cluster's canonical entity is itself listed: a view is then named by it, and the order is the
    listed entities' own by (name, id), the others of each cluster left out. Otherwise None.

    Names compare by code point, as Python's sort does: SQLite's default collation compares UTF-8
    bytes, which is that order; PostgreSQL is asked for its "C" collation."""
    gone = withdrawn(conn, as_of)
    merged = {e for e, root in canon.items() if e != root}
    roots = set(canon.values()) - merged
    if roots:
        recorded = [entity.c.kind == kind, *([entity.c.created_at <= as_of] if as_of is not None else [])]
        listed = {r[0] for picked in by_ids(entity, sorted(roots)) for r in conn.execute(
            select(entity.c.id).where(*recorded, picked))}
        if listed - gone != roots:
            return None
    name, eid = entity.c.name, entity.c.id
    if conn.dialect.name == "postgresql":
        name, eid = name.collate("C"), eid.collate("C")
    q = select(entity.c.id).where(entity.c.kind == kind).order_by(name, eid)
    if as_of is not None:
        q = q.where(entity.c.created_at <= as_of)
    skipped = merged | gone
    out: list[str] = []
    seen = 0
    for (i,) in conn.execute(q.limit(offset + limit + len(skipped))):
        if i in skipped:
            continue
        if seen >= offset:
            out.append(i)
            if len(out) == limit:
                break
        seen += 1
    return out


def load(conn: Connection, kind: str, *, as_of: str | None = None, ids: list[str] | None = None,
         history: bool = False, with_members: bool = True, page: slice | None = None) -> list[EntityView]:
    """Entities of ``kind`` (all, or the clusters holding ``ids``), merged and sourced.

    With ``history`` the superseded facts are kept too (``retracted_at`` set).
    With ``page``, an alliance lists only that slice of its members, in
    their order (roles first), and :class:`Paged` says what the rest hold:
    a page of 50 of 200,000 members names 50 organisations, not 200,000.
    """
    canon = canonical_map(conn, kind, as_of)
    wanted: set[str] | None = None
    if ids is not None:
        roots = {canon.get(i, i) for i in ids}
        wanted = {e for e, r in canon.items() if r in roots} | set(ids) | roots
    ents = _listed(conn, kind, as_of, wanted)
    views: dict[str, EntityView] = {}
    for e in ents:
        root = canon.get(e.id, e.id)
        v = views.get(root)
        if v is None:
            v = views[root] = EntityView(root, kind, e.name if root == e.id else "", [], [])
        v.entity_ids.append(e.id)
        v.names.append(e.name)
        if root == e.id:
            v.name = e.name
    for v in views.values():
        if not v.name:
            v.name = v.names[0]
    if not views:
        return []
    known = {e for v in views.values() for e in v.entity_ids}
    st = statement.c  # the columns of a Fact, in its order: each row read as a plain tuple makes one
    sq = select(st.id, st.entity_id, st.prop, st.value, st.original, st.dataset, st.source_id, st.locator, st.passage,
                st.note, st.recorded_at, st.retracted_at, st.retracted_by) \
        .join(entity, entity.c.id == statement.c.entity_id).where(entity.c.kind == kind)
    if not history:
        sq = sq.where(active(statement, as_of))
    elif as_of is not None:
        sq = sq.where(statement.c.recorded_at <= as_of)
    if wanted is not None:
        sq = sq.where(statement.c.entity_id.in_(known))
    for row in conn.execute(sq).all():
        if row[1] in known:
            f = Fact(*row)
            if as_of is not None and f.retracted_at is not None and f.retracted_at > as_of:
                f.retracted_at = None  # not yet superseded at that moment
            views[canon.get(f.entity_id, f.entity_id)].facts.append(f)
    if with_members:
        _attach_members(conn, kind, views, canon, known, as_of, page)
    return sorted(views.values(), key=lambda v: (v.name, v.id))


def _attach_members(conn: Connection, kind: str, views: dict[str, EntityView], canon: dict[str, str],
                    known: set[str], as_of: str | None, page: slice | None = None) -> None:
    org_canon = canon if kind == "org" else canonical_map(conn, "org", as_of)
    all_canon = canonical_map(conn, "alliance", as_of) if kind == "org" else canon
    col = membership.c.alliance_id if kind == "alliance" else membership.c.org_id
    m_ = membership.c
    # the columns a Member holds, read as plain tuples all at once (a registry's
    # million memberships: a Row's attributes, one by one, were most of the time)
    mq = select(m_.id, m_.alliance_id, m_.org_id, m_.role, m_.since, m_.until, m_.dataset, m_.source_id,
                m_.locator, m_.passage, m_.note, m_.recorded_at).where(active(membership, as_of))
    if len(known) < 5000:
        mq = mq.where(col.in_(known))
    at = 1 if kind == "alliance" else 2
    rows = [r for r in conn.execute(mq).all() if r[at] in known]
    rank = {role: i for i, role in enumerate(ROLE_ORDER)}
    named: dict[str, list[tuple[Any, ...]]] = {}
    if page is not None and kind == "alliance":
        rows, named = _page(views, rows, canon, org_canon, rank, page)
    org_ids = {org_canon.get(r[2], r[2]) for r in rows} | {org_canon.get(r[2], r[2]) for rs in named.values() for r in rs}
    names = _names(conn, "org", org_ids, org_canon)

    def member(row: tuple[Any, ...]) -> Member:
        mid, alliance_id, org_id, role, since, until, dataset, source_id, locator, passage, note, recorded = row
        oid = org_canon.get(org_id, org_id)
        return Member(mid, all_canon.get(alliance_id, alliance_id), oid, names.get(oid, oid), role, since, until,
                      dataset, source_id, locator, passage, note, recorded, None)

    for row in rows:
        m = member(row)
        if kind == "alliance":
            views[m.alliance_id].members.append(m)
        else:
            views[m.org_id].memberships.append(m)
    for aid, rs in named.items():
        views[aid].paged.named.extend(map(member, rs))  # type: ignore[union-attr]
    if kind == "alliance":
        cq = select(count_fact).where(active(count_fact, as_of))
        for r in conn.execute(cq):
            aid = canon.get(r.alliance_id, r.alliance_id)
            if aid in views:
                views[aid].counts.append(CountView(r.id, aid, r.role, r.count, r.qualifier, r.kind, r.original,
                                                   r.dataset, r.source_id, r.locator, r.passage, r.note,
                                                   r.recorded_at, None))
        for v in views.values():
            v.members.sort(key=lambda m: (rank.get(m.role, 99), m.recorded_at, m.id))


def _page(views: dict[str, EntityView], rows: list[tuple[Any, ...]], canon: dict[str, str], org_canon: dict[str, str],
          rank: dict[str, int], page: slice) -> tuple[list[tuple[Any, ...]], dict[str, list[tuple[Any, ...]]]]:
    """The membership ``rows`` on ``page`` of each alliance's members, in the
    order they are listed; each view told what the rest hold (:class:`Paged`),
    and the rows of members in a role its summary names, by alliance."""
    by_alliance: dict[str, list[tuple[Any, ...]]] = {}
    for r in rows:
        by_alliance.setdefault(canon.get(r[1], r[1]), []).append(r)
    kept: list[tuple[Any, ...]] = []
    named: dict[str, list[tuple[Any, ...]]] = {}
    for aid, rs in by_alliance.items():
        rs.sort(key=lambda r: (rank.get(r[3], 99), r[11], r[0]))
        named[aid] = [r for r in rs if r[3] in ROLES_NAMED]
        views[aid].paged = Paged(len(rs), len({org_canon.get(r[2], r[2]) for r in rs}), frozenset(r[6] for r in rs), [])
        kept.extend(rs[page])
    for v in views.values():  # an alliance with no members has an empty page
        if v.paged is None:
            v.paged = Paged(0, 0, frozenset(), [])
    return kept, named


def shown(conn: Connection, kind: str, props: tuple[str, ...],
          ids: Iterable[str] | None = None) -> list[tuple[str, str, dict[str, str | None]]]:
    """Every standing entity of ``kind`` (or those ``ids`` are merged into, as
    :func:`load` gives them) as (id, name, the value shown first of each of
    ``props``, None where nothing is stated): what
    ``[(v.id, v.name, {p: v.value(p) for p in props}) for v in load(...)]``
    gives, read set-wise. The rules that run over the whole registry need
    only this, and building every organisation's view for it took most of
    the minute `xietong init` spent on 200,000 organisations; an import's
    50,000 new members took two seconds so."""
    canon = canonical_map(conn, kind)
    wanted: set[str] | None = None
    if ids is not None:
        roots = {canon.get(i, i) for i in ids}
        wanted = {e for e, r in canon.items() if r in roots} | roots
    few = wanted is not None and len(wanted) <= CHUNK  # else read them all and keep those wanted
    names: dict[str, str] = {}  # root -> its name as load gives it: the root's own, else its first listed entity's
    standing: set[str] = set()
    for eid, name in _listed(conn, kind, None, wanted if few else None):
        if wanted is not None and eid not in wanted:
            continue
        standing.add(eid)
        root = canon.get(eid, eid)
        if root == eid or root not in names:
            names[root] = name
    best: dict[tuple[str, str], tuple[tuple[int, str, str], str]] = {}  # (root, prop) -> (precedence, value)
    q = (select(statement.c.entity_id, statement.c.prop, statement.c.value, statement.c.dataset,
                statement.c.recorded_at, statement.c.id)
         .join(entity, entity.c.id == statement.c.entity_id)
         .where(entity.c.kind == kind, statement.c.prop.in_(props), active(statement, None)))
    if few:
        q = q.where(statement.c.entity_id.in_(standing))
    for eid, prop, value, dataset, recorded_at, fid in plain_rows(conn, q):
        if eid in standing:
            key, rank = (canon.get(eid, eid), prop), precedence(dataset, recorded_at, fid)
            if key not in best or rank < best[key][0]:
                best[key] = (rank, value)
    return [(root, name, {p: best[(root, p)][1] if (root, p) in best else None for p in props})
            for root, name in names.items()]


def member_kinds(conn: Connection) -> dict[str, list[str]]:
    """The kind of each member in force of every alliance (by canonical ids),
    once per membership: what ``[o.value("kind") for o in members]`` gives on
    the alliances' and organisations' views, read set-wise (see :func:`shown`).
    Classifying the registry needs only this."""
    gone = withdrawn(conn)
    a_canon, o_canon = canonical_map(conn, "alliance"), canonical_map(conn, "org")
    kind_of = {oid: values["kind"] for oid, _, values in shown(conn, "org", ("kind",)) if values["kind"]}
    out: dict[str, list[str]] = {}
    mq = select(membership.c.alliance_id, membership.c.org_id).where(active(membership, None))
    for aid, oid in plain_rows(conn, mq):
        kind = kind_of.get(o_canon.get(oid, oid))
        if kind is not None and aid not in gone:
            out.setdefault(a_canon.get(aid, aid), []).append(kind)
    return out


def _names(conn: Connection, kind: str, ids: set[str], canon: dict[str, str]) -> dict[str, str]:
    """Display names of canonical entities (the canonical entity's own name)."""
    out: dict[str, str] = {}
    id_list = list(ids)
    for i in range(0, len(id_list), 900):
        chunk = id_list[i : i + 900]
        for row in conn.execute(select(entity.c.id, entity.c.name).where(entity.c.id.in_(chunk))):
            out[row.id] = row.name
    return out


def find(conn: Connection, kind: str | None, text: str, as_of: str | None = None,
         page: slice | None = None) -> list[EntityView]:
    """Entities whose id, name or alias is ``text`` (exactly), else contains it."""
    from xietong import names

    try:
        names.clean(text)
    except names.NameError_:
        return []  # empty, or control characters (PostgreSQL refuses NUL outright): names nothing
    kinds = [kind] if kind else ["alliance", "org"]
    out: list[EntityView] = []
    for k in kinds:
        row = conn.execute(select(entity.c.id).where(entity.c.id == text, entity.c.kind == k)).first()
        if row:
            return load(conn, k, as_of=as_of, ids=[row.id], history=True, page=page)
        hits = {r.id for r in conn.execute(select(entity.c.id).where(entity.c.kind == k, entity.c.name == text))}
        hits |= {
            r.entity_id
            for r in conn.execute(
                select(statement.c.entity_id).join(entity, entity.c.id == statement.c.entity_id)
                .where(entity.c.kind == k, statement.c.prop.in_(("name", "aliases", "former_names")),
                       statement.c.value == text)
            )
        }
        if not hits:
            like = f"%{names.clean(text)}%"
            hits = {r.id for r in conn.execute(select(entity.c.id).where(entity.c.kind == k, entity.c.name.like(like)).limit(50))}
        if hits:
            out.extend(load(conn, k, as_of=as_of, ids=sorted(hits), history=True, page=page))
    return out


def sources(conn: Connection, ids: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    id_list = list(ids)
    for i in range(0, len(id_list), 900):
        for row in conn.execute(select(source).where(source.c.id.in_(id_list[i : i + 900]))):
            out[row.id] = row
    return out



