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


@main.command()
@click.argument("model", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.option("--summary", is_flag=True, help="Only counts, equilibria and the status quo analysis.")
@click.option("--dot", "as_dot", is_flag=True, help="Print the state graph in Graphviz DOT.")
@click.option("--concepts", default=",".join(CONCEPT_CHOICES), show_default=True,
              help="Stability concepts to compute, comma-separated.")
@click.option("--status-quo", help="Status quo as a Y/N pattern (overrides the model's).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
def analyze(model: Path, as_json: bool, summary: bool, as_dot: bool, concepts: str,
            status_quo: str | None, output: Path | None) -> None:
    """Analyse a conflict MODEL (.yaml, or a gmcr-py .gmcr save file): stability and equilibria."""
    from .conflict import analyse, load_model

    chosen = tuple(c.strip().lower() for c in concepts.split(",") if c.strip())
    for c in chosen:
        if c not in CONCEPT_CHOICES:
            raise click.BadParameter(f"unknown concept {c!r}; choose from {', '.join(CONCEPT_CHOICES)}",
                                     param_hint="--concepts")
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
