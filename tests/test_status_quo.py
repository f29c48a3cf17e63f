"""Status quo analysis: reachable equilibria and shortest paths told as a story."""

from __future__ import annotations

from detente.conflict import Analysis, loads_yaml

MODEL = """
name: Escalation ladder
decision_makers:
  North: {options: {talk: Open talks}}
  South: {options: {lift: Lift sanctions}}
preferences:
  North: [lift, talk]
  South: ["lift iff talk", talk]
status_quo: NN
"""


def test_shortest_path_and_story():
    a = Analysis(loads_yaml(MODEL))
    sq = a.status_quo_result
    # NN -> YN (North talks: it likes talking) -> YY (South lifts: lift iff talk now holds)
    assert "YY" in sq.reachable["nash"]
    steps = sq.paths["YY"]
    assert [(a.dm_names[s.dm], a.space.pattern(s.after)) for s in steps] == [("North", "YN"), ("South", "YY")]
    assert sq.story["YY"] == "North moves: open talks; then South moves: lift sanctions"
    assert not sq.stable["nash"]


def test_no_status_quo_means_no_analysis():
    a = Analysis(loads_yaml(MODEL.replace("status_quo: NN", "")))
    assert a.status_quo_result is None
