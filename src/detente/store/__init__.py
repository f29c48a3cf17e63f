"""The store: every report read, in SQLite or PostgreSQL, through SQLAlchemy Core."""

from .database import database_url, open_store
from .ingestion import content_hash, ingest, store_reading

__all__ = ["database_url", "open_store", "content_hash", "ingest", "store_reading"]
