"""`detente ingest` and the store's views: negotiations, timeline, positions, figures."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .group import (
    SKIPPED_EXIT,
    date_option,
    db_option,
    format_options,
    load_reports,
    main,
    output_format,
    warned,
)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--published", help="Publication date for files that do not carry one (YYYY-MM-DD).")
@click.option("--outlet", help="Outlet for files that do not carry one.")
@click.option("--negotiation", help="Negotiation label for files that do not carry one.")
@click.option("--pack", default="ceasefire", show_default=True, help="Domain pack (name or YAML path).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--what-is-new", is_flag=True, help="Say which moves and figures are new, changed or repeated.")
@click.option("--dask", metavar="ADDRESS", help="Read on a Dask cluster: a scheduler address (tcp://host:8786) "
              "or local:N for N local workers. See docs/scaling.md.")
@click.option("--partition-size", default=64, show_default=True, type=click.IntRange(1, 100_000),
              help="With --dask: reports per task.")
@format_options
def ingest(paths, db, published, outlet, negotiation, pack, workers, what_is_new, dask, partition_size, as_json,
           as_csv) -> None:
    """Read reports and store them: one transaction per report, the same report stored once.

    Files, folders and JSON Lines dumps (.jsonl, .jsonl.gz, streamed). Several ingests may
    write to one store at once; a re-run skips what is stored.

    \b
    Example:
      detente ingest reports/ --what-is-new
      detente ingest dump.jsonl.gz --db postgresql+psycopg://localhost/news --dask local:4
    """
    from ..report.rows import write_rows
    from ..store import open_store

    engine = open_store(db)
    if dask:
        articles = []
        added, revisions, unchanged, skipped = _on_dask(dask, paths, engine, db, pack, partition_size,
                                                        {"published": published, "outlet": outlet,
                                                         "negotiation": negotiation})
    else:
        articles, skipped = load_reports(paths, published=published, outlet=outlet, negotiation=negotiation)
        added, revisions, unchanged = _here(engine, articles, pack, workers)
    click.echo(f"{len(added)} stored ({revisions} revisions), {unchanged} already stored, {skipped} skipped",
               err=True)
    if what_is_new:
        from ..tracking import what_is_new as changes

        rows = [c.to_dict() for c in changes(engine, added)]
        write_rows(rows, sys.stdout, output_format(as_json, as_csv), ["status", "kind", "what", "before", "report"])
    if warned(articles, skipped):
        raise SystemExit(SKIPPED_EXIT)


def _here(engine, articles, pack: str, workers: int) -> tuple[list[int], int, int]:
    from ..ingestion import ingest as run_ingest

    added, revisions, unchanged = [], 0, 0
    show_bar = len(articles) > 1 and sys.stderr.isatty()
    with click.progressbar(length=len(articles), label="ingesting", file=sys.stderr) if show_bar else \
            _NoBar() as bar:
        for _article, report_id, revision in run_ingest(engine, articles, pack=pack, workers=workers):
            bar.update(1)
            if report_id is None:
                unchanged += 1
            else:
                added.append(report_id)
                revisions += revision
    return added, revisions, unchanged


def _on_dask(address: str, paths, engine, db, pack: str, size: int, defaults: dict) -> tuple[list[int], int, int, int]:
    from ..ingestion.cluster import ingest_on_dask
    from ..store import database_url

    summary = ingest_on_dask(address, list(paths), engine, database_url(db), defaults, pack=pack, size=size,
                             progress=sys.stderr.isatty(), warn=lambda line: click.echo(line, err=True))
    return summary.stored, summary.revisions, summary.already, summary.skipped


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass


@main.command("negotiations")
@db_option
@format_options
def negotiations_command(db, as_json, as_csv) -> None:
    """List the negotiations in the store with report counts and date spans."""
    from ..report.rows import write_rows
    from ..store import open_store
    from ..tracking import negotiations

    rows = [n.to_dict() for n in negotiations(open_store(db))]
    columns = ["negotiation", "reports", "first", "last", "inferred"]
    write_rows(rows, sys.stdout, output_format(as_json, as_csv), columns)


@main.command("timeline")
@click.argument("negotiation", required=False)
@db_option
@click.option("--as-of", help="Only what was known on this date (YYYY-MM-DD).")
@format_options
def timeline_command(negotiation, db, as_of, as_json, as_csv) -> None:
    """Moves in date order, one line each; the same move from several outlets is one line."""
    from ..report.rows import write_rows
    from ..store import open_store
    from ..tracking import timeline

    rows = []
    for e in timeline(open_store(db), negotiation, date_option(as_of), sentences=as_json):
        row = e.to_dict()
        row["outlets"] = sorted({r["outlet"] or r["article"] for r in e.reports})
        if not as_json:
            row["reports"] = e.report_count
        rows.append(row)
    columns = ["date", "actor", "type", "terms", "sources", "hedged", "negated", "reports", "stories", "outlets"]
    write_rows(rows, sys.stdout, output_format(as_json, as_csv), columns if not as_json else None)


@main.command("positions")
@click.argument("negotiation", required=False)
@db_option
@click.option("--as-of", help="Positions as they stood on this date (YYYY-MM-DD).")
@format_options
def positions_command(negotiation, db, as_of, as_json, as_csv) -> None:
    """Each party's current stance on each term, the move that set it, and the change."""
    from ..report.rows import write_rows
    from ..store import open_store
    from ..tracking import positions

    rows = [p.to_dict() for p in positions(open_store(db), negotiation, date_option(as_of))]
    write_rows(rows, sys.stdout, output_format(as_json, as_csv),
               ["party", "item", "stance", "detail", "date", "report", "reports", "stories", "change", "previous"])


@main.command("figures")
@click.argument("negotiation", required=False)
@db_option
@click.option("--as-of", help="Only figures reported by this date (YYYY-MM-DD).")
@format_options
def figures_command(negotiation, db, as_of, as_json, as_csv) -> None:
    """Each quantity as a series over time with its sources; contradictions flagged."""
    from ..report.rows import write_rows
    from ..store import open_store
    from ..tracking import contradictions, series

    by_quantity = series(open_store(db), negotiation, date_option(as_of))
    clashes = contradictions(by_quantity)
    if as_json:
        import json

        click.echo(json.dumps({"series": {q: [f.to_dict() for f in points] for q, points in by_quantity.items()},
                               "contradictions": [c.to_dict() for c in clashes]}, default=str, indent=1))
        return
    disputed = {(c.first.id) for c in clashes} | {c.second.id for c in clashes}
    rows = [{"quantity": f.quantity, "date": f.date.isoformat(), "value": f.value, "bound": f.bound,
             "source": f.source, "outlet": f.outlet, "hedged": f.hedged, "report": f.article,
             "contradicted": f.id in disputed} for points in by_quantity.values() for f in points]
    write_rows(rows, sys.stdout, output_format(as_json, as_csv))
    if not as_csv and clashes:
        click.echo(f"\n{len(clashes)} contradiction(s):")
        for c in clashes:
            click.echo(f"  {c.quantity}: {c.first.value:,.0f} ({c.first.bound}, {c.first.outlet or c.first.article}, "
                       f"{c.first.date}) vs {c.second.value:,.0f} ({c.second.bound}, "
                       f"{c.second.outlet or c.second.article}, {c.second.date})")
