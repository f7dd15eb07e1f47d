"""Reading a written property value into its stored form, by the property's type
(declared in ``data/props.yaml``). Unknown values are refused, never coerced."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from xietong import dates, regions, sectors
from xietong.vocab import load_yaml, org_kinds, taxonomy_vocab


class ValueError_(ValueError):
    pass


@dataclass(frozen=True)
class Prop:
    name: str
    type: str
    multi: bool = False
    zh: str = ""
    en: str = ""


@cache
def props(kind: str) -> dict[str, Prop]:
    table = load_yaml("props.yaml")[kind]
    return {name: Prop(name, spec["type"], bool(spec.get("multi")), spec.get("zh", name), spec.get("en", name))
            for name, spec in table.items()}


def label(kind: str, prop: str, lang: str = "zh") -> str:
    """A property's name for readers.

    >>> label("alliance", "city"), label("alliance", "city", "en"), label("org", "unheard_of")
    ('成立地点', 'founded in', 'unheard_of')
    """
    p = props(kind).get(prop)
    if p is None:
        return prop
    return p.en if lang == "en" else p.zh


def display(kind: str, prop: str, value: str, lang: str = "zh") -> str:
    """A stored value as readers write it — the inverse of :func:`read`:
    labels for codes and ids, the value itself where there is nothing to
    translate (or the code is unknown).

    >>> display("alliance", "type", "industry"), display("alliance", "city", "130600", "en")
    ('产业类', 'Baoding')
    >>> display("org", "collective", "true"), display("alliance", "founded", "2015-04")
    ('是', '2015年4月')
    >>> display("alliance", "founded", "2015-04", "en")
    '2015-04'
    """
    p = props(kind).get(prop)
    t = p.type if p is not None else "text"
    en = lang == "en"
    if t == "region":
        return regions.label(value, lang)
    if t == "cluster":
        c = regions.clusters().get(value)
        return value if c is None else c.en if en else c.name
    if t == "bool":
        return {"true": "yes" if en else "是", "false": "no" if en else "否"}.get(value, value)
    if t == "sector":
        return sectors.label(value, lang)
    if t == "date" and not en:
        try:
            return dates.parse(value).chinese()
        except dates.DateError:
            return value
    if t == "org_kind":
        vocab = org_kinds()
    elif t.startswith("vocab:"):
        vocab = taxonomy_vocab(t.split(":", 1)[1])
    else:
        return value
    return vocab.shown(value, lang)


_CREDIT = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: each character's value is its place here
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_TRUE = {"1", "true", "yes", "y", "是", "t"}
_FALSE = {"0", "false", "no", "n", "否", "f"}


def credit_check(code: str) -> str:
    """The check character (the 18th) of a unified social credit code's
    first 17, by GB 32100-2015: a slip of one character in a code shows.

    >>> credit_check("91330100799655058"), credit_check("9144030071526726X")
    ('B', 'G')
    """
    total = sum(_CREDIT_CHARS.index(c) * w for c, w in zip(code[:17], _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_CHARS[-total % 31]


@lru_cache(maxsize=65536)
def read(kind: str, prop: str, text: str) -> str:
    """The stored form of ``text`` for property ``prop`` of an entity of ``kind``.

    >>> read("alliance", "type", "产业类"), read("org", "province", "冀")
    ('industry', '130000')
    >>> read("org", "kind", "高校"), read("alliance", "founded", "2015年4月")
    ('university', '2015-04')
    >>> read("org", "kind", "外星机构")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    xietong.props.ValueError_: unknown organisation kind '外星机构' (expected one of: enterprise (企业), university (高校), ...)
    """
    p = props(kind).get(prop)
    if p is None:
        raise ValueError_(f"unknown property {prop!r} for {kind}")
    raw = text
    text = unicodedata.normalize("NFC", text).strip()
    t = p.type
    if t in ("text", "sector"):
        return text
    if t == "region":
        try:
            return regions.resolve(text).code
        except regions.UnknownRegion as exc:
            raise ValueError_(str(exc)) from None
    if t == "cluster":
        c = regions.resolve_cluster(text)
        if c is None:
            raise ValueError_(f"unknown city cluster {raw!r}")
        return c.id
    if t == "date":
        try:
            return str(dates.parse(text))
        except dates.DateError as exc:
            raise ValueError_(str(exc)) from None
    if t == "int":
        if not text.isdigit():
            raise ValueError_(f"expected a whole number, got {raw!r}")
        return str(int(text))
    if t == "bool":
        folded = text.casefold()
        if folded in _TRUE:
            return "true"
        if folded in _FALSE:
            return "false"
        raise ValueError_(f"expected yes/no, got {raw!r}")
    if t == "credit_code":
        code = unicodedata.normalize("NFKC", text).upper().replace(" ", "")
        if not _CREDIT.match(code):
            raise ValueError_(f"not a unified social credit code: {raw!r} (18 characters)")
        if (check := credit_check(code)) != code[17]:
            raise ValueError_(f"unified social credit code {raw!r} does not check: its last character would be {check}")
        return code
    if t == "org_kind":
        found = org_kinds().parse(text)
        if found is None:
            raise ValueError_(f"unknown organisation kind {raw!r} (expected one of: {org_kinds().choices()})")
        return found
    if t.startswith("vocab:"):
        vocab = taxonomy_vocab(t.split(":", 1)[1])
        found = vocab.parse(text)
        if found is None:
            raise ValueError_(f"unknown {prop} {raw!r} (expected one of: {vocab.choices()})")
        return found
    raise ValueError_(f"property type {t!r} is not known")  # a bad props.yaml


def org_kind_from_name(name: str) -> str | None:
    """The kind a name's ending reveals, or None when it reveals none.

    >>> org_kind_from_name("天津市工业设计协会"), org_kind_from_name("河北工业大学")
    ('association', 'university')
    >>> org_kind_from_name("华清") is None
    True
    """
    from xietong.vocab import org_kind_cues

    text = unicodedata.normalize("NFKC", name).strip()
    for cue, kind in org_kind_cues():
        if text.endswith(cue):
            return kind
    return None
