"""gmcr-py save files: every reference example survives a round trip both ways."""

from __future__ import annotations

import json

import pytest

from detente.conflict import Analysis, dump_gmcr, dump_yaml, load_gmcr, load_yaml
from detente.errors import ModelError

from .conftest import EXAMPLE_MODEL, GMCR_REFERENCE, needs_shared

EXAMPLES = ["Prisoners", "SyriaIraq", "Cuban", "Elmira", "MilkRiver", "Garrison", "SI_misp"]


def _verdicts(a: Analysis):
    return {(dm, c): a.stable(c, dm).tolist() for dm in a.dm_names for c in a.concepts}


@pytest.mark.parametrize("name", EXAMPLES)
def test_round_trip_through_yaml_and_gmcr_keeps_every_verdict(name, tmp_path):
    needs_shared(GMCR_REFERENCE)
    original = load_gmcr(GMCR_REFERENCE / "examples" / f"{name}.gmcr")
    dump_yaml(original, tmp_path / "m.yaml")
    via_yaml = load_yaml(tmp_path / "m.yaml")
    dump_gmcr(via_yaml, tmp_path / "m.gmcr")
    via_gmcr = load_gmcr(tmp_path / "m.gmcr")
    base = Analysis(original)
    for other in (via_yaml, via_gmcr):
        a = Analysis(other)
        assert a.patterns.tolist() == base.patterns.tolist()
        assert _verdicts(a) == _verdicts(base)
        assert [o.direction for o in other.options] == [o.direction for o in original.options]


def test_duplicate_option_names_get_distinct_ids():
    needs_shared(GMCR_REFERENCE)
    c = load_gmcr(GMCR_REFERENCE / "examples" / "Garrison.gmcr")
    assert len(set(c.option_names)) == len(c.option_names)
    assert [o.description for o in c.options][:2] == ["Full", "Reduced"]


def test_example_model_exports_to_gmcr(tmp_path):
    c = load_yaml(EXAMPLE_MODEL)
    dump_gmcr(c, tmp_path / "talks.gmcr")
    data = json.loads((tmp_path / "talks.gmcr").read_text())
    assert [o["permittedDirection"] for o in data["options"]].count("fwd") == 2
    again = load_gmcr(tmp_path / "talks.gmcr")
    assert _verdicts(Analysis(again)) == _verdicts(Analysis(c))


@pytest.mark.parametrize("text, words", [
    ("{not json", "not valid JSON"),
    ('{"options": [{"name": "x"}], "decisionMakers": [{"name": "A", "options": []}]}', "has no options"),
    ('{"options": [{"name": "x"}], "decisionMakers": []}', "controlled by no decision maker"),
    ('{"options": []}', "not a gmcr-py save file"),
    ('{"options": [{"name": "x"}], "coalitions": [[0, 1]], "decisionMakers": []}', "coalitions"),
])
def test_bad_files_are_refused_clearly(tmp_path, text, words):
    path = tmp_path / "bad.gmcr"
    path.write_text(text)
    with pytest.raises(ModelError) as info:
        load_gmcr(path)
    assert str(info.value).startswith(str(path)) and words in str(info.value)


def test_a_manual_ranking_that_leaves_a_state_out_is_refused_on_loading(tmp_path):
    """`convert` and `analyze` load the same file the same way: both refuse it, with the field named."""
    data = {"options": [{"name": "Escalate", "permittedDirection": "fwd"},
                        {"name": "Attack", "permittedDirection": "both"}],
            "decisionMakers": [{"name": "A", "options": [0], "preferenceRanking": [[2, 3], 4], "preferences": []},
                               {"name": "B", "options": [1], "preferenceRanking": [4, 3, 2, 1], "preferences": []}],
            "infeasibles": [], "useManualPreferenceRanking": True}
    path = tmp_path / "model.gmcr"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelError, match="feasible states not ranked"):
        load_gmcr(path)
