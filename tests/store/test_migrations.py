"""The Alembic migrations build exactly the tables the code declares."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from xietong.store import Store
from xietong.store.tables import metadata


def test_migrated_schema_matches_the_tables(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_migrate_twice_is_a_no_op(store: Store) -> None:
    store.migrate()
    assert store.head_revision() == "0004"
