"""Sub-networks to look at: the alliance–organisation graph filtered by
province and type, or the ego network of one alliance, cut to a size a
browser can lay out, with its bridging organisations marked.

A *bridge* here is an organisation in two or more alliances whose alliances
reach a province other than its own: it is what ties one alliance to another
across a provincial border (see ``network.reach``)."""

from __future__ import annotations

import heapq
from typing import Any

import numpy as np

from xietong import collation
from xietong.analytics.snapshot import ROLES, Snapshot

MAX_NODES = 300


def _graph(s: Snapshot, edge_mask: np.ndarray, max_nodes: int, keep_first: set[str] = frozenset()) -> dict[str, Any]:  # type: ignore[assignment]
    pa, po = s.pairs
    ea, eo = pa[edge_mask], po[edge_mask]
    deg_a = np.bincount(ea, minlength=s.n_alliances)
    deg_o = np.bincount(eo, minlength=max(s.n_orgs, 1))
    total = int(np.count_nonzero(deg_a) + np.count_nonzero(deg_o))
    shown = _best_connected(deg_a, deg_o, max_nodes, keep_first)
    kept = {n for n, _ in shown}
    all_deg_o = s.org_degree
    score, _ = s.reach
    kept_a = np.array([int(n[1:]) for n in kept if n[0] == "a"], dtype=np.int32)
    rows = np.flatnonzero(np.isin(s.m_alliance, kept_a))
    roles: dict[tuple[int, int], str] = {}
    for r in rows[np.argsort(s.m_role[rows], kind="stable")].tolist():  # the leading role (initiator first) wins
        roles.setdefault((int(s.m_alliance[r]), int(s.m_org[r])), ROLES[int(s.m_role[r])])
    out_nodes: list[dict[str, Any]] = []
    for node, degree in shown:
        i = int(node[1:])
        if node[0] == "a":
            a = s.alliance(i)
            out_nodes.append({"id": node, "entity_id": a.id, "name": a.name, "kind": "alliance", "type": a.type,
                              "province": None, "degree": degree, "bridge": False, "url": f"/alliances/{a.id}"})
        else:
            provs = s.org_provinces(i)
            out_nodes.append({"id": node, "entity_id": s.org_ids[i], "name": s.org_names[i], "kind": "org",
                              "type": None, "province": provs[0] if len(provs) == 1 else None, "degree": degree,
                              "bridge": bool(all_deg_o[i] >= 2 and score[i] >= 1), "url": f"/orgs/{s.org_ids[i]}"})
    on_a = np.zeros(deg_a.size, dtype=bool)
    on_o = np.zeros(deg_o.size, dtype=bool)
    for node in kept:
        (on_a if node[0] == "a" else on_o)[int(node[1:])] = True
    both = on_a[ea] & on_o[eo]  # only the links between shown nodes are made (the graph may have a million)
    links = [{"source": f"a{a}", "target": f"o{o}", "role": roles.get((a, o))}
             for a, o in zip(ea[both].tolist(), eo[both].tolist(), strict=True)]
    return {"nodes": out_nodes, "links": links, "total_nodes": total, "truncated": total > len(out_nodes)}


