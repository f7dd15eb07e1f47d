"""Validated records: one pydantic model per kind of row. Values are read into
their stored form (region codes, ISO dates, vocabulary ids) and the written
form is kept beside them; anything unreadable is a problem naming its column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import SchemaValidator

from xietong import counts, names, props, regions
from xietong.ingest.problems import Problem
from xietong.ingest.readers import MISSING, RawBlock
from xietong.vocab import org_kind_cues

_SPLIT = re.compile(r"[;；、|\n]+")


def split(value: Any) -> list[str]:
    """Example:

    >>> split("北京工业大学、天津工业大学; 河北工业大学")
    ['北京工业大学', '天津工业大学', '河北工业大学']
    """
    if value is None:
        return []
    items = value if isinstance(value, list) else _SPLIT.split(str(value))
    return [s.strip() for s in items if s and s.strip()]


def _blank_to_none(v: Any) -> Any:
    if isinstance(v, str) and not v.strip():
        return None
    return v


Text = Annotated[str | None, BeforeValidator(_blank_to_none)]
# list fields default to Field(default_factory=list): pydantic deep-copies a `[]` default for
# every row validated, which made organisations' rows twice as slow to validate
Items = Annotated[list[str], BeforeValidator(split)]


def one_org(v: str) -> str:
    """An organisation's name, not a list of them: a cell whose parts split by
    、 or ; each end as organisations' names do ("甲公司、乙大学") names several,
    one to a row; "北京、天津科技部门" (places sharing one body's name) is one.

    >>> one_org("北京、天津科技部门")
    '北京、天津科技部门'
    >>> one_org("北京甲公司、天津乙大学")
    Traceback (most recent call last):
    ...
    ValueError: names several organisations ('北京甲公司', '天津乙大学'): give one to a row (or read the file as alliances listing their members: --kind alliances)
    """
    if _SPLIT.search(v) is None:  # the common case, one C call (the orgs file names 200,000)
        return v
    parts = split(v)
    if len(parts) > 1:
        endings = tuple(cue for cue, _ in org_kind_cues())
        if all(p.endswith(endings) for p in parts):
            raise ValueError(f"names several organisations ({', '.join(map(repr, parts))}): give one to a row "
                             "(or read the file as alliances listing their members: --kind alliances)")
    return v


def clean_names(v: Any) -> Any:
    """Names as stored (:func:`xietong.names.clean`), one or a list."""
    try:
        return [names.clean(x) for x in v] if isinstance(v, list) else names.clean(v)
    except names.NameError_ as exc:
        raise ValueError(f"name {exc}") from None


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    _kind: ClassVar[str] = ""

    source: Text = None
    source_url: Text = None

    @classmethod
    def _read(cls, prop: str, v: str | None) -> str | None:
        if v is None:
            return None
        try:
            return props.read(cls._kind, prop, v)
        except props.ValueError_ as exc:
            raise ValueError(str(exc)) from None

    @classmethod
    def _read_all(cls, prop: str, vs: list[str]) -> list[str]:
        return [cls._read(prop, v) or "" for v in vs]


class AllianceRow(Row):
    _kind: ClassVar[str] = "alliance"
    id: Text = None
    name: str
    name_en: Text = None
    aliases: Items = Field(default_factory=list)
    former_names: Items = Field(default_factory=list)  # 曾用名: the names it had before it was renamed
    founded: Text = None
    city: Text = None
    cluster: Text = None
    status: Text = None
    type: Text = None
    sector: Text = None
    domains: Items = Field(default_factory=list)
    relations: Items = Field(default_factory=list)
    regions: Items = Field(default_factory=list)
    description: Text = None
    description_en: Text = None
    initiators: Items = Field(default_factory=list)
    leads: Items = Field(default_factory=list)  # 牵头单位
    secretariat: Items = Field(default_factory=list)  # 秘书处（单位）
    guides: Items = Field(default_factory=list)  # 指导单位
    chairs: Items = Field(default_factory=list)  # 理事长单位 (several: chairing in turn)
    vice_chairs: Items = Field(default_factory=list)  # 副理事长单位
    standing_council_members: Items = Field(default_factory=list)  # 常务理事单位
    council_members: Items = Field(default_factory=list)  # 理事单位
    supervisors: Items = Field(default_factory=list)  # 监事单位
    member_list: Items = Field(default_factory=list)  # 成员单位, listed in the alliance's own row
    initiator_count: Text = None
    member_count: Text = None
    member_kind: Text = None

    _names = field_validator("name", "aliases", "former_names", "initiators", "leads", "secretariat", "guides", "chairs",
                             "vice_chairs", "standing_council_members", "council_members", "supervisors",
                             "member_list")(clean_names)

    @field_validator("founded", "cluster", "status", "type")
    @classmethod
    def _single(cls, v: str | None, info: Any) -> str | None:
        return cls._read(info.field_name, v)

    @field_validator("city")
    @classmethod
    def _city(cls, v: str | None) -> str | None:
        return cls._read("city", v)

    @field_validator("domains", "relations", "regions")
    @classmethod
    def _multi(cls, v: list[str], info: Any) -> list[str]:
        return cls._read_all(info.field_name, v)

    @field_validator("initiator_count")
    @classmethod
    def _int(cls, v: str | None) -> str | None:
        if v is None:
            return None
        try:
            return str(counts.parse(v).count)
        except counts.CountError as exc:
            raise ValueError(str(exc)) from None

    @field_validator("member_count")
    @classmethod
    def _count(cls, v: str | None) -> str | None:
        if v is None:
            return None
        try:
            counts.parse(v)
        except counts.CountError as exc:
            raise ValueError(str(exc)) from None
        return v


class OrgRow(Row):
    _kind: ClassVar[str] = "org"
    id: Text = None
    name: str
    name_en: Text = None
    aliases: Items = Field(default_factory=list)
    former_names: Items = Field(default_factory=list)  # 曾用名: the names it had before it was renamed
    kind: Text = None
    province: Text = None
    seat: Text = None
    industries: Items = Field(default_factory=list)
    credit_code: Text = None

    _names = field_validator("name", "aliases", "former_names")(clean_names)
    _one = field_validator("name")(one_org)  # as a membership's org: one validation shared by both files

    @field_validator("kind", "province", "seat", "credit_code")
    @classmethod
    def _single(cls, v: str | None, info: Any) -> str | None:
        return cls._read(info.field_name, v)


# a membership row's columns about the member itself, and the organisation's property each states
ORG_FACTS = {"org_kind": "kind", "province": "province", "seat": "seat", "industries": "industries",
             "credit_code": "credit_code"}


def roles(column: list[str | None]) -> list[str]:
    """Membership rows' roles as stored: a row that names none is a member's."""
    return ["member" if r is None else r for r in column]


class MembershipRow(Row):
    _kind: ClassVar[str] = "membership"
    alliance: str
    org: str
    role: Text = None
    since: Text = None
    until: Text = None
    # what a roster says of the member itself (单位性质, 所在地区 …), stated of the organisation
    org_kind: Text = None
    province: Text = None
    seat: Text = None
    industries: Items = Field(default_factory=list)
    credit_code: Text = None

    _names = field_validator("alliance", "org")(clean_names)
    _one = field_validator("org")(one_org)

    @field_validator("org_kind", "province", "seat", "credit_code")
    @classmethod
    def _of_org(cls, v: str | None, info: Any) -> str | None:
        return OrgRow._read(ORG_FACTS[info.field_name], v)  # read as an organisations file reads the column

    @field_validator("role")
    @classmethod
    def _role(cls, v: str | None) -> str | None:
        if v is None:
            return None
        from xietong.vocab import taxonomy_vocab

        found = taxonomy_vocab("roles").parse(v)
        if found is None:
            raise ValueError(f"unknown role {v!r} (expected one of: {taxonomy_vocab('roles').choices()})")
        return found

    @field_validator("since", "until")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        if v is None:
            return None
        try:
            return props.read("alliance", "founded", v)
        except props.ValueError_ as exc:
            raise ValueError(str(exc)) from None


class EventRow(Row):
    _kind: ClassVar[str] = "event"
    alliance: str
    kind: str
    date: Text = None
    title: Text = None

    _names = field_validator("alliance")(clean_names)

    @field_validator("kind")
    @classmethod
    def _event_kind(cls, v: str) -> str:
        from xietong.vocab import event_kinds

        found = event_kinds().parse(v)
        if found is None:
            raise ValueError(f"unknown event kind {v!r} (expected one of: {event_kinds().choices()})")
        return found

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return MembershipRow._date(v)


class StatRow(Row):
    _kind: ClassVar[str] = "stat"
    region: str
    sector: str
    value: str
    measure: Text = None
    year: Text = None
    unit: Text = None

    @field_validator("region")
    @classmethod
    def _region(cls, v: str) -> str:
        try:
            return props.read("org", "province", v)
        except props.ValueError_ as exc:
            raise ValueError(str(exc)) from None

    @field_validator("value")
    @classmethod
    def _value(cls, v: str) -> str:
        text = v.replace(",", "").replace("，", "").strip()
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"expected a number, got {v!r}") from None
        if number < 0 or number != number or number in (float("inf"),):
            raise ValueError(f"expected a non-negative number, got {v!r}")
        return text

    @field_validator("year")
    @classmethod
    def _year(cls, v: str | None) -> str | None:
        if v is None:
            return None
        if not (v.isdigit() and len(v) == 4):
            raise ValueError(f"expected a year (YYYY), got {v!r}")
        return v


class ListingRow(Row):
    _kind: ClassVar[str] = "listing"
    kind: str
    owner: str
    title: str
    text: Text = None
    sectors: Items = Field(default_factory=list)
    region: Text = None
    valid_from: Text = None
    valid_until: Text = None
    status: Text = None

    _names = field_validator("owner", "title")(clean_names)

    @field_validator("kind")
    @classmethod
    def _listing_kind(cls, v: str) -> str:
        from xietong.listings import kinds

        found = kinds().parse(v)
        if found is None:
            raise ValueError(f"unknown listing kind {v!r} (expected one of: {kinds().choices()})")
        return found

    @field_validator("region")
    @classmethod
    def _region(cls, v: str | None) -> str | None:
        return None if v is None else StatRow._region(v)

    @field_validator("valid_from", "valid_until")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        return MembershipRow._date(v)

    @field_validator("status")
    @classmethod
    def _status(cls, v: str | None) -> str | None:
        from xietong.listings import spec

        if v is not None and v not in spec()["statuses"]:
            raise ValueError(f"unknown status {v!r} (expected one of: {', '.join(spec()['statuses'])})")
        return v


MODELS: dict[str, type[Row]] = {"alliances": AllianceRow, "orgs": OrgRow, "memberships": MembershipRow,
                                "events": EventRow, "stats": StatRow, "listings": ListingRow}


class _Bad:
    """A value a field rejects, with what its validator said."""

    __slots__ = ("messages",)

    def __init__(self, messages: list[str]):
        self.messages = messages




@dataclass
class Block:
    """The valid rows of a block, column by column, and the problems of the others."""

    rows: list[int]  # row numbers of the valid rows, in order
    columns: dict[str, list[Any]]  # field -> its value in each valid row
    problems: list[Problem]

    def without(self, drop: list[int]) -> Block:
        """The block without the rows at positions ``drop``."""
        if not drop:
            return self
        gone = set(drop)
        keep = [i for i in range(len(self.rows)) if i not in gone]
        return Block([self.rows[i] for i in keep], {f: [v[i] for i in keep] for f, v in self.columns.items()},
                     self.problems)

    def records(self) -> Iterator[tuple[int, SimpleNamespace]]:
        """The valid rows one by one, each field an attribute."""
        fields = list(self.columns)
        for row, values in zip(self.rows, zip(*self.columns.values(), strict=True), strict=True):
            yield row, SimpleNamespace(**dict(zip(fields, values, strict=True)))


class Validator:
    """Validates the rows of one kind of table, each distinct written value once.

    Every validator of the row models reads its own field alone (a test holds
    the models to that: no model-level validators), so a value valid in one
    row is valid in every row, with the same stored form. Each distinct value
    of each column is validated once, by the model's own pydantic core schema
    for that field, and the result is reused: a million membership
    rows name a few thousand alliances and one or two roles, and validating
    every row as a whole model was the largest single step of an import.
    Rows are validated a block at a time, column by column, so the per-row
    work is C-level lookups. Problems are those whole-row validation gives,
    in the same order."""

    MAX_CACHED = 1 << 18  # distinct values kept per column; beyond, the cache starts over

    def __init__(self, kind: str, columns: dict[str, str], shared: dict[str, dict[str, Any]] | None = None):
        """``shared`` holds caches that fields validated alike share across
        the tables of one import: the organisations file and the membership
        file validate the same 200,000 names the same way."""
        self.model = MODELS[kind]
        self.columns = columns
        self.by_field = {f: h for h, f in columns.items()}
        fields = self.model.model_fields
        self.fields = list(fields)
        self.required = {f for f, info in fields.items() if info.is_required()}
        self.factories = {f: info.default_factory for f, info in fields.items() if info.default_factory is not None}
        self.defaults = {f: info.default for f, info in fields.items()
                         if f not in self.required and f not in self.factories}
        # each field validated alone by the model's own core schema for it
        # (its type, the model's config, its field validators, which read
        # the field's name): no model built and copied per value, 8.5 -> 6.7 us
        schema = self.model.__pydantic_core_schema__
        fields_schema = schema["schema"]["fields"]
        self._validators = {f: SchemaValidator({"type": "model-fields", "fields": {f: fields_schema[f]}},
                                               schema.get("config")) for f in self.fields}
        # value as written -> stored form, or _Bad
        self._cache: dict[str, dict[str, Any]] = {
            f: {} if shared is None or (key := _signature(fields_schema[f], schema.get("config"))) is None
            else shared.setdefault(key, {}) for f in self.fields}

    def block(self, file: str, raw: RawBlock) -> Block:
        """Validate the rows of ``raw``: the valid ones column by column, and every problem of the others,
        row by row, in the order of the model's fields."""
        n = len(raw.rows)
        columns: dict[str, list[Any]] = {}
        bad: set[int] = set()
        for f in self.fields:
            h = self.by_field.get(f)
            if h is None:  # no such column: the default, or every row lacks a required value
                factory = self.factories.get(f)
                if f in self.required:
                    bad.update(range(n))
                columns[f] = [factory() for _ in range(n)] if factory else [self.defaults.get(f)] * n
                continue
            cells = raw.columns.get(h)
            columns[f] = values = self._column(f, [MISSING] * n, False) if cells is None else self._column(f, cells, raw.text)
            types = set(map(type, values))
            if _Bad in types or object in types:
                bad.update(i for i, v in enumerate(values) if type(v) is _Bad or v is MISSING)
        problems = [p for i in sorted(bad) for p in self._problems(file, raw.rows[i], raw.row(i))]
        return Block(list(raw.rows), columns, problems).without(sorted(bad))

    def _column(self, f: str, raw: list[Any], text: bool = False) -> list[Any]:
        """The stored form of each value of one column (_Bad where rejected;
        MISSING where required and absent); ``text`` when every cell is known to be text."""
        if text or set(map(type, raw)) == {str}:  # every cell written: the common case
            cache = self._cache[f]
            new = set(raw).difference(cache)
            if len(cache) + len(new) > self.MAX_CACHED:
                cache.clear()
                new = set(raw)
            for v in new:
                cache[v] = self._one(f, v)
            return list(map(cache.__getitem__, raw))
        out = []
        for v in raw:
            if v is MISSING:
                if f in self.required:
                    out.append(MISSING)
                else:
                    out.append(self.factories[f]() if f in self.factories else self.defaults[f])
            else:  # a JSON list or number, or a mixed column: not worth keeping
                out.append(self._column(f, [v])[0] if type(v) is str else self._one(f, v))
        return out

    def _problems(self, file: str, row: int, cells: dict[str, Any]) -> list[Problem]:
        """Every problem of a bad row, in the order of the model's fields."""
        data = {self.columns[h]: v for h, v in cells.items() if h in self.columns}
        problems = []
        for f in self.fields:
            if f not in data:
                if f in self.required:
                    problems.append(Problem(file, row, self.by_field.get(f, f), "required value is empty"))
                continue
            out = self._one(f, data[f])
            if type(out) is _Bad:
                problems.extend(Problem(file, row, self.by_field.get(f, f), msg) for msg in out.messages)
        return problems

    def _one(self, f: str, v: Any) -> Any:
        try:
            return self._validators[f].validate_python({f: v})[0][f]
        except ValidationError as exc:
            return _Bad([err["msg"].removeprefix("Value error, ") for err in exc.errors()])


def _signature(field_schema: dict[str, Any], config: dict[str, Any] | None) -> str | None:
    """What decides how a field validates a value, as a key two fields can
    share a cache under; None when its validators read the field's own name
    (pydantic's "with-info" functions), which no other field shares. The
    schema's functions are the same objects for the same validator, so
    equal keys validate alike; a config's title only names the model."""
    text = repr(field_schema)
    if "'with-info'" in text:
        return None
    return text + repr({k: v for k, v in (config or {}).items() if k != "title"})


def place_detail(text: str | None) -> str | None:
    """The bracketed detail of a place ("张家口(崇礼)" -> "崇礼")."""
    return regions.split_place(text)[1] if text else None
