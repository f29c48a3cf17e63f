"""Corpus throughput: plain `ingest` and `ingest --dask` with one and two workers, same reports.

The reports are generated at run time from the dev corpus (each a variant: paragraphs reordered,
its own number line and date, so every text is new) and written to a temporary .jsonl dump that
every run reads; each run stores into a fresh PostgreSQL database (SQLite with --sqlite). Prints
reports per second, the speed-up of two workers over one, and the peak resident memory of the
process (plain) or of each worker (Dask).

    python benchmarks/corpus.py [--reports 2000] [--postgres URL] [--sqlite] [--partition-size 32]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import tempfile
import time
import uuid
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def write_corpus(n: int, path: Path) -> None:
    """n variants of the dev reports as one JSON Lines dump."""
    from detente.reading import Article, load

    base = [a for a in load([CORPUS]) if isinstance(a, Article)]
    rng = random.Random(2000)
    with open(path, "w", encoding="utf-8") as out:
        for k in range(n):
            article = base[k % len(base)]
            paragraphs = article.text.split("\n\n")
            head, rest = paragraphs[:1], paragraphs[1:]
            rng.shuffle(rest)
            published = date.fromisoformat(article.published) + timedelta(days=k // len(base))
            row = {**{key: v for key, v in asdict(article).items() if key in ("url", "outlet", "title")},
                   "id": f"{article.id}-{k}", "negotiation": f"bench-{article.negotiation}",
                   "published": published.isoformat(), "url": None,
                   "text": "\n\n".join(head + rest + [f"Report {k} of the benchmark corpus."])}
            out.write(json.dumps(row) + "\n")


class Database:
    """A fresh store per run: a new PostgreSQL database (dropped after), or a SQLite file."""

    def __init__(self, postgres: str | None, folder: Path) -> None:
        self.postgres, self.folder = postgres, folder

    def __enter__(self) -> str:
        if not self.postgres:
            return f"sqlite:///{self.folder / f'{uuid.uuid4().hex}.db'}"
        self.name = f"detente_bench_{uuid.uuid4().hex[:10]}"
        self.admin = create_engine(self.postgres, isolation_level="AUTOCOMMIT")
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        return make_url(self.postgres).set(database=self.name).render_as_string(hide_password=False)

    def __exit__(self, *exc) -> None:
        if self.postgres:
            with self.admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
            self.admin.dispose()


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time of this process so far: throughput per core does not depend on what else runs."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_plain(dump: Path, url: str) -> tuple[int, float, float, float]:
    from detente.ingestion import ingest
    from detente.reading import Article, load
    from detente.reading.pipeline import load_pipeline
    from detente.store import open_store

    engine = open_store(url)
    load_pipeline("ceasefire")  # as a worker's plugin does before its first task
    start, cpu = time.perf_counter(), cpu_seconds()
    articles = [a for a in load([dump]) if isinstance(a, Article)]
    stored = sum(report_id is not None for _a, report_id, _r in ingest(engine, articles))
    elapsed, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    engine.dispose()
    return stored, elapsed, cpu, peak_rss_mb()


def run_dask(dump: Path, url: str, workers: int, size: int) -> tuple[int, float, float, list[float]]:
    from distributed import Client, LocalCluster

    from detente.ingestion.cluster import ReaderPlugin, ingest_on_dask
    from detente.store import open_store

    engine = open_store(url)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        client.register_plugin(ReaderPlugin("ceasefire"))  # workers load the reader before the clock starts
        cpu = sum(client.run(cpu_seconds).values())
        start = time.perf_counter()
        summary = ingest_on_dask(cluster.scheduler_address, [dump], engine, url, {}, size=size,
                                 warn=lambda line: None)
        elapsed = time.perf_counter() - start
        cpu = sum(client.run(cpu_seconds).values()) - cpu
        peaks = sorted(client.run(peak_rss_mb).values())
    engine.dispose()
    return len(summary.stored), elapsed, cpu, peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--postgres", default=POSTGRES)
    parser.add_argument("--sqlite", action="store_true", help="store into SQLite files instead")
    parser.add_argument("--partition-size", type=int, default=32)
    args = parser.parse_args()
    postgres = None if args.sqlite else args.postgres
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dump = folder / "corpus.jsonl"
        write_corpus(args.reports, dump)
        print(f"{args.reports} reports ({dump.stat().st_size / 1e6:.1f} MB), store: "
              f"{'SQLite' if args.sqlite else 'PostgreSQL'}, {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f}")
        with Database(postgres, folder) as url:
            stored, elapsed, cpu, peak = run_plain(dump, url)
        print(f"plain ingest      {stored / elapsed:6.2f} reports/s  ({stored} in {elapsed:6.1f} s)  "
              f"{stored / cpu:5.2f} reports per CPU-second  peak {peak:5.0f} MB")
        rates = {}
        for workers in (1, 2):
            with Database(postgres, folder) as url:
                stored, elapsed, cpu, peaks = run_dask(dump, url, workers, args.partition_size)
            rates[workers] = stored / elapsed
            print(f"dask, {workers} worker{'s' if workers > 1 else ' '}  {rates[workers]:6.2f} reports/s  "
                  f"({stored} in {elapsed:6.1f} s)  {stored / cpu:5.2f} reports per worker CPU-second  "
                  f"peak per worker {', '.join(f'{p:.0f}' for p in peaks)} MB")
        print(f"two workers / one: {rates[2] / rates[1]:.2f}x (load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
