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
    assert store.head_revision() == "0010"


def test_an_older_schema_is_named_and_init_upgrades_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from xietong import registry
    from xietong.store import open_store
    from xietong.store.db import StoreError, _config

    store = open_store(f"sqlite:///{tmp_path / 'old.sqlite'}", create=True)
    cfg = _config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    import pytest

    with pytest.raises(StoreError, match="older schema .* run `xietong init`"):
        registry.stats(store)
    registry.init(store)
    assert registry.stats(store)["alliances"] == 24
