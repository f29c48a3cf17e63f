"""Negotiations and their timelines: moves in date order, the same move from several outlets merged."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Engine, Integer, cast, func, select

from ..records import term_key
from ..store.schema import reports
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
                "sources": self.sources, "reports": self.reports}


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


def merge(found: list[StoredMove]) -> list[TimelineEntry]:
    """Group reports of the same move (same signature, dates within MERGE_DAYS)."""
    entries: list[TimelineEntry] = []
    open_by_signature: dict[str, TimelineEntry] = {}
    for m in found:
        entry = open_by_signature.get(m.signature)
        if entry is None or m.date - entry.date > timedelta(days=MERGE_DAYS):
            entry = TimelineEntry(m.date, m.date_precision, m.actor, m.type, m.negated, m.hedged, m.gives, m.gets,
                                  m.refers_to, signature=m.signature, addressee=m.addressee)
            open_by_signature[m.signature] = entry
            entries.append(entry)
        else:
            entry.hedged = entry.hedged and m.hedged  # confirmed once is confirmed
        if m.source and m.source not in entry.sources:
            entry.sources.append(m.source)
        entry.reports.append({"article": m.article, "outlet": m.outlet, "published": _iso(m.published),
                              "sentence": m.sentence, "start": m.start, "end": m.end})
    return entries


def timeline(engine: Engine, negotiation: str | None = None, as_of: date | None = None) -> list[TimelineEntry]:
    """Moves in date order, one entry per move however many reports carry it."""
    return merge(load_moves(engine, negotiation, as_of))
