"""The analysis as plain-text tables for the terminal."""

from __future__ import annotations

from typing import TextIO

from ..conflict.analysis import Analysis
from ..conflict.stability import CONCEPT_NAMES

MAX_LISTED_STATES = 64
_LETTERS = {"nash": "R", "gmr": "G", "smr": "M", "seq": "Q", "sim": "S", "seqsim": "B"}


def _heading(out: TextIO, text: str) -> None:
    out.write(f"\n{text}\n{'-' * len(text)}\n")


def write_text(analysis: Analysis, out: TextIO, summary: bool = False) -> None:
    c = analysis.conflict
    space = analysis.space
    out.write(f"{c.name}\n{'=' * len(c.name)}\n")
    if c.description:
        out.write(c.description.strip() + "\n")
    out.write(f"{len(c.decision_makers)} decision makers, {len(c.options)} options, "
              f"{len(space)} feasible states of {space.size}\n")
    too_many = len(space) > MAX_LISTED_STATES
    if not summary and not too_many:
        _options(analysis, out)
        _tableau(analysis, out)
        _rankings(analysis, out)
        _stability(analysis, out)
    elif not summary:
        out.write(f"\n({len(space)} states: per-state tables are left out; use --json for them)\n")
    _equilibria(analysis, out)
    _status_quo(analysis, out)


def _options(analysis: Analysis, out: TextIO) -> None:
    _heading(out, "Decision makers and options")
    for dm in analysis.conflict.decision_makers:
        out.write(f"{dm.name}\n")
        for name in dm.options:
            o = analysis.conflict.option(name)
            arrow = {"both": "", "forward": "  [irreversible: N->Y only]",
                     "backward": "  [irreversible: Y->N only]"}[o.direction]
            out.write(f"  {name:<28} {o.description}{arrow}\n")


def _tableau(analysis: Analysis, out: TextIO) -> None:
    _heading(out, "Feasible states")
    rows = analysis.space.tableau()
    dm_w = max(len(r[0]) for r in rows)
    opt_w = max(len(r[1]) for r in rows)
    width = max(3, len(str(analysis.space.size - 1)) + 1)
    label = " " * (dm_w + opt_w + 2)
    out.write(label + "".join(f"{k:>{width}}" for k in range(1, len(analysis.space) + 1)) + "\n")
    previous = None
    for dm, opt, cells in rows:
        shown = dm if dm != previous else ""
        previous = dm
        out.write(f"{shown:<{dm_w}}  {opt:<{opt_w}}" + "".join(f"{v:>{width}}" for v in cells) + "\n")
    out.write(f"{'decimal':<{dm_w + opt_w + 2}}" +
              "".join(f"{int(d):>{width}}" for d in analysis.space.decimals) + "\n")


def _rankings(analysis: Analysis, out: TextIO) -> None:
    _heading(out, "Preference rankings (most preferred first, ties in brackets; state numbers)")
    ordinal = {p: k + 1 for k, p in enumerate(analysis.patterns)}
    for dm in analysis.dm_names:
        tiers = analysis.ranking(dm)
        text = " > ".join(str(ordinal[t[0]]) if len(t) == 1 else "[" + " ".join(str(ordinal[s]) for s in t) + "]"
                          for t in tiers)
        out.write(f"{dm}: {text}\n")


def _stability(analysis: Analysis, out: TextIO) -> None:
    concepts = analysis.concepts
    legend = ", ".join(f"{_LETTERS[c]} = {CONCEPT_NAMES[c]}" for c in concepts)
    _heading(out, f"Stability ({legend}; . = unstable)")
    dms = analysis.dm_names
    col = max(len(concepts), *(len(d) for d in dms)) + 2
    n = analysis.space.n
    out.write(f"{'state':>5}  {'pattern':<{max(n, 7)}}  " + "".join(f"{d:<{col}}" for d in dms) + "equilibrium\n")
    flags = {d: [analysis.stable(c, d) for c in concepts] for d in dms}
    eq = [analysis.equilibrium_mask(c) for c in concepts]
    for k, pattern in enumerate(analysis.patterns):
        cells = "".join(f"{''.join(_LETTERS[c] if flags[d][j][k] else '.' for j, c in enumerate(concepts)):<{col}}"
                        for d in dms)
        eq_text = "".join(_LETTERS[c] if eq[j][k] else "." for j, c in enumerate(concepts))
        mark = "  <- status quo" if pattern == analysis.status_quo else ""
        out.write(f"{k + 1:>5}  {pattern:<{max(n, 7)}}  {cells}{eq_text}{mark}\n")


def _equilibria(analysis: Analysis, out: TextIO) -> None:
    _heading(out, "Equilibria (stable for every decision maker)")
    ordinal = analysis.space.ordinal
    from ..conflict.states import decimal_of

    for c in analysis.concepts:
        eqs = analysis.equilibria(c)
        shown = ", ".join(f"{int(ordinal[decimal_of(p)])} {p}" for p in eqs[:20])
        more = f" ... and {len(eqs) - 20} more" if len(eqs) > 20 else ""
        out.write(f"{CONCEPT_NAMES[c]:<9} {len(eqs):>4}  {shown}{more}\n")


def _status_quo(analysis: Analysis, out: TextIO) -> None:
    sq = analysis.status_quo_result
    if sq is None:
        out.write("\n(no status quo given: status quo analysis skipped)\n")
        return
    _heading(out, f"Status quo {sq.state}")
    stable = [CONCEPT_NAMES[c] for c, v in sq.stable.items() if v]
    unstable = [CONCEPT_NAMES[c] for c, v in sq.stable.items() if not v]
    if stable:
        out.write(f"It is an equilibrium under: {', '.join(stable)}\n")
    if unstable:
        out.write(f"It is not an equilibrium under: {', '.join(unstable)}\n")
    sq_index = analysis.patterns.tolist().index(sq.state)
    for dm in analysis.dm_names:
        verdicts = [CONCEPT_NAMES[c] for c in analysis.concepts if analysis.stable(c, dm)[sq_index]]
        out.write(f"  for {dm}: stable under {', '.join(verdicts) if verdicts else 'no concept'}\n")
        for line in analysis.explain(sq.state, dm):
            out.write(f"    {line}\n")
    out.write("Equilibria reachable by unilateral improvements:\n")
    for c in analysis.concepts:
        reach = sq.reachable[c]
        out.write(f"  {CONCEPT_NAMES[c]:<9} {', '.join(reach) if reach else 'none'}\n")
    if sq.story:
        out.write("Shortest paths:\n")
        for pattern, story in sq.story.items():
            count = len(sq.paths[pattern])
            out.write(f"  to {pattern} ({count} move{'' if count == 1 else 's'}): {story}\n")
