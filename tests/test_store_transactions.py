"""Write transactions beside other writers: retried when the database gives up on one, one clear
line when the retries run out; advisory locks that two writers really wait on."""

from __future__ import annotations

import threading
import time

import psycopg.errors
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from detente.errors import DetenteError
from detente.store import open_store
from detente.store.transactions import retrying, take_locks, transient, write_transaction

from .databases import fresh_postgres


def _deadlock() -> OperationalError:
    return OperationalError("UPDATE reports ...", {}, psycopg.errors.DeadlockDetected("deadlock detected"))


def test_a_deadlock_is_tried_again(tmp_path):
    engine = open_store(str(tmp_path / "s.db"))
    tries = []

    def work(conn):
        tries.append(1)
        if len(tries) < 3:
            raise _deadlock()
        return conn.execute(text("SELECT 42")).scalar()

    assert retrying(engine, work, "r.json: could not store the report") == 42
    assert len(tries) == 3


def test_giving_up_is_one_line(tmp_path):
    engine = open_store(str(tmp_path / "s.db"))

    def work(conn):
        raise _deadlock()

    with pytest.raises(DetenteError) as caught:
        retrying(engine, work, "dump.jsonl:7: could not store the report", tries=2)
    assert str(caught.value) == ("dump.jsonl:7: could not store the report: gave up after 2 tries (deadlock); "
                                 "run again to store it")


def test_other_errors_are_not_retried():
    error = OperationalError("SELECT", {}, psycopg.errors.UndefinedTable("no such table"))
    assert transient(error) is None
    assert transient(OperationalError("BEGIN", {}, Exception("database is locked"))) == "database is locked"


def test_writers_of_the_same_key_take_turns_on_postgresql():
    with fresh_postgres() as url:
        engine = open_store(url)
        order = []

        def writer(name: str, hold: float) -> None:
            with write_transaction(engine) as conn:
                take_locks(conn, exclusive=["move:talks:North|offer"], shared=["negotiation:talks"])
                order.append(f"{name} in")
                time.sleep(hold)
                order.append(f"{name} out")

        first = threading.Thread(target=writer, args=("a", 0.5))
        first.start()
        time.sleep(0.2)
        writer("b", 0)
        first.join()
        assert order == ["a in", "a out", "b in", "b out"]
        engine.dispose()
