"""Analytics benchmark (issue 4).

A. Every indicator on a synthetic registry of 10,000 alliances, 1,000,000
   organisations and 5,000,000 memberships (SQLite): target within 60 s and
   4 GB on this 2-core machine. The analysis runs in a child process so its
   time and peak memory (max RSS) are its own; generating the registry is not
   counted.
B. The same indicators on a 100,000-membership registry, against a plain
   networkx implementation of them in the same run (same inputs, same
   sampling policy for betweenness): target >= 20x faster.

    python bench/analytics_bench.py                       # full size
    python bench/analytics_bench.py --scale 0.01          # smoke size
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from xietong.analytics import network as ours_network
from xietong.analytics.run import compute
from xietong.analytics.snapshot import load
from xietong.store import open_store
from xietong.synth import generate

BJ, TJ, HB = "110000", "120000", "130000"


def make(path: Path, alliances: int, orgs: int, members: int, seed: int) -> float:
    store = open_store(f"sqlite:///{path}", create=True)
    store.migrate()
    t0 = time.perf_counter()
    generate(store, alliances=alliances, organisations=orgs, memberships=members, seed=seed)
    store.dispose()
    return time.perf_counter() - t0


def child(db: Path) -> None:
    """Run in a child process: load and compute everything, print the time."""
    store = open_store(f"sqlite:///{db}")
    t0 = time.perf_counter()
    with store.engine.connect() as conn:
        snap = load(conn)
    loaded = time.perf_counter() - t0
    compute(snap)
    print(json.dumps({"seconds": time.perf_counter() - t0, "load": loaded}))


def networkx_indicators(snap) -> dict:  # type: ignore[no-untyped-def]
    """The same indicators written plainly with networkx and Python loops."""
    import networkx as nx

    members = list(zip(snap.m_alliance.tolist(), snap.m_org.tolist(), snap.m_role.tolist(), strict=True))
    prov = {o: snap.org_provinces(o) for o in set(snap.m_org.tolist())}
    by_alliance: dict[int, Counter] = defaultdict(Counter)
    for a, o in {(a, o) for a, o, _ in members}:
        for p in prov[o]:
            by_alliance[a][p] += 1
    out: dict = {"lead": 0, "coverage": 0, "pairs": Counter(), "ei": Counter(), "flows": Counter()}
    for a, c in by_alliance.items():
        if all(c.get(p) for p in (BJ, TJ, HB)):
            out["coverage"] += 1
        ps = sorted(c)
        for i, p in enumerate(ps):
            for q in ps[i + 1:]:
                out["pairs"][(p, q)] += 1
        n = sum(c.values())
        for p, k in c.items():
            out["ei"][(p, "I")] += k * (k - 1) // 2
            out["ei"][(p, "E")] += k * (n - k)
    initiators = defaultdict(set)
    for a, o, r in members:
        if r == 0:
            initiators[a].add(o)
    for a, o, r in members:
        if o not in initiators[a]:
            for src in {p for i in initiators[a] for p in prov[i]}:
                for dst in prov[o]:
                    out["flows"][(src, dst)] += 1
    b = nx.Graph()
    b.add_nodes_from((f"a{a}" for a, _, _ in members), bipartite=0)
    b.add_nodes_from((f"o{o}" for _, o, _ in members), bipartite=1)
    b.add_edges_from((f"a{a}", f"o{o}") for a, o, _ in members)
    proj = nx.bipartite.weighted_projected_graph(b, {f"a{a}" for a, _, _ in members})
    exact = proj.number_of_edges() <= ours_network.EXACT_TIES
    k = None if exact else min(ours_network.SAMPLES, proj.number_of_nodes())
    out["betweenness"] = nx.betweenness_centrality(proj, k=k, seed=ours_network.SEED, normalized=False)
    out["core"] = nx.core_number(proj)
    out["communities"] = nx.community.louvain_communities(proj, weight="weight", seed=ours_network.SEED)
    reach = {a: set(c) for a, c in by_alliance.items()}
    bridges = Counter()
    for a, o, _ in members:
        bridges[o] += len(reach.get(a, set()) - set(prov[o]))
    out["bridges"] = bridges.most_common(10)
    return out


def compare(db: Path) -> tuple[float, float]:
    store = open_store(f"sqlite:///{db}")
    with store.engine.connect() as conn:
        snap = load(conn)
    t0 = time.perf_counter()
    compute(snap)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    networkx_indicators(snap)
    base = time.perf_counter() - t0
    return ours, base


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="scale both registries (1.0 = the issue's sizes)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child))
        return
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.sqlite"
        a, o, m = (max(low, int(x * args.scale)) for x, low in ((10_000, 20), (1_000_000, 400), (5_000_000, 2000)))
        gen = make(big, a, o, m, seed=11)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        proc = subprocess.run([sys.executable, __file__, "--child", str(big)], capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"the analysis failed:\n{proc.stderr}")
        peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
        res = json.loads(proc.stdout)
        print(f"A. registry: {a} alliances, {o} organisations, {m} memberships (generated in {gen:.1f} s, not counted)")
        print(f"   all indicators: {res['seconds']:.1f} s (loading {res['load']:.1f} s)   target: <= 60 s   "
              f"{'MET' if res['seconds'] <= 60 else 'NOT MET'}")
        print(f"   peak memory: {peak:.0f} MiB   target: <= 4096 MiB   {'MET' if peak <= 4096 else 'NOT MET'}")
        small = Path(tmp) / "small.sqlite"
        sa, so, sm = (max(low, int(x * args.scale)) for x, low in ((1_000, 20), (20_000, 400), (100_000, 2000)))
        make(small, sa, so, sm, seed=12)
        ours, base = compare(small)
        print(f"B. registry: {sa} alliances, {so} organisations, {sm} memberships")
        print(f"   xietong (numpy, igraph): {ours:.2f} s   networkx baseline: {base:.2f} s   "
              f"ratio: {base / ours:.1f}x   target: >= 20x   {'MET' if base / ours >= 20 else 'NOT MET'}")


if __name__ == "__main__":
    main()
