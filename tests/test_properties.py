"""Random small models: the vectorised engine agrees with the plain definitions."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.conflict import Analysis
from detente.conflict.expressions import Expr, conj, disj, neg, var
from detente.conflict.model import Conflict, DecisionMaker, Infeasibility, Option, Preference, Statement
from detente.conflict.stability import CONCEPTS

from . import bruteforce


@st.composite
def literals(draw, names):
    name = draw(st.sampled_from(names))
    return var(name) if draw(st.booleans()) else neg(var(name))


@st.composite
def statements(draw, names):
    kind = draw(st.sampled_from(["lit", "and", "or", "iff", "if"]))
    a = draw(literals(names))
    if kind == "lit":
        return a
    b = draw(literals(names))
    return {"and": conj([a, b]), "or": disj([a, b])}.get(kind) or Expr(kind, (a, b))


@st.composite
def conflicts(draw):
    sizes = draw(st.lists(st.integers(1, 3), min_size=2, max_size=4).filter(lambda s: sum(s) <= 7))
    names, dms, options = [], [], []
    for i, size in enumerate(sizes):
        own = [f"o{i}_{k}" for k in range(size)]
        names += own
        for name in own:
            options.append(Option(name, f"DM{i}", direction=draw(st.sampled_from(
                ["both", "both", "forward", "backward"]))))
    blind = draw(st.booleans())  # half the models: some DMs misperceive some states
    start = 0
    for i, size in enumerate(sizes):
        unseen = draw(st.lists(st.builds(lambda a, b: conj([a, b]), literals(names), literals(names)),
                               max_size=1)) if blind else []
        dms.append(DecisionMaker(f"DM{i}", tuple(names[start:start + size]), (),
                                 tuple(Infeasibility(e, str(e)) for e in unseen)))
        start += size
    rules = tuple(Infeasibility(e, str(e)) for e in draw(st.lists(
        st.builds(lambda a, b: conj([a, b]), literals(names), literals(names)), max_size=2)))
    prefs = []
    for dm in dms:
        stmts = draw(st.lists(statements(names), min_size=1, max_size=4))
        prefs.append(Preference(dm.name, tuple(Statement(e, str(e)) for e in stmts)))
    return Conflict("random", tuple(dms), tuple(options), rules, tuple(prefs))


def _feasible(c: Conflict) -> bool:
    return bool(bruteforce.feasible_states(c))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(conflicts().filter(_feasible))
def test_engine_matches_plain_definitions(conflict):
    analysis = Analysis(conflict)
    states = bruteforce.feasible_states(conflict)
    assert analysis.space.decimals.tolist() == states
    pay = bruteforce.payoff_table(conflict, states)
    for dm in conflict.dm_names:
        for concept in CONCEPTS:
            ours = analysis.stable(concept, dm).tolist()
            plain = [bruteforce.stable(conflict, concept, dm, s, states, pay) for s in states]
            assert ours == plain, (dm, concept)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(conflicts().filter(_feasible), st.data())
def test_coalition_reachability_matches_plain_definition(conflict, data):
    analysis = Analysis(conflict)
    states = bruteforce.feasible_states(conflict)
    pay = bruteforce.payoff_table(conflict, states)
    start = data.draw(st.sampled_from(states))
    coalition = data.draw(st.lists(st.sampled_from(conflict.dm_names), min_size=1, unique=True))
    improving = data.draw(st.booleans())
    plain = bruteforce.coalition_reach(conflict, coalition, start, states, pay, improving)
    ours = analysis.reachable(coalition, analysis.space.pattern(start), improving)
    assert sorted(ours) == sorted(analysis.space.pattern(s) for s in plain)
