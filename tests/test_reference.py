"""The engine agrees with results nobody here wrote: ../shared/reference/gmcr."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from detente.conflict import Analysis, load_gmcr

from .bruteforce import coalition_reach, feasible_states, payoff_table
from .conftest import GMCR_REFERENCE, needs_shared

EXAMPLES = ["Prisoners", "SyriaIraq", "Cuban", "Elmira", "MilkRiver", "Garrison", "SI_misp"]
NARRATED = ["Prisoners", "SyriaIraq", "MilkRiver", "Garrison"]

# gmcr-py's older narratives let each sanctioning DM move only once; the
# definition only forbids a DM to move twice in a row. These verdicts differ,
# and test_narrated_differences_follow_the_definition proves ours right.
NARRATIVE_DIFFERENCES = {
    ("Garrison", "US Support", "NYNYNYNNN", "gmr"), ("Garrison", "US Support", "NYNYNYNNN", "smr"),
    ("Garrison", "US Support", "NNYNNNYNN", "gmr"), ("Garrison", "US Support", "NNYNNNYNN", "smr"),
    ("Garrison", "Canadian Opposition", "NYNNYYNNN", "seq"),
    ("Garrison", "Canadian Opposition", "NYNNYYNNN", "gmr"),
    ("Garrison", "Canadian Opposition", "NYNNYYNNN", "smr"),
    ("Garrison", "Canadian Opposition", "NNYNYYNNN", "gmr"),
    ("Garrison", "Canadian Opposition", "NNYNYYNNN", "smr"),
}


def _load(name: str) -> Analysis:
    needs_shared(GMCR_REFERENCE)
    return Analysis(load_gmcr(GMCR_REFERENCE / "examples" / f"{name}.gmcr"))


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_verdict_matches_reference_results(name):
    analysis = _load(name)
    ref = json.loads((GMCR_REFERENCE / "results" / f"{name}.json").read_text())
    assert [s["yn"] for s in ref["states"]] == analysis.patterns.tolist()
    assert [s["decimal"] for s in ref["states"]] == [s["decimal"] for s in analysis.states()]
    checked = 0
    for dm in ref["dms"]:
        for concept in ("nash", "gmr", "smr", "seq"):
            ours = dict(zip(analysis.patterns.tolist(), analysis.stable(concept, dm).tolist()))
            for pattern, verdicts in ref["stability"][dm].items():
                assert ours[pattern] == verdicts[concept], (dm, pattern, concept)
                checked += 1
    assert checked == len(ref["dms"]) * len(ref["states"]) * 4
    for concept, states in ref["equilibria"].items():
        assert analysis.equilibria(concept) == states


@pytest.mark.parametrize("name", EXAMPLES)
def test_rankings_follow_reference_payoffs(name):
    analysis = _load(name)
    ref = json.loads((GMCR_REFERENCE / "results" / f"{name}.json").read_text())
    for dm, pay in ref["payoffs"].items():
        ours = analysis.payoff(dm).tolist()
        for a in range(len(pay)):
            for b in range(len(pay)):
                assert (pay[a] > pay[b]) == (ours[a] > ours[b])


def _narrated_verdicts(name: str) -> dict[tuple[str, int, str], bool]:
    verdicts, key, lines = {}, None, []
    text = (GMCR_REFERENCE / "test_data" / f"{name}_narr.txt").read_text()
    for line in text.splitlines() + ["#DM end  state 0  END"]:
        m = re.match(r"#DM (.*?)  state (\d+)  (\w+)", line)
        if not m:
            lines.append(line)
            continue
        if key:
            verdicts[key] = not any("unstable" in x or "NOT Nash" in x for x in lines)
        key, lines = (m.group(1), int(m.group(2)), m.group(3).lower()), []
    return verdicts


@pytest.mark.parametrize("name", NARRATED)
def test_narrated_verdicts_agree_where_they_follow_the_definitions(name):
    analysis = _load(name)
    differences = set()
    verdicts = _narrated_verdicts(name)
    assert verdicts
    for (dm, index, concept), stable in verdicts.items():
        if analysis.stable(concept, dm)[index] != stable:
            differences.add((name, dm, str(analysis.patterns[index]), concept))
    assert differences == {d for d in NARRATIVE_DIFFERENCES if d[0] == name}


@pytest.mark.parametrize("case", sorted(NARRATIVE_DIFFERENCES))
def test_narrated_differences_follow_the_definition(case):
    """For each differing verdict the narrative calls unstable, show from the definitions
    (brute force, explicit sets) that every UI is sanctioned, and that some UI is
    sanctioned only by a sequence of several moves, which that narrative never tried."""
    name, dm, pattern, concept = case
    analysis = _load(name)
    c = analysis.conflict
    states = feasible_states(c)
    pay = payoff_table(c, states)
    s = int(analysis.space.decimals[analysis.patterns.tolist().index(pattern)])
    others = [d for d in c.dm_names if d != dm]
    from .bruteforce import improvements, stable, unilateral_moves
    assert stable(c, concept, dm, s, states, pay)

    def sanctions(reach):
        found = [s2 for s2 in reach if pay[dm][s2] <= pay[dm][s]]
        if concept == "smr":
            found = [s2 for s2 in found
                     if all(pay[dm][s3] <= pay[dm][s] for s3 in unilateral_moves(c, dm, s2, states))]
        return found

    needs_repeat = False
    for s1 in improvements(c, dm, s, states, pay):
        assert sanctions(coalition_reach(c, others, s1, states, pay, improving=concept == "seq"))
        once = _single_moves(c, others, s1, states, pay, improving=concept == "seq")
        needs_repeat |= not sanctions(once)
    assert needs_repeat, "the narrative's restriction (one move by one opponent) explains the difference"
    assert analysis.stable(concept, dm)[analysis.patterns.tolist().index(pattern)]


def _single_moves(c, coalition, s, states, pay, improving):
    """States reached by one move of one opponent (the older narrative's search)."""
    from .bruteforce import improvements, unilateral_moves

    step = improvements if improving else (lambda c, d, x, states, pay: unilateral_moves(c, d, x, states))
    return {y for d in coalition for y in step(c, d, s, states, pay)}


def test_misperceptions_are_read_and_change_the_moves():
    """SI_misp: Syria does not perceive YN- and Iraq NN-; without those, the verdicts differ."""
    analysis = _load("SI_misp")
    syria = analysis.conflict.decision_maker("Syria")
    assert [str(r.expression) for r in syria.misperceives] == ["release_water & -escalate"]
    assert analysis.moves("Syria", "YNN") == []  # it cannot move from a state it does not see
    assert "YNN" not in analysis.moves("Syria", "NNN")  # nor to one
    blind = dataclasses.replace(analysis.conflict, decision_makers=tuple(
        dataclasses.replace(d, misperceives=()) for d in analysis.conflict.decision_makers))
    assert Analysis(blind).equilibria("nash") != analysis.equilibria("nash")
