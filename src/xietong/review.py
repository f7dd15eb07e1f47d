"""The review queue. Extraction proposes; a person decides. A candidate is not
a fact: accepting it writes sourced facts (the document and the evidence
span), editing corrects the proposal first, and rejecting it is remembered
by its fingerprint so the same proposal is never raised again, from any
document."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select, update

from xietong import clock, counts, names, orgnames, props
from xietong.ids import make_id
from xietong.resolution import Index, formerly, resolve
from xietong.store.db import Store
from xietong.store.tables import candidate, source
from xietong.text.facts import COUNCIL_LISTS
from xietong.text.ocr import OCR_NOTE
from xietong.writer import Provenance, Writer

EDITABLE = {"alliance", "founded", "city", "initiators", "initiator_count", "initiator_count_qualifier", "member_count",
            "member_count_qualifier", "regions", "aliases", "former_names", "cluster", "members", "secretariat", "chair",
            *COUNCIL_LISTS}


class ReviewError(ValueError):
    pass


class Conflict(ReviewError):
    """Someone else changed the candidate since this person read it."""


def fingerprint(rec: dict[str, Any]) -> str:
    """What makes two proposals the same, whichever document they came from."""
    key = names.alliance_key(rec["alliance"], rec.get("cluster"))
    return make_id("F", key, rec.get("founded"), rec.get("city"), sorted(rec.get("initiators") or []),
                   rec.get("initiator_count"), rec.get("member_count"), sorted(rec.get("regions") or []))


def add_candidates(store: Store, results: Any) -> int:
    """Store extraction results as pending candidates, in one transaction."""
    from xietong.text.pipeline import record_json

    store.require_schema()
    added = 0
    with store.engine.begin() as conn:
        writer = Writer(conn, clock.now())
        rejected = {r.fingerprint for r in conn.execute(select(candidate.c.fingerprint).where(candidate.c.status == "rejected"))}
        for doc in results.documents:
            dataset = f"document:{doc.name}"
            sid = writer.source(kind="document", dataset=dataset, file=doc.name, sha256=doc.sha256, title=doc.title,
                                url=doc.url, note=OCR_NOTE if doc.ocr else None)
            for rec in results.records:
                if rec.source != doc.name:
                    continue
                payload = record_json(rec)
                fp = fingerprint(payload)
                if fp in rejected:
                    continue
                cid = make_id("Q", fp, doc.sha256)
                if conn.execute(select(candidate.c.id).where(candidate.c.id == cid)).first():
                    continue
                writer.flush()
                conn.execute(candidate.insert().values(
                    id=cid, fingerprint=fp, kind="alliance", source_id=sid, dataset=dataset,
                    payload=json.dumps(payload, ensure_ascii=False), edited=None, status="pending",
                    created_at=writer.now, decided_at=None, decided_by=None, note=None))
                added += 1
        writer.flush()
    return added


def _row(conn: Any, cid: str) -> Any:
    rows = conn.execute(select(candidate).where(candidate.c.id.like(f"{cid}%"))).all()
    if not rows:
        raise ReviewError(f"no candidate {cid!r}")
    if len(rows) > 1:
        raise ReviewError(f"{cid!r} matches {len(rows)} candidates; give more of the id")
    return rows[0]


def chaired(rec: dict[str, Any]) -> dict[str, Any]:
    """A proposal as stored, with every body chairing its alliance listed (``chairs``): one stored
    before extraction listed them gives its one chair, sourced to the sentence that named it.

    >>> chaired({"chair": "甲", "evidence_of": {"chair": {"text": "甲当选理事长单位"}}})["chairs"]
    ['甲']
    >>> chaired({"chair": None})["chairs"], chaired({"chair": None, "chairs": ["甲", "乙"]})["chairs"]
    ([], ['甲', '乙'])
    """
    if "chairs" in rec:
        return rec
    chair = rec.get("chair")
    out = {**rec, "chairs": [chair] if chair else []}
    if chair and (said := (rec.get("evidence_of") or {}).get("chair")) is not None:
        out["evidence_of"] = {**rec["evidence_of"], f"chairs:{chair}": said}
    return out


def _view(row: Any) -> dict[str, Any]:
    payload = chaired(json.loads(row.payload))
    edited = chaired(json.loads(row.edited)) if row.edited else None
    return {"id": row.id, "version": row.version, "status": row.status, "dataset": row.dataset, "created_at": row.created_at,
            "decided_at": row.decided_at, "decided_by": row.decided_by, "note": row.note,
            "proposal": payload, "edited": edited, "record": edited or payload}


def list_candidates(store: Store, status: str | None = "pending", *, limit: int | None = None,
                    offset: int = 0) -> list[dict[str, Any]]:
    """Candidates in the order they were proposed: all, or a page of them (``limit`` from ``offset``);
    each with the title of the document it was read from, when it has one (``source_title``), and
    whether that document's text was read by OCR (``source_ocr``: a scan, for the editor to check
    the names against)."""
    store.require_schema()
    with store.engine.connect() as conn:
        q = (select(candidate, source.c.title.label("source_title"), source.c.note.label("source_note"))
             .join(source, source.c.id == candidate.c.source_id, isouter=True)
             .order_by(candidate.c.created_at, candidate.c.id).limit(limit).offset(offset or None))
        if status:
            q = q.where(candidate.c.status == status)
        return [_view(r) | {"source_title": r.source_title, "source_ocr": r.source_note == OCR_NOTE} for r in conn.execute(q)]


def count_candidates(store: Store, status: str | None = "pending") -> int:
    store.require_schema()
    with store.engine.connect() as conn:
        q = select(func.count()).select_from(candidate)
        if status:
            q = q.where(candidate.c.status == status)
        return int(conn.execute(q).scalar_one())


def show(store: Store, cid: str) -> dict[str, Any]:
    with store.engine.connect() as conn:
        return _view(_row(conn, cid))


def _check(field: str, value: str) -> Any:
    """A corrected field value in its stored form; refuses unknown values."""
    if field not in EDITABLE:
        raise ReviewError(f"cannot edit {field!r} (editable: {', '.join(sorted(EDITABLE))})")
    try:
        if field == "alliance":
            return names.clean(value)
        if field in ("secretariat", "chair"):
            return names.clean(value) if value.strip() else None
        if field in ("initiators", "aliases", "former_names", "members", *COUNCIL_LISTS):
            return [names.clean(v) for v in value.replace("；", ";").replace("、", ";").split(";") if v.strip()]
        if field == "regions":
            return [props.read("alliance", "regions", v) for v in value.replace("、", ";").split(";") if v.strip()]
        if field in ("initiator_count", "member_count"):
            return counts.parse(value).count if value.strip() else None
        if field == "cluster":
            return props.read("alliance", "cluster", value) if value.strip() else None
        if field in ("initiator_count_qualifier", "member_count_qualifier"):
            if value not in counts.QUALIFIERS:
                raise ReviewError(f"qualifier must be one of {', '.join(counts.QUALIFIERS)}")
            return value
        return props.read("alliance", field, value) if value.strip() else None
    except (props.ValueError_, names.NameError_, counts.CountError) as exc:
        raise ReviewError(f"{field}: {exc}") from None


def _check_version(row: Any, version: int | None) -> None:
    """Refuse a decision made on a version of the candidate that is no longer current."""
    if version is not None and version != row.version:
        raise Conflict(f"candidate {row.id} was changed by someone else (version {row.version}, you had {version}); "
                       "reload it and decide again")


def _set(conn: Any, row: Any, version: int | None, **values: Any) -> None:
    """Update a candidate only if it is still at the version its editor read."""
    _check_version(row, version)
    done = conn.execute(update(candidate).where(candidate.c.id == row.id, candidate.c.version == row.version)
                        .values(version=row.version + 1, **values))
    if done.rowcount != 1:
        raise Conflict(f"candidate {row.id} was changed by someone else while saving; reload it and decide again")


def edit(store: Store, cid: str, changes: dict[str, str], *, by: str = "user", version: int | None = None,
         logged_as: str | None = None) -> dict[str, Any]:
    """Correct a pending candidate. With ``logged_as`` (who, on the platform or the command line) the
    correction is entered in the change log in the same transaction, so ``xietong undo`` restores
    what the candidate said before."""
    with store.engine.begin() as conn:
        row = _row(conn, cid)
        if row.status != "pending":
            raise ReviewError(f"candidate {row.id} is {row.status}; only pending candidates can be edited")
        record = chaired(json.loads(row.edited or row.payload))
        for field, value in changes.items():
            record[field] = _check(field, value)
            if field in ("initiator_count", "member_count") and f"{field}_qualifier" not in changes:
                record[f"{field}_qualifier"] = _qualifier_said(value, record.get(f"{field}_qualifier"))
        if "chair" in changes and "chairs" not in changes:  # the one chair, corrected: the chairs are it alone
            record["chairs"] = [record["chair"]] if record["chair"] else []
        record["chair"] = record["chairs"][0] if len(record["chairs"]) == 1 else None  # several: no one chair
        edited = json.dumps(record, ensure_ascii=False)
        _set(conn, row, version, edited=edited, note=f"edited by {by}")
        after = _view(conn.execute(select(candidate).where(candidate.c.id == row.id)).one())
        if logged_as is not None:
            from xietong.accounts import record as log

            before = None if row.edited is None else json.dumps(json.loads(row.edited), ensure_ascii=False)
            log(conn, logged_as, "review.edit", row.id, {"edited": before}, {"edited": edited, "version": after["version"]})
        return after


def _qualifier_said(text: str, before: str | None) -> str | None:
    """The qualifier of a count as a reviewer corrected it: the one the text says ("60余家", "约60"),
    else, for a bare number, the one the candidate had (a form shows the number alone, and saving
    it unchanged must not make "more than 60" exactly 60); none for no count.

    >>> _qualifier_said("60余家", None), _qualifier_said("60", "more_than"), _qualifier_said("", "about")
    ('more_than', 'more_than', None)
    """
    if not text.strip():
        return None
    return before if text.strip().isdigit() else counts.parse(text).qualifier


def reject(store: Store, cid: str, *, by: str = "user", reason: str | None = None, version: int | None = None) -> None:
    with store.engine.begin() as conn:
        row = _row(conn, cid)
        if row.status != "pending":
            raise ReviewError(f"candidate {row.id} is already {row.status}")
        _set(conn, row, version, status="rejected", decided_at=clock.now(), decided_by=by, note=reason)


def decide(store: Store, cid: str, decision: str, *, by: str, logged_as: str, version: int | None = None,
           reason: str | None = None) -> dict[str, Any]:
    """Accept or reject a candidate and enter the decision in the change log
    (who: ``logged_as``, on the platform or the command line), so ``xietong
    undo`` can take it back: an acceptance's facts carry a change id of
    their own. Returns what :func:`accept` returns (the alliance and what
    was written), or for a rejection the candidate as it then stands."""
    from xietong.accounts import record
    from xietong.undo import new_change

    if decision not in ("accept", "reject"):
        raise ReviewError(f"unknown decision {decision!r} (accept, reject)")
    change = new_change("review", decision, cid)
    before = show(store, cid)
    accepted = accept(store, cid, by=by, version=version, change=change) if decision == "accept" else None
    if accepted is None:
        reject(store, cid, by=by, version=version, reason=reason)
    after = show(store, cid)
    with store.engine.begin() as conn:
        record(conn, logged_as, f"review.{decision}", after["id"], {"status": before["status"]},
               {"status": after["status"], "version": after["version"], **({"change": change} if accepted is not None else {})})
    return after if accepted is None else accepted


def decide_all(store: Store, chosen: list[tuple[str, int | None]], decision: str, *, by: str,
               logged_as: str) -> dict[str, Any]:
    """:func:`decide` each of ``chosen`` (candidate id, the version the reviewer saw), one
    after another, each in its own transaction and its own entry of the change log, so each
    can be undone alone. One that cannot be decided (decided or changed by someone else since,
    gone) is left as it is and said why; the others go ahead. Returns the ids ``decided`` and
    the ``refused`` with their reasons."""
    if decision not in ("accept", "reject"):
        raise ReviewError(f"unknown decision {decision!r} (accept, reject)")
    decided: list[str] = []
    refused: list[dict[str, str]] = []
    for cid, version in dict.fromkeys(chosen):
        try:
            full = show(store, cid)["id"]  # an id's first characters are enough to ask with; the answer names it whole
            decide(store, full, decision, by=by, logged_as=logged_as, version=version)
            decided.append(full)
        except ReviewError as exc:
            refused.append({"id": cid, "reason": str(exc)})
    return {"decided": decided, "refused": refused}


KEEP = object()


def reopen_in(conn: Any, cid: str, *, by: str, version: int | None = None, edited: Any = KEEP) -> None:
    """Put a decided (or edited) candidate back in the queue, in the caller's
    transaction: the undo of a decision. ``edited`` restores the correction
    it had before (its JSON, or None for the proposal as extracted)."""
    row = _row(conn, cid)
    values: dict[str, Any] = {"status": "pending", "decided_at": None, "decided_by": None, "note": f"reopened by {by}"}
    if edited is not KEEP:
        values["edited"] = edited
    _set(conn, row, version, **values)


def unedit_in(conn: Any, cid: str, *, by: str, edited: str | None, before: str | None) -> None:
    """Undo an edit, in the caller's transaction: the candidate goes back to
    the correction ``before`` it (its JSON, or None for the proposal as
    extracted). Refused while something later stands on the edit: a decision,
    or another edit. Told by what the candidate says, not by its version:
    undoing a later decision puts the candidate back as the edit left it, under
    a newer version, and the edit can then be undone."""
    row = _row(conn, cid)
    if row.status != "pending":
        raise Conflict(f"candidate {row.id} has been {row.status} since")
    if row.edited != edited:
        raise Conflict(f"candidate {row.id} has been edited again since")
    reopen_in(conn, cid, by=by, edited=before)


def reopen(store: Store, cid: str, *, by: str = "user", version: int | None = None) -> dict[str, Any]:
    with store.engine.begin() as conn:
        reopen_in(conn, cid, by=by, version=version)
        return _view(_row(conn, cid))


def _org(orgs: Index, writer: Writer, name: str, source_id: str, prov: Provenance) -> str:
    """The organisation an initiator's name denotes: a short form ("北工大")
    resolves to the full name the registry knows, and is kept as its alias."""
    written = names.clean(name)
    if written not in orgs.by_name:
        full = orgnames.expand(written, orgs.by_name.keys()).full_name
        if full != written and full in orgs.by_name:
            oid = orgs.by_name[full]
            writer.state(oid, "org", "aliases", written, prov)
            orgs.add(oid, written)
            return oid
    res = resolve(orgs, writer, written, source_id)
    assert res is not None
    writer.state(res.id, "org", "name", written, prov)
    return res.id


def accept(store: Store, cid: str, *, by: str = "user", version: int | None = None,
           change: str | None = None) -> dict[str, Any]:
    """Write the candidate's record as facts sourced to its document and evidence span."""
    with store.engine.begin() as conn:
        row = _row(conn, cid)
        if row.status != "pending":
            raise ReviewError(f"candidate {row.id} is already {row.status}")
        _check_version(row, version)
        rec = chaired(json.loads(row.edited or row.payload))
        writer = Writer(conn, clock.now(), change)
        note = f"accepted by {by}" + (" after editing" if row.edited else "")
        read_in = rec.get("evidence_of") or {}

        def from_(field: str | None = None, value: Any = None) -> Provenance:
            """Each fact sourced to the sentence it was read from (a value an editor wrote in: the evidence's)."""
            ev = read_in.get(field if value is None else f"{field}:{value}") or rec.get("evidence") or {}
            return Provenance(row.dataset, row.source_id, f"chars {ev.get('start')}-{ev.get('end')}" if ev else None,
                              ev.get("text"), note)

        prov = from_()
        alliances = Index.load(conn, "alliance", rec.get("cluster"))
        orgs = Index.load(conn, "org")
        res = resolve(alliances, writer, rec["alliance"], row.source_id)
        assert res is not None
        aid = res.id
        writer.state(aid, "alliance", "name", rec["alliance"], prov)
        for alias in rec.get("aliases") or []:
            writer.state(aid, "alliance", "aliases", alias, from_("aliases", alias))
        for former in rec.get("former_names") or []:  # renamed: a record under its old name is this one
            formerly(alliances, writer, "alliance", aid, rec["alliance"], former, from_("former_names", former))
        for prop in ("cluster", "founded", "city"):
            if rec.get(prop):
                writer.state(aid, "alliance", prop, rec[prop], from_(prop))
        for code in rec.get("regions") or []:
            writer.state(aid, "alliance", "regions", code, from_("regions", code))
        if rec.get("regions_count"):
            writer.state(aid, "alliance", "regions_count", str(rec["regions_count"]), from_("regions_count"))
        for kind in rec.get("member_kinds") or []:
            writer.state(aid, "alliance", "member_kinds", kind, from_("member_kinds", kind))
        for name in rec.get("initiators") or []:
            said = from_("initiators", name)
            writer.member(aid, _org(orgs, writer, name, row.source_id, said), "initiator", said)
        for name in [n for n in rec.get("members") or [] if n not in (rec.get("initiators") or [])]:  # founders are so already
            said = from_("members", name)
            writer.member(aid, _org(orgs, writer, name, row.source_id, said), "member", said)
        # the bodies holding its offices: a role each, whatever else they are
        if rec.get("secretariat"):
            said = from_("secretariat")
            writer.member(aid, _org(orgs, writer, rec["secretariat"], row.source_id, said), "secretariat", said)
        for tier, role in COUNCIL_LISTS.items():  # its chairs (the one, or all in turn), vice chairs, … supervisors
            for name in rec.get(tier) or []:
                said = from_(tier, name)
                writer.member(aid, _org(orgs, writer, name, row.source_id, said), role, said)
        if rec.get("initiator_count"):
            writer.count(aid, "initiator", int(rec["initiator_count"]), rec.get("initiator_count_qualifier") or "exact", None,
                         from_("initiator_count"))
        if rec.get("member_count"):
            kinds = "、".join(rec.get("member_kinds") or []) or None
            writer.count(aid, "member", int(rec["member_count"]), rec.get("member_count_qualifier") or "exact",
                         kinds, from_("member_count"))
        writer.flush()
        from xietong.inference import derive

        derive(conn, writer, writer.new_entities)  # the alliance and organisations this acceptance created
        changes = writer.flush()
        _set(conn, row, version, status="accepted", decided_at=writer.now, decided_by=by)
        return {"alliance_id": aid, **changes.as_dict()}
