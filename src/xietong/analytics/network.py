"""The alliance–organisation network: the bipartite graph of memberships and
its alliance projection (two alliances tied by the organisations they share).

Degree counts alliances per organisation; betweenness, coreness and Leiden
communities are computed on the alliance projection (igraph, C speed);
bridging organisations link alliances of provinces other than their own.
Betweenness on large projections is cut off at path length ``CUTOFF`` and
says so.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from xietong.analytics.snapshot import Snapshot

CUTOFF = 4
EXACT_LIMIT = 3000  # exact betweenness up to this many alliances
SEED = 7


def projection(s: Snapshot) -> tuple[list[str], dict[tuple[int, int], int]]:
    """Alliance ids (vertex order) and edge weights = organisations shared."""
    alliances = sorted({a for a, _, _ in s.members})
    index = {a: i for i, a in enumerate(alliances)}
    by_org: dict[str, set[int]] = defaultdict(set)
    for a, o, _ in s.members:
        by_org[o].add(index[a])
    weights: Counter[tuple[int, int]] = Counter()
    for idx in by_org.values():
        if len(idx) > 1:
            ids = sorted(idx)
            for i, x in enumerate(ids):
                for y in ids[i + 1:]:
                    weights[(x, y)] += 1
    return alliances, weights


def metrics(s: Snapshot, top: int = 10) -> dict[str, Any]:
    import igraph as ig
    import leidenalg

    pairs = {(a, o) for a, o, _ in s.members}
    org_degree = Counter(o for _, o in pairs)
    alliance_size = Counter(a for a, _ in pairs)
    alliances, weights = projection(s)
    g = ig.Graph(n=len(alliances), edges=list(weights), directed=False)
    g.es["weight"] = list(weights.values())
    exact = len(alliances) <= EXACT_LIMIT
    betweenness = g.betweenness(cutoff=None if exact else CUTOFF) if alliances else []
    coreness = g.coreness() if alliances else []
    max_core = max(coreness) if coreness else 0
    communities: list[int] = []
    modularity = None
    if g.ecount():
        part = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="weight", seed=SEED)
        communities = part.membership
        modularity = round(part.modularity, 4)
    else:
        communities = list(range(len(alliances)))

    def name(i: int) -> str:
        return s.alliances[alliances[i]].name

    ranked = sorted(range(len(alliances)), key=lambda i: -betweenness[i])[:top] if alliances else []
    return {
        "bipartite": {"alliances": len(alliance_size), "organisations": len(org_degree), "memberships": len(pairs),
                      "density": round(len(pairs) / (len(alliance_size) * len(org_degree)), 6) if pairs else None},
        "projection": {"alliances": len(alliances), "ties": len(weights), "components": len(g.connected_components()) if alliances else 0},
        "top_organisations_by_degree": [{"organisation": s.orgs[o].name, "alliances": n} for o, n in org_degree.most_common(top)],
        "top_alliances_by_size": [{"alliance": s.alliances[a].name, "organisations": n} for a, n in alliance_size.most_common(top)],
        "betweenness": {"exact": exact, "cutoff": None if exact else CUTOFF,
                        "top": [{"alliance": name(i), "betweenness": round(betweenness[i], 3)} for i in ranked]},
        "core": {"max_coreness": max_core, "core": sorted(name(i) for i, c in enumerate(coreness) if c == max_core and max_core > 0),
                 "periphery": sum(1 for c in coreness if c <= 1)},
        "communities": {"count": len(set(communities)), "modularity": modularity,
                        "sizes": sorted(Counter(communities).values(), reverse=True)[:top]},
        "bridges": bridges(s, top),
    }


def bridges(s: Snapshot, top: int = 10) -> list[dict[str, Any]]:
    """Organisations whose alliances reach the most provinces other than their own."""
    reach: dict[str, set[str]] = defaultdict(set)
    for a, o, _ in s.members:
        for p in s.orgs[o].provinces:
            reach[a].add(p)
    by_org: dict[str, set[str]] = defaultdict(set)
    for a, o, _ in s.members:
        by_org[o] |= reach[a]
    scored = []
    for o, provs in by_org.items():
        own = set(s.orgs[o].provinces)
        if not own:
            continue
        other = provs - own
        if other:
            scored.append((len(other), s.orgs[o].name, sorted(other)))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [{"organisation": n, "other_provinces": k, "provinces": p} for k, n, p in scored[:top]]
