"""Four processes ingesting overlapping report sets at once leave the store exactly as one clean
ingest of the union: on PostgreSQL (a fresh database, so the migrations race too) and SQLite."""

from __future__ import annotations

import multiprocessing
import random

import pytest

from .conftest import SHARED, needs_shared
from .databases import fresh_postgres, table_contents
from .syndication import read_corpus

WRITERS = 4


def _writer(url: str, items: list, barrier) -> None:
    from detente.ingestion import store_reading
    from detente.store import open_store

    barrier.wait(timeout=120)
    engine = open_store(url)  # all four migrate a fresh database at the same moment
    for article, reading in items:
        store_reading(engine, article, reading)
    engine.dispose()


def _ingest_concurrently(url: str, items: list) -> None:
    rng = random.Random(9)
    subsets = []
    for k in range(WRITERS):  # each writer has three quarters of the reports, in its own order
        mine = [item for i, item in enumerate(items) if i % WRITERS != k]
        rng.shuffle(mine)
        subsets.append(mine)
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(WRITERS)
    processes = [ctx.Process(target=_writer, args=(url, subset, barrier)) for subset in subsets]
    for p in processes:
        p.start()
    for p in processes:
        p.join(timeout=300)
    assert [p.exitcode for p in processes] == [0] * WRITERS


def _ingest_once(url: str, items: list) -> None:
    from detente.ingestion import store_reading
    from detente.store import open_store

    engine = open_store(url)
    for article, reading in items:
        store_reading(engine, article, reading)
    engine.dispose()


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_four_writers_leave_what_one_clean_ingest_leaves(backend, tmp_path):
    needs_shared(SHARED / "corpus" / "dev")
    items = list(read_corpus())
    if backend == "sqlite":
        concurrent, clean = f"sqlite:///{tmp_path / 'four.db'}", f"sqlite:///{tmp_path / 'one.db'}"
        _ingest_concurrently(concurrent, items)
        _ingest_once(clean, items)
        assert table_contents(concurrent) == table_contents(clean)
        return
    with fresh_postgres() as concurrent, fresh_postgres() as clean:
        _ingest_concurrently(concurrent, items)
        _ingest_once(clean, items)
        got, want = table_contents(concurrent), table_contents(clean)
        assert got.keys() == want.keys()
        for table in want:
            assert got[table] == want[table], (table, set(got[table]) ^ set(want[table]))
