"""The state graph for Graphviz: feasible states, each DM's unilateral moves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

import numpy as np

from ..conflict.analysis import Analysis
from ..errors import DetenteError

MAX_DOT_STATES = 4096
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]


def _quoted(text: str) -> str:
    """A DOT string: names from reports may hold quotes or backslashes."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def state_moves(analysis: Analysis) -> Iterator[tuple[int, int, int, bool]]:
    """Every unilateral move between feasible states: (DM index, from decimal, to decimal, improves)."""
    space = analysis.space
    graph = analysis.graph
    for i in range(len(analysis.dm_names)):
        opts = graph.dm_options[i]
        mask = sum(1 << o for o in opts)
        allowed = graph.allowed_combos(i)
        pay = graph.payoffs[i]
        for x in space.decimals:
            x = int(x)
            a = sum(((x >> o) & 1) << t for t, o in enumerate(opts))
            for b in np.flatnonzero(allowed[a]):
                y = (x & ~mask) | sum(((int(b) >> t) & 1) << o for t, o in enumerate(opts))
                if y != x and space.feasible[y]:
                    yield i, x, y, bool(pay[y] > pay[x])


def status_quo_steps(analysis: Analysis) -> set[tuple[int, int]]:
    """The moves on the shortest paths from the status quo to the equilibria it can reach."""
    sq = analysis.status_quo_result
    if sq is None:
        return set()
    return {(s.before, s.after) for steps in sq.paths.values() for s in steps}


def write_dot(analysis: Analysis, out: TextIO, concept: str = "nash", highlight_paths: bool = False) -> None:
    """Moves as edges (bold when a unilateral improvement), equilibria as double circles.

    ``highlight_paths`` draws the status quo's paths to the equilibria it reaches thick and gold.
    """
    space = analysis.space
    if len(space) > MAX_DOT_STATES:
        raise DetenteError(f"{len(space)} feasible states is too many to draw (at most {MAX_DOT_STATES}); "
                           "use --summary or --json")
    eq = set(analysis.equilibria(concept))
    sq = analysis.status_quo
    on_path = status_quo_steps(analysis) if highlight_paths else set()
    out.write(f"digraph {_quoted(analysis.conflict.name)} {{\n  rankdir=LR;\n  node [shape=circle, fontsize=10];\n")
    for k, pattern in enumerate(analysis.patterns):
        attrs = [f'label="{k + 1}\\n{pattern}"']
        if pattern in eq:
            attrs.append("shape=doublecircle")
        if pattern == sq:
            attrs.append('style=filled, fillcolor="#ffe08a"')
        out.write(f"  s{int(space.decimals[k])} [{', '.join(attrs)}];\n")
    names = analysis.dm_names
    for i, x, y, improves in state_moves(analysis):
        if (x, y) in on_path:
            attrs = 'color="#f0b400", penwidth=4'
        else:
            attrs = f'color="{COLOURS[i % len(COLOURS)]}", ' + ("penwidth=2" if improves else "style=dashed")
        out.write(f"  s{x} -> s{y} [{attrs}, tooltip={_quoted(names[i])}];\n")
    out.write("}\n")
