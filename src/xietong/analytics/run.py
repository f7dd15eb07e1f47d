"""Every indicator at once, for the CLI, the brief and the web.

The indicators read one city cluster's places: its provinces (coverage, the
industrial chain), the province leading it (the lead) and the others (their
response, their hidden resources). Given a cluster, only its alliances and its
organisations are read; without one, the whole registry is read with the
places of the deployment's home cluster: one a deployment names
(``XIETONG_CLUSTER``), else :data:`HOME`, the cluster xietong grew from.
"""

from __future__ import annotations

from typing import Any

from xietong.analytics import indicators, network
from xietong.analytics.snapshot import Snapshot, load
from xietong.regions import HOME, Cluster, clusters
from xietong.store.db import Store


def compute(s: Snapshot, cluster: Cluster | None = None, home: Cluster | None = None) -> dict[str, Any]:
    """The indicators of ``cluster``'s alliances, or of the whole registry read with ``home``'s places."""
    place = cluster or home or clusters()[HOME]
    unscoped = None
    if cluster is not None:
        unscoped = sum(1 for a in s.alliance_ids if s.cluster_of(a) is None)  # left out: their scope is unknown
        s = s.of_cluster(cluster.id, cluster.provinces)
    others = tuple(p for p in place.provinces if p != place.leader)
    return {
        "as_of": s.as_of,
        "cluster": {"id": place.id, "provinces": list(place.provinces), "leader": place.leader,
                    "scoped": cluster is not None, "unscoped_alliances": unscoped},
        "formation": indicators.formation(s),
        "lead": indicators.lead(s, place.leader, others) if place.leader else None,
        "coverage": indicators.coverage(s, place.provinces),
        "province_pairs": indicators.province_pairs(s),
        "ei_index": indicators.ei_index(s),
        "flows": indicators.flows(s),
        "mix": indicators.mix(s),
        "chain_coverage": indicators.chain_coverage(s, place.provinces),
        "sizes": indicators.counted_size(s),
        "network": network.metrics(s),
        "specialisation": indicators.specialisation(s),
        "gaps": indicators.gaps(s, others),
        "activity": indicators.activity(s),
    }


def analyze(store: Store, as_of: str | None = None, cluster: Cluster | None = None,
            home: Cluster | None = None) -> dict[str, Any]:
    store.require_schema()
    with store.engine.connect() as conn:
        return compute(load(conn, as_of), cluster, home)
