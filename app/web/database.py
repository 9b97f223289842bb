"""The service's two engines: one that reads (never writes) and one that appends to the service log.

PostgreSQL: one engine as the connecting role (the verifier role `ush_verifier` on a shared server: SELECT on what
verifying needs, INSERT on the service log only, enforced by the server). SQLite (demo, tests, one desk): the
file opened read-only (`mode=ro`, `query_only`) for every read, and a second small connection that only appends
to the service log in the same file (so the desk's permit history sees public verifications; docs/decisions.md).
"""

from __future__ import annotations

import sqlite3
from urllib.parse import quote

from sqlalchemy import Engine, event
from sqlalchemy.pool import QueuePool

from app.storage.database import Target, make_engine, new_engine, require_existing, writer


def read_only_sqlite(path: str, pool_size: int = 8) -> Engine:
    """A SQLite file opened read-only by the OS-level open mode and by `PRAGMA query_only`."""
    url = f"sqlite+pysqlite:///file:{quote(path)}?mode=ro&uri=true"
    engine = new_engine(url, poolclass=QueuePool, pool_size=pool_size, max_overflow=pool_size,
                        connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _rec: object) -> None:
        dbapi_conn.isolation_level = None           # autocommit reads: no transaction held between statements
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 10000")
        cur.execute("PRAGMA query_only = ON")
        cur.close()

    return engine


def service_engines(target: Target, password: str | None = None, pool_size: int = 8) -> tuple[Engine, Engine]:
    """(reading engine, log engine) for `ush-izin serve` against `target`."""
    if target.is_postgres:
        engine = make_engine(target, password, pool_size=pool_size, max_overflow=pool_size)
        return engine, engine
    require_existing(target)
    path = str(target.url.database)
    # the log's writes start as writers (BEGIN IMMEDIATE): a deferred transaction that reads first (the HMAC key)
    # and then inserts fails at once with "database is locked" when another request wrote meanwhile (seen under
    # 64 clients in bench/verify_service.py), instead of waiting its turn
    return read_only_sqlite(path, pool_size), writer(make_engine(target, create=False))
