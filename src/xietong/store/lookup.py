"""Picking stored rows by their ids, a chunk of ids per query.

Statements and memberships are picked through what they are about
(``tables.FACT_KEYS``: the entity a statement is about, a membership's
organisation), which every backend indexes; their ids are indexed on
PostgreSQL only (see :mod:`xietong.store.tables`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, and_

from xietong.store.tables import FACT_KEYS

CHUNK = 450  # ids, and as many keys, bound in one query: within the 999 values older SQLite builds bind


def by_ids(table: Table, ids: Sequence[str], about: Sequence[Any] | None = None) -> Iterator[ColumnElement[bool]]:
    """Conditions that pick the rows of ``ids``, one per chunk of them. For
    a statement or membership table, ``about`` gives each id's value of its
    key column, in the same order."""
    key = FACT_KEYS.get(table.name)
    if key is not None and (about is None or len(about) != len(ids)):
        raise ValueError(f"{table.name} rows are picked through their {key}: give one for each id")
    for i in range(0, len(ids), CHUNK):
        picked = table.c.id.in_(ids[i : i + CHUNK])
        if key is None or about is None:
            yield picked
        else:
            yield and_(table.c[key].in_(sorted(set(about[i : i + CHUNK]))), picked)
