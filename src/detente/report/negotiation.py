"""The main job's report: timeline, positions, figures, drafted model, stability, and why.

Built once as data (`NegotiationReport`), then written as text, JSON or HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine

from ..conflict.analysis import Analysis
from ..conflict.stability import CONCEPT_NAMES
from ..drafting import Draft, draft
from ..tracking import Position, TimelineEntry, contradictions, series, timeline
from ..tracking.figures import Contradiction
from ..tracking.positions import positions_from
from ..tracking.records import StoredFigure

CORE = ("nash", "gmr", "smr", "seq")


@dataclass
class Sensitivity:
    """What changes when hedged and single-source positions are left out."""

    changes: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class NegotiationReport:
    negotiation: str
    as_of: date | None
    entries: list[TimelineEntry]
    positions: list[Position]
    figures: dict[str, list[StoredFigure]]
    contradictions: list[Contradiction]
    draft: Draft
    analysis: Analysis
    sensitivity: Sensitivity | None = None

    def _repr_html_(self) -> str:
        """Shown by Jupyter: the HTML report's body, without the page's own style sheet."""
        import io

        from .negotiation_html import write_report_html

        page = io.StringIO()
        write_report_html(self, page)
        html = page.getvalue()
        body = html[html.index("<body>") + len("<body>"):html.rindex("</body>")]
        return f"<div class='detente-report'>{body}</div>"

    def verdict(self) -> list[str]:
        """The status quo in words: stable or not, and why, for each party."""
        a = self.analysis
        sq = a.status_quo_result
        lines = []
        stable_all = [CONCEPT_NAMES[c] for c, v in sq.stable.items() if v]
        if sq.stable.get("nash"):
            lines.append("The status quo is stable for every party: neither side can improve its position alone.")
        elif stable_all:
            lines.append(f"The status quo is stable under {', '.join(stable_all)}: neither side can improve its "
                         "position alone without the other answering with a move that leaves it worse off.")
        else:
            lines.append("The status quo is not stable: some party gains by moving and cannot be stopped.")
        for dm in a.dm_names:
            for line in a.explain(sq.state, dm, max_moves=3):
                lines.append(f"{dm}: {line}")
        reach = sq.reachable.get("seq") or sq.reachable.get("nash") or []
        others = [p for p in reach if p != sq.state]
        if others:
            lines.append("Equilibria reachable from the status quo: " + "; ".join(
                f"{describe_state(a, p)} ({sq.story.get(p, '')})" for p in others[:3]))
        else:
            lines.append("No other equilibrium can be reached from the status quo by unilateral improvements.")
        return lines


def describe_state(a: Analysis, pattern: str) -> str:
    taken = [o.label.lower() for o, letter in zip(a.conflict.options, pattern) if letter == "Y"]
    return "nothing given" if not taken else ", ".join(taken)


def build(engine: Engine, negotiation: str, as_of: date | None = None, without_hedged: bool = False,
          concepts: tuple[str, ...] = CORE) -> NegotiationReport:
    entries = timeline(engine, negotiation, as_of, sentences=True)
    by_quantity = series(engine, negotiation, as_of)
    drafted = draft(entries, name=f"{negotiation} (drafted)", figures=by_quantity)
    analysis = Analysis(drafted.conflict, concepts)
    report = NegotiationReport(negotiation, as_of, entries, positions_from(entries), by_quantity,
                               contradictions(by_quantity), drafted, analysis)
    if without_hedged:
        report.sensitivity = sensitivity(entries, analysis, concepts, by_quantity)
    return report


def _conclusions(a: Analysis) -> dict[str, set[frozenset]]:
    """Equilibria as sets of options taken, comparable across models with different options."""
    names = a.conflict.option_names
    out = {}
    for c in a.concepts:
        out[c] = {frozenset(n for n, letter in zip(names, p) if letter == "Y") for p in a.equilibria(c)}
    out["status quo stable"] = {frozenset(["yes"])} if a.status_quo_result.stable.get("nash") else set()
    return out


def sensitivity(entries: list[TimelineEntry], full: Analysis, concepts, figures=None) -> Sensitivity:
    from ..errors import DetenteError

    try:
        strict = Analysis(draft(entries, exclude_weak=True, figures=figures).conflict, concepts)
    except DetenteError as exc:
        return Sensitivity(error=f"without hedged or single-source positions no model can be drafted: {exc}")
    before, after = _conclusions(full), _conclusions(strict)
    result = Sensitivity()
    for key in before:
        lost, gained = before[key] - after.get(key, set()), after.get(key, set()) - before[key]
        label = CONCEPT_NAMES.get(key, key)
        for s in sorted(lost, key=sorted):
            result.changes.append(f"{label}: no longer an equilibrium: {_options_text(s)}")
        for s in sorted(gained, key=sorted):
            result.changes.append(f"{label}: newly an equilibrium: {_options_text(s)}")
    dropped = set(full.conflict.option_names) - set(strict.conflict.option_names)
    if dropped:
        result.changes.insert(0, f"options that rest only on weak reports: {', '.join(sorted(dropped))}")
    return result


def _options_text(options: frozenset) -> str:
    return ", ".join(sorted(options)) if options else "nothing given"
