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
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx2 as httpx
import numpy as np

from xietong import registry
from xietong.store import open_store
from xietong.synth import generate

WORDS = ["钢铁", "旅游", "节能", "智能制造", "新能源", "物流", "医药", "文化", "教育", "金融", "农业", "设计", "石墨烯",
         "大数据", "京津冀", "合成", "装备", "环保", "联盟", "创新"]
TYPES = ["industry", "service", "social", "comprehensive"]
PROVINCES = ["110000", "120000", "130000", "140000"]


def paths(n: int, seed: int = 1, unique: bool = False) -> list[str]:
    """``n`` requests as people make them: directory pages with searches and
    filters, paging, and the API's lists, drawn at random (so most repeat
    rarely: the server's query cache is exercised, not just hit)."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        k = rnd.random()
        q = rnd.choice(WORDS) + (" " + rnd.choice(WORDS) if rnd.random() < 0.3 else "")
        if k < 0.3:
            out.append(f"/alliances?q={q}&page={rnd.randint(1, 5)}")
        elif k < 0.5:
            out.append(f"/alliances?type={rnd.choice(TYPES)}&province={rnd.choice(PROVINCES)}&page={rnd.randint(1, 40)}")
        elif k < 0.65:
            out.append(f"/api/v1/alliances?q={q}&limit={rnd.choice([20, 50])}&offset={20 * rnd.randint(0, 10)}")
        elif k < 0.8:
            out.append(f"/api/v1/alliances?province={rnd.choice(PROVINCES)}&offset={20 * rnd.randint(0, 200)}")
        elif k < 0.9:
            out.append(f"/api/v1/organisations?limit=20&offset={20 * rnd.randint(0, 4000)}")
        else:
            out.append(f"/api/v1/memberships?limit=20&offset={20 * rnd.randint(0, 20000)}")
    if unique:  # a parameter the server ignores makes every URL new: no response is served from its cache
        out = [f"{p}&nocache={i}" for i, p in enumerate(out)]
    return out


def serve(db: str, workers: int = 1) -> tuple[str, subprocess.Popen[bytes]]:
    """`xietong serve` in its own process (not sharing the load generator's GIL)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).parent / "xietong"
    proc = subprocess.Popen([str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db,
                             "--workers", str(workers)],
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


class Connection:
    """One keep-alive HTTP/1.1 connection, as lean as a load generator must be
    (httpx spends ~3 ms of CPU per request: it, not the server, would be
    measured). Reads Content-Length and chunked bodies."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        target = quote(path, safe="/?=&%")
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:] if x)}
        if "content-length" in headers:
            await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                await self.reader.readexactly(size + 2)
                if size == 0:
                    break
        if headers.get("connection") == "close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = self.reader = None


async def load(base: str, clients: int, requests: int, seconds: float,
               unique: bool = False) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    todo = iter(paths(requests, unique=unique))
    deadline = time.perf_counter() + seconds
    host, port = base.removeprefix("http://").split(":")

    async def client() -> None:
        nonlocal errors
        conn = Connection(host, int(port))
        while time.perf_counter() < deadline and (path := next(todo, None)) is not None:
            t0 = time.perf_counter()
            try:
                status = await asyncio.wait_for(conn.get(path), timeout=30)
                errors += status >= 400
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError, ValueError):
                errors += 1  # a dropped or refused connection is an error, not a crash
                await conn.close()
            latencies.append(time.perf_counter() - t0)
        await conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, errors, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--alliances", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=100)
    ap.add_argument("--requests", type=int, default=20_000)
    ap.add_argument("--seconds", type=float, default=120)
    ap.add_argument("--unique", action="store_true", help="make every URL distinct (no response cache hits)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="server processes (default: one per core)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'web.sqlite'}"
        store = open_store(db, create=True)
        registry.init(store)
        generate(store, alliances=args.alliances, organisations=args.alliances * 10, memberships=args.alliances * 50, seed=3)
        base, server = serve(db, args.workers)
        try:
            for _ in range(4 * args.workers):  # steady state: every worker has built its views before measuring
                httpx.get(base + "/api/v1/indicators", timeout=600)
                httpx.get(base + "/alliances?q=联盟", timeout=600)
            latencies, errors, elapsed = asyncio.run(load(base, args.clients, args.requests, args.seconds, args.unique))
        finally:
            server.terminate()
            server.wait(timeout=30)
    ms = np.array(latencies) * 1000
    p50, p95, p99 = (float(np.percentile(ms, q)) for q in (50, 95, 99))
    print(f"registry: {args.alliances} alliances; server: {args.workers} worker(s); {args.clients} concurrent clients; "
          f"{len(ms)} requests ({len(set(paths(args.requests, unique=args.unique)))} distinct) in {elapsed:.1f} s")
    print(f"throughput: {len(ms) / elapsed:.0f} requests/s; errors: {errors}")
    print(f"latency: p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms   target: p95 <= 200 ms, no errors   "
          f"{'MET' if p95 <= 200 and errors == 0 else 'NOT MET'}")


if __name__ == "__main__":
    main()
