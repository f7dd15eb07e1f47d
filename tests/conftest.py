"""Shared fixtures. Every test that takes ``store`` runs twice: on a SQLite
file and on the PostgreSQL server named by ``XIETONG_TEST_PG`` (started by
``scripts/test``). With ``XIETONG_TEST_REQUIRE_PG=1`` a missing server fails
the run instead of skipping those tests."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from xietong import dump, registry
from xietong.store import Store, open_store

FIXED_NOW = "2026-01-15T09:00:00.000000"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session", autouse=True)
def _own_disk_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The tests' derived data (:mod:`xietong.diskcache`) in a folder of their own, not the user's cache."""
    os.environ["XIETONG_CACHE"] = str(tmp_path_factory.mktemp("cache"))


def _pg_base() -> str | None:
    url = os.environ.get("XIETONG_TEST_PG")
    if not url:
        if os.environ.get("XIETONG_TEST_REQUIRE_PG") == "1":
            pytest.fail("XIETONG_TEST_PG is not set but PostgreSQL is required")
        return None
    return url


@pytest.fixture(scope="session")
def pg_database(worker_id: str) -> str | None:
    base = _pg_base()
    if base is None:
        return None
    name = f"xietong_test_{worker_id}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'registry.sqlite'}"
    url = request.getfixturevalue("pg_database")
    if url is None:
        pytest.skip("no PostgreSQL server (set XIETONG_TEST_PG)")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture
def store(db_url: str) -> Store:
    """An empty, migrated store."""
    s = open_store(db_url, create=True)
    s.migrate()
    yield s
    s.dispose()


@pytest.fixture
def bundled(store: Store) -> Store:
    """A store initialised with the bundled data."""
    registry.init(store, recorded_at=FIXED_NOW)
    return store


def fingerprint(store: Store) -> str:
    """What must not change when bad input is refused.

    For SQLite: the file's bytes. For PostgreSQL: every row of every table.
    """
    url = make_url(store.url)
    if url.get_backend_name() == "sqlite":
        store.dispose()
        return hashlib.sha256(Path(url.database).read_bytes()).hexdigest()
    with store.engine.connect() as conn:
        doc = {name: list(dump.rows_of(conn, table)) for name, table in dump.TABLES.items()}
    return hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
