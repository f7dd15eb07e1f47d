"""Listings: typed offer/need profiles (科技成果, 技术需求, 产业转移, 承接平台,
共享资源, 投资意向/融资需求) with an owner organisation, sectors, a region,
dates and a status workflow (draft → published → expired → renewed). Every
change bumps the listing's version and is logged with who made it; interest
in a listing is logged too. A change made against an old version is refused,
never silently applied."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import Connection, func, or_, select, update

from xietong import clock, dates, names, regions
from xietong.ids import make_id
from xietong.store.changes import touch
from xietong.store.db import Store
from xietong.store.tables import entity, listing, listing_log
from xietong.vocab import Term, Vocabulary, load_yaml
from xietong.writer import Writer


class ListingError(ValueError):
    pass


class Conflict(ListingError):
    """A change made against a version of the listing that is no longer current."""


@cache
def spec() -> dict[str, Any]:
    return load_yaml("listings.yaml")


@cache
def kinds() -> Vocabulary:
    return Vocabulary("listing_kinds", [Term(id=k["id"], zh=k["zh"], en=k["en"]) for k in spec()["kinds"]])


def _owner(conn: Connection, text: str) -> str:
    from xietong.resolution import canonical_map

    row = conn.execute(select(entity.c.id).where(entity.c.kind == "org", (entity.c.id == text) | (entity.c.name == text))).first()
    if row is None:
        raise ListingError(f"unknown organisation {text!r}: import or add it first")
    return canonical_map(conn, "org").get(row.id, row.id)


def _log(conn: Connection, listing_id: str, action: str, actor: str, *, org_id: str | None = None,
         note: str | None = None, before: Any = None, after: Any = None) -> None:
    at = clock.now()
    conn.execute(listing_log.insert().values(
        id=make_id("G", listing_id, action, actor, org_id, note, at), listing_id=listing_id, action=action, actor=actor,
        org_id=org_id, note=note, before=None if before is None else json.dumps(before, ensure_ascii=False),
        after=None if after is None else json.dumps(after, ensure_ascii=False), at=at))
    touch(conn)


def create(conn: Connection, *, kind: str, owner_id: str, title: str, text: str | None = None,
           sectors: list[str] | None = None, region: str | None = None, valid_from: str | None = None,
           valid_until: str | None = None, details: dict[str, Any] | None = None, status: str = "draft",
           actor: str = "user", dataset: str = "user", source_id: str | None = None, locator: str | None = None) -> tuple[str, bool]:
    """Add a listing (values already validated); returns (id, created). Idempotent."""
    lid = make_id("L", kind, owner_id, title, dataset)
    if conn.execute(select(listing.c.id).where(listing.c.id == lid)).first():
        return lid, False
    now = clock.now()
    if source_id is None:
        w = Writer(conn, now)
        source_id = w.source(kind="user", dataset=dataset, title=f"entered by {actor}")
        w.flush()
    conn.execute(listing.insert().values(
        id=lid, kind=kind, owner_id=owner_id, title=title, text=text, sectors=json.dumps(sectors or [], ensure_ascii=False),
        region=region, details=json.dumps(details or {}, ensure_ascii=False), status=status, valid_from=valid_from,
        valid_until=valid_until, version=1, dataset=dataset, source_id=source_id, locator=locator, created_at=now,
        updated_at=now))
    _log(conn, lid, "created", actor, after={"status": status})
    return lid, True


def check(kind: str, title: str, region: str | None, valid_from: str | None, valid_until: str | None) -> dict[str, Any]:
    """Validated values, or a :class:`ListingError` naming the field."""
    k = kinds().parse(kind)
    if k is None:
        raise ListingError(f"kind: unknown listing kind {kind!r} (expected one of: {kinds().choices()})")
    try:
        t = names.clean(title)
    except names.NameError_ as exc:
        raise ListingError(f"title: {exc}") from None
    code = None
    if region:
        r = regions.try_resolve(region)
        if r is None:
            raise ListingError(f"region: unknown region {region!r}")
        code = r.code
    try:
        start = str(dates.parse(valid_from)) if valid_from else None
        end = str(dates.parse(valid_until)) if valid_until else None
    except dates.DateError as exc:
        raise ListingError(f"dates: {exc}") from None
    if start and end and dates.parse(end).latest() < dates.parse(start).earliest():
        raise ListingError("dates: valid_until is before valid_from")
    return {"kind": k, "title": t, "region": code, "valid_from": start, "valid_until": end}


def add(store: Store, *, kind: str, owner: str, title: str, text: str | None = None, sectors: list[str] | None = None,
        region: str | None = None, valid_from: str | None = None, valid_until: str | None = None,
        publish: bool = False, actor: str = "user", logged_as: str | None = None) -> dict[str, Any]:
    """Add a listing, a draft unless ``publish``. With ``logged_as`` (who, on the platform) it is
    entered in the change log in the same transaction, as :func:`move` and :func:`interest` are."""
    store.require_schema()
    values = check(kind, title, region, valid_from, valid_until)
    with store.engine.begin() as conn:
        owner_id = _owner(conn, owner)
        lid, created = create(conn, owner_id=owner_id, text=text, sectors=sectors, actor=actor,
                              status="published" if publish else "draft", **values)
        if not created:
            raise ListingError(f"already listed: {lid}")
        if publish:
            _log(conn, lid, "published", actor)
        d = _view(conn, lid)
        _audit(conn, logged_as, "listing.add", lid, {"title": d["title"], "kind": d["kind"], "status": d["status"]})
        return d


def _row(conn: Connection, lid: str) -> Any:
    rows = conn.execute(select(listing).where(listing.c.id.like(f"{lid}%"))).all()
    if len(rows) != 1:
        raise ListingError(f"no listing {lid!r}" if not rows else f"{lid!r} matches {len(rows)} listings; give more of the id")
    return rows[0]


def _view(conn: Connection, lid: str) -> dict[str, Any]:
    r = _row(conn, lid)
    d = dict(r._mapping)
    d["sectors"] = json.loads(d["sectors"] or "[]")
    d["details"] = json.loads(d["details"] or "{}")
    owner = conn.execute(select(entity.c.name).where(entity.c.id == r.owner_id)).first()
    d["owner"] = owner.name if owner else None
    d["log"] = [dict(x._mapping) for x in conn.execute(
        select(listing_log).where(listing_log.c.listing_id == r.id).order_by(listing_log.c.at, listing_log.c.id))]
    return d


def show(store: Store, lid: str) -> dict[str, Any]:
    store.require_schema()
    with store.engine.connect() as conn:
        return _view(conn, lid)


def list_listings(store: Store, *, kind: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
    store.require_schema()
    with store.engine.connect() as conn:
        q = select(listing.c.id).order_by(listing.c.created_at, listing.c.id)
        if kind:
            k = kinds().parse(kind)
            if k is None:
                raise ListingError(f"unknown listing kind {kind!r}")
            q = q.where(listing.c.kind == k)
        if status:
            if status not in spec()["statuses"]:
                raise ListingError(f"unknown status {status!r} (expected one of: {', '.join(spec()['statuses'])})")
            q = q.where(listing.c.status == status)
        return [_view(conn, r.id) for r in conn.execute(q)]


def page(store: Store, *, kind: str | None = None, statuses: tuple[str, ...] = (), q: str | None = None,
         provinces: tuple[str, ...] = (), limit: int = 20, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """A page of listings, the newest first, and how many there are in all: of a ``kind``, in
    one of ``statuses`` (any when none), holding every word of ``q`` in their title or text
    (matched as text, never as a pattern), in one of ``provinces`` (province codes: a city's
    listing is its province's; any place when none). A board of fifty thousand is read a page at a time."""
    store.require_schema()
    where = []
    if provinces:  # GB/T 2260: a region's first two digits are its province's
        where.append(func.substr(listing.c.region, 1, 2).in_(sorted({p[:2] for p in provinces})))
    if kind:
        k = kinds().parse(kind)
        if k is None:
            raise ListingError(f"unknown listing kind {kind!r}")
        where.append(listing.c.kind == k)
    if statuses:
        where.append(listing.c.status.in_(statuses))
    for word in filter(None, (w.replace("\x00", "") for w in (q or "").split())):  # PostgreSQL takes no NUL in text
        where.append(or_(listing.c.title.contains(word, autoescape=True),
                         func.coalesce(listing.c.text, "").contains(word, autoescape=True)))
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(listing).where(*where)).scalar_one())
        if offset >= total:  # past the end (an offset as large as a client likes: PostgreSQL's bigint is not)
            return [], total
        ids = conn.execute(select(listing.c.id).where(*where).order_by(listing.c.created_at.desc(), listing.c.id)
                           .limit(limit).offset(offset)).scalars().all()
        return [_view(conn, lid) for lid in ids], total


