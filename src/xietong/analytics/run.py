"""Every indicator at once, for the CLI, the brief and the web.

The indicators read one city cluster's places: its provinces (coverage, the
industrial chain), the province leading it (the lead) and the others (their
response, their hidden resources). Given a cluster, only its alliances and its
organisations are read; without one, the whole registry is read with the
places of the deployment's home cluster: one a deployment names
(``XIETONG_CLUSTER``), else :data:`HOME`, the cluster xietong grew from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from xietong.analytics import indicators, network
from xietong.analytics.snapshot import Snapshot, load
from xietong.regions import HOME, Cluster, clusters
from xietong.store.db import Store

Progress = Callable[[str, int, int], None]  # (what, done, total): "registry" while reading, "indicators" after


def compute(s: Snapshot, cluster: Cluster | None = None, home: Cluster | None = None,
            progress: Progress | None = None, cut: Snapshot | None = None) -> dict[str, Any]:
    """The indicators of ``cluster``'s alliances, or of the whole registry read with ``home``'s places;
    ``progress`` is told of each indicator done (a minute's work at millions of memberships).
    ``cut`` is ``s`` cut to ``cluster`` already (:meth:`Snapshot.of_cluster`), where the caller keeps
    it too: seconds at 200,000 organisations, not spent twice."""
    place = cluster or home or clusters()[HOME]
    unscoped = None
    if cluster is not None:
        unscoped = sum(1 for a in s.alliance_ids if s.cluster_of(a) is None)  # left out: their scope is unknown
        s = cut if cut is not None else s.of_cluster(cluster.id, cluster.provinces)
    others = tuple(p for p in place.provinces if p != place.leader)
    steps: dict[str, Callable[[], Any]] = {
        "formation": lambda: indicators.formation(s),
        "lead": lambda: indicators.lead(s, place.leader, others) if place.leader else None,
        "coverage": lambda: indicators.coverage(s, place.provinces),
        "province_pairs": lambda: indicators.province_pairs(s),
        "ei_index": lambda: indicators.ei_index(s),
        "flows": lambda: indicators.flows(s),
        "mix": lambda: indicators.mix(s),
        "chain_coverage": lambda: indicators.chain_coverage(s, place.provinces),
        "sizes": lambda: indicators.counted_size(s),
        "network": lambda: network.metrics(s),
        "specialisation": lambda: indicators.specialisation(s),
        "gaps": lambda: indicators.gaps(s, others),
        "activity": lambda: indicators.activity(s),
    }
    result: dict[str, Any] = {
        "as_of": s.as_of,
        "cluster": {"id": place.id, "provinces": list(place.provinces), "leader": place.leader,
                    "scoped": cluster is not None, "unscoped_alliances": unscoped},
    }
    for done, (key, step) in enumerate(steps.items()):
        if progress:
            progress("indicators", done, len(steps))
        result[key] = step()
    if progress:
        progress("indicators", len(steps), len(steps))
    return result


def read(store: Store, as_of: str | None = None, progress: Progress | None = None) -> Snapshot:
    """The registry's snapshot as of ``as_of`` (see :func:`~xietong.analytics.snapshot.load`), with
    ``progress`` told when reading starts and ends (most of the time at millions of memberships)."""
    store.require_schema()
    if progress:
        progress("registry", 0, 1)
    with store.engine.connect() as conn:
        snap = load(conn, as_of)
    if progress:
        progress("registry", 1, 1)
    return snap


def analyze(store: Store, as_of: str | None = None, cluster: Cluster | None = None,
            home: Cluster | None = None, progress: Progress | None = None) -> dict[str, Any]:
    return compute(read(store, as_of, progress), cluster, home, progress)
