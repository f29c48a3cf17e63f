"""The store: every report read, in SQLite or PostgreSQL, through SQLAlchemy Core.

It keeps data and knows no tracking: detente.ingestion decides what to write, and in what order.
"""

from .database import database_url, open_store
from .writes import content_hash, known_hashes

__all__ = ["database_url", "open_store", "content_hash", "known_hashes"]
