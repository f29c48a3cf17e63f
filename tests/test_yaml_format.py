"""YAML models: the shorthands analysts use, and one clear line for every mistake."""

from __future__ import annotations

import textwrap

import pytest

from detente.conflict import Analysis, dump_yaml, load_yaml, loads_yaml
from detente.errors import ModelError

BASE = """\
name: Two sides
decision_makers:
  A:
    options:
      give: Give something
      keep:
        description: Keep it
        irreversible: forward
  B:
    options:
      take: Take it
preferences:
  A: [-give, take]
  B: [give, "take iff give"]
status_quo: NNN
"""


def model(text: str = BASE, **replace: str):
    for old, new in replace.items():
        text = text.replace(old, new)
    return loads_yaml(textwrap.dedent(text), source="m.yaml")


def test_reads_options_in_file_order_with_directions():
    c = model()
    assert c.option_names == ["give", "keep", "take"]
    assert c.option("keep").direction == "forward"
    assert c.option("give").description == "Give something"
    assert c.status_quo == "NNN"


@pytest.mark.parametrize("rule, excluded", [
    ("- give & take", ["YNY", "YYY"]),
    ("- mutually_exclusive: [give, keep]", ["YYN", "YYY"]),
    ("- at_least_one: [give, take]", ["NNN", "NYN"]),
    ("- only_if: [give, take]", ["YNN", "YYN"]),
    ("- {expression: 'keep & -give', evidence: [r1]}", ["NYN", "NYY"]),
])
def test_infeasibility_shorthands(rule, excluded):
    c = model(BASE.replace("status_quo: NNN", "") + f"infeasible:\n  {rule}\n")
    patterns = Analysis(c).patterns.tolist()
    assert len(patterns) == 8 - len(excluded)
    assert not set(excluded) & set(patterns)


def test_direct_ranking_with_ties_and_wildcards():
    text = BASE.replace("B: [give, \"take iff give\"]", "B:\n    ranking: [YNY, [Y-N, NNY], '---']")
    a = Analysis(model(text))
    assert a.ranking("B")[0] == ["YNY"]
    assert sorted(a.ranking("B")[1]) == ["NNY", "YNN", "YYN"]


def test_evidence_is_kept():
    entry = "{statement: -give, evidence: [{report: r7, sentence: will not give}]}"
    text = BASE.replace("A: [-give, take]", "A:\n    - " + entry)
    c = model(text)
    assert c.preference("A").statements[0].evidence[0].report == "r7"


@pytest.mark.parametrize("change, line, words", [
    ({"[-give, take]": "[-give, tkae]"}, 13, "preferences.A[1]: unknown option 'tkae'"),
    ({"      take: Take it\n": ""}, 9, "decision maker 'B' has no options"),
    ({"      take: Take it": "      give: Give"}, 11, "duplicate option 'give'"),
    ({"  B:\n    options": "  A:\n    options"}, 9, "duplicate name 'A'"),
    ({"status_quo: NNN": "status_quo: NNX"}, 15, "status_quo: pattern 'NNX'"),
    ({"irreversible: forward": "irreversible: sideways"}, 8, "direction 'sideways'"),
    ({"[-give, take]": "[-give, (take]"}, 13, "missing ')'"),
    ({"name: Two sides": "name: [unclosed"}, 2, "YAML syntax error"),
    ({"status_quo: NNN": "infeasible: [give, -give]"}, None, "no state is feasible"),
    ({"B: [give, \"take iff give\"]": "B: {ranking: [YNY]}"}, 14, "feasible states not ranked"),
])
def test_errors_name_file_line_and_field(change, line, words):
    with pytest.raises(ModelError) as info:
        model(**change)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("m.yaml:" + (f"{line}:" if line else ""))
    assert words in message


def test_infeasible_status_quo_is_an_error():
    with pytest.raises(ModelError, match="status quo YNY is an infeasible state"):
        model(BASE.replace("status_quo: NNN", "status_quo: YNY\ninfeasible: [give & take]"))


def test_yaml_round_trip(tmp_path):
    c = model(BASE + "infeasible:\n  - mutually_exclusive: [give, keep]\n")
    path = tmp_path / "out.yaml"
    dump_yaml(c, path)
    again = load_yaml(path)
    a, b = Analysis(c), Analysis(again)
    assert a.patterns.tolist() == b.patterns.tolist()
    for dm in c.dm_names:
        assert a.ranking(dm) == b.ranking(dm)


def test_misperceptions_are_read_written_and_stop_moves(tmp_path):
    c = model(BASE.replace("      take: Take it\n", "      take: Take it\n    misperceives: [give & -take]\n"))
    assert [str(r.expression) for r in c.decision_maker("B").misperceives] == ["give & -take"]
    a = Analysis(c)
    assert a.moves("B", "YNN") == []  # B does not see the state, so cannot move from it
    path = tmp_path / "out.yaml"
    dump_yaml(c, path)
    assert Analysis(load_yaml(path)).moves("B", "YNN") == []


def test_bad_misperception_names_its_field():
    with pytest.raises(ModelError, match=r"m.yaml:12: decision_makers.B.misperceives\[0\]: unknown option"):
        model(BASE.replace("      take: Take it\n", "      take: Take it\n    misperceives: [gift]\n"))
