"""Regional statistics (employment, enterprises, output by region and sector), for specialisation.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "regional_stat",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("region", sa.String(6), nullable=False),
        sa.Column("sector", sa.Text, nullable=False),
        sa.Column("measure", sa.Text, nullable=False),
        sa.Column("year", sa.String(4)),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("unit", sa.Text),
        sa.Column("dataset", sa.Text, nullable=False),
        sa.Column("source_id", sa.String(40), nullable=False),
        sa.Column("locator", sa.Text),
        sa.Column("passage", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("retracted_at", sa.String(32)),
        sa.Column("retracted_by", sa.String(40)),
    )
    op.create_index("ix_regional_stat_measure", "regional_stat", ["measure"])


def downgrade() -> None:
    op.drop_table("regional_stat")
