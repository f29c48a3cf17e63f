"""The analysis as JSON, streamed: a million-state result never sits in memory as text."""

from __future__ import annotations

import json
from typing import TextIO

import numpy as np

from ..conflict.analysis import Analysis

_BLOCK = 4096


def _status_quo(analysis: Analysis) -> dict | None:
    sq = analysis.status_quo_result
    if sq is None:
        return None
    names = analysis.dm_names
    return {
        "state": sq.state,
        "stable": sq.stable,
        "reachable": sq.reachable,
        "paths": {p: [{"dm": names[s.dm], "from": analysis.space.pattern(s.before),
                       "to": analysis.space.pattern(s.after), "move": analysis.describe_step(s)}
                      for s in steps] for p, steps in sq.paths.items()},
        "story": sq.story,
    }


def summary_dict(analysis: Analysis) -> dict:
    """Counts, equilibria and the status quo analysis: small whatever the model."""
    return {
        "name": analysis.conflict.name,
        "options": analysis.conflict.option_names,
        "decision_makers": analysis.dm_names,
        "counts": {"states": analysis.space.size, "feasible": len(analysis.space),
                   "equilibria": {c: int(analysis.equilibrium_mask(c).sum()) for c in analysis.concepts}},
        "equilibria": {c: analysis.equilibria(c) for c in analysis.concepts},
        "status_quo": _status_quo(analysis),
    }


def write_json(analysis: Analysis, out: TextIO, summary: bool = False, extra: dict | None = None) -> None:
    """Write the analysis; ``summary`` leaves out the per-state listings; ``extra`` adds keys
    (coalitions, foresight) at the end."""
    head = summary_dict(analysis)
    extra = extra or {}
    if summary:
        json.dump({**head, **extra}, out, indent=1)
        out.write("\n")
        return
    out.write("{\n")
    for key in ("name", "options", "decision_makers", "counts"):
        out.write(f"{json.dumps(key)}: {json.dumps(head[key])},\n")
    patterns = analysis.patterns
    decimals = analysis.space.decimals
    out.write('"states": [')
    for start in range(0, len(patterns), _BLOCK):
        # "ordered" and "yn" repeat ordinal and pattern under the names of the reference results
        rows = (f'{{"decimal": {int(d)}, "ordinal": {start + k + 1}, "pattern": "{p}", '
                f'"ordered": {start + k + 1}, "yn": "{p}"}}'
                for k, (d, p) in enumerate(zip(decimals[start:start + _BLOCK], patterns[start:start + _BLOCK])))
        out.write(("," if start else "") + "\n " + ",\n ".join(rows))
    out.write("\n],\n")
    out.write('"rankings": {')
    for i, dm in enumerate(analysis.dm_names):
        out.write(("," if i else "") + f"\n {json.dumps(dm)}: ")
        _write_ranking(analysis, dm, out)
    out.write("\n},\n")
    out.write('"stability": {')
    for i, dm in enumerate(analysis.dm_names):
        out.write(("," if i else "") + f"\n {json.dumps(dm)}: {{")
        flags = np.vstack([analysis.stable(c, dm) for c in analysis.concepts])
        words = np.where(flags, "true", "false")
        keys = [json.dumps(c) for c in analysis.concepts]
        for start in range(0, len(patterns), _BLOCK):
            chunk = range(start, min(start + _BLOCK, len(patterns)))
            rows = (f'"{patterns[k]}": {{' + ", ".join(f"{key}: {words[c, k]}" for c, key in enumerate(keys)) + "}"
                    for k in chunk)
            out.write(("," if start else "") + "\n  " + ",\n  ".join(rows))
        out.write("\n }")
    out.write("\n},\n")
    out.write(f'"equilibria": {json.dumps(head["equilibria"])},\n')
    out.write(f'"status_quo": {json.dumps(head["status_quo"], indent=1)}')
    for key, value in extra.items():
        out.write(f',\n{json.dumps(key)}: {json.dumps(value, indent=1)}')
    out.write("\n}\n")


def _write_ranking(analysis: Analysis, dm: str, out: TextIO) -> None:
    tiers = analysis.ranking(dm)
    out.write("[" + ", ".join(json.dumps(t[0]) if len(t) == 1 else json.dumps(t) for t in tiers) + "]")
