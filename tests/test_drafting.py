"""Drafting from tracked positions: only the pack's terms become options, free text is listed, evidence cited."""

from __future__ import annotations

import json

from click.testing import CliRunner

from detente.cli import main


def report(text: str) -> dict:
    return {"url": "https://example.org/harbour-talks", "outlet": "The Example Ledger", "title": "Port talks",
            "published": "2026-03-02", "negotiation": "example-port-talks", "text": text}


PORT = report("The Dockers Guild rejected the Harbour Authority's latest offer on Monday. "
              "The Harbour Authority offered a ceasefire in the dispute and a four-day work week. "
              "The Dockers Guild demanded the release of all 12 detained strikers. "
              "The guild offered to lift its blockade of the port in exchange for the release of the strikers.")
FREE_TEXT_ONLY = report("The Dockers Guild demanded a four-day work week. "
                        "The Harbour Authority offered a longer lunch break.")


def analyse(tmp_path, article: dict):
    path = tmp_path / "port.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    return CliRunner().invoke(main, ["analyze", str(path), "--db", str(tmp_path / "port.db"), "--json"])


def test_parties_decide_and_real_terms_are_the_options(tmp_path):
    result = analyse(tmp_path, PORT)
    assert result.exit_code == 0, result.output
    model = json.loads(result.stdout)["model"]
    dms = model["decision_makers"]
    assert set(dms) == {"the Dockers Guild", "the Harbour Authority"}
    assert set(dms["the Dockers Guild"]["options"]) == {"lift_sanctions"}
    assert {"ceasefire", "release_prisoners"} <= set(dms["the Harbour Authority"]["options"])
    assert any(note.startswith("Not modelled") and "latest offer" in note for note in model["notes"])
    evidence = [e for dm in dms.values() for e in dm["evidence"]]
    evidence += [e for dm in dms.values() for option in dm["options"].values() for e in option["evidence"]]
    assert evidence and all(e["sentence"].strip() for e in evidence)


def test_sides_with_only_free_text_terms_can_still_accept_each_others_terms(tmp_path):
    result = analyse(tmp_path, FREE_TEXT_ONLY)
    assert result.exit_code == 0, result.output
    model = json.loads(result.stdout)["model"]
    dms = model["decision_makers"]
    guild = dms["the Dockers Guild"]["options"]
    authority = dms["the Harbour Authority"]["options"]
    assert list(guild) == ["dockers_guild_accepts_harbour_authority_terms"]
    assert list(authority) == ["harbour_authority_accepts_dockers_guild_terms"]
    label = guild["dockers_guild_accepts_harbour_authority_terms"]["description"]
    assert label == "Accept the Harbour Authority's terms"
    assert any(note.startswith("Not modelled") and "four-day work week" in note for note in model["notes"])


def test_one_side_alone_is_no_conflict(tmp_path):
    result = analyse(tmp_path, report("The Dockers Guild demanded a four-day work week."))
    assert result.exit_code == 1
    assert "Error: cannot draft a conflict: fewer than two parties" in result.output
    assert "Traceback" not in result.output


def test_too_few_terms_names_what_was_not_modelled(tmp_path):
    result = analyse(tmp_path, report("The Dockers Guild demanded a four-day work week. "
                                      "The Harbour Authority rejected the demand."))
    assert result.exit_code == 1
    assert "too few terms each side could give (not modelled: " in result.output
    assert "four-day work week" in result.output and "Traceback" not in result.output


RED_LINES = report("The Harbour Authority offered a ceasefire in the dispute. The Dockers Guild demanded the release "
                   "of all 12 detained strikers. The Harbour Authority rejected the demand. The Dockers Guild "
                   "rejected the ceasefire offer. The Harbour Authority insisted it would never free the strikers. "
                   "The Dockers Guild offered talks. The Seamen's League, a union outside the talks, said it would "
                   "never lay down its weapons.")


def test_a_red_line_keeps_what_it_refuses_with_its_actor_and_an_outsider_is_no_side(tmp_path):
    result = analyse(tmp_path, RED_LINES)
    assert result.exit_code == 0, result.output
    dms = json.loads(result.stdout)["model"]["decision_makers"]
    assert set(dms) == {"the Dockers Guild", "the Harbour Authority"}
    assert "release_prisoners" in dms["the Harbour Authority"]["options"]
