"""Positions: what each party now offers, demands and holds as a red line, term by term."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine

from ..records import term_key
from .names import canonical_names, unify
from .records import load_moves
from .timeline import TimelineEntry, merge, stored_timeline

STANCES = {"offer": "offers", "propose": "proposes", "accept": "accepts", "reject": "rejects",
           "demand": "demands", "insist": "red line"}


@dataclass
class Position:
    party: str
    item: str          # the term (with the qualifier that changes its meaning) or the proposal referred to
    stance: str        # offers, asks in return, demands, red line, accepts, rejects, proposes
    detail: str        # the term with all its qualifiers
    date: date
    report: str
    outlet: str | None
    hedged: bool
    previous: str | None
    change: str        # new, same, changed
    reports: int = 1   # reports of the move that set it
    stories: int = 1   # independent stories among them (copies of one story count once)

    def to_dict(self) -> dict:
        return {"party": self.party, "item": self.item, "stance": self.stance, "detail": self.detail,
                "date": self.date.isoformat(), "report": self.report, "outlet": self.outlet,
                "hedged": self.hedged, "previous": self.previous, "change": self.change, "reports": self.reports,
                "stories": self.stories}


def item_of(term: dict) -> str:
    """The part of a term that makes a different item: ceasefire (permanent) is not ceasefire (temporary)."""
    if term["term"] == "other":
        return "other: " + str(term.get("text", ""))[:60]
    qualifier = term.get("kind") or term.get("scope") or ""
    if term["term"] == "hostage_release" and term.get("status"):
        qualifier = f"{qualifier} {term['status']}".strip()
    return f"{term['term']} ({qualifier})" if qualifier else term["term"]


def _stances(entry: TimelineEntry) -> list[tuple[str, str, str]]:
    """(item, stance, detail) for each thing a move says about the party's position."""
    if entry.negated:
        return []
    if entry.type in ("accept", "reject"):
        if entry.refers_to:
            return [(f"proposal: {entry.refers_to[:80]}", STANCES[entry.type], entry.refers_to)]
        return []
    out = []
    give_stance = {"offer": "offers", "propose": "proposes", "insist": "red line", "demand": "demands"}[entry.type]
    get_stance = {"offer": "asks in return", "propose": "proposes", "insist": "red line", "demand": "demands"}[
        entry.type]
    for t in entry.gives:
        out.append((item_of(t), give_stance, term_key(t) if t["term"] != "other" else t.get("text", "")))
    for t in entry.gets:
        out.append((item_of(t), get_stance, term_key(t) if t["term"] != "other" else t.get("text", "")))
    return out


def positions_from(entries: list[TimelineEntry]) -> list[Position]:
    current: dict[tuple[str, str], Position] = {}
    for entry in entries:
        report = entry.reports[0]
        for item, stance, detail in _stances(entry):
            key = (entry.actor, item)
            before = current.get(key)
            previous = f"{before.stance}: {before.detail} ({before.date.isoformat()})" if before else None
            if before is None:
                change = "new"
            elif (before.stance, before.detail) == (stance, detail):
                change = "same"
            else:
                change = "changed"
            current[key] = Position(entry.actor, item, stance, detail, entry.date, report["article"],
                                    report["outlet"], entry.hedged, previous, change,
                                    entry.report_count or len(entry.reports), entry.stories or 1)
    return sorted(current.values(), key=lambda p: (p.party, p.item))


def positions(engine: Engine, negotiation: str | None = None, as_of: date | None = None) -> list[Position]:
    """Each party's latest stance on each item, as of a date, with what it was before."""
    if as_of is not None:
        entries = merge(load_moves(engine, negotiation, as_of))
    else:
        entries = stored_timeline(engine, negotiation, with_reports=False)
    return positions_from(unify(entries, canonical_names(engine, negotiation)) if negotiation else entries)
