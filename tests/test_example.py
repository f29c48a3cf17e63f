"""The bundled example: the April 2025 standstill, checked by hand.

Status quo NNNNNN (no deal). Israel's options (permanent_ceasefire,
temporary_truce, full_withdrawal) each break a statement it holds above any
it could gain alone (-permanent_ceasefire, -full_withdrawal, -temporary_truce),
so it has no improvement. Hamas' options: disarm breaks its first statement;
release_all breaks "release_all iff permanent_ceasefire" (3rd); release_some
breaks "release_some iff temporary_truce" (4th) — each loses a statement and
gains none, so no improvement either. Hence NNNNNN is Nash stable for both,
and so stable under every concept.

A truce deal NYNNYN (truce, some hostages released): Israel gains by ending
the truce (-temporary_truce holds, nothing lost; the release cannot be undone),
so it is not Nash stable for Israel, and Hamas cannot take the release back:
no sanction exists, so it is unstable for Israel under GMR too.
"""

from __future__ import annotations

from detente.conflict import Analysis, load_model

from .conftest import EXAMPLE_MODEL


def test_status_quo_is_stable_for_both():
    a = Analysis(load_model(EXAMPLE_MODEL))
    sq = a.status_quo_result
    assert sq.state == "NNNNNN"
    assert all(sq.stable.values())
    assert sq.reachable["nash"] == ["NNNNNN"]


def test_truce_deal_unravels():
    a = Analysis(load_model(EXAMPLE_MODEL))
    k = a.patterns.tolist().index("NYNNYN")
    assert not a.stable("nash", "Israel")[k]
    assert not a.stable("gmr", "Israel")[k]
    assert "NYNNYN" not in a.equilibria("gmr")
    assert a.moves("Israel", "NYNNYN", improving=True) == ["NNNNYN"]


def test_every_choice_carries_evidence():
    c = load_model(EXAMPLE_MODEL)
    assert all(o.evidence for o in c.options)
    assert all(s.evidence for p in c.preferences for s in p.statements)
