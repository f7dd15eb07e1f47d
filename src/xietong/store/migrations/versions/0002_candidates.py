"""Review queue: candidates extracted from documents, awaiting a person's decision.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "candidate",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("source_id", sa.String(40), nullable=False),
        sa.Column("dataset", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("edited", sa.Text),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("decided_at", sa.String(32)),
        sa.Column("decided_by", sa.Text),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_candidate_status", "candidate", ["status"])
    op.create_index("ix_candidate_fingerprint", "candidate", ["fingerprint"])


def downgrade() -> None:
    op.drop_table("candidate")
