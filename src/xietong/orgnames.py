"""Organisation short forms and abbreviations, resolved to full names.

"北京市科委" expands by its parts (科委 → 科学技术委员会); "北工大" is a
known whole short form; beyond the lists, a short form resolves to a name the
registry knows when its characters stand there in order and exactly one name
fits. The province is read from the full name only where that is safe
(:func:`xietong.regions.province_from_name`): 科技部火炬中心 is a national
body and gets none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from xietong.names import clean
from xietong.regions import province_from_name, try_resolve
from xietong.vocab import load_yaml


@dataclass(frozen=True)
class Resolution:
    written: str
    full_name: str
    province: str | None
    reason: str


@cache
def _tables() -> tuple[tuple[tuple[str, str], ...], dict[str, str], dict[str, str]]:
    d = load_yaml("abbreviations.yaml")
    parts = tuple(sorted(d["parts"].items(), key=lambda kv: -len(kv[0])))
    return parts, dict(d["whole"]), dict(d["universities"])


def _university(name: str) -> str | None:
    """"河北工大" → "河北工业大学": a place xietong knows, then a university's kind in short.

    >>> _university("河北工大"), _university("天津医大"), _university("东方工大")
    ('河北工业大学', '天津医科大学', None)
    """
    kinds = _tables()[2]
    for n in (2, 3):
        place, kind = name[:-n], name[-n:]
        if kind in kinds and len(place) >= 2 and try_resolve(place) is not None:
            return place + kinds[kind]
    return None


def _in_order(short: str, name: str) -> bool:
    if not short or not name or short[0] != name[0]:
        return False
    it = iter(name)
    return all(c in it for c in short)


def expand(name: str, known: Iterable[str] = ()) -> Resolution:
    """The full name of ``name``.

    >>> expand("北京市科委").full_name
    '北京市科学技术委员会'
    >>> r = expand("科技部火炬中心"); (r.full_name, r.province)
    ('科学技术部火炬高技术产业开发中心', None)
    >>> r = expand("北工大"); (r.full_name, r.province)
    ('北京工业大学', '110000')
    >>> expand("北交大", ["北京交通大学", "天津大学"]).full_name
    '北京交通大学'
    """
    written = clean(name)
    full, reason = full_name(written, known)
    region = province_from_name(full)
    return Resolution(written, full, region.province if region else None, reason)


def full_name(name: str, known: Iterable[str] = ()) -> tuple[str, str]:
    """The full name of ``name`` and why, as :func:`expand` gives them, with
    no province read from it (the merge review reads 200,000 names for their
    full forms only).

    >>> full_name("北工大")
    ('北京工业大学', 'known short form of 北京工业大学')
    """
    written = clean(name)
    parts, whole, _ = _tables()
    full, reason = written, "as written"
    if written in whole:
        return whole[written], f"known short form of {whole[written]}"
    if (university := _university(written)) is not None:
        return university, f"a university's short form after its place: {university}"
    expanded = written
    for short, long in parts:
        if short in expanded and long not in expanded:
            expanded = expanded.replace(short, long)
    if expanded != written:
        return expanded, "short name parts expanded"
    if len(written) <= 6:
        known_list = [clean(k) for k in known]
        if written not in known_list:
            fits = [k for k in known_list if len(k) > len(written) and _in_order(written, k)]
            if len(fits) == 1:
                full, reason = fits[0], f"its characters stand in order in {fits[0]}, the only such name known"
    return full, reason
