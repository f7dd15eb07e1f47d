"""The Alembic migrations build exactly the tables the code declares."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from xietong.store import Store
from xietong.store.tables import ID_INDEX_ON, metadata, on_backend


def test_migrated_schema_matches_the_tables(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_object": on_backend(conn.dialect.name)}), metadata)
    assert diff == []


def test_migrate_twice_is_a_no_op(store: Store) -> None:
    store.migrate()
    assert store.head_revision() == "0013"


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


def test_ids_move_between_primary_key_and_unique_index_keeping_every_row(bundled: Store) -> None:
    """0011 keeps ids unique by an index that a large import can build at the
    end; going down and up again keeps every row, index and partial index."""
    from alembic import command
    from sqlalchemy import inspect

    from xietong import dump
    from xietong.store.db import _config

    def state() -> tuple[dict[str, list[str]], dict[str, list[tuple[str, bool]]], dict[str, list[str]]]:
        with bundled.engine.connect() as conn:
            rows = {name: sorted(map(repr, dump.rows_of(conn, table))) for name, table in dump.TABLES.items()}
            insp = inspect(conn)
            tables = ("entity", "statement", "membership")
            indexes = {t: sorted((i["name"], bool(i["unique"])) for i in insp.get_indexes(t)) for t in tables}
            keys = {t: insp.get_pk_constraint(t)["constrained_columns"] for t in tables}
        return rows, indexes, keys

    rows, indexes, keys = state()
    assert keys == {"entity": [], "statement": [], "membership": []}
    assert ("ux_entity_id", True) in indexes["entity"] and ("ix_statement_retracted", False) in indexes["statement"]
    # 0013: on SQLite no index of statement and membership ids
    indexed = bundled.engine.dialect.name == ID_INDEX_ON
    assert [("ux_statement_id", True) in indexes["statement"], ("ux_membership_id", True) in indexes["membership"]] == [indexed] * 2
    cfg = _config()
    with bundled.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    down_rows, down_indexes, down_keys = state()
    assert down_rows == rows and down_keys == {"entity": ["id"], "statement": ["id"], "membership": ["id"]}
    assert all(name != f"ux_{t}_id" for t, ix in down_indexes.items() for name, _ in ix)
    bundled.migrate()
    assert state() == (rows, indexes, keys)
    with bundled.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn, opts={"include_object": on_backend(conn.dialect.name)}), metadata) == []


def test_the_latest_revision_read_from_file_names_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from xietong.store.db import _config, latest_revision

    assert latest_revision() == ScriptDirectory.from_config(_config()).get_current_head()


def test_commands_start_without_loading_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Alembic and its dialects take a fifth of a second to import; only a migration needs them."""
    import subprocess
    import sys

    from xietong import registry
    from xietong.store import open_store

    db = tmp_path / "x.sqlite"
    registry.init(open_store(f"sqlite:///{db}", create=True))
    code = ("import sys; from xietong.store import open_store; from xietong import cli, registry; "
            f"registry.stats(open_store('sqlite:///{db}')); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
