"""Limited-move (L_h) and non-myopic stability agree with plain recursion on random models."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.conflict import Analysis, load_model
from detente.errors import ModelError

from . import bruteforce
from .conftest import EXAMPLE_MODEL
from .test_properties import _feasible, conflicts


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(conflicts().filter(_feasible), st.integers(1, 4))
def test_limited_move_matches_plain_recursion(conflict, h):
    analysis = Analysis(conflict)
    states = bruteforce.feasible_states(conflict)
    pay = bruteforce.payoff_table(conflict, states)
    for dm in conflict.dm_names:
        ours = analysis.limited_move(h, dm).tolist()
        plain = [bruteforce.limited_move_stable(conflict, h, dm, s, states, pay) for s in states]
        assert ours == plain, (dm, h)


def _two_dms(c):
    return _feasible(c) and len(c.dm_names) == 2 and len(c.options) <= 5


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(conflicts().filter(_two_dms))
def test_non_myopic_is_limited_move_stability_at_every_long_horizon(conflict):
    analysis = Analysis(conflict)
    states = bruteforce.feasible_states(conflict)
    pay = bruteforce.payoff_table(conflict, states)
    memo: dict = {}
    for dm in conflict.dm_names:
        ours = analysis.non_myopic(dm).tolist()
        plain = [all(bruteforce.limited_move_stable(conflict, h, dm, s, states, pay, memo)
                     for h in range(30, 42)) for s in states]
        assert ours == plain, dm


def test_horizon_one_is_nash():
    analysis = Analysis(load_model(EXAMPLE_MODEL))
    for dm in analysis.dm_names:
        assert analysis.limited_move(1, dm).tolist() == analysis.stable("nash", dm).tolist()


def test_non_myopic_needs_two_dms():
    from .conftest import GMCR_REFERENCE, needs_shared

    needs_shared(GMCR_REFERENCE)
    analysis = Analysis(load_model(GMCR_REFERENCE / "examples" / "Garrison.gmcr"))
    with pytest.raises(ModelError, match="two decision makers"):
        analysis.non_myopic(analysis.dm_names[0])
