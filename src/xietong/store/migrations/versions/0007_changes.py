"""Change ids on facts and judgements (so one write can be undone) and a
version on review candidates (so concurrent edits are detected).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CHANGED = ("statement", "membership", "count_fact", "event", "regional_stat", "judgement")


def upgrade() -> None:
    for name in CHANGED:
        with op.batch_alter_table(name) as batch:
            batch.add_column(sa.Column("change_id", sa.String(40)))
    with op.batch_alter_table("candidate") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("candidate") as batch:
        batch.drop_column("version")
    for name in CHANGED:
        with op.batch_alter_table(name) as batch:
            batch.drop_column("change_id")
