"""What xietong's own code and bundled data are, as one digest.

Derived data is the same while its inputs and the code deriving it are:
``init`` keeps the digest to know it has nothing to do, and the disk cache
(:mod:`xietong.diskcache`) names what it keeps with it."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path


def code_fingerprint(root: Path) -> str:
    """sha256 of the code and bundled data of the package at ``root``: what
    loading and deriving do depends on nothing else but the registry itself.
    (Compiled files and the web layer's templates and assets do not count.)"""
    h = hashlib.sha256()
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and (p.suffix == ".py" or p.relative_to(root).parts[0] == "data"))
    for p in files:
        h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


@cache
def package_fingerprint() -> str:
    """:func:`code_fingerprint` of this very package."""
    return code_fingerprint(Path(__file__).resolve().parent)
