"""Write transactions safe beside other writers: serialised where they must be, retried when the
database gives up on one (deadlock, serialisation failure, SQLite busy)."""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from ..errors import DetenteError

T = TypeVar("T")
TRIES = 8
TRANSIENT_SQLSTATES = {"40001", "40P01"}  # serialization_failure, deadlock_detected


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that will write: SQLite takes its write lock at the start (BEGIN IMMEDIATE),
    so two writers never both read and then both try to write."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


def transient(exc: BaseException) -> str | None:
    """Why a failed transaction is worth another try, or None when it is not."""
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    state = getattr(orig, "sqlstate", None)
    if state in TRANSIENT_SQLSTATES:
        return {"40001": "serialization failure", "40P01": "deadlock"}[state]
    message = str(orig).lower()
    if "database is locked" in message or "database is busy" in message:
        return "database is locked"
    return None


def retrying(engine: Engine, work: Callable[[Connection], T], what: str, tries: int = TRIES) -> T:
    """Run ``work`` in one write transaction, again from the start when the database asks for it."""
    for attempt in range(1, tries + 1):
        try:
            with write_transaction(engine) as conn:
                return work(conn)
        except DBAPIError as exc:
            reason = transient(exc)
            if reason is None:
                raise
            if attempt == tries:
                raise DetenteError(f"{what}: gave up after {tries} tries ({reason}); run again to store it") from None
            time.sleep(min(2.0, 0.02 * 2 ** attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def lock_key(name: str) -> int:
    """A name as a PostgreSQL advisory lock key (signed 64 bits)."""
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def take_locks(conn: Connection, exclusive: Iterable[str], shared: Iterable[str] = ()) -> None:
    """Transaction-scoped advisory locks on PostgreSQL, always taken in one global order so two
    writers cannot wait on each other; SQLite's BEGIN IMMEDIATE already serialises writers."""
    if conn.dialect.name != "postgresql":
        return
    modes = {lock_key(n): True for n in shared}
    modes.update({lock_key(n): False for n in exclusive})
    keys = sorted(modes)
    # one round trip: unnest yields the keys in the order given, and each is locked as it comes
    conn.execute(text("SELECT CASE WHEN s THEN pg_advisory_xact_lock_shared(k)::text "
                      "ELSE pg_advisory_xact_lock(k)::text END "
                      "FROM unnest(CAST(:keys AS bigint[]), CAST(:shared AS boolean[])) AS t(k, s)"),
                 {"keys": keys, "shared": [modes[k] for k in keys]}).all()
