"""The registry as the analytics read it: plain arrays of alliances,
organisations and memberships in force at a moment, merged entities read as
one. Built with a few set-wise queries (not per-entity views), so it scales to
millions of memberships; the registry stays the source of truth.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from xietong.resolution import active, canonical_map
from xietong.store.tables import count_fact, entity, membership, statement

ALLIANCE_SINGLE = ("name", "type", "founded", "city", "sector", "cluster", "status")
ALLIANCE_MULTI = ("domains", "relations", "regions")
ORG_SINGLE = ("name", "kind", "province", "seat", "collective")
ORG_MULTI = ("industries", "regions")


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


@dataclass
class Org:
    id: str
    name: str
    kind: str | None = None
    province: str | None = None
    seat: str | None = None
    collective: bool = False
    industries: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)

    @property
    def provinces(self) -> list[str]:
        """Where the organisation belongs: its province, or a collective's regions."""
        from xietong.regions import regions as table

        if self.province:
            return [self.province]
        return sorted({table()[r].province for r in self.regions if r in table()}) if self.collective else []


@dataclass
class Snapshot:
    alliances: dict[str, Alliance]
    orgs: dict[str, Org]
    members: list[tuple[str, str, str]]  # (alliance id, org id, role), canonical ids, one per distinct triple
    as_of: str | None = None

    def members_of(self) -> dict[str, dict[str, set[str]]]:
        """alliance id -> role -> org ids."""
        out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for a, o, role in self.members:
            out[a][role].add(o)
        return out

    def orgs_of(self, alliance_id: str) -> set[str]:
        return {o for a, o, _ in self.members if a == alliance_id}


def _precedence(row: Any) -> tuple[bool, str, str]:
    """Which stated value is shown: a person's edit first, then the first source."""
    return (not row.dataset.startswith("user"), row.recorded_at, row.id)


def load(conn: Connection, as_of: str | None = None) -> Snapshot:
    a_canon = canonical_map(conn, "alliance", as_of)
    o_canon = canonical_map(conn, "org", as_of)
    q = select(entity.c.id, entity.c.kind, entity.c.name)
    if as_of is not None:
        q = q.where(entity.c.created_at <= as_of)
    alliances: dict[str, Alliance] = {}
    orgs: dict[str, Org] = {}
    known: dict[str, str] = {}
    for row in conn.execute(q.order_by(entity.c.created_at, entity.c.id)):
        known[row.id] = row.kind
        if row.kind == "alliance":
            root = a_canon.get(row.id, row.id)
            alliances.setdefault(root, Alliance(root, row.name))
            if root == row.id:
                alliances[root].name = row.name
        else:
            root = o_canon.get(row.id, row.id)
            orgs.setdefault(root, Org(root, row.name))
            if root == row.id:
                orgs[root].name = row.name
    props = set(ALLIANCE_SINGLE + ALLIANCE_MULTI + ORG_SINGLE + ORG_MULTI) - {"name"}
    sq = select(statement.c.id, statement.c.entity_id, statement.c.prop, statement.c.value, statement.c.dataset,
                statement.c.recorded_at).where(statement.c.prop.in_(props), active(statement, as_of))
    single: dict[tuple[str, str], Any] = {}
    for row in conn.execute(sq):
        kind = known.get(row.entity_id)
        if kind is None:
            continue
        if kind == "alliance":
            target: Any = alliances.get(a_canon.get(row.entity_id, row.entity_id))
            multi, singles = ALLIANCE_MULTI, ALLIANCE_SINGLE
        else:
            target = orgs.get(o_canon.get(row.entity_id, row.entity_id))
            multi, singles = ORG_MULTI, ORG_SINGLE
        if target is None:
            continue
        if row.prop in multi:
            values = getattr(target, row.prop)
            if row.value not in values:
                values.append(row.value)
        elif row.prop in singles:
            key = (target.id, row.prop)
            if key not in single or _precedence(row) < _precedence(single[key]):
                single[key] = row
    for (eid, prop), row in single.items():
        target = alliances.get(eid) or orgs.get(eid)
        value: Any = row.value == "true" if prop == "collective" else row.value
        setattr(target, prop, value)
    for a in alliances.values():
        a.regions.sort()
    seen: set[tuple[str, str, str]] = set()
    members: list[tuple[str, str, str]] = []
    mq = select(membership.c.alliance_id, membership.c.org_id, membership.c.role).where(active(membership, as_of))
    for a_id, o_id, role in conn.execute(mq):
        triple = (a_canon.get(a_id, a_id), o_canon.get(o_id, o_id), role)
        if triple[0] in alliances and triple[1] in orgs and triple not in seen:
            seen.add(triple)
            members.append(triple)
    cq = select(count_fact.c.alliance_id, count_fact.c.role, count_fact.c.count, count_fact.c.qualifier,
                count_fact.c.kind, count_fact.c.dataset).where(active(count_fact, as_of))
    for row in conn.execute(cq):
        a = alliances.get(a_canon.get(row.alliance_id, row.alliance_id))
        if a is not None:
            a.counts.append({"role": row.role, "count": row.count, "qualifier": row.qualifier, "kind": row.kind,
                             "dataset": row.dataset})
    return Snapshot(alliances, orgs, members, as_of)
