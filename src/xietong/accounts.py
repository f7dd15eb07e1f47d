"""Accounts for the web platform: editors and admins (anonymous visitors only
read). Passwords are hashed with argon2; sessions are random tokens of which
only a SHA-256 is stored; each session carries its own CSRF token; repeated
failed logins lock the username for a while; every change made through the
platform is written to the audit log with who, when, before and after."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, select, update

from xietong import clock
from xietong.ids import make_id
from xietong.store.db import Store
from xietong.store.tables import account, audit, login_attempt, session

ROLES = ("editor", "admin")
SESSION_HOURS = 12
MAX_FAILURES = 5  # failed logins for one username …
LOCK_MINUTES = 15  # … within this many minutes lock it
MIN_PASSWORD = 10

_hasher = PasswordHasher()


class AccountError(ValueError):
    pass


class LockedOut(AccountError):
    pass


@dataclass(frozen=True)
class User:
    id: str
    username: str
    role: str

    def can(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True)
class Session:
    token: str  # goes in the cookie; never stored
    csrf: str
    user: User


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"password: at least {MIN_PASSWORD} characters")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"role: expected one of {', '.join(ROLES)}, got {role!r}")


def add_user(store: Store, username: str, password: str, role: str = "editor", *, by: str = "system") -> User:
    store.require_schema()
    username = username.strip()
    if not username or len(username) > 80:
        raise AccountError("username: 1 to 80 characters")
    if not _plain(username):
        raise AccountError("username: no spaces or control characters")
    _check_password(password)
    _check_role(role)
    now = clock.now()
    with store.engine.begin() as conn:
        if conn.execute(select(account.c.id).where(account.c.username == username)).first():
            raise AccountError(f"username {username!r} is taken")
        uid = make_id("U", username)
        conn.execute(account.insert().values(id=uid, username=username, password_hash=_hasher.hash(password), role=role,
                                             created_at=now, updated_at=now))
        record(conn, by, "user.add", username, None, {"role": role})
    return User(uid, username, role)


def _plain(username: str) -> bool:
    """A name that can be a username: no space and no control character (PostgreSQL stores no
    NUL; a name that cannot be one is no user, whatever is asked of it).

    >>> _plain("alice"), _plain("王 五"), _plain("a" + chr(0) + "b")
    (True, False, False)
    """
    return not any(c.isspace() or unicodedata.category(c).startswith("C") for c in username)


def _user(conn: Connection, username: str) -> Any:
    if not _plain(username):
        raise AccountError(f"no user {username!r}")
    row = conn.execute(select(account).where(account.c.username == username)).first()
    if row is None:
        raise AccountError(f"no user {username!r}")
    return row


def set_password(store: Store, username: str, password: str, *, by: str = "system") -> None:
    """An admin sets someone's password (the command line, the users page): every session of theirs ends."""
    _check_password(password)
    with store.engine.begin() as conn:
        _new_password(conn, _user(conn, username), password, by=by)


def change_password(store: Store, username: str, current: str, new: str, *, keeping: str | None = None) -> None:
    """Someone changes their own password, giving the one they have: a wrong one counts as a
    failed login (so guessing it locks the username as guessing at the login form does). Their
    other sessions end; the one they are using (``keeping``, its token) goes on."""
    _check_password(new)
    if current == new:
        raise AccountError("password: the new password is the old one")
    try:
        _checked_attempt(store, username, current)
    except LockedOut:
        raise
    except AccountError:
        raise AccountError("the current password is wrong") from None
    with store.engine.begin() as conn:
        _new_password(conn, _user(conn, username), new, by=username, keeping=keeping)


def _new_password(conn: Connection, row: Any, password: str, *, by: str, keeping: str | None = None) -> None:
    conn.execute(update(account).where(account.c.id == row.id).values(password_hash=_hasher.hash(password),
                                                                       updated_at=clock.now()))
    ended = delete(session).where(session.c.account_id == row.id)  # a new password ends old sessions
    if keeping is not None:
        ended = ended.where(session.c.token_hash != _digest(keeping))
    conn.execute(ended)
    record(conn, by, "user.passwd", row.username, None, None)


def set_role(store: Store, username: str, role: str, *, by: str = "system") -> None:
    _check_role(role)
    with store.engine.begin() as conn:
        row = _user(conn, username)
        conn.execute(update(account).where(account.c.id == row.id).values(role=role, updated_at=clock.now()))
        record(conn, by, "user.role", username, {"role": row.role}, {"role": role})


def list_users(store: Store) -> list[dict[str, Any]]:
    """Every account, by username: its role, when it was made and last changed, and how many sessions it has open."""
    store.require_schema()
    now = clock.now()
    with store.engine.connect() as conn:
        open_ = dict(conn.execute(select(session.c.account_id, func.count()).where(session.c.expires_at > now)
                                  .group_by(session.c.account_id)).all())
        rows = conn.execute(select(account).order_by(account.c.username)).all()
    return [{"username": r.username, "role": r.role, "created_at": r.created_at, "updated_at": r.updated_at,
             "sessions": open_.get(r.id, 0)} for r in rows]


def remove_user(store: Store, username: str, *, by: str = "system") -> None:
    """Remove an account (someone who has left): its sessions end at once, and it can no longer sign
    in. What it did stays in the audit log under its name."""
    with store.engine.begin() as conn:
        row = _user(conn, username)
        conn.execute(delete(session).where(session.c.account_id == row.id))
        conn.execute(delete(account).where(account.c.id == row.id))
        record(conn, by, "user.remove", username, {"role": row.role}, None)


