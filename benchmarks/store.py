"""Store speed: ingest 10,000 reports into SQLite and PostgreSQL, then query one negotiation.

Reports are generated from the dev corpus (each a copy with its own text, hash
and date, all in one negotiation); the corpus is read once, so the rate is the
store's, not spaCy's (see reading_speed.py for that). Target (issue 4): the
timeline and positions of a 10,000-report negotiation in under 200 ms.

    python benchmarks/store.py [--reports 10000] [--postgres URL] [--sqlite-only]
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def generated(n: int):
    from detente.reading import Article, load, read_articles

    base = [a for a in load([CORPUS]) if isinstance(a, Article)]
    readings = list(read_articles(base))
    start = date(2024, 1, 1)
    for k in range(n):
        article, reading = base[k % len(base)], readings[k % len(base)]
        day = start + timedelta(days=k // 20)
        yield (replace(article, id=f"{article.id}-{k}", text=f"{article.text}\n\n[copy {k}]",
                       published=day.isoformat(), negotiation="bench", url=None,
                       outlet=f"{article.outlet} {k % 40}"), copy.deepcopy(reading))


def reset_postgres(url: str) -> None:
    from detente.store.schema import metadata

    engine = create_engine(url)
    with engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def run(label: str, url: str, items: list) -> None:
    from detente.ingestion import store_reading
    from detente.store import open_store
    from detente.tracking import positions, timeline

    engine = open_store(url)
    start = time.perf_counter()
    for article, reading in items:
        store_reading(engine, article, reading)
    rate = len(items) / (time.perf_counter() - start)
    timings = {}
    for name, query in (("timeline", timeline), ("positions", positions)):
        query(engine, "bench")  # warm the connection pool
        best = min(_timed(query, engine) for _ in range(3))
        timings[name] = best
    entries = timeline(engine, "bench")
    print(f"{label:<10} ingest {rate:7.1f} reports/s   timeline {timings['timeline'] * 1000:6.0f} ms "
          f"({len(entries)} lines)   positions {timings['positions'] * 1000:6.0f} ms")
    engine.dispose()


def _timed(query, engine) -> float:
    start = time.perf_counter()
    query(engine, "bench")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--postgres", default=POSTGRES)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    items = list(generated(args.reports))
    print(f"{len(items)} reports, one negotiation")
    with tempfile.TemporaryDirectory() as tmp:
        run("SQLite", f"sqlite:///{Path(tmp) / 'bench.db'}", items)
    if not args.sqlite_only:
        reset_postgres(args.postgres)
        run("PostgreSQL", args.postgres, items)
        reset_postgres(args.postgres)


if __name__ == "__main__":
    main()
