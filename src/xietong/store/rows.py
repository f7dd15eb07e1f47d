"""Reading many rows fast, for the queries that read the whole registry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

PARTITION = 100_000


def plain_rows(conn: Connection, query: Any) -> Iterator[tuple[Any, ...]]:
    """All rows of ``query`` as plain tuples from the DB-API cursor, in large
    batches: for millions of rows, per-row result objects cost more than the
    database. The query must be ours (no user input): it is compiled with its
    constants inline."""
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(PARTITION):
            yield from batch
    finally:
        cursor.close()
