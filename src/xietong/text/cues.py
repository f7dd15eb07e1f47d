"""The extraction cue words (``data/extraction.yaml``), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from xietong.vocab import load_yaml


@dataclass(frozen=True)
class Cues:
    stop_tokens: frozenset[str]
    conjunctions: frozenset[str]
    name_endings: tuple[str, ...]
    boundaries: frozenset[str]
    generic_words: frozenset[str]
    founding_verbs: tuple[str, ...]
    count_verbs: tuple[str, ...]
    province_chars: str


@cache
def cues() -> Cues:
    d = load_yaml("extraction.yaml")
    return Cues(
        frozenset(d["stop_tokens"]), frozenset(d["conjunctions"]), tuple(d["name_endings"]),
        frozenset(d["boundaries"]), frozenset(d["generic_words"]),
        tuple(d["founding_verbs"]), tuple(d["count_verbs"]), d["province_chars"],
    )


@cache
def segmenter():  # type: ignore[no-untyped-def]
    """jieba, initialised quietly from the dictionary it ships (no download)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    return jieba
