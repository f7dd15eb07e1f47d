"""Matchmaking benchmark (issue 5).

A synthetic registry of 100,000 organisations, 10,000 alliances and 50,000
published listings (SQLite). Targets: index build <= 60 s; query p95 <= 50 ms
on this machine. One query is also scored by a brute-force scan (every
candidate's TF-IDF cosine computed one by one in Python, same scoring) in the
same run: both times and the ratio are printed.

    python bench/match_bench.py                 # full size
    python bench/match_bench.py --scale 0.01    # smoke size
"""

from __future__ import annotations

import argparse
import json
import math
import random
import tempfile
import time
from pathlib import Path

import numpy as np

from xietong import clock
from xietong.ids import make_id
from xietong.match.engine import Matcher, match
from xietong.match.text import expand, features
from xietong.store import open_store
from xietong.store.tables import listing
from xietong.synth import SECTORS, generate

NEEDS = ["想降低生产能耗、减少排放", "寻找智能制造和机器人方面的合作", "新能源汽车电池技术合作", "想找生物医药研发伙伴",
         "新材料产业化找上下游", "旅游线路联合营销", "冷链物流仓储合作", "跨境电商出口渠道", "中医药产品开发",
         "高校科研成果转化", "产学研合作共建实验室", "寻找投资机构融资", "钢铁企业节能改造", "医疗器械注册和生产",
         "金融科技和供应链金融"]


def add_listings(store, n: int, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    now = clock.now()
    kinds = ["tech_offer", "tech_need", "relocation", "platform", "shared_resource", "investment_offer", "investment_need"]
    with store.engine.begin() as conn:
        owners = [r[0] for r in conn.exec_driver_sql("SELECT id FROM entity WHERE kind = 'org' LIMIT 20000")]
        rows = []
        for i in range(n):
            sector = SECTORS[rng.randrange(len(SECTORS))][0]
            title = f"合成{sector}项目{i:06d}"
            rows.append({"id": make_id("L", "synthetic", seed, i), "kind": rng.choice(kinds), "owner_id": rng.choice(owners),
                         "title": title, "text": f"{sector}领域的{rng.choice(NEEDS)}", "sectors": json.dumps([sector], ensure_ascii=False),
                         "region": rng.choice(["110000", "120000", "130100", "131000", "310000"]), "details": "{}",
                         "status": "published", "valid_from": None, "valid_until": None, "version": 1,
                         "dataset": f"synthetic:seed={seed}", "source_id": make_id("R", "synthetic", f"synthetic:seed={seed}"),
                         "locator": None, "created_at": now, "updated_at": now})
        conn.execute(listing.insert(), rows)


def brute_force(m: Matcher, need: str) -> list[tuple[float, str]]:
    """The same text scoring, one candidate at a time: the scan an index avoids."""
    query, _ = expand(need)
    docs = [*m.alliance_text, *m.org_text, *m.listing_text]
    idf = {}
    for index in (m.alliances, m.orgs, m.listing_index):
        for f, j in index.vocab.items():
            idf.setdefault(f, index.idf[j])
    q = {f: (1 + math.log(c)) * idf.get(f, 0.0) for f, c in features(query).items()}
    qn = math.sqrt(sum(v * v for v in q.values())) or 1.0
    scored = []
    for doc in docs:
        d = {f: (1 + math.log(c)) * idf.get(f, 0.0) for f, c in features(doc).items()}
        dn = math.sqrt(sum(v * v for v in d.values())) or 1.0
        cos = sum(v * d.get(f, 0.0) for f, v in q.items()) / (qn * dn)
        scored.append((0.6 * cos, doc[:20]))
    return sorted(scored, reverse=True)[:10]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--queries", type=int, default=200)
    args = ap.parse_args()
    orgs, alliances, listings = (max(low, int(x * args.scale)) for x, low in ((100_000, 400), (10_000, 20), (50_000, 50)))
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'm.sqlite'}", create=True)
        store.migrate()
        generate(store, alliances=alliances, organisations=orgs, memberships=5 * orgs, seed=21)
        add_listings(store, listings, seed=21)
        t0 = time.perf_counter()
        m = Matcher.build(store)
        build = time.perf_counter() - t0
        rng = random.Random(5)
        times = []
        for _ in range(args.queries):
            need = rng.choice(NEEDS)
            t0 = time.perf_counter()
            match(m, need, top=10)
            times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        brute_force(m, NEEDS[0])
        brute = time.perf_counter() - t0
        t0 = time.perf_counter()
        match(m, NEEDS[0], top=10)
        one = time.perf_counter() - t0
    p50, p95 = (float(np.percentile(np.array(times) * 1000, q)) for q in (50, 95))
    print(f"registry: {orgs} organisations, {alliances} alliances, {5 * orgs} memberships, {listings} listings")
    print(f"index build: {build:.1f} s   target: <= 60 s   {'MET' if build <= 60 else 'NOT MET'}")
    print(f"query latency over {args.queries} queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms   target: p95 <= 50 ms   "
          f"{'MET' if p95 <= 50 else 'NOT MET'}")
    print(f"one query: indexed {one * 1000:.1f} ms, brute-force scan {brute * 1000:.0f} ms, ratio {brute / one:.0f}x")


if __name__ == "__main__":
    main()
