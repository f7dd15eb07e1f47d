"""Vocabularies kept as data files under ``xietong/data``, loaded and checked once.

Keeping the taxonomy, region codes, organisation-kind cues and header synonyms
as data (not ``if`` branches) lets users of other city clusters extend them
without touching code, and lets tests check them as a whole.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, Field


def data_path(name: str) -> Any:
    """A traversable path to a bundled data file."""
    return resources.files("xietong") / "data" / name


# libyaml's parser where PyYAML was built with it (its wheels are): the pure-Python one took 0.6 s
# of every command's start reading the bundled vocabularies
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(name: str) -> Any:
    """A bundled data file, parsed as YAML's safe loader reads it."""
    return yaml.load(data_path(name).read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader


class Term(BaseModel):
    id: str
    zh: str
    en: str
    aliases: list[str] = Field(default_factory=list)  # other ways people write it (成员 for 成员单位)
    seed_sectors: list[str] = Field(default_factory=list)


class OrgKind(Term):
    cues: list[str] = Field(default_factory=list)


class Taxonomy(BaseModel):
    types: list[Term]
    relations: list[Term]
    domains: list[Term]
    statuses: list[Term]
    roles: list[Term]
    count_qualifiers: list[Term]


class Vocabulary:
    """One controlled vocabulary: ids with Chinese and English labels.

    >>> v = taxonomy_vocab("types")
    >>> v.parse("产业类"), v.parse("Industry"), v.parse("comprehensive")
    ('industry', 'industry', 'comprehensive')
    >>> v.parse("火星类") is None
    True
    """

    def __init__(self, name: str, terms: list[Term]):
        self.name = name
        self.terms = {t.id: t for t in terms}
        self._lookup: dict[str, str] = {}
        for t in terms:
            for label in (t.id, t.zh, t.en, t.id.replace("_", " "), t.id.replace("_", "-"), *t.aliases):
                self._lookup[label.casefold()] = t.id

    def parse(self, text: str) -> str | None:
        """The id for a label in any language, or None when unknown."""
        return self._lookup.get(text.strip().casefold())

    def label(self, term_id: str, lang: str = "zh") -> str:
        term = self.terms[term_id]
        return term.zh if lang == "zh" else term.en

    def shown(self, term_id: str, lang: str = "zh") -> str:
        """The label of a known id, an unknown one as it is (for showing stored values)."""
        return self.label(term_id, lang) if term_id in self.terms else term_id

    def ids(self) -> list[str]:
        return list(self.terms)

    def choices(self) -> str:
        """The ids with their Chinese labels, for a refusal that says what is accepted
        ("initiator (发起单位), lead (牵头单位), …"): a reader may write either."""
        return ", ".join(f"{t.id} ({t.zh})" for t in self.terms.values())


@cache
def taxonomy() -> Taxonomy:
    return Taxonomy.model_validate(load_yaml("taxonomy.yaml"))


@cache
def taxonomy_vocab(field: str) -> Vocabulary:
    return Vocabulary(field, getattr(taxonomy(), field))


@cache
def roles() -> tuple[str, ...]:
    """The roles in an alliance, in the order its members are listed; ``member``,
    what a role read from nowhere counts as, is last."""
    ids = tuple(taxonomy_vocab("roles").ids())
    assert ids[-1] == "member", "taxonomy.yaml: member must be the last role"
    return ids


@cache
def org_kinds() -> Vocabulary:
    return Vocabulary("org_kinds", [OrgKind.model_validate(k) for k in load_yaml("org_kinds.yaml")])


@cache
def org_kind_cues() -> list[tuple[str, str]]:
    """(cue, kind id) pairs, longest cue first."""
    pairs = [
        (cue, k["id"]) for k in load_yaml("org_kinds.yaml") for cue in k.get("cues", [])
    ]
    return sorted(pairs, key=lambda p: -len(p[0]))


@cache
def legal_forms() -> tuple[str, ...]:
    return tuple(sorted(load_yaml("legal_forms.yaml"), key=len, reverse=True))


@cache
def event_kinds() -> Vocabulary:
    """Kinds of alliance events; their aliases (理事会, 签约 …) read as the kind."""
    raw = load_yaml("events.yaml")
    v = Vocabulary("event_kinds", [Term(id=k["id"], zh=k["zh"], en=k["en"]) for k in raw["kinds"]])
    for k in raw["kinds"]:
        for alias in k.get("aliases", []):
            v._lookup[alias.casefold()] = k["id"]
    return v


@cache
def event_dimensions() -> dict[str, str]:
    """event kind -> activity dimension (organisation, innovation, industry)."""
    return {k["id"]: k["dimension"] for k in load_yaml("events.yaml")["kinds"]}
