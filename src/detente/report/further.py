"""Analyses beyond stability, as data and as text: coalitions, foresight, and what would make a
deal hold. The data form is what `--json` prints; the text form reads it back in words."""

from __future__ import annotations

from typing import TextIO

import yaml

from ..conflict.analysis import Analysis
from ..conflict.coalitions import COALITION_CONCEPTS
from ..conflict.hold import make_hold
from ..conflict.inverse import RANKING_CONCEPTS, ranking_conditions
from ..conflict.stability import CONCEPT_NAMES
from ..conflict.states import decimal_of
from ..conflict.yaml_format import to_yaml_dict

MAX_LISTED = 20  # equilibria per concept in the text report


def _steps(analysis: Analysis, path) -> list[dict]:
    names = analysis.dm_names
    return [{"dm": names[s.dm], "from": analysis.space.pattern(s.before), "to": analysis.space.pattern(s.after),
             "move": analysis.describe_step(s)} for s in path]


def coalitions_dict(analysis: Analysis) -> dict:
    """Per concept (Nash, GMR, SMR, SEQ among those chosen): each equilibrium's coalition verdict."""
    out = {}
    for concept in (c for c in analysis.concepts if c in COALITION_CONCEPTS):
        rows = []
        for v in analysis.coalitions.equilibria(concept):
            rows.append({"state": v.state, "stable": v.stable, "stable_for": v.stable_for,
                         "moves": [{"coalition": list(m.coalition), "to": m.target,
                                    "path": _steps(analysis, m.path), "story": analysis.story(list(m.path)),
                                    "unsanctioned_for": list(m.unsanctioned_for)} for m in v.moves]})
        out[concept] = rows
    return out


def foresight_dict(analysis: Analysis, horizon: int, per_state: bool = True) -> dict:
    """L_h and (two DMs) NM equilibria; with ``per_state``, each DM's verdict on every state."""
    patterns = analysis.patterns.tolist()
    out: dict = {"horizon": horizon, "limited_move": {}, "equilibria": {}}
    eq = None
    for dm in analysis.dm_names:
        flags = analysis.limited_move(horizon, dm)
        if per_state:
            out["limited_move"][dm] = dict(zip(patterns, flags.tolist()))
        eq = flags if eq is None else eq & flags
    out["equilibria"][f"L{horizon}"] = [p for p, ok in zip(patterns, eq.tolist()) if ok]
    if len(analysis.dm_names) == 2:
        nm = None
        out["non_myopic"] = {}
        for dm in analysis.dm_names:
            flags = analysis.non_myopic(dm)
            if per_state:
                out["non_myopic"][dm] = dict(zip(patterns, flags.tolist()))
            nm = flags if nm is None else nm & flags
        out["equilibria"]["NM"] = [p for p, ok in zip(patterns, nm.tolist()) if ok]
    return out


def hold_dict(analysis: Analysis, target: str, concept: str, max_changes: int) -> dict:
    """The smallest changes that make ``target`` an equilibrium, each with the changed model as YAML."""
    changes = make_hold(analysis.conflict, target, concept, max_changes)
    already = bool(analysis.stability.equilibria(concept)[decimal_of(target)])
    out: dict = {"target": target, "concept": concept, "holds_already": already, "changes": []}
    for change in changes:
        out["changes"].append({
            "size": change.size,
            "words": change.words(target, concept),
            "edits": [{"dm": e.dm, "kind": e.kind, "statement": e.statement, "position": e.position,
                       "words": e.words(), "evidence": [x.to_dict() for x in e.evidence]} for e in change.edits],
            "model": yaml.safe_dump(to_yaml_dict(change.conflict), sort_keys=False, allow_unicode=True, width=100),
        })
    if concept in RANKING_CONCEPTS:
        conditions = ranking_conditions(analysis, target, concept)
        out["ranking_conditions"] = {
            dm: [{"move": r.move, "sanctions": [list(a) for a in r.sanctions], "words": r.words(dm, target)}
                 for r in reqs] for dm, reqs in conditions.items()}
    return out


def _heading(out: TextIO, text: str) -> None:
    out.write(f"\n{text}\n{'-' * len(text)}\n")


def write_coalitions_text(data: dict, out: TextIO) -> None:
    _heading(out, "Coalitions (can a group of DMs jointly leave an equilibrium?)")
    for concept, rows in data.items():
        name = CONCEPT_NAMES[concept]
        if not rows:
            out.write(f"{name}: no equilibrium to test\n")
        broken = sum(not r["stable"] for r in rows)
        if len(rows) > MAX_LISTED:
            out.write(f"{name}: {broken} of {len(rows)} equilibria are not coalitionally stable; "
                      f"the first {MAX_LISTED} (--json lists all):\n")
        for row in rows[:MAX_LISTED]:
            everyone = len(row["stable_for"])
            if row["stable"]:
                out.write(f"{name} {row['state']}: coalitionally stable: no group gains by moving together "
                          "without a sanction that deters it\n")
                continue
            out.write(f"{name} {row['state']}: not coalitionally stable\n")
            for m in row["moves"]:
                who = " + ".join(m["coalition"])
                reply = ("no one is left to answer" if len(m["coalition"]) == everyone else
                         f"nothing the others can do in reply deters {', '.join(m['unsanctioned_for'])}")
                out.write(f"  {who} can move to {m['to']}, which every one of them prefers ({m['story']}); "
                          f"{reply}\n")


def write_foresight_text(data: dict, out: TextIO) -> None:
    h = data["horizon"]
    _heading(out, f"Foresight (limited-move stability, horizon {h})")
    for label, states in data["equilibria"].items():
        what = "non-myopic" if label == "NM" else f"L{h}"
        out.write(f"{what} equilibria ({len(states)}): {', '.join(states[:20]) or 'none'}"
                  f"{' ...' if len(states) > 20 else ''}\n")
    if "non_myopic" not in data:
        out.write("(non-myopic stability is defined for two decision makers)\n")


def write_hold_text(data: dict, out: TextIO) -> None:
    target, concept = data["target"], CONCEPT_NAMES[data["concept"]]
    title = f"What would make {target} hold under {concept}"
    out.write(f"{title}\n{'=' * len(title)}\n")
    if data["holds_already"]:
        out.write(f"{target} is already an equilibrium under {concept}: nothing needs to change.\n")
    elif not data["changes"]:
        out.write("No change of up to the allowed number of statement edits makes it an equilibrium.\n")
    else:
        n = data["changes"][0]["size"]
        out.write(f"Smallest changes ({n} edit{'s' if n > 1 else ''} each), least shift first:\n")
        for k, change in enumerate(data["changes"], start=1):
            out.write(f"{k}. {change['words']}\n")
            for e in change["edits"]:
                for ev in e["evidence"][:2]:
                    quote = f': "{ev["sentence"]}"' if ev.get("sentence") else ""
                    out.write(f"     evidence: {ev['report']}{quote}\n")
        out.write("(--json gives each changed model as YAML, to run detente analyze on)\n")
    if "ranking_conditions" in data:
        _heading(out, f"On any ranking: {target} is stable under {concept} exactly when")
        for dm, reqs in data["ranking_conditions"].items():
            if not reqs:
                out.write(f"{dm}: always (it has no move from {target})\n")
            for r in reqs:
                out.write(f"- {r['words']}\n")
