"""`detente read`: reports in, parties, moves, terms, figures and sources out."""

from __future__ import annotations

import io
from pathlib import Path

import click

from .group import (
    SKIPPED_EXIT,
    load_reports,
    main,
    warned,
)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per report (JSON Lines).")
@click.option("--published", help="Publication date for files that do not carry one (YYYY-MM-DD).")
@click.option("--outlet", help="Outlet for files that do not carry one.")
@click.option("--pack", default="ceasefire", show_default=True, help="Domain pack (name or YAML path).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes to read with.")
def read(paths: tuple[Path, ...], as_json: bool, published: str | None, outlet: str | None, pack: str,
         workers: int) -> None:
    """Read reports (.txt, .html, .json, .jsonl, folders): parties, moves, terms, figures, sources."""
    import json

    from ..reading import read_articles
    from ..reading.summary import write_summary

    articles, skipped = load_reports(paths, published=published, outlet=outlet)
    for reading in read_articles(articles, pack=pack, workers=workers):
        if as_json:
            click.echo(json.dumps(reading, ensure_ascii=False))
        else:
            buffer = io.StringIO()
            write_summary(reading, buffer)
            click.echo(buffer.getvalue(), nl=False)
    if skipped:
        click.echo(f"{skipped} input(s) skipped, {len(articles)} read", err=True)
    if warned(articles, skipped):
        raise SystemExit(SKIPPED_EXIT)
