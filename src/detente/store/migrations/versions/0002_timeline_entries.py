"""The timeline kept at ingest: one row per move, listing every report that carries it.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "timeline_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("negotiation", sa.String(200), nullable=False),
        sa.Column("signature", sa.String(400), nullable=False),
        sa.Column("date", sa.Date, nullable=False), sa.Column("date_precision", sa.String(10), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False), sa.Column("addressee", sa.String(200)),
        sa.Column("type", sa.String(20), nullable=False), sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("hedged", sa.Boolean, nullable=False), sa.Column("refers_to", sa.Text),
        sa.Column("terms", sa.Text, nullable=False), sa.Column("sources", sa.Text, nullable=False),
        sa.Column("reports", sa.Text, nullable=False), sa.Column("article", sa.String(300), nullable=False),
        sa.Column("outlet", sa.String(300)),
    )
    op.create_index("ix_timeline_entries_lookup", "timeline_entries", ["negotiation", "signature", "date"])
    op.create_index("ix_timeline_entries_order", "timeline_entries", ["negotiation", "date"])


def downgrade() -> None:
    op.drop_index("ix_timeline_entries_order", "timeline_entries")
    op.drop_index("ix_timeline_entries_lookup", "timeline_entries")
    op.drop_table("timeline_entries")
