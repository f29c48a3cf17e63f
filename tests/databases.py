"""Throw-away databases for tests that need a store of their own: a uniquely named PostgreSQL
database created and dropped around the test (so concurrent tests never share tables)."""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from .conftest import POSTGRES_URL


@contextmanager
def fresh_postgres():
    """The URL of a new, empty PostgreSQL database; dropped afterwards."""
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = f"detente_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any connection failure means "no server here"
        admin.dispose()
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_URL}: {exc}")
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def table_contents(url: str) -> dict[str, object]:
    """Every table of a store as data independent of row ids and of the order reports came in:
    rows refer to reports by content hash, to parties by name, and stories are sets of reports."""
    import json

    from sqlalchemy import select

    from detente.store.schema import (
        evidence,
        figures,
        moves,
        parties,
        party_aliases,
        report_bands,
        report_parties,
        reports,
        statements,
        terms,
        timeline_entries,
    )

    engine = create_engine(url)
    out: dict[str, object] = {}
    with engine.connect() as conn:
        rep = {r.id: r for r in conn.execute(select(reports)).all()}
        hash_of = {i: r.content_hash for i, r in rep.items()}
        skip = {"id", "ingested_at", "story", "revision_of"}
        out["reports"] = sorted(tuple((k, repr(v)) for k, v in r._mapping.items() if k not in skip)
                                for r in rep.values())
        groups: dict[int, set[str]] = {}
        for r in rep.values():
            groups.setdefault(r.story, set()).add(r.content_hash)
        out["stories"] = sorted(sorted(g) for g in groups.values())
        party = {p.id: p.name for p in conn.execute(select(parties)).all()}
        out["parties"] = sorted(party.values())
        out["party_aliases"] = sorted((party[a.party_id], a.alias) for a in conn.execute(select(party_aliases)))
        out["report_parties"] = sorted((hash_of[r.report_id], party[r.party_id])
                                       for r in conn.execute(select(report_parties)))
        out["report_bands"] = sorted((hash_of[b.report_id], b.bucket) for b in conn.execute(select(report_bands)))
        spans = {e.id: (hash_of[e.report_id], e.start, e.end) for e in conn.execute(select(evidence)).all()}
        out["evidence"] = sorted((*spans[e.id], e.sentence) for e in conn.execute(select(evidence)))
        out["statements"] = sorted((spans[s.evidence_id], s.speaker, s.cue, s.chain, s.party or "", s.on_record)
                                   for s in conn.execute(select(statements)))
        move_key = {}
        rows = []
        for m in conn.execute(select(moves)).all():
            move_key[m.id] = (hash_of[m.report_id], m.ordinal)
            rows.append((spans[m.evidence_id], tuple(str(v) for k, v in m._mapping.items()
                                                     if k not in {"id", "report_id", "evidence_id"})))
        out["moves"] = sorted(rows)
        out["terms"] = sorted((move_key[t.move_id], tuple(str(v) for k, v in t._mapping.items()
                                                         if k not in {"id", "move_id"}))
                              for t in conn.execute(select(terms)))
        out["figures"] = sorted((spans[f.evidence_id], tuple(str(v) for k, v in f._mapping.items()
                                                             if k not in {"id", "report_id", "evidence_id"}))
                                for f in conn.execute(select(figures)))
        entries = []
        for e in conn.execute(select(timeline_entries)).all():
            refs = json.loads(e.reports)
            cited = sorted((hash_of[r["report_id"]], move_key[r["move_id"]][1]) for r in refs)
            terms = {side: [{k: v for k, v in t.items() if k not in ("start", "end")} for t in items]
                     for side, items in json.loads(e.terms).items()}  # spans are the first report's
            entries.append((e.negotiation, e.signature, str(e.date), e.date_precision, e.actor, e.addressee or "",
                            e.type, e.negated, e.hedged, e.refers_to or "", json.dumps(terms, sort_keys=True),
                            tuple(sorted(json.loads(e.sources))), tuple(cited), e.report_count, e.stories))
        out["timeline_entries"] = sorted(entries)
    engine.dispose()
    return out
