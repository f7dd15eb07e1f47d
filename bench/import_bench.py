"""Import benchmark (issue 2): organisations and memberships from CSV into SQLite.

Target: within 5x the time of a bare ``sqlite3`` ``executemany`` of the same
rows, measured in this same run, with peak memory under 1 GB.

The xietong import runs in a child process so its peak memory is its own (all
its processes together), not this script's generated data. Prints figures, targets and ratios.

    python bench/import_bench.py                                   # full size
    python bench/import_bench.py --orgs 2000 --memberships 10000   # smoke size
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

PROVINCES = ["北京", "天津", "河北", "石家庄", "唐山", "廊坊", "保定", "山西", "上海", "广东"]
KINDS = ["企业", "高校", "科研院所", "社会团体", "金融机构", "园区/开发区"]


def generate(folder: Path, n_orgs: int, n_members: int, n_alliances: int, seed: int) -> dict[str, list[list[str]]]:
    rnd = random.Random(seed)
    alliances = [[f"京津冀基准测试第{i:05d}联盟", f"{2014 + i % 4}-{1 + i % 12:02d}", "产业类"] for i in range(n_alliances)]
    orgs = [[f"基准测试机构{i:07d}有限公司", rnd.choice(KINDS), rnd.choice(PROVINCES)] for i in range(n_orgs)]
    members: set[tuple[int, int]] = set()
    while len(members) < n_members:
        # heavy-tailed: a few alliances have many members
        a = min(int(rnd.paretovariate(1.2)) - 1, n_alliances - 1)
        members.add((a, rnd.randrange(n_orgs)))
    member_rows = [[alliances[a][0], orgs[o][0], "成员单位"] for a, o in sorted(members)]
    tables = {
        "alliances": (["联盟名称", "成立时间", "类型"], alliances),
        "orgs": (["名称", "机构类型", "所属省份"], orgs),
        "memberships": (["联盟", "成员单位", "角色"], member_rows),
    }
    for name, (header, rows) in tables.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
    return {k: v[1] for k, v in tables.items()}


def baseline(folder: Path, rows: dict[str, list[list[str]]]) -> float:
    """A bare sqlite3 executemany of the same rows into plain tables, one transaction."""
    db = folder / "baseline.sqlite"
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    for name in rows:
        conn.execute(f"CREATE TABLE {name} (a TEXT, b TEXT, c TEXT)")
    t0 = time.perf_counter()
    with conn:
        for name, data in rows.items():
            conn.executemany(f"INSERT INTO {name} VALUES (?, ?, ?)", data)
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def _tree_rss(pid: int) -> int:
    """Resident bytes of process ``pid`` and all its descendants now (0 once it is gone)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0) * 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def xietong_import(folder: Path) -> tuple[float, float]:
    """Seconds and peak MiB of `xietong import` of the three files, in a child process.

    The import may read ahead in a process of its own, so the peak is of all
    its processes together: their resident memory summed, sampled ten times
    a second, and never less than the largest one's own peak (max RSS)."""
    db = folder / "xietong.sqlite"
    db.unlink(missing_ok=True)  # a kept folder's registry from an earlier run would make this a re-import
    exe = Path(sys.executable).parent / "xietong"
    env = dict(os.environ, XIETONG_DB=f"sqlite:///{db}")
    subprocess.run([str(exe), "init"], check=True, env=env, capture_output=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([str(exe), "import", str(folder / "alliances.csv"), str(folder / "orgs.csv"),
                                 str(folder / "memberships.csv")], env=env, stdout=subprocess.DEVNULL, stderr=err)
        summed = 0
        while proc.poll() is None:
            summed = max(summed, _tree_rss(proc.pid))
            time.sleep(0.1)
        elapsed = time.perf_counter() - t0
        if proc.returncode:
            err.seek(0)
            raise SystemExit(f"xietong import failed ({proc.returncode}): {err.read().decode()[-2000:]}")
    largest = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) * 1024
    return elapsed, max(summed, largest) / (1 << 20)


