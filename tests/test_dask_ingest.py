"""Ingesting on a Dask cluster: partitions read by the workers from files and dumps (.jsonl,
.jsonl.gz), a local cluster of two workers writing to PostgreSQL, failures named and skipped,
re-runs resumed."""

from __future__ import annotations

import gzip
import json
from dataclasses import asdict

from click.testing import CliRunner
from sqlalchemy import create_engine, text

from detente.cli import main
from detente.ingestion.cluster import _read_each
from detente.ingestion.partitions import plan, read_partition
from detente.reading import Article, Skipped, load
from detente.store import open_store

from .conftest import SHARED, needs_shared
from .databases import fresh_postgres, table_contents

DEV = SHARED / "corpus" / "dev"


def _dump(tmp_path, name: str, lines: list[str]):
    path = tmp_path / name
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


def _report(k: int) -> str:
    return json.dumps({"id": f"r{k}", "outlet": "Wire", "published": "2025-05-01", "negotiation": "talks",
                       "text": f"North offered to free {k} captives for a truce, officials said on report {k}."})


def test_partitions_cover_files_and_dumps_in_order(tmp_path):
    lines = [_report(k) for k in range(7)]
    lines[4] = "{not json"
    plain = _dump(tmp_path, "a.jsonl", lines)
    packed = _dump(tmp_path, "b.jsonl.gz", lines)
    single = tmp_path / "c.txt"
    single.write_text("North rejected the plan, its spokesman said on Monday.")
    parts = list(plan([plain, packed, single], size=3))
    assert [str(p) for p in parts] == [f"{plain}:1-3", f"{plain}:4-6", f"{plain}:7-7", f"{packed}:1-3",
                                       f"{packed}:4-6", f"{packed}:7-7", str(single)]
    for source in (plain, packed):
        whole = [str(x) if isinstance(x, Skipped) else (x.id, x.line) for x in load([source])]
        pieces = [str(x) if isinstance(x, Skipped) else (x.id, x.line)
                  for p in parts if p.dump == str(source) for x in read_partition(p, {})]
        assert pieces == whole
        assert f"warning: {source}:5: malformed JSON" in " ".join(map(str, pieces))


def test_a_report_that_fails_to_read_is_named_and_the_rest_are_read():
    articles = [Article(f"a{k}", f"text {k}", path="dump.jsonl", line=k) for k in range(1, 4)]

    def read(batch):
        if any(a.id == "a2" for a in batch):
            raise ValueError("the reader choked")
        return [{"article": a.id} for a in batch]

    warnings: list[str] = []
    got = [a.id for a, _ in _read_each(articles, read, warnings)]
    assert got == ["a1", "a3"]
    assert warnings == ["warning: dump.jsonl:2: could not be read (ValueError: the reader choked); skipped"]


def test_a_worker_reads_only_what_is_not_stored(tmp_path):
    from detente.ingestion.cluster import ingest_partition
    from detente.store import content_hash

    dump = _dump(tmp_path, "d.jsonl", [_report(k) for k in range(3)])
    stored = {content_hash(json.loads(_report(k))["text"]) for k in (0, 2)}
    (part,) = plan([dump], size=8)
    result = ingest_partition(part, {}, "ceasefire", None, frozenset(stored))
    assert result.already == 2
    assert [a.id for a, _reading in result.readings] == ["r1"]


def _poison(url: str) -> None:
    """A database that refuses one report, as a store refuses a row it cannot take."""
    open_store(url).dispose()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN IF NEW.article = 'poisoned' "
                          "THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"))
        conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON reports FOR EACH ROW EXECUTE FUNCTION refuse()"))
    engine.dispose()


def test_local_cluster_of_two_workers_stores_into_postgresql(tmp_path):
    needs_shared(DEV)
    dev = [a for a in load([DEV]) if isinstance(a, Article)]
    rows = [json.dumps({**{k: v for k, v in asdict(a).items() if k in ("url", "outlet", "published", "negotiation")},
                        "id": a.id, "text": a.text}) for a in dev]
    poisoned = json.dumps({"id": "poisoned", "negotiation": "talks", "published": "2025-05-01",
                           "text": dev[0].text + "\n\nOne more line."})
    runner = CliRunner()
    with fresh_postgres() as url, fresh_postgres() as plain_url:
        dump = _dump(tmp_path, "corpus.jsonl.gz", rows)
        here = runner.invoke(main, ["ingest", str(dump), "--db", plain_url])
        assert f"{len(dev)} stored" in here.stderr
        dump = _dump(tmp_path, "corpus.jsonl.gz", rows[:4] + ["{broken"] + [poisoned] + rows[4:])
        _poison(url)
        first = runner.invoke(main, ["ingest", str(dump), "--db", url, "--dask", "local:2", "--partition-size", "3"])
        assert first.exit_code == 3, first.output
        assert f"warning: {dump}:5: malformed JSON" in first.stderr
        assert f"warning: {dump}:6: could not be stored" in first.stderr and "refused by the test" in first.stderr
        assert f"{len(dev)} stored (0 revisions), 0 already stored, 2 skipped" in first.stderr
        assert table_contents(url) == table_contents(plain_url)

        again = runner.invoke(main, ["ingest", str(dump), "--db", url, "--dask", "local:2"])
        assert f"0 stored (0 revisions), {len(dev)} already stored" in again.stderr


def test_bad_dask_address_is_one_line(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("North rejected the plan, its spokesman said on Monday.")
    result = CliRunner().invoke(main, ["ingest", str(report), "--db", str(tmp_path / "s.db"), "--dask", "local:x"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: --dask local:x: expected a scheduler address (tcp://host:8786) or local:N"
