"""The command group, its error handling, and the options several commands share."""

from __future__ import annotations

import sys

import click

from ..errors import DetenteError

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


SKIPPED_EXIT = 3  # some inputs were skipped (each named in a warning line)


def db_option(f):
    return click.option("--db", envvar="DETENTE_DB", help="SQLite file or database URL (default ./detente.db).")(f)


def format_options(f):
    f = click.option("--csv", "as_csv", is_flag=True, help="CSV instead of a table.")(f)
    return click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")(f)


def output_format(as_json: bool, as_csv: bool) -> str:
    return "json" if as_json else "csv" if as_csv else "text"


def date_option(value: str | None):
    if value is None:
        return None
    from ..ingestion import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--as-of")
    return parsed


def load_reports(paths, **metadata):
    """Articles from files and folders; a warning line for each one skipped or kept with unknowns."""
    from ..reading import Skipped, load
    from ..reading.report_schema import FieldError, check_date

    try:
        bad_date = metadata.get("published") is not None and check_date(metadata["published"])[0] is None
    except FieldError:
        bad_date = True
    if bad_date:
        raise click.BadParameter(f"{metadata['published']!r} is not a date (YYYY-MM-DD)", param_hint="--published")
    articles, skipped = [], 0
    for item in load(list(paths), **metadata):
        if isinstance(item, Skipped):
            click.echo(str(item), err=True)
            skipped += 1
        else:
            for warning in item.warnings:
                click.echo(f"warning: {item.where}: {warning}", err=True)
            articles.append(item)
    return articles, skipped


def warned(articles, skipped: int) -> bool:
    """Whether any input was skipped or kept with a warning (the command then exits with 3)."""
    return bool(skipped) or any(a.warnings for a in articles)
