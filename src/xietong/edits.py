"""Facts a person enters by hand: a correction (this alliance was founded in
2015年5月, not 4月) or an addition (a member the files never named), each
sourced to what the person cites, a document by its title or a link, with
the passage when they quote one.

They are stored as any fact is, under the dataset ``user``, which readers
are shown first (:func:`xietong.views.precedence`): a later entry of the same
property supersedes an earlier one, keeping it in the history, while what
files and documents state stands beside it. Every entry goes in the change
log under its own change id, so ``xietong undo`` takes it back."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from xietong import clock, dates, names, props, regions
from xietong.resolution import Index, renamed, resolve
from xietong.store.db import Store
from xietong.store.tables import entity
from xietong.vocab import roles
from xietong.writer import Provenance, Writer

DATASET = "user"
# what a person may state of each kind of record (names are changed by merging, and kinds of
# record a rule works out, like an alliance's member kinds, are left to the rule)
EDITABLE = {
    "alliance": ("name_en", "aliases", "former_names", "founded", "city", "status", "type", "sector", "domains",
                 "relations", "regions", "description", "description_en", "note"),
    "org": ("name_en", "aliases", "former_names", "kind", "province", "seat", "industries", "credit_code", "note"),
}
CLASSIFIED_BY = ("description",)  # what a person states that the classifier reads, beside the name and members
_URL = re.compile(r"^https?://[^\s]+$")


def web_address(text: str) -> bool:
    """Whether ``text`` is a web address a source can be cited by (http or https, no spaces): the
    one rule for a citation's link, a submitted report's and ``extract --url``.

    >>> web_address("https://example.org/a?b=1"), web_address("javascript:alert(1)"), web_address("http://a b")
    (True, False, False)
    """
    return bool(_URL.match(text))


class EditError(ValueError):
    """A refused entry; ``field`` names the property whose value was refused, when one was, and
    ``record`` the record a refused registration names (the one the registry holds already)."""

    def __init__(self, message: str, field: str | None = None, record: str | None = None):
        super().__init__(f"{field}: {message}" if field else message)
        self.field, self.message = field, message
        self.record = record


@dataclass(frozen=True)
class Citation:
    """What a person's entry rests on: a document's title or a link (one at least), and the
    passage they quote, if any."""

    title: str | None = None
    url: str | None = None
    passage: str | None = None

    def checked(self) -> Citation:
        title, url, passage = ((v or "").strip() or None for v in (self.title, self.url, self.passage))
        if title is None and url is None:
            raise EditError("source: say where this is stated (a document's title or a link)")
        if url is not None and not web_address(url):
            raise EditError(f"source: a link starts with http:// or https:// (got {url!r})")
        for field, value, most in (("source", title, 300), ("source", url, 2000), ("passage", passage, 2000)):
            if value is not None and len(value) > most:
                raise EditError(f"{field}: at most {most} characters")
        return Citation(title, url, passage)


def state(store: Store, entity_id: str, prop: str, value: str, *, cite: Citation, by: str,
          logged_as: str | None = None) -> dict[str, Any]:
    """State ``prop`` = ``value`` (as written: 2015年5月, 天津, 产业类) of an alliance or
    organisation, sourced to ``cite``. Returns what was written and the change id."""
    from xietong.undo import new_change

    cite = cite.checked()
    with store.engine.begin() as conn:
        kind = _kind(conn, entity_id)
        if prop not in EDITABLE[kind]:
            raise EditError(f"cannot state {prop!r} of {'an alliance' if kind == 'alliance' else 'an organisation'} "
                            f"by hand (can: {', '.join(EDITABLE[kind])})")
        try:
            stored = props.read(kind, prop, value)
        except (props.ValueError_, names.NameError_) as exc:
            raise EditError(str(exc), prop) from None
        if prop == "former_names" and names.clean(stored) == _name(conn, entity_id):
            raise EditError("that is the record's own name, not a name it had before", prop)
        change = new_change("edit", entity_id, prop, value)
        w = Writer(conn, clock.now(), change)
        w.state(entity_id, kind, prop, stored, _provenance(w, cite, by), original=value.strip())
        if prop == "former_names":  # renamed: a record kept under the old name is this one
            renamed(Index.load(conn, kind), w, entity_id, stored)
        if prop in CLASSIFIED_BY and w.flush().total():  # what the classifier reads changed: read again, as init would
            from xietong.inference import derive

            derive(conn, w, {entity_id})
        return _logged(conn, w, change, logged_as or by, "fact.state", entity_id, {"prop": prop, "value": stored})


def member(store: Store, alliance_id: str, org: str, role: str = "member", *, since: str | None = None,
           until: str | None = None, cite: Citation, by: str, logged_as: str | None = None) -> dict[str, Any]:
    """Add ``org`` (a name the registry knows, or a new organisation) to an alliance as
    ``role``, from ``since`` until ``until`` when known, sourced to ``cite``."""
    from xietong.undo import new_change

    cite = cite.checked()
    if role not in roles():
        raise EditError(f"role: expected one of {', '.join(roles())}, got {role!r}")
    try:
        start = str(dates.parse(since)) if since and since.strip() else None
        end = str(dates.parse(until)) if until and until.strip() else None
        org_name = names.clean(org)
    except dates.DateError as exc:
        raise EditError(f"dates: {exc}") from None
    except names.NameError_ as exc:
        raise EditError(f"organisation: {exc}") from None
    if start and end and dates.parse(end).latest() < dates.parse(start).earliest():
        raise EditError("dates: until is before since")
    with store.engine.begin() as conn:
        if _kind(conn, alliance_id) != "alliance":
            raise EditError(f"{alliance_id!r} is an organisation, not an alliance")
        change = new_change("member", alliance_id, org_name, role)
        w = Writer(conn, clock.now(), change)
        prov = _provenance(w, cite, by)
        found = resolve(Index.load(conn, "org", only=[org_name]), w, org_name, prov.source_id)
        assert found is not None
        w.member(alliance_id, found.id, role, prov, start, end)
        if found.created:  # a new organisation: its name
            w.state(found.id, "org", "name", org_name, prov)
        if w.flush().total():
            from xietong.inference import derive

            # what the rules read, as init would: a new organisation's province and kind from its name
            # (河北…: Hebei; …大学: a university), and the alliance's type with its members' kinds
            derive(conn, w, {alliance_id, found.id} if found.created else {alliance_id})
        return _logged(conn, w, change, logged_as or by, "fact.member", alliance_id,
                       {"org": org_name, "org_id": found.id, "role": role, "since": start, "until": end})


CLUSTER_GIVEN = "city cluster given at registration for a name written without one (--cluster, or the home cluster)"


def register(store: Store, kind: str, name: str, *, cite: Citation, by: str, cluster: str | None = None,
             logged_as: str | None = None) -> dict[str, Any]:
    """A new alliance or organisation, by its name, sourced to ``cite``: a secretariat entering its
    alliance before any file or report names it. A name the registry knows already, as an import
    would resolve it (the same name, the same name normalised, a variant of an alliance's name), is
    refused, naming the record it is, so that no second record of one body is made by hand; facts
    are then stated of that record. An alliance's name that says no city cluster is the
    ``cluster`` given (a code or a name: the platform's home cluster), as an import for one takes
    it. An organisation's name tells its province and kind as an import's does."""
    from xietong.undo import new_change

    cite = cite.checked()
    if kind not in EDITABLE:
        raise EditError(f"kind: expected alliance or org, got {kind!r}")
    try:
        clean = names.clean(name)
    except names.NameError_ as exc:
        raise EditError(str(exc), "name") from None
    given = None
    if kind == "alliance" and cluster and names.split_cluster_prefix(clean)[0] is None:
        try:
            given = regions.cluster_named(cluster).id
        except regions.UnknownRegion as exc:
            raise EditError(str(exc), "cluster") from None
    with store.engine.begin() as conn:
        change = new_change("register", kind, clean)
        w = Writer(conn, clock.now(), change)
        prov = _provenance(w, cite, by)
        idx = Index.load(conn, kind, given, only=[clean] if kind == "org" else None)
        found = resolve(idx, w, clean, prov.source_id)
        assert found is not None
        if not found.created or found.merged_into is not None:
            known = idx.canon(found.merged_into or found.id)
            named = _name(conn, known)
            raise EditError(f"already in the registry: {named} ({known}); state its facts there", record=known)
        w.state(found.id, kind, "name", clean, prov)
        if given is not None:
            w.state(found.id, kind, "cluster", given, replace(prov, passage=None, note=CLUSTER_GIVEN))
        from xietong.inference import derive

        derive(conn, w, {found.id})  # an organisation's province and kind, an alliance's type, read at once
        return _logged(conn, w, change, logged_as or by, "entity.register", found.id,
                       {"kind": kind, "id": found.id, "name": clean, "cluster": given})


def _name(conn: Any, entity_id: str) -> str | None:
    return conn.execute(select(entity.c.name).where(entity.c.id == entity_id)).scalar()


def _kind(conn: Any, entity_id: str) -> str:
    row = conn.execute(select(entity.c.kind).where(entity.c.id == entity_id)).first()
    if row is None:
        raise EditError(f"no record {entity_id!r}")
    return str(row.kind)


def _provenance(w: Writer, cite: Citation, by: str) -> Provenance:
    sid = w.source(kind="url" if cite.url else "document", dataset=DATASET, title=cite.title, url=cite.url)
    return Provenance(DATASET, sid, None, cite.passage, f"entered by {by}")


def _logged(conn: Any, w: Writer, change: str, who: str, action: str, target: str,
            said: dict[str, Any]) -> dict[str, Any]:
    """Write the entry and log it; an entry the registry already holds, from the same source, is refused."""
    from xietong.accounts import record

    changes = w.flush()
    if not changes.total():
        raise EditError("the registry already says this")
    record(conn, who, action, target, None, {"change": change, **said})
    return {"change": change, **said, **changes.as_dict()}
