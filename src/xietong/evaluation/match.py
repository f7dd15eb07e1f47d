"""Evaluating matchmaking on a query file: each line a need in plain words and
a substring of the alliance that should come up (its name or an alias).
Hits@k = share of queries whose expected alliance is among the top k."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xietong.match.engine import Matcher, match


class GoldError(ValueError):
    pass


@dataclass
class QueryReport:
    total: int = 0
    hits: dict[int, int] = field(default_factory=lambda: {1: 0, 3: 0, 10: 0})
    misses: list[dict[str, Any]] = field(default_factory=list)

    def at(self, k: int) -> float:
        return self.hits[k] / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"queries": self.total, **{f"hits@{k}": round(self.at(k), 4) for k in self.hits}, "misses": self.misses}


def load_queries(path: str) -> list[tuple[int, str, str]]:
    text = Path(path).read_text(encoding="utf-8-sig")
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    if not reader.fieldnames or not {"query", "expected"} <= set(reader.fieldnames):
        raise GoldError(f"{path}:1: expected tab-separated columns 'query' and 'expected'")
    rows = []
    for n, row in enumerate(reader, start=2):
        if not (row["query"] or "").strip() or not (row["expected"] or "").strip():
            raise GoldError(f"{path}:{n}: a query and an expected alliance are both needed")
        rows.append((n, row["query"].strip(), row["expected"].strip()))
    if not rows:
        raise GoldError(f"{path}: no queries")
    return rows


def evaluate_queries(matcher: Matcher, path: str) -> QueryReport:
    report = QueryReport()
    names = {a_id: [matcher.snap.alliances[a_id].name, *aliases]
             for a_id, aliases in zip(matcher.snap.alliance_ids, matcher.alliance_aliases, strict=True)}
    for line, query, expected in load_queries(path):
        report.total += 1
        ranked = [r.id for r in match(matcher, query, kind="alliance", top=10)]
        rank = next((i + 1 for i, a_id in enumerate(ranked) if any(expected in n for n in names[a_id])), None)
        for k in report.hits:
            if rank is not None and rank <= k:
                report.hits[k] += 1
        if rank is None or rank > 3:
            report.misses.append({"line": line, "query": query, "expected": expected, "rank": rank,
                                  "top": [matcher.snap.alliances[a].name for a in ranked[:3]]})
    return report
