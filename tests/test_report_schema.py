"""The report schema: wrong types skipped with the field named, bad dates unknown, control characters gone."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from detente.cli import SKIPPED_EXIT, main
from detente.reading import Article, Skipped, load
from detente.reading.report_schema import MAX_TEXT_BYTES, FieldError, check_date, check_report
from detente.store import open_store
from detente.store.schema import reports

REPORT = ("Hamas is ready to release ten hostages in exchange for a six-week truce, officials said. "
          "Israel rejected the offer and demanded the release of all hostages.")


@pytest.mark.parametrize("field, value, expected", [
    ("url", ["https://example.org"], "field 'url': expected a string, got a list"),
    ("outlet", 12, "field 'outlet': expected a string, got a number"),
    ("title", {"a": 1}, "field 'title': expected a string, got an object"),
    ("id", True, "field 'id': expected a string or a whole number, got a boolean"),
    ("text", None, "field 'text': expected the report's text (a string), got null"),
    ("text", " \x00 ", "field 'text': expected the report's text (a string that is not empty)"),
    ("outlet", "x" * 3000, "field 'outlet': expected at most 2048 characters, got 3000"),
])
def test_a_bad_field_is_named_with_what_was_expected(field, value, expected):
    with pytest.raises(FieldError) as caught:
        check_report({"text": REPORT, field: value})
    assert str(caught.value) == expected


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30", "0001-01-01", "April 1st", "20250401"])
def test_impossible_or_unknown_dates_are_kept_as_unknown_with_a_warning(value):
    fields = check_report({"text": REPORT, "published": value}, {"published": "2025-04-01"})
    assert fields.published is None  # never guessed, not even from the command's default
    assert len(fields.warnings) == 1 and "kept as unknown" in fields.warnings[0]


def test_good_dates_and_defaults():
    assert check_date("2025-04-01T09:30:00Z") == ("2025-04-01", None)
    fields = check_report({"text": REPORT, "id": 7}, {"published": "2025-04-02", "outlet": "Courier"})
    assert (fields.id, fields.published, fields.outlet, fields.warnings) == ("7", "2025-04-02", "Courier", ())


def test_control_characters_and_lone_surrogates_are_removed():
    fields = check_report({"text": "Talks\x00 resumed\ud800 " + REPORT, "outlet": "The\x00 Courier\n"})
    assert fields.text.startswith("Talks resumed ") and "\ud800" not in fields.text
    assert fields.outlet == "The Courier"
    article = Article("x\x00", "a\x00b\x07c", outlet="o\x00")  # built directly, from Python
    assert (article.id, article.text, article.outlet) == ("x", "abc", "o")


def test_a_report_over_the_size_limit_is_refused_up_front(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": REPORT + " word" * (MAX_TEXT_BYTES // 5 + 10)}) + "\n"
                    + json.dumps({"text": REPORT}) + "\n", encoding="utf-8")
    items = list(load([path]))
    assert isinstance(items[0], Skipped) and "at most 2 MB of text" in str(items[0])
    assert isinstance(items[1], Article)


def test_ingest_warns_and_stores_only_the_valid_reports(tmp_path):
    """The cases from issue 12: list url, numeric outlet, impossible date, NUL characters."""
    rows = [{"id": "list-url", "text": REPORT, "url": ["x"]},
            {"id": "number-outlet", "text": REPORT + " Again.", "outlet": 5},
            {"id": "bad-date", "text": REPORT + " Third.", "published": "2025-13-45"},
            {"id": "nul", "text": REPORT + " \x00Four.", "outlet": "The\x00 Courier", "published": "2025-04-01"}]
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    db = str(tmp_path / "t.db")
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", db])
    assert result.exit_code == SKIPPED_EXIT, result.output
    assert "Traceback" not in result.output
    assert "reports.jsonl:1: field 'url': expected a string, got a list; skipped" in result.stderr
    assert "reports.jsonl:3: field 'published': '2025-13-45' is not a possible date; kept as unknown" \
        in result.stderr
    with open_store(db).connect() as conn:
        stored = {r.article: r for r in conn.execute(select(reports.c.article, reports.c.outlet, reports.c.published,
                                                            reports.c.text))}
    assert set(stored) == {"bad-date", "nul"}
    assert stored["bad-date"].published is None
    assert stored["nul"].outlet == "The Courier" and "\x00" not in stored["nul"].text


def test_a_bad_published_option_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["read", str(path), "--published", "2025-13-45"])
    assert result.exit_code == 2 and "is not a date" in result.output
