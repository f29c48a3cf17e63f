"""Ingesting on this machine: read the reports not stored yet, store each as it is read."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Engine

from ..errors import DetenteError
from ..reading.loaders import Article
from ..store.writes import content_hash, known_hashes
from .writer import store_reading


def ingest(engine: Engine, articles: list[Article], pack: str = "ceasefire",
           workers: int = 1) -> Iterator[tuple[Article, int | None, bool]]:
    """Read and store articles not stored yet; yields (article, report id or None, is revision)."""
    from ..reading import read_articles

    digests = [content_hash(a.text) for a in articles]
    stored = known_hashes(engine, digests)
    fresh = [a for a, d in zip(articles, digests) if d not in stored]
    for article, digest in zip(articles, digests):
        if digest in stored:
            yield article, None, False
    try:
        for article, reading in zip(fresh, read_articles(fresh, pack=pack, workers=workers)):
            result = store_reading(engine, article, reading)
            yield article, (result[0] if result else None), bool(result and result[1])
    except KeyboardInterrupt:
        raise DetenteError("interrupted: every report stored so far is complete; run again to go on") from None
