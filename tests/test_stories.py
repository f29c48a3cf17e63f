"""Syndicated copies count once: real dev reports and lightly edited copies of them form story
groups, and every timeline and position entry counts stories beside reports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from detente.cli import main
from detente.drafting import draft
from detente.ingestion import store_reading
from detente.store import open_store
from detente.store.schema import reports
from detente.store.stories import signature, similarity
from detente.tracking import positions, timeline

from .conftest import SHARED, needs_shared
from .syndication import COPIED, edited_copies, originals, read_corpus


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    needs_shared(SHARED / "corpus" / "dev")
    path = tmp_path_factory.mktemp("stories") / "stories.db"
    engine = open_store(str(path))
    for article, reading in read_corpus():
        store_reading(engine, article, reading)
    return engine, str(path)


def test_copies_join_their_original_and_distinct_reports_stay_apart(store):
    engine, _ = store
    with engine.connect() as conn:
        story_of = {r.article: r.story for r in conn.execute(select(reports.c.article, reports.c.story))}
    base = [a.id for a in originals()]
    assert len({story_of[a] for a in base}) == len(base)
    for original in COPIED:
        for kind in ("headline", "dropped", "boilerplate"):
            assert story_of[f"{original}-{kind}"] == story_of[original]


def test_similarity_separates_copies_from_other_reports():
    needs_shared(SHARED / "corpus" / "dev")
    a, b = originals()[:2]
    copy = edited_copies(a)[1]
    assert similarity(signature(a.text), signature(copy.text)) > 0.7
    assert similarity(signature(a.text), signature(b.text)) < 0.2


def test_timeline_and_positions_count_stories_beside_reports(store):
    engine, _ = store
    entries = timeline(engine)
    copied = [e for e in entries if e.report_count >= 3]
    assert copied, "the copies carry the same moves as their originals"
    assert all(e.stories < e.report_count for e in copied)
    assert all(e.stories == len({r["story"] for r in e.reports}) for e in entries)
    assert any(p.reports >= 3 and p.stories == 1 for p in positions(engine))


def test_single_source_means_one_story_however_many_copies(store):
    from detente.drafting import _weak

    engine, _ = store
    entries = timeline(engine, "gaza-hostage-ceasefire", sentences=True)
    sourced_copies = [e for e in entries if e.sources and e.stories == 1 and e.report_count > 1 and not e.hedged]
    assert sourced_copies and all(_weak(e) for e in sourced_copies)
    kept = draft(entries, exclude_weak=True)
    assert not any(r.weak for r in kept.rules)
    assert len(kept.rules) < len(draft(entries).rules)


def test_stories_in_json_csv_and_table(store):
    _, path = store
    runner = CliRunner()
    as_json = json.loads(runner.invoke(main, ["timeline", "--db", path, "--json"]).stdout)
    assert all(e["stories"] <= e["report_count"] == len(e["reports"]) for e in as_json)
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["timeline", "--db", path, "--csv"]).stdout)))
    assert any(int(r["reports"]) > int(r["stories"]) for r in rows)
    table = runner.invoke(main, ["positions", "--db", path]).stdout.splitlines()
    assert "reports" in table[0].split() and "stories" in table[0].split()
    pos = list(csv.DictReader(io.StringIO(runner.invoke(main, ["positions", "--db", path, "--csv"]).stdout)))
    assert any(int(p["reports"]) > int(p["stories"]) for p in pos)
