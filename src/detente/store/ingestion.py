"""Storing readings: one transaction per report, idempotent, revisions by URL."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Engine, insert, select, update

from ..errors import DetenteError
from ..reading.loaders import Article
from ..records import move_signature
from ..tracking.dates import resolve
from . import entries
from .schema import evidence, figures, moves, parties, party_aliases, report_parties, reports, statements, terms


def content_hash(text: str) -> str:
    """Same text, same hash, whatever the whitespace around it."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def parse_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def infer_negotiation(reading: dict) -> str:
    """A label from the parties that act, for reports that carry none."""
    counts: dict[str, int] = {}
    for m in reading["moves"]:
        counts[m["actor"]] = counts.get(m["actor"], 0) + 1
    top = sorted(counts, key=lambda p: (-counts[p], p))[:2]
    if not top:
        top = sorted(reading.get("parties") or {})[:2]
    return "-".join(sorted(re.sub(r"\W+", "-", p.lower()).strip("-") for p in top)) or "unlabelled"


def known_hashes(engine: Engine, hashes: Iterable[str]) -> set[str]:
    hashes = list(hashes)
    found: set[str] = set()
    with engine.connect() as conn:
        for k in range(0, len(hashes), 500):
            chunk = hashes[k:k + 500]
            found.update(conn.scalars(select(reports.c.content_hash).where(reports.c.content_hash.in_(chunk))))
    return found


def store_reading(engine: Engine, article: Article, reading: dict) -> tuple[int, bool] | None:
    """Store one report and everything read from it, in one transaction.

    Returns (report id, is a revision), or None when the same text is already stored.
    """
    digest = content_hash(article.text)
    with engine.begin() as conn:
        if conn.scalar(select(reports.c.id).where(reports.c.content_hash == digest)) is not None:
            return None
        published = parse_date(article.published)
        previous = None
        if article.url:
            previous = conn.execute(select(reports.c.id, reports.c.revision).where(
                reports.c.url == article.url, reports.c.superseded.is_(False))).first()
        negotiation = article.negotiation or infer_negotiation(reading)
        report_id = conn.execute(insert(reports).values(
            article=article.id, content_hash=digest, url=article.url, outlet=article.outlet, title=article.title,
            published=published, negotiation=negotiation, negotiation_inferred=article.negotiation is None,
            revision=(previous.revision + 1) if previous else 1, revision_of=previous.id if previous else None,
            superseded=False, source_path=article.path, ingested_at=datetime.now(UTC).replace(tzinfo=None),
            text=article.text)).inserted_primary_key[0]
        if previous:
            old_negotiation = conn.scalar(select(reports.c.negotiation).where(reports.c.id == previous.id))
            conn.execute(update(reports).where(reports.c.id == previous.id).values(superseded=True))
        _store_parties(conn, report_id, reading.get("parties") or {})
        report = {"id": report_id, "article": article.id, "outlet": article.outlet,
                  "published": published.isoformat() if published else None}
        _store_records(conn, report, negotiation, published, reading, keep_timeline=previous is None)
        if previous:
            for label in {old_negotiation, negotiation}:
                entries.rebuild(conn, label)
        return report_id, previous is not None


def _store_parties(conn: Connection, report_id: int, found: dict[str, list[str]]) -> None:
    for name, aliases in found.items():
        party_id = conn.scalar(select(parties.c.id).where(parties.c.name == name))
        if party_id is None:
            party_id = conn.execute(insert(parties).values(name=name)).inserted_primary_key[0]
        known = set(conn.scalars(select(party_aliases.c.alias).where(party_aliases.c.party_id == party_id)))
        new = [a[:300] for a in dict.fromkeys(aliases) if a[:300] not in known]
        if new:
            conn.execute(insert(party_aliases), [{"party_id": party_id, "alias": a} for a in new])
        conn.execute(insert(report_parties).values(report_id=report_id, party_id=party_id))


def _store_records(conn: Connection, report: dict, negotiation: str, published: date | None, reading: dict,
                   keep_timeline: bool = True) -> None:
    report_id = report["id"]
    spans: dict[tuple[int, int], int] = {}

    def span(item: dict) -> int:
        key = (item["start"], item["end"])
        if key not in spans:
            spans[key] = conn.execute(insert(evidence).values(
                report_id=report_id, start=item["start"], end=item["end"],
                sentence=item.get("sentence", ""))).inserted_primary_key[0]
        return spans[key]

    for s in reading.get("sources", []):
        conn.execute(insert(statements).values(
            report_id=report_id, evidence_id=span(s), speaker=s["speaker"], cue=s["cue"],
            chain=json.dumps(s["chain"]), party=s.get("party"), on_record=bool(s["on_record"])))
    fallback = published or date.today()
    term_rows = []
    for ordinal, m in enumerate(reading["moves"]):
        when, precision = resolve(m.get("sentence", ""), published)
        signature = move_signature(m)
        move_id = conn.execute(insert(moves).values(
            report_id=report_id, evidence_id=span(m), ordinal=ordinal, type=m["type"], actor=m["actor"],
            addressee=m.get("addressee"), refers_to=m.get("refers_to"), source=m.get("source"),
            hedged=bool(m["hedged"]), negated=bool(m["negated"]), date=when or fallback,
            date_precision=precision, signature=signature)).inserted_primary_key[0]
        if keep_timeline:
            entries.add_move(conn, negotiation, report, move_id, m, when or fallback, precision, signature)
        for side in ("gives", "gets"):
            for t in m[side]:
                term_rows.append({"move_id": move_id, "side": side, "term": t["term"], "count": t.get("count"),
                                  "scope": t.get("scope"), "status": t.get("status"), "kind": t.get("kind"),
                                  "days": t.get("days"), "text": t.get("text")})
    if term_rows:
        conn.execute(insert(terms), term_rows)
    figure_rows = []
    for f in reading["facts"]:
        when, precision = resolve(f.get("sentence", ""), published)
        figure_rows.append({"report_id": report_id, "evidence_id": span(f), "quantity": f["quantity"],
                            "value": float(f["value"]), "bound": f["bound"], "source": f.get("source"),
                            "hedged": bool(f["hedged"]), "text": f.get("text"), "date": when or fallback,
                            "date_precision": precision})
    if figure_rows:
        conn.execute(insert(figures), figure_rows)


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
