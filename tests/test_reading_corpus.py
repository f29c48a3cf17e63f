"""The reader on the real reports of ../shared/corpus/dev must stay above the floors of issue 3."""

from __future__ import annotations

import importlib.util
import json

import pytest

from detente.reading import Article, load, read_articles

from .conftest import SHARED

DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score_reading.py"


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    if not DEV.exists() or not SCORER.exists():
        pytest.skip("../shared/corpus is not present")
    out = tmp_path_factory.mktemp("reading") / "predictions.jsonl"
    articles = [a for a in load([DEV]) if isinstance(a, Article)]
    with out.open("w", encoding="utf-8") as f:
        for reading in read_articles(articles):
            f.write(json.dumps(reading) + "\n")
    spec = importlib.util.spec_from_file_location("score_reading", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer.score(DEV, out)


def test_moves_f1(scores):
    assert scores["moves"]["f1"] >= 0.75


def test_terms_f1(scores):
    assert scores["terms_f1"] >= 0.75


def test_figures_f1(scores):
    assert scores["facts"]["f1"] >= 0.80


def test_source_and_hedge_accuracy(scores):
    assert scores["source_accuracy"] >= 0.85
    assert scores["hedge_accuracy"] >= 0.85


def test_seed_report_reads_as_described():
    if not DEV.exists():
        pytest.skip("../shared/corpus is not present")
    (article,) = [a for a in load([DEV / "000-seed-hamas-offers-all-hostages.json"])]
    (reading,) = read_articles([article])
    kinds = [(m["type"], m["actor"]) for m in reading["moves"]]
    assert ("offer", "Hamas") in kinds and ("reject", "Israel") in kinds and ("demand", "Israel") in kinds
    demand = next(m for m in reading["moves"] if m["type"] == "demand")
    assert {(t["count"], t["status"]) for t in demand["gets"]} == {(11, "living"), (16, "dead")}
    facts = {(f["quantity"], f["value"], f["bound"]) for f in reading["facts"]}
    assert {("hostages_held", 59, "exact"), ("hostages_alive", 24, "exact"), ("deaths", 50000, "at_least")} <= facts
