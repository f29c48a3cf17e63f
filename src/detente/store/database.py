"""Opening a store: SQLite file by default, PostgreSQL by URL; migrated to the latest schema.

Several processes may open one store at once: PostgreSQL runs the migrations under an advisory
lock, SQLite under an immediate transaction with a busy timeout, so only one process migrates.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..errors import DetenteError
from .transactions import write_transaction

DEFAULT_DB = "detente.db"
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_S = 60           # how long a SQLite writer waits for another one
MIGRATION_LOCK = 0x64657465   # PostgreSQL advisory lock key held while migrating ("dete")


def database_url(db: str | None = None) -> str:
    """``--db`` or ``DETENTE_DB``: a URL (``postgresql+psycopg://...``) or a SQLite file path."""
    value = db or os.environ.get("DETENTE_DB") or DEFAULT_DB
    return value if "://" in value else f"sqlite:///{value}"


def open_store(db: str | None = None, migrate: bool = True) -> Engine:
    """An engine on the store, its schema brought up to date."""
    url = database_url(db)
    try:
        sqlite = url.startswith("sqlite")
        engine = create_engine(url, future=True, **({"connect_args": {"timeout": BUSY_TIMEOUT_S}} if sqlite else {}))
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
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run Alembic migrations up to ``revision``, one process at a time."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with write_transaction(engine) as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def has_schema(engine: Engine) -> bool:
    return "reports" in inspect(engine).get_table_names()
