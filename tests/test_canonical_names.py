"""One name per party per negotiation, across reports: the store's aliases decide."""

from __future__ import annotations

import json

from detente.ingestion.canonical import normal, renamed, renames
from detente.reading import Article, read_articles
from detente.store import open_store
from detente.tracking import timeline


def test_a_known_alias_renames_a_reports_party():
    known = {"Ukraine": {"Ukraine", "Kyiv", "Volodymyr Zelensky"}, "Russia": {"Russia", "Moscow"}}
    found = {"Volodymyr Zelensky": [], "Moscow": ["the Kremlin"], "the Dockers Guild": ["the union"]}
    assert renames(found, known) == {"Volodymyr Zelensky": "Ukraine", "Moscow": "Russia"}


def test_descriptions_never_match_and_spellings_do():
    known = {"the Canadian Union of Postal Workers": {"the union"}}
    assert renames({"Teachers": ["the union"]}, known) == {}
    assert normal("The Canadian Union of Postal Workers’") == normal("canadian union of postal workers")


def test_renamed_moves_actors_addressees_and_parties():
    reading = {"parties": {"Moscow": ["Kremlin"]}, "sources": [{"party": "Moscow"}],
               "moves": [{"actor": "Moscow", "addressee": "Kyiv", "type": "reject"}]}
    out = renamed(reading, {"Moscow": "Russia", "Kyiv": "Ukraine"})
    assert out["parties"] == {"Russia": ["Moscow", "Kremlin"]}
    assert out["moves"][0]["actor"] == "Russia" and out["moves"][0]["addressee"] == "Ukraine"
    assert out["sources"][0]["party"] == "Russia"


def test_a_second_report_is_tracked_under_the_first_reports_names(tmp_path):
    from detente.ingestion.writer import store_reading

    first = Article("first", "The Harbour Workers Union (HWU) rejected the offer from Portline Holdings.",
                    negotiation="port", published="2026-01-05")
    second = Article("second", "The Harbour Workers Union rejected the new offer from Portline Holdings on Tuesday.",
                     negotiation="port", published="2026-01-06")
    engine = open_store(f"sqlite:///{tmp_path / 'names.db'}")
    for article, reading in zip([first, second], read_articles([first, second])):
        store_reading(engine, article, json.loads(json.dumps(reading)))
    rejections = [e for e in timeline(engine, "port") if e.type == "reject"]
    # read alone, the second report names it "the Harbour Workers Union": stored, it is one party's one move
    assert [(e.actor, len(e.reports)) for e in rejections] == [("HWU", 2)]
