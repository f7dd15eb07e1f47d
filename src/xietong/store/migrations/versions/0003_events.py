"""Alliance events (meetings, projects, agreements …), the evidence of activity.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("alliance_id", sa.String(40), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("dataset", sa.Text, nullable=False),
        sa.Column("source_id", sa.String(40), nullable=False),
        sa.Column("locator", sa.Text),
        sa.Column("passage", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("retracted_at", sa.String(32)),
        sa.Column("retracted_by", sa.String(40)),
    )
    op.create_index("ix_event_alliance", "event", ["alliance_id"])


def downgrade() -> None:
    op.drop_table("event")
