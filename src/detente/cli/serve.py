"""`detente serve`: the web workbench over a store."""

from __future__ import annotations

import click

from .group import db_option, main


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default serves this machine only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--read-only", is_flag=True, help="Refuse every write: no uploads are stored.")
def serve(db, host: str, port: int, read_only: bool) -> None:
    """Serve the web workbench: negotiations, evidence, charts, a model editor and a JSON API.

    \b
    Example:
        detente serve --db examples/demo.db
        detente serve --db postgresql+psycopg://localhost/news --read-only --port 8080
    """
    import uvicorn

    from ..web import create_app

    app = create_app(db, read_only=read_only)
    click.echo(f"detente workbench on http://{host}:{port}/{' (read-only)' if read_only else ''}", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
