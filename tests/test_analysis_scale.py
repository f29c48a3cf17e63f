"""Scale: coalition analysis and L_1..L_4 on a 3-DM, 12-option model (4,096 states) in seconds,
and the Python API's verbs for them."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

from detente import analyse, load_model, make_hold, ranking_conditions

from .conftest import EXAMPLE_MODEL

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "conflict_speed.py"


def _random_conflict(n_dms: int, n_options: int):
    spec = importlib.util.spec_from_file_location("conflict_speed", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.random_conflict(n_dms, n_options)


def test_coalitions_and_limited_move_on_4096_states_take_seconds():
    analysis = analyse(_random_conflict(3, 12), ("gmr", "seq"))
    start = time.perf_counter()
    verdicts = analysis.coalitions.equilibria("gmr") + analysis.coalitions.equilibria("seq")
    for h in range(1, 5):
        for dm in analysis.dm_names:
            analysis.limited_move(h, dm)
    elapsed = time.perf_counter() - start
    assert len(verdicts) > 100
    assert elapsed < 30, f"{elapsed:.1f} s"  # about 1.5 s on one core; generous for a shared CI machine


def test_python_api_answers_the_new_questions():
    conflict = load_model(EXAMPLE_MODEL)
    analysis = analyse(conflict)
    standstill = analysis.coalitions.verdict("NNNNNN", "gmr")
    assert not standstill.stable and standstill.moves[0].coalition == ("Israel", "Hamas")
    assert analysis.non_myopic("Israel").dtype == bool
    assert make_hold(conflict, "YNYYNN", "seq")[0].edits[0].dm == "Israel"
    assert set(ranking_conditions(analysis, "YNYYNN", "seq")) == {"Israel", "Hamas"}