def move(store: Store, lid: str, to: str, *, actor: str = "user", version: int | None = None,
         valid_until: str | None = None, logged_as: str | None = None) -> dict[str, Any]:
    """Change a listing's status along the workflow; ``version`` guards against concurrent edits."""
    with store.engine.begin() as conn:
        r = _row(conn, lid)
        allowed = spec()["transitions"].get(r.status, [])
        if to not in allowed:
            raise ListingError(f"a {r.status} listing cannot become {to} (it can become: {', '.join(allowed) or 'nothing'})")
        if version is not None and version != r.version:
            raise Conflict(f"listing {r.id} changed since version {version} (now {r.version}); reload and retry")
        values: dict[str, Any] = {"status": to, "version": r.version + 1, "updated_at": clock.now()}
        if valid_until:
            values["valid_until"] = check(r.kind, r.title, None, r.valid_from, valid_until)["valid_until"]
        result = conn.execute(update(listing).where(listing.c.id == r.id, listing.c.version == r.version).values(**values))
        if result.rowcount != 1:
            raise Conflict(f"listing {r.id} was changed by someone else; reload and retry")
        _log(conn, r.id, to, actor, before={"status": r.status, "version": r.version},
             after={"status": to, "version": r.version + 1})
        _audit(conn, logged_as, f"listing.{to}", r.id, {"status": to})
        return _view(conn, r.id)


