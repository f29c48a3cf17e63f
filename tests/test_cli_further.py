"""`detente analyze MODEL` with --coalitions, --horizon and --hold: text, JSON, and the round trip
from a suggested change back through the command."""

from __future__ import annotations

import json

from click.testing import CliRunner

from detente.cli import main

from .conftest import EXAMPLE_MODEL, GMCR_REFERENCE, needs_shared


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_coalitions_name_the_pair_that_leaves_the_standstill_together():
    result = run("analyze", str(EXAMPLE_MODEL), "--summary", "--coalitions")
    assert result.exit_code == 0
    assert "Israel + Hamas can move to NYNNYN" in result.output
    data = json.loads(run("analyze", str(EXAMPLE_MODEL), "--json", "--coalitions", "--concepts", "gmr").output)
    standstill = next(r for r in data["coalitions"]["gmr"] if r["state"] == "NNNNNN")
    assert standstill["stable"] is False
    move = standstill["moves"][0]
    assert move["coalition"] == ["Israel", "Hamas"] and move["to"] == "NYNNYN"
    assert [step["dm"] for step in move["path"]] == ["Hamas", "Israel"]


def test_horizon_adds_limited_move_and_non_myopic_equilibria():
    data = json.loads(run("analyze", str(EXAMPLE_MODEL), "--json", "--summary", "--horizon", "1").output)
    assert data["foresight"]["equilibria"]["L1"] == data["equilibria"]["nash"]  # L_1 is Nash
    assert "NM" in data["foresight"]["equilibria"]
    assert data["foresight"]["limited_move"] == {}  # --summary leaves out per-state verdicts
    full = json.loads(run("analyze", str(EXAMPLE_MODEL), "--json", "--horizon", "2").output)
    # two moves ahead, Israel offers a truce expecting five hostages for it: the standstill is not L2
    assert full["foresight"]["limited_move"]["Israel"]["NNNNNN"] is False
    assert full["foresight"]["limited_move"]["Hamas"]["NNNNNN"] is True
    text = run("analyze", str(EXAMPLE_MODEL), "--summary", "--horizon", "3").output
    assert "L3 equilibria" in text and "non-myopic equilibria" in text


def test_non_myopic_is_left_out_for_more_than_two_dms():
    needs_shared(GMCR_REFERENCE)
    text = run("analyze", str(GMCR_REFERENCE / "examples" / "Garrison.gmcr"), "--summary", "--horizon", "2").output
    assert "L2 equilibria" in text and "defined for two decision makers" in text


def test_hold_suggests_changes_whose_models_show_the_deal_standing(tmp_path):
    deal = "YNYYNN"
    before = json.loads(run("analyze", str(EXAMPLE_MODEL), "--json", "--summary").output)
    assert deal not in before["equilibria"]["seq"]
    data = json.loads(run("analyze", str(EXAMPLE_MODEL), "--hold", deal, "--json").output)
    assert data["concept"] == "seq" and data["holds_already"] is False
    assert data["changes"] and data["changes"][0]["size"] == 1
    assert "Israel" in data["changes"][0]["words"]
    assert data["changes"][0]["edits"][0]["evidence"]
    for k, change in enumerate(data["changes"]):
        path = tmp_path / f"change{k}.yaml"
        path.write_text(change["model"], encoding="utf-8")
        after = json.loads(run("analyze", str(path), "--json", "--summary").output)
        assert deal in after["equilibria"]["seq"]
    assert data["ranking_conditions"]["Israel"]


def test_hold_text_and_an_already_stable_state():
    text = run("analyze", str(EXAMPLE_MODEL), "--hold", "YNYYNN", "--concept", "gmr").output
    assert "What would make YNYYNN hold under GMR" in text and "evidence:" in text
    text = run("analyze", str(EXAMPLE_MODEL), "--hold", "NNNNNN").output
    assert "already an equilibrium" in text


def test_hold_mistakes_are_one_line_errors():
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLE_MODEL), "--hold", "YNY"])
    assert result.exit_code != 0
    assert "6 letters" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(main, ["analyze", "no-such-folder", "--coalitions"])
    assert result.exit_code != 0 and "take a model file" in result.output
