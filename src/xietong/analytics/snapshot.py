"""The registry as the analytics read it, at a moment, merged entities read as
one. Alliances are few and kept as objects; organisations and memberships can
number millions, so they are columns (numpy arrays) read with a few set-wise
queries. The registry stays the source of truth; this is a derived view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
from sqlalchemy import Connection, select

from xietong.regions import regions
from xietong.resolution import active, canonical_map, withdrawn
from xietong.store.tables import count_fact, entity, event, membership, regional_stat, statement

ALLIANCE_SINGLE = ("type", "founded", "city", "sector", "cluster", "status")
ALLIANCE_MULTI = ("domains", "relations", "regions")
ORG_PROPS = ("kind", "province", "collective", "industries", "regions")
ROLES = ("initiator", "lead", "secretariat", "guide", "chair", "member")
KINDS = ("enterprise", "university", "research_institute", "association", "government", "public_institution",
         "financial", "park", "other")


@dataclass
class Alliance:
    id: str
    name: str
    type: str | None = None
    founded: str | None = None
    city: str | None = None
    sector: str | None = None
    cluster: str | None = None
    status: str | None = None
    domains: list[str] = field(default_factory=list)
    relations: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    counts: list[dict[str, Any]] = field(default_factory=list)  # count-only facts: {role, count, qualifier, kind}
    events: list[dict[str, Any]] = field(default_factory=list)  # {kind, date, title, dataset}


@dataclass
class OrgView:
    index: int
    id: str
    name: str
    kind: str | None
    provinces: list[str]
    collective: bool
    industries: list[str]


@dataclass
class Snapshot:
    alliances: dict[str, Alliance]
    alliance_ids: list[str]            # index -> id
    org_ids: list[str]                 # index -> id
    org_names: list[str]
    org_kind: np.ndarray               # int8 index into KINDS, -1 unknown
    org_prov: np.ndarray               # int16 index into provinces, -1 unknown (collectives: see org_spans)
    org_collective: np.ndarray         # bool
    org_spans: dict[int, list[int]]    # collective org index -> province indices it spans
    org_industries: dict[int, list[str]]
    m_alliance: np.ndarray             # int32, one row per distinct (alliance, org, role)
    m_org: np.ndarray                  # int32
    m_role: np.ndarray                 # int8 index into ROLES
    provinces: list[str]               # province index -> GB/T 2260 code
    as_of: str | None = None
    stats: list[dict[str, Any]] = field(default_factory=list)  # regional statistics in force

    @property
    def n_alliances(self) -> int:
        return len(self.alliance_ids)

    @property
    def n_orgs(self) -> int:
        return len(self.org_ids)

    def province_index(self, code: str) -> int:
        return self.provinces.index(code) if code in self.provinces else -1

    def alliance(self, i: int) -> Alliance:
        return self.alliances[self.alliance_ids[i]]

    def org(self, i: int) -> OrgView:
        k = int(self.org_kind[i])
        return OrgView(i, self.org_ids[i], self.org_names[i], KINDS[k] if k >= 0 else None, self.org_provinces(i),
                       bool(self.org_collective[i]), self.org_industries.get(i, []))

    def org_provinces(self, i: int) -> list[str]:
        if self.org_prov[i] >= 0:
            return [self.provinces[self.org_prov[i]]]
        return [self.provinces[p] for p in self.org_spans.get(i, [])]

    @cached_property
    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """Distinct (alliance, org) memberships, whatever the roles."""
        key = np.unique(self.m_alliance.astype(np.int64) * self.n_orgs + self.m_org)
        return (key // self.n_orgs).astype(np.int32), (key % self.n_orgs).astype(np.int32)

    def counts_by_province(self, alliances: np.ndarray, orgs: np.ndarray, *, collectives: bool = True) -> np.ndarray:
        """An (alliances × provinces) matrix counting the given memberships by the
        members' provinces; a collective counts in each province it spans."""
        n_p = len(self.provinces)
        prov = self.org_prov[orgs]
        known = prov >= 0
        if not collectives:
            known &= ~self.org_collective[orgs]
        flat = alliances[known].astype(np.int64) * n_p + prov[known]
        c = np.bincount(flat, minlength=self.n_alliances * n_p)
        if collectives and self.org_spans:
            extra = [a * n_p + p for a, o in zip(alliances[~known].tolist(), orgs[~known].tolist(), strict=True)
                     for p in self.org_spans.get(o, [])]
            if extra:
                c = c + np.bincount(np.array(extra, dtype=np.int64), minlength=self.n_alliances * n_p)
        return c.reshape(self.n_alliances, n_p)


