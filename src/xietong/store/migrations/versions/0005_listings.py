"""Listings (offers, needs, platforms …) and their log (status changes, interest).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "listing",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("owner_id", sa.String(40), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("sectors", sa.Text),
        sa.Column("region", sa.String(6)),
        sa.Column("details", sa.Text),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("valid_from", sa.String(10)),
        sa.Column("valid_until", sa.String(10)),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("dataset", sa.Text, nullable=False),
        sa.Column("source_id", sa.String(40), nullable=False),
        sa.Column("locator", sa.Text),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_listing_status", "listing", ["status"])
    op.create_index("ix_listing_owner", "listing", ["owner_id"])
    op.create_table(
        "listing_log",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("listing_id", sa.String(40), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("actor", sa.Text),
        sa.Column("org_id", sa.String(40)),
        sa.Column("note", sa.Text),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_listing_log_listing", "listing_log", ["listing_id"])


def downgrade() -> None:
    op.drop_table("listing_log")
    op.drop_table("listing")
