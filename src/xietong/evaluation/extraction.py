"""Field-level evaluation of the extractor on a gold JSON Lines file.

Each gold line: ``{"id", "text", "date"?, "cluster"?, "alliances": [...]}``
where every alliance has ``alliance`` (its name), ``aliases``, ``founded``,
``city``, ``initiators``, ``initiator_count``, ``member_count``, ``regions``.
A predicted alliance is paired with a gold one by name or alias, or as a
name variant; its fields are then compared one by one. The name itself
scores only when it is the gold's name or one of its aliases: a name cut
short or run long ("自由贸易试验区…联盟" for "中国（天津）自由贸易试验区…联盟")
is paired, so its other fields are judged, but its name counts as wrong. An
alliance found that the gold does not name counts against precision in every
field it fills.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xietong import regions
from xietong.evaluation.scores import Tally
from xietong.names import simplify
from xietong.text import variants
from xietong.text.documents import published
from xietong.text.extract import Record, extract
from xietong.text.facts import COUNCIL_LISTS

SCALARS = ("founded", "city", "initiator_count", "member_count")
LISTS = ("initiators", "regions")
# scored only where a gold record gives them: the sets labelled before a field was read are not
# scored on it (members: from dev89 on; secretariat, None where a text names none: from dev92 on;
# chair, None where a text names none, and vice chairs: from dev93 on; the council's lower tiers:
# from dev95 on; every body chairing it, chairs: from dev98 on)
OPTIONAL_LISTS = ("members", *COUNCIL_LISTS)
OPTIONAL_SCALARS = ("secretariat", "chair")
FIELDS = ("alliance", *SCALARS, *OPTIONAL_SCALARS, *LISTS, *OPTIONAL_LISTS)


class GoldError(ValueError):
    pass


@dataclass
class Report:
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    items: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        t = Tally()
        for v in self.fields.values():
            t.add(v)
        return t

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items, "overall": self.overall.as_dict(),
                "fields": {k: v.as_dict() for k, v in self.fields.items()}, "errors": self.errors}


def load_gold(path: str) -> list[dict[str, Any]]:
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{n}: broken JSON: {exc.msg}") from None
        if not isinstance(item, dict) or "text" not in item or not isinstance(item.get("alliances"), list):
            raise GoldError(f"{path}:{n}: expected an object with 'text' and an 'alliances' list")
        items.append(item)
    if not items:
        raise GoldError(f"{path}: no gold items")
    return items


def _names(rec: dict[str, Any] | Record) -> list[str]:
    if isinstance(rec, Record):
        return [rec.alliance, *rec.aliases]
    return [rec["alliance"], *rec.get("aliases", [])]


def _named_alike(pred: Record, gold: dict[str, Any]) -> bool:
    """Whether the predicted name or an alias is the gold's name or one of its aliases."""
    return bool({simplify(n) for n in _names(pred)} & {simplify(n) for n in _names(gold)})


def _same(pred: Record, gold: dict[str, Any], cluster: str | None) -> bool:
    return _named_alike(pred, gold) or any(variants.compare(a, b, cluster).same
                                           for a in _names(pred) for b in _names(gold))


def _norm_list(name: str, values: list[Any]) -> set[str]:
    return {simplify(str(v)) for v in values} if name in ("initiators", "members", *COUNCIL_LISTS) else {str(v) for v in values}


def _compare(pred: Record | None, gold: dict[str, Any] | None, report: Report, item_id: str) -> None:
    f = report.fields
    if pred is not None and gold is not None and _named_alike(pred, gold):
        f["alliance"].tp += 1
    elif pred is not None and gold is not None:  # paired as a variant: the name itself is wrong
        f["alliance"].fp += 1
        f["alliance"].fn += 1
        report.errors.append({"id": item_id, "field": "alliance", "predicted": pred.alliance,
                              "expected": gold["alliance"]})
    elif pred is not None:
        f["alliance"].fp += 1
        report.errors.append({"id": item_id, "field": "alliance", "predicted": pred.alliance, "expected": None})
    elif gold is not None:
        f["alliance"].fn += 1
        report.errors.append({"id": item_id, "field": "alliance", "predicted": None, "expected": gold["alliance"]})
    for name in (*SCALARS, *(n for n in OPTIONAL_SCALARS if gold is not None and n in gold)):
        p = getattr(pred, name) if pred is not None else None
        g = gold.get(name) if gold is not None else None
        if p is not None and g is not None and str(p) == str(g):
            f[name].tp += 1
            continue
        if p is not None:
            f[name].fp += 1
        if g is not None:
            f[name].fn += 1
        if p is not None or g is not None:
            report.errors.append({"id": item_id, "field": name, "predicted": p, "expected": g,
                                  "alliance": (gold or {}).get("alliance") or (pred.alliance if pred else None)})
    for name in (*LISTS, *(n for n in OPTIONAL_LISTS if gold is not None and n in gold)):
        p = _norm_list(name, getattr(pred, name) if pred is not None else [])
        g = _norm_list(name, gold.get(name, []) if gold is not None else [])
        f[name].tp += len(p & g)
        f[name].fp += len(p - g)
        f[name].fn += len(g - p)
        if p != g:
            report.errors.append({"id": item_id, "field": name, "predicted": sorted(p), "expected": sorted(g)})


def evaluate(path: str) -> Report:
    report = Report()
    for item in load_gold(path):
        report.items += 1
        cluster = None
        if item.get("cluster"):
            c = regions.resolve_cluster(item["cluster"])
            cluster = c.id if c else None
        # as `xietong extract` reads a document: relative dates against the day given, else the day
        # the document says it was published near its top
        date = dt.date.fromisoformat(item["date"]) if item.get("date") else published(item["text"])
        preds = extract(item["text"], article_date=date, context_cluster=cluster)
        unmatched = list(preds)
        for gold in item["alliances"]:
            match = next((p for p in unmatched if _same(p, gold, cluster)), None)
            if match is not None:
                unmatched.remove(match)
            _compare(match, gold, report, item.get("id", "?"))
        for p in unmatched:
            _compare(p, None, report, item.get("id", "?"))
    return report
