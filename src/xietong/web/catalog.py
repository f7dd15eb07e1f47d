"""What the web platform reads: the registry's snapshot, the directory rows,
the indicators and the matcher, built once per process and rebuilt after a
write. Queries here are the core's; routes only call them."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from xietong import collation, lookalikes, regions
from xietong.analytics.run import compute
from xietong.match.engine import Matcher
from xietong.names import simplify
from xietong.store.changes import generation
from xietong.store.db import Store

REMEMBERED = 2048  # query results kept (lists of row positions)
log = logging.getLogger(__name__)
CHECK_EVERY = 1.0  # seconds between looks at whether the registry changed elsewhere


@dataclass
class Catalog:
    store: Store
    home: regions.Cluster | None = None  # whose places the whole registry is read with (None: 京津冀's)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _matcher: Matcher | None = None
    _rows: list[dict[str, Any]] | None = None
    _indicators: dict[str, Any] | None = None
    _scoped: dict[str, tuple[Any, dict[str, Any]]] = field(default_factory=dict)  # cluster id -> (snapshot, indicators)
    _positions: dict[str, dict[str, int]] | None = None
    _facets: dict[str, list[str]] | None = None
    _text_index: TextIndex | None = None
    _lookalikes: list[dict[str, Any]] | None = None
    _found: OrderedDict[tuple[Any, ...], list[int]] = field(default_factory=OrderedDict)
    _generation: int = -1
    _checked: float = float("-inf")
    _building: threading.Thread | None = None
    version: int = 0  # bumped whenever the views are dropped or replaced: caches of responses key on it

    def refresh(self) -> None:
        with self._lock:
            self._install(None)
            self._checked = float("-inf")

    def _install(self, built: Catalog | None) -> None:
        """Put the views ``built`` holds in place (none: drop them all), and
        drop what derives from the old ones. The caller holds the lock."""
        self._matcher = built._matcher if built else None
        self._rows = built._rows if built else None
        self._text_index = built._text_index if built else None
        self._indicators = built._indicators if built else None
        self._scoped = dict(built._scoped) if built else {}
        self._positions = self._facets = self._lookalikes = None
        self._found.clear()
        self.version += 1

    def current(self) -> int:
        """Notice when the registry changed since the views were built — by
        this process or any other (another worker, the command line); looked
        at no more than once a second. Returns the views' version.

        A write through this process drops its views (:meth:`refresh`), so the
        writer's next page shows the change. A change made elsewhere is
        rebuilt in the background while the old views keep being served: on
        a large registry building takes seconds, and every reader would
        otherwise wait for it."""
        now = time.monotonic()
        if now - self._checked >= CHECK_EVERY:
            self._checked = now
            with self.store.engine.connect() as conn:
                seen = generation(conn)
            if seen != self._generation:
                if self._matcher is None:  # nothing to serve meanwhile
                    self.refresh()
                    self._generation = seen
                    self._checked = now
                else:
                    thread = None
                    with self._lock:  # one rebuild at a time, however many readers noticed
                        if self._building is None:
                            thread = self._building = threading.Thread(target=self._rebuild, args=(self.version,),
                                                                       daemon=True)
                    if thread is not None:
                        thread.start()
        return self.version

    def _rebuild(self, version: int) -> None:
        """Build the views of the registry as it now stands beside the ones
        being served, and put them in their place — unless this process
        dropped its views meanwhile (its own write), which makes these moot."""
        try:
            fresh = Catalog(self.store, self.home)
            fresh.rows()
            if self._indicators is not None:
                fresh.indicators  # noqa: B018  (the dashboard's, when they were built before)
            for cluster in list(self._scoped):  # and each city cluster's that pages were reading
                fresh._scope(regions.clusters()[cluster])
            with self._lock:
                if self.version == version:
                    self._install(fresh)
                    self._generation = fresh._generation
        except Exception:  # noqa: BLE001
            # drop the views: the next reader builds them and meets the error itself; the log says why
            log.exception("building the views in the background failed; they are dropped, to be built by the next reader")
            self.refresh()
        finally:
            self._building = None

    def settle(self, timeout: float | None = None) -> None:
        """Wait for a background rebuild, if one is running, to be done."""
        building = self._building
        if building is not None:
            building.join(timeout)

    def remembered(self, version: int, key: tuple[Any, ...], compute: Callable[[], list[Any]]) -> list[Any]:
        """The result of a query on the views of ``version``, computed once:
        the directory's searches repeat (people page through them). A result
        computed while the views were replaced is not kept."""
        key = (version, *key)
        with self._lock:
            hit = self._found.get(key)
            if hit is not None:
                self._found.move_to_end(key)
                return hit
        found = compute()
        with self._lock:
            if version == self.version:
                self._found[key] = found
                while len(self._found) > REMEMBERED:
                    self._found.popitem(last=False)
        return found

    def ready(self) -> bool:
        """Whether the directory's views are built for the registry as it stands."""
        self.current()
        return self._rows is not None

    @property
    def matcher(self) -> Matcher:
        self.current()
        with self._lock:
            if self._matcher is None:
                self._matcher = Matcher.build(self.store)
            return self._matcher

    @property
    def indicators(self) -> dict[str, Any]:
        """The indicators of the whole registry, read with the home cluster's places."""
        m = self.matcher
        with self._lock:
            if self._indicators is None:
                self._indicators = compute(m.snap, home=self.home)
            return self._indicators

    def indicators_of(self, scope: regions.Cluster | None) -> dict[str, Any]:
        """The indicators of one city cluster's alliances (``scope``), or of the whole registry (None)."""
        return self.indicators if scope is None else self._scope(scope)[1]

    def snapshot_of(self, scope: regions.Cluster | None) -> Any:
        """The snapshot of one city cluster's alliances and organisations (``scope``;
        :meth:`~xietong.analytics.snapshot.Snapshot.of_cluster`), or of the whole registry (None)."""
        return self.matcher.snap if scope is None else self._scope(scope)[0]

    def _scope(self, scope: regions.Cluster) -> tuple[Any, dict[str, Any]]:
        """A city cluster's snapshot and indicators, worked out once for each state of the
        registry (seconds at 200,000 organisations), and again in the background after a change,
        as the whole registry's are (:meth:`_rebuild`), for a cluster pages were reading."""
        version, m = self.current(), self.matcher
        with self._lock:
            hit = self._scoped.get(scope.id)
        if hit is not None:
            return hit
        cut = m.snap.of_cluster(scope.id, scope.provinces)
        built = (cut, compute(m.snap, scope, cut=cut))
        with self._lock:
            if version == self.version:
                self._scoped[scope.id] = built
        return built

    def lookalikes(self) -> list[dict[str, Any]]:
        """The merge review's proposals (:func:`xietong.lookalikes.suggest`),
        worked out once for the registry as it stands: every organisation's
        name is read for them, seconds at 200,000."""
        version = self.current()
        with self._lock:
            if self._lookalikes is not None:
                return self._lookalikes
        with self.store.engine.connect() as conn:
            found = [x.as_dict() for x in lookalikes.suggest(conn)]
        with self._lock:
            if version == self.version:
                self._lookalikes = found
        return found

    def index(self, kind: str, entity_id: str) -> int:
        """The snapshot position of an alliance or organisation id (−1 if unknown)."""
        return self.positions(kind).get(entity_id, -1)

    def positions(self, kind: str) -> dict[str, int]:
        """Every alliance's or organisation's snapshot position, by id."""
        m = self.matcher
        with self._lock:
            if self._positions is None:
                self._positions = {"alliance": {a: i for i, a in enumerate(m.snap.alliance_ids)},
                                   "org": {o: i for i, o in enumerate(m.snap.org_ids)}}
            return self._positions[kind]

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
                        "former_names": m.alliance_former[i] if m.alliance_former else [],
                        "name_en": a.name_en,
                        "type": a.type,
                        "sector": a.sector, "founded": a.founded, "city": a.city, "cluster": s.cluster_of(a_id),
                        "city_name": regions.regions()[a.city].name if a.city in regions.regions() else None,
                        "domains": a.domains, "relations": a.relations, "provinces": provinces,
                        "named_members": int(s.alliance_size[i]),  # each organisation once, wherever it is
                        "stated_members": [{"count": c["count"], "qualifier": c["qualifier"], "kind": c["kind"]}
                                           for c in stated],
                        "_text": simplify(m.alliance_text[i]),
                    })
                self._rows = sorted(rows, key=lambda r: collation.key(r["name"]))
                self._text_index = TextIndex([r["_text"] for r in self._rows])
            return self._rows

    def directory(self) -> tuple[int, list[dict[str, Any]], TextIndex]:
        """The directory's rows and their text index, with the version they
        belong to, read together (a write elsewhere may replace them any time)."""
        self.rows()
        with self._lock:
            if self._rows is None or self._text_index is None:  # replaced between the two lines above
                return self.directory()
            return self.version, self._rows, self._text_index

    def org_provinces(self) -> list[str]:
        """The provinces organisations belong to (codes, sorted): what the organisation directory
        filters by, worked out once for each state of the registry."""
        s = self.matcher.snap

        def held() -> list[Any]:
            found = {int(p) for p in np.unique(s.org_prov) if p >= 0} | {p for spans in s.org_spans.values() for p in spans}
            return sorted(s.provinces[p] for p in found)

        return self.remembered(self.version, ("org provinces",), held)

    def facets(self) -> dict[str, list[str]]:
        """The values the directory can be filtered by, as the registry holds them."""
        _, rows, _ = self.directory()
        with self._lock:
            if self._facets is None:
                self._facets = {"sector": sorted({r["sector"] for r in rows if r["sector"]}),
                                "domain": sorted({d for r in rows for d in r["domains"]}),
                                "province": sorted({p for r in rows for p in r["provinces"]})}
            return self._facets


