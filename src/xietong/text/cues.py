"""The extraction cue words (``data/extraction.yaml``), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from xietong.vocab import load_yaml


@dataclass(frozen=True)
class Cues:
    stop_tokens: frozenset[str]
    stop_endings: tuple[str, ...]
    name_verbs: frozenset[str]
    conjunctions: frozenset[str]
    name_endings: tuple[str, ...]
    boundaries: frozenset[str]
    generic_words: frozenset[str]
    founding_verbs: tuple[str, ...]
    count_verbs: tuple[str, ...]
    province_chars: str
    agreements: tuple[str, ...]
    whole_words: tuple[str, ...]  # a name may hold them whole, however jieba cuts them (文物保护 / 利用)
    verb_adverbs: frozenset[str]  # before a name verb, the verb is done to the alliance (长期支持联盟筹建)
    city_short: dict[str, str]  # a city's one-character form as news writes it (在穗 → 广州)


@cache
def cues() -> Cues:
    d = load_yaml("extraction.yaml")
    return Cues(
        frozenset(d["stop_tokens"]), tuple(d["stop_endings"]), frozenset(d["name_verbs"]), frozenset(d["conjunctions"]),
        tuple(d["name_endings"]),
        frozenset(d["boundaries"]), frozenset(d["generic_words"]),
        tuple(d["founding_verbs"]), tuple(d["count_verbs"]), d["province_chars"],
        tuple(d["agreements"]), tuple(d.get("whole_words", [])), frozenset(d.get("verb_adverbs", [])),
        dict(d.get("city_short", {})),
    )


@cache
def segmenter():  # type: ignore[no-untyped-def]
    """jieba, initialised quietly from the dictionary it ships (no download).

    Loading jieba took 1.8 s, in every command that segments text (the
    import of a file of alliances, ``init``, the web app's first search),
    nearly all of it in two places that do nothing for us:

    * jieba unmarshals its 9 MB prefix dictionary straight from the open
      file, which :func:`marshal.load` reads a value at a time: 1.55 s.
      Read whole first and unmarshalled from memory, the same dictionary
      loads in 0.4 s (see :class:`_WholeFileMarshal`);
    * it imports ``pkg_resources`` (0.2 s) only to open its own data
      files, and opens them by path when that is missing. So it is
      imported with ``pkg_resources`` hidden, unless something already
      imported it; anything importing it later gets it as usual.
    """
    import logging
    import sys

    hide = "pkg_resources" not in sys.modules
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # an import of it raises ImportError
    try:
        import jieba
    finally:
        if hide:
            del sys.modules["pkg_resources"]
    jieba.marshal = _WholeFileMarshal
    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    for word in cues().whole_words:  # 回收利用: one word, never 利用 alone
        jieba.add_word(word)
    return jieba


class _WholeFileMarshal:
    """What jieba uses of :mod:`marshal`, loading a file read whole."""

    @staticmethod
    def load(file):  # type: ignore[no-untyped-def]
        import marshal

        return marshal.loads(file.read())

    @staticmethod
    def dump(value, file):  # type: ignore[no-untyped-def]
        import marshal

        marshal.dump(value, file)
