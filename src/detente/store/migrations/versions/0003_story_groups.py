"""Story groups: each report's MinHash and story, the LSH buckets, and story counts on the timeline.

Revision ID: 0003
Revises: 0002
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.add_column("reports", sa.Column("story", sa.Integer))
    op.add_column("reports", sa.Column("minhash", sa.LargeBinary))
    op.create_table(
        "report_bands",
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("bucket", sa.BigInteger, primary_key=True),
    )
    op.create_index("ix_report_bands_bucket", "report_bands", ["bucket"])
    op.add_column("timeline_entries", sa.Column("report_count", sa.Integer, nullable=False, server_default="1"))
    op.add_column("timeline_entries", sa.Column("stories", sa.Integer, nullable=False, server_default="1"))
    _backfill(op.get_bind())


def _backfill(conn) -> None:
    """Group the reports already stored, in the order they were stored, and count stories."""
    from detente.store.schema import reports, timeline_entries
    from detente.store.stories import assign_story, signature

    story_of = {}
    for row in conn.execute(sa.select(reports.c.id, reports.c.text).order_by(reports.c.id)).all():
        story_of[row.id] = assign_story(conn, row.id, signature(row.text))
    for row in conn.execute(sa.select(timeline_entries.c.id, timeline_entries.c.reports)).all():
        refs = json.loads(row.reports)
        for ref in refs:
            ref["story"] = story_of.get(ref["report_id"], ref["report_id"])
        conn.execute(sa.update(timeline_entries).where(timeline_entries.c.id == row.id).values(
            reports=json.dumps(refs), report_count=len(refs), stories=len({r["story"] for r in refs})))


def downgrade() -> None:
    op.drop_column("timeline_entries", "stories")
    op.drop_column("timeline_entries", "report_count")
    op.drop_index("ix_report_bands_bucket", "report_bands")
    op.drop_table("report_bands")
    op.drop_column("reports", "minhash")
    op.drop_column("reports", "story")