PARTITION = 100_000


def _rows(conn: Connection, query: Any) -> Any:
    """All rows as plain tuples from the DB-API cursor, in large batches: for
    millions of rows, per-row result objects cost more than the database.
    The query is ours (no user input), compiled with its constants inline."""
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(PARTITION):
            yield from batch
    finally:
        cursor.close()


def _precedence(row: Any) -> tuple[int, str, str]:
    """Which stated value is shown (:func:`xietong.views.precedence`)."""
    from xietong.views import precedence

    return precedence(row[3], row[4], row[0])


def load(conn: Connection, as_of: str | None = None) -> Snapshot:
    a_canon = canonical_map(conn, "alliance", as_of)
    o_canon = canonical_map(conn, "org", as_of)
    q = select(entity.c.id, entity.c.kind, entity.c.name)
    if as_of is not None:
        q = q.where(entity.c.created_at <= as_of)
    alliances: dict[str, Alliance] = {}
    org_index: dict[str, int] = {}
    org_ids: list[str] = []
    org_names: list[str] = []
    kind_of: dict[str, str] = {}
    gone = withdrawn(conn, as_of)
    for eid, kind, name in _rows(conn, q.order_by(entity.c.created_at, entity.c.id)):
        if eid in gone:
            continue
        kind_of[eid] = kind
        if kind == "alliance":
            root = a_canon.get(eid, eid)
            if root not in alliances:
                alliances[root] = Alliance(root, name)
            if root == eid:
                alliances[root].name = name  # the canonical entity's own name
        else:
            root = o_canon.get(eid, eid)
            if root not in org_index:
                org_index[root] = len(org_ids)
                org_ids.append(root)
                org_names.append(name)
            if root == eid:
                org_names[org_index[root]] = name
    n_o = len(org_ids)
    province_codes = sorted({r.province for r in regions().values()})
    p_index = {c: i for i, c in enumerate(province_codes)}
    prov_of = {code: p_index[r.province] for code, r in regions().items()}
    kind_index = {k: i for i, k in enumerate(KINDS)}
    org_kind = np.full(n_o, -1, dtype=np.int8)
    org_prov = np.full(n_o, -1, dtype=np.int16)
    org_collective = np.zeros(n_o, dtype=bool)
    org_spans: dict[int, list[int]] = {}
    org_industries: dict[int, list[str]] = {}
    single: dict[tuple[str, str], Any] = {}
    props = ALLIANCE_SINGLE + ALLIANCE_MULTI + ORG_PROPS
    sq = select(statement.c.id, statement.c.entity_id, statement.c.prop, statement.c.dataset, statement.c.recorded_at,
                statement.c.value).where(statement.c.prop.in_(sorted(set(props))), active(statement, as_of))
    for row in _rows(conn, sq):
        _sid, eid, prop, _ds, _at, value = row
        kind = kind_of.get(eid)
        if kind == "alliance":
            a = alliances.get(a_canon.get(eid, eid))
            if a is None:
                continue
            if prop in ALLIANCE_MULTI:
                values = getattr(a, prop)
                if value not in values:
                    values.append(value)
            elif prop in ALLIANCE_SINGLE:
                key = (a.id, prop)
                if key not in single or _precedence(row) < _precedence(single[key]):
                    single[key] = row
        elif kind == "org":
            o = org_index.get(o_canon.get(eid, eid))
            if o is None:
                continue
            if prop == "industries":
                inds = org_industries.setdefault(o, [])
                if value not in inds:
                    inds.append(value)
            elif prop == "regions":
                p = prov_of.get(value)
                if p is not None and p not in org_spans.setdefault(o, []):
                    org_spans[o].append(p)
            elif prop in ("kind", "province", "collective"):
                key = (org_ids[o], prop)
                if key not in single or _precedence(row) < _precedence(single[key]):
                    single[key] = row
    for (eid, prop), row in single.items():
        value = row[5]
        if eid in alliances:
            setattr(alliances[eid], prop, value)
            continue
        o = org_index[eid]
        if prop == "kind":
            org_kind[o] = kind_index.get(value, -1)
        elif prop == "province":
            org_prov[o] = prov_of.get(value, -1)
        elif prop == "collective":
            org_collective[o] = value == "true"
    for o in list(org_spans):
        if not org_collective[o] or org_prov[o] >= 0:
            del org_spans[o]  # only a collective without its own province spans its regions
        else:
            org_spans[o].sort()
    for a in alliances.values():
        a.regions.sort()
    alliance_ids = sorted(alliances)
    a_index = {a: i for i, a in enumerate(alliance_ids)}
    role_index = {r: i for i, r in enumerate(ROLES)}
    ma: list[int] = []
    mo: list[int] = []
    mr: list[int] = []
    mq = select(membership.c.alliance_id, membership.c.org_id, membership.c.role).where(active(membership, as_of))
    for a_id, o_id, role in _rows(conn, mq):
        ai = a_index.get(a_canon.get(a_id, a_id) if a_canon else a_id)
        oi = org_index.get(o_canon.get(o_id, o_id) if o_canon else o_id)
        if ai is None or oi is None:
            continue
        ma.append(ai)
        mo.append(oi)
        mr.append(role_index.get(role, len(ROLES) - 1))
    m = np.unique(np.array(ma, dtype=np.int64) * (n_o * 8) + np.array(mo, dtype=np.int64) * 8 + np.array(mr, dtype=np.int64))
    m_alliance = (m // (n_o * 8)).astype(np.int32) if n_o else np.zeros(0, np.int32)
    m_org = ((m // 8) % n_o).astype(np.int32) if n_o else np.zeros(0, np.int32)
    m_role = (m % 8).astype(np.int8)
    cq = select(count_fact.c.alliance_id, count_fact.c.role, count_fact.c.count, count_fact.c.qualifier,
                count_fact.c.kind, count_fact.c.dataset).where(active(count_fact, as_of))
    for a_id, role, count, qualifier, kind, dataset in conn.execute(cq):
        a = alliances.get(a_canon.get(a_id, a_id))
        if a is not None:
            a.counts.append({"role": role, "count": count, "qualifier": qualifier, "kind": kind, "dataset": dataset})
    eq = select(event.c.alliance_id, event.c.kind, event.c.date, event.c.title, event.c.dataset).where(active(event, as_of))
    for a_id, kind, date, title, dataset in conn.execute(eq):
        a = alliances.get(a_canon.get(a_id, a_id))
        if a is not None:
            a.events.append({"kind": kind, "date": date, "title": title, "dataset": dataset})
    stats = [{"region": r, "sector": k, "measure": m_, "year": y, "value": v, "unit": u}
             for r, k, m_, y, v, u in conn.execute(
                 select(regional_stat.c.region, regional_stat.c.sector, regional_stat.c.measure, regional_stat.c.year,
                        regional_stat.c.value, regional_stat.c.unit).where(active(regional_stat, as_of)))]
    return Snapshot(alliances, alliance_ids, org_ids, org_names, org_kind, org_prov, org_collective, org_spans,
                    org_industries, m_alliance, m_org, m_role, province_codes, as_of, stats)
