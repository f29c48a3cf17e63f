"""The main job's report for the terminal and as JSON."""

from __future__ import annotations

import json
import textwrap
from typing import TextIO

from .analysis_json import summary_dict
from .negotiation import NegotiationReport
from .terminal import write_text


def _heading(out: TextIO, text: str) -> None:
    out.write(f"\n{text}\n{'=' * len(text)}\n")


def write_report_text(report: NegotiationReport, out: TextIO) -> None:
    title = f"Negotiation: {report.negotiation}" + (f" (as of {report.as_of})" if report.as_of else "")
    out.write(f"{title}\n{'#' * len(title)}\n")
    _heading(out, "Why the talks stand where they do")
    for line in report.verdict():
        out.write(textwrap.fill(line, 100, subsequent_indent="  ") + "\n")
    _heading(out, f"Timeline ({len(report.entries)} moves)")
    for e in report.entries:
        flags = (" (not)" if e.negated else "") + (" (hedged)" if e.hedged else "")
        sources = f" [source: {'; '.join(e.sources)}]" if e.sources else ""
        outlets = sorted({r["outlet"] or r["article"] for r in e.reports})
        out.write(f"{e.date}  {e.actor:<14} {e.type:<8} {e.terms_text()}{sources}{flags}  <- {', '.join(outlets)}\n")
    _heading(out, "Positions")
    for p in report.positions:
        change = "" if p.change == "new" else f"  ({p.change}; before: {p.previous})" if p.change == "changed" else ""
        out.write(f"{p.party:<14} {p.stance:<15} {p.detail}  [{p.date}, {p.report}]{change}\n")
    _heading(out, "Figures")
    for quantity, points in report.figures.items():
        bounds = {"exact": "", "at_least": "over ", "at_most": "up to ", "about": "about "}
        values = " -> ".join(f"{bounds.get(f.bound, '')}{f.value:,.0f} ({f.date}"
                             f"{', ' + f.source if f.source else ''}{', hedged' if f.hedged else ''})" for f in points)
        out.write(f"{quantity}: {values}\n")
    for c in report.contradictions:
        out.write(f"CONTRADICTION {c.quantity}: {c.first.value:,.0f} ({c.first.outlet}, {c.first.date}) vs "
                  f"{c.second.value:,.0f} ({c.second.outlet}, {c.second.date})\n")
    _heading(out, "Drafted model (a starting point: see --explain and edit it)")
    for mediator in report.draft.mediators:
        out.write(f"Mediator (not a decision maker): {mediator}\n")
    out.write(report.draft.explain() + "\n")
    _heading(out, "Stability analysis of the drafted model")
    write_text(report.analysis, out, summary=len(report.analysis.space) > 64)
    if report.sensitivity is not None:
        _heading(out, "Without hedged or single-source positions")
        if report.sensitivity.error:
            out.write(report.sensitivity.error + "\n")
        elif not report.sensitivity.changes:
            out.write("No conclusion changes.\n")
        for line in report.sensitivity.changes:
            out.write(f"- {line}\n")


def report_dict(report: NegotiationReport) -> dict:
    from ..conflict.yaml_format import to_yaml_dict

    return {
        "negotiation": report.negotiation,
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "verdict": report.verdict(),
        "timeline": [e.to_dict() for e in report.entries],
        "positions": [p.to_dict() for p in report.positions],
        "figures": {q: [f.to_dict() for f in points] for q, points in report.figures.items()},
        "contradictions": [c.to_dict() for c in report.contradictions],
        "model": to_yaml_dict(report.draft.conflict),
        "rules": [{"dm": r.dm, "statement": r.statement, "rule": r.rule, "weak": r.weak} for r in report.draft.rules],
        "analysis": summary_dict(report.analysis),
        "stability": {dm: {str(p): {c: bool(report.analysis.stable(c, dm)[k]) for c in report.analysis.concepts}
                           for k, p in enumerate(report.analysis.patterns)} for dm in report.analysis.dm_names},
        "sensitivity": None if report.sensitivity is None else
        {"changes": report.sensitivity.changes, "error": report.sensitivity.error},
    }


def write_report_json(report: NegotiationReport, out: TextIO) -> None:
    json.dump(report_dict(report), out, indent=1, default=str, ensure_ascii=False)
    out.write("\n")
