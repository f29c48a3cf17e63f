"""Negotiations and their timelines: moves in date order, the same move from several outlets merged."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, Integer, cast, func, select

from ..records import term_key
from ..store.schema import evidence, moves, reports, timeline_entries
from .records import StoredMove, load_moves

MERGE_DAYS = 3  # reports of the same move this close in date are one move


@dataclass
class Negotiation:
    label: str
    reports: int
    first: date | None
    last: date | None
    inferred: bool

    def to_dict(self) -> dict:
        return {"negotiation": self.label, "reports": self.reports, "first": _iso(self.first),
                "last": _iso(self.last), "inferred": self.inferred}


@dataclass
class TimelineEntry:
    """One move, with every report that carries it."""

    date: date
    date_precision: str
    actor: str
    type: str
    negated: bool
    hedged: bool
    gives: list[dict]
    gets: list[dict]
    refers_to: str | None
    sources: list[str] = field(default_factory=list)
    reports: list[dict] = field(default_factory=list)
    signature: str = ""
    addressee: str | None = None
    report_count: int = 0      # every report that carries the move
    stories: int = 0           # independent stories among them: copies of one wire story count once

    def terms_text(self) -> str:
        parts = []
        if self.gives:
            parts.append("gives " + ", ".join(term_key(t) if t["term"] != "other" else t.get("text", "other")
                                               for t in self.gives))
        if self.gets:
            parts.append("gets " + ", ".join(term_key(t) if t["term"] != "other" else t.get("text", "other")
                                              for t in self.gets))
        if self.refers_to:
            parts.append(f"re: {self.refers_to}")
        return "; ".join(parts)

    def to_dict(self) -> dict:
        return {"date": _iso(self.date), "date_precision": self.date_precision, "actor": self.actor,
                "type": self.type, "addressee": self.addressee, "negated": self.negated, "hedged": self.hedged,
                "gives": self.gives, "gets": self.gets, "refers_to": self.refers_to, "terms": self.terms_text(),
                "sources": self.sources, "reports": self.reports, "report_count": self.report_count,
                "stories": self.stories}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def negotiations(engine: Engine) -> list[Negotiation]:
    """Every negotiation with its report count and date span."""
    query = (select(reports.c.negotiation, func.count(reports.c.id), func.min(reports.c.published),
                    func.max(reports.c.published), func.max(cast(reports.c.negotiation_inferred, Integer)))
             .where(reports.c.superseded.is_(False)).group_by(reports.c.negotiation).order_by(reports.c.negotiation))
    with engine.connect() as conn:
        return [Negotiation(label, count, first, last, bool(inferred))
                for label, count, first, last, inferred in conn.execute(query)]


def joins(entry_date: date, move_date: date) -> bool:
    """Reports of one move this close in date are the same move."""
    return abs((entry_date - move_date).days) <= MERGE_DAYS


def merge(found: list[StoredMove]) -> list[TimelineEntry]:
    """Group reports of the same move: same signature, dates within MERGE_DAYS of the nearest entry.

    Moves are taken in the order they were stored, as the store does when it keeps the timeline at
    ingest, so both give the same lines.
    """
    entries: list[TimelineEntry] = []
    by_signature: dict[str, list[TimelineEntry]] = {}
    for m in sorted(found, key=lambda m: (m.report_id, m.ordinal)):
        near = [e for e in by_signature.get(m.signature, []) if joins(e.date, m.date)]
        if near:
            entry = min(near, key=lambda e: (abs((e.date - m.date).days), e.date))
            if m.date < entry.date:
                entry.date, entry.date_precision = m.date, m.date_precision
            entry.hedged = entry.hedged and m.hedged  # confirmed once is confirmed
        else:
            entry = TimelineEntry(m.date, m.date_precision, m.actor, m.type, m.negated, m.hedged, m.gives, m.gets,
                                  m.refers_to, signature=m.signature, addressee=m.addressee)
            by_signature.setdefault(m.signature, []).append(entry)
            entries.append(entry)
        if m.source and m.source not in entry.sources:
            entry.sources.append(m.source)
        entry.reports.append({"article": m.article, "outlet": m.outlet, "published": _iso(m.published),
                              "report_id": m.report_id, "move_id": m.id, "story": m.story, "sentence": m.sentence,
                              "start": m.start, "end": m.end})
    for e in entries:
        e.report_count = len(e.reports)
        e.stories = len({r["story"] or r["report_id"] for r in e.reports})
    order = {id(e): k for k, e in enumerate(entries)}
    return sorted(entries, key=lambda e: (e.date, order[id(e)]))


def stored_timeline(engine: Engine, negotiation: str | None, with_reports: bool = True) -> list[TimelineEntry]:
    """The timeline the store keeps at ingest (fast: one row per move). Without ``with_reports``
    each entry cites only its first report."""
    t = timeline_entries
    columns = [c for c in t.c if with_reports or c.name != "reports"]
    query = select(*columns).order_by(t.c.date, t.c.id)
    if negotiation:
        query = query.where(t.c.negotiation == negotiation)
    out = []
    with engine.connect() as conn:
        for row in conn.execute(query).all():
            terms = json.loads(row.terms)
            cited = json.loads(row.reports) if with_reports else [{"article": row.article, "outlet": row.outlet}]
            out.append(TimelineEntry(row.date, row.date_precision, row.actor, row.type, row.negated, row.hedged,
                                     terms["gives"], terms["gets"], row.refers_to, json.loads(row.sources),
                                     cited, row.signature, row.addressee, row.report_count, row.stories))
    return out


def attach_sentences(engine: Engine, entries: list[TimelineEntry]) -> None:
    """Fill in each report's sentence and span (left out of the fast timeline)."""
    ids = [r["move_id"] for e in entries for r in e.reports if "sentence" not in r]
    found = {}
    with engine.connect() as conn:
        for k in range(0, len(ids), 500):
            query = (select(moves.c.id, evidence.c.sentence, evidence.c.start, evidence.c.end)
                     .join(evidence, evidence.c.id == moves.c.evidence_id).where(moves.c.id.in_(ids[k:k + 500])))
            found.update({row.id: row for row in conn.execute(query)})
    for e in entries:
        for r in e.reports:
            row = found.get(r.get("move_id"))
            if row is not None:
                r.update(sentence=row.sentence, start=row.start, end=row.end)


def timeline(engine: Engine, negotiation: str | None = None, as_of: date | None = None,
             sentences: bool = False) -> list[TimelineEntry]:
    """Moves in date order, one entry per move however many reports carry it.

    The current timeline comes from the store's own (kept at ingest); an ``as_of`` one is merged
    from the moves of the reports published by then. ``sentences`` adds each report's sentence. For one
    negotiation, each party has one name across its reports (see ``names``).
    """
    from .names import canonical_names, unify  # names builds on this module's entries

    if as_of is not None:
        entries = merge(load_moves(engine, negotiation, as_of))
    else:
        entries = stored_timeline(engine, negotiation)
        if sentences:
            attach_sentences(engine, entries)
    return unify(entries, canonical_names(engine, negotiation)) if negotiation else entries
