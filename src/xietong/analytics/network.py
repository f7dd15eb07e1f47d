"""The alliance–organisation network: the bipartite graph of memberships and
its alliance projection (two alliances tied by the organisations they share,
weight = how many), computed as the sparse product B·Bᵀ.

Degree counts alliances per organisation. Betweenness, coreness and Leiden
communities are computed on the projection with igraph (C speed). A large
projection is dense and says little edge by edge, so beyond ``EXACT_TIES``
ties the network measures use its backbone — each alliance's ``TOP_K``
strongest ties — and betweenness is estimated from ``SAMPLES`` random source
alliances (scaled); the output says which was done.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse

from xietong.analytics.snapshot import Snapshot

EXACT_TIES = 50_000  # exact measures up to this many ties in the projection
TOP_K = 10
SAMPLES = 200
SEED = 7


def projection(s: Snapshot) -> sparse.csr_matrix:
    """Alliance × alliance shared-organisation counts (upper triangle, no diagonal)."""
    pa, po = s.pairs
    b = sparse.csr_matrix((np.ones(pa.size, dtype=np.int32), (pa, po)), shape=(s.n_alliances, max(s.n_orgs, 1)))
    p = (b @ b.T).tocsr()
    return sparse.triu(p, k=1).tocsr()


def backbone(p: sparse.csr_matrix, k: int = TOP_K) -> sparse.csr_matrix:
    """Keep, for every alliance, its ``k`` strongest ties (symmetrically)."""
    full = (p + p.T).tocsr()
    rows, cols, vals = [], [], []
    for i in range(full.shape[0]):
        start, end = full.indptr[i], full.indptr[i + 1]
        if end == start:
            continue
        w = full.data[start:end]
        idx = full.indices[start:end]
        top = np.argsort(-w, kind="stable")[:k]
        rows.append(np.full(top.size, i))
        cols.append(idx[top])
        vals.append(w[top])
    if not rows:
        return sparse.csr_matrix(p.shape, dtype=p.dtype)
    m = sparse.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=p.shape)
    m = m.maximum(m.T)
    return sparse.triu(m, k=1).tocsr()


def metrics(s: Snapshot, top: int = 10) -> dict[str, Any]:
    import igraph as ig
    import leidenalg

    pa, po = s.pairs
    org_degree, alliance_size = s.org_degree, s.alliance_size
    active = np.flatnonzero(alliance_size)
    p = projection(s)
    ties = int(p.nnz)
    exact = ties <= EXACT_TIES
    g_edges = p if exact else backbone(p)
    coo = g_edges.tocoo()
    g = ig.Graph(n=s.n_alliances, edges=list(zip(coo.row.tolist(), coo.col.tolist(), strict=True)), directed=False)
    g.es["weight"] = coo.data.tolist()
    sub = g.induced_subgraph(active.tolist()) if active.size else ig.Graph()
    names = [s.alliance(int(i)).name for i in active]
    if exact:
        between = sub.betweenness() if sub.vcount() else []
        how = {"exact": True, "estimated_from": None, "backbone_top_k": None}
    else:
        rng = np.random.default_rng(SEED)
        sources = rng.choice(sub.vcount(), size=min(SAMPLES, sub.vcount()), replace=False).tolist()
        raw = sub.betweenness(sources=sources, targets=None)
        scale = sub.vcount() / len(sources)
        between = [b * scale for b in raw]
        how = {"exact": False, "estimated_from": len(sources), "backbone_top_k": TOP_K}
    coreness = sub.coreness() if sub.vcount() else []
    max_core = max(coreness) if coreness else 0
    modularity, communities = None, list(range(sub.vcount()))
    if sub.ecount():
        part = leidenalg.find_partition(sub, leidenalg.ModularityVertexPartition, weights="weight", seed=SEED)
        communities, modularity = part.membership, round(part.modularity, 4)
    order = sorted(range(len(between)), key=lambda i: (-between[i], names[i]))[:top]
    top_orgs = np.argsort(-org_degree, kind="stable")[:top]
    top_all = np.argsort(-alliance_size, kind="stable")[:top]
    sizes = np.bincount(np.array(communities, dtype=np.int64)) if communities else np.zeros(0, np.int64)
    n_pairs, n_a, n_o = int(pa.size), int(active.size), int((org_degree > 0).sum())
    return {
        "bipartite": {"alliances": n_a, "organisations": n_o, "memberships": n_pairs,
                      "density": round(n_pairs / (n_a * n_o), 6) if n_pairs else None},
        "projection": {"alliances": n_a, "ties": ties, "components": len(sub.connected_components()) if sub.vcount() else 0},
        "top_organisations_by_degree": [{"organisation": s.org_names[o], "alliances": int(org_degree[o])}
                                        for o in top_orgs if org_degree[o]],
        "top_alliances_by_size": [{"alliance": s.alliance(int(a)).name, "organisations": int(alliance_size[a])}
                                  for a in top_all if alliance_size[a]],
        "betweenness": {**how, "top": [{"alliance": names[i], "betweenness": round(between[i], 3)} for i in order]},
        "core": {"max_coreness": max_core,
                 "core": sorted(names[i] for i, c in enumerate(coreness) if c == max_core and max_core > 0)[:50],
                 "periphery": sum(1 for c in coreness if c <= 1)},
        "communities": {"count": int((sizes > 0).sum()), "modularity": modularity,
                        "sizes": sorted(sizes[sizes > 0].tolist(), reverse=True)[:top],
                        "alone": int((sizes == 1).sum())},  # alliances sharing no member with another
        "bridges": bridges(s, top),
    }


def reach(s: Snapshot) -> tuple[np.ndarray, np.ndarray]:
    """Per organisation: how many provinces other than its own its alliances
    reach (0 when its own province is unknown: it bridges nothing we can
    name), and which (a boolean organisation × province matrix)."""
    pa, po = s.pairs
    reach_a = s.counts_by_province(pa, po) > 0  # alliance -> provinces it reaches
    reach_o = np.zeros((s.n_orgs, len(s.provinces)), dtype=bool)
    np.logical_or.at(reach_o, po, reach_a[pa])
    own = np.zeros_like(reach_o)
    known = np.flatnonzero(s.org_prov >= 0)
    own[known, s.org_prov[known]] = True
    for o, spans in s.org_spans.items():
        own[o, spans] = True
    other = reach_o & ~own
    score = other.sum(axis=1)
    score[~own.any(axis=1)] = 0
    return score, other


def bridges(s: Snapshot, top: int = 10) -> list[dict[str, Any]]:
    """Organisations whose alliances reach the most provinces other than their own."""
    score, other = s.reach
    cand = np.flatnonzero(score)
    order = cand[np.lexsort((np.array([s.org_names[o] for o in cand]), -score[cand]))][:top] if cand.size else cand
    return [{"organisation": s.org_names[o], "other_provinces": int(score[o]),
             "provinces": [s.provinces[p] for p in np.flatnonzero(other[o])]} for o in order]
