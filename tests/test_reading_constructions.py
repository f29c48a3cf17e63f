"""The reader on sentences written for these tests, one per construction."""

from __future__ import annotations

import pytest

from detente.reading import read_text


def moves(text: str) -> list[dict]:
    """Moves with their terms' character spans checked against the text, then left out."""
    found = read_text(text)["moves"]
    for move in found:
        for side in ("gives", "gets"):
            for term in move[side]:
                start, end = term.pop("start"), term.pop("end")
                assert text[start:end].strip() and start < end
    return found


def facts(text: str) -> list[dict]:
    return read_text(text)["facts"]


def terms(move: dict) -> list[dict]:
    return move["gives"] + move["gets"]


@pytest.mark.parametrize("text", [
    "Officials said Hamas is ready to free 12 captives.",
    "Hamas is ready to free 12 captives, officials said.",
])
def test_attribution_before_or_after(text):
    (move,) = moves(text)
    assert (move["type"], move["actor"]) == ("offer", "Hamas")
    assert move["source"].lower() == "officials"
    assert terms(move) == [{"term": "hostage_release", "count": 12, "scope": None, "status": None}]


def test_on_record_speaker_is_not_a_source():
    (move,) = moves("Hamas said it would accept the proposal.")
    assert (move["type"], move["actor"], move["source"]) == ("accept", "Hamas", None)


def test_source_chain_is_kept():
    reading = read_text("The group would free every captive, a senior official told the Daily Courier.")
    (attribution,) = reading["sources"]
    assert attribution["speaker"] == "a senior official"
    assert attribution["chain"] == ["a senior official", "the Daily Courier"]
    assert attribution["on_record"] is False


def test_passive_voice_with_agent():
    (move,) = moves("A 45-day truce plan was proposed by Egypt on Monday.")
    assert (move["type"], move["actor"]) == ("propose", "Egypt")
    assert terms(move) == [{"term": "ceasefire", "kind": "temporary", "days": 45}]


def test_in_exchange_for_splits_gives_and_gets():
    (move,) = moves("Hamas offered to release twelve hostages in exchange for a six-week truce.")
    assert move["gives"] == [{"term": "hostage_release", "count": 12, "scope": None, "status": None}]
    assert move["gets"] == [{"term": "ceasefire", "kind": "temporary", "days": 42}]


def test_negation():
    move, plan = moves("Israel has not accepted the Egyptian plan.")
    assert (plan["type"], plan["actor"]) == ("propose", "Egypt")
    assert (move["type"], move["negated"]) == ("accept", True)
    assert move["refers_to"] == "the Egyptian plan"


@pytest.mark.parametrize("text", ["Hamas reportedly rejected the offer.", "Hamas appears to have rejected the offer.",
                                  "Hamas may reject the offer."])
def test_hedges_mark_the_move(text):
    (move,) = moves(text)
    assert move["type"] == "reject" and move["hedged"] is True


def test_hedge_governs_its_own_clause_only():
    found = facts("There are 40 hostages still in Gaza, and 15 of them are believed to be alive.")
    by_quantity = {f["quantity"]: f for f in found}
    assert by_quantity["hostages_held"]["hedged"] is False
    assert by_quantity["hostages_alive"]["value"] == 15 and by_quantity["hostages_alive"]["hedged"] is True


def test_two_moves_in_one_sentence():
    found = moves("Israel rejected the plan and demanded the return of all hostages.")
    assert [(m["type"], m["actor"]) for m in found] == [("reject", "Israel"), ("demand", "Israel")]
    assert found[0]["gives"] + found[0]["gets"] == []
    assert found[1]["gets"] == [{"term": "hostage_release", "count": None, "scope": "all", "status": None}]


def test_mediators_proposal():
    (move,) = moves("Qatar put forward a plan under which Hamas would free 10 hostages in return for a 45-day truce.")
    assert (move["type"], move["actor"]) == ("propose", "Qatar")
    assert {t["term"] for t in terms(move)} == {"hostage_release", "ceasefire"}


def test_red_line_is_insist():
    (move,) = moves("Israel has repeatedly said that Hamas must disarm.")
    assert (move["type"], move["actor"]) == ("insist", "Israel")
    assert terms(move) == [{"term": "disarmament"}]


def test_living_and_dead_counts():
    (move,) = moves("The government demanded the release of 7 living hostages and the bodies of nine others, "
                    "Israeli officials said.".replace("The government", "Israel"))
    assert {(t["count"], t["status"]) for t in terms(move)} >= {(7, "living")}


def test_parties_named_by_the_report():
    found = moves("The Acme Workers Union rejected the wage offer made by Globex Corporation. "
                  "Globex Corporation offered a 7% pay rise over two years.")
    expected = [("reject", "the Acme Workers Union"), ("offer", "Globex Corporation"), ("offer", "Globex Corporation")]
    assert [(m["type"], m["actor"]) for m in found] == expected


