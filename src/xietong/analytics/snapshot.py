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
from sqlalchemy import Connection, case, func, literal_column, select

from xietong.analytics.arrays import distinct, distinct_counts
from xietong.regions import regions
from xietong.resolution import active, canonical_map, withdrawn
from xietong.store.rows import plain_rows
from xietong.store.tables import count_fact, entity, event, membership, regional_stat, statement
from xietong.vocab import roles

ALLIANCE_SINGLE = ("type", "founded", "city", "sector", "cluster", "status", "name_en")
ALLIANCE_MULTI = ("domains", "relations", "regions")
ORG_PROPS = ("kind", "province", "collective", "industries", "regions")
ROLES = roles()  # member last: a role not known counts as a member
assert len(ROLES) <= 64, "memberships_keyed writes a role as one character from '0' on"
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
    name_en: str | None = None  # its English name, where a source gives one (shown to English readers)
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
    read_as: str = "rows"  # how organisations' facts and memberships were read: "keys" or "rows" (see load)

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
        key = distinct(self.m_alliance.astype(np.int64) * self.n_orgs + self.m_org)
        return (key // self.n_orgs).astype(np.int32), (key % self.n_orgs).astype(np.int32)

    @cached_property
    def org_degree(self) -> np.ndarray:
        """How many alliances each organisation is in (any role), by position: worked out once, read by
        the network indicators, the explorer, the brief's graph and the organisation directory."""
        return np.bincount(self.pairs[1], minlength=self.n_orgs)

    @cached_property
    def alliance_size(self) -> np.ndarray:
        """How many organisations each alliance has (any role), by position."""
        return np.bincount(self.pairs[0], minlength=self.n_alliances)

    @cached_property
    def reach(self) -> tuple[np.ndarray, np.ndarray]:
        """:func:`xietong.analytics.network.reach` of this snapshot, worked out
        once: the network pages ask for it on every view."""
        from xietong.analytics.network import reach

        return reach(self)

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


    def cluster_of(self, alliance_id: str) -> str | None:
        """The city cluster an alliance is scoped to: its ``cluster`` fact, or else the cluster
        its name begins with (长三角…联盟); None when neither says."""
        from xietong.names import scoped_cluster

        a = self.alliances[alliance_id]
        return scoped_cluster(a.cluster, a.name)

    def of_cluster(self, cluster: str, provinces: tuple[str, ...]) -> Snapshot:
        """The alliances scoped to the city cluster ``cluster`` (its id; :meth:`cluster_of`),
        their members, and the organisations that belong to one of the cluster's ``provinces``
        (in an alliance or not: the brief counts those in none). An alliance whose scope is
        unknown is in no cluster. Positions are renumbered; ids, names and facts are as they were."""
        keep_a = [i for i, a_id in enumerate(self.alliance_ids) if self.cluster_of(a_id) == cluster]
        a_new = np.full(self.n_alliances + 1, -1, dtype=np.int64)
        a_new[keep_a] = np.arange(len(keep_a))
        rows = a_new[self.m_alliance] >= 0 if self.m_alliance.size else np.zeros(0, dtype=bool)
        here = {self.province_index(p) for p in provinces} - {-1}
        keep_o = np.zeros(self.n_orgs, dtype=bool)
        keep_o[self.m_org[rows]] = True
        keep_o |= np.isin(self.org_prov, list(here))
        for o, spans in self.org_spans.items():
            keep_o[o] |= bool(here.intersection(spans))
        kept = np.flatnonzero(keep_o)
        o_new = np.full(self.n_orgs + 1, -1, dtype=np.int64)
        o_new[kept] = np.arange(kept.size)
        return Snapshot(
            alliances={self.alliance_ids[i]: self.alliances[self.alliance_ids[i]] for i in keep_a},
            alliance_ids=[self.alliance_ids[i] for i in keep_a],
            org_ids=[self.org_ids[o] for o in kept.tolist()], org_names=[self.org_names[o] for o in kept.tolist()],
            org_kind=self.org_kind[kept], org_prov=self.org_prov[kept], org_collective=self.org_collective[kept],
            org_spans={int(o_new[o]): v for o, v in self.org_spans.items() if keep_o[o]},
            org_industries={int(o_new[o]): v for o, v in self.org_industries.items() if keep_o[o]},
            m_alliance=a_new[self.m_alliance[rows]].astype(np.int32), m_org=o_new[self.m_org[rows]].astype(np.int32),
            m_role=self.m_role[rows], provinces=self.provinces, as_of=self.as_of, stats=self.stats, read_as=self.read_as)


def _precedence(row: Any) -> tuple[int, str, str]:
    """Which stated value is shown (:func:`xietong.views.precedence`)."""
    from xietong.views import precedence

    return precedence(row[3], row[4], row[0])


def load(conn: Connection, as_of: str | None = None, *, keyed: bool = True) -> Snapshot:
    """The registry at ``as_of`` (now when None) as a snapshot.

    Organisations' facts and memberships number millions; reading them row by
    row makes two Python strings per id, and that — not the database — was
    most of the time. So by default (``keyed``) they are read as 64-bit keys:
    the database joins the ids of a column (or of a group) into one string,
    numpy decodes the first 16 hex digits of each (:func:`xietong.ids.make_id`)
    and ``searchsorted`` maps keys to indices. Ids of another shape, or
    two entities whose keys coincide, fall back to the row-by-row reading,
    which stays as the reference (``keyed=False``) that tests hold the keyed
    reading to."""
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
    for eid, kind, name in plain_rows(conn, q.order_by(entity.c.created_at, entity.c.id)):
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
    alliance_ids = sorted(alliances)
    a_index = {a: i for i, a in enumerate(alliance_ids)}
    r = _Reading(conn, as_of, a_canon, o_canon, kind_of, alliances, a_index, org_ids, org_index)
    r.alliance_statements()
    read_as = "keys"
    try:
        if not keyed:
            raise ValueError("read as rows")
        a_keys, o_keys = _Keys.of(r, "alliance"), _Keys.of(r, "org")
        r.org_statements_keyed(o_keys)
        m_alliance, m_org, m_role = r.memberships_keyed(a_keys, o_keys)
    except ValueError:  # an id of another shape, or two sharing a key
        read_as = "rows"
        r.reset()
        r.org_statements_rows()
        m_alliance, m_org, m_role = r.memberships_rows()
    for o in list(r.org_spans):
        if not r.org_collective[o] or r.org_prov[o] >= 0:
            del r.org_spans[o]  # only a collective without its own province spans its regions
        else:
            r.org_spans[o].sort()
    for inds in r.org_industries.values():
        inds.sort()
    for a in alliances.values():
        a.regions.sort()
    # one row per distinct (alliance, org, role), in that order
    k = len(ROLES)
    m = distinct(m_alliance.astype(np.int64) * (n_o * k) + m_org.astype(np.int64) * k + m_role.astype(np.int64))
    m_alliance = (m // (n_o * k)).astype(np.int32) if n_o else np.zeros(0, np.int32)
    m_org = ((m // k) % n_o).astype(np.int32) if n_o else np.zeros(0, np.int32)
    m_role = (m % k).astype(np.int8)
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
    stats = [{"region": r_, "sector": k, "measure": m_, "year": y, "value": v, "unit": u}
             for r_, k, m_, y, v, u in conn.execute(
                 select(regional_stat.c.region, regional_stat.c.sector, regional_stat.c.measure, regional_stat.c.year,
                        regional_stat.c.value, regional_stat.c.unit).where(active(regional_stat, as_of)))]
    return Snapshot(alliances, alliance_ids, org_ids, org_names, r.org_kind, r.org_prov, r.org_collective, r.org_spans,
                    r.org_industries, m_alliance, m_org, m_role, r.provinces, as_of, stats, read_as)


ORG_SINGLE = ("kind", "province", "collective")
ROLE_INDEX = {r: i for i, r in enumerate(ROLES)}
KIND_INDEX = {k: i for i, k in enumerate(KINDS)}


class _Reading:
    """The organisations' columns while they are read, and the two ways of
    reading their facts and memberships into them."""

    def __init__(self, conn: Connection, as_of: str | None, a_canon: dict[str, str], o_canon: dict[str, str],
                 kind_of: dict[str, str], alliances: dict[str, Alliance], a_index: dict[str, int],
                 org_ids: list[str], org_index: dict[str, int]) -> None:
        self.conn, self.as_of = conn, as_of
        self.a_canon, self.o_canon, self.kind_of = a_canon, o_canon, kind_of
        self.alliances, self.a_index = alliances, a_index
        self.org_ids, self.org_index = org_ids, org_index
        self.provinces = sorted({r.province for r in regions().values()})
        p_index = {c: i for i, c in enumerate(self.provinces)}
        self.prov_of = {code: p_index[r.province] for code, r in regions().items()}
        self.reset()

    def reset(self) -> None:
        n_o = len(self.org_ids)
        self.org_kind = np.full(n_o, -1, dtype=np.int8)
        self.org_prov = np.full(n_o, -1, dtype=np.int16)
        self.org_collective = np.zeros(n_o, dtype=bool)
        self.org_spans: dict[int, list[int]] = {}
        self.org_industries: dict[int, list[str]] = {}

    def alliance_statements(self) -> None:
        """Alliances are few: their facts are read row by row."""
        single: dict[tuple[str, str], Any] = {}
        props = sorted(set(ALLIANCE_SINGLE + ALLIANCE_MULTI))
        for row in plain_rows(self.conn, self._statements(props)):
            _sid, eid, prop, _ds, _at, value = row
            if self.kind_of.get(eid) != "alliance":
                continue
            a = self.alliances.get(self.a_canon.get(eid, eid))
            if a is None:
                continue
            if prop in ALLIANCE_MULTI:
                values = getattr(a, prop)
                if value not in values:
                    values.append(value)
            else:
                key = (a.id, prop)
                if key not in single or _precedence(row) < _precedence(single[key]):
                    single[key] = row
        for (aid, prop), row in single.items():
            setattr(self.alliances[aid], prop, row[5])

    def _statements(self, props: list[str] | tuple[str, ...]) -> Any:
        return select(statement.c.id, statement.c.entity_id, statement.c.prop, statement.c.dataset,
                      statement.c.recorded_at, statement.c.value).where(statement.c.prop.in_(props),
                                                                         active(statement, self.as_of))

    def _org_of(self, eid: str) -> int | None:
        if self.kind_of.get(eid) != "org":
            return None
        return self.org_index.get(self.o_canon.get(eid, eid))

    def _multi(self, o: int, prop: str, value: str) -> None:
        if prop == "industries":
            inds = self.org_industries.setdefault(o, [])
            if value not in inds:
                inds.append(value)
        elif prop == "regions":
            p = self.prov_of.get(value)
            if p is not None and p not in self.org_spans.setdefault(o, []):
                self.org_spans[o].append(p)

    def _single(self, o: int | np.ndarray, prop: str, value: str) -> None:
        """Set one organisation's (or an array of them) single-valued fact."""
        if prop == "kind":
            self.org_kind[o] = KIND_INDEX.get(value, -1)
        elif prop == "province":
            self.org_prov[o] = self.prov_of.get(value, -1)
        elif prop == "collective":
            self.org_collective[o] = value == "true"

    def _singles_rows(self, rows: Any) -> None:
        """Single-valued facts read as rows: where several are in force, the
        one :func:`xietong.views.precedence` puts first."""
        single: dict[tuple[int, str], Any] = {}
        for row in rows:
            o = self._org_of(row[1])
            if o is None:
                continue
            key = (o, row[2])
            if key not in single or _precedence(row) < _precedence(single[key]):
                single[key] = row
        for (o, prop), row in single.items():
            self._single(o, prop, row[5])

    def org_statements_rows(self) -> None:
        rows = []
        for row in plain_rows(self.conn, self._statements(ORG_PROPS)):
            if row[2] in ORG_SINGLE:
                rows.append(row)
            else:
                o = self._org_of(row[1])
                if o is not None:
                    self._multi(o, row[2], row[5])
        self._singles_rows(rows)

    def memberships_rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        ma: list[int] = []
        mo: list[int] = []
        mr: list[int] = []
        a_canon, o_canon, a_index, org_index = self.a_canon, self.o_canon, self.a_index, self.org_index
        mq = select(membership.c.alliance_id, membership.c.org_id, membership.c.role).where(
            active(membership, self.as_of))
        for a_id, o_id, role in plain_rows(self.conn, mq):
            ai = a_index.get(a_canon.get(a_id, a_id) if a_canon else a_id)
            oi = org_index.get(o_canon.get(o_id, o_id) if o_canon else o_id)
            if ai is None or oi is None:
                continue
            ma.append(ai)
            mo.append(oi)
            mr.append(ROLE_INDEX.get(role, len(ROLES) - 1))
        return np.array(ma, dtype=np.int32), np.array(mo, dtype=np.int32), np.array(mr, dtype=np.int8)

    def org_statements_keyed(self, keys: _Keys) -> None:
        """Organisations' facts grouped by (property, value) in the database:
        their values are few (kinds, region codes, sectors), their subjects
        many, and the subjects come back as one string of ids per group."""
        q = (select(statement.c.prop, statement.c.value, _joined(self.conn, statement.c.entity_id), func.count())
             .where(statement.c.prop.in_(ORG_PROPS), active(statement, self.as_of))
             .group_by(statement.c.prop, statement.c.value))
        singles: dict[str, list[tuple[np.ndarray, str]]] = {}
        for prop, value, heads, n in self.conn.execute(q):
            orgs = keys.find(*_id_keys(heads, n), stated=True)
            orgs = orgs[orgs >= 0]
            if prop in ORG_SINGLE:
                singles.setdefault(prop, []).append((orgs, value))
            elif prop == "industries":  # one group per value: no value twice in a list
                inds = self.org_industries
                for o in distinct(orgs).tolist():
                    inds.setdefault(o, []).append(value)
            else:
                for o in distinct(orgs).tolist():
                    self._multi(o, prop, value)
        contested: set[int] = set()
        for prop, groups in singles.items():
            every = np.concatenate([g for g, _ in groups])
            uniq, counts = distinct_counts(every)
            twice = uniq[counts > 1]
            contested.update(twice.tolist())
            for orgs, value in groups:
                self._single(orgs[~np.isin(orgs, twice)], prop, value)
        if contested:
            # several values in force for one organisation (two sources, or
            # merged entities): read those few as rows and apply precedence
            ids = sorted(keys.ids_of(contested))
            rows = []
            for i in range(0, len(ids), 900):
                q2 = self._statements(ORG_SINGLE).where(statement.c.entity_id.in_(ids[i:i + 900]))
                rows.extend(self.conn.execute(q2).all())
            self._singles_rows(rows)

    def memberships_keyed(self, a_keys: _Keys, o_keys: _Keys) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        # each row's role as one ASCII character, "0" + its index (past "9" come ":", ";" …);
        # the commonest role first: most rows stop at the first test
        role = case(*((membership.c.role == r, chr(ord("0") + ROLE_INDEX[r])) for r in ("member", *ROLES[:-1])),
                    else_=chr(ord("0") + ROLE_INDEX["member"]))
        cols = (_joined(self.conn, membership.c.alliance_id), _joined(self.conn, membership.c.org_id),
                _joined(self.conn, role, ""), func.count())
        parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for where in _chunks(self.conn, membership):
            a_ids, o_ids, roles, n = self.conn.execute(
                select(*cols).where(active(membership, self.as_of), *where)).one()
            if not n:
                continue
            ai = a_keys.find(*_id_keys(a_ids, n))
            oi = o_keys.find(*_id_keys(o_ids, n))
            ri = np.frombuffer(roles.encode("ascii"), dtype=np.uint8).astype(np.int8) - ord("0")
            ok = (ai >= 0) & (oi >= 0)
            parts.append((ai[ok], oi[ok], ri[ok]))
        if not parts:
            return np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.int8)
        return tuple(np.concatenate(c) for c in zip(*parts, strict=True))  # type: ignore[return-value]


class _Keys:
    """One kind of entity (alliances or organisations) by 64-bit key: the
    first 16 hex digits of the id after its prefix letter. Lookups compare
    the prefix letter too (the hash behind an id need not include it), so a
    key leads to an entity only if both agree, else nowhere (-1)."""

    def __init__(self, ids: list[str], slots: list[int], stated: list[bool]) -> None:
        keys, first = _id_keys(SEP.join(ids), len(ids))  # decoded as the ids the database joins
        order = np.argsort(keys, kind="stable")
        self.sorted = keys[order]
        if len(self.sorted) > 1 and not (self.sorted[1:] != self.sorted[:-1]).all():
            raise ValueError("two ids share a key")
        self.first = first[order]
        self.slot = np.array(slots, dtype=np.int32)[order]
        self.stated = np.array(stated, dtype=bool)[order]
        self.ids = [ids[i] for i in order.tolist()]

    @classmethod
    def of(cls, r: _Reading, kind: str) -> _Keys:
        """The keys of every id a fact or membership can lead through to an
        entity of this kind: the entities read, and merged ids whose
        canonical entity was read (a membership follows a merge even to an
        entity no longer listed; facts are read only about those listed).
        ValueError when the ids are not all of the :func:`make_id` shape or
        two of them share a key."""
        canon, index = (r.a_canon, r.a_index) if kind == "alliance" else (r.o_canon, r.org_index)
        ids: list[str] = []
        slots: list[int] = []
        stated: list[bool] = []
        for eid, k in r.kind_of.items():
            if k == kind:
                ids.append(eid)
                slots.append(index.get(canon.get(eid, eid), -1))
                stated.append(True)
        for eid, root in canon.items():
            if eid not in r.kind_of and root in index:
                ids.append(eid)
                slots.append(index[root])
                stated.append(False)
        return cls(ids, slots, stated)

    def find(self, keys: np.ndarray, firsts: np.ndarray, *, stated: bool = False) -> np.ndarray:
        """The slot of each key (-1 where none); with ``stated`` only the
        entities read count."""
        if not len(self.sorted):
            return np.full(len(keys), -1, dtype=np.int32)
        pos = np.minimum(np.searchsorted(self.sorted, keys), len(self.sorted) - 1)
        found = (self.sorted[pos] == keys) & (self.first[pos] == firsts)
        if stated:
            found &= self.stated[pos]
        return np.where(found, self.slot[pos], -1)

    def ids_of(self, slots: set[int]) -> list[str]:
        return [self.ids[i] for i in np.flatnonzero(np.isin(self.slot, list(slots)) & self.stated).tolist()]


ID_LENGTH = 33  # make_id: a prefix letter and 32 hex digits
SEP = "|"

HEX = np.full(256, 255, dtype=np.uint8)
HEX[np.frombuffer(b"0123456789", np.uint8)] = np.arange(10)
HEX[np.frombuffer(b"abcdef", np.uint8)] = np.arange(10, 16)
HEX[np.frombuffer(b"ABCDEF", np.uint8)] = np.arange(10, 16)


def _id_keys(joined: str | None, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The 64-bit keys (the first 16 hex digits after the prefix letter) and
    the prefix letters of ``n`` ids joined by ``SEP``.

    ValueError unless every id has the :func:`make_id` shape: the string must
    be n ASCII records of ``ID_LENGTH`` characters, each followed by the one
    separator it holds, so an id of another length or with a separator in it
    cannot shift the others unnoticed."""
    raw = ((joined or "") + SEP).encode("ascii") if n else b""
    width = ID_LENGTH + 1
    if len(raw) != n * width:
        raise ValueError(f"expected {n} ids of {ID_LENGTH} characters")
    rec = np.frombuffer(raw, dtype=np.uint8).reshape(n, width)
    sep = ord(SEP)
    if not (rec[:, ID_LENGTH] == sep).all() or np.count_nonzero(rec == sep) != n:
        raise ValueError(f"ids not all of {ID_LENGTH} characters")
    nib = HEX[rec[:, 1:17]]
    if (nib == 255).any():
        raise ValueError("an id that is not hexadecimal")
    packed = np.ascontiguousarray((nib[:, 0::2] << 4) | nib[:, 1::2])
    return packed.view(">u8").ravel().astype(np.uint64), rec[:, 0].copy()


def _joined(conn: Connection, expr: Any, sep: str = SEP) -> Any:
    """The values of a group joined into one string by ``sep`` (ids by
    ``SEP``), in one order for every such column of a query."""
    glue = literal_column(f"'{sep}'")
    if conn.dialect.name == "postgresql":
        return func.string_agg(expr, glue)
    return func.group_concat(expr, glue)


CHUNK = 2_000_000


def _chunks(conn: Connection, table: Any) -> Any:
    """Conditions that split a table into parts small enough to concatenate
    (SQLite limits a string to 1e9 bytes): rowid ranges on SQLite, the whole
    table elsewhere."""
    if conn.dialect.name != "sqlite":
        yield ()
        return
    rowid = literal_column("rowid")
    top = conn.execute(select(func.max(rowid)).select_from(table)).scalar() or 0
    for lo in range(0, top + 1, CHUNK):
        yield (rowid >= lo, rowid < lo + CHUNK)
