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
    """Parties and aliases, created by whichever writer comes first (sorted, so writers never wait
    on each other in a circle)."""
    for name in sorted(found):
        conn.execute(_insert_or_skip(conn, parties, ["name"]).values(name=name))
        party_id = conn.scalar(select(parties.c.id).where(parties.c.name == name))
        aliases = sorted({a[:300] for a in found[name]})
        if aliases:
            conn.execute(_insert_or_skip(conn, party_aliases, ["party_id", "alias"]),
                         [{"party_id": party_id, "alias": a} for a in aliases])
        conn.execute(insert(report_parties).values(report_id=report_id, party_id=party_id))


def store_records(conn: Connection, report_id: int, reading: dict) -> list[int]:
    """Evidence, statements, moves with their terms, and figures; returns the moves' ids in order.

    Each move and figure carries its resolved ``date``, ``date_precision`` (and a move its
    ``signature``), set by the caller.
    """
    spans: dict[tuple[int, int], int] = {}

    def span(item: dict) -> int:
        key = (item["start"], item["end"])
        if key not in spans:
            spans[key] = conn.execute(insert(evidence).values(
                report_id=report_id, start=item["start"], end=item["end"],
                sentence=item.get("sentence", ""))).inserted_primary_key[0]
        return spans[key]

    for s in reading.get("sources", []):
        conn.execute(insert(statements).values(
            report_id=report_id, evidence_id=span(s), speaker=s["speaker"], cue=s["cue"],
            chain=json.dumps(s["chain"]), party=s.get("party"), on_record=bool(s["on_record"])))
    move_ids, term_rows = [], []
    for ordinal, m in enumerate(reading["moves"]):
        move_id = conn.execute(insert(moves).values(
            report_id=report_id, evidence_id=span(m), ordinal=ordinal, type=m["type"], actor=m["actor"],
            addressee=m.get("addressee"), refers_to=m.get("refers_to"), source=m.get("source"),
            hedged=bool(m["hedged"]), negated=bool(m["negated"]), date=m["date"],
            date_precision=m["date_precision"], signature=m["signature"])).inserted_primary_key[0]
        move_ids.append(move_id)
        for side in ("gives", "gets"):
            for t in m[side]:
                term_rows.append({"move_id": move_id, "side": side, "term": t["term"], "count": t.get("count"),
                                  "scope": t.get("scope"), "status": t.get("status"), "kind": t.get("kind"),
                                  "days": t.get("days"), "text": t.get("text")})
    if term_rows:
        conn.execute(insert(terms), term_rows)
    figure_rows = [{"report_id": report_id, "evidence_id": span(f), "quantity": f["quantity"],
                    "value": float(f["value"]), "bound": f["bound"], "source": f.get("source"),
                    "hedged": bool(f["hedged"]), "text": f.get("text"), "date": f["date"],
                    "date_precision": f["date_precision"]} for f in reading["facts"]]
    if figure_rows:
        conn.execute(insert(figures), figure_rows)
    return move_ids
