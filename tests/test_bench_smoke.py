"""Each benchmark in bench/ runs at a tiny size in CI (no timing asserted:
targets are read from the full runs, not tested)."""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def run(script: str, *args: str) -> str:
    """What a benchmark prints, run at the size ``args`` give."""
    return subprocess.run([sys.executable, str(BENCH / script), *args], check=True, capture_output=True, text=True).stdout


def test_import_bench_smoke() -> None:
    out = run("import_bench.py", "--orgs", "300", "--memberships", "1500", "--alliances", "30")
    for line in ("baseline sqlite3 executemany:", "xietong import:", "ratio:", "target: <= 5.0x", "storage floor:",
                 "peak memory"):
        assert line in out


def test_extract_bench_smoke() -> None:
    out = run("extract_bench.py", "--mb", "0.2")
    for line in ("jieba segmentation:", "xietong extraction:", "target: >= 1.00 MB/s", "ratio"):
        assert line in out


def test_analytics_bench_smoke() -> None:
    out = run("analytics_bench.py", "--scale", "0.002")
    for line in ("all indicators:", "target: <= 60 s", "peak memory", "networkx baseline:", "target: >= 20x"):
        assert line in out


def test_match_bench_smoke() -> None:
    out = run("match_bench.py", "--scale", "0.005", "--queries", "10")
    for line in ("index build:", "target: <= 60 s", "p95", "target: p95 <= 50 ms", "brute-force scan", "ratio"):
        assert line in out


def test_web_load_bench_smoke() -> None:
    out = run("web_load_bench.py", "--alliances", "30", "--clients", "4", "--requests", "40", "--workers", "2")
    for line in ("server: 2 worker(s)", "concurrent clients", "throughput:", "errors: 0", "p95", "target: p95 <= 200 ms"):
        assert line in out


def test_storage_models_bench_smoke() -> None:
    out = run("storage_models.py", "--orgs", "300", "--memberships", "1500", "--alliances", "30")
    for line in ("baseline executemany", "the 5x target allows", "today      floor:", "hybrid     floor:", "integer    floor:", "batch-prov floor:", "no-fact-id floor:", "int-refs   floor:",
                 "of the 5x budget for all Python work"):
        assert line in out


def test_lean_import_study_smoke() -> None:
    out = run("lean_import_study.py", "--orgs", "300", "--memberships", "1500", "--alliances", "30")
    for line in ("baseline executemany", "reading, checking and keying entities", "building the indexes and committing",
                 "lean import (integer keys):", "lean import (text keys):", "target of the real import: <= 5.0x"):
        assert line in out
