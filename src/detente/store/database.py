"""Opening a store: SQLite file by default, PostgreSQL by URL; migrated to the latest schema."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..errors import DetenteError

DEFAULT_DB = "detente.db"
MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(db: str | None = None) -> str:
    """``--db`` or ``DETENTE_DB``: a URL (``postgresql+psycopg://...``) or a SQLite file path."""
    value = db or os.environ.get("DETENTE_DB") or DEFAULT_DB
    return value if "://" in value else f"sqlite:///{value}"


def open_store(db: str | None = None, migrate: bool = True) -> Engine:
    """An engine on the store, its schema brought up to date."""
    url = database_url(db)
    try:
        engine = create_engine(url, future=True)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise DetenteError(f"cannot open database {url}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate:
        try:
            upgrade(engine)
        except OperationalError as exc:
            raise DetenteError(f"cannot open database {url}: {exc.orig}") from None
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to ``revision``."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def has_schema(engine: Engine) -> bool:
    return "reports" in inspect(engine).get_table_names()
