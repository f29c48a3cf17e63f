"""Writing one report's rows: the report itself (or nothing, when its text is stored), its parties
and every record read from it. Dates and signatures come from the caller: the store keeps data,
it does not interpret it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from .schema import evidence, figures, moves, parties, party_aliases, report_parties, reports, statements, terms


def content_hash(text: str) -> str:
    """Same text, same hash, whatever the whitespace around it."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def known_hashes(bind: Engine | Connection, hashes: Iterable[str]) -> set[str]:
    """The given content hashes that are stored already."""
    hashes = list(hashes)
    found: set[str] = set()
    conn = bind.connect() if isinstance(bind, Engine) else None
    try:
        for k in range(0, len(hashes), 500):
            chunk = hashes[k:k + 500]
            found.update((conn or bind).scalars(select(reports.c.content_hash)
                                                .where(reports.c.content_hash.in_(chunk))))
    finally:
        if conn is not None:
            conn.close()
    return found


def _insert_or_skip(conn: Connection, table, index: list[str]):
    """INSERT ... ON CONFLICT DO NOTHING in the connection's dialect."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing(index_elements=index)


def insert_report(conn: Connection, values: dict) -> int | None:
    """The new report's id, or None when another writer has stored the same text meanwhile."""
    values = {**values, "ingested_at": datetime.now(UTC).replace(tzinfo=None)}
    row = conn.execute(_insert_or_skip(conn, reports, ["content_hash"]).values(**values)
                       .returning(reports.c.id)).first()
    return row[0] if row else None


def current_revision(conn: Connection, url: str | None):
    """The stored report at this URL that is not superseded (id, revision, negotiation), if any."""
    if not url:
        return None
    return conn.execute(select(reports.c.id, reports.c.revision, reports.c.negotiation).where(
        reports.c.url == url, reports.c.superseded.is_(False)).order_by(reports.c.id.desc())).first()


def supersede(conn: Connection, report_id: int) -> None:
    conn.execute(update(reports).where(reports.c.id == report_id).values(superseded=True))


def store_parties(conn: Connection, report_id: int, found: dict[str, list[str]]) -> None:
    """Parties and aliases, created by whichever writer comes first (in sorted order, so writers
    never wait on each other in a circle); four statements however many parties."""
    names = sorted(found)
    if not names:
        return
    conn.execute(_insert_or_skip(conn, parties, ["name"]), [{"name": n} for n in names])
    ids = dict(conn.execute(select(parties.c.name, parties.c.id).where(parties.c.name.in_(names))).all())
    aliases = sorted({(ids[n], a[:300]) for n in names for a in found[n]})
    if aliases:
        conn.execute(_insert_or_skip(conn, party_aliases, ["party_id", "alias"]),
                     [{"party_id": p, "alias": a} for p, a in aliases])
    conn.execute(insert(report_parties), [{"report_id": report_id, "party_id": ids[n]} for n in names])


def _insert_all(conn: Connection, table, rows: list[dict]) -> list[int]:
    """Insert rows in one statement; their new ids, in the order given."""
    if not rows:
        return []
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return [row[0] for row in result.all()]


def store_records(conn: Connection, report_id: int, reading: dict) -> list[int]:
    """Evidence, statements, moves with their terms, and figures, a statement per table; returns
    the moves' ids in order.

    Each move and figure carries its resolved ``date``, ``date_precision`` (and a move its
    ``signature``), set by the caller.
    """
    sources, found_moves, facts = reading.get("sources", []), reading["moves"], reading["facts"]
    spans: dict[tuple[int, int], str] = {}
    for item in [*sources, *found_moves, *facts]:
        spans.setdefault((item["start"], item["end"]), item.get("sentence", ""))
    span_ids = dict(zip(spans, _insert_all(conn, evidence, [
        {"report_id": report_id, "start": start, "end": end, "sentence": sentence}
        for (start, end), sentence in spans.items()])))

    def span(item: dict) -> int:
        return span_ids[(item["start"], item["end"])]

    _insert_all(conn, statements, [
        {"report_id": report_id, "evidence_id": span(s), "speaker": s["speaker"], "cue": s["cue"],
         "chain": json.dumps(s["chain"]), "party": s.get("party"), "on_record": bool(s["on_record"])}
        for s in sources])
    move_ids = _insert_all(conn, moves, [
        {"report_id": report_id, "evidence_id": span(m), "ordinal": ordinal, "type": m["type"], "actor": m["actor"],
         "addressee": m.get("addressee"), "refers_to": m.get("refers_to"), "source": m.get("source"),
         "hedged": bool(m["hedged"]), "negated": bool(m["negated"]), "date": m["date"],
         "date_precision": m["date_precision"], "signature": m["signature"]}
        for ordinal, m in enumerate(found_moves)])
    term_rows = [{"move_id": move_id, "side": side, "term": t["term"], "count": t.get("count"),
                  "scope": t.get("scope"), "status": t.get("status"), "kind": t.get("kind"),
                  "days": t.get("days"), "text": t.get("text")}
                 for move_id, m in zip(move_ids, found_moves) for side in ("gives", "gets") for t in m[side]]
    if term_rows:
        conn.execute(insert(terms), term_rows)
    figure_rows = [{"report_id": report_id, "evidence_id": span(f), "quantity": f["quantity"],
                    "value": float(f["value"]), "bound": f["bound"], "source": f.get("source"),
                    "hedged": bool(f["hedged"]), "text": f.get("text"), "date": f["date"],
                    "date_precision": f["date_precision"]} for f in facts]
    if figure_rows:
        conn.execute(insert(figures), figure_rows)
    return move_ids
