"""On SQLite, statement and membership ids are not indexed: they are hashes of
the facts' content, written once by the writer, which looks facts up through
what they are about (``tables.FACT_KEYS``). The two indexes were a sixth of
the cost of storing a million memberships. PostgreSQL keeps them (see
``tables.ID_INDEX_ON``).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-27
"""
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = ("statement", "membership")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TABLES:
            op.drop_index(f"ux_{name}_id", table_name=name)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TABLES:
            op.create_index(f"ux_{name}_id", name, ["id"], unique=True)
