"""Every indicator at once, for the CLI, the brief and the web."""

from __future__ import annotations

from typing import Any

from xietong.analytics import indicators, network
from xietong.analytics.snapshot import Snapshot, load
from xietong.store.db import Store


def compute(s: Snapshot) -> dict[str, Any]:
    return {
        "as_of": s.as_of,
        "formation": indicators.formation(s),
        "lead": indicators.lead(s),
        "coverage": indicators.coverage(s),
        "province_pairs": indicators.province_pairs(s),
        "ei_index": indicators.ei_index(s),
        "flows": indicators.flows(s),
        "mix": indicators.mix(s),
        "chain_coverage": indicators.chain_coverage(s),
        "sizes": indicators.counted_size(s),
        "network": network.metrics(s),
        "specialisation": indicators.specialisation(s),
        "gaps": indicators.gaps(s),
        "activity": indicators.activity(s),
    }


def analyze(store: Store, as_of: str | None = None) -> dict[str, Any]:
    store.require_schema()
    with store.engine.connect() as conn:
        return compute(load(conn, as_of))
