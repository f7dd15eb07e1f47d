"""Accuracy and confusion matrix of the classifier on a gold TSV file with
columns ``name`` and ``type`` (more columns are ignored)."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xietong.classify import classify
from xietong.vocab import taxonomy_vocab

NONE = "unclassified"


class GoldError(ValueError):
    pass


@dataclass
class Report:
    total: int = 0
    correct: int = 0
    confusion: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "correct": self.correct, "accuracy": round(self.accuracy, 4),
                "confusion": {g: dict(p) for g, p in self.confusion.items()}, "errors": self.errors}


def load_gold(path: str) -> list[tuple[int, str, str]]:
    text = Path(path).read_text(encoding="utf-8-sig")
    reader = csv.DictReader(text.splitlines(), delimiter="\t")
    if not reader.fieldnames or not {"name", "type"} <= set(reader.fieldnames):
        raise GoldError(f"{path}:1: expected tab-separated columns 'name' and 'type'")
    types = taxonomy_vocab("types")
    rows = []
    for n, row in enumerate(reader, start=2):
        t = types.parse(row["type"] or "")
        if not row["name"] or t is None:
            raise GoldError(f"{path}:{n}:type: expected a name and one of {', '.join(types.ids())}")
        rows.append((n, row["name"].strip(), t))
    if not rows:
        raise GoldError(f"{path}: no gold rows")
    return rows


def evaluate(path: str) -> Report:
    report = Report()
    for line, name, gold in load_gold(path):
        c = classify(name)
        predicted = c.type or NONE
        report.total += 1
        report.confusion[gold][predicted] += 1
        if predicted == gold:
            report.correct += 1
        else:
            report.errors.append({"line": line, "name": name, "expected": gold, "predicted": predicted,
                                  "evidence": [e.rule for e in c.evidence[:1]]})
    return report