def expire_due(store: Store, today: str, *, actor: str = "system") -> list[str]:
    """Expire every published or renewed listing whose validity ended before ``today``."""
    with store.engine.connect() as conn:
        due = [r.id for r in conn.execute(select(listing.c.id, listing.c.valid_until).where(
            listing.c.status.in_(("published", "renewed")), listing.c.valid_until.is_not(None)))
            if dates.parse(r.valid_until).latest().isoformat() < today]
    for lid in due:
        move(store, lid, "expired", actor=actor)
    return due


def interest(store: Store, lid: str, *, org: str | None = None, actor: str = "user", note: str | None = None,
             logged_as: str | None = None) -> dict[str, Any]:
    """Record that someone (an organisation, optionally) is interested in a listing."""
    with store.engine.begin() as conn:
        r = _row(conn, lid)
        if r.status not in ("published", "renewed"):
            raise ListingError(f"listing {r.id} is {r.status}; interest is recorded on published listings only")
        org_id = _owner(conn, org) if org else None
        _log(conn, r.id, "interest", actor, org_id=org_id, note=note)
        _audit(conn, logged_as, "listing.interest", r.id, {"note": note})
        return _view(conn, r.id)


def _audit(conn: Connection, who: str | None, action: str, lid: str, after: dict[str, Any]) -> None:
    """Enter a change in the change log, when someone is named to enter it under."""
    if who is not None:
        from xietong.accounts import record

        record(conn, who, action, lid, None, after)
