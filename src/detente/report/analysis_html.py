"""An analysis as an HTML fragment, for Jupyter (`Analysis._repr_html_`): counts, equilibria, status quo,
and the stability table for small models."""

from __future__ import annotations

from html import escape

from ..conflict.analysis import Analysis
from ..conflict.stability import CONCEPT_NAMES

MAX_ROWS = 64


def analysis_html(analysis: Analysis) -> str:
    c = analysis.conflict
    parts = [f"<div class='detente-analysis'><h3>{escape(c.name)}</h3>",
             f"<p>{len(c.decision_makers)} decision makers, {len(c.options)} options, "
             f"{len(analysis.space)} feasible states of {analysis.space.size}.</p>",
             "<table><tr><th>Concept</th><th>Equilibria</th></tr>"]
    for concept in analysis.concepts:
        eqs = analysis.equilibria(concept)
        shown = ", ".join(eqs[:12]) + (f" ... and {len(eqs) - 12} more" if len(eqs) > 12 else "")
        parts.append(f"<tr><td>{CONCEPT_NAMES[concept]}</td><td>{len(eqs)}: <code>{escape(shown)}</code></td></tr>")
    parts.append("</table>")
    sq = analysis.status_quo_result
    if sq is not None:
        stable = [CONCEPT_NAMES[k] for k, v in sq.stable.items() if v]
        parts.append(f"<p>Status quo <code>{sq.state}</code>: "
                     f"{'an equilibrium under ' + ', '.join(stable) if stable else 'not an equilibrium'}.</p><ul>")
        for dm in analysis.dm_names:
            parts.extend(f"<li>{escape(line)}</li>" for line in analysis.explain(sq.state, dm, max_moves=3))
        parts.extend(f"<li>To <code>{p}</code>: {escape(story)}</li>" for p, story in sq.story.items())
        parts.append("</ul>")
    if len(analysis.space) <= MAX_ROWS:
        parts.append(_stability_table(analysis))
    parts.append("</div>")
    return "".join(parts)


def _stability_table(analysis: Analysis) -> str:
    dms = analysis.dm_names
    rows = ["<table><tr><th>State</th><th>Pattern</th>" + "".join(f"<th>{escape(d)}</th>" for d in dms)
            + "<th>Equilibrium under</th></tr>"]
    flags = {d: {c: analysis.stable(c, d) for c in analysis.concepts} for d in dms}
    masks = {c: analysis.equilibrium_mask(c) for c in analysis.concepts}
    for k, p in enumerate(analysis.patterns.tolist()):
        cells = "".join("<td>" + ", ".join(CONCEPT_NAMES[c] for c in analysis.concepts if flags[d][c][k]) + "</td>"
                        for d in dms)
        under = ", ".join(CONCEPT_NAMES[c] for c in analysis.concepts if masks[c][k])
        mark = " (status quo)" if p == analysis.status_quo else ""
        rows.append(f"<tr><td>{k + 1}</td><td><code>{p}</code>{mark}</td>{cells}<td>{under}</td></tr>")
    return "".join(rows) + "</table>"
