"""Fuzzing every loader and the commands that take files: damaged inputs never end in a traceback.

Each example mutates a valid input (see tests/fuzz.py). Loaders must return
their result or raise the one-line DetenteError; commands must exit with 0,
1 or 3 and print no traceback; an ingest leaves the store holding what it
held before plus exactly the reports the loader accepted.
``DETENTE_FUZZ_SCALE=N`` runs N times as many examples.
"""

from __future__ import annotations

import gzip
import json
import re
import tempfile
from datetime import date
from importlib import resources
from pathlib import Path

import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import create_engine, select

from detente.cli import main
from detente.conflict import analyse, load_model, to_gmcr
from detente.errors import DetenteError, InputError
from detente.reading import Article, Skipped, load
from detente.reading.lexicon import Pack
from detente.reading.pack_schema import check_pack
from detente.reading.report_schema import MAX_FIELD_CHARS, MAX_TEXT_BYTES
from detente.store.schema import reports
from detente.store.writes import content_hash

from .conftest import EXAMPLE_MODEL
from .fuzz import as_json, as_yaml, damaged_bytes, fuzz_settings, mutated

REPORT = ("Hamas is ready to release ten hostages in exchange for a six-week truce, officials said on Tuesday. "
          "Israel rejected the offer and demanded the release of all hostages, according to a statement.")
REPORT_BASE = {"id": "r1", "text": REPORT, "url": "https://example.org/talks", "outlet": "The Courier",
               "title": "Talks resume", "published": "2025-04-02", "negotiation": "gaza"}
