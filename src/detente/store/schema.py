"""The store's tables (SQLAlchemy Core), one schema for SQLite and PostgreSQL.

Documented for other tools in docs/store.md. Changes go through Alembic
migrations in store/migrations/.
"""

from __future__ import annotations

from sqlalchemy import (
                        BigInteger,
                        Boolean,
                        Column,
                        Date,
                        DateTime,
                        Float,
                        ForeignKey,
                        Index,
                        Integer,
                        LargeBinary,
                        MetaData,
                        String,
                        Table,
                        Text,
                        UniqueConstraint,
)

metadata = MetaData()

reports = Table(
    "reports", metadata,
    Column("id", Integer, primary_key=True),
    Column("article", String(300), nullable=False),       # the file stem or id it was read from
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("outlet", String(300)),
    Column("title", Text),
    Column("published", Date),
    Column("negotiation", String(200), nullable=False),
    Column("negotiation_inferred", Boolean, nullable=False, default=False),
    Column("revision", Integer, nullable=False, default=1),
    Column("revision_of", Integer, ForeignKey("reports.id")),
    Column("superseded", Boolean, nullable=False, default=False),
    Column("source_path", Text),
    Column("ingested_at", DateTime, nullable=False),
    Column("text", Text, nullable=False),
    Column("story", Integer),                    # the first report of its story group (migration 0003)
    Column("minhash", LargeBinary),              # MinHash of its word shingles, 128 x uint32
)
Index("ix_reports_negotiation", reports.c.negotiation, reports.c.published)
Index("ix_reports_url", reports.c.url)

# Locality-sensitive hashing of the MinHash signatures: reports sharing a bucket are candidate copies.
report_bands = Table(
    "report_bands", metadata,
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("bucket", BigInteger, primary_key=True),
)
Index("ix_report_bands_bucket", report_bands.c.bucket)

parties = Table(
    "parties", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
)

party_aliases = Table(
    "party_aliases", metadata,
    Column("id", Integer, primary_key=True),
    Column("party_id", Integer, ForeignKey("parties.id"), nullable=False),
    Column("alias", String(300), nullable=False),
    UniqueConstraint("party_id", "alias"),
)

report_parties = Table(
    "report_parties", metadata,
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("party_id", Integer, ForeignKey("parties.id"), primary_key=True),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),              # character offsets into reports.text
    Column("end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
)
Index("ix_evidence_report", evidence.c.report_id)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("evidence_id", Integer, ForeignKey("evidence.id"), nullable=False),
    Column("speaker", Text, nullable=False),
    Column("cue", String(100), nullable=False),
    Column("chain", Text, nullable=False),                # JSON list: speaker, then who it told
    Column("party", String(200)),
    Column("on_record", Boolean, nullable=False),
)

moves = Table(
    "moves", metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("evidence_id", Integer, ForeignKey("evidence.id"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("type", String(20), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("addressee", String(200)),
    Column("refers_to", Text),
    Column("source", Text),
    Column("hedged", Boolean, nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("date", Date, nullable=False),
    Column("date_precision", String(10), nullable=False),  # day, week, month, before, report
    Column("signature", String(400), nullable=False),      # same move reported twice -> same signature
)
Index("ix_moves_report", moves.c.report_id)
Index("ix_moves_signature", moves.c.signature)

terms = Table(
    "terms", metadata,
    Column("id", Integer, primary_key=True),
    Column("move_id", Integer, ForeignKey("moves.id", ondelete="CASCADE"), nullable=False),
    Column("side", String(5), nullable=False),            # gives | gets
    Column("term", String(40), nullable=False),
    Column("count", Float),
    Column("scope", String(20)),
    Column("status", String(20)),
    Column("kind", String(20)),
    Column("days", Integer),
    Column("text", Text),
)
Index("ix_terms_move", terms.c.move_id)

figures = Table(
    "figures", metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("evidence_id", Integer, ForeignKey("evidence.id"), nullable=False),
    Column("quantity", String(40), nullable=False),
    Column("value", Float, nullable=False),
    Column("bound", String(10), nullable=False),
    Column("source", Text),
    Column("hedged", Boolean, nullable=False),
    Column("text", Text),
    Column("date", Date, nullable=False),
    Column("date_precision", String(10), nullable=False),
)
Index("ix_figures_report", figures.c.report_id)

# One row per move however many reports carry it: the timeline, kept up to date at ingest
# (migration 0002). `reports` lists {report_id, move_id, article, outlet, published, story} per report.
timeline_entries = Table(
    "timeline_entries", metadata,
    Column("id", Integer, primary_key=True),
    Column("negotiation", String(200), nullable=False),
    Column("signature", String(400), nullable=False),
    Column("date", Date, nullable=False),
    Column("date_precision", String(10), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("addressee", String(200)),
    Column("type", String(20), nullable=False),
    Column("negated", Boolean, nullable=False),
    Column("hedged", Boolean, nullable=False),
    Column("refers_to", Text),
    Column("terms", Text, nullable=False),      # JSON: {"gives": [...], "gets": [...]}
    Column("sources", Text, nullable=False),    # JSON list
    Column("reports", Text, nullable=False),    # JSON list
    Column("article", String(300), nullable=False),  # the first report, for quick citations
    Column("outlet", String(300)),
    Column("report_count", Integer, nullable=False, default=1),   # len(reports) (migration 0003)
    Column("stories", Integer, nullable=False, default=1),        # distinct story groups among them
)
Index("ix_timeline_entries_lookup", timeline_entries.c.negotiation, timeline_entries.c.signature,
      timeline_entries.c.date)
Index("ix_timeline_entries_order", timeline_entries.c.negotiation, timeline_entries.c.date)
