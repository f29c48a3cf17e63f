"""The main job's report as one self-contained HTML page: evidence shows on hover."""

from __future__ import annotations

from html import escape
from typing import TextIO

from ..conflict.stability import CONCEPT_NAMES
from .negotiation import NegotiationReport, describe_state

MAX_TABLEAU_STATES = 64

STYLE = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1200px;color:#222;
padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0;font-size:13px}td,th{border:1px solid #ddd;padding:3px 6px;
vertical-align:top}th{background:#f3f3f3;text-align:left}[title]{cursor:help;text-decoration:underline dotted #999}
.verdict{background:#fff8e1;border-left:4px solid #f0b400;padding:.6rem 1rem}.ok{color:#0a7d2c;font-weight:600}
.no{color:#b3261e}.hedged{color:#8a6d00}.eq{background:#e6f4ea}.sq{outline:2px solid #f0b400}
td.y{background:#dbe9ff;text-align:center}td.n{text-align:center;color:#999}
"""


def _evidence_title(reports: list[dict]) -> str:
    return "\n\n".join(f"{r.get('outlet') or r['article']} ({r.get('published')}): {r.get('sentence', '')}"
                       for r in reports)


def write_report_html(report: NegotiationReport, out: TextIO) -> None:
    a = report.analysis
    w = out.write
    w("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>")
    w(f"<title>detente: {escape(report.negotiation)}</title><style>{STYLE}</style></head><body>")
    w(f"<h1>Negotiation: {escape(report.negotiation)}</h1>")
    if report.as_of:
        w(f"<p>As of {report.as_of}</p>")
    w("<div class='verdict' id='verdict'>" + "".join(f"<p>{escape(line)}</p>" for line in report.verdict()) + "</div>")

    w("<h2 id='timeline'>Timeline</h2><table id='timeline-table'><tr><th>Date</th><th>Actor</th><th>Move</th>"
      "<th>Terms</th><th>Source</th><th>Reports</th></tr>")
    for e in report.entries:
        cls = " class='hedged'" if e.hedged else ""
        outlets = ", ".join(sorted({r.get("outlet") or r["article"] for r in e.reports}))
        w(f"<tr{cls}><td>{e.date}</td><td>{escape(e.actor)}</td><td>{e.type}{' (not)' if e.negated else ''}"
          f"{' (hedged)' if e.hedged else ''}</td><td>{escape(e.terms_text())}</td>"
          f"<td>{escape('; '.join(e.sources))}</td>"
          f"<td title='{escape(_evidence_title(e.reports), quote=True)}'>{escape(outlets)}</td></tr>")
    w("</table>")

    w("<h2 id='positions'>Positions</h2><table id='positions-table'><tr><th>Party</th><th>Stance</th><th>Term</th>"
      "<th>Since</th><th>Report</th><th>Change</th></tr>")
    for p in report.positions:
        change = p.change + (f": before, {p.previous}" if p.change == "changed" else "")
        w(f"<tr><td>{escape(p.party)}</td><td>{escape(p.stance)}</td><td>{escape(p.detail)}</td><td>{p.date}</td>"
          f"<td>{escape(p.report)}</td><td>{escape(change)}</td></tr>")
    w("</table>")

    w("<h2 id='figures'>Figures</h2><table><tr><th>Quantity</th><th>Date</th><th>Value</th><th>Bound</th>"
      "<th>Source</th><th>Outlet</th></tr>")
    disputed = {c.first.id for c in report.contradictions} | {c.second.id for c in report.contradictions}
    for quantity, points in report.figures.items():
        for f in points:
            mark = " class='no'" if f.id in disputed else ""
            w(f"<tr{mark}><td>{escape(quantity)}</td><td>{f.date}</td>"
              f"<td title='{escape(f.sentence, quote=True)}'>{f.value:,.0f}</td><td>{f.bound}</td>"
              f"<td>{escape(f.source or '')}{' (hedged)' if f.hedged else ''}</td>"
              f"<td>{escape(f.outlet or '')}</td></tr>")
    w("</table>")

    c = report.draft.conflict
    w("<h2 id='model'>Drafted model</h2><p>A starting point for the analyst: edit it and run "
      "<code>detente analyze model.yaml</code>.</p>")
    if report.draft.mediators:
        w(f"<p>Mediators (not decision makers): {escape(', '.join(report.draft.mediators))}</p>")
    w("<table id='model-options'><tr><th>Decision maker</th><th>Option</th><th>Irreversible</th></tr>")
    for o in c.options:
        title = _evidence_title([{"article": e.report, "published": e.date, "sentence": e.sentence}
                                 for e in o.evidence])
        w(f"<tr><td>{escape(o.dm)}</td><td title='{escape(title, quote=True)}'>{escape(o.label)} "
          f"<code>{o.name}</code></td><td>{'' if o.direction == 'both' else o.direction}</td></tr>")
    w("</table><table id='model-preferences'><tr><th>Decision maker</th><th>Statement (most important first)</th>"
      "<th>Rule</th></tr>")
    for r in report.draft.rules:
        title = _evidence_title([{"article": e.report, "published": e.date, "sentence": e.sentence}
                                 for e in r.evidence])
        w(f"<tr><td>{escape(r.dm)}</td><td title='{escape(title, quote=True)}'><code>{escape(r.statement)}</code>"
          f"</td><td>{escape(r.rule)}{' (weak)' if r.weak else ''}</td></tr>")
    w("</table>")

    patterns = a.patterns.tolist()
    eq = {con: set(a.equilibria(con)) for con in a.concepts}
    shown = patterns if len(patterns) <= MAX_TABLEAU_STATES else sorted(
        set().union(*eq.values()) | {a.status_quo}, key=patterns.index)
    w(f"<h2 id='tableau'>States ({len(patterns)} feasible{'' if shown is patterns else ', equilibria shown'})</h2>")
    w("<table id='tableau-table'><tr><th>Option</th>" + "".join(
        f"<th title='{escape(describe_state(a, p), quote=True)}'>{patterns.index(p) + 1}</th>" for p in shown)
      + "</tr>")
    for k, o in enumerate(c.options):
        w(f"<tr><td>{escape(o.dm)}: {escape(o.name)}</td>" + "".join(
            "<td class='y'>Y</td>" if p[k] == "Y" else "<td class='n'>N</td>" for p in shown) + "</tr>")
    w("</table>")

    w("<h2 id='stability'>Stability</h2><table id='stability-table'><tr><th>State</th><th>Options taken</th>"
      + "".join(f"<th>{escape(dm)}</th>" for dm in a.dm_names) + "<th>Equilibrium under</th></tr>")
    flags = {dm: {con: a.stable(con, dm) for con in a.concepts} for dm in a.dm_names}
    for p in shown:
        k = patterns.index(p)
        under = [CONCEPT_NAMES[con] for con in a.concepts if p in eq[con]]
        cls = " class='eq sq'" if under and p == a.status_quo else " class='eq'" if under else \
            " class='sq'" if p == a.status_quo else ""
        cells = "".join("<td>" + ", ".join(CONCEPT_NAMES[con] for con in a.concepts if flags[dm][con][k]) + "</td>"
                        for dm in a.dm_names)
        label = describe_state(a, p) + (" (status quo)" if p == a.status_quo else "")
        w(f"<tr{cls}><td>{k + 1} <code>{p}</code></td><td>{escape(label)}</td>{cells}"
          f"<td>{', '.join(under)}</td></tr>")
    w("</table>")

    if report.sensitivity is not None:
        w("<h2 id='sensitivity'>Without hedged or single-source positions</h2><ul>")
        items = [report.sensitivity.error] if report.sensitivity.error else report.sensitivity.changes or [
            "No conclusion changes."]
        w("".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>")
    w("<footer><p>Made by detente. Hover a report, an option or a statement to see the sentences it rests on."
      "</p></footer></body></html>\n")
