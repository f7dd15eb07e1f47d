"""Deterministic ids: the same fact from the same dataset always gets the same
id, so importing a file twice changes nothing and exports are stable."""

import hashlib
from collections.abc import Sequence

SEP = "\x1f"
_sha1 = hashlib.sha1


def make_id(prefix: str, *parts: object) -> str:
    """Example:

    >>> make_id("O", "北京工业大学")[:1], len(make_id("O", "x"))
    ('O', 33)
    """
    try:
        # text and blanks, the common case: C calls only (an import makes millions of ids)
        text = SEP.join(parts if None not in parts else ["" if p is None else p for p in parts])
    except TypeError:
        text = SEP.join(map(_text, parts))
    return prefix + _sha1(text.encode("utf-8")).hexdigest()[:32]


def make_ids(prefix: str, *columns: Sequence[object]) -> list[str]:
    """:func:`make_id` of each row of equally long ``columns``, hashed in bulk
    (C calls but one per row: a million membership rows need a million ids).

    >>> make_ids("M", ["a", "b"], [None, 2]) == [make_id("M", "a", None), make_id("M", "b", 2)]
    True
    """
    joined = map(SEP.join, zip(*map(_texts, columns), strict=True))
    return [prefix + _sha1(text.encode("utf-8")).hexdigest()[:32] for text in joined]


def _text(part: object) -> str:
    """A part of an id as text: None is blank."""
    return "" if part is None else part if type(part) is str else str(part)


def _texts(column: Sequence[object]) -> Sequence[str]:
    if None not in column and set(map(type, column)) <= {str}:
        return column  # type: ignore[return-value]
    return list(map(_text, column))


# -- the id of each kind of record: one rule each, wherever it is made ---------
# (the importing process and the process that reads ahead for it make the
# same ids, so a block's ids can be worked out before its names are resolved)

ALLIANCE_ID = "A"  # how an alliance's id begins; an organisation's begins with O


def entity_id(kind: str, name: str) -> str:
    """The id an alliance or organisation gets when first named ``name`` (as stored)."""
    return make_id(ALLIANCE_ID if kind == "alliance" else "O", kind, name)


def statement_id(entity: str, prop: str, value: str, dataset: str) -> str:
    return make_id("S", entity, prop, value, dataset)


def statement_ids(entities: Sequence[str], prop: str, values: Sequence[str | None], dataset: str) -> list[str | None]:
    """:func:`statement_id` of each entity's value of ``prop``; None where the value is None (nothing is stated)."""
    n = len(values)
    if None not in values:
        return make_ids("S", entities, [prop] * n, values, [dataset] * n)  # type: ignore[return-value]
    at = [i for i, v in enumerate(values) if v is not None]
    out: list[str | None] = [None] * n
    for i, sid in zip(at, make_ids("S", [entities[i] for i in at], [prop] * len(at), [values[i] for i in at],
                                   [dataset] * len(at)), strict=True):
        out[i] = sid
    return out


def membership_id(alliance: str, org: str, role: str, since: str | None, until: str | None, dataset: str) -> str:
    return make_id("M", alliance, org, role, since, until, dataset)


def membership_ids(alliances: Sequence[str], orgs: Sequence[str], roles: Sequence[str], since: Sequence[str | None],
                   until: Sequence[str | None], dataset: str) -> list[str]:
    """:func:`membership_id` of each row, hashed in bulk."""
    return make_ids("M", alliances, orgs, roles, since, until, [dataset] * len(alliances))
