"""The first schema: reports, parties, evidence, statements, moves, terms, figures.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True)


def _report_fk() -> sa.Column:
    return sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "reports", _id(),
        sa.Column("article", sa.String(300), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("url", sa.Text), sa.Column("outlet", sa.String(300)), sa.Column("title", sa.Text),
        sa.Column("published", sa.Date), sa.Column("negotiation", sa.String(200), nullable=False),
        sa.Column("negotiation_inferred", sa.Boolean, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("revision_of", sa.Integer, sa.ForeignKey("reports.id")),
        sa.Column("superseded", sa.Boolean, nullable=False), sa.Column("source_path", sa.Text),
        sa.Column("ingested_at", sa.DateTime, nullable=False), sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_reports_negotiation", "reports", ["negotiation", "published"])
    op.create_index("ix_reports_url", "reports", ["url"])
    op.create_table("parties", _id(), sa.Column("name", sa.String(200), nullable=False, unique=True))
    op.create_table(
        "party_aliases", _id(),
        sa.Column("party_id", sa.Integer, sa.ForeignKey("parties.id"), nullable=False),
        sa.Column("alias", sa.String(300), nullable=False), sa.UniqueConstraint("party_id", "alias"),
    )
    op.create_table(
        "report_parties",
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("party_id", sa.Integer, sa.ForeignKey("parties.id"), primary_key=True),
    )
    op.create_table(
        "evidence", _id(), _report_fk(),
        sa.Column("start", sa.Integer, nullable=False), sa.Column("end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
    )
    op.create_index("ix_evidence_report", "evidence", ["report_id"])
    op.create_table(
        "statements", _id(), _report_fk(),
        sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
        sa.Column("speaker", sa.Text, nullable=False), sa.Column("cue", sa.String(100), nullable=False),
        sa.Column("chain", sa.Text, nullable=False), sa.Column("party", sa.String(200)),
        sa.Column("on_record", sa.Boolean, nullable=False),
    )
    op.create_table(
        "moves", _id(), _report_fk(),
        sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False), sa.Column("type", sa.String(20), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False), sa.Column("addressee", sa.String(200)),
        sa.Column("refers_to", sa.Text), sa.Column("source", sa.Text),
        sa.Column("hedged", sa.Boolean, nullable=False), sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("date", sa.Date, nullable=False), sa.Column("date_precision", sa.String(10), nullable=False),
        sa.Column("signature", sa.String(400), nullable=False),
    )
    op.create_index("ix_moves_report", "moves", ["report_id"])
    op.create_index("ix_moves_signature", "moves", ["signature"])
    op.create_table(
        "terms", _id(),
        sa.Column("move_id", sa.Integer, sa.ForeignKey("moves.id", ondelete="CASCADE"), nullable=False),
        sa.Column("side", sa.String(5), nullable=False), sa.Column("term", sa.String(40), nullable=False),
        sa.Column("count", sa.Float), sa.Column("scope", sa.String(20)), sa.Column("status", sa.String(20)),
        sa.Column("kind", sa.String(20)), sa.Column("days", sa.Integer), sa.Column("text", sa.Text),
    )
    op.create_index("ix_terms_move", "terms", ["move_id"])
    op.create_table(
        "figures", _id(), _report_fk(),
        sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
        sa.Column("quantity", sa.String(40), nullable=False), sa.Column("value", sa.Float, nullable=False),
        sa.Column("bound", sa.String(10), nullable=False), sa.Column("source", sa.Text),
        sa.Column("hedged", sa.Boolean, nullable=False), sa.Column("text", sa.Text),
        sa.Column("date", sa.Date, nullable=False), sa.Column("date_precision", sa.String(10), nullable=False),
    )
    op.create_index("ix_figures_report", "figures", ["report_id"])


def downgrade() -> None:
    for table in ("figures", "terms", "moves", "statements", "evidence", "report_parties", "party_aliases",
                  "parties", "reports"):
        op.drop_table(table)
