"""The `detente` command: every path a user takes, through click's runner."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from detente.cli import main

from .conftest import EXAMPLE_MODEL, GMCR_REFERENCE, needs_shared


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_analyze_example_prints_tables_and_status_quo():
    result = run("analyze", str(EXAMPLE_MODEL))
    assert result.exit_code == 0
    for words in ("Feasible states", "Preference rankings", "Stability", "Equilibria", "Status quo NNNNNN"):
        assert words in result.output


def test_analyze_json_has_the_documented_keys():
    data = json.loads(run("analyze", str(EXAMPLE_MODEL), "--json").output)
    assert set(data) >= {"states", "rankings", "stability", "equilibria", "status_quo"}
    state = data["states"][0]
    assert state == {"decimal": 0, "ordinal": 1, "pattern": "NNNNNN", "ordered": 1, "yn": "NNNNNN"}
    assert set(data["stability"]["Israel"]["NNNNNN"]) == {"nash", "gmr", "smr", "seq", "sim", "seqsim"}
    assert "NNNNNN" in data["equilibria"]["nash"]
    assert data["status_quo"]["stable"]["gmr"] is True


def test_summary_json_leaves_out_per_state_listings():
    data = json.loads(run("analyze", str(EXAMPLE_MODEL), "--json", "--summary").output)
    assert "stability" not in data and "states" not in data
    assert data["counts"]["feasible"] == len(json.loads(run("analyze", str(EXAMPLE_MODEL), "--json").output)["states"])


def test_summary_text():
    result = run("analyze", str(EXAMPLE_MODEL), "--summary")
    assert "Equilibria" in result.output and "Feasible states" not in result.output


def test_dot_output_is_a_digraph(tmp_path):
    out = tmp_path / "graph.dot"
    result = run("analyze", str(EXAMPLE_MODEL), "--dot", "-o", str(out))
    assert result.exit_code == 0
    text = out.read_text()
    assert text.startswith("digraph") and "doublecircle" in text and "->" in text


def test_concepts_option_limits_the_work():
    data = json.loads(run("analyze", str(EXAMPLE_MODEL), "--json", "--concepts", "nash,seq").output)
    assert set(data["equilibria"]) == {"nash", "seq"}


def test_unknown_concept_is_one_line():
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLE_MODEL), "--concepts", "nash,foo"])
    assert result.exit_code == 2 and "unknown concept 'foo'" in result.output


@pytest.mark.parametrize("text, words", [
    ("decision_makers: {A: {options: {x: X}}}\npreferences: {A: [y]}\n", "unknown option 'y'"),
    ("decision_makers: [\n", "YAML syntax error"),
])
def test_model_errors_are_one_line_without_traceback(tmp_path, text, words):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    proc = subprocess.run([sys.executable, "-m", "detente", "analyze", str(path)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert str(path) in proc.stderr and words in proc.stderr


def test_status_quo_flag_overrides_and_is_checked():
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLE_MODEL), "--status-quo", "YYNNNN"])
    assert result.exit_code == 1 and "infeasible" in result.output


def test_convert_gmcr_to_yaml_and_back(tmp_path):
    needs_shared(GMCR_REFERENCE)
    source = GMCR_REFERENCE / "examples" / "Elmira.gmcr"
    yaml_path, gmcr_path = tmp_path / "elmira.yaml", tmp_path / "elmira.gmcr"
    assert run("convert", str(source), str(yaml_path)).exit_code == 0
    assert run("convert", str(yaml_path), str(gmcr_path)).exit_code == 0
    first = json.loads(run("analyze", str(source), "--json").output)
    again = json.loads(run("analyze", str(gmcr_path), "--json").output)
    assert first["stability"] == again["stability"]


def test_convert_refuses_unknown_target(tmp_path):
    result = CliRunner().invoke(main, ["convert", str(EXAMPLE_MODEL), str(tmp_path / "x.txt")])
    assert result.exit_code == 1 and "unknown format" in result.output


def test_python_dash_m_and_help():
    proc = subprocess.run([sys.executable, "-m", "detente", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "analyze" in proc.stdout


def test_model_analysis_imports_no_reading_or_store_stack():
    """`detente analyze MODEL` must start fast: spaCy, SQLAlchemy and the web stack stay unloaded."""
    code = ("import sys; from click.testing import CliRunner; from detente.cli import main; "
            f"r = CliRunner().invoke(main, ['analyze', {str(EXAMPLE_MODEL)!r}, '--summary']); "
            "print(r.exit_code, sorted(m for m in ('spacy', 'sqlalchemy', 'trafilatura', 'playwright') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip() == "0 []"
