"""Tracked records as the store returns them: moves and figures with the reports behind them."""

from __future__ import annotations

from collections import defaultdict
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from datetime import date

from sqlalchemy import Connection, Engine, select

from ..store.schema import evidence, figures, moves, reports, terms


@dataclass
class StoredMove:
    id: int
    report_id: int
    article: str
    outlet: str | None
    published: date | None
    date: date
    date_precision: str
    ordinal: int
    type: str
    actor: str
    addressee: str | None
    refers_to: str | None
    source: str | None
    hedged: bool
    negated: bool
    signature: str
    sentence: str
    start: int
    end: int
    story: int | None
    gives: list[dict] = field(default_factory=list)
    gets: list[dict] = field(default_factory=list)


@dataclass
class StoredFigure:
    id: int
    report_id: int
    article: str
    outlet: str | None
    published: date | None
    date: date
    date_precision: str
    quantity: str
    value: float
    bound: str
    source: str | None
    hedged: bool
    text: str | None
    sentence: str

    def to_dict(self) -> dict:
        return asdict(self)


def _current(negotiation: str | None, as_of: date | None):
    cond = [reports.c.superseded.is_(False)]
    if negotiation:
        cond.append(reports.c.negotiation == negotiation)
    if as_of:
        cond.append(reports.c.published <= as_of)
    return cond


def connect(bind: Engine | Connection):
    """A connection from an engine, or the caller's own connection (inside its transaction)."""
    return bind.connect() if isinstance(bind, Engine) else nullcontext(bind)


def load_moves(bind: Engine | Connection, negotiation: str | None = None, as_of: date | None = None,
               order_by_report: bool = False) -> list[StoredMove]:
    """Moves of current (not superseded) reports, with their terms, in date order."""
    query = (select(moves.c.id, moves.c.report_id, reports.c.article, reports.c.outlet, reports.c.published,
                    moves.c.date, moves.c.date_precision, moves.c.ordinal, moves.c.type, moves.c.actor,
                    moves.c.addressee, moves.c.refers_to, moves.c.source, moves.c.hedged, moves.c.negated,
                    moves.c.signature, evidence.c.sentence, evidence.c.start, evidence.c.end,
                    reports.c.story)
             .join(reports, reports.c.id == moves.c.report_id).join(evidence, evidence.c.id == moves.c.evidence_id)
             .where(*_current(negotiation, as_of))
             .order_by(*((moves.c.report_id, moves.c.ordinal) if order_by_report else
                         (moves.c.date, reports.c.published, moves.c.report_id, moves.c.ordinal))))
    term_query = (select(terms.c.move_id, terms.c.side, terms.c.term, terms.c.count, terms.c.scope, terms.c.status,
                         terms.c.kind, terms.c.days, terms.c.text)
                  .join(moves, moves.c.id == terms.c.move_id).join(reports, reports.c.id == moves.c.report_id)
                  .where(*_current(negotiation, as_of)))
    with connect(bind) as conn:
        found = [StoredMove(*row) for row in conn.execute(query).all()]
        by_move: dict[int, list] = defaultdict(list)
        for row in conn.execute(term_query).all():
            by_move[row.move_id].append(row)
    if as_of:
        found = [m for m in found if m.date <= as_of]
    for m in found:
        for row in by_move.get(m.id, ()):
            item = {"term": row.term}
            for key in ("count", "scope", "status", "kind", "days", "text"):
                value = getattr(row, key)
                if value is not None:
                    item[key] = int(value) if key == "count" and float(value).is_integer() else value
            (m.gives if row.side == "gives" else m.gets).append(item)
    return found


def load_figures(bind: Engine | Connection, negotiation: str | None = None,
                 as_of: date | None = None) -> list[StoredFigure]:
    query = (select(figures.c.id, figures.c.report_id, reports.c.article, reports.c.outlet, reports.c.published,
                    figures.c.date, figures.c.date_precision, figures.c.quantity, figures.c.value, figures.c.bound,
                    figures.c.source, figures.c.hedged, figures.c.text, evidence.c.sentence)
             .join(reports, reports.c.id == figures.c.report_id)
             .join(evidence, evidence.c.id == figures.c.evidence_id)
             .where(*_current(negotiation, as_of)).order_by(figures.c.date, figures.c.quantity, figures.c.id))
    with connect(bind) as conn:
        return [StoredFigure(*row) for row in conn.execute(query).all()]
