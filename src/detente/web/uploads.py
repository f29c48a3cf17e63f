"""Uploaded reports into the store, with what each file gave and every warning about it.

The bytes go to a temporary file whose name the server makes up (only the suffix, from a fixed list, is
kept), then through the same loaders and `ingest` as `detente ingest`; the client's file name only labels
the report and the messages.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select

from ..ingestion import ingest
from ..reading import Skipped, load
from ..store.schema import figures, moves, reports
from ..tracking import what_is_new

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


@dataclass
class FileResult:
    name: str
    stored: list[dict] = field(default_factory=list)   # report id, article, negotiation, moves, figures
    warnings: list[str] = field(default_factory=list)


def _label(name: str) -> str:
    return Path(name).stem or "upload"


def ingest_files(engine: Engine, files: list[tuple[str, bytes]], negotiation: str | None = None
                 ) -> tuple[list[FileResult], list[dict]]:
    """Store each (display name, bytes); returns each file's result and what is new in the store."""
    results = [FileResult(name) for name, _ in files]
    owner: dict[int, FileResult] = {}
    articles = []
    with tempfile.TemporaryDirectory(prefix="detente-upload-") as tmp:
        for k, ((name, data), result) in enumerate(zip(files, results)):
            suffix = Path(name).suffix.lower()
            if suffix not in SUFFIXES:
                result.warnings.append(f"{name}: not a report file (use {', '.join(SUFFIXES)}); skipped")
                continue
            stem = f"upload-{k}"
            path = Path(tmp) / f"{stem}{suffix}"
            path.write_bytes(data)
            for item in load([path], negotiation=negotiation or None):
                if isinstance(item, Skipped):
                    result.warnings.append(str(item).replace(str(path), name))
                    continue
                if item.id.startswith(stem):
                    item.id = _label(name) + item.id[len(stem):]
                item.path = name + (f":{item.line}" if item.line else "")
                result.warnings.extend(f"{item.path}: {w}".replace(str(path), name) for w in item.warnings)
                owner[id(item)] = result
                articles.append(item)
        added = []
        for article, report_id, _revision in ingest(engine, articles):
            result = owner[id(article)]
            if report_id is None:
                result.warnings.append(f"{article.path}: the same text is already stored; not stored again")
                continue
            added.append(report_id)
            result.stored.append(_stored(engine, report_id))
            if not result.stored[-1]["moves"]:
                result.warnings.append(f"{article.path}: no move of any party was found in this report")
    return results, [c.to_dict() for c in what_is_new(engine, added)]


def _stored(engine: Engine, report_id: int) -> dict:
    with engine.connect() as conn:
        row = conn.execute(select(reports.c.article, reports.c.negotiation, reports.c.revision)
                           .where(reports.c.id == report_id)).one()
        n_moves = conn.scalar(select(func.count()).select_from(moves).where(moves.c.report_id == report_id))
        n_figures = conn.scalar(select(func.count()).select_from(figures).where(figures.c.report_id == report_id))
    return {"id": report_id, "article": row.article, "negotiation": row.negotiation, "revision": row.revision,
            "moves": n_moves, "figures": n_figures}
