"""Mapping a file's column headers (Chinese or English) to our fields, and
telling which kind of record a table holds."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from xietong.ingest.problems import InputError, Problem
from xietong.vocab import load_yaml

KINDS = ("alliances", "orgs", "memberships", "events", "stats", "listings")
KIND_ALIASES = {
    "alliances": "alliances", "alliance": "alliances", "联盟": "alliances",
    "orgs": "orgs", "org": "orgs", "organisations": "orgs", "organizations": "orgs", "机构": "orgs", "成员单位": "orgs",
    "memberships": "memberships", "membership": "memberships", "成员关系": "memberships",
    "events": "events", "event": "events", "活动": "events", "联盟活动": "events",
    "stats": "stats", "statistics": "stats", "统计": "stats", "区域统计": "stats",
    "listings": "listings", "listing": "listings", "供需信息": "listings", "需求": "listings",
}


def fold(header: str) -> str:
    """Example:

    >>> fold(" Name_ZH "), fold("成立　时间")
    ('namezh', '成立时间')
    """
    return re.sub(r"[\s_\-]+", "", unicodedata.normalize("NFKC", header)).casefold()


@dataclass(frozen=True)
class KindSpec:
    kind: str
    required: tuple[str, ...]
    fields: dict[str, tuple[str, ...]]
    key: tuple[str, ...]

    def lookup(self) -> dict[str, str]:
        return _lookup(self.kind)


@cache
def _lookup(kind: str) -> dict[str, str]:
    return {fold(s): f for f, syns in specs()[kind].fields.items() for s in (f, *syns)}


@cache
def specs() -> dict[str, KindSpec]:
    raw = load_yaml("headers.yaml")
    return {
        k: KindSpec(k, tuple(v["required"]), {f: tuple(s) for f, s in v["fields"].items()}, tuple(v["key"]))
        for k, v in raw.items()
    }


@dataclass
class Mapping:
    kind: str
    columns: dict[str, str]  # header as written -> field
    ignored: list[str]

    def header_of(self, field: str) -> str:
        for h, f in self.columns.items():
            if f == field:
                return h
        return field


def template(kind: str, lang: str = "zh") -> list[str]:
    """The header row of a blank file of ``kind`` for a user to fill in: the
    required columns first, then every other column xietong reads (not ``id``,
    which a new record has not got), each under its first Chinese header (or
    its English field name). A file with just this row is read back as the
    same kind, every column known.

    >>> template("memberships")[:7], template("memberships")[-2:]
    (['联盟', '成员单位', '角色', '加入时间', '退出时间', '机构类型', '所属省份'], ['来源', '来源链接'])
    >>> template("memberships", "en")[:3]
    ['alliance', 'org', 'role']
    """
    spec = specs()[kind]
    fields = [*spec.required, *(f for f in spec.fields if f not in spec.required and f != "id")]
    if lang != "zh":
        return fields
    return [next(s for s in spec.fields[f] if re.search(r"[\u4e00-\u9fff]", s)) for f in fields]


def known_columns(cells: list[str]) -> int:
    """How many of ``cells`` name a column xietong reads, for any kind of table.

    >>> known_columns(["联盟名称", "成立时间", "备注"]), known_columns(["京津冀产业联盟名录（2016年）"])
    (2, 0)
    """
    return sum(1 for c in cells if c.strip() and any(fold(c) in _lookup(k) for k in KINDS))


def infer_kind(headers: list[str], table_name: str = "") -> str | None:
    """The record kind a table's headers (or its sheet/key name) reveal."""
    by_name = KIND_ALIASES.get(table_name.strip().casefold())
    if by_name:
        return by_name
    sp = specs()
    mapped = {k: {sp[k].lookup().get(fold(h)) for h in headers} - {None} for k in KINDS}
    if {"alliance", "org"} <= mapped["memberships"] and not mapped["alliances"] & set(sp["alliances"].key):
        return "memberships"  # (an alliance's own facts beside them make it a table of alliances listing members)
    if {"alliance", "kind"} <= mapped["events"] and ({"date", "title"} & mapped["events"]):
        return "events"
    if {"region", "sector", "value"} <= mapped["stats"]:
        return "stats"
    if {"kind", "owner", "title"} <= mapped["listings"]:
        return "listings"
    scores = {k: len(mapped[k] & set(sp[k].key)) for k in ("alliances", "orgs")}
    only_alliance = mapped["alliances"] & (set(sp["alliances"].key) - set(sp["orgs"].fields))
    only_org = mapped["orgs"] & (set(sp["orgs"].key) - set(sp["alliances"].fields))
    if only_alliance and not only_org:
        return "alliances"
    if only_org and not only_alliance:
        return "orgs"
    if scores["alliances"] != scores["orgs"]:
        return max(scores, key=lambda k: scores[k])
    # no column of either's own: the one whose required columns are all there (联盟名称 names alliances,
    # 机构名称 organisations; 名称 either, which is left to --kind) and that reads every column some
    # kind reads (单位名称 beside 职务, a member's role, is a roster that names no alliance: refused)
    known = [h for h in headers if any(sp[k].lookup().get(fold(h)) for k in KINDS)]
    whole = [k for k in ("alliances", "orgs")
             if set(sp[k].required) <= mapped[k] and all(sp[k].lookup().get(fold(h)) for h in known)]
    return whole[0] if len(whole) == 1 else None


def map_headers(file: str, headers: list[str], kind: str, row: int = 1) -> Mapping:
    """Map ``headers`` (row ``row`` of ``file``) for ``kind``; missing required columns are problems."""
    spec = specs()[kind]
    columns: dict[str, str] = {}
    ignored: list[str] = []
    problems: list[Problem] = []
    for h in headers:
        f = spec.lookup().get(fold(h))
        if f is None:
            if h.strip():
                ignored.append(h)
            continue
        if f in columns.values():
            problems.append(Problem(file, row, h, f"column repeats field '{f}'"))
            continue
        columns[h] = f
    for req in spec.required:
        if req not in columns.values():
            names = " / ".join(spec.fields[req][:4])
            problems.append(Problem(file, row, req, f"missing required column ({names})"))
    if problems:
        raise InputError(problems)
    return Mapping(kind, columns, ignored)