def _best_connected(deg_a: np.ndarray, deg_o: np.ndarray, n: int, keep_first: set[str]) -> list[tuple[str, int]]:
    """The ``n`` nodes shown ("a3", "o17"), with their degrees: those of
    ``keep_first`` first, then the best connected, ties by name. Only nodes
    that can be among them are named: an ego network may hold every node."""
    def named(prefix: str, index: np.ndarray, deg: np.ndarray) -> list[tuple[str, int]]:
        return [(f"{prefix}{i}", int(d)) for i, d in zip(index.tolist(), deg[index].tolist(), strict=True)]

    degrees = {"a": deg_a, "o": deg_o}
    first = [(k, int(degrees[k[0]][int(k[1:])])) for k in keep_first if int(degrees[k[0]][int(k[1:])]) > 0]
    others_a, others_o = deg_a.copy(), deg_o.copy()
    for k, _ in first:
        (others_a if k[0] == "a" else others_o)[int(k[1:])] = 0
    need = n - len(first)
    positive = np.concatenate([others_a[others_a > 0], others_o[others_o > 0]])
    if need <= 0 or positive.size == 0:
        rest: list[tuple[str, int]] = []
    else:
        # the need-th largest degree: every node shown besides the first has at least it
        floor = int(np.partition(positive, positive.size - need)[positive.size - need]) if positive.size > need else 1
        rest = named("a", np.flatnonzero(others_a > floor), others_a) + named("o", np.flatnonzero(others_o > floor), others_o)
        tied = [f"a{i}" for i in np.flatnonzero(others_a == floor).tolist()] + \
               [f"o{i}" for i in np.flatnonzero(others_o == floor).tolist()]
        rest += [(k, floor) for k in heapq.nsmallest(need - len(rest), tied)]
    order = lambda node: (-node[1], node[0])  # noqa: E731
    return (sorted(first, key=order) + sorted(rest, key=order))[:n]


def explore(s: Snapshot, *, province: str | None = None, type_: str | None = None, cluster: str | None = None,
            max_nodes: int = MAX_NODES) -> dict[str, Any]:
    """The graph of the alliances of ``type_`` that have a member in ``province``
    and are scoped to the city ``cluster`` (its id; :meth:`Snapshot.cluster_of`)
    (each optional), the best-connected ``max_nodes`` nodes of it."""
    pa, po = s.pairs
    keep_a = np.ones(s.n_alliances, dtype=bool)
    if cluster:
        keep_a &= np.fromiter((s.cluster_of(a) == cluster for a in s.alliance_ids), dtype=bool, count=s.n_alliances)
    if type_:
        keep_a &= np.array([s.alliance(i).type == type_ for i in range(s.n_alliances)], dtype=bool)
    if province:
        p = s.province_index(province)
        keep_a &= (s.counts_by_province(pa, po)[:, p] > 0) if p >= 0 else False
    return _graph(s, keep_a[pa] if pa.size else np.zeros(0, dtype=bool), max_nodes)


def ego(s: Snapshot, alliance_id: str, max_nodes: int = 80) -> dict[str, Any]:
    """One alliance, its members, and the other alliances its members belong to."""
    if alliance_id not in s.alliances:
        return {"nodes": [], "links": [], "total_nodes": 0, "truncated": False}
    pa, po = s.pairs
    a = s.alliance_ids.index(alliance_id)
    members = np.zeros(max(s.n_orgs, 1), dtype=bool)
    members[po[pa == a]] = True
    return _graph(s, members[po] if po.size else np.zeros(0, dtype=bool), max_nodes, keep_first={f"a{a}"})


def partners(s: Snapshot, org_index: int, limit: int = 20) -> list[dict[str, Any]]:
    """The organisations ``org_index`` meets in its alliances: those sharing the most alliances
    with it first, then by name (pinyin order); each with the alliances they share. Who a firm or university
    already works beside is where a secretariat looks for the next project."""
    pa, po = s.pairs
    mine = np.unique(pa[po == org_index])
    if not mine.size:
        return []
    beside = np.isin(pa, mine) & (po != org_index)
    shared = np.bincount(po[beside], minlength=s.n_orgs)
    chosen = np.flatnonzero(shared)
    order = sorted(chosen.tolist(), key=lambda o: (-int(shared[o]), collation.key(s.org_names[o])))[:limit]
    where = {o: sorted({s.alliance_ids[a] for a in pa[beside & (po == o)].tolist()},
                       key=lambda a: collation.key(s.alliances[a].name))
             for o in order}
    return [{"id": s.org_ids[o], "name": s.org_names[o], "shared": int(shared[o]),
             "alliances": [{"id": a, "name": s.alliances[a].name} for a in where[o]]} for o in order]
