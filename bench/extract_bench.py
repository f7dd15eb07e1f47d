"""Extraction throughput (issue 3): Chinese news text, one core.

Target: >= 1 MB/s, measured against jieba's own segmentation (jieba.lcut) of
the same text in the same run. Prints both rates and the ratio.

The text: the seed brief and the evaluation sentences (alliance-dense), mixed
with ordinary news sentences, repeated to the size asked for.

    python bench/extract_bench.py             # 20 MB
    python bench/extract_bench.py --mb 1      # smoke size
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from xietong.ingest.bundled import seed_text
from xietong.text.cues import segmenter
from xietong.text.extract import extract

ROOT = Path(__file__).resolve().parents[1]
FILLER = ("今年以来，区域协同发展取得积极进展，重点项目加快推进，营商环境持续优化。"
          "记者从市发展改革委获悉，全市规模以上工业增加值同比增长百分之六点五。"
          "与此同时，交通一体化、生态环境联防联治和公共服务共建共享不断深化。\n")


def corpus(megabytes: float) -> str:
    sentences = [json.loads(line)["text"] for f in ("extraction_news.jsonl", "extraction_dev2.jsonl")
                 for line in (ROOT / "eval" / f).read_text(encoding="utf-8").splitlines() if line.strip()]
    block = seed_text() + "\n" + "\n".join(s + FILLER * 3 for s in sentences) + "\n"
    target = int(megabytes * 1024 * 1024)
    reps = max(1, target // len(block.encode("utf-8")) + 1)
    return block * reps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0)
    args = ap.parse_args()
    text = corpus(args.mb)
    size_mb = len(text.encode("utf-8")) / (1024 * 1024)
    jieba = segmenter()  # dictionary loaded before timing either side
    extract("京津冀预热产业联盟在北京成立，首批成员单位三十家。")  # what reading loads once (a count in words: cn2an)
    t0 = time.perf_counter()
    records = extract(text)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    tokens = jieba.lcut(text)
    base = time.perf_counter() - t0
    print(f"text: {size_mb:.1f} MB of Chinese news text; {len(records)} alliance records; {len(tokens)} jieba tokens")
    print(f"jieba segmentation: {base:.2f} s ({size_mb / base:.2f} MB/s)")
    print(f"xietong extraction: {ours:.2f} s ({size_mb / ours:.2f} MB/s)   target: >= 1.00 MB/s   "
          f"{'MET' if size_mb / ours >= 1 else 'NOT MET'}")
    print(f"ratio (extraction speed / jieba speed): {base / ours:.2f}x")


if __name__ == "__main__":
    main()
