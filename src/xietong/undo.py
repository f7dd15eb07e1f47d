"""Undoing one change. Every write made through the platform carries a change
id, stamped on each fact and judgement it recorded. Undoing the change does
not delete or rewrite history: its facts are retracted (by the undo), the
facts it had superseded are stated again as new rows, and its judgements are
marked undone — so an ``as_of`` view of any past moment still shows what the
registry said then.

A change is refused when a later change has already superseded one of its
facts: undo that one first, rather than let the two interleave silently."""

from __future__ import annotations

import json
import secrets
from typing import Any

from sqlalchemy import Connection, func, or_, select, update

from xietong import accounts, clock, review
from xietong.ids import make_id
from xietong.store.changes import touch
from xietong.store.db import Store
from xietong.store.lookup import by_ids
from xietong.store.tables import FACT_KEYS, audit, count_fact, event, judgement, membership, regional_stat, statement

FACT_TABLES = (statement, membership, count_fact, event, regional_stat)


class UndoError(ValueError):
    pass


def new_change(*parts: Any) -> str:
    """A fresh change id (random: two writes at the same recorded time differ)."""
    return make_id("C", *parts, secrets.token_hex(8))


def revert(conn: Connection, change: str, *, now: str, by: str, restore_judgements: tuple[str, ...] | list[str] = ()) -> dict[str, int]:
    """Undo the facts and judgements of ``change`` in the caller's transaction;
    returns how many rows were retracted, restated and un-judged, by table.

    Each table is worked on as a set, a few statements whatever the change's
    size: the facts of a change are found by its id, which no index holds, so
    a statement per few hundred of them read the whole table each time (an
    undo of a million-row import did not finish in ten minutes; now 18 s).
    What the change replaced is found in one statement and stated again a
    chunk at a time."""
    undo_id = make_id("C", "undo", change)
    counts: dict[str, int] = {}
    for table in FACT_TABLES:
        c = table.c
        later = conn.execute(select(func.count(), func.min(c.id)).where(
            c.change_id == change, c.retracted_at.is_not(None), or_(c.retracted_by.is_(None), c.retracted_by != undo_id))).one()
        if later[0]:
            raise UndoError(f"a later change has replaced {later[0]} {table.name} fact(s) of this change "
                            f"(e.g. {later[1]}); undo that change first")
        current = conn.execute(select(func.count()).where(c.change_id == change, c.retracted_at.is_(None))).scalar_one()
        if not current:
            continue
        ids = select(c.id).where(c.change_id == change, c.retracted_at.is_(None))
        key = FACT_KEYS.get(table.name)
        # only their ids (and keys) held whole: the rows a chunk at a time
        replaced = conn.execute(select(c.id, c[key] if key else c.id)
                                .where(c.retracted_at.is_not(None), c.retracted_by.in_(ids)).order_by(c.id)).all()
        for picked in by_ids(table, [r[0] for r in replaced], [r[1] for r in replaced] if key else None):
            rows = [dict(r._mapping) for r in conn.execute(select(table).where(picked).order_by(c.id))]
            for old in rows:
                old.update(id=make_id(old["id"][0], old["id"], undo_id), recorded_at=now, retracted_at=None,
                           retracted_by=None, change_id=undo_id)
            conn.execute(table.insert(), rows)
        conn.execute(update(table).where(c.change_id == change, c.retracted_at.is_(None))
                     .values(retracted_at=now, retracted_by=undo_id))
        counts[f"{table.name}.retracted"] = current
        if replaced:
            counts[f"{table.name}.restated"] = len(replaced)
    made = conn.execute(update(judgement).where(judgement.c.change_id == change, judgement.c.undone_at.is_(None))
                        .values(undone_at=now, undone_by=f"{by} (undo)"))
    if made.rowcount:
        counts["judgement.undone"] = int(made.rowcount)
    restored = 0
    for jid in restore_judgements:
        old = conn.execute(select(judgement).where(judgement.c.id == jid)).first()
        if old is None or old.undone_at is None:
            continue
        copy = dict(old._mapping, id=make_id("J", jid, undo_id), created_at=now, undone_at=None, undone_by=None,
                    change_id=undo_id)
        if conn.execute(select(judgement.c.id).where(judgement.c.id == copy["id"])).first() is None:
            conn.execute(judgement.insert().values(**copy))
            restored += 1
    if restored:
        counts["judgement.restored"] = restored
    if counts:
        touch(conn)
    return counts


# -- undoing an audited change -------------------------------------------------------

UNDOABLE = ("import", "review.accept", "review.reject", "review.edit", "merge", "unmerge", "different", "fact.state",
            "fact.member", "entity.register")


def undo_entry(store: Store, entry_id: str, *, by: str, admin: bool = False) -> dict[str, Any]:
    """Undo the change an audit-log entry records, in one transaction, and log
    the undo. Only its own author or an admin may undo a change; a change is
    undone once."""
    with store.engine.begin() as conn:
        row = conn.execute(select(audit).where(audit.c.id == entry_id)).first()
        if row is None:
            raise UndoError(f"no audit entry {entry_id!r}")
        if row.action not in UNDOABLE:
            raise UndoError(f"a {row.action} cannot be undone")
        if not admin and row.actor != by:
            raise UndoError("only its author or an admin can undo this change")
        if conn.execute(select(audit.c.id).where(audit.c.action == "undo", audit.c.target == entry_id)).first():
            raise UndoError("this change has already been undone")
        after = json.loads(row.after) if row.after else {}
        before = json.loads(row.before) if row.before else {}
        now = clock.now()
        counts: dict[str, int] = {}
        if after.get("change"):
            counts = revert(conn, after["change"], now=now, by=by, restore_judgements=after.get("undone") or [])
        if row.action.startswith("review."):
            try:  # the candidate must still be as this change left it
                if row.action == "review.edit":
                    review.unedit_in(conn, row.target, by=by, edited=after.get("edited"), before=before.get("edited"))
                else:
                    review.reopen_in(conn, row.target, by=by, version=after.get("version"))
            except review.ReviewError as exc:
                raise UndoError(f"{exc}; undo the later change first" if isinstance(exc, review.Conflict) else str(exc)) from None
        accounts.record(conn, by, "undo", entry_id, {"action": row.action, "target": row.target}, counts)
        return {"undone": entry_id, "action": row.action, **counts}
