"""The sourced registry: sources, entities, statements, memberships, count facts, judgements.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = 40
TIME = 32


def _fact_columns() -> list[sa.Column]:
    """Columns every fact table shares: provenance and its own lifetime."""
    return [
        sa.Column("dataset", sa.Text, nullable=False),
        sa.Column("source_id", sa.String(ID), nullable=False),
        sa.Column("locator", sa.Text),
        sa.Column("passage", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("recorded_at", sa.String(TIME), nullable=False),
        sa.Column("retracted_at", sa.String(TIME)),
        sa.Column("retracted_by", sa.String(ID)),
    ]


def upgrade() -> None:
    op.create_table(
        "source",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("dataset", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("file", sa.Text),
        sa.Column("sha256", sa.String(64)),
        sa.Column("recorded_at", sa.String(TIME), nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_table(
        "entity",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(TIME), nullable=False),
        sa.Column("source_id", sa.String(ID), nullable=False),
    )
    op.create_index("ix_entity_kind_key", "entity", ["kind", "name_key"])
    op.create_table(
        "statement",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("entity_id", sa.String(ID), nullable=False),
        sa.Column("prop", sa.String(40), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("original", sa.Text),
        *_fact_columns(),
    )
    op.create_index("ix_statement_entity_prop", "statement", ["entity_id", "prop"])
    op.create_index("ix_statement_prop_value", "statement", ["prop", "value"])
    op.create_table(
        "membership",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("alliance_id", sa.String(ID), nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("since", sa.String(10)),
        sa.Column("until", sa.String(10)),
        *_fact_columns(),
    )
    op.create_index("ix_membership_alliance", "membership", ["alliance_id"])
    op.create_index("ix_membership_org", "membership", ["org_id"])
    op.create_table(
        "count_fact",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("alliance_id", sa.String(ID), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("qualifier", sa.String(12), nullable=False),
        sa.Column("kind", sa.Text),
        sa.Column("original", sa.Text),
        *_fact_columns(),
    )
    op.create_index("ix_count_alliance", "count_fact", ["alliance_id"])
    op.create_table(
        "judgement",
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("left_id", sa.String(ID), nullable=False),
        sa.Column("right_id", sa.String(ID), nullable=False),
        sa.Column("verdict", sa.String(10), nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("score", sa.Text),
        sa.Column("created_at", sa.String(TIME), nullable=False),
        sa.Column("undone_at", sa.String(TIME)),
        sa.Column("undone_by", sa.Text),
    )
    op.create_index("ix_judgement_left", "judgement", ["left_id"])
    op.create_index("ix_judgement_right", "judgement", ["right_id"])


def downgrade() -> None:
    for name in ("judgement", "count_fact", "membership", "statement", "entity", "source"):
        op.drop_table(name)
