"""The inverse question: conditions on a DM's ranking, checked against every ranking of small models;
and the smallest statement edits that make a deal hold, re-analysed from their YAML."""

from __future__ import annotations

import dataclasses
from itertools import permutations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.conflict import Analysis, load_model, loads_yaml
from detente.conflict.hold import make_hold
from detente.conflict.inverse import RANKING_CONCEPTS, conditions_hold, ranking_conditions
from detente.conflict.model import Preference
from detente.errors import ModelError

from . import bruteforce
from .conftest import EXAMPLE_MODEL
from .test_properties import conflicts


def _few_states(c):
    return 2 <= len(bruteforce.feasible_states(c)) <= 6


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(conflicts().filter(_few_states), st.data())
def test_ranking_conditions_match_every_ranking(conflict, data):
    analysis = Analysis(conflict)
    states = bruteforce.feasible_states(conflict)
    patterns = [analysis.space.pattern(s) for s in states]
    dm = data.draw(st.sampled_from(conflict.dm_names))
    target = data.draw(st.sampled_from(states))
    for concept in RANKING_CONCEPTS:
        requirements = ranking_conditions(analysis, analysis.space.pattern(target), concept)[dm]
        for order in permutations(patterns):
            prefs = tuple(Preference(dm, ranking=tuple((p,) for p in order)) if p.dm == dm else p
                          for p in conflict.preferences)
            ranked = dataclasses.replace(conflict, preferences=prefs)
            pay = bruteforce.payoff_table(ranked, states)
            plain = bruteforce.stable(ranked, concept, dm, target, states, pay)
            rank = {p: len(order) - k for k, p in enumerate(order)}
            ours = conditions_hold(requirements, rank, analysis.space.pattern(target))
            assert ours == plain, (concept, dm, order)


def test_hostage_deal_holds_after_the_smallest_change_and_its_yaml_shows_it():
    conflict = load_model(EXAMPLE_MODEL)
    deal = "YNYYNN"  # all hostages for a permanent ceasefire and full withdrawal
    assert deal not in Analysis(conflict).equilibria("seq")
    changes = make_hold(conflict, deal, "seq")
    assert changes and all(c.size == changes[0].size for c in changes)
    from detente.conflict.yaml_format import dumps_yaml

    for change in changes:
        again = loads_yaml(dumps_yaml(change.conflict))
        assert deal in Analysis(again).equilibria("seq")
        for edit in change.edits:
            assert edit.dm in conflict.dm_names


def test_a_state_already_stable_needs_no_change_and_bad_targets_are_errors():
    conflict = load_model(EXAMPLE_MODEL)
    assert make_hold(conflict, "NNNNNN", "seq") == []
    with pytest.raises(ModelError, match="6 letters"):
        make_hold(conflict, "YNY", "seq")
    with pytest.raises(ModelError, match="infeasible"):
        make_hold(conflict, "YYNNNN", "seq")
