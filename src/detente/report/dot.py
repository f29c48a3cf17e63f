"""The state graph for Graphviz: feasible states, each DM's unilateral moves."""

from __future__ import annotations

from typing import TextIO

import numpy as np

from ..conflict.analysis import Analysis
from ..errors import DetenteError

MAX_DOT_STATES = 4096
_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]


def write_dot(analysis: Analysis, out: TextIO, concept: str = "nash") -> None:
    """Moves as edges (bold when a unilateral improvement), equilibria as double circles."""
    space = analysis.space
    if len(space) > MAX_DOT_STATES:
        raise DetenteError(f"{len(space)} feasible states is too many to draw (at most {MAX_DOT_STATES}); "
                           "use --summary or --json")
    eq = set(analysis.equilibria(concept))
    sq = analysis.status_quo
    out.write(f'digraph "{analysis.conflict.name}" {{\n  rankdir=LR;\n  node [shape=circle, fontsize=10];\n')
    for k, pattern in enumerate(analysis.patterns):
        attrs = [f'label="{k + 1}\\n{pattern}"']
        if pattern in eq:
            attrs.append("shape=doublecircle")
        if pattern == sq:
            attrs.append('style=filled, fillcolor="#ffe08a"')
        out.write(f"  s{int(space.decimals[k])} [{', '.join(attrs)}];\n")
    graph = analysis.graph
    for i, dm in enumerate(analysis.dm_names):
        colour = _COLOURS[i % len(_COLOURS)]
        opts = graph.dm_options[i]
        mask = sum(1 << o for o in opts)
        allowed = graph.allowed_combos(i)
        pay = graph.payoffs[i]
        for x in space.decimals:
            x = int(x)
            a = sum(((x >> o) & 1) << t for t, o in enumerate(opts))
            for b in np.flatnonzero(allowed[a]):
                y = (x & ~mask) | sum(((int(b) >> t) & 1) << o for t, o in enumerate(opts))
                if y == x or not space.feasible[y]:
                    continue
                style = "penwidth=2" if pay[y] > pay[x] else "style=dashed"
                out.write(f'  s{x} -> s{y} [color="{colour}", {style}, tooltip="{dm}"];\n')
    out.write("}\n")