HUGE_TEXT = "talks " * (MAX_TEXT_BYTES // 6 + 100)
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
YAML_BASE = yaml.safe_load(EXAMPLE_MODEL.read_text(encoding="utf-8"))
GMCR_BASES = [
    to_gmcr(load_model(EXAMPLE_MODEL)),
    {"options": [{"name": "Escalate", "permittedDirection": "fwd"}, {"name": "Attack", "permittedDirection": "both"}],
     "decisionMakers": [{"name": "A", "options": [0], "preferenceRanking": [1, [2, 3], 4], "preferences": []},
                        {"name": "B", "options": [1], "preferenceRanking": [4, 3, 2, 1], "preferences": [],
                         "misperceptions": [[[0, "Y"], [1, "N"]]]}],
     "infeasibles": [], "useManualPreferenceRanking": True},
    {"options": [{"name": "Release", "permittedDirection": "both"}, {"name": "Attack", "permittedDirection": "back"}],
     "decisionMakers": [{"name": "A", "options": [0], "preferences": [{"compound": True, "members": [
         [[0, "Y"], [1, "N"]], [[1, "Y"]]]}, [[0, "N"]]]},
                        {"name": "B", "options": [1], "preferences": [[[1, "Y"]]]}],
     "infeasibles": [[[0, "Y"], [1, "Y"]]], "coalitions": [0, 1]},
]
PACK_BASE = yaml.safe_load((resources.files("detente.reading") / "packs" / "ceasefire.yaml").read_text("utf-8"))


def report_lines(draw) -> list[str]:
    """One to three JSON Lines: valid reports, mutated ones, and now and then a huge text."""
    lines = []
    for k in range(draw(st.integers(1, 3))):
        base = dict(REPORT_BASE, id=f"r{k}", text=f"{REPORT} Report number {k}.")
        kind = draw(st.sampled_from(["valid", "mutated", "mutated", "mutated", "huge"]))
        doc = base if kind == "valid" else dict(base, text=HUGE_TEXT) if kind == "huge" else \
            draw(mutated(base, max_changes=3))
        lines.append(as_json(doc))
    return lines


@st.composite
def report_files(draw) -> tuple[str, bytes]:
    """(suffix, bytes) of a damaged .json, .jsonl, .jsonl.gz (maybe cut short), .txt or .html report."""
    suffix = draw(st.sampled_from([".json", ".jsonl", ".jsonl", ".jsonl.gz", ".txt", ".html"]))
    if suffix == ".jsonl.gz":
        packed = gzip.compress(draw(damaged_bytes("\n".join(report_lines(draw)))))
        return suffix, packed[:draw(st.sampled_from([len(packed), len(packed) // 2, 12]))]
    if suffix == ".json":
        text = as_json(draw(mutated(REPORT_BASE)))
    elif suffix == ".jsonl":
        text = "\n".join(report_lines(draw))
    else:
        junk = draw(st.sampled_from(["", "\x00", "\x1b[2J", "\ud800", "\x7f\x9f", "\u2028", "\t\r\n"]))
        at = draw(st.integers(0, len(REPORT)))
        body = REPORT[:at] + junk + REPORT[at:]
        text = body if suffix == ".txt" else f"<html><head><title>{junk}T</title></head><body><article><p>{body}" \
                                             f"</p><p>{body}</p></article></body></html>"
    return suffix, draw(damaged_bytes(text))


def check_article(item) -> None:
    """What every accepted report satisfies, whatever came in."""
    assert isinstance(item, Article)
    assert item.text and not CONTROLS.search(item.text) and len(item.text.encode("utf-8")) <= MAX_TEXT_BYTES
    for key, value in item.metadata().items():
        assert value is None or (isinstance(value, str) and not CONTROLS.search(value)
                                 and len(value) <= MAX_FIELD_CHARS), key
    if item.published is not None:
        assert date.fromisoformat(item.published)
    assert isinstance(item.id, str) and not CONTROLS.search(item.id)


def write(folder: str, name: str, data: bytes) -> Path:
    path = Path(folder) / name
    path.write_bytes(data)
    return path


def no_traceback(result, codes: tuple[int, ...]) -> None:
    assert result.exit_code in codes, (result.exit_code, result.output[-2000:], result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


@fuzz_settings(300)
@given(report_files())
def test_report_loader(file):
    suffix, data = file
    with tempfile.TemporaryDirectory() as folder:
        items = list(load([write(folder, "report" + suffix, data)]))
    for item in items:
        if isinstance(item, Skipped):
            assert str(item).startswith("warning: ") and "\n" not in str(item)
        else:
            check_article(item)


def _analysed(path: Path) -> None:
    try:
        conflict = load_model(path)
    except DetenteError as exc:
        assert "\n" not in str(exc) and str(exc).startswith(str(path))
        return
    try:
        analyse(conflict)
    except DetenteError as exc:
        assert "\n" not in str(exc)


@fuzz_settings(300)
@given(st.sampled_from(GMCR_BASES).flatmap(mutated).map(as_json).flatmap(damaged_bytes))
def test_gmcr_loader(data):
    with tempfile.TemporaryDirectory() as folder:
        _analysed(write(folder, "model.gmcr", data))


@fuzz_settings(200)
@given(mutated(YAML_BASE).map(as_yaml).flatmap(damaged_bytes))
def test_yaml_loader(data):
    with tempfile.TemporaryDirectory() as folder:
        _analysed(write(folder, "model.yaml", data))


@fuzz_settings(100)
@given(mutated(PACK_BASE).map(as_yaml))
def test_pack_loader(text):
    try:
        data = check_pack(text, "pack.yaml")
    except InputError as exc:
        assert str(exc).startswith("pack.yaml") and "\n" not in str(exc)
        return
    pack = Pack("fuzzed", data)
    for section, value in PACK_BASE.items():  # every accessor the reader uses, on every known path
        pack.words(section)
        pack.section(section)
        for key in value if isinstance(value, dict) else ():
            pack.words(section, key)
            for inner in pack.section(section, key) or ():
                pack.words(section, key, inner)
    for spec in pack.parties.values():
        assert isinstance(spec, dict)


@fuzz_settings(30)
@given(st.one_of(st.sampled_from(GMCR_BASES).flatmap(mutated).map(as_json).flatmap(damaged_bytes)
                 .map(lambda b: ("model.gmcr", b)),
                 mutated(YAML_BASE).map(as_yaml).flatmap(damaged_bytes).map(lambda b: ("model.yaml", b))))
def test_analyze_and_convert_model_commands(file):
    name, data = file
    with tempfile.TemporaryDirectory() as folder:
        path = write(folder, name, data)
        result = CliRunner().invoke(main, ["analyze", str(path), "--summary"])
        no_traceback(result, (0, 1))
        target = Path(folder) / ("out.yaml" if name.endswith(".gmcr") else "out.gmcr")
        converted = CliRunner().invoke(main, ["convert", str(path), str(target)])
    no_traceback(converted, (0, 1))
    assert (converted.exit_code == 0) == (result.exit_code == 0)  # the same model loads for both, or neither


@st.composite
def jsonl_files(draw) -> bytes:
    return draw(damaged_bytes("\n".join(report_lines(draw))))


@fuzz_settings(12)
@given(jsonl_files())
def test_read_command(data):
    with tempfile.TemporaryDirectory() as folder:
        path = write(folder, "reports.jsonl", data)
        accepted = [i for i in load([path]) if isinstance(i, Article)]
        result = CliRunner().invoke(main, ["read", str(path), "--json"])
    no_traceback(result, (0, 3))
    assert len(result.stdout.splitlines()) == len(accepted)
    if any(a.warnings for a in accepted):
        assert result.exit_code == 3


def _stored(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(conn.scalars(select(reports.c.content_hash)))
    except Exception:  # noqa: BLE001 - before the first ingest there is no schema yet
        return set()
    finally:
        engine.dispose()


@fuzz_settings(10)
@given(files=st.lists(jsonl_files(), min_size=1, max_size=2))
def test_ingest_command_stores_exactly_the_valid_reports(db_url, files):
    before = _stored(db_url)
    with tempfile.TemporaryDirectory() as folder:
        paths = [write(folder, f"reports{k}.jsonl", data) for k, data in enumerate(files)]
        accepted = [i for i in load(paths) if isinstance(i, Article)]
        result = CliRunner().invoke(main, ["ingest", *map(str, paths), "--db", db_url])
    no_traceback(result, (0, 3))
    assert _stored(db_url) == before | {content_hash(a.text) for a in accepted}


def test_the_issue_cases_through_ingest_on_every_store(db_url, tmp_path):
    """List URL, numeric outlet, impossible date and NUL characters: warned about, never a traceback."""
    rows = [dict(REPORT_BASE, id="a", url=["x"]), dict(REPORT_BASE, id="b", text=REPORT + " B.", outlet=12),
            dict(REPORT_BASE, id="c", text=REPORT + " C.", published="2025-13-45"),
            dict(REPORT_BASE, id="d", text=REPORT + " D.\x00", outlet="The\x00Courier", title="\x00")]
    path = tmp_path / "issue.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    before = _stored(db_url)
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", db_url])
    no_traceback(result, (3,))
    assert _stored(db_url) - before == {content_hash(REPORT + " C."), content_hash(REPORT + " D.")}


@fuzz_settings(5)
@given(mutated(PACK_BASE, max_changes=2).map(as_yaml))
def test_read_command_with_a_damaged_pack(text):
    """Each example builds a new pipeline (about a second), so only a few: the loader test above does the rest."""
    with tempfile.TemporaryDirectory() as folder:
        pack = write(folder, "pack.yaml", text.encode("utf-8", "surrogatepass"))
        report = write(folder, "report.txt", REPORT.encode("utf-8"))
        result = CliRunner().invoke(main, ["read", str(report), "--pack", str(pack)])
    no_traceback(result, (0, 1))
