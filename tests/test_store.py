"""The store and tracking, on report sets written for these tests, in SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

import detente.ingestion as ingest_module
import detente.store.writes as writes_module
from detente.errors import DetenteError
from detente.ingestion import store_reading
from detente.reading.loaders import Article
from detente.store import open_store
from detente.store.schema import evidence, moves, reports, terms
from detente.tracking import contradictions, negotiations, positions, series, timeline, what_is_new

TALKS = "border-talks"


def article(ident: str, text: str, published: str, outlet: str, url: str | None = None) -> Article:
    return Article(ident, text, url=url, outlet=outlet, published=published, negotiation=TALKS)


def move(actor, kind, sentence, start=0, gives=(), gets=(), source=None, hedged=False, refers_to=None):
    return {"start": start, "end": start + len(sentence), "actor": actor, "type": kind, "addressee": None,
            "gives": list(gives), "gets": list(gets), "refers_to": refers_to, "source": source,
            "hedged": hedged, "negated": False, "sentence": sentence}


def fact(quantity, value, sentence, bound="exact", source=None):
    return {"start": 0, "end": len(sentence), "quantity": quantity, "value": value, "bound": bound,
            "source": source, "hedged": False, "sentence": sentence}


def reading(moves_=(), facts=(), parties=None):
    return {"moves": list(moves_), "facts": list(facts), "parties": parties or {"North": [], "South": []},
            "sources": []}


HOSTAGES_10 = {"term": "hostage_release", "count": 10, "scope": None, "status": None}
HOSTAGES_20 = {"term": "hostage_release", "count": 20, "scope": None, "status": None}
TRUCE = {"term": "ceasefire", "kind": "temporary", "days": 30}


def test_same_move_from_two_outlets_is_one_timeline_line(db_url):
    engine = open_store(db_url)
    offer = "North offered to free 10 captives for a 30-day truce on Monday."
    store_reading(engine, article("a", offer + " Talks go on.", "2025-05-07", "Daily A"),
                  reading([move("North", "offer", offer, gives=[HOSTAGES_10], gets=[TRUCE])]))
    store_reading(engine, article("b", "Reports said: " + offer, "2025-05-06", "Courier B"),
                  reading([move("North", "offer", offer, gives=[HOSTAGES_10], gets=[TRUCE], source="diplomats")]))
    (entry,) = timeline(engine, TALKS)
    assert entry.date.isoformat() == "2025-05-05" and entry.date_precision == "day"
    assert sorted(r["outlet"] for r in entry.reports) == ["Courier B", "Daily A"]
    assert entry.sources == ["diplomats"]


def test_idempotent_and_revisions(db_url):
    engine = open_store(db_url)
    first = article("a", "South rejected the plan.", "2025-05-01", "Daily A", url="https://x/1")
    assert store_reading(engine, first, reading([move("South", "reject", "South rejected the plan.")])) is not None
    assert store_reading(engine, first, reading()) is None
    revised = article("a", "South rejected the plan outright.", "2025-05-01", "Daily A", url="https://x/1")
    report_id, is_revision = store_reading(engine, revised, reading([move("South", "reject",
                                                                         "South rejected the plan outright.")]))
    assert is_revision
    with engine.connect() as conn:
        rows = conn.execute(select(reports.c.id, reports.c.revision, reports.c.superseded).order_by(reports.c.id)).all()
    assert [(r.revision, r.superseded) for r in rows] == [(1, True), (2, False)]
    (entry,) = timeline(engine, TALKS, sentences=True)
    assert entry.reports[0]["sentence"] == "South rejected the plan outright."
    assert negotiations(engine)[0].reports == 1


def test_positions_change_and_as_of(db_url):
    engine = open_store(db_url)
    store_reading(engine, article("a", "North offered ten.", "2025-05-01", "A"),
                  reading([move("North", "offer", "North offered ten.", gives=[HOSTAGES_10])]))
    store_reading(engine, article("b", "North now offers twenty.", "2025-06-01", "B"),
                  reading([move("North", "offer", "North now offers twenty.", gives=[HOSTAGES_20])]))
    (now,) = [p for p in positions(engine, TALKS) if p.item == "hostage_release"]
    assert (now.stance, now.detail, now.change) == ("offers", "hostage_release(count=20)", "changed")
    assert now.previous == "offers: hostage_release(count=10) (2025-05-01)"
    from datetime import date

    (then,) = [p for p in positions(engine, TALKS, as_of=date(2025, 5, 15)) if p.item == "hostage_release"]
    assert (then.detail, then.change) == ("hostage_release(count=10)", "new")


def test_contradictions_respect_bounds(db_url):
    engine = open_store(db_url)
    s1, s2, s3 = "Over 50,000 people were killed.", "52,000 people were killed.", "40,000 people were killed."
    store_reading(engine, article("a", s1, "2025-05-01", "A"), reading(facts=[fact("deaths", 50000, s1, "at_least")]))
    store_reading(engine, article("b", s2, "2025-05-02", "B"), reading(facts=[fact("deaths", 52000, s2)]))
    store_reading(engine, article("c", s3, "2025-05-02", "C"), reading(facts=[fact("deaths", 40000, s3)]))
    by_quantity = series(engine, TALKS)
    assert [f.value for f in by_quantity["deaths"]] == [50000, 52000, 40000]
    clashes = {(c.first.article, c.second.article) for c in contradictions(by_quantity)}
    assert clashes == {("a", "c"), ("b", "c")}


def test_what_is_new(db_url):
    engine = open_store(db_url)
    s = "North offered ten."
    store_reading(engine, article("a", s, "2025-05-01", "A"), reading([move("North", "offer", s, gives=[HOSTAGES_10])],
                                                                       [fact("hostages_held", 50, s)]))
    ids = []
    for ident, text, gives, value in [("b", "North offered ten again.", HOSTAGES_10, 50),
                                      ("c", "North offered twenty.", HOSTAGES_20, 45)]:
        ids.append(store_reading(engine, article(ident, text, "2025-05-02", "B"),
                                 reading([move("North", "offer", text, gives=[gives])],
                                         [fact("hostages_held", value, text)]))[0])
    found = {(c.report, c.kind, c.status) for c in what_is_new(engine, ids)}
    assert found == {("b", "move", "repeated"), ("b", "figure", "repeated"),
                     ("c", "move", "changed"), ("c", "figure", "changed")}


def test_a_crash_mid_batch_leaves_nothing_half_written(db_url, monkeypatch):
    engine = open_store(db_url)
    good = article("a", "North offered ten.", "2025-05-01", "A")
    store_reading(engine, good, reading([move("North", "offer", "North offered ten.", gives=[HOSTAGES_10])]))
    original = writes_module.store_records

    def crash(*args, **kwargs):
        original(*args, **kwargs)
        raise RuntimeError("power cut")

    monkeypatch.setattr(writes_module, "store_records", crash)
    with pytest.raises(RuntimeError):
        store_reading(engine, article("b", "South offered twenty.", "2025-05-02", "B"),
                      reading([move("South", "offer", "South offered twenty.", gives=[HOSTAGES_20])]))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(reports)) == 1
        assert conn.scalar(select(func.count()).select_from(moves)) == 1
        assert conn.scalar(select(func.count()).select_from(terms)) == 1
        assert conn.scalar(select(func.count()).select_from(evidence)) == 1


def test_interrupted_ingest_says_what_was_kept(db_url, monkeypatch):
    engine = open_store(db_url)
    articles = [article(k, f"North offered {k}.", "2025-05-01", "A") for k in ("one", "two")]

    def reader(items, pack="ceasefire", workers=1):
        yield reading([move("North", "offer", "North offered one.")])
        raise KeyboardInterrupt

    monkeypatch.setattr("detente.reading.read_articles", reader)
    stored = []
    with pytest.raises(DetenteError, match="interrupted"):
        for _a, report_id, _rev in ingest_module.ingest(engine, articles):
            stored.append(report_id)
    assert len(stored) == 1
    assert len(list(ingest_module.ingest(engine, articles[:1]))) == 1  # already stored: skipped, not read


def test_bad_database_url_is_one_line():
    with pytest.raises(DetenteError, match="cannot open database"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_timeline_kept_at_ingest_equals_one_merged_afresh(db_url):
    from detente.tracking.records import load_moves
    from detente.tracking.timeline import merge, stored_timeline

    engine = open_store(db_url)
    offer = "North offered to free 10 captives."
    for k, published in enumerate(["2025-05-10", "2025-05-01", "2025-05-03", "2025-05-08", "2025-05-20"]):
        store_reading(engine, article(f"r{k}", f"{offer} ({k})", published, f"Outlet {k % 2}"),
                      reading([move("North", "offer", offer, gives=[HOSTAGES_10]),
                               move("South", "reject", "South rejected it.", start=40)]))

    def lines(entries):
        return [(e.date, e.actor, e.type, sorted(r["article"] for r in e.reports)) for e in entries]

    kept = stored_timeline(engine, TALKS)
    assert lines(kept) == lines(merge(load_moves(engine, TALKS)))
    assert len(kept) == 6  # 05-01..05-03 merge, 05-08..05-10 merge, 05-20 alone; twice (offer, reject)


def test_draft_sets_status_quo_from_releases_reported_done(db_url):
    from detente.drafting import draft

    engine = open_store(db_url)
    s1, s2 = "North offered to free ten captives for a truce.", "South demanded the release of ten captives."
    store_reading(engine, article("a", s1, "2025-05-01", "A"),
                  reading([move("North", "offer", s1, gives=[HOSTAGES_10], gets=[TRUCE])]))
    store_reading(engine, article("b", s2 + " North released 4 captives.", "2025-05-02", "B"),
                  reading([move("South", "demand", s2, gets=[HOSTAGES_10])],
                          [fact("hostages_released", 4, "North released 4 captives.")]))
    drafted = draft(timeline(engine, TALKS, sentences=True), figures=series(engine, TALKS))
    names = drafted.conflict.option_names
    assert drafted.conflict.status_quo[names.index("release_some")] == "Y"
    assert any("release_some is Y because hostages_released reported" in n for n in drafted.conflict.notes)
