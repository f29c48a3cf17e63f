"""Ingesting a corpus on a Dask cluster (dask.distributed): ``--dask ADDRESS`` or ``--dask local:N``.

Each worker loads the reader once (a worker plugin), reads its partitions from the files itself,
and stores what it read straight into PostgreSQL; with a SQLite store the readings come back and
this process stores them. A report that fails is named and skipped; a re-run skips what is stored.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from distributed.diagnostics.plugin import WorkerPlugin
from sqlalchemy import Engine, select

from ..errors import DetenteError
from ..reading.loaders import Article, Skipped
from ..store.schema import reports
from ..store.writes import content_hash, known_hashes
from .partitions import DEFAULT_SIZE, Partition, plan, read_partition
from .writer import store_reading

_ENGINES: dict[str, Engine] = {}


@dataclass
class PartitionResult:
    """What one partition added; ``readings`` only when the store is this process's (SQLite)."""

    stored: list[int] = field(default_factory=list)
    revisions: int = 0
    already: int = 0
    warnings: list[str] = field(default_factory=list)
    readings: list[tuple[Article, dict]] = field(default_factory=list)


@dataclass
class Summary:
    stored: list[int] = field(default_factory=list)
    revisions: int = 0
    already: int = 0
    skipped: int = 0


def connect(address: str):
    """A client on the scheduler at ``address``, or on a new local cluster of N workers (``local:N``)."""
    from distributed import Client, LocalCluster

    try:
        if address.startswith("local:"):
            workers = int(address.removeprefix("local:"))
            if not 1 <= workers <= 256:
                raise ValueError
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            return Client(cluster)
        return Client(address, timeout="20s")
    except ValueError:
        raise DetenteError(f"--dask {address}: expected a scheduler address (tcp://host:8786) or local:N") from None
    except OSError as exc:
        raise DetenteError(f"--dask {address}: cannot reach the Dask scheduler ({exc})") from None


class ReaderPlugin(WorkerPlugin):
    """Loads the reading pipeline once on every worker, when it starts."""

    name = "detente-reader"

    def __init__(self, pack: str) -> None:
        self.pack = pack

    def setup(self, worker) -> None:
        from ..reading.pipeline import load_pipeline

        load_pipeline(self.pack)


def _engine(url: str) -> Engine:
    from ..store import open_store

    if url not in _ENGINES:
        _ENGINES[url] = open_store(url, migrate=False)
    return _ENGINES[url]


def ingest_partition(part: Partition, defaults: dict, pack: str, url: str | None,
                     stored: set[str] | frozenset = frozenset()) -> PartitionResult:
    """On a worker: read the partition's reports that are not stored yet, and store them at ``url``
    (or hand the readings back when ``url`` is None)."""
    from ..reading import read_articles

    result = PartitionResult()
    articles = []
    for item in read_partition(part, defaults):
        if isinstance(item, Skipped):
            result.warnings.append(str(item))
        else:
            articles.append(item)
    engine = _engine(url) if url else None
    digests = [content_hash(a.text) for a in articles]
    known = known_hashes(engine, digests) if engine is not None else set(stored)
    fresh = [a for a, d in zip(articles, digests) if d not in known]
    result.already = len(articles) - len(fresh)
    for article, reading in _read_each(fresh, lambda batch: read_articles(batch, pack=pack), result.warnings):
        if engine is None:
            result.readings.append((article, reading))
            continue
        try:
            outcome = store_reading(engine, article, reading)
        except Exception as exc:  # noqa: BLE001 - one bad report never stops the corpus
            result.warnings.append(f"warning: {article.where or article.id}: could not be stored ({_brief(exc)}); "
                                   "skipped")
            continue
        if outcome is None:
            result.already += 1
        else:
            result.stored.append(outcome[0])
            result.revisions += outcome[1]
    return result


def _read_each(articles: list[Article], read: Callable, warnings: list[str]):
    """(article, reading) for the partition, in one batch; if the batch fails, one by one, naming
    and skipping the report that fails."""
    try:
        yield from zip(articles, list(read(articles)))
        return
    except Exception:  # noqa: BLE001 - find the culprit below
        pass
    for article in articles:
        try:
            (reading,) = list(read([article]))
        except Exception as exc:  # noqa: BLE001
            warnings.append(f"warning: {article.where or article.id}: could not be read ({_brief(exc)}); skipped")
            continue
        yield article, reading


def _brief(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:200]


def ingest_on_dask(address: str, paths: list[str | Path], engine: Engine, url: str, defaults: dict,
                   pack: str = "ceasefire", size: int = DEFAULT_SIZE, progress: bool = False,
                   warn: Callable[[str], None] = print) -> Summary:
    """Read and store a corpus on a Dask cluster; warnings (skipped reports) go to ``warn``."""
    from distributed import as_completed

    remote = url if engine.dialect.name == "postgresql" else None
    parts = list(plan(paths, size))
    summary = Summary()
    if not parts:
        return summary
    client = connect(address)
    try:
        client.register_plugin(ReaderPlugin(pack))
        stored = frozenset() if remote else frozenset(_all_hashes(engine))
        stored_arg = client.scatter([stored], broadcast=True)[0] if stored else frozenset()  # one object, sent once
        futures = client.map(ingest_partition, parts, defaults=defaults, pack=pack, url=remote, stored=stored_arg,
                             pure=False)
        which = {f.key: p for f, p in zip(futures, parts)}
        bar = _progress_thread(futures) if progress else None
        for future in as_completed(futures):
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost partition is named, the rest go on
                warn(f"warning: {which[future.key]}: partition failed ({_brief(exc)}); skipped")
                summary.skipped += which[future.key].size
                continue
            for line in result.warnings:
                warn(line)
            summary.skipped += len(result.warnings)
            summary.already += result.already
            summary.stored += result.stored
            summary.revisions += result.revisions
            for article, reading in result.readings:
                outcome = store_reading(engine, article, reading)
                if outcome is None:
                    summary.already += 1
                else:
                    summary.stored.append(outcome[0])
                    summary.revisions += outcome[1]
            future.release()
        if bar is not None:
            bar.join(timeout=5)
    except KeyboardInterrupt:
        raise DetenteError("interrupted: every report stored so far is complete; run again to go on") from None
    finally:
        _close(client)
    return summary


def _all_hashes(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.scalars(select(reports.c.content_hash)))


def _progress_thread(futures) -> threading.Thread:
    """Dask's text progress bar, drawn on stderr beside the work."""
    from distributed.diagnostics.progressbar import TextProgressBar

    class StderrBar(TextProgressBar):
        def _draw_bar(self, remaining, all, **kwargs):
            frac = (1 - remaining / all) if all else 1.0
            sys.stderr.write(f"\r[{'#' * int(self.width * frac):<{self.width}}] | {int(100 * frac)}% Completed")
            sys.stderr.flush()

        def _draw_stop(self, **kwargs):
            sys.stderr.write("\n")
            sys.stderr.flush()

    thread = threading.Thread(target=StderrBar, args=(futures,), daemon=True)
    thread.start()
    return thread


def _close(client) -> None:
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()
