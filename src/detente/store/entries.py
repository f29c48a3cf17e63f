"""The timeline kept at ingest: each new move joins the line of the same move or starts one.

Uses the same rule as tracking.timeline.merge, so the kept timeline and one merged afresh agree.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import Connection, delete, insert, select, update

from ..tracking.records import load_moves
from ..tracking.timeline import MERGE_DAYS, joins
from .schema import timeline_entries


def add_move(conn: Connection, negotiation: str, report: dict, move_id: int, move: dict, when: date,
             precision: str, signature: str) -> None:
    """Merge one stored move into the negotiation's timeline."""
    window = timedelta(days=MERGE_DAYS)
    rows = conn.execute(select(timeline_entries.c.id, timeline_entries.c.date, timeline_entries.c.hedged,
                               timeline_entries.c.sources, timeline_entries.c.reports)
                        .where(timeline_entries.c.negotiation == negotiation,
                               timeline_entries.c.signature == signature,
                               timeline_entries.c.date.between(when - window, when + window))).all()
    near = [r for r in rows if joins(r.date, when)]
    ref = {"article": report["article"], "outlet": report["outlet"], "published": report["published"],
           "report_id": report["id"], "move_id": move_id}
    source = move.get("source")
    if not near:
        conn.execute(insert(timeline_entries).values(
            negotiation=negotiation, signature=signature, date=when, date_precision=precision, actor=move["actor"],
            addressee=move.get("addressee"), type=move["type"], negated=bool(move["negated"]),
            hedged=bool(move["hedged"]), refers_to=move.get("refers_to"),
            terms=json.dumps({"gives": move["gives"], "gets": move["gets"]}),
            sources=json.dumps([source] if source else []), reports=json.dumps([ref]), article=report["article"],
            outlet=report["outlet"]))
        return
    entry = min(near, key=lambda r: (abs((r.date - when).days), r.date))
    sources = json.loads(entry.sources)
    if source and source not in sources:
        sources.append(source)
    values = {"hedged": entry.hedged and bool(move["hedged"]), "sources": json.dumps(sources),
              "reports": json.dumps(json.loads(entry.reports) + [ref])}
    if when < entry.date:
        values.update(date=when, date_precision=precision)
    conn.execute(update(timeline_entries).where(timeline_entries.c.id == entry.id).values(**values))


def rebuild(conn: Connection, negotiation: str) -> None:
    """Recompute a negotiation's timeline from its current reports (after a revision)."""
    conn.execute(delete(timeline_entries).where(timeline_entries.c.negotiation == negotiation))
    for m in load_moves(conn, negotiation, order_by_report=True):
        report = {"id": m.report_id, "article": m.article, "outlet": m.outlet,
                  "published": m.published.isoformat() if m.published else None}
        move = {"actor": m.actor, "addressee": m.addressee, "type": m.type, "negated": m.negated,
                "hedged": m.hedged, "refers_to": m.refers_to, "source": m.source, "gives": m.gives, "gets": m.gets}
        add_move(conn, negotiation, report, m.id, move, m.date, m.date_precision, m.signature)
