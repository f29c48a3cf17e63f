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


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(conflicts().filter(_small))
def test_named_joint_moves_are_legal_sequences_every_member_gains_from(conflict):
    analysis = Analysis(conflict)
    states = bruteforce.feasible_states(conflict)
    pay = bruteforce.payoff_table(conflict, states)
    patterns = [analysis.space.pattern(s) for s in states]
    for concept in COALITION_CONCEPTS:
        for verdict in analysis.coalitions.verdicts(patterns, concept):
            start = analysis.space.decimals[patterns.index(verdict.state)]
            for move in verdict.moves:
                at, last = int(start), None
                for step in move.path:
                    dm = conflict.dm_names[step.dm]
                    assert dm in move.coalition and dm != last and step.before == at
                    assert step.after in bruteforce.unilateral_moves(conflict, dm, at, states)
                    at, last = step.after, dm
                assert analysis.space.pattern(at) == move.target
                assert all(pay[m][at] > pay[m][int(start)] for m in move.coalition)
