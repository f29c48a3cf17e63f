"""The main job end to end: reports in, timeline, positions, drafted model and its analysis out."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.conflict import loads_yaml

from .conftest import ROOT, SHARED

EXAMPLES = ROOT / "examples" / "reports"
SEED = SHARED / "corpus" / "dev" / "000-seed-hamas-offers-all-hostages.json"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    folder = tmp_path_factory.mktemp("main")
    db, html = folder / "talks.db", folder / "talks.html"
    result = run("analyze", EXAMPLES, "--db", db, "--json", "--html", html)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), db, html


def test_drafted_model_has_the_expected_parties_and_options(example):
    data, _db, _html = example
    model = data["model"]
    assert list(model["decision_makers"]) == ["Hamas", "Israel"]
    hamas = set(model["decision_makers"]["Hamas"]["options"])
    israel = set(model["decision_makers"]["Israel"]["options"])
    assert {"release_some", "release_all", "disarm"} <= hamas
    assert {"temporary_truce", "permanent_ceasefire", "full_withdrawal"} <= israel
    assert "Mediators (propose only, control no option): Egypt, United States" in model["notes"]
    rules = {(r["dm"], r["statement"]) for r in data["rules"]}
    assert ("Hamas", "-disarm") in rules and ("Israel", "disarm") in rules
    assert ("Hamas", "release_some iff temporary_truce") in rules


def test_equilibria_worked_out_by_hand(example):
    """Israel's statements rank every Hamas option above its own '-option' statements, so Israel never
    gains by giving anything and gains by taking back any concession (its options are reversible):
    in equilibrium all its options are N. With Israel giving nothing, each Hamas option breaks a
    statement Hamas holds (-disarm; release_* only in exchange; -leave_territory), and all of them are
    irreversible, so Hamas can neither improve by moving nor undo what it gave. The equilibria are
    exactly the feasible states where Israel's options are all N: 3 release choices x disarm x leave = 12."""
    data, _db, _html = example
    model = loads_yaml(json.dumps(data["model"]))
    israel = [k for k, o in enumerate(model.options) if o.dm == "Israel"]
    nash = data["analysis"]["equilibria"]["nash"]
    assert len(nash) == 12
    assert all(all(p[k] == "N" for k in israel) for p in nash)
    assert data["analysis"]["status_quo"]["stable"]["nash"] is True
    assert data["verdict"][0].startswith("The status quo is stable for every party")


def test_timeline_positions_and_figures(example):
    data, _db, _html = example
    kinds = [(e["date"], e["actor"], e["type"]) for e in data["timeline"]]
    assert kinds == sorted(kinds, key=lambda k: k[0])
    assert ("2025-03-30", "United States", "propose") in kinds
    assert ("2025-03-31", "Israel", "reject") in kinds
    assert any(p["party"] == "Israel" and p["stance"] == "demands" for p in data["positions"])
    held = [f["value"] for f in data["figures"]["hostages_held"]]
    assert held == [59, 59]
    deaths = data["figures"]["deaths"][0]
    assert (deaths["bound"], deaths["source"]) == ("at_least", "the Hamas-run health ministry")


def test_without_hedged_shows_what_changes(example):
    _data, db, _html = example
    data = json.loads(run("analyze", "example-hostage-talks", "--db", db, "--json", "--without-hedged").stdout)
    changes = data["sensitivity"]["changes"]
    assert changes and changes[0].startswith("options that rest only on weak reports")


def test_text_report_and_stored_negotiation(example):
    _data, db, _html = example
    text = run("analyze", "example-hostage-talks", "--db", db).stdout
    for heading in ("Why the talks stand where they do", "Timeline", "Positions", "Figures", "Drafted model",
                    "Stability analysis of the drafted model"):
        assert heading in text
    missing = CliRunner().invoke(main, ["analyze", "no-such-talks", "--db", str(db)])
    assert missing.exit_code == 1 and "neither a file nor a negotiation" in missing.output


def test_draft_command_writes_an_editable_model(example, tmp_path):
    _data, db, _html = example
    out = tmp_path / "model.yaml"
    assert run("draft", "example-hostage-talks", "--db", db, "-o", out).exit_code == 0
    text = out.read_text()
    assert text.startswith("# Drafted by detente") and "evidence:" in text
    assert run("analyze", out).exit_code == 0
    explained = run("draft", "example-hostage-talks", "--db", db, "--explain").stdout
    assert "red line: will not give disarm" in explained


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_html_report_opens_in_chromium(example):
    _data, _db, html = example
    executable = _chromium()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed here")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        page.goto(Path(html).as_uri())
        assert page.title() == "detente: example-hostage-talks"
        rows = page.locator("#timeline-table tr")
        assert rows.count() > 8
        assert "Israel" in page.locator("#timeline-table").inner_text()
        stability = page.locator("#stability-table")
        assert stability.is_visible() and "Nash" in stability.inner_text()
        assert "status quo" in stability.inner_text()
        evidence = page.locator("#timeline-table td[title]").first.get_attribute("title")
        assert "The Example Ledger" in evidence or "Harbour Daily" in evidence
        browser.close()


def test_seed_report_end_to_end(tmp_path):
    if not SEED.exists():
        pytest.skip("../shared is not present")
    result = run("analyze", SEED, "--db", tmp_path / "seed.db", "--json")
    data = json.loads(result.stdout)
    moves = data["timeline"]

    def has(actor, kind, *keys):
        return any(e["actor"] == actor and e["type"] == kind and all(k in e["terms"] for k in keys) for e in moves)

    assert has("Hamas", "offer", "hostage_release(count=59,scope=all)", "ceasefire(kind=permanent)")
    assert has("Hamas", "accept", "hostage_release(count=5)", "ceasefire(kind=temporary)")
    assert has("United States", "propose", "hostage_release(count=5)")
    assert has("Israel", "reject") and has("Israel", "demand", "count=11,status=living", "count=16,status=dead")
    red_lines = {(p["party"], p["detail"]) for p in data["positions"] if p["stance"] == "red line"}
    assert ("Israel", "disarmament") in red_lines and ("Hamas", "disarmament") in red_lines
    figures = data["figures"]
    assert figures["hostages_held"][0]["value"] == 59
    assert figures["hostages_alive"][0]["value"] == 24 and figures["hostages_alive"][0]["hedged"]
    deaths = figures["deaths"][0]
    assert (deaths["value"], deaths["bound"], deaths["source"]) == (50000, "at_least",
                                                                   "the Hamas-run Ministry of Health")
    assert set(data["analysis"]["decision_makers"]) == {"Hamas", "Israel"}
    assert data["analysis"]["equilibria"]["nash"]
