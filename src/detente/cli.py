"""The ``detente`` command: parses arguments, calls the library, prints results."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from .errors import DetenteError

CONCEPT_CHOICES = ("nash", "gmr", "smr", "seq", "sim", "seqsim")


class _Group(click.Group):
    """Turns every DetenteError into one line on stderr, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DetenteError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise SystemExit(0) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="detente")
def main() -> None:
    """detente: follow negotiations in the news and analyse them as conflicts."""


MODEL_SUFFIXES = (".yaml", ".yml", ".gmcr")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.option("--summary", is_flag=True, help="Only counts, equilibria and the status quo analysis.")
@click.option("--dot", "as_dot", is_flag=True, help="Print the state graph in Graphviz DOT (models only).")
@click.option("--concepts", default=",".join(CONCEPT_CHOICES), show_default=True,
              help="Stability concepts to compute, comma-separated.")
@click.option("--status-quo", help="Status quo as a Y/N pattern (overrides the model's).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.option("--db", envvar="DETENTE_DB", help="Store for reports (SQLite file or URL; default ./detente.db).")
@click.option("--as-of", help="Reports: the negotiation as it stood on this date (YYYY-MM-DD).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Reports: also write the report as one self-contained HTML page.")
@click.option("--without-hedged", is_flag=True,
              help="Reports: rerun without hedged or single-source positions and show what changes.")
def analyze(inputs, as_json, summary, as_dot, concepts, status_quo, output, db, as_of, html_path,
            without_hedged) -> None:
    """Analyse a conflict MODEL (.yaml or gmcr-py .gmcr), or reports end to end.

    With report files or folders: read and store them, track the negotiation, draft a model and
    analyse it. With the name of a negotiation already in the store (--db): the same, without reading.
    """
    chosen = tuple(c.strip().lower() for c in concepts.split(",") if c.strip())
    for c in chosen:
        if c not in CONCEPT_CHOICES:
            raise click.BadParameter(f"unknown concept {c!r}; choose from {', '.join(CONCEPT_CHOICES)}",
                                     param_hint="--concepts")
    paths = [Path(i) for i in inputs]
    if len(paths) == 1 and paths[0].suffix.lower() in MODEL_SUFFIXES:
        if not paths[0].is_file():
            raise DetenteError(f"{paths[0]}: no such model file")
        _analyze_model(paths[0], chosen, status_quo, output, as_json, summary, as_dot)
        return
    _analyze_reports(paths, chosen, output, as_json, db, as_of, html_path, without_hedged)


def _analyze_model(model: Path, chosen, status_quo, output, as_json, summary, as_dot) -> None:
    from .conflict import analyse, load_model

    analysis = analyse(load_model(model), chosen, status_quo)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        if as_dot:
            from .report.dot import write_dot
            write_dot(analysis, out, concept="nash" if "nash" in chosen else chosen[0])
        elif as_json:
            from .report.analysis_json import write_json
            write_json(analysis, out, summary=summary)
        else:
            from .report.terminal import write_text
            write_text(analysis, out, summary=summary)
    finally:
        if output:
            out.close()


def _analyze_reports(paths, chosen, output, as_json, db, as_of, html_path, without_hedged) -> None:
    from collections import Counter

    from .reading import Skipped, load
    from .report.negotiation import build
    from .store import ingest as run_ingest
    from .store import open_store

    engine = open_store(db)
    existing = [p for p in paths if p.exists()]
    if existing:
        articles = []
        for item in load(existing):
            if isinstance(item, Skipped):
                click.echo(str(item), err=True)
            else:
                articles.append(item)
        if not articles:
            raise DetenteError("no report could be read")
        ids = [rid for _a, rid, _r in run_ingest(engine, articles)]
        labels = Counter(_labels_of(engine, articles))
        negotiation = labels.most_common(1)[0][0]
        click.echo(f"{sum(i is not None for i in ids)} new report(s) stored; analysing {negotiation!r}", err=True)
    elif len(paths) == 1:
        negotiation = str(paths[0])
        from .tracking import negotiations

        known = [n.label for n in negotiations(engine)]
        if negotiation not in known:
            raise DetenteError(f"{negotiation}: neither a file nor a negotiation in the store "
                               f"(known: {', '.join(known) or 'none'})")
    else:
        raise DetenteError(f"{paths[0]}: no such file or folder")
    concepts = tuple(c for c in chosen if c in ("nash", "gmr", "smr", "seq")) or ("nash", "gmr", "smr", "seq")
    report = build(engine, negotiation, _date(as_of), without_hedged=without_hedged, concepts=concepts)
    if html_path:
        from .report.negotiation_html import write_report_html

        with open(html_path, "w", encoding="utf-8") as f:
            write_report_html(report, f)
        click.echo(f"wrote {html_path}", err=True)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        if as_json:
            from .report.negotiation_text import write_report_json
            write_report_json(report, out)
        else:
            from .report.negotiation_text import write_report_text
            write_report_text(report, out)
    finally:
        if output:
            out.close()


def _labels_of(engine, articles) -> list[str]:
    from sqlalchemy import select

    from .store.ingestion import content_hash
    from .store.schema import reports

    hashes = [content_hash(a.text) for a in articles]
    with engine.connect() as conn:
        return list(conn.scalars(select(reports.c.negotiation).where(reports.c.content_hash.in_(hashes))))


@main.command("draft")
@click.argument("negotiation", required=False)
@click.option("--db", envvar="DETENTE_DB", help="SQLite file or database URL (default ./detente.db).")
@click.option("--as-of", help="The negotiation as it stood on this date (YYYY-MM-DD).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Model file to write.")
@click.option("--explain", is_flag=True, help="Print the rule and reports behind every statement.")
@click.option("--without-hedged", is_flag=True, help="Leave out hedged or single-source positions.")
def draft_command(negotiation, db, as_of, output, explain, without_hedged) -> None:
    """Draft a conflict model (YAML) from a negotiation's tracked positions."""
    import yaml

    from .conflict.yaml_format import to_yaml_dict
    from .drafting import draft
    from .store import open_store
    from .tracking import negotiations, timeline

    engine = open_store(db)
    if negotiation is None:
        known = negotiations(engine)
        if len(known) != 1:
            raise DetenteError("name the negotiation to draft (detente negotiations lists them)")
        negotiation = known[0].label
    entries = timeline(engine, negotiation, _date(as_of), sentences=True)
    if not entries:
        raise DetenteError(f"{negotiation}: no moves stored for this negotiation")
    drafted = draft(entries, name=f"{negotiation} (drafted)", exclude_weak=without_hedged)
    header = (f"# Drafted by detente from {drafted.reports} report(s) of {negotiation!r}"
              f"{' as of ' + as_of if as_of else ''}.\n"
              "# A starting point, not a finished model: check every option and statement against its\n"
              "# evidence, set the status quo, and edit. `detente draft --explain` shows the rule behind each.\n")
    text = header + yaml.safe_dump(to_yaml_dict(drafted.conflict), sort_keys=False, allow_unicode=True, width=100)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    elif not explain:
        click.echo(text, nl=False)
    if explain:
        click.echo(drafted.explain())


SKIPPED_EXIT = 3  # some inputs were skipped (each named in a warning line)


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

    from .reading import Skipped, load, read_articles
    from .reading.summary import write_summary

    articles, skipped = [], 0
    for item in load(list(paths), published=published, outlet=outlet):
        if isinstance(item, Skipped):
            click.echo(str(item), err=True)
            skipped += 1
        else:
            articles.append(item)
    for reading in read_articles(articles, pack=pack, workers=workers):
        if as_json:
            click.echo(json.dumps(reading, ensure_ascii=False))
        else:
            buffer = io.StringIO()
            write_summary(reading, buffer)
            click.echo(buffer.getvalue(), nl=False)
    if skipped:
        click.echo(f"{skipped} input(s) skipped, {len(articles)} read", err=True)
        raise SystemExit(SKIPPED_EXIT)


def _db_option(f):
    return click.option("--db", envvar="DETENTE_DB", help="SQLite file or database URL (default ./detente.db).")(f)


def _format_options(f):
    f = click.option("--csv", "as_csv", is_flag=True, help="CSV instead of a table.")(f)
    return click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")(f)


def _fmt(as_json: bool, as_csv: bool) -> str:
    return "json" if as_json else "csv" if as_csv else "text"


def _date(value: str | None):
    if value is None:
        return None
    from .store.ingestion import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--as-of")
    return parsed


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_db_option
@click.option("--published", help="Publication date for files that do not carry one (YYYY-MM-DD).")
@click.option("--outlet", help="Outlet for files that do not carry one.")
@click.option("--negotiation", help="Negotiation label for files that do not carry one.")
@click.option("--pack", default="ceasefire", show_default=True, help="Domain pack (name or YAML path).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
@click.option("--what-is-new", is_flag=True, help="Say which moves and figures are new, changed or repeated.")
@_format_options
def ingest(paths, db, published, outlet, negotiation, pack, workers, what_is_new, as_json, as_csv) -> None:
    """Read reports and store them: one transaction per report, the same report stored once."""
    from .reading import Skipped, load
    from .report.rows import write_rows
    from .store import ingest as run_ingest
    from .store import open_store

    engine = open_store(db)
    articles, skipped = [], 0
    for item in load(list(paths), published=published, outlet=outlet, negotiation=negotiation):
        if isinstance(item, Skipped):
            click.echo(str(item), err=True)
            skipped += 1
        else:
            articles.append(item)
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
    click.echo(f"{len(added)} stored ({revisions} revisions), {unchanged} already stored, {skipped} skipped",
               err=True)
    if what_is_new:
        from .tracking import what_is_new as changes

        rows = [c.to_dict() for c in changes(engine, added)]
        write_rows(rows, sys.stdout, _fmt(as_json, as_csv), ["status", "kind", "what", "before", "report"])
    if skipped:
        raise SystemExit(SKIPPED_EXIT)


class _NoBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n: int) -> None:
        pass


@main.command("negotiations")
@_db_option
@_format_options
def negotiations_command(db, as_json, as_csv) -> None:
    """List the negotiations in the store with report counts and date spans."""
    from .report.rows import write_rows
    from .store import open_store
    from .tracking import negotiations

    rows = [n.to_dict() for n in negotiations(open_store(db))]
    write_rows(rows, sys.stdout, _fmt(as_json, as_csv), ["negotiation", "reports", "first", "last", "inferred"])


@main.command("timeline")
@click.argument("negotiation", required=False)
@_db_option
@click.option("--as-of", help="Only what was known on this date (YYYY-MM-DD).")
@_format_options
def timeline_command(negotiation, db, as_of, as_json, as_csv) -> None:
    """Moves in date order, one line each; the same move from several outlets is one line."""
    from .report.rows import write_rows
    from .store import open_store
    from .tracking import timeline

    rows = []
    for e in timeline(open_store(db), negotiation, _date(as_of), sentences=as_json):
        row = e.to_dict()
        row["outlets"] = sorted({r["outlet"] or r["article"] for r in e.reports})
        rows.append(row)
    columns = ["date", "actor", "type", "terms", "sources", "hedged", "negated", "outlets"]
    write_rows(rows, sys.stdout, _fmt(as_json, as_csv), columns if not as_json else None)


@main.command("positions")
@click.argument("negotiation", required=False)
@_db_option
@click.option("--as-of", help="Positions as they stood on this date (YYYY-MM-DD).")
@_format_options
def positions_command(negotiation, db, as_of, as_json, as_csv) -> None:
    """Each party's current stance on each term, the move that set it, and the change."""
    from .report.rows import write_rows
    from .store import open_store
    from .tracking import positions

    rows = [p.to_dict() for p in positions(open_store(db), negotiation, _date(as_of))]
    write_rows(rows, sys.stdout, _fmt(as_json, as_csv),
               ["party", "item", "stance", "detail", "date", "report", "change", "previous"])


@main.command("figures")
@click.argument("negotiation", required=False)
@_db_option
@click.option("--as-of", help="Only figures reported by this date (YYYY-MM-DD).")
@_format_options
def figures_command(negotiation, db, as_of, as_json, as_csv) -> None:
    """Each quantity as a series over time with its sources; contradictions flagged."""
    from .report.rows import write_rows
    from .store import open_store
    from .tracking import contradictions, series

    by_quantity = series(open_store(db), negotiation, _date(as_of))
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
    write_rows(rows, sys.stdout, _fmt(as_json, as_csv))
    if not as_csv and clashes:
        click.echo(f"\n{len(clashes)} contradiction(s):")
        for c in clashes:
            click.echo(f"  {c.quantity}: {c.first.value:g} ({c.first.bound}, {c.first.outlet or c.first.article}, "
                       f"{c.first.date}) vs {c.second.value:g} ({c.second.bound}, "
                       f"{c.second.outlet or c.second.article}, {c.second.date})")


@main.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
def convert(source: Path, target: Path) -> None:
    """Convert a model between YAML and gmcr-py's .gmcr save format (by file extension)."""
    from .conflict import dump_gmcr, dump_yaml, load_model

    conflict = load_model(source)
    if target.suffix.lower() == ".gmcr":
        dump_gmcr(conflict, target)
    elif target.suffix.lower() in (".yaml", ".yml"):
        dump_yaml(conflict, target)
    else:
        raise DetenteError(f"{target}: unknown format (use .yaml or .gmcr)")
    click.echo(f"wrote {target}", err=True)


if __name__ == "__main__":
    main()
