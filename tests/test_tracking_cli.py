"""The tracking commands end to end: ingest, negotiations, timeline, positions, figures."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from detente.cli import main

REPORTS = {
    "day1.json": {"outlet": "Daily A", "published": "2025-05-05", "negotiation": "border-talks",
                  "text": "Hamas is ready to release ten hostages in exchange for a six-week truce, officials said. "
                          "About 50 hostages remain in Gaza."},
    "day2.json": {"outlet": "Courier B", "published": "2025-05-06", "negotiation": "border-talks",
                  "text": "Israel rejected the offer on Monday and demanded the release of all hostages. "
                          "There are 48 hostages still held in Gaza."},
}


def write_reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, data in REPORTS.items():
        (folder / name).write_text(json.dumps(data))
    return folder


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_ingest_twice_stores_once_and_says_what_is_new(tmp_path, db_url):
    folder = write_reports(tmp_path)
    first = run("ingest", str(folder), "--db", db_url, "--what-is-new", "--json")
    assert first.exit_code == 0
    changes = json.loads(first.stdout)
    assert {c["status"] for c in changes} >= {"new"}
    assert any(c["kind"] == "figure" and c["status"] == "changed" for c in changes)
    assert "2 stored (0 revisions), 0 already stored" in first.stderr
    again = run("ingest", str(folder), "--db", db_url)
    assert "0 stored (0 revisions), 2 already stored" in again.stderr


def test_tracking_commands_in_every_format(tmp_path, db_url):
    run("ingest", str(write_reports(tmp_path)), "--db", db_url)
    listing = json.loads(run("negotiations", "--db", db_url, "--json").stdout)
    assert listing == [{"negotiation": "border-talks", "reports": 2, "first": "2025-05-05", "last": "2025-05-06",
                        "inferred": False}]
    entries = json.loads(run("timeline", "border-talks", "--db", db_url, "--json").stdout)
    assert [(e["actor"], e["type"]) for e in entries] == [("Hamas", "offer"), ("Israel", "reject"),
                                                          ("Israel", "demand")]
    assert entries[1]["date"] == "2025-05-05" and entries[1]["date_precision"] == "day"
    table = run("timeline", "border-talks", "--db", db_url).stdout
    assert table.splitlines()[0].split()[:3] == ["date", "actor", "type"]
    rows = list(csv.DictReader(io.StringIO(run("positions", "--db", db_url, "--csv").stdout)))
    assert {(r["party"], r["stance"]) for r in rows} >= {("Hamas", "offers"), ("Israel", "demands")}
    figures = json.loads(run("figures", "border-talks", "--db", db_url, "--json").stdout)
    assert [f["value"] for f in figures["series"]["hostages_held"]] == [50, 48]
    assert figures["contradictions"] == []
    known_then = json.loads(run("positions", "--db", db_url, "--json", "--as-of", "2025-05-05").stdout)
    assert {p["party"] for p in known_then} == {"Hamas"}  # Israel's answer was reported the next day


def test_bad_as_of_date_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["positions", "--db", str(tmp_path / "x.db"), "--as-of", "someday"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_figures_table_and_csv_flag_contradictions(tmp_path, db_url):
    from detente.ingestion import store_reading
    from detente.reading.loaders import Article
    from detente.store import open_store

    engine = open_store(db_url)
    for ident, value, outlet in (("a", 50000, "Daily A"), ("b", 40000, "Courier B")):
        sentence = f"{value:,} people were killed."
        store_reading(engine, Article(ident, sentence, outlet=outlet, published="2025-05-01", negotiation="war"),
                      {"moves": [], "parties": {}, "sources": [],
                       "facts": [{"start": 0, "end": len(sentence), "quantity": "deaths", "value": value,
                                  "bound": "exact", "source": None, "hedged": False, "sentence": sentence}]})
    table = run("figures", "war", "--db", db_url).stdout
    assert "1 contradiction(s):" in table and "50,000 (exact, Daily A" in table
    rows = list(csv.DictReader(io.StringIO(run("figures", "war", "--db", db_url, "--csv").stdout)))
    assert [r["contradicted"] for r in rows] == ["yes", "yes"]


def test_draft_needs_two_acting_parties(tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"negotiation": "solo", "published": "2025-05-05",
                                               "text": "Hamas is ready to release ten hostages for a truce."}))
    run("ingest", str(folder), "--db", str(tmp_path / "s.db"))
    result = CliRunner().invoke(main, ["draft", "solo", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1 and "fewer than two parties" in result.output


def test_read_with_two_workers_gives_the_same_readings(tmp_path):
    folder = write_reports(tmp_path)
    for k in range(10):  # enough reports for the work to be split between processes
        (folder / f"copy{k}.json").write_text(json.dumps({**REPORTS["day1.json"], "text":
                                                          REPORTS["day1.json"]["text"] + f" ({k})"}))
    one = run("read", str(folder), "--json").stdout
    two = run("read", str(folder), "--json", "--workers", "2").stdout
    assert one == two and one.count("\n") == 12
