"""The timeline kept in the store at ingest: each new move joins the line of the same move or
starts one, by the rule of timeline.merge, so the kept timeline and one merged afresh agree.

Called by detente.ingestion inside the report's transaction; the store only holds the rows.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import Connection, delete, insert, select, update

from ..store.schema import timeline_entries
from .records import load_moves
from .timeline import MERGE_DAYS, joins


def story_count(refs: list[dict]) -> int:
    """Copies of one story count once; a report stored before stories were kept is its own."""
    return len({r.get("story") or r["report_id"] for r in refs})


def add_move(conn: Connection, negotiation: str, ref: dict, move: dict) -> None:
    """Merge one stored move into the negotiation's timeline.

    ``ref`` cites the report ({report_id, move_id, article, outlet, published, story}); ``move``
    is the reader's move with its resolved ``date``, ``date_precision`` and ``signature``.
    """
    when: date = move["date"]
    t = timeline_entries
    window = timedelta(days=MERGE_DAYS)
    rows = conn.execute(select(t.c.id, t.c.date, t.c.hedged, t.c.sources, t.c.reports)
                        .where(t.c.negotiation == negotiation, t.c.signature == move["signature"],
                               t.c.date.between(when - window, when + window))).all()
    near = [r for r in rows if joins(r.date, when)]
    source = move.get("source")
    if not near:
        conn.execute(insert(t).values(
            negotiation=negotiation, signature=move["signature"], date=when, date_precision=move["date_precision"],
            actor=move["actor"], addressee=move.get("addressee"), type=move["type"], negated=bool(move["negated"]),
            hedged=bool(move["hedged"]), refers_to=move.get("refers_to"),
            terms=json.dumps({"gives": move["gives"], "gets": move["gets"]}),
            sources=json.dumps([source] if source else []), reports=json.dumps([ref]), article=ref["article"],
            outlet=ref["outlet"], report_count=1, stories=1))
        return
    entry = min(near, key=lambda r: (abs((r.date - when).days), r.date))
    sources = json.loads(entry.sources)
    if source and source not in sources:
        sources.append(source)
    refs = json.loads(entry.reports) + [ref]
    values = {"hedged": entry.hedged and bool(move["hedged"]), "sources": json.dumps(sources),
              "reports": json.dumps(refs), "report_count": len(refs), "stories": story_count(refs)}
    if when < entry.date:
        values.update(date=when, date_precision=move["date_precision"])
    conn.execute(update(t).where(t.c.id == entry.id).values(**values))


def rebuild(conn: Connection, negotiation: str) -> None:
    """Recompute a negotiation's timeline from its current reports (after a revision)."""
    conn.execute(delete(timeline_entries).where(timeline_entries.c.negotiation == negotiation))
    for m in load_moves(conn, negotiation, order_by_report=True):
        ref = {"article": m.article, "outlet": m.outlet, "published": m.published.isoformat() if m.published else None,
               "report_id": m.report_id, "move_id": m.id, "story": m.story}
        move = {"actor": m.actor, "addressee": m.addressee, "type": m.type, "negated": m.negated,
                "hedged": m.hedged, "refers_to": m.refers_to, "source": m.source, "gives": m.gives, "gets": m.gets,
                "date": m.date, "date_precision": m.date_precision, "signature": m.signature}
        add_move(conn, negotiation, ref, move)
