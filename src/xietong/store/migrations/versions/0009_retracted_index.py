"""A partial index of retracted statements: finding the entities whose names
were all retracted (undone) reads only those, not every name.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_statement_retracted", "statement", ["prop", "entity_id"],
                    sqlite_where=sa.text("retracted_at IS NOT NULL"), postgresql_where=sa.text("retracted_at IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_statement_retracted", table_name="statement")