def _sql_literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def storage_floor(folder: Path, batch: int = 5000) -> tuple[float, int]:
    """A bare executemany of exactly the rows xietong stored, into the same
    schema, written the way xietong writes them: in batches, a column that
    holds one value across a batch written once as an SQL literal, and the
    secondary indexes built after the rows as a large import builds them.
    What the sourced data model costs before any Python work."""
    src = sqlite3.connect(folder / "xietong.sqlite")
    dst_path = folder / "floor.sqlite"
    dst_path.unlink(missing_ok=True)
    dst = sqlite3.connect(dst_path)
    dst.execute("PRAGMA cache_size = -131072")  # as xietong's store sets it
    ddl = src.execute("SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").fetchall()
    for kind, sql in ddl:
        if kind != "index":
            dst.execute(sql)
    # (table, SQL, bound rows) per batch, prepared before the clock starts
    work: list[tuple[str, list[tuple[object, ...]]]] = []
    stored = 0
    for (name,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"):
        rows = src.execute(f"SELECT * FROM {name}").fetchall()
        stored += len(rows)
        for i in range(0, len(rows), batch):
            by_col = list(zip(*rows[i : i + batch], strict=True))
            values, bound = [], []
            for j, column in enumerate(by_col):
                if j > 0 and len(column) > 1 and len(set(column)) == 1 and type(column[0]) in (str, int, type(None)):
                    values.append(_sql_literal(column[0]))
                else:
                    values.append("?")
                    bound.append(column)
            work.append((f"INSERT INTO {name} VALUES ({', '.join(values)})", list(zip(*bound, strict=True))))
    src.close()
    t0 = time.perf_counter()
    with dst:
        for sql, data in work:
            dst.executemany(sql, data)
        for kind, sql in ddl:
            if kind == "index":
                dst.execute(sql)
    elapsed = time.perf_counter() - t0
    dst.close()
    return elapsed, stored


def size_arguments(ap: argparse.ArgumentParser) -> None:
    """The size of the generated data, the same for every benchmark of the import."""
    ap.add_argument("--orgs", type=int, default=200_000)
    ap.add_argument("--memberships", type=int, default=1_000_000)
    ap.add_argument("--alliances", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)


def generated(folder: Path, args: argparse.Namespace) -> dict[str, list[list[str]]]:
    """The benchmark's data at the size ``args`` give (:func:`size_arguments`), written to ``folder``."""
    return generate(folder, args.orgs, args.memberships, min(args.alliances, args.orgs), args.seed)


def between_baselines(folder: Path, rows: dict[str, list[list[str]]], work: Callable[[], T]) -> tuple[T, float, list[float]]:
    """``work``'s result, with the baseline measured around it: the baseline takes seconds and this
    machine's speed wanders, so the median of three runs, two before the work and one after, is the
    figure. Returns the result, that median and the three runs."""
    bases = [baseline(folder, rows) for _ in range(2)]
    result = work()
    bases.append(baseline(folder, rows))
    return result, sorted(bases)[1], bases


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    size_arguments(ap)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep its files (for profiling)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        rows = generated(folder, args)
        total = sum(len(v) for v in rows.values())
        (ours, peak), base, bases = between_baselines(folder, rows, lambda: xietong_import(folder))
        floor, stored = storage_floor(folder)
    ratio = ours / base
    print(f"rows: {len(rows['alliances'])} alliances, {len(rows['orgs'])} organisations, "
          f"{len(rows['memberships'])} memberships ({total} in all)")
    print(f"baseline sqlite3 executemany: {base:.2f} s ({total / base:,.0f} rows/s; median of "
          f"{', '.join(f'{b:.2f}' for b in bases)} s)")
    print(f"xietong import:               {ours:.2f} s ({total / ours:,.0f} rows/s)")
    print(f"ratio: {ratio:.1f}x   target: <= 5.0x   {'MET' if ratio <= 5 else 'NOT MET'}")
    print(f"storage floor: {floor:.2f} s to executemany the {stored} rows xietong stored (same schema, written as xietong writes them, indexes built after); "
          f"baseline ratio of the floor alone: {floor / base:.1f}x; xietong / floor: {ours / floor:.1f}x")
    print(f"peak memory (xietong import, all its processes together): {peak:.0f} MiB   target: < 1024 MiB   {'MET' if peak < 1024 else 'NOT MET'}")


if __name__ == "__main__":
    main()