@pytest.mark.parametrize("text, quantity, value, bound, source", [
    ("More than 40,000 people have been killed in the war, according to the health ministry.",
     "deaths", 40000, "at_least", "the health ministry"),
    ("Nearly 90,000 people were wounded, the health ministry said.", "injured", 90000, "about", "the health ministry"),
    ("About 2,000 trucks of aid entered the territory last month.", "aid_trucks", 2000, "about", None),
    ("Some 1.5 million people have been displaced by the fighting.", "displaced", 1500000, "about", None),
    ("Up to 300 people were injured in the strikes.", "injured", 300, "at_most", None),
])
def test_figures_with_bounds_and_sources(text, quantity, value, bound, source):
    (fact,) = facts(text)
    assert (fact["quantity"], fact["value"], fact["bound"], fact["source"]) == (quantity, value, bound, source)


def test_spans_point_into_the_text():
    text = "Talks stalled. Hamas offered to release five hostages for a truce."
    (move,) = moves(text)
    assert text[move["start"]:move["end"]].startswith("Hamas offered")


def test_a_denied_act_is_negated():
    (move,) = moves("Hamas denied reports that it had accepted the plan.")
    assert (move["type"], move["actor"], move["negated"]) == ("accept", "Hamas", True)


def test_urging_another_party_to_accept_is_a_demand_only():
    found = moves("The United States urged Hamas to accept the deal, saying it was the best chance for peace.")
    assert [(m["type"], m["actor"]) for m in found] == [("demand", "United States")]


def test_refusal_stated_as_a_position_is_insist():
    (move,) = moves("Israel will not end the war until all hostages are returned, Netanyahu said.")
    assert (move["type"], move["actor"]) == ("insist", "Israel")
    assert {t["term"] for t in terms(move)} == {"end_of_war", "hostage_release"}
    assert moves("Israel would not comment on the report.") == []


def test_releases_that_happened_are_figures_and_promised_ones_are_not():
    found = {(f["quantity"], f["value"]) for f in facts(
        "Hamas released three hostages on Saturday, and Israel freed 183 Palestinian prisoners.")}
    assert found == {("hostages_released", 3), ("prisoners_released", 183)}
    assert facts("Hamas would release ten hostages.") == []


def test_unconfirmed_reports_hedge_what_they_report():
    (move,) = moves("Hamas has accepted the plan, according to unconfirmed reports.")
    assert (move["source"], move["hedged"]) == ("unconfirmed reports", True)


def test_other_negotiations_parties_and_readiness():
    found = moves("Kyiv has signalled its readiness to accept a 30-day ceasefire. "
                  "Beijing dismissed the US proposal as unrealistic.")
    assert [(m["type"], m["actor"]) for m in found] == [("offer", "Ukraine"), ("reject", "China"),
                                                        ("propose", "United States")]


def test_we_in_a_quote_is_the_speakers_side():
    (move,) = moves('"We will never disarm," said Hamas spokesman Hazem Qassem.')
    assert (move["type"], move["actor"], terms(move)) == ("insist", "Hamas", [{"term": "disarmament"}])


def test_declining_to_comment_is_not_a_move():
    assert moves("The White House declined to comment.") == []


def test_a_conditional_agreement_is_a_stated_condition():
    (move,) = moves("Moscow would only agree to a truce if Kyiv stopped receiving Western weapons.")
    assert (move["type"], move["actor"]) == ("insist", "Russia")


def test_possessive_pronoun_subject_resolves_to_the_speaker_before_it():
    (move,) = moves("Zelensky said his country was ready to accept the plan.")
    assert (move["type"], move["actor"]) == ("offer", "Ukraine")


def test_a_labour_dispute_names_its_own_parties():
    reading = read_text("The United Auto Workers union rejected Stellantis' latest contract offer, saying it fell "
                        "short of its demand for a 40% raise. UAW President Shawn Fain insisted that the union would "
                        "not accept any deal without cost-of-living adjustments.")
    assert [(m["type"], m["actor"]) for m in reading["moves"]] == [("reject", "UAW"), ("offer", "Stellantis"),
                                                                   ("demand", "UAW"), ("insist", "UAW")]
    assert "United Auto Workers" in reading["parties"]["UAW"]


def test_a_trade_dispute():
    found = moves("Chinese officials demanded that Washington lift restrictions on chip exports, but the US refused. "
                  "China and the United States agreed to cut tariffs for 90 days, according to a joint statement.")
    assert [(m["type"], m["actor"]) for m in found] == [("demand", "China"), ("reject", "United States"),
                                                        ("accept", "China"), ("accept", "United States")]
    assert terms(found[0]) == [{"term": "sanctions"}]
    assert found[2]["source"] is None  # a joint statement is both parties speaking on the record


def test_a_count_set_off_by_dashes_describes_the_hostages():
    found = {(f["quantity"], f["value"], f["hedged"]) for f in facts(
        "The plan would see half of the 50 remaining hostages in Gaza—20 believed to be alive—released.")}
    assert ("hostages_alive", 20, True) in found
