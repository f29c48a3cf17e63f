"""Tracking the real gaza-hostage-ceasefire reports of ../shared/corpus."""

from __future__ import annotations

import pytest

from detente.ingestion import ingest
from detente.reading import Article, load
from detente.store import open_store
from detente.tracking import positions, series, timeline

from .conftest import SHARED

CORPUS = SHARED / "corpus"
LABEL = "gaza-hostage-ceasefire"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not present")
    articles = [a for a in load([CORPUS]) if isinstance(a, Article) and a.negotiation == LABEL]
    engine = open_store(str(tmp_path_factory.mktemp("store") / "corpus.db"))
    list(ingest(engine, articles))
    return engine


def test_timeline_is_in_date_order(engine):
    entries = timeline(engine, LABEL)
    assert len(entries) > 20
    dates = [e.date for e in entries]
    assert dates == sorted(dates)
    assert dates[0].year == 2024 and dates[-1].year == 2025


def test_hostages_held_decrease_over_2025(engine):
    held = [f for f in series(engine, LABEL)["hostages_held"] if f.date.year == 2025]
    values = [f.value for f in sorted(held, key=lambda f: f.date)]
    assert len(set(values)) >= 3
    assert values == sorted(values, reverse=True)
    assert values[0] == 59 and values[-1] == 48


def test_positions_name_the_seed_reports_offer(engine):
    hamas = {p.item: p for p in positions(engine, LABEL) if p.party == "Hamas"}
    assert hamas["disarmament"].stance == "red line"
    assert "hostage_release (all)" in hamas
