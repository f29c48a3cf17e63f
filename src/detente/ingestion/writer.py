"""Storing one reading: the layer over the store and tracking that decides what a report adds.

One transaction per report, safe beside other writers: the locks that make two writers of the
same move, story or URL take turns are taken first, in one global order; a report another writer
has stored meanwhile is skipped; a transaction the database gives up on is tried again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from sqlalchemy import Connection, Engine

from ..errors import DetenteError
from ..reading.loaders import Article
from ..records import move_signature
from ..store import stories, writes
from ..store.transactions import retrying, take_locks
from ..tracking import kept
from ..tracking.dates import resolve


def parse_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:  # "2025-13-45": unknown, never guessed
        return None


def infer_negotiation(reading: dict) -> str:
    """A label from the parties that act, for reports that carry none."""
    counts: dict[str, int] = {}
    for m in reading["moves"]:
        counts[m["actor"]] = counts.get(m["actor"], 0) + 1
    top = sorted(counts, key=lambda p: (-counts[p], p))[:2]
    if not top:
        top = sorted(reading.get("parties") or {})[:2]
    return "-".join(sorted(re.sub(r"\W+", "-", p.lower()).strip("-") for p in top)) or "unlabelled"


def dated(reading: dict, published: date | None) -> dict:
    """The reading with each move's and figure's date resolved, and each move's signature."""
    fallback = published or date.today()

    def with_date(item: dict) -> dict:
        when, precision = resolve(item.get("sentence", ""), published)
        return {**item, "date": when or fallback, "date_precision": precision}

    moves = [{**with_date(m), "signature": move_signature(m)} for m in reading["moves"]]
    return {**reading, "moves": moves, "facts": [with_date(f) for f in reading["facts"]]}


def store_reading(engine: Engine, article: Article, reading: dict) -> tuple[int, bool] | None:
    """Store one report and everything read from it, in one transaction.

    Returns (report id, is a revision), or None when the same text is already stored.
    """
    digest = writes.content_hash(article.text)
    published = parse_date(article.published)
    negotiation = article.negotiation or infer_negotiation(reading)
    record = dated(reading, published)
    sig = stories.signature(article.text)
    what = f"{article.where or article.id}: could not store the report"
    for _ in range(3):
        earlier = None
        if article.url:
            with engine.connect() as conn:
                earlier = writes.current_revision(conn, article.url)
        try:
            return retrying(engine, _work(article, record, digest, published, negotiation, sig, earlier), what)
        except _Stale:
            continue  # another writer stored this URL's first text meanwhile: lock its negotiation too
    raise DetenteError(f"{what}: its URL kept changing under other writers; run again to store it")


class _Stale(Exception):
    """The URL's current report changed between the look before the transaction and inside it."""


def _work(article: Article, record: dict, digest: str, published: date | None, negotiation: str, sig: bytes,
          earlier) -> Callable[[Connection], tuple[int, bool] | None]:
    labels = {negotiation} | ({earlier.negotiation} if earlier else set())

    def work(conn: Connection) -> tuple[int, bool] | None:
        revising = earlier is not None
        take_locks(conn, exclusive=[f"report:{digest}", *stories.lock_names(sig),
                                    *(f"move:{negotiation}:{m['signature']}" for m in record["moves"]),
                                    *((f"url:{article.url}",) if article.url else ()),
                                    *((f"negotiation:{label}" for label in labels) if revising else ())],
                   shared=() if revising else [f"negotiation:{negotiation}"])
        previous = writes.current_revision(conn, article.url)
        if (previous is not None) != revising or (previous and previous.negotiation not in labels):
            raise _Stale()
        report_id = writes.insert_report(conn, {
            "article": article.id, "content_hash": digest, "url": article.url, "outlet": article.outlet,
            "title": article.title, "published": published, "negotiation": negotiation,
            "negotiation_inferred": article.negotiation is None,
            "revision": (previous.revision + 1) if previous else 1, "revision_of": previous.id if previous else None,
            "superseded": False, "source_path": article.path, "text": article.text})
        if report_id is None:
            return None
        story = stories.assign_story(conn, report_id, sig)
        if previous:
            writes.supersede(conn, previous.id)
        writes.store_parties(conn, report_id, record.get("parties") or {})
        move_ids = writes.store_records(conn, report_id, record)
        if previous:
            for label in sorted({previous.negotiation, negotiation}):
                kept.rebuild(conn, label)
        else:
            ref = {"article": article.id, "outlet": article.outlet,
                   "published": published.isoformat() if published else None, "story": story}
            for move_id, move in zip(move_ids, record["moves"]):
                kept.add_move(conn, negotiation, {**ref, "report_id": report_id, "move_id": move_id}, move)
        return report_id, previous is not None

    return work
