"""Sector names in the reader's language.

A sector is stored as its source wrote it: the classifier writes the
Chinese names of ``data/sectors.yaml`` (体育), the reference data English
free text ("higher education / engineering"). Both are sourced facts, and a
stated one outranks the classifier's, so a Chinese page would otherwise
show English and an English page Chinese. Here each reads in the reader's
language where its words are known; anything else is shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from xietong.vocab import load_yaml


@cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """(Chinese name -> English, English term folded -> Chinese)."""
    doc = load_yaml("sectors.yaml")
    to_en = {s["sector"]: s["en"] for s in (*doc["sectors"], *doc["tails"]) if s.get("en")}
    to_zh = {en.casefold(): zh for zh, en in to_en.items() if zh not in ("工业",)}  # "industry" is 产业
    for en, zh in doc.get("terms", {}).items():
        to_zh[en.casefold()] = zh
        to_en.setdefault(zh, en)
    return to_en, to_zh


def singular(phrase: str) -> str:
    """An English phrase with its plural nouns made singular, so that "a chamber of commerce" is
    found as sectors.yaml's "chambers of commerce" is ("industries" → "industry", not "glass").

    >>> singular("chambers of commerce"), singular("cultural industries"), singular("glass")
    ('chamber of commerce', 'cultural industry', 'glass')
    """
    def one(word: str) -> str:
        if len(word) > 4 and word.endswith("ies"):
            return word[:-3] + "y"
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word[:-1]
        return word
    return " ".join(one(w) for w in phrase.split(" "))


def plural(phrase: str) -> str:
    """An English phrase whose last word ends in a consonant and y, with that word's plural
    ("public library" → "public libraries"); else the phrase, whose plural adds s or es.

    >>> plural("library"), plural("seed industry"), plural("survey"), plural("park")
    ('libraries', 'seed industries', 'survey', 'park')
    """
    if len(phrase) > 2 and phrase.endswith("y") and phrase[-2] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase


def english_words(terms: Iterable[str], endings: str = "s|es") -> str:
    """A pattern finding any of ``terms`` (folded English) as a word of its own, no letter or
    digit on either side, with one of ``endings`` or none; longest first, so "public library" is
    found before "library". The term found is its group 1.

    >>> re.findall(english_words(["park", "science park"]), "two science parks and a parking lot")
    ['science park']
    """
    written = "|".join(map(re.escape, sorted(terms, key=len, reverse=True)))
    return rf"(?<![a-z0-9])({written})(?:{endings})?(?![a-z0-9])"


def english_to_chinese() -> dict[str, str]:
    """Every English sector name, tail and term of ``sectors.yaml``, folded, and its Chinese."""
    return _names()[1]


def label(value: str | None, lang: str = "zh") -> str:
    """A sector as ``lang`` readers call it.

    >>> label("体育", "en"), label("技术转移", "en"), label("sports industry"), label("higher education / engineering")
    ('sport', 'technology transfer', '体育产业', '高等教育／工程')
    >>> label("体育"), label("tourism / space tourism")  # a part not known: as written
    ('体育', 'tourism / space tourism')
    """
    if not value:
        return value or ""
    to_en, to_zh = _names()
    if lang == "en":
        return to_en.get(value, value)
    if value in to_en:
        return value
    parts = [to_zh.get(p.strip().casefold()) for p in value.split("/")]
    return value if None in parts else "／".join(p for p in parts if p)
