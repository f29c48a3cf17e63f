"""Evidence: the report behind a move, a figure or a modelling choice, its sentence found by stored span."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Engine, select

from ..conflict.model import Evidence
from ..errors import DetenteError
from ..store.schema import evidence, figures, moves, reports
from .security import safe_url


def _span_of(engine: Engine, table, row_id: int) -> tuple[int, int, int]:
    query = (select(evidence.c.report_id, evidence.c.start, evidence.c.end)
             .join(table, table.c.evidence_id == evidence.c.id).where(table.c.id == row_id))
    with engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        raise DetenteError(f"no such {table.name[:-1]}: {row_id}")
    return row.report_id, row.start, row.end


def move_span(engine: Engine, move_id: int) -> tuple[int, int, int]:
    """(report id, start, end) of the sentence a stored move was read from."""
    return _span_of(engine, moves, move_id)


def figure_span(engine: Engine, figure_id: int) -> tuple[int, int, int]:
    return _span_of(engine, figures, figure_id)


def quote_span(engine: Engine, article: str, sentence: str) -> tuple[int, int | None, int | None]:
    """The stored span whose sentence a model's evidence quotes (drafted evidence keeps 240 characters);
    the report alone when no stored sentence matches (a hand-written model may quote freely)."""
    with engine.connect() as conn:
        found = conn.execute(select(reports.c.id, reports.c.text).where(reports.c.article == article)
                             .order_by(reports.c.superseded, reports.c.id.desc())).all()
        if not found:
            raise DetenteError(f"{article}: no such report in the store")
        texts = dict(found)
        ids = [row.id for row in found]
        quoted = " ".join(sentence.split())
        if quoted:
            spans = conn.execute(select(evidence.c.report_id, evidence.c.start, evidence.c.end)
                                 .where(evidence.c.report_id.in_(ids)).order_by(evidence.c.start)).all()
            for report_id, start, end in spans:
                stored = " ".join(texts[report_id][start:end].split())
                if stored and (stored.startswith(quoted) or quoted in stored):
                    return report_id, start, end
    return ids[0], None, None


def links(engine: Engine | None, cited: Iterable[Evidence]) -> list[dict]:
    """Evidence as links to the quote in its report; plain text for reports the store does not hold
    (a hand-written model may cite any report)."""
    from .views import link

    cited = list(cited)
    held: set[str] = set()
    if engine is not None and cited:
        with engine.connect() as conn:
            names = sorted({e.report for e in cited})
            held = set(conn.scalars(select(reports.c.article).where(reports.c.article.in_(names))))
    return [{"report": e.report, "date": e.date, "sentence": e.sentence,
             "href": link("/evidence/quote", article=e.report, sentence=e.sentence) if e.report in held else None}
            for e in cited]


def report_view(engine: Engine, report_id: int, start: int | None = None, end: int | None = None) -> dict:
    """A stored report with the span [start, end) marked; text is split, never joined with markup."""
    with engine.connect() as conn:
        row = conn.execute(select(reports).where(reports.c.id == report_id)).first()
    if row is None:
        raise DetenteError(f"no such report: {report_id}")
    text = row.text
    if start is None or end is None or not 0 <= start < end <= len(text):
        start = end = None
    before, marked, after = (text, "", "") if start is None else (text[:start], text[start:end], text[end:])
    return {"id": row.id, "article": row.article, "title": row.title, "outlet": row.outlet,
            "published": row.published, "negotiation": row.negotiation, "url": row.url, "link": safe_url(row.url),
            "revision": row.revision, "superseded": row.superseded,
            "before": before, "marked": marked, "after": after}
