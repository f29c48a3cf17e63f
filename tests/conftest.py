"""Shared fixtures: where the reference data lives, and skips when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GMCR_REFERENCE = SHARED / "reference" / "gmcr"
EXAMPLE_MODEL = ROOT / "examples" / "hostage-talks-april-2025.yaml"


def needs_shared(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not present")


POSTGRES_URL = __import__("os").environ.get("DETENTE_TEST_POSTGRES",
                                             "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _fresh_postgres():
    """An empty detente schema in the test database (PostgreSQL must run in CI)."""
    import os

    from sqlalchemy import create_engine, text

    from detente.store.schema import metadata

    engine = create_engine(POSTGRES_URL)
    try:
        with engine.begin() as conn:
            metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    except Exception as exc:  # noqa: BLE001 - any connection failure means "no server here"
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL is not reachable at {POSTGRES_URL}: {exc}")
    finally:
        engine.dispose()
    return POSTGRES_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Every store test runs against SQLite and PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'detente.db'}"
    return _fresh_postgres()
