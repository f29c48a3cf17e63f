"""What is new in the reports just added: moves and figures that are new, changed or repeated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine, select

from ..store.schema import reports
from .records import load_figures, load_moves
from .timeline import MERGE_DAYS


@dataclass
class Change:
    kind: str          # move or figure
    status: str        # new, changed, repeated
    report: str
    what: str
    before: str | None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "status": self.status, "report": self.report, "what": self.what,
                "before": self.before}


def what_is_new(engine: Engine, report_ids: list[int]) -> list[Change]:
    """Compare each given report's moves and figures with everything stored before it."""
    if not report_ids:
        return []
    new_ids = set(report_ids)
    with engine.connect() as conn:
        labels = set(conn.scalars(select(reports.c.negotiation).where(reports.c.id.in_(list(new_ids)))))
    changes: list[Change] = []
    for label in sorted(labels):
        all_moves = load_moves(engine, label)
        for m in (m for m in all_moves if m.report_id in new_ids):
            old_moves = [o for o in all_moves if o.report_id < m.report_id]
            what = f"{m.date.isoformat()} {m.actor} {m.type}: {m.signature.split('|')[-1] or '-'}"
            same = [o for o in old_moves if o.signature == m.signature
                    and abs(o.date - m.date) <= timedelta(days=MERGE_DAYS)]
            similar = [o for o in old_moves if o.actor == m.actor and o.type == m.type]
            if same:
                changes.append(Change("move", "repeated", m.article, what, same[-1].article))
            elif similar:
                before = similar[-1]
                changes.append(Change("move", "changed", m.article, what,
                                      f"{before.date.isoformat()} {before.signature.split('|')[-1] or '-'}"))
            else:
                changes.append(Change("move", "new", m.article, what, None))
        all_figures = load_figures(engine, label)
        for f in (f for f in all_figures if f.report_id in new_ids):
            old_figures = [o for o in all_figures if o.report_id < f.report_id]
            what = f"{f.date.isoformat()} {f.quantity} = {f.value:,.0f} ({f.bound})"
            earlier = [o for o in old_figures if o.quantity == f.quantity and o.date <= f.date]
            if not earlier:
                changes.append(Change("figure", "new", f.article, what, None))
            elif earlier[-1].value == f.value:
                changes.append(Change("figure", "repeated", f.article, what, earlier[-1].article))
            else:
                last = earlier[-1]
                changes.append(Change("figure", "changed", f.article, what,
                                      f"{last.date.isoformat()} {last.value:,.0f} ({last.bound})"))
    return changes
