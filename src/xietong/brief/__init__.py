"""The survey brief: content generated from the indicators (``content``),
charts as ECharts options (``charts``), and renderers to HTML, Markdown, PDF
and XLSX (``render``)."""

from __future__ import annotations

from pathlib import Path

from xietong.regions import Cluster
from xietong.store.db import Store


def report(store: Store, fmt: str, out: Path, *, lang: str = "zh", as_of: str | None = None,
           cluster: Cluster | None = None, home: Cluster | None = None) -> Path:
    """Compute the indicators, write the brief in ``fmt`` to ``out``: of one city ``cluster``'s
    alliances, or of the whole registry read with ``home``'s places (see :mod:`xietong.analytics.run`)."""
    from xietong.analytics.run import compute
    from xietong.analytics.snapshot import load
    from xietong.brief.content import build
    from xietong.brief.render import write

    store.require_schema()
    with store.engine.connect() as conn:
        snap = load(conn, as_of)
    shown = snap.of_cluster(cluster.id, cluster.provinces) if cluster else snap  # what its charts draw
    return write(build(compute(snap, cluster, home), shown, lang), fmt, out)
