"""The indicators of the survey brief, each a function of a snapshot returning
plain data. Formulas are in ``docs/indicators.md``; the names here match.

Computed on arrays: an (alliances × provinces) matrix of member counts carries
most of them, so a registry of millions of memberships takes seconds.
Organisations of unknown province are left out of province-based indicators;
count-only facts ("70余家") never become nodes.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

from xietong.analytics.arrays import distinct
from xietong.analytics.snapshot import KINDS, ROLES, Snapshot

BEIJING, TIANJIN, HEBEI = "110000", "120000", "130000"
LEAD_ROLES = ("initiator", "lead", "chair", "secretariat")  # the chair (理事长单位) heads its council
POSITIONS = {
    "university": 0, "research_institute": 0,  # R&D
    "enterprise": 1,  # production
    "financial": 2, "association": 2, "public_institution": 2, "government": 2, "park": 2,  # services
}


def _roles(s: Snapshot, roles: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (alliance, org) memberships held in any of ``roles``."""
    codes = [ROLES.index(r) for r in roles]
    mask = np.isin(s.m_role, codes)
    key = distinct(s.m_alliance[mask].astype(np.int64) * max(s.n_orgs, 1) + s.m_org[mask])
    return (key // max(s.n_orgs, 1)).astype(np.int32), (key % max(s.n_orgs, 1)).astype(np.int32)


def _all(s: Snapshot) -> np.ndarray:
    return s.counts_by_province(*s.pairs)


def _names(s: Snapshot, idx: np.ndarray) -> list[str]:
    return [s.alliance(int(i)).name for i in idx]


def _col(s: Snapshot, code: str, matrix: np.ndarray) -> np.ndarray:
    i = s.province_index(code)
    return matrix[:, i] if i >= 0 else np.zeros(matrix.shape[0], dtype=matrix.dtype)


def formation(s: Snapshot) -> dict[str, Any]:
    """How many alliances formed, by year, quarter, type, sector, founding place and initiator province."""
    by_year: Counter[str] = Counter()
    by_quarter: Counter[str] = Counter()
    for a in s.alliances.values():
        f = a.founded
        by_year[f[:4] if f else "unknown"] += 1
        by_quarter[(f"{f[:4]}-Q{(int(f[5:7]) - 1) // 3 + 1}" if len(f) >= 7 else f"{f[:4]}-Q?") if f else "unknown"] += 1
    init = s.counts_by_province(*_roles(s, ("initiator",)), collectives=False) > 0
    by_initiator_province = {s.provinces[p]: int(n) for p, n in enumerate(init.sum(axis=0)) if n}
    return {
        "total": len(s.alliances),
        "by_year": dict(sorted(by_year.items())),
        "by_quarter": dict(sorted(by_quarter.items())),
        "by_type": dict(Counter(a.type or "unclassified" for a in s.alliances.values()).most_common()),
        "by_sector": dict(Counter(a.sector or "unknown" for a in s.alliances.values()).most_common()),
        "by_city": dict(Counter(a.city or "unknown" for a in s.alliances.values()).most_common()),
        "by_initiator_province": dict(sorted(by_initiator_province.items(), key=lambda kv: (-kv[1], kv[0]))),
        "without_initiators": int((~init.any(axis=1)).sum()),
    }


def lead(s: Snapshot, leader: str = BEIJING, responders: tuple[str, ...] = (TIANJIN, HEBEI)) -> dict[str, Any]:
    """Beijing's lead: alliances with a Beijing initiator, lead, chair or secretariat (collectives
    left out), and how many of those Tianjin and Hebei members joined."""
    leads = s.counts_by_province(*_roles(s, LEAD_ROLES), collectives=False)
    everyone = _all(s)
    led = _col(s, leader, leads) > 0
    responded = led.copy()
    for r in responders:
        responded &= _col(s, r, everyone) > 0
    known = leads.sum(axis=1) > 0
    n, k = len(s.alliances), int(known.sum())
    led_idx = sorted(np.flatnonzero(led), key=lambda i: s.alliance_ids[i])
    return {
        "leader": leader, "responders": list(responders), "alliances": n, "with_known_leads": k,
        "led": int(led.sum()), "led_share": _share(int(led.sum()), n), "led_share_of_known": _share(int(led.sum()), k),
        "responded": int(responded.sum()), "responded_share": _share(int(responded.sum()), int(led.sum())),
        "led_names": _names(s, np.array(led_idx, dtype=int)),
        "responded_names": [s.alliance(int(i)).name for i in led_idx if responded[i]],
    }


def coverage(s: Snapshot, provinces: tuple[str, ...] = (BEIJING, TIANJIN, HEBEI)) -> dict[str, Any]:
    """Alliances whose members (or stated regions) reach every one of ``provinces``."""
    from xietong.regions import regions as table

    reach = _all(s) > 0
    for i, a_id in enumerate(s.alliance_ids):
        for r in s.alliances[a_id].regions:
            p = s.province_index(table()[r].province) if r in table() else -1
            if p >= 0:
                reach[i, p] = True
    full = np.ones(s.n_alliances, dtype=bool)
    for p in provinces:
        full &= _col(s, p, reach)
    any_ = reach.any(axis=1)
    partial = any_ & ~full
    known = int(any_.sum())
    return {"provinces": list(provinces), "full": int(full.sum()), "partial": int(partial.sum()),
            "unknown": int((~any_).sum()), "full_share_of_known": _share(int(full.sum()), known),
            "full_names": _names(s, np.flatnonzero(full))}


def province_pairs(s: Snapshot) -> dict[str, Any]:
    """Tie strength between provinces: alliances with members in both (raw), and
    raw / sqrt(A_p · A_q) where A_p counts alliances with a member in p (Salton)."""
    x = (_all(s) > 0).astype(np.int64)
    per = x.sum(axis=0)
    raw = x.T @ x
    pairs = []
    idx = np.flatnonzero(per)
    for i_pos, p in enumerate(idx):
        for q in idx[i_pos + 1:]:
            if raw[p, q]:
                pairs.append({"a": s.provinces[p], "b": s.provinces[q], "raw": int(raw[p, q]),
                              "normalised": round(float(raw[p, q] / np.sqrt(per[p] * per[q])), 4)})
    pairs.sort(key=lambda x_: (-x_["raw"], x_["a"], x_["b"]))
    order = sorted(idx, key=lambda p: (-per[p], s.provinces[p]))
    return {"alliances_per_province": {s.provinces[p]: int(per[p]) for p in order}, "pairs": pairs}


def ei_index(s: Snapshot) -> dict[str, Any]:
    """Krackhardt E–I index by province over co-membership ties (every two
    members of an alliance are tied): I_p = Σ c_p(c_p − 1)/2, E_p = Σ c_p(n − c_p)."""
    c = _all(s).astype(np.int64)
    n = c.sum(axis=1, keepdims=True)
    internal = (c * (c - 1) // 2).sum(axis=0)
    external = (c * (n - c)).sum(axis=0)
    i_all = int((c * (c - 1) // 2).sum())
    e_all = int(((n[:, 0] ** 2 - (c * c).sum(axis=1)) // 2).sum())
    by = {s.provinces[p]: {"external": int(external[p]), "internal": int(internal[p]), "ei": _ei(int(external[p]), int(internal[p]))}
          for p in range(len(s.provinces)) if external[p] or internal[p]}
    return {"by_province": by, "overall": {"external": e_all, "internal": i_all, "ei": _ei(e_all, i_all)}}


def flows(s: Snapshot) -> dict[str, Any]:
    """Directional initiator→member flows: for every alliance, each province of
    its initiators sends one unit to each non-initiating member's province
    (collectives, which span provinces, are left out)."""
    ia, io = _roles(s, ("initiator",))
    init = s.counts_by_province(ia, io, collectives=False) > 0
    pa, po = s.pairs
    initiator_keys = ia.astype(np.int64) * max(s.n_orgs, 1) + io
    not_init = ~np.isin(pa.astype(np.int64) * max(s.n_orgs, 1) + po, initiator_keys)
    targets = s.counts_by_province(pa[not_init], po[not_init], collectives=False)
    f = init.astype(np.int64).T @ targets
    out = [{"from": s.provinces[i], "to": s.provinces[j], "count": int(f[i, j])} for i, j in zip(*np.nonzero(f), strict=True)]
    return {"flows": sorted(out, key=lambda x: (-x["count"], x["from"], x["to"]))}


def mix(s: Snapshot) -> dict[str, Any]:
    """Relation kinds and domains as recorded (or classified) for the alliances."""
    return {
        "relations": dict(Counter(r for a in s.alliances.values() for r in a.relations).most_common()),
        "domains": dict(Counter(d for a in s.alliances.values() for d in a.domains).most_common()),
        "without_relation": sum(1 for a in s.alliances.values() if not a.relations),
        "without_domain": sum(1 for a in s.alliances.values() if not a.domains),
    }


def chain_coverage(s: Snapshot, provinces: tuple[str, ...] = (BEIJING, TIANJIN, HEBEI)) -> dict[str, Any]:
    """Industrial-chain coverage: the share of (chain position × province) cells
    an alliance's members fill (R&D, production, services × the provinces)."""
    pos_of_kind = np.array([POSITIONS.get(k, -1) for k in KINDS] + [-1], dtype=np.int8)
    pa, po = s.pairs
    pos = pos_of_kind[s.org_kind[po]]
    wanted = [s.province_index(p) for p in provinces]
    slot = np.full(len(s.provinces) + 1, -1, dtype=np.int16)
    for i, p in enumerate(wanted):
        if p >= 0:
            slot[p] = i
    cells: list[np.ndarray] = []
    prov = s.org_prov[po]
    ok = (pos >= 0) & (prov >= 0) & (slot[prov] >= 0)
    n_c = 3 * len(provinces)
    cells.append(pa[ok].astype(np.int64) * n_c + pos[ok] * len(provinces) + slot[prov[ok]])
    for a, o, p_ in zip(pa[(pos >= 0) & (prov < 0)].tolist(), po[(pos >= 0) & (prov < 0)].tolist(),
                        pos[(pos >= 0) & (prov < 0)].tolist(), strict=True):
        for sp in s.org_spans.get(o, []):
            if slot[sp] >= 0:
                cells.append(np.array([a * n_c + p_ * len(provinces) + int(slot[sp])], dtype=np.int64))
    uniq = distinct(np.concatenate(cells)) if cells else np.zeros(0, np.int64)
    per = np.bincount(uniq // n_c, minlength=s.n_alliances)
    with_data = np.flatnonzero(per)
    cov = per[with_data] / n_c
    order = with_data[np.lexsort((with_data, -cov))][:10] if with_data.size else with_data
    return {
        "cells": n_c, "alliances_with_data": int(with_data.size),
        "mean": round(float(cov.mean()), 4) if with_data.size else None,
        "top": [{"alliance": s.alliance(int(a)).name, "coverage": round(float(per[a] / n_c), 4)} for a in order],
    }


def specialisation(s: Snapshot) -> dict[str, Any]:
    """Location quotients LQ(r, k) = (E_rk / E_r) / (E_k / E).

    From imported regional statistics when there are any (each measure at its
    latest year, e.g. employment by province and sector); otherwise from the
    organisations in the registry (E_rk = organisations of province r in
    industry k). The output says which it used.
    """
    if s.stats:
        measures: dict[str, list[dict[str, Any]]] = {}
        for row in s.stats:
            measures.setdefault(row["measure"], []).append(row)
        results = []
        for measure, rows in sorted(measures.items()):
            year = max((r["year"] or "") for r in rows)
            cells: Counter[tuple[str, str]] = Counter()
            for r in rows:
                if (r["year"] or "") == year:
                    cells[(r["region"], r["sector"])] += r["value"]
            results.append({"measure": measure, "year": year or None, "lq": _lq(cells)})
        return {"available": True, "basis": "regional statistics", "measures": results,
                "lq": results[0]["lq"] if len(results) == 1 else max(results, key=lambda r: len(r["lq"]))["lq"]}
    e_rk: Counter[tuple[str, str]] = Counter()
    for o, inds in s.org_industries.items():
        for r in s.org_provinces(o):
            for k in set(inds):
                e_rk[(r, k)] += 1
    if not e_rk:
        return {"available": False, "reason": "no organisation in the registry has a recorded industry, and no "
                                              "regional statistics are imported", "lq": []}
    return {"available": True, "basis": "organisations in the registry", "lq": _lq(e_rk)}


def _lq(cells: Counter[tuple[str, str]]) -> list[dict[str, Any]]:
    e_r: Counter[str] = Counter()
    e_k: Counter[str] = Counter()
    for (r, k), n in cells.items():
        e_r[r] += n
        e_k[k] += n
    e = sum(cells.values())
    lq = [{"region": r, "industry": k, "orgs": n, "lq": round((n / e_r[r]) / (e_k[k] / e), 4)}
          for (r, k), n in sorted(cells.items()) if e_r[r] and e_k[k]]
    return sorted(lq, key=lambda x: -x["lq"])


def gaps(s: Snapshot, provinces: tuple[str, ...] = (TIANJIN, HEBEI)) -> dict[str, Any]:
    """Hidden resources (隐性资源): industries where Tianjin or Hebei has organisations
    but no cross-provincial alliance works, and organisations in no alliance."""
    spread = (_all(s) > 0).sum(axis=1)
    cross_sectors = {s.alliance(i).sector for i in np.flatnonzero(spread >= 2) if s.alliance(int(i)).sector}
    have: dict[str, Counter[str]] = {}
    for o, inds in s.org_industries.items():
        for p in s.org_provinces(o):
            if p in provinces:
                for k in inds:
                    have.setdefault(k, Counter())[p] += 1
    sector_gaps = [{"industry": k, "orgs": dict(c)} for k, c in sorted(have.items()) if k not in cross_sectors]
    member = np.zeros(s.n_orgs, dtype=bool)
    member[s.m_org] = True
    idle = np.flatnonzero(~member)
    by_prov: Counter[str] = Counter()
    for o in idle.tolist():
        for p in s.org_provinces(o) or ["unknown"]:
            by_prov[p] += 1
    return {"industries_without_cross_provincial_alliance": sector_gaps,
            "industries_with_organisations": len(have),  # none: no gap can be told, not "no gaps"
            "orgs_in_no_alliance": int(idle.size),
            "orgs_in_no_alliance_by_province": dict(sorted(by_prov.items(), key=lambda kv: (-kv[1], kv[0]))),
            "examples": [s.org_names[o] for o in idle[:20].tolist()]}


def counted_size(s: Snapshot) -> dict[str, Any]:
    """Alliance size from named members and from count-only facts, kept apart."""
    named = np.bincount(s.pairs[0], minlength=s.n_alliances)
    rows = []
    for i, a_id in enumerate(s.alliance_ids):
        a = s.alliances[a_id]
        stated = [c for c in a.counts if c["role"] == "member"]
        rows.append({"alliance": a.name, "named_members": int(named[i]),
                     "stated": [{"count": c["count"], "qualifier": c["qualifier"], "kind": c["kind"]} for c in stated]})
    with_counts = [r for r in rows if r["stated"]]
    return {"alliances_with_stated_counts": len(with_counts),
            "stated_total_at_least": sum(max(c["count"] for c in r["stated"]) for r in with_counts),
            "named_members_total": int(named.sum()),
            "by_alliance": with_counts if len(rows) > 1000 else rows}


def activity(s: Snapshot, saturation: float = 3.0) -> dict[str, Any]:
    """Alliance activity in MOST's three dimensions, from recorded events.

    Each event kind evidences one dimension (data/events.yaml). For alliance a
    with n_d events in dimension d: score_d = 1 − exp(−n_d / saturation) (0 with
    no evidence, near 1 with plenty); activity = the mean of the three. Alliances
    with no recorded event are counted apart, not scored as inactive.
    """
    import math

    from xietong.vocab import event_dimensions

    dims = ("organisation", "innovation", "industry")
    of_kind = event_dimensions()
    rows = []
    for a in s.alliances.values():
        if not a.events:
            continue
        n = Counter(of_kind.get(e["kind"]) for e in a.events)
        scores = {d: round(1 - math.exp(-n[d] / saturation), 4) for d in dims}
        rows.append({"alliance": a.name, "events": {d: n[d] for d in dims}, "scores": scores,
                     "activity": round(sum(scores.values()) / 3, 4)})
    if not rows:
        return {"available": False, "reason": "no alliance events are recorded yet (meetings, agreements, projects); "
                                              "the MOST activity score needs them",
                "without_events": len(s.alliances), "alliances": []}
    rows.sort(key=lambda r: (-r["activity"], r["alliance"]))
    return {"available": True, "saturation": saturation, "scored": len(rows),
            "without_events": len(s.alliances) - len(rows),
            "mean": {d: round(sum(r["scores"][d] for r in rows) / len(rows), 4) for d in dims},
            "alliances": rows[:50]}


def _share(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def _ei(e: int, i: int) -> float | None:
    return round((e - i) / (e + i), 4) if e + i else None
