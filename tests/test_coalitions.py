"""Coalition analysis agrees with the plain definitions (Inohara & Hipel 2008) on random models."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from detente.conflict import Analysis
from detente.conflict.coalitions import COALITION_CONCEPTS

from . import bruteforce
from .test_properties import _feasible, conflicts


def _small(c):
    return _feasible(c) and len(c.options) <= 6


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(conflicts().filter(_small))
def test_coalition_stability_matches_plain_definition(conflict):
    analysis = Analysis(conflict)
    states = bruteforce.feasible_states(conflict)
    pay = bruteforce.payoff_table(conflict, states)
    memo: dict = {}
    for concept in COALITION_CONCEPTS:
        for s in states:
            verdict = analysis.coalitions.verdict(analysis.space.pattern(s), concept)
            for dm in conflict.dm_names:
                plain = bruteforce.coalition_stable(conflict, concept, dm, s, states, pay, memo)
                assert verdict.stable_for[dm] == plain, (concept, dm, analysis.space.pattern(s))