def login(store: Store, username: str, password: str) -> Session:
    """A new session for the right password; too many recent failures lock the username."""
    row = _checked_attempt(store, username, password)
    now = clock.now()
    with store.engine.begin() as conn:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        expires = (dt.datetime.fromisoformat(now) + dt.timedelta(hours=SESSION_HOURS)).strftime("%Y-%m-%dT%H:%M:%S.%f")
        conn.execute(session.insert().values(token_hash=_digest(token), account_id=row.id, csrf=csrf, created_at=now,
                                             expires_at=expires))
        return Session(token, csrf, User(row.id, row.username, row.role))


def _checked_attempt(store: Store, username: str, password: str) -> Any:
    """The account, when ``password`` is its own; every attempt is recorded, and too many recent
    failures lock the username whatever the password."""
    if not _plain(username):  # no account has such a name, and no attempt with it can be stored
        raise AccountError("wrong username or password")
    now = clock.now()
    since = (dt.datetime.fromisoformat(now) - dt.timedelta(minutes=LOCK_MINUTES)).strftime("%Y-%m-%dT%H:%M:%S.%f")
    with store.engine.begin() as conn:
        failures = conn.execute(select(func.count()).select_from(login_attempt).where(
            login_attempt.c.username == username, login_attempt.c.ok == 0, login_attempt.c.at > since)).scalar_one()
        if failures >= MAX_FAILURES:
            raise LockedOut(f"too many failed logins for {username!r}; try again in {LOCK_MINUTES} minutes")
        row = conn.execute(select(account).where(account.c.username == username)).first()
        ok = False
        if row is not None:
            try:
                ok = _hasher.verify(row.password_hash, password)
            except (VerificationError, InvalidHashError):
                ok = False
        conn.execute(login_attempt.insert().values(id=make_id("T", username, now, secrets.token_hex(4)),
                                                   username=username, ok=int(ok), at=now))
        failed = not ok  # refused only after this transaction commits, so the failure counts
    if failed:
        raise AccountError("wrong username or password")
    return row


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def current(store: Store, token: str | None) -> Session | None:
    """The session a cookie's token opens, if it is valid and not expired."""
    if not token:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(select(session, account.c.username, account.c.role)
                           .join(account, account.c.id == session.c.account_id)
                           .where(session.c.token_hash == _digest(token))).first()
    if row is None or row.expires_at < clock.now():
        return None
    return Session(token, row.csrf, User(row.account_id, row.username, row.role))


def logout(store: Store, token: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(session).where(session.c.token_hash == _digest(token)))


def record(conn: Connection, actor: str, action: str, target: str | None, before: Any, after: Any) -> None:
    """Write one audit-log entry (in the caller's transaction)."""
    at = clock.now()
    conn.execute(audit.insert().values(
        id=make_id("W", at, actor, action, target, secrets.token_hex(4)), at=at, actor=actor, action=action, target=target,
        before=None if before is None else json.dumps(before, ensure_ascii=False),
        after=None if after is None else json.dumps(after, ensure_ascii=False)))


def _audit_where(actor: str | None, action: str | None) -> list[Any]:
    return [c for c in (audit.c.actor == actor if actor else None, audit.c.action == action if action else None)
            if c is not None]


def audit_log(store: Store, limit: int = 100, offset: int = 0, *, actor: str | None = None,
              action: str | None = None) -> list[dict[str, Any]]:
    """The newest ``limit`` entries from ``offset``, newest first (by ``actor``, of ``action``,
    when given), each marked ``undone`` when an entry undid it: looked up for these entries
    themselves, since their undo may stand on another page or outside the filter."""
    where = _audit_where(actor, action)
    if offset >= 1 << 62:  # past any log; and an offset is bound as PostgreSQL's bigint, which is not unbounded
        return []
    with store.engine.connect() as conn:
        entries = [dict(r._mapping) for r in conn.execute(
            select(audit).where(*where).order_by(audit.c.at.desc(), audit.c.id).limit(limit).offset(offset or None))]
        ids = [e["id"] for e in entries]
        undone = {t for (t,) in conn.execute(select(audit.c.target).where(audit.c.action == "undo", audit.c.target.in_(ids)))} \
            if ids else set()
    for e in entries:
        e["undone"] = e["id"] in undone
    return entries


def audit_count(store: Store, *, actor: str | None = None, action: str | None = None) -> int:
    """How many entries the change log holds (by ``actor``, of ``action``, when given)."""
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(audit).where(*_audit_where(actor, action))).scalar_one())


def audit_actors(store: Store) -> list[str]:
    """Everyone the change log names, to filter it by."""
    with store.engine.connect() as conn:
        return [a for (a,) in conn.execute(select(audit.c.actor).distinct().order_by(audit.c.actor))]


def audit_entry_id(store: Store, prefix: str) -> str:
    """The one audit entry whose id starts with ``prefix``."""
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(select(audit.c.id).where(audit.c.id.startswith(prefix, autoescape=True)).limit(2))]
    if len(ids) != 1:
        raise AccountError(f"{prefix!r} matches {'no' if not ids else 'more than one'} change-log entry; give more of the id"
                           if prefix else "give a change-log entry's id")
    return ids[0]
