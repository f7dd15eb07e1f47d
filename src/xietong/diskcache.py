"""Derived data kept on disk between commands, named by all it derives from.

Some derived data takes seconds to build and comes out the same whenever its
inputs do: the text index ``match`` ranks organisations by (12 s at 40,000
organisations, on every run of the command). It is kept in the user's cache
folder — ``$XIETONG_CACHE``, else ``$XDG_CACHE_HOME/xietong``, else
``~/.cache/xietong`` — under the sha256 of its inputs and of xietong's code
and data (:mod:`xietong.fingerprint`), so a changed registry or a new version
simply finds nothing and builds again.

What is kept is plain arrays (NumPy's ``.npz``, read without pickle): a file
someone else put there can hold data, never code. Nothing depends on the cache:
a folder that cannot be written, or a file cut short, means building again.
Each kind keeps its :data:`KEEP` most recently used entries.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

import numpy as np

from xietong.fingerprint import package_fingerprint

KEEP = 4  # entries of each kind kept; the least recently used go first


def folder() -> Path | None:
    """Where derived data is kept; None where the user has no home folder to
    keep it in (a service account without one): then nothing is kept."""
    base = os.environ.get("XIETONG_CACHE")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "xietong"
    try:
        return Path.home() / ".cache" / "xietong"
    except RuntimeError:  # no $HOME and no entry in the password database
        return None


def key(kind: str, parts: Iterable[str]) -> str:
    """The name of what ``kind`` derives from ``parts`` with this code."""
    h = hashlib.sha256(f"{kind}\0{package_fingerprint()}\0".encode())
    for part in parts:
        data = part.encode("utf-8")
        h.update(len(data).to_bytes(8, "big") + data)  # lengths first: no two lists of parts read alike
    return h.hexdigest()


def load(kind: str, name: str) -> dict[str, np.ndarray] | None:
    """The arrays kept under ``name``, or None (never kept, or unreadable: then removed)."""
    where = folder()
    if where is None:
        return None
    path = where / kind / f"{name}.npz"
    try:
        with np.load(path, allow_pickle=False) as kept:
            arrays = {k: kept[k] for k in kept.files}
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        with suppress(OSError):
            path.unlink(missing_ok=True)
        return None
    with suppress(OSError):
        os.utime(path)  # used: the last to go
    return arrays


def save(kind: str, name: str, arrays: dict[str, np.ndarray]) -> None:
    """Keep ``arrays`` under ``name`` (written whole or not at all), if the folder can be written."""
    base = folder()
    if base is None:
        return
    where = base / kind
    try:
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=where, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, **arrays)
            os.replace(tmp, where / f"{name}.npz")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        kept = sorted(where.glob("*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        return