class TextIndex:
    """Which texts hold a word: posting sets of character pairs, so a search
    intersects a few sets instead of scanning every profile. A two-character
    word (most Chinese words) is answered by its pair's set alone; a longer
    one is checked in the texts its pairs leave."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.pairs: dict[str, set[int]] = {}
        for i, t in enumerate(texts):
            for pair in {t[j : j + 2] for j in range(len(t) - 1)}:
                self.pairs.setdefault(pair, set()).add(i)

    def holding(self, term: str) -> set[int]:
        if len(term) < 2:
            return {i for i, t in enumerate(self.texts) if term in t}
        sets = sorted((self.pairs.get(term[j : j + 2], set()) for j in range(len(term) - 1)), key=len)
        found = set(sets[0]).intersection(*sets[1:])
        return found if len(term) == 2 else {i for i in found if term in self.texts[i]}

    def matching(self, q: str) -> list[int]:
        from xietong.match.text import words

        terms = [simplify(w) for w in words(q)] or [simplify(q.strip())]
        found = self.holding(terms[0])
        for term in terms[1:]:
            found &= self.holding(term)
        return sorted(found)


# the orders the directory can be read in: a column, ascending, or with "-" before it descending
SORTS = ("name", "-name", "founded", "-founded", "members", "-members")


def search(catalog: Catalog, *, q: str | None = None, type_: str | None = None, province: str | None = None,
           year: str | None = None, sector: str | None = None, domain: str | None = None, cluster: str | None = None,
           limit: int | None = 20, offset: int = 0, sort: str = "name") -> tuple[list[dict[str, Any]], int]:
    """The directory: full-text search in Chinese (every word of the query in the
    alliance's profile), filters (``cluster``: a city cluster's id, the alliances
    scoped to it), an order (:data:`SORTS`), pagination (no ``limit``: every
    match, as a download wants); returns (page, total)."""
    if sort not in SORTS:
        raise ValueError(f"unknown order {sort!r}: one of {', '.join(SORTS)}")
    version, rows, text = catalog.directory()
    key = ("alliances", (q or "").strip(), type_, province, year, sector, domain, cluster, sort)
    found = catalog.remembered(version, key, lambda: ordered(rows, _filter(rows, text.matching(q) if q and q.strip() else None,
                                                                           type_=type_, province=province, year=year,
                                                                           sector=sector, domain=domain, cluster=cluster),
                                                             sort))
    chosen = found[offset:] if limit is None else found[offset : offset + limit]
    page = [{k: v for k, v in rows[i].items() if not k.startswith("_")} for i in chosen]
    return page, len(found)


def ordered(rows: list[dict[str, Any]], chosen: list[int], sort: str) -> list[int]:
    """``chosen`` (positions in ``rows``, which come by name) in the order
    ``sort`` names. Alliances with no founding date known come last either
    way: an unknown date is neither early nor late. Ties keep name order.

    >>> rows = [{"name": "甲", "founded": "2015-04", "named_members": 3}, {"name": "乙", "founded": None, "named_members": 9},
    ...         {"name": "丙", "founded": "2014", "named_members": 3}]
    >>> ordered(rows, [0, 1, 2], "-founded"), ordered(rows, [0, 1, 2], "founded"), ordered(rows, [0, 1, 2], "-members")
    ([0, 2, 1], [2, 0, 1], [1, 0, 2])
    """
    field, descending = sort.lstrip("-"), sort.startswith("-")
    if field == "name":
        return list(reversed(chosen)) if descending else list(chosen)
    if field == "members":
        return sorted(chosen, key=lambda i: -rows[i]["named_members"] if descending else rows[i]["named_members"])
    dated = [i for i in chosen if rows[i]["founded"]]
    dated.sort(key=lambda i: rows[i]["founded"], reverse=descending)  # stable either way: ties stay by name
    return dated + [i for i in chosen if not rows[i]["founded"]]


def _filter(rows: list[dict[str, Any]], matched: list[int] | None, *, type_: str | None, province: str | None,
            year: str | None, sector: str | None, domain: str | None, cluster: str | None = None) -> list[int]:
    chosen: Any = range(len(rows)) if matched is None else matched
    if cluster:
        chosen = [i for i in chosen if rows[i]["cluster"] == cluster]
    if sector:
        chosen = [i for i in chosen if rows[i]["sector"] == sector]
    if domain:
        chosen = [i for i in chosen if domain in rows[i]["domains"]]
    if type_:
        chosen = [i for i in chosen if rows[i]["type"] == type_]
    if province:
        code = regions.resolve(province).province
        table = regions.regions()
        chosen = [i for i in chosen if code in rows[i]["provinces"]
                  or (rows[i]["city"] and table[rows[i]["city"]].province == code)]
    if year:
        chosen = [i for i in chosen if (rows[i]["founded"] or "").startswith(year)]
    return list(chosen)


def org_search(catalog: Catalog, q: str | None, limit: int | None, offset: int, *, province: str | None = None,
               kind: str | None = None, cluster: regions.Cluster | None = None) -> tuple[list[int], int]:
    """The organisation directory: those whose name holds ``q`` (all when
    empty), of a ``kind`` (:func:`xietong.vocab.org_kinds` id), in a
    ``province`` (a region name or code; a collective counts in each
    province it spans) and of a city ``cluster`` (members of its alliances, and
    those of its provinces, as its indicators read them), those in the most
    alliances first, then by name: a page of snapshot positions (no ``limit``:
    all from ``offset``) and the total."""
    from xietong.analytics.snapshot import KIND_INDEX

    version = catalog.version
    s = catalog.matcher.snap
    q = (q or "").strip()
    code = regions.resolve(province).province if province else None

    def compute() -> list[int]:
        order = np.asarray(org_order(catalog), dtype=np.int64)
        keep = np.ones(s.n_orgs, dtype=bool)
        if q:
            keep &= np.fromiter((q in n for n in s.org_names), dtype=bool, count=s.n_orgs)
        if kind:
            keep &= s.org_kind == KIND_INDEX.get(kind, -2)
        if code:
            p = s.province_index(code)
            here = s.org_prov == p if p >= 0 else np.zeros(s.n_orgs, dtype=bool)
            here[[o for o, spans in s.org_spans.items() if p in spans]] = p >= 0
            keep &= here
        if cluster is not None:
            positions = catalog.positions("org")
            ours = np.zeros(s.n_orgs, dtype=bool)
            ours[[positions[o] for o in catalog.snapshot_of(cluster).org_ids]] = True
            keep &= ours
        return order[keep[order]].tolist()

    found = catalog.remembered(version, ("orgs", q, code, kind, cluster.id if cluster else None), compute)
    return (found[offset:] if limit is None else found[offset : offset + limit]), len(found)


def org_alliances(catalog: Catalog) -> list[int]:
    """How many alliances each organisation (by snapshot position) is a member of, in any role."""
    s = catalog.matcher.snap
    return catalog.remembered(catalog.version, ("org alliances",),
                              lambda: s.org_degree.tolist())


def org_order(catalog: Catalog) -> list[int]:
    """Organisations' snapshot positions, those in the most alliances first, then by name (in
    pinyin order: :mod:`xietong.collation`)."""
    s = catalog.matcher.snap
    counts = org_alliances(catalog)

    def order() -> list[int]:
        sounds = list(map(collation.key, s.org_names))
        return sorted(range(s.n_orgs), key=lambda i: (-counts[i], sounds[i]))

    return catalog.remembered(catalog.version, ("org order",), order)
