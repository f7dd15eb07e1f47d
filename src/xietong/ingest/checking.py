"""Checking a table's rows before they are applied: notes and totals left
out, every row validated, rows that repeat an earlier one refused.

Checking needs nothing but the table itself (no store, no names resolved),
so it can run anywhere: in the importing process, or ahead of it in another
(:mod:`xietong.ingest.ahead`). Either way it yields the same blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from typing import Any

from xietong.ids import entity_id, membership_ids, statement_ids
from xietong.ingest.headers import Mapping
from xietong.ingest.problems import Problem
from xietong.ingest.readers import RawBlock, TableData
from xietong.ingest.records import ORG_FACTS, Block, Validator, roles
from xietong.names import clean, org_keys

BLOCK = 2000  # rows validated and applied together

# the kinds whose rows are applied with their cells as written beside the stored values
KEEPS_CELLS = ("alliances", "orgs")


@dataclass
class Checked:
    """One block of a table, checked: what applying it needs."""

    raw: RawBlock  # the rows as read, notes left out (no cells for a kind applied without them)
    valid: Block  # the valid rows, column by column
    found: list[Problem]  # the problems of the others
    notes: list[tuple[int, str]]  # rows left out as notes or totals: (row, its text)
    count: int  # rows read (blank rows and notes not counted)
    position: int  # how far into the file reading has come (bytes), for progress
    # ids worked out ahead (see predict), each list a row per valid row; None when not
    ids: dict[str, Any] | None = None


def check(table: TableData, mapping: Mapping, caches: dict[str, dict[str, Any]],
          dataset: str | None = None) -> Iterator[Checked]:
    """The table's rows a block at a time, checked. ``caches`` are the
    validated values fields validated alike share across an import's tables.
    With the ``dataset`` the rows will be stored under, each block comes
    with the ids its rows' facts will have if every name is new or named as
    first written (see :func:`predict`)."""
    validate = Validator(mapping.kind, mapping.columns, caches)
    dups = _Duplicates(mapping)
    # a roster's columns about the members themselves (所在地区 …): their cells kept, as written beside what is stored
    said_of_members = [h for h, f in mapping.columns.items() if f in ORG_FACTS] if mapping.kind == "memberships" else []
    for raw in table.blocks(BLOCK):
        notes: list[tuple[int, str]] = []
        if dropped := raw.notes():
            notes = [(raw.rows[i], next(c for c in raw.row(i).values() if type(c) is str and c.strip()).strip())
                     for i in dropped]
            raw = raw.without(dropped)
        found = [Problem(table.where, row, None, f"row has {more} more cells than the header")
                 for row, more in raw.extra]
        valid = validate.block(table.where, raw)
        found.extend(valid.problems)
        valid = dups.remove(table.where, valid, found)
        kept = raw if mapping.kind in KEEPS_CELLS else RawBlock(
            raw.rows, {h: raw.columns[h] for h in said_of_members if h in raw.columns}, raw.extra, raw.text)
        yield Checked(kept, valid, found, notes, len(raw.rows) + len(raw.extra),
                      table.position() if callable(table.position) else 0,
                      None if dataset is None else predict(mapping.kind, valid, dataset, caches.setdefault("ids", {})))


ORG_PROPS = ("name", "name_en", "kind", "province", "seat", "credit_code")  # stated a column at a time


def predict(kind: str, valid: Block, dataset: str, known: dict[str, str] | None = None) -> dict[str, Any] | None:
    """The ids a block's facts will have when each name it holds denotes the
    entity first named so (:func:`xietong.ids.entity_id`), as every name
    does that the registry did not know and every name as first written:
    the entity ids ("entities" for organisation rows; "alliances" and "orgs"
    for membership rows), and the ids of the facts stated of them; and the
    keys organisation names are matched on ("keys", one per row). Whoever
    applies the block compares the entity ids with those it resolves, and
    uses the fact ids only where they agree: hashing a million ids is done
    where it costs the import nothing.

    ``known`` keeps the organisation ids worked out so far, by name, for
    later tables: a membership file names each organisation five times or
    so, and hashing its id again each time was a fifth of checking it.

    For alliance rows, the cores their names and aliases are matched on
    (:func:`xietong.text.variants.core`, "cores", by text): segmenting
    them needs jieba, whose dictionary takes a second or two to load, and
    the importing process then need not load it at all.

    None for the other kinds applied row by row."""
    c = valid.columns
    known = {} if known is None else known
    if kind == "orgs":
        oids = [entity_id("org", n) for n in c["name"]]
        known.update(zip(c["name"], oids, strict=True))
        stated = {**c, "name": list(map(clean, c["name"]))}  # the values applying states: the name as cleaned
        return {"entities": oids, "keys": org_keys(c["name"]),
                **{f"statement:{prop}": statement_ids(oids, prop, stated[prop], dataset) for prop in ORG_PROPS}}
    if kind == "memberships":
        alliances = {a: entity_id("alliance", a) for a in set(c["alliance"])}
        aids = list(map(alliances.__getitem__, c["alliance"]))
        seen = known.get
        oids = [seen(n) or known.setdefault(n, entity_id("org", n)) for n in c["org"]]
        return {"alliances": aids, "orgs": oids,
                "members": membership_ids(aids, oids, roles(c["role"]), c["since"], c["until"], dataset)}
    if kind == "alliances":
        return {"cores": cores([clean(n) for n in c["name"]] + [a for aliases in c["aliases"] for a in aliases])}
    return None


def cores(texts: list[str]) -> dict[str, tuple[str | None, str]]:
    """:func:`xietong.text.variants.core` of each of ``texts``, by text."""
    from xietong.text.variants import core

    return {t: core(t) for t in dict.fromkeys(texts)}


_DUP_FIELDS = {"memberships": ("alliance", "org", "role"), "events": ("alliance", "kind", "date", "title"),
               "stats": ("region", "sector", "measure", "year"), "listings": ("kind", "owner", "title")}
_DUP_NAMED = {"memberships": "org", "events": "title", "stats": "sector", "listings": "title"}


class _Duplicates:
    """Rows of one file that say what an earlier row said (a blank role is a member's).

    Every row's key is kept to the end of the file: a million for a
    membership file. They are kept by the other fields (an alliance and a
    role), then by the field a repeat is told by (the organisation): a dict
    entry per row and no tuple per row."""

    def __init__(self, m: Mapping):
        self.fields = _DUP_FIELDS.get(m.kind, ("name",))
        self.named = _DUP_NAMED.get(m.kind, "name")
        self.header = m.header_of(self.named)
        self.seen: dict[tuple[Any, ...], dict[Any, int]] = {}

    def remove(self, path: str, valid: Block, found: list[Problem]) -> Block:
        """``valid`` without its rows that repeat an earlier one, each a problem in ``found``."""
        cols = [valid.columns[f] for f in self.fields]
        if "role" in self.fields:
            i = self.fields.index("role")
            cols[i] = roles(cols[i])
        cols = [["" if v is None else v for v in c] if None in c else c for c in cols]
        told = cols.pop(self.fields.index(self.named))  # the field a repeat is told by, the most varied: innermost
        groups = zip(*cols, strict=True) if cols else repeat((), len(told))
        seen = self.seen
        drop: list[int] = []
        for i, (group, value, row) in enumerate(zip(groups, told, valid.rows, strict=True)):
            rows = seen.get(group)
            if rows is None:
                rows = seen[group] = {}
            first = rows.setdefault(value, row)
            if first != row:
                found.append(Problem(path, row, self.header, f"duplicate of row {first}"))
                drop.append(i)
        return valid.without(drop) if drop else valid
