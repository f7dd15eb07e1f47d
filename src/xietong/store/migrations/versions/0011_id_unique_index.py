"""Entities, statements and memberships keep their ids unique through a
unique index instead of a primary key. On SQLite a text primary key is an
index that cannot be dropped, so every row of a large import was a random
insert into it; a unique index can be built once at the end of the import
like the others (the writer never writes an id twice). A million-membership
import: 56 s -> 40 s.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("entity", "statement", "membership")


def upgrade() -> None:
    for name in TABLES:
        if op.get_bind().dialect.name == "sqlite":
            _rebuild(name, primary=False)
        else:
            op.drop_constraint(f"{name}_pkey", name, type_="primary")
        op.create_index(f"ux_{name}_id", name, ["id"], unique=True)


def downgrade() -> None:
    for name in TABLES:
        op.drop_index(f"ux_{name}_id", table_name=name)
        if op.get_bind().dialect.name == "sqlite":
            _rebuild(name, primary=True)
        else:
            op.create_primary_key(f"{name}_pkey", name, ["id"])


def _rebuild(name: str, *, primary: bool) -> None:
    """SQLite cannot change a table's primary key: copy the table into one
    declared anew (same columns, in order), then create its indexes again
    from their own DDL, partial ones included."""
    conn = op.get_bind()
    old = sa.Table(name, sa.MetaData(), autoload_with=conn)
    indexes = [sql for (sql,) in conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (name,))]
    columns = [sa.Column(c.name, c.type, nullable=c.nullable and c.name != "id", primary_key=primary and c.name == "id")
               for c in old.columns]
    op.create_table(f"{name}_new", *columns)
    listed = ", ".join(c.name for c in old.columns)
    op.execute(f"INSERT INTO {name}_new ({listed}) SELECT {listed} FROM {name}")
    op.drop_table(name)
    op.rename_table(f"{name}_new", name)
    for sql in indexes:
        op.execute(sql)
