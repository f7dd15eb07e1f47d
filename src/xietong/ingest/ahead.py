"""Reading and checking a large import's tables ahead, in a second process.

Applying rows (resolving names, hashing ids, writing) must happen in the one
process that holds the transaction, one row after another. Reading a file and
checking its rows (:mod:`xietong.ingest.checking`) need nothing but the file.
So for a large import a second process reads and checks every table, in the
order they are applied, and hands each block over checked, while this one
applies the blocks before: the two run side by side on two cores. At full
benchmark size (1.2 million rows) reading and checking take about 11 s of a
45 s import, and taking the checked blocks over costs about 2 s.

A small import is checked in its own process: starting a second interpreter
takes most of a second. The blocks are the same either way (tests hold the
two ways to the same registry), and so are the problems: an unreadable file
raises the same :class:`~xietong.ingest.problems.InputError` here.
"""

from __future__ import annotations

import gc
import multiprocessing
import queue as queues
from collections.abc import Iterator
from typing import Any

from xietong.ingest.checking import Checked, check
from xietong.ingest.headers import Mapping
from xietong.ingest.readers import read_tables

AHEAD_BYTES = 8 << 20  # tables this large in all (files on disk) are read ahead in a second process
READY = 32  # checked blocks the second process may hold ready (bounded: memory stays flat)
WAIT = 1.0  # seconds between checks that the second process is still alive while waiting for a block

# one table to read: its file, its place among the file's tables, how its columns map
Job = tuple[str, int, Mapping]


def _read_ahead(jobs: list[Job], out: Any) -> None:
    """The second process: check each table in turn and hand its blocks
    over, then None; an exception (an unreadable row, say) is handed over
    in place of the block it stopped."""
    gc.disable()  # as in the importing process: millions of objects, almost no cycles
    caches: dict[str, dict[str, Any]] = {}
    try:
        for i, (path, index, mapping) in enumerate(jobs):
            table = read_tables(path)[index]
            for block in check(table, mapping, caches):
                out.put((i, block))
            out.put((i, None))
    except BaseException as exc:  # handed over whole, to be raised where the import runs
        out.put((-1, exc))


class ReadAhead:
    """A second process reading and checking ``jobs`` in order; :meth:`blocks` gives the ith table's."""

    def __init__(self, jobs: list[Job]):
        ctx = multiprocessing.get_context("spawn")  # never fork: the importing process holds threads and a connection
        self._queue = ctx.Queue(READY)
        self._process = ctx.Process(target=_read_ahead, args=(jobs, self._queue), daemon=True,
                                    name="xietong-read-ahead")
        self._process.start()

    def blocks(self, i: int) -> Iterator[Checked]:
        """The checked blocks of the ``i``-th table. Blocks left of a table
        whose reading stopped early (too many problems) are passed over."""
        while True:
            j, item = self._next()
            if j == -1:
                raise item
            if j < i:
                continue
            if item is None:
                return
            yield item

    def _next(self) -> tuple[int, Any]:
        while True:
            try:
                return self._queue.get(timeout=WAIT)
            except queues.Empty:
                if not self._process.is_alive():
                    raise RuntimeError(f"reading the files ahead stopped (exit code {self._process.exitcode})") from None

    def close(self) -> None:
        """Stop the second process, whether or not it has finished."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._queue.close()
        self._queue.join_thread()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
