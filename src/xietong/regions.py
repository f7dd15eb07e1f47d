"""Regions by GB/T 2260 code, and reading place names into codes.

Beijing, Tianjin and Hebei go down to Hebei's prefecture cities and Xiong'an;
other provinces stay at province level. City clusters (京津冀, 长三角, …) are
sets of provinces, so nothing here assumes Beijing–Tianjin–Hebei is the only
cluster.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from xietong.vocab import load_yaml


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    en: str
    level: str  # "province" or "prefecture"
    parent: str | None = None
    short: str | None = None
    aliases: tuple[str, ...] = ()
    lonlat: tuple[float, float] | None = None  # approximate, for plotting only

    @property
    def province(self) -> str:
        """The province-level code this region belongs to."""
        return self.parent or self.code


@dataclass(frozen=True)
class Cluster:
    id: str
    name: str
    en: str
    provinces: tuple[str, ...]
    aliases: tuple[str, ...] = field(default=())
    leader: str | None = None  # the province a source names as leading the cluster's alliances, if one does


class UnknownRegion(ValueError):
    pass


@cache
def regions() -> dict[str, Region]:
    data = load_yaml("regions.yaml")
    out: dict[str, Region] = {}
    for p in data["provinces"]:
        out[p["code"]] = Region(p["code"], p["name"], p["en"], "province", None, p.get("short"),
                                tuple(p.get("aliases", ())), tuple(p["lonlat"]) if p.get("lonlat") else None)
    for p in data["prefectures"]:
        out[p["code"]] = Region(p["code"], p["name"], p["en"], "prefecture", p["parent"], None,
                                tuple(p.get("aliases", ())), tuple(p["lonlat"]) if p.get("lonlat") else None)
    return out


@cache
def clusters() -> dict[str, Cluster]:
    return {
        c["id"]: Cluster(c["id"], c["name"], c["en"], tuple(c["provinces"]), tuple(c.get("aliases", ())), c.get("leader"))
        for c in load_yaml("clusters.yaml")
    }


def label(code: str, lang: str = "zh") -> str:
    """A region's name in the reader's language; an unknown code as it is.

    >>> label("130600"), label("130600", "en"), label("999999")
    ('保定市', 'Baoding', '999999')
    """
    r = regions().get(code)
    return code if r is None else r.en if lang == "en" else r.name


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


@cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for r in regions().values():
        names = [r.code, r.name, r.en, *r.aliases]
        if r.short:
            names.append(r.short)
        for n in names:
            table[_fold(n)] = r.code
    return table


_BRACKETS = re.compile(r"[（(]([^）)]*)[）)]\s*$")


def split_place(text: str) -> tuple[str, str | None]:
    """Split "张家口(崇礼)" into the place and its bracketed detail.

    >>> split_place("张家口(崇礼)")
    ('张家口', '崇礼')
    >>> split_place("北京")
    ('北京', None)
    """
    text = unicodedata.normalize("NFKC", text).strip()
    m = _BRACKETS.search(text)
    if m and m.start() > 0:
        return text[: m.start()].strip(), m.group(1).strip() or None
    return text, None


def resolve(text: str) -> Region:
    """The region a name, short form, English name or code denotes.

    >>> resolve("京").code, resolve("石家庄").code, resolve("Langfang").code
    ('110000', '130100', '131000')
    >>> resolve("天津(北辰区)").code, resolve("河北省石家庄市").code, resolve("北京市朝阳区").code
    ('120000', '130100', '110000')
    >>> resolve("火星")
    Traceback (most recent call last):
    ...
    xietong.regions.UnknownRegion: unknown region '火星'
    """
    code = code_of(text)
    if code is None:
        raise UnknownRegion(f"unknown region {text.strip()!r}")
    return regions()[code]


def code_of(text: str) -> str | None:
    """The code of the region ``text`` denotes (see :func:`resolve`), or None:
    for reading many names that mostly are no region, with no exception
    raised for each.

    >>> code_of("河北省石家庄市"), code_of("火星")
    ('130100', None)
    """
    place = _fold(split_place(text)[0])
    return _lookup().get(place) or _with_subdivision(place)


_SUBDIVISION = re.compile(r"(?:区|县|市|镇|乡|街道|旗|新区|开发区|高新区|园区)$")


def _with_subdivision(place: str) -> str | None:
    """A place written with a part of it after it: the part when it is a
    region of ours inside the place ("河北省石家庄市" → Shijiazhuang), else the
    place when the rest names a district, county or town ("北京市朝阳区" →
    Beijing, "石家庄市长安区" → Shijiazhuang).

    >>> _with_subdivision("河北唐山"), _with_subdivision("北京市朝阳区"), _with_subdivision("北京大学")
    ('130200', '110000', None)
    """
    table = _lookup()
    for n in range(len(place) - 1, 1, -1):
        outer = table.get(place[:n])
        if outer is None:
            continue
        rest = place[n:]
        inner = table.get(rest) or _with_subdivision(rest)
        if inner is not None and inner[:2] == outer[:2]:
            return inner if inner != outer and outer.endswith("0000") else outer
        return outer if _SUBDIVISION.search(rest) else None
    return None


def try_resolve(text: str) -> Region | None:
    code = code_of(text)
    return None if code is None else regions()[code]


def resolve_cluster(text: str) -> Cluster | None:
    """A cluster by id, name or alias ("京津冀", "jingjinji")."""
    folded = _fold(text)
    for c in clusters().values():
        if folded in {_fold(n) for n in (c.id, c.name, c.en, *c.aliases)}:
            return c
    return None


HOME = "jingjinji"  # the city cluster xietong grew from: a deployment's home unless it names another


def home_cluster(text: str | None = None) -> Cluster:
    """The city cluster a deployment is for: the one ``text`` names (its id,
    name or alias; ``XIETONG_CLUSTER``), else 京津冀, where xietong grew from.
    Its places are the ones a reading of the whole registry speaks of, and the
    platform's pages open at its alliances. A name that is no cluster raises
    :class:`UnknownRegion` naming those that are.

    >>> home_cluster().id, home_cluster("长三角").id
    ('jingjinji', 'yangtze_delta')
    """
    return cluster_named(text) if text and text.strip() else clusters()[HOME]


def cluster_named(text: str) -> Cluster:
    """The city cluster ``text`` names (:func:`resolve_cluster`); one that is
    no cluster raises :class:`UnknownRegion` naming those that are.

    >>> cluster_named("珠三角")
    Traceback (most recent call last):
    ...
    xietong.regions.UnknownRegion: unknown city cluster '珠三角': one of 京津冀 (jingjinji), 长三角 (yangtze_delta), 粤港澳大湾区 (greater_bay), 成渝 (chengyu), 环渤海 (bohai_rim)
    """
    found = resolve_cluster(text.strip())
    if found is None:
        known = ", ".join(f"{c.name} ({c.id})" for c in clusters().values())
        raise UnknownRegion(f"unknown city cluster {text!r}: one of {known}")
    return found


@cache
def _prefixes() -> tuple[dict[str, str], tuple[int, ...]]:
    """Place names usable as a name prefix, two characters or more, each with
    its region (the first region listed, where two share a name), and their
    lengths, longest first.

    Single-character short forms (京, 津) are left out: as a prefix they are
    not safe ("京东" is a company, not a Beijing body).
    """
    table: dict[str, str] = {}
    for r in regions().values():
        for n in (r.name, *r.aliases):
            if len(n) >= 2 and not n.isascii():
                table.setdefault(n, r.code)
    return table, tuple(sorted({len(n) for n in table}, reverse=True))


@cache
def _cluster_aliases() -> tuple[str, ...]:
    return tuple(a for c in clusters().values() for a in c.aliases)


def province_from_name(name: str) -> Region | None:
    """The region a name starts with, when that is safe to read as its home.

    >>> province_from_name("河北工业大学").code
    '130000'
    >>> province_from_name("北京市科委").code
    '110000'
    >>> province_from_name("工业设计促进会") is None
    True
    >>> province_from_name("京津冀三地科技部门") is None
    True
    """
    text = unicodedata.normalize("NFKC", name).strip()
    if text.startswith(_cluster_aliases()):
        return None
    table, lengths = _prefixes()
    for n in lengths:  # the longest place name it starts with: a look-up per length, not a scan of every name
        code = table.get(text[:n])
        if code is not None:
            return regions()[code]
    return None
