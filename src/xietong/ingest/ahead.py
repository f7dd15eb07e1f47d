"""Reading and checking a large import's tables ahead, in a second process.

Applying rows (resolving names, hashing ids, writing) must happen in the one
process that holds the transaction, one row after another. Reading a file and
checking its rows (:mod:`xietong.ingest.checking`) need nothing but the file.
So for a large import a second process reads and checks every table, in the
order they are applied, and hands each block over checked, while this one
applies the blocks before: the two run side by side on two cores.

The checked blocks go into a spool file, not down a pipe: a pipe holds a
block or so, which kept the second process waiting while the first applied
organisations, and then kept the first waiting (8 s of a 38 s import at
benchmark size) while the second checked memberships it could have checked
long before. The spool lets it run up to SPOOL_BYTES ahead; the blocks wait
in a file, not in either process, so memory stays flat however long the file.
Only a byte per block goes down the pipe, to say the block is there, and a
byte per block taken comes back.

A small import is checked in its own process: starting a second interpreter
takes most of a second. The blocks are the same either way (tests hold the
two ways to the same registry), and so are the problems: an unreadable file
raises the same :class:`~xietong.ingest.problems.InputError` here.
"""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import IO, Any

from xietong.ingest.checking import Checked, check, cores
from xietong.ingest.headers import Mapping
from xietong.ingest.readers import read_tables

AHEAD_BYTES = 8 << 20  # tables this large in all (files on disk) are read ahead in a second process
# checked blocks the second process keeps in the spool untaken, at most (about a block more): where
# the temporary folder is held in memory (a tmpfs) the spool is memory, and this bounds it
SPOOL_BYTES = 256 << 20

# one table to read: its file, its place among the file's tables, how its columns map, the dataset it is
# stored as, and its headers as read here (a JSON Lines file is then not read through for them again)
Job = tuple[str, int, Mapping, str, list[str]]


def _read_ahead(jobs: list[Job], spool: IO[bytes], ready: IO[bytes], taken: int, limit: int = SPOOL_BYTES,
                named: list[str] | None = None) -> None:
    """The second process: check each table in turn and hand its blocks
    over (with the ids of their facts worked out, see
    :func:`~xietong.ingest.checking.predict`), then None. The first block
    of alliances also brings the cores of the alliance names ``named``
    (those the registry holds already, which new names are matched
    against). An exception (an unreadable row, say) is handed over
    in place of the block it stopped at. Each is written whole to ``spool``
    before a byte on ``ready`` says it is there. A byte back on the file
    descriptor ``taken`` says a block was taken; with ``limit`` bytes of
    blocks untaken, this process waits."""
    gc.disable()  # as in the importing process: millions of objects, almost no cycles
    caches: dict[str, dict[str, Any]] = {}
    ends: list[int] = []  # where each block handed over ends in the spool
    took = 0  # blocks taken so far

    def hand(item: tuple[int, Any]) -> None:
        nonlocal took
        pickle.dump(item, spool, pickle.HIGHEST_PROTOCOL)
        spool.flush()
        ends.append(spool.tell())
        ready.write(b"+")
        ready.flush()
        wait = False
        while True:  # the bytes saying blocks were taken, read as they come (never left to fill their pipe)
            os.set_blocking(taken, wait)
            try:
                said = os.read(taken, 1 << 16)
            except BlockingIOError:
                said = b"-"
            if not said:
                raise SystemExit(0)  # the importing process is gone: nothing will take the rest
            took += said.count(b"+")
            wait = ends[-1] - (ends[took - 1] if took else 0) > limit
            if not wait:
                return

    try:
        for i, (path, index, mapping, dataset, headers) in enumerate(jobs):
            table = read_tables(path, headers)[index]
            for block in check(table, mapping, caches, dataset):
                if named and block.ids is not None and "cores" in block.ids:
                    block.ids["cores"].update(cores(named))
                    named = None
                hand((i, block))
            hand((i, None))
    except SystemExit:
        raise
    except BaseException as exc:  # handed over whole, to be raised where the import runs
        hand((-1, exc))


class ReadAhead:
    """A second process reading and checking ``jobs`` in order; :meth:`blocks` gives the ith table's.

    The process is a fresh interpreter running this module, fed the jobs
    (and the alliance names ``named``, see :func:`_read_ahead`) on its
    standard input; it writes the blocks, pickled, to a spool file it is
    handed open (unlinked at once: nothing is left behind, however the import
    ends) and a byte per block on its standard output. Not
    :mod:`multiprocessing`: its spawned children re-run the importing
    program's main script, which a script without a main guard (or code read
    from standard input) cannot survive, and forking would copy a process
    that holds threads and a database connection."""

    def __init__(self, jobs: list[Job], limit: int = SPOOL_BYTES, named: list[str] | None = None):
        self._err = tempfile.TemporaryFile()
        fd, name = tempfile.mkstemp(prefix="xietong-ahead-")
        try:
            self._spool = open(name, "rb")  # noqa: SIM115 - read here while written there, each at its own place
        finally:
            os.unlink(name)
        package = str(Path(__file__).resolve().parents[2])  # xietong's own folder first: this very code
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (package, os.environ.get("PYTHONPATH")))))
        try:
            self._process = subprocess.Popen([sys.executable, "-m", "xietong.ingest.ahead", str(fd), str(limit)],
                                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._err,
                                             env=env, pass_fds=(fd,))
        except OSError:
            self._spool.close()
            self._err.close()
            raise
        finally:
            os.close(fd)
        assert self._process.stdin is not None and self._process.stdout is not None
        self._taken = self._process.stdin  # after the jobs, a byte per block taken
        pickle.dump((jobs, named), self._taken, pickle.HIGHEST_PROTOCOL)
        self._taken.flush()
        self._ready = self._process.stdout

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
        if not self._ready.read(1):  # the process ended without handing the next block over
            code = self._process.wait()
            self._err.seek(0)
            said = self._err.read().decode("utf-8", "replace").strip().splitlines()[-1:]
            raise RuntimeError(f"reading the files ahead stopped (exit code {code})"
                               + (f": {said[0]}" if said else ""))
        item = pickle.load(self._spool)
        with suppress(OSError):  # the process may have ended, its last block handed over
            self._taken.write(b"+")
            self._taken.flush()
        return item  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stop the second process, whether or not it has finished."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        with suppress(OSError):
            self._taken.close()
        self._ready.close()
        self._spool.close()
        self._err.close()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


if __name__ == "__main__":
    # the byte per block goes to the standard output this process was given; anything a library
    # prints goes to its standard error, never in among those bytes
    _ready = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    # nothing follows the jobs until a block is handed over, so this buffered read takes only them;
    # the bytes saying blocks were taken are then read from the descriptor itself
    _jobs, _named = pickle.load(sys.stdin.buffer)
    with open(int(sys.argv[1]), "wb") as _spool:
        _read_ahead(_jobs, _spool, _ready, sys.stdin.fileno(), int(sys.argv[2]) if len(sys.argv) > 2 else SPOOL_BYTES,
                    _named)
