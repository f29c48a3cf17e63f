"""Figures as small SVG charts drawn on the server: one per quantity, every point linked to its report."""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from ..tracking.figures import Contradiction
from ..tracking.records import StoredFigure

WIDTH, HEIGHT = 560, 190
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 15, 30
BOUND_WORDS = {"exact": "", "at_least": "at least ", "at_most": "at most ", "about": "about "}


def _label(f: StoredFigure) -> str:
    return f"{BOUND_WORDS.get(f.bound, '')}{f.value:,.0f}"


def chart_svg(quantity: str, points: list[StoredFigure], disputed: set[int]) -> Markup:
    """A dated series: x is the date, y the value; contradicted points red, hedged points hollow."""
    points = sorted(points, key=lambda f: (f.date, f.id))
    days = [f.date.toordinal() for f in points]
    lo_day, hi_day = min(days), max(days)
    highest = max(f.value for f in points)
    top = highest * 1.1 or 1.0
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: int) -> float:
        return LEFT + (inner_w / 2 if hi_day == lo_day else (day - lo_day) / (hi_day - lo_day) * inner_w)

    def y(value: float) -> float:
        return TOP + inner_h - value / top * inner_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(quantity)} over time">',
             f'<line x1="{LEFT}" y1="{TOP + inner_h}" x2="{WIDTH - RIGHT}" y2="{TOP + inner_h}" stroke="#999"/>',
             f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{TOP + inner_h}" stroke="#999"/>',
             f'<text x="{LEFT - 6}" y="{y(highest) + 4:.1f}" text-anchor="end" font-size="11">{highest:,.0f}</text>',
             f'<text x="{LEFT - 6}" y="{TOP + inner_h}" text-anchor="end" font-size="11">0</text>',
             f'<text x="{LEFT}" y="{HEIGHT - 8}" font-size="11">{points[0].date}</text>']
    if hi_day != lo_day:
        parts.append(f'<text x="{WIDTH - RIGHT}" y="{HEIGHT - 8}" text-anchor="end" font-size="11">'
                     f'{points[-1].date}</text>')
    line = " ".join(f"{x(d):.1f},{y(f.value):.1f}" for d, f in zip(days, points))
    parts.append(f'<polyline points="{line}" fill="none" stroke="#8aa4c8" stroke-width="1.5"/>')
    for d, f in zip(days, points):
        colour = "#b3261e" if f.id in disputed else "#1f5fa8"
        fill = "#ffffff" if f.hedged else colour
        note = (f"{_label(f)} on {f.date}: {f.source or 'no source named'}, {f.outlet or f.article}"
                f"{' (hedged)' if f.hedged else ''}{' (contradicted)' if f.id in disputed else ''}")
        parts.append(f'<a href="/evidence/figure/{int(f.id)}"><circle cx="{x(d):.1f}" cy="{y(f.value):.1f}" r="5" '
                     f'fill="{fill}" stroke="{colour}" stroke-width="2"><title>{escape(note)}</title></circle></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def figure_views(by_quantity: dict[str, list[StoredFigure]], clashes: list[Contradiction]) -> list[dict]:
    """Each quantity: its chart, its points with sources, and the contradictions among them."""
    disputed = {c.first.id for c in clashes} | {c.second.id for c in clashes}
    views = []
    for quantity, points in by_quantity.items():
        views.append({
            "quantity": quantity,
            "svg": chart_svg(quantity, points, disputed),
            "points": [{"date": f.date, "value": _label(f), "source": f.source, "outlet": f.outlet or f.article,
                        "hedged": f.hedged, "contradicted": f.id in disputed, "href": f"/evidence/figure/{int(f.id)}"}
                       for f in sorted(points, key=lambda f: (f.date, f.id))],
            "contradictions": [f"{_label(c.first)} ({c.first.outlet or c.first.article}, {c.first.date}) vs "
                               f"{_label(c.second)} ({c.second.outlet or c.second.article}, {c.second.date})"
                               for c in clashes if c.quantity == quantity]})
    return views
