"""`detente analyze` (a model, or reports end to end), `detente draft`, `detente convert`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import DetenteError
from .group import (
    CONCEPT_CHOICES,
    date_option,
    load_reports,
    main,
)

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
@click.option("--coalitions", is_flag=True,
              help="Models: for each equilibrium, can a coalition jointly improve (Nash, GMR, SMR, SEQ)?")
@click.option("--horizon", type=click.IntRange(1, 50),
              help="Models: also limited-move stability L_H (and non-myopic stability for two DMs).")
@click.option("--hold", "hold_pattern", metavar="PATTERN",
              help="Models: the smallest changes to the DMs' statements that make this state an equilibrium.")
@click.option("--concept", "hold_concept", type=click.Choice(CONCEPT_CHOICES), default="seq", show_default=True,
              help="With --hold: the stability concept the deal must hold under.")
@click.option("--max-changes", type=click.IntRange(1, 3), default=2, show_default=True,
              help="With --hold: the most statement edits to try together.")
def analyze(inputs, as_json, summary, as_dot, concepts, status_quo, output, db, as_of, html_path,
            without_hedged, coalitions, horizon, hold_pattern, hold_concept, max_changes) -> None:
    """Analyse a conflict MODEL (.yaml or gmcr-py .gmcr), or reports end to end.

    With report files or folders: read and store them, track the negotiation, draft a model and
    analyse it. With the name of a negotiation already in the store (--db): the same, without reading.

    \b
    Example:
      detente analyze examples/hostage-talks-april-2025.yaml --coalitions --horizon 4
      detente analyze examples/hostage-talks-april-2025.yaml --hold YNYYNN --concept seq --json
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
        further = {"coalitions": coalitions, "horizon": horizon, "hold": hold_pattern,
                   "concept": hold_concept, "max_changes": max_changes}
        _analyze_model(paths[0], chosen, status_quo, output, as_json, summary, as_dot, further)
        return
    if coalitions or horizon or hold_pattern:
        raise DetenteError("--coalitions, --horizon and --hold take a model file (.yaml or .gmcr)")
    _analyze_reports(paths, chosen, output, as_json, db, as_of, html_path, without_hedged)


def _analyze_model(model: Path, chosen, status_quo, output, as_json, summary, as_dot, further) -> None:
    from ..conflict import analyse, load_model
    from ..report import further as beyond

    analysis = analyse(load_model(model), chosen, status_quo)
    if further["hold"]:
        data = beyond.hold_dict(analysis, further["hold"], further["concept"], further["max_changes"])
        _write(output, lambda out: _dump(data, out) if as_json else beyond.write_hold_text(data, out))
        return
    extra = {}
    if further["coalitions"]:
        extra["coalitions"] = beyond.coalitions_dict(analysis)
    if further["horizon"]:
        extra["foresight"] = beyond.foresight_dict(analysis, further["horizon"], per_state=not summary)

    def write(out) -> None:
        if as_dot:
            from ..report.dot import write_dot
            write_dot(analysis, out, concept="nash" if "nash" in chosen else chosen[0])
        elif as_json:
            from ..report.analysis_json import write_json
            write_json(analysis, out, summary=summary, extra=extra)
        else:
            from ..report.terminal import write_text
            write_text(analysis, out, summary=summary)
            if "coalitions" in extra:
                beyond.write_coalitions_text(extra["coalitions"], out)
            if "foresight" in extra:
                beyond.write_foresight_text(extra["foresight"], out)

    _write(output, write)


def _dump(data: dict, out) -> None:
    import json

    json.dump(data, out, indent=1)
    out.write("\n")


def _write(output, write) -> None:
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        write(out)
    finally:
        if output:
            out.close()


def _analyze_reports(paths, chosen, output, as_json, db, as_of, html_path, without_hedged) -> None:
    from collections import Counter

    from ..ingestion import ingest as run_ingest
    from ..report.negotiation import build
    from ..store import open_store

    engine = open_store(db)
    existing = [p for p in paths if p.exists()]
    if existing:
        articles, _skipped = load_reports(existing)
        if not articles:
            raise DetenteError("no report could be read")
        ids = [rid for _a, rid, _r in run_ingest(engine, articles)]
        labels = Counter(_labels_of(engine, articles))
        negotiation = labels.most_common(1)[0][0]
        click.echo(f"{sum(i is not None for i in ids)} new report(s) stored; analysing {negotiation!r}", err=True)
    elif len(paths) == 1:
        negotiation = str(paths[0])
        from ..tracking import negotiations

        known = [n.label for n in negotiations(engine)]
        if negotiation not in known:
            raise DetenteError(f"{negotiation}: neither a file nor a negotiation in the store "
                               f"(known: {', '.join(known) or 'none'})")
    else:
        raise DetenteError(f"{paths[0]}: no such file or folder")
    concepts = tuple(c for c in chosen if c in ("nash", "gmr", "smr", "seq")) or ("nash", "gmr", "smr", "seq")
    report = build(engine, negotiation, date_option(as_of), without_hedged=without_hedged, concepts=concepts)
    if html_path:
        from ..report.negotiation_html import write_report_html

        with open(html_path, "w", encoding="utf-8") as f:
            write_report_html(report, f)
        click.echo(f"wrote {html_path}", err=True)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        if as_json:
            from ..report.negotiation_text import write_report_json
            write_report_json(report, out)
        else:
            from ..report.negotiation_text import write_report_text
            write_report_text(report, out)
    finally:
        if output:
            out.close()


def _labels_of(engine, articles) -> list[str]:
    from sqlalchemy import select

    from ..store import content_hash
    from ..store.schema import reports

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

    from ..conflict.yaml_format import to_yaml_dict
    from ..drafting import draft
    from ..store import open_store
    from ..tracking import negotiations, timeline

    engine = open_store(db)
    if negotiation is None:
        known = negotiations(engine)
        if len(known) != 1:
            raise DetenteError("name the negotiation to draft (detente negotiations lists them)")
        negotiation = known[0].label
    entries = timeline(engine, negotiation, date_option(as_of), sentences=True)
    if not entries:
        raise DetenteError(f"{negotiation}: no moves stored for this negotiation")
    from ..tracking import series

    drafted = draft(entries, name=f"{negotiation} (drafted)", exclude_weak=without_hedged,
                    figures=series(engine, negotiation, date_option(as_of)))
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



@main.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
def convert(source: Path, target: Path) -> None:
    """Convert a model between YAML and gmcr-py's .gmcr save format (by file extension)."""
    from ..conflict import dump_gmcr, dump_yaml, load_model

    conflict = load_model(source)
    if target.suffix.lower() == ".gmcr":
        dump_gmcr(conflict, target)
    elif target.suffix.lower() in (".yaml", ".yml"):
        dump_yaml(conflict, target)
    else:
        raise DetenteError(f"{target}: unknown format (use .yaml or .gmcr)")
    click.echo(f"wrote {target}", err=True)
