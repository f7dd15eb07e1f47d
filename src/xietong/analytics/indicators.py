"""The indicators of the survey brief, each a function of a snapshot returning
plain data. Formulas are in ``docs/indicators.md``; the names here match.

Provinces are those organisations belong to (GB/T 2260 province codes); an
organisation of unknown province is left out of province-based indicators and
counted as such. Count-only facts ("70余家") never become nodes.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from xietong.analytics.snapshot import Snapshot

BEIJING, TIANJIN, HEBEI = "110000", "120000", "130000"
LEAD_ROLES = ("initiator", "lead", "secretariat")
POSITIONS = {
    "university": "rnd", "research_institute": "rnd",
    "enterprise": "production",
    "financial": "services", "association": "services", "public_institution": "services",
    "government": "services", "park": "services",
}


def _member_provinces(s: Snapshot, roles: Iterable[str] | None = None, *,
                      collectives: bool = True) -> dict[str, Counter[str]]:
    """alliance id -> province -> number of member organisations there.

    A collective ("京津冀三地多家旅行社") counts once in each province it spans,
    unless ``collectives`` is False (where one body's own province matters).
    """
    wanted = set(roles) if roles else None
    seen: set[tuple[str, str]] = set()
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for a, o, role in s.members:
        if wanted is not None and role not in wanted:
            continue
        if (a, o) in seen:
            continue
        seen.add((a, o))
        if not collectives and s.orgs[o].collective:
            continue
        for p in s.orgs[o].provinces:
            out[a][p] += 1
    return out


def formation(s: Snapshot) -> dict[str, Any]:
    """How many alliances formed, by year, quarter, type, sector, founding place and initiator province."""
    by_year: Counter[str] = Counter()
    by_quarter: Counter[str] = Counter()
    for a in s.alliances.values():
        f = a.founded
        by_year[f[:4] if f else "unknown"] += 1
        if f and len(f) >= 7:
            by_quarter[f"{f[:4]}-Q{(int(f[5:7]) - 1) // 3 + 1}"] += 1
        else:
            by_quarter[f"{f[:4]}-Q?" if f else "unknown"] += 1
    initiators = _member_provinces(s, ("initiator",), collectives=False)
    by_initiator_province: Counter[str] = Counter()
    for a in s.alliances:
        for p in initiators.get(a, {}):
            by_initiator_province[p] += 1
    return {
        "total": len(s.alliances),
        "by_year": dict(sorted(by_year.items())),
        "by_quarter": dict(sorted(by_quarter.items())),
        "by_type": dict(Counter(a.type or "unclassified" for a in s.alliances.values()).most_common()),
        "by_sector": dict(Counter(a.sector or "unknown" for a in s.alliances.values()).most_common()),
        "by_city": dict(Counter(a.city or "unknown" for a in s.alliances.values()).most_common()),
        "by_initiator_province": dict(by_initiator_province.most_common()),
        "without_initiators": sum(1 for a in s.alliances if not initiators.get(a)),
    }


def lead(s: Snapshot, leader: str = BEIJING, responders: tuple[str, ...] = (TIANJIN, HEBEI)) -> dict[str, Any]:
    """Beijing's lead: alliances with a Beijing initiator, lead or secretariat, and
    how many of those Tianjin and Hebei members joined (得到了津冀的积极响应)."""
    leads = _member_provinces(s, LEAD_ROLES, collectives=False)
    everyone = _member_provinces(s)
    led = sorted(a for a in s.alliances if leads.get(a, {}).get(leader))
    responded = [a for a in led if all(everyone[a].get(r) for r in responders)]
    known = [a for a in s.alliances if leads.get(a)]
    return {
        "leader": leader, "responders": list(responders),
        "alliances": len(s.alliances), "with_known_leads": len(known),
        "led": len(led), "led_share": _share(len(led), len(s.alliances)),
        "led_share_of_known": _share(len(led), len(known)),
        "responded": len(responded), "responded_share": _share(len(responded), len(led)),
        "led_names": [s.alliances[a].name for a in led],
        "responded_names": [s.alliances[a].name for a in responded],
    }


def coverage(s: Snapshot, provinces: tuple[str, ...] = (BEIJING, TIANJIN, HEBEI)) -> dict[str, Any]:
    """Alliances whose members (or stated regions) reach every one of ``provinces``."""
    from xietong.regions import regions as table

    members = _member_provinces(s)
    full, partial, unknown = [], [], []
    for a_id, a in s.alliances.items():
        reach = set(members.get(a_id, {})) | {table()[r].province for r in a.regions if r in table()}
        if not reach:
            unknown.append(a_id)
        elif set(provinces) <= reach:
            full.append(a_id)
        else:
            partial.append(a_id)
    known = len(full) + len(partial)
    return {"provinces": list(provinces), "full": len(full), "partial": len(partial), "unknown": len(unknown),
            "full_share_of_known": _share(len(full), known), "full_names": [s.alliances[a].name for a in full]}


def province_pairs(s: Snapshot) -> dict[str, Any]:
    """Tie strength between provinces: alliances with members in both (raw), and
    raw / sqrt(A_p · A_q) where A_p counts alliances with a member in p (Salton)."""
    members = _member_provinces(s)
    per: Counter[str] = Counter()
    raw: Counter[tuple[str, str]] = Counter()
    for provs in members.values():
        ps = sorted(provs)
        per.update(ps)
        for i, p in enumerate(ps):
            for q in ps[i + 1:]:
                raw[(p, q)] += 1
    return {
        "alliances_per_province": dict(per.most_common()),
        "pairs": [{"a": p, "b": q, "raw": n, "normalised": round(n / math.sqrt(per[p] * per[q]), 4)}
                  for (p, q), n in sorted(raw.items(), key=lambda kv: (-kv[1], kv[0]))],
    }


def ei_index(s: Snapshot) -> dict[str, Any]:
    """Krackhardt E–I index by province over co-membership ties.

    In each alliance, every two members are tied. For province p with c_p
    members in an alliance of n members (of known province): internal ties
    I_p += c_p(c_p − 1)/2, external E_p += c_p(n − c_p). EI_p = (E_p − I_p)/(E_p + I_p),
    from −1 (ties only inside p) to +1 (only across provinces).
    """
    e: Counter[str] = Counter()
    i: Counter[str] = Counter()
    e_all = i_all = 0
    for provs in _member_provinces(s).values():
        n = sum(provs.values())
        for p, c in provs.items():
            i[p] += c * (c - 1) // 2
            e[p] += c * (n - c)
        i_all += sum(c * (c - 1) // 2 for c in provs.values())
        e_all += (n * n - sum(c * c for c in provs.values())) // 2
    by = {p: {"external": e[p], "internal": i[p], "ei": _ei(e[p], i[p])} for p in sorted(set(e) | set(i))}
    return {"by_province": by, "overall": {"external": e_all, "internal": i_all, "ei": _ei(e_all, i_all)}}


def flows(s: Snapshot) -> dict[str, Any]:
    """Directional initiator→member flows: for every alliance, each province of
    its initiators sends one unit to each non-initiating member's province
    (collectives, which span provinces, are left out)."""
    flow: Counter[tuple[str, str]] = Counter()
    by_alliance = s.members_of()
    for a, roles in by_alliance.items():
        own = {o: s.orgs[o].provinces for orgs in roles.values() for o in orgs if not s.orgs[o].collective}
        sources = {p for o in roles.get("initiator", ()) for p in own.get(o, ())}
        initiators = roles.get("initiator", set())
        targets = [p for role, orgs in roles.items() if role != "initiator" for o in orgs if o not in initiators
                   for p in own.get(o, ())]
        for src in sources:
            for dst in targets:
                flow[(src, dst)] += 1
    return {"flows": [{"from": a, "to": b, "count": n} for (a, b), n in sorted(flow.items(), key=lambda kv: (-kv[1], kv[0]))]}


def mix(s: Snapshot) -> dict[str, Any]:
    """Relation kinds and domains as recorded (or classified) for the alliances."""
    return {
        "relations": dict(Counter(r for a in s.alliances.values() for r in a.relations).most_common()),
        "domains": dict(Counter(d for a in s.alliances.values() for d in a.domains).most_common()),
        "without_relation": sum(1 for a in s.alliances.values() if not a.relations),
        "without_domain": sum(1 for a in s.alliances.values() if not a.domains),
    }


def chain_coverage(s: Snapshot, provinces: tuple[str, ...] = (BEIJING, TIANJIN, HEBEI)) -> dict[str, Any]:
    """Industrial-chain coverage: the share of (chain position × province) cells an
    alliance's members fill. Positions: R&D (universities, institutes),
    production (enterprises), services (finance, associations, public bodies,
    government, parks)."""
    cells: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for a, o, _ in s.members:
        org = s.orgs[o]
        pos = POSITIONS.get(org.kind or "")
        if pos is None:
            continue
        for p in org.provinces:
            if p in provinces:
                cells[a].add((pos, p))
    total = 3 * len(provinces)
    per = {a: round(len(c) / total, 4) for a, c in cells.items()}
    return {
        "cells": total, "alliances_with_data": len(per),
        "mean": round(sum(per.values()) / len(per), 4) if per else None,
        "top": [{"alliance": s.alliances[a].name, "coverage": v} for a, v in sorted(per.items(), key=lambda kv: -kv[1])[:10]],
    }


def specialisation(s: Snapshot) -> dict[str, Any]:
    """Location quotients LQ(r, k) = (E_rk / E_r) / (E_k / E), counting organisations
    of province r in industry k (their recorded industries)."""
    e_rk: Counter[tuple[str, str]] = Counter()
    for o in s.orgs.values():
        for r in o.provinces:
            for k in set(o.industries):
                e_rk[(r, k)] += 1
    if not e_rk:
        return {"available": False, "reason": "no organisation in the registry has a recorded industry", "lq": []}
    e_r: Counter[str] = Counter()
    e_k: Counter[str] = Counter()
    for (r, k), n in e_rk.items():
        e_r[r] += n
        e_k[k] += n
    e = sum(e_rk.values())
    lq = [{"region": r, "industry": k, "orgs": n, "lq": round((n / e_r[r]) / (e_k[k] / e), 4)}
          for (r, k), n in sorted(e_rk.items())]
    return {"available": True, "lq": sorted(lq, key=lambda x: -x["lq"])}


def gaps(s: Snapshot, provinces: tuple[str, ...] = (TIANJIN, HEBEI)) -> dict[str, Any]:
    """Hidden resources (隐性资源): industries where Tianjin or Hebei has organisations
    but no cross-provincial alliance works, and organisations in no alliance."""
    members = _member_provinces(s)
    cross_sectors = {a.sector for a_id, a in s.alliances.items() if a.sector and len(members.get(a_id, {})) >= 2}
    have: dict[str, Counter[str]] = defaultdict(Counter)
    for o in s.orgs.values():
        for p in o.provinces:
            if p in provinces:
                for k in o.industries:
                    have[k][p] += 1
    sector_gaps = [{"industry": k, "orgs": dict(c)} for k, c in sorted(have.items()) if k not in cross_sectors]
    in_alliance = {o for _, o, _ in s.members}
    idle = [o for o in s.orgs.values() if o.id not in in_alliance]
    return {"industries_without_cross_provincial_alliance": sector_gaps,
            "orgs_in_no_alliance": len(idle),
            "orgs_in_no_alliance_by_province": dict(Counter(p for o in idle for p in (o.provinces or ["unknown"])).most_common()),
            "examples": [o.name for o in idle[:20]]}


def counted_size(s: Snapshot) -> dict[str, Any]:
    """Alliance size from named members and from count-only facts, kept apart."""
    named = Counter(a for a, _, _ in {(a, o, "") for a, o, _ in s.members})
    rows = []
    for a_id, a in s.alliances.items():
        stated = [c for c in a.counts if c["role"] == "member"]
        rows.append({"alliance": a.name, "named_members": named.get(a_id, 0),
                     "stated": [{"count": c["count"], "qualifier": c["qualifier"], "kind": c["kind"]} for c in stated]})
    with_counts = [r for r in rows if r["stated"]]
    return {"alliances_with_stated_counts": len(with_counts),
            "stated_total_at_least": sum(max(c["count"] for c in r["stated"]) for r in with_counts),
            "named_members_total": sum(named.values()), "by_alliance": rows}


def _share(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def _ei(e: int, i: int) -> float | None:
    return round((e - i) / (e + i), 4) if e + i else None
