"""What each page shows, as plain data built from the library: templates only lay it out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from sqlalchemy import Engine

from ..conflict.analysis import Analysis
from ..conflict.stability import CONCEPT_NAMES
from ..errors import DetenteError
from ..report.negotiation import NegotiationReport, build, describe_state
from ..tracking import negotiations, timeline
from ..tracking.timeline import TimelineEntry
from . import charts, evidence, graph

MAX_TABLE_STATES = 64
MOVE_TYPES = ("offer", "propose", "demand", "accept", "reject", "insist")


def link(path: str, **params) -> str:
    """A link within the app, its query encoded (labels are report text, never trusted)."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


def single_source(entry: TimelineEntry) -> bool:
    """One story (or report) only, resting on a source it names: drafting counts these as weak."""
    return len({r.get("story") or r.get("report_id") or r.get("article") for r in entry.reports}) <= 1 \
        and bool(entry.sources)


def negotiation_rows(engine: Engine, query: str = "") -> list[dict]:
    """Every negotiation with its parties, reports, dates and latest move; filtered by ``query``
    (every word must appear in its label, a party's name or a term)."""
    words = query.lower().split()
    rows = []
    for n in negotiations(engine):
        entries = timeline(engine, n.label)
        parties = sorted({e.actor for e in entries} | {e.addressee for e in entries if e.addressee})
        haystack = " ".join([n.label, *parties, *(e.terms_text() for e in entries)]).lower()
        if any(w not in haystack for w in words):
            continue
        latest = entries[-1] if entries else None
        rows.append({"label": n.label, "href": link("/negotiation", name=n.label), "parties": parties,
                     "reports": n.reports, "first": n.first, "last": n.last,
                     "latest": f"{latest.date} {latest.actor} {latest.type}"
                               f"{' (not)' if latest.negated else ''}: {latest.terms_text()}" if latest else ""})
    return rows


@dataclass
class NegotiationPage:
    """Everything the negotiation page shows; ``error`` when no model could be drafted."""

    name: str
    as_of: date | None
    report_dates: list[date]
    parties: list[str]
    party: str
    move_type: str
    timeline: list[dict] = field(default_factory=list)
    verdict: list[str] = field(default_factory=list)
    positions: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    model: dict | None = None
    stability: dict | None = None
    graph: dict | None = None
    workbench_href: str = ""
    error: str | None = None


def _dates(engine: Engine, name: str) -> list[date]:
    """The days reports were published: the steps of the as-of replay."""
    found = sorted({r["published"] for e in timeline(engine, name) for r in e.reports if r.get("published")})
    return [date.fromisoformat(d) for d in found]


def negotiation_page(engine: Engine, name: str, as_of: date | None, party: str = "", move_type: str = "",
                     use_dot: bool = True) -> NegotiationPage:
    if name not in {n.label for n in negotiations(engine)}:
        raise DetenteError(f"{name}: no such negotiation in the store")
    page = NegotiationPage(name, as_of, _dates(engine, name), [], party, move_type,
                           workbench_href=link("/workbench", name=name, as_of=as_of))
    try:
        report = build(engine, name, as_of)
    except DetenteError as exc:
        page.error = str(exc)
        entries = timeline(engine, name, as_of, sentences=True)
        page.parties = sorted({e.actor for e in entries})
        page.timeline = _timeline_rows(entries, party, move_type)
        return page
    page.parties = sorted({e.actor for e in report.entries})
    page.timeline = _timeline_rows(report.entries, party, move_type)
    page.verdict = report.verdict()
    page.positions = _position_rows(report)
    page.figures = charts.figure_views(report.figures, report.contradictions)
    page.model = model_view(report.analysis, report.draft.rules, engine)
    page.stability = stability_view(report.analysis)
    page.graph = graph.graph_view(report.analysis, use_dot=use_dot)
    return page


def _timeline_rows(entries: list[TimelineEntry], party: str, move_type: str) -> list[dict]:
    rows = []
    for e in entries:
        if party and party not in (e.actor, e.addressee):
            continue
        if move_type and e.type != move_type:
            continue
        rows.append({"date": e.date, "actor": e.actor, "type": e.type, "negated": e.negated, "hedged": e.hedged,
                     "single_source": single_source(e), "terms": e.terms_text(), "sources": e.sources,
                     "reports": [{"label": r.get("outlet") or r["article"], "published": r.get("published"),
                                  "sentence": r.get("sentence", ""),
                                  "href": f"/evidence/move/{int(r['move_id'])}"} for r in e.reports]})
    return rows


def _position_rows(report: NegotiationReport) -> list[dict]:
    return [{"party": p.party, "stance": p.stance, "detail": p.detail, "date": p.date, "report": p.report,
             "outlet": p.outlet, "hedged": p.hedged, "change": p.change, "previous": p.previous}
            for p in report.positions]


def model_view(analysis: Analysis, rules: list | None = None, engine: Engine | None = None) -> dict:
    """Decision makers, options and preference statements, each with links to its evidence."""
    c = analysis.conflict
    rule_of = {(r.dm, r.statement): r for r in rules or []}
    options = [{"dm": o.dm, "name": o.name, "label": o.label, "direction": o.direction,
                "evidence": evidence.links(engine, o.evidence)} for o in c.options]
    statements = []
    for pref in c.preferences:
        for s in pref.statements:
            r = rule_of.get((pref.dm, s.text))
            statements.append({"dm": pref.dm, "text": s.text, "rule": r.rule if r else "",
                               "weak": bool(r and r.weak), "evidence": evidence.links(engine, s.evidence)})
    notes = ["; ".join(f"{k}: {v}" for k, v in n.items()) if isinstance(n, dict) else str(n) for n in c.notes]
    return {"name": c.name, "options": options, "statements": statements, "notes": notes,
            "infeasible": [i.text for i in c.infeasible], "status_quo": analysis.status_quo}


def stability_view(analysis: Analysis) -> dict:
    """The stability table (every state up to 64, else equilibria and the status quo) and the verdicts."""
    patterns = analysis.patterns.tolist()
    eq = {c: set(analysis.equilibria(c)) for c in analysis.concepts}
    shown = patterns if len(patterns) <= MAX_TABLE_STATES else sorted(
        set().union(*eq.values()) | ({analysis.status_quo} if analysis.status_quo else set()), key=patterns.index)
    flags = {dm: {c: analysis.stable(c, dm) for c in analysis.concepts} for dm in analysis.dm_names}
    rows = []
    for p in shown:
        k = patterns.index(p)
        rows.append({"number": k + 1, "pattern": p, "described": describe_state(analysis, p),
                     "status_quo": p == analysis.status_quo,
                     "cells": [", ".join(CONCEPT_NAMES[c] for c in analysis.concepts if flags[dm][c][k])
                               for dm in analysis.dm_names],
                     "equilibrium": [CONCEPT_NAMES[c] for c in analysis.concepts if p in eq[c]]})
    sq = analysis.status_quo_result
    return {"dms": analysis.dm_names, "rows": rows, "states": len(patterns), "all_shown": shown is patterns,
            "equilibria": {CONCEPT_NAMES[c]: sorted(eq[c], key=patterns.index) for c in analysis.concepts},
            "status_quo": None if sq is None else {
                "state": sq.state, "stable": [CONCEPT_NAMES[c] for c, v in sq.stable.items() if v],
                "stories": [{"to": p, "story": s} for p, s in sq.story.items()],
                "explain": {dm: analysis.explain(sq.state, dm, max_moves=4) for dm in analysis.dm_names}}}
