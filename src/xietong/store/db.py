"""Opening a store by URL and bringing its schema up to date.

SQLite (a file, the default) and PostgreSQL are both first-class: the same
Core statements run on each, and the tests run on both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_URL = "sqlite:///xietong.sqlite"


class StoreError(RuntimeError):
    pass


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("xietong.store") / "migrations"))
    return cfg


def latest_revision() -> str:
    """The newest migration this version of xietong has: the number of the
    highest-numbered file in ``migrations/versions`` (each is named for its
    revision, ``0011_….py``; a test holds this to Alembic's own head).

    Read from the file names because every command checks it, and Alembic's
    script directory would import Alembic and all its dialects first: a
    fifth of a second on every command, for a migration only ``init`` runs."""
    versions = resources.files("xietong.store") / "migrations" / "versions"
    return max(f.name.split("_", 1)[0] for f in versions.iterdir()
               if f.name.endswith(".py") and f.name[:4].isdigit())


def resolve_url(url: str | None) -> str:
    """The URL given, else ``XIETONG_DB``, else the local SQLite file.

    A bare path is taken as a SQLite file.
    """
    url = url or os.environ.get("XIETONG_DB") or DEFAULT_URL
    if "://" not in url:
        url = "sqlite:///" + url
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


@dataclass
class Store:
    engine: Engine
    url: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def head_revision(self) -> str | None:
        """The schema revision the store is at (Alembic's version table), or None before ``init``."""
        try:
            with self.engine.connect() as conn:
                if not inspect(conn).has_table("alembic_version"):
                    return None
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DatabaseError as exc:
            if self.dialect == "sqlite" and "file is not a database" in str(exc.orig):
                # --db pointed at a spreadsheet, say: every later step would fail the same way
                raise StoreError(f"{self.display_url} is not a SQLite database file") from None
            raise

    def is_initialised(self) -> bool:
        return self.head_revision() is not None

    def migrate(self) -> None:
        """Bring the schema to the newest revision (no-op when it is there)."""
        self.head_revision()  # a file that is no database is said so before Alembic stumbles on it
        from alembic import command

        cfg = _config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def require_schema(self) -> None:
        current = self.head_revision()
        if current is None:
            raise StoreError(f"no xietong registry at {self.display_url}: run `xietong init` first")
        if current != latest_revision():
            raise StoreError(f"the registry at {self.display_url} has an older schema (revision {current}, "
                             f"this xietong needs {latest_revision()}): run `xietong init` to upgrade it; nothing is lost")

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url: str | None = None, *, create: bool = False) -> Store:
    """Open the store at ``url``. A SQLite file must exist unless ``create``."""
    url = resolve_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"cannot read database URL {url!r}: {exc}") from None
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if path and path != ":memory:":
            p = Path(path)
            if not p.exists() and not create:
                raise StoreError(f"no database file {path}: run `xietong init` first")
            if create:
                p.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout = 30000")
            cur.execute("PRAGMA cache_size = -131072")  # 128 MiB page cache: large imports touch random pages
            cur.close()

    elif parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True)
    else:
        raise StoreError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite:/// or postgresql://")
    return Store(engine, url)
