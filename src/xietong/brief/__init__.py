"""The survey brief: content generated from the indicators (``content``),
charts as ECharts options (``charts``), and renderers to HTML, Markdown, PDF
and XLSX (``render``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from xietong.regions import Cluster
from xietong.store.db import Store

if TYPE_CHECKING:
    from xietong.analytics.run import Progress


def report(store: Store, fmt: str, out: Path, *, lang: str = "zh", as_of: str | None = None,
           cluster: Cluster | None = None, home: Cluster | None = None, progress: Progress | None = None) -> Path:
    """Compute the indicators, write the brief in ``fmt`` to ``out``: of one city ``cluster``'s
    alliances, or of the whole registry read with ``home``'s places (see :mod:`xietong.analytics.run`);
    ``progress`` is told of the reading, each indicator and the writing."""
    from xietong.analytics.run import compute, read
    from xietong.brief.content import build
    from xietong.brief.render import write

    snap = read(store, as_of, progress)
    shown = snap.of_cluster(cluster.id, cluster.provinces) if cluster else snap  # what its charts draw
    content = build(compute(snap, cluster, home, progress, cut=shown if cluster else None), shown, lang)
    if progress:
        progress("writing", 0, 1)
    path = write(content, fmt, out)
    if progress:
        progress("writing", 1, 1)
    return path
