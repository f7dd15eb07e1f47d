"""Noticing change. Every transaction that changes what the registry says
adds one row to ``registry_change`` (inserts only: concurrent writers never
wait on each other for it, and a rolled-back write leaves no trace). Readers
that keep derived views — the web platform's catalog — compare the highest
number with the one their views were built at."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from xietong import clock
from xietong.store.tables import registry_change


def touch(conn: Connection) -> None:
    """Record that the current transaction changed the registry (once per transaction)."""
    tx = conn.get_transaction()
    if tx is not None and conn.info.get("xietong_touched") is tx:
        return
    conn.execute(registry_change.insert().values(at=clock.now()))
    conn.info["xietong_touched"] = tx


def generation(conn: Connection) -> int:
    """The number of the latest change (0 for a registry never changed)."""
    return int(conn.execute(select(func.max(registry_change.c.seq))).scalar() or 0)
