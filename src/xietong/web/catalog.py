"""What the web platform reads: the registry's snapshot, the directory rows,
the indicators and the matcher, built once per process and rebuilt after a
write. Queries here are the core's; routes only call them."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from xietong import regions
from xietong.analytics.run import compute
from xietong.match.engine import Matcher
from xietong.names import simplify
from xietong.store.db import Store


@dataclass
class Catalog:
    store: Store
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _matcher: Matcher | None = None
    _rows: list[dict[str, Any]] | None = None
    _indicators: dict[str, Any] | None = None
    _positions: dict[str, dict[str, int]] | None = None

    def refresh(self) -> None:
        with self._lock:
            self._matcher = self._rows = self._indicators = self._positions = None

    @property
    def matcher(self) -> Matcher:
        with self._lock:
            if self._matcher is None:
                self._matcher = Matcher.build(self.store)
            return self._matcher

    @property
    def indicators(self) -> dict[str, Any]:
        m = self.matcher
        with self._lock:
            if self._indicators is None:
                self._indicators = compute(m.snap)
            return self._indicators

    def index(self, kind: str, entity_id: str) -> int:
        """The snapshot position of an alliance or organisation id (−1 if unknown)."""
        m = self.matcher
        with self._lock:
            if self._positions is None:
                self._positions = {"alliance": {a: i for i, a in enumerate(m.snap.alliance_ids)},
                                   "org": {o: i for i, o in enumerate(m.snap.org_ids)}}
            return self._positions[kind].get(entity_id, -1)

    def rows(self) -> list[dict[str, Any]]:
        """One row per alliance: what the directory shows and filters on."""
        m = self.matcher
        with self._lock:
            if self._rows is None:
                s = m.snap
                counts = m.province_counts
                rows = []
                for i, a_id in enumerate(s.alliance_ids):
                    a = s.alliances[a_id]
                    provinces = [s.provinces[p] for p in range(len(s.provinces)) if counts[i, p]]
                    stated = [c for c in a.counts if c["role"] == "member"]
                    rows.append({
                        "id": a_id, "name": a.name, "aliases": [x for x in m.alliance_aliases[i] if x != a.name],
                        "type": a.type,
                        "sector": a.sector, "founded": a.founded, "city": a.city,
                        "city_name": regions.regions()[a.city].name if a.city in regions.regions() else None,
                        "domains": a.domains, "relations": a.relations, "provinces": provinces,
                        "named_members": int(counts[i].sum()),
                        "stated_members": [{"count": c["count"], "qualifier": c["qualifier"]} for c in stated],
                        "_text": simplify(m.alliance_text[i]),
                    })
                self._rows = sorted(rows, key=lambda r: r["name"])
            return self._rows


def facets(catalog: Catalog) -> dict[str, list[str]]:
    """The values the directory can be filtered by, as the registry holds them."""
    rows = catalog.rows()
    return {"sector": sorted({r["sector"] for r in rows if r["sector"]}),
            "domain": sorted({d for r in rows for d in r["domains"]}),
            "province": sorted({p for r in rows for p in r["provinces"]})}


def search(catalog: Catalog, *, q: str | None = None, type_: str | None = None, province: str | None = None,
           year: str | None = None, sector: str | None = None, domain: str | None = None,
           limit: int = 20, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """The directory: full-text search in Chinese (every word of the query in the
    alliance's profile), filters, pagination; returns (page, total)."""
    rows = catalog.rows()
    if sector:
        rows = [r for r in rows if r["sector"] == sector]
    if domain:
        rows = [r for r in rows if domain in r["domains"]]
    if q:
        from xietong.match.text import words

        terms = [simplify(w) for w in words(q)] or [simplify(q.strip())]
        rows = [r for r in rows if all(t in r["_text"] for t in terms)]
    if type_:
        rows = [r for r in rows if r["type"] == type_]
    if province:
        code = regions.resolve(province).province
        rows = [r for r in rows if code in r["provinces"] or (r["city"] and regions.regions()[r["city"]].province == code)]
    if year:
        rows = [r for r in rows if (r["founded"] or "").startswith(year)]
    page = [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows[offset : offset + limit]]
    return page, len(rows)
