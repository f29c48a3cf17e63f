"""The state graph as SVG: Graphviz `dot` where it is installed, else a layered layout computed here.

Both draw the same picture as `detente analyze --dot`: states as circles (equilibria doubled, the status
quo filled), each DM's moves in its colour (improvements solid, others dashed), and the status quo's
shortest paths to the equilibria it can reach in thick gold.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections import defaultdict
from html import escape

from markupsafe import Markup

from ..conflict.analysis import Analysis
from ..report.dot import COLOURS, state_moves, status_quo_steps, write_dot

MAX_GRAPH_STATES = 128
CONCEPT = "nash"
GOLD = "#f0b400"


def legend(analysis: Analysis) -> list[dict]:
    """Each decision maker's colour, as the graph draws its moves."""
    return [{"dm": dm, "colour": COLOURS[i % len(COLOURS)]} for i, dm in enumerate(analysis.dm_names)]


def graph_view(analysis: Analysis, use_dot: bool = True) -> dict:
    """What the graph section shows: the SVG (or None), how it was drawn, and the colours' legend."""
    svg, note = state_graph_svg(analysis, use_dot)
    return {"svg": svg, "note": note, "legend": legend(analysis)}


def state_graph_svg(analysis: Analysis, use_dot: bool = True) -> tuple[Markup | None, str]:
    """(SVG, note on how it was drawn); no SVG for models too large to read as a picture."""
    if len(analysis.space) > MAX_GRAPH_STATES:
        return None, (f"{len(analysis.space)} feasible states are too many to draw legibly (at most "
                      f"{MAX_GRAPH_STATES}); download the DOT file from the workbench instead.")
    dot = shutil.which("dot") if use_dot else None
    if dot:
        svg = _graphviz_svg(analysis, dot)
        if svg is not None:
            return svg, "Drawn by Graphviz."
    return layered_svg(analysis), "Laid out by detente (Graphviz is not installed)."


def _graphviz_svg(analysis: Analysis, dot: str) -> Markup | None:
    buffer = io.StringIO()
    write_dot(analysis, buffer, concept=CONCEPT, highlight_paths=True)
    try:
        done = subprocess.run([dot, "-Tsvg"], input=buffer.getvalue().encode("utf-8"), capture_output=True,
                              timeout=20, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    text = done.stdout.decode("utf-8", errors="replace")
    start = text.find("<svg")
    return Markup(text[start:]) if start >= 0 else None


def layered_svg(analysis: Analysis) -> Markup:
    """States in columns by how many options are taken, moves as arrows between them."""
    space = analysis.space
    patterns = analysis.patterns.tolist()
    columns: dict[int, list[int]] = defaultdict(list)
    for k, p in enumerate(patterns):
        columns[p.count("Y")].append(k)
    gap_x, gap_y, radius = 120, 56, 20
    height = max(len(v) for v in columns.values()) * gap_y + 40
    width = (max(columns) + 1) * gap_x + 40
    where: dict[int, tuple[float, float]] = {}
    for c, members in columns.items():
        offset = (height - len(members) * gap_y) / 2
        for row, k in enumerate(members):
            where[int(space.decimals[k])] = (40 + c * gap_x + radius, offset + row * gap_y + gap_y / 2)
    on_path = status_quo_steps(analysis)
    eq = set(analysis.equilibria(CONCEPT))
    names = analysis.dm_names
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="state-graph" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="state graph">',
             "<defs>" + "".join(f'<marker id="arrow{i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" '
                                f'markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
                                f'fill="{c}"/></marker>' for i, c in enumerate(COLOURS + [GOLD])) + "</defs>"]
    for i, x, y, improves in state_moves(analysis):
        (x1, y1), (x2, y2) = where[x], where[y]
        length = max(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5, 1.0)
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        bend = 6 if x < y else -6  # the two directions of a move apart
        sx, sy = x1 + ux * radius - uy * bend, y1 + uy * radius + ux * bend
        ex, ey = x2 - ux * (radius + 2) - uy * bend, y2 - uy * (radius + 2) + ux * bend
        path = (x, y) in on_path
        colour = GOLD if path else COLOURS[i % len(COLOURS)]
        marker = len(COLOURS) if path else i % len(COLOURS)
        style = 'stroke-width="4"' if path else 'stroke-width="2"' if improves else \
            'stroke-width="1" stroke-dasharray="4 3"'
        parts.append(f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" stroke="{colour}" {style} '
                     f'marker-end="url(#arrow{marker})"><title>{escape(names[i])}: '
                     f'{space.pattern(x)} to {space.pattern(y)}{" (improves)" if improves else ""}</title></line>')
    for k, p in enumerate(patterns):
        cx, cy = where[int(space.decimals[k])]
        fill = "#ffe08a" if p == analysis.status_quo else "#ffffff"
        parts.append(f'<g class="state"><title>state {k + 1}: {p}</title>'
                     f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{radius}" fill="{fill}" stroke="#333"/>')
        if p in eq:
            parts.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{radius - 4}" fill="none" stroke="#333"/>')
        parts.append(f'<text x="{cx:.1f}" y="{cy + 4:.1f}" text-anchor="middle" font-size="11">{k + 1}</text></g>')
    parts.append("</svg>")
    return Markup("".join(parts))
