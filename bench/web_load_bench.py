"""Web load benchmark (issue 6): concurrent clients on the directory and the
API of a running server on loopback, bounded in requests and time.

Target: with 100 concurrent clients on a synthetic registry of 10,000
alliances, p95 <= 200 ms and no errors. Prints throughput and latency
percentiles. Only 127.0.0.1 is ever addressed.

    python bench/web_load_bench.py                              # full size
    python bench/web_load_bench.py --alliances 50 --clients 5 --requests 100   # smoke
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

from xietong import registry
from xietong.store import open_store
from xietong.synth import generate

PATHS = ["/alliances", "/alliances?q=钢铁", "/alliances?type=industry&page=2", "/api/v1/alliances?limit=50",
         "/api/v1/alliances?q=旅游&limit=20", "/api/v1/alliances?province=120000&offset=40", "/api/v1/organisations?limit=20",
         "/api/v1/memberships?limit=20"]


def serve(db: str) -> tuple[str, subprocess.Popen[bytes]]:
    """`xietong serve` in its own process (not sharing the load generator's GIL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).parent / "xietong"
    proc = subprocess.Popen([str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            httpx.get(base + "/api/v1/alliances?limit=1", timeout=120)
            return base, proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


async def load(base: str, clients: int, requests: int, seconds: float) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    budget = iter(range(requests))
    deadline = time.perf_counter() + seconds
    rnd = random.Random(1)

    async def client() -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            while time.perf_counter() < deadline and next(budget, None) is not None:
                t0 = time.perf_counter()
                try:
                    r = await http.get(rnd.choice(PATHS))
                    errors += r.status_code >= 400
                except httpx.TransportError:
                    errors += 1  # a dropped or refused connection is an error, not a crash
                latencies.append(time.perf_counter() - t0)

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--alliances", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--requests", type=int, default=5_000)
    ap.add_argument("--seconds", type=float, default=120)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'web.sqlite'}"
        store = open_store(db, create=True)
        registry.init(store)
        generate(store, alliances=args.alliances, organisations=args.alliances * 10, memberships=args.alliances * 50, seed=3)
        base, server = serve(db)
        try:
            httpx.get(base + "/alliances", timeout=300)  # build the catalog before measuring
            latencies, errors, elapsed = asyncio.run(load(base, args.clients, args.requests, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    ms = np.array(latencies) * 1000
    p50, p95, p99 = (float(np.percentile(ms, q)) for q in (50, 95, 99))
    print(f"registry: {args.alliances} alliances; {args.clients} concurrent clients; {len(ms)} requests in {elapsed:.1f} s")
    print(f"throughput: {len(ms) / elapsed:.0f} requests/s; errors: {errors}")
    print(f"latency: p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms   target: p95 <= 200 ms, no errors   "
          f"{'MET' if p95 <= 200 and errors == 0 else 'NOT MET'}")


if __name__ == "__main__":
    main()
