"""The audit trail: every ORM insert, update and delete is written, hash-chained, in the same transaction.

A session that changes anything must carry its actor in `session.info["actor"]` as (user_id, username);
a flush without one is refused, so no change can go unattributed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, func, insert, inspect, literal_column, select, text, update
from sqlalchemy.orm import Session, UOWTransaction

from app.models import AuditEntry, AuditHead, Base, ServiceLog, ServiceLogKey
from app.models.base import utcnow
from app.storage.canonical import ENCODER as _CANONICAL
from app.storage.canonical import plain as _plain

GENESIS = "0" * 64
# The verification service's log and its key are not audited row by row (app.models.service): a log itself.
UNAUDITED = {AuditEntry.__tablename__, AuditHead.__tablename__, ServiceLog.__tablename__,
             ServiceLogKey.__tablename__}
# Secrets are never copied into the trail: the entry only says that they changed.
REDACTED = {("users", "password_hash"), ("vendor_access_codes", "secret_hash")}
SECRET_MARK = "«gizli»"


class MissingActor(Exception):
    def __init__(self) -> None:
        super().__init__("Değişikliği yapan kullanıcı belli değil; kayıt yapılmadı.")


def _columns(obj: Base, *, previous: bool) -> dict[str, Any]:
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        hist = state.attrs[key].history
        if previous and hist.deleted:
            value = hist.deleted[0]
        elif key in state.dict:
            value = state.dict[key]
        else:
            continue
        if (state.mapper.local_table.name, key) in REDACTED and value is not None:
            value = SECRET_MARK + hashlib.sha256(str(value).encode()).hexdigest()[:8]
        out[key] = _plain(value)
    return out




def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    body = _CANONICAL.encode(fields)
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def hashed_fields(e: dict[str, Any]) -> dict[str, Any]:
    keys = ("at", "user_id", "username", "action", "table_name", "row_id", "before", "after")
    return {k: _plain(e[k]) for k in keys}


def _row_id(obj: Base) -> str:
    state = inspect(obj)
    ident = state.identity or state.mapper.primary_key_from_instance(obj)
    return "/".join(str(i) for i in ident if i is not None)


def server_writes_audit(conn: Any) -> bool:
    """Whether the database writes its own audit trail (a PostgreSQL database after `server init`:
    app.storage.server_policies). Asked once per pooled connection; SQLite never does."""
    if conn.dialect.name != "postgresql":
        return False
    info = conn.connection.info
    mode = info.get("ush_server_audit")
    if mode is None:
        from app.storage.server_policies import server_audit

        mode = info["ush_server_audit"] = server_audit(conn)
    return bool(mode)


def append(session: Session, changes: list[tuple[str, str, str, dict | None, dict | None]]) -> None:
    """Write audit rows for (action, table, row_id, before, after) tuples, extending the chain."""
    if not changes:
        return
    actor = session.info.get("actor")
    if actor is None:
        raise MissingActor()
    user_id, username = actor
    conn = session.connection()
    if server_writes_audit(conn):
        # The server's triggers wrote the entries of the rows (with the connected login as the actor); only work
        # done outside a table row is handed to it.
        for action, table, row_id, _before, after in changes:
            if action == "event":
                conn.execute(text("SELECT ush_audit_event(:t, :r, CAST(:s AS json))"),
                             {"t": table, "r": row_id, "s": _CANONICAL.encode(after)})
        return
    # Taking the head row first serialises chain writers (row lock on PostgreSQL).
    conn.execute(update(AuditHead).where(AuditHead.id == 1).values(entries=AuditHead.entries + len(changes)))
    prev = conn.execute(select(AuditHead.last_hash).where(AuditHead.id == 1)).scalar_one()
    if conn.dialect.name == "postgresql":
        at = conn.execute(text("SELECT now()")).scalar_one().astimezone(dt.timezone.utc)
    else:
        at = utcnow()
    rows = []
    for action, table, row_id, before, after in changes:
        e = {"at": at, "user_id": user_id, "username": username, "action": action, "table_name": table,
             "row_id": row_id, "before": before, "after": after}
        e["prev_hash"] = prev
        e["hash"] = prev = entry_hash(prev, hashed_fields(e))
        rows.append(e)
    conn.execute(insert(AuditEntry), rows)
    conn.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=prev))


@event.listens_for(Session, "before_flush")
def _remember_updates(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    # Before values of updated and deleted rows must be read before the flush expires history.
    pending = session.info.setdefault("_audit_pending", [])
    for obj in session.dirty:
        if obj.__tablename__ in UNAUDITED or not session.is_modified(obj, include_collections=False):
            continue
        pending.append(("update", obj, _columns(obj, previous=True)))
    for obj in session.deleted:
        if obj.__tablename__ not in UNAUDITED:
            pending.append(("delete", obj, _columns(obj, previous=True)))
    for obj in session.new:
        if obj.__tablename__ not in UNAUDITED:
            pending.append(("insert", obj, None))
    if pending and session.info.get("actor") is None:
        session.info.pop("_audit_pending", None)
        raise MissingActor()


@event.listens_for(Session, "after_flush")
def _write_entries(session: Session, _ctx: UOWTransaction) -> None:
    pending = session.info.pop("_audit_pending", [])
    changes = []
    for action, obj, before in pending:
        after = None if action == "delete" else _columns(obj, previous=False)
        if action == "update" and before == after:
            continue
        changes.append((action, obj.__tablename__, _row_id(obj), before, after))
    append(session, changes)


def record_event(session: Session, table: str, row_id: str, summary: dict[str, Any]) -> None:
    """An audit entry for work done outside the ORM (bulk loads, backups, exports)."""
    append(session, [("event", table, row_id, None, summary)])


# Verifying the chain reads the rows through the DB-API cursor, bypassing SQLAlchemy's result processing (60 % of
# the time over 1,000,000 entries, docs/performance.md): `before`/`after` come as their stored JSON text and are
# decoded with the C json module, `at` comes as text and is turned into `_plain(at)` (its UTC isoformat) with
# string slicing. Any row the fast path does not confirm is re-checked through the ORM types exactly as it was
# hashed (`_exact_ok`), so a stored form the fast path does not know can never be reported as broken by mistake,
# and a tampered row is still found at its own id. Large chains are checked in parallel id ranges.
_COLUMNS = "id, {at}, user_id, username, action, table_name, row_id, {before}, {after}, prev_hash, hash"
_RANGE_SQL = {
    # SQLAlchemy stores SQLite datetimes as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC, the offset dropped by UTCDateTime).
    "sqlite": "SELECT " + _COLUMNS.format(at="at", before="before", after="after")
              + " FROM audit_entries WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
    # timestamptz rendered in UTC; the JSON columns as their stored text.
    "postgresql": "SELECT " + _COLUMNS.format(at="to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')",
                                              before="before::text", after="after::text")
                  + " FROM audit_entries WHERE id > %s AND id <= %s ORDER BY id LIMIT %s",
}
PARALLEL_MIN = 200_000  # entries; below this a process pool costs more than it saves


def _at_sqlite(raw: Any) -> str | None:
    """`_plain(at)` from SQLite's stored text of `at`, or None where it is not in SQLAlchemy's usual form."""
    if type(raw) is not str or len(raw) != 26 or raw[10] != " " or raw[19] != ".":
        return None
    # datetime.isoformat() leaves out a zero microsecond part; UTCDateTime hands back UTC datetimes.
    return raw[:10] + "T" + (raw[11:19] if raw.endswith(".000000") else raw[11:]) + "+00:00"


def _at_postgresql(raw: Any) -> str | None:
    """`_plain(at)` from to_char(at AT TIME ZONE 'UTC', ...), or None where it is not in that form."""
    if type(raw) is not str or len(raw) != 26 or raw[10] != "T" or raw[19] != ".":
        return None
    return (raw[:19] if raw.endswith(".000000") else raw) + "+00:00"


_FAST_AT = {"sqlite": _at_sqlite, "postgresql": _at_postgresql}

# `_CANONICAL.encode` without its per-call set-up (JSONEncoder.iterencode builds a C encoder on every call):
# the same C encoder with the same options, built once. Decoded JSON cannot be circular, so no markers.
if json.encoder.c_make_encoder is not None:
    _encode_chunks = json.encoder.c_make_encoder(None, _plain, json.encoder.c_encode_basestring, None, ":", ",",
                                                 True, False, True)

    def _encode_body(fields: dict[str, Any], _chunks: Any = _encode_chunks, _join: Any = "".join) -> str:
        return _join(_chunks(fields, 0))
else:  # pragma: no cover - CPython always has _json
    _encode_body = _CANONICAL.encode


def _json_text(value: str | None, _string: Any = json.encoder.c_encode_basestring) -> str:
    """A text column's value as the canonical encoder writes it (ensure_ascii=False)."""
    return "null" if value is None else _string(value)


def _scan(rows: list[tuple], prev: str | None, dialect: str) -> tuple[int, str | None, int]:
    """Check rows in id order with the fast path. prev None: take the first row's link as given (a range checked
    apart; its link is checked when the ranges are joined). Returns (rows confirmed, last hash, index of the
    first row not confirmed or -1)."""
    loads, encode, sha256, fast_at = json.loads, _encode_body, hashlib.sha256, _FAST_AT[dialect]
    for i, (_id, at, user_id, username, action, table, row_id, before, after, prev_hash, stored) in enumerate(rows):
        if prev is None:
            prev = prev_hash
        elif prev_hash != prev:
            return i, prev, i
        at_text = fast_at(at)
        if at_text is None:
            return i, prev, i
        # The JSON columns are stored in canonical form (app.storage.canonical): hash their text as it is. Entries
        # written before that, in another form, fall through to decoding and re-encoding.
        if type(before) is not dict and type(after) is not dict and sha256((
                prev + '{"action":' + _json_text(action) + ',"after":' + (after or "null") + ',"at":"' + at_text
                + '","before":' + (before or "null") + ',"row_id":' + _json_text(row_id) + ',"table_name":'
                + _json_text(table) + ',"user_id":' + ("null" if user_id is None else str(user_id))
                + ',"username":' + _json_text(username) + "}").encode("utf-8")).hexdigest() == stored:
            prev = stored
            continue
        try:
            body = encode({"action": action,
                           "after": None if after is None or after == "null" else loads(after),
                           "at": at_text,
                           "before": None if before is None or before == "null" else loads(before),
                           "row_id": row_id, "table_name": table, "user_id": user_id, "username": username})
        except (ValueError, TypeError):  # not JSON text: the exact path decides
            return i, prev, i
        if sha256((prev + body).encode("utf-8")).hexdigest() != stored:
            return i, prev, i
        prev = stored
    return len(rows), prev, -1


def _exact_ok(session: Session, entry_id: int, prev: str, stored: str) -> bool:
    """The entry's hash recomputed from the values as the ORM types give them back (the definition)."""
    at, user_id, username, action, table, row_id, before, after = session.execute(
        select(AuditEntry.at, AuditEntry.user_id, AuditEntry.username, AuditEntry.action, AuditEntry.table_name,
               AuditEntry.row_id, AuditEntry.before, AuditEntry.after).where(AuditEntry.id == entry_id)
    ).one()
    body = _CANONICAL.encode({"action": action, "after": after, "at": _plain(at), "before": before,
                              "row_id": row_id, "table_name": table, "user_id": user_id, "username": username})
    return hashlib.sha256((prev + body).encode("utf-8")).hexdigest() == stored


def _worker_connect(dialect: str, where: str) -> Any:
    if dialect == "sqlite":
        import sqlite3

        conn = sqlite3.connect(where, timeout=10)
        conn.execute("PRAGMA query_only = 1")
        return conn
    import psycopg

    return psycopg.connect(where, autocommit=True)


def _check_span(conn: Any, dialect: str, lo: int, hi: int, batch: int) -> list:
    """The fast check of ids lo < id <= hi. Returns [rows confirmed, first id, first row's prev_hash,
    last confirmed id, its hash, stopped early]."""
    cur = conn.cursor()
    sql = _RANGE_SQL[dialect]
    count, first_id, first_prev, last_id, last_hash, after_id = 0, None, None, None, None, lo
    while True:
        cur.execute(sql, (after_id, hi, batch))
        rows = cur.fetchall()
        if not rows:
            return [count, first_id, first_prev, last_id, last_hash, False]
        if first_id is None:
            first_id, first_prev = rows[0][0], rows[0][9]
        n, prev, stop = _scan(rows, last_hash, dialect)
        if n:
            count, last_id, last_hash = count + n, rows[n - 1][0], prev
        if stop >= 0:
            return [count, first_id, first_prev, last_id, last_hash, True]
        after_id = rows[-1][0]


def _worker_main() -> None:
    """A verify worker process: the database on its first stdin line, then one id range per line; one JSON
    result per line on stdout. Started by `_parallel_prefix` as a plain subprocess (multiprocessing's spawn
    would re-run the caller's main script)."""
    import sys

    job = json.loads(sys.stdin.readline())
    conn = _worker_connect(job["dialect"], job["where"])
    try:
        for line in sys.stdin:
            lo, hi = json.loads(line)
            sys.stdout.write(json.dumps(_check_span(conn, job["dialect"], lo, hi, job["batch"])) + "\n")
            sys.stdout.flush()
    finally:
        conn.close()


_WORKER_CODE = "import json, sys; sys.path[:0] = json.loads(sys.argv[1]); " \
               "from app.storage.audit import _worker_main; _worker_main()"


def _parallel_prefix(session: Session, dialect: str, last: int, batch: int, workers: int
                     ) -> tuple[int, str, int] | None:
    """Check ids 1..last in ranges on `workers` processes. Returns the verified prefix as (entries, last hash,
    last id): every entry up to that id links to the one before it and hashes correctly. None (check it all
    in this process) where this database cannot be opened from another process or a worker failed."""
    import subprocess
    import sys
    import threading

    if getattr(sys, "frozen", False):
        return None
    url = session.get_bind().url
    if dialect == "sqlite":
        where = url.database or ""
        if not where or where == ":memory:" or where.startswith("file:"):
            return None
    else:
        where = url.set(drivername="postgresql").render_as_string(hide_password=False)
    spans = workers * 8  # small ranges: a worker slowed down by other load takes fewer of them
    step = -(-last // spans)
    bounds = [(k * step, min(last, (k + 1) * step)) for k in range(spans) if k * step < last]
    results: list[list | None] = [None] * len(bounds)
    lock = threading.Lock()
    state = {"next": 0, "stop": len(bounds), "failed": False}

    def drive() -> None:
        try:
            # the job (with a PostgreSQL password) goes through the pipe, never the command line
            proc = subprocess.Popen([sys.executable, "-c", _WORKER_CODE, json.dumps(sys.path)],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        except OSError:
            state["failed"] = True
            return
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(json.dumps({"dialect": dialect, "where": where, "batch": batch}) + "\n")
            while True:
                with lock:
                    k = state["next"]
                    if k >= state["stop"] or state["failed"]:
                        break
                    state["next"] = k + 1
                proc.stdin.write(json.dumps(bounds[k]) + "\n")
                proc.stdin.flush()
                line = proc.stdout.readline()
                if not line:
                    raise OSError("verify worker ended")
                res = json.loads(line)
                results[k] = res
                if res[5]:  # a break in range k: ranges after it are not needed
                    with lock:
                        state["stop"] = min(state["stop"], k + 1)
        except (OSError, ValueError):
            state["failed"] = True
        finally:
            try:
                proc.stdin.close()
            except OSError:
                pass
            proc.wait()

    threads = [threading.Thread(target=drive, daemon=True) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if state["failed"]:
        return None
    count, prev, done = 0, GENESIS, 0
    for (_lo, hi), res in zip(bounds, results):
        if res is None:
            break
        n, first_id, first_prev, last_id, last_hash, stopped = res
        if first_id is None:  # no entries in this range
            done = hi
            continue
        if first_prev != prev:
            break  # the range does not link to the one before: the serial pass finds and reports it
        if n:
            count, prev, done = count + n, last_hash, last_id
        if stopped:
            break
        done = hi
    return count, prev, done


@dataclass
class ChainCheck:
    """What `check_chain` found. A break is a run of entries in id order that do not hash to their stored value or
    do not link to the entry before them; the check goes on after each break (resuming from the broken entry's
    stored hash, or skipping a foreign entry the next one does not link to), so every broken range is reported."""

    entries: int = 0                    # entries read (broken ones included)
    confirmed_before_break: int = 0     # entries confirmed before the first break
    breaks: list[list[int]] = field(default_factory=list)   # [first id, last id] of each broken range
    last_hash: str = GENESIS            # the hash the chain ends with
    last_id: int | None = None
    first_hash: str | None = None       # the first entry's hash (names this chain)
    head_present: bool = True
    head_hash: str | None = None        # audit_head as stored
    head_entries: int | None = None
    other_rows: bool = False            # rows in other tables (only looked at when there are no entries)
    at_ids: dict[int, tuple[int, str]] = field(default_factory=dict)  # requested id -> (position, hash)

    @property
    def head_problems(self) -> list[str]:
        out = []
        if not self.head_present:
            out.append("missing")
        else:
            if self.head_hash != self.last_hash:
                out.append("hash")
            if self.head_entries != self.entries:
                out.append("count")
        if self.entries == 0 and self.other_rows:
            out.append("empty")
        return out

    @property
    def ok(self) -> bool:
        return not self.breaks and not self.head_problems


def _other_rows(conn: Any) -> bool:
    for table in Base.metadata.sorted_tables:
        if table.name in UNAUDITED or table.name == "audit_checkpoints":
            continue
        if conn.execute(select(literal_column("1")).select_from(table).limit(1)).first() is not None:
            return True
    return False


def _positions(conn: Any, ids: list[int]) -> dict[int, tuple[int, str]]:
    """(position in id order, hash) of each existing entry among `ids`. A few checkpoints: their hashes by primary
    key and the counts between them in one statement; many (hourly for years): one ordered pass over the ids."""
    out: dict[int, tuple[int, str]] = {}
    wanted = sorted(set(i for i in ids if i is not None))
    if not wanted:
        return out
    if len(wanted) > 100:
        want = set(wanted)
        cur = conn.connection.driver_connection.cursor()
        cur.execute("SELECT id, hash FROM audit_entries ORDER BY id")
        position = 0
        while rows := cur.fetchmany(50000):
            for entry_id, h in rows:
                position += 1
                if entry_id in want:
                    out[entry_id] = (position, h)
        return out
    hashes = dict(conn.execute(select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.id.in_(wanted))).all())
    bounds = list(zip([0, *wanted[:-1]], wanted))
    sql = " UNION ALL ".join(f"SELECT {j} AS k, count(*) AS n FROM audit_entries WHERE id > :lo{j} AND id <= :hi{j}"
                             for j in range(len(bounds)))
    params = {f"{side}{j}": v for j, (lo, hi) in enumerate(bounds) for side, v in (("lo", lo), ("hi", hi))}
    position = 0
    for (_k, n), i in zip(sorted(conn.execute(text(sql), params).all()), wanted):
        position += n
        if i in hashes:
            out[i] = (position, hashes[i])
    return out


def check_chain(session: Session, batch: int = 20000, workers: int | None = None,
                at_ids: list[int] | tuple[int, ...] = ()) -> ChainCheck:
    """Recompute every hash in id order and compare the end with the chain head (audit_head). `at_ids`: entry
    ids (of checkpoints) whose position and hash are wanted.

    The chain is checked up to the newest entry at the start (read with the head in one statement, so entries
    written meanwhile cannot make the head look wrong). workers: processes for a large chain (default: the CPU
    count; 1 = in this process only).
    """
    conn = session.connection()
    head_q = select(AuditHead.last_hash).where(AuditHead.id == 1).scalar_subquery()
    count_q = select(AuditHead.entries).where(AuditHead.id == 1).scalar_subquery()
    present_q = select(func.count()).select_from(AuditHead).where(AuditHead.id == 1).scalar_subquery()
    last_q = select(func.max(AuditEntry.id)).scalar_subquery()
    head, head_entries, present, last = conn.execute(select(head_q, count_q, present_q, last_q)).one()
    res = ChainCheck(head_present=bool(present), head_hash=head, head_entries=head_entries)
    dialect = conn.dialect.name
    if dialect not in _RANGE_SQL:
        raise NotImplementedError(dialect)
    prev, count, after_id = GENESIS, 0, 0
    if last is None:
        res.other_rows = _other_rows(conn)
    else:
        res.first_hash = conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)).scalar()
        if workers is None:
            workers = min(os.cpu_count() or 1, 4)
        if workers > 1 and last >= PARALLEL_MIN:
            prefix = _parallel_prefix(session, dialect, last, batch, workers)
            if prefix is not None:
                count, prev, after_id = prefix
                res.last_id = after_id if count else None
        cur = conn.connection.driver_connection.cursor()
        sql = _RANGE_SQL[dialect]
        good: str | None = None      # the hash before a run of broken entries (a foreign entry may be skipped)
        in_break = False
        while True:
            cur.execute(sql, (after_id, last, batch))
            rows = cur.fetchall()
            if not rows:
                break
            i = 0
            while i < len(rows):
                n, prev, stop = _scan(rows[i:] if i else rows, prev, dialect)
                if n:
                    count += n
                    in_break, good = False, None
                    res.last_id = rows[i + n - 1][0]
                if stop < 0:
                    break
                entry_id, prev_hash, stored = rows[i + stop][0], rows[i + stop][9], rows[i + stop][10]
                linked = prev_hash == prev or (good is not None and prev_hash == good)
                if linked and _exact_ok(session, entry_id, prev_hash, stored):
                    in_break, good = False, None
                elif in_break:
                    res.breaks[-1][1] = entry_id
                else:
                    if not res.breaks:
                        res.confirmed_before_break = count
                    res.breaks.append([entry_id, entry_id])
                    in_break, good = True, prev
                prev, count, i = stored, count + 1, i + stop + 1
                res.last_id = entry_id
            after_id = rows[-1][0]
    res.entries, res.last_hash = count, prev
    if not res.breaks:
        res.confirmed_before_break = count
    if at_ids:
        res.at_ids = _positions(conn, list(at_ids))
    return res


def verify_chain(session: Session, batch: int = 20000, workers: int | None = None) -> tuple[bool, int, int | None]:
    """Recompute every hash in id order. Returns (ok, entries confirmed before the first break, first broken entry
    id — None when only the chain head disagrees). `check_chain` gives every broken range."""
    res = check_chain(session, batch, workers)
    return res.ok, res.confirmed_before_break, res.breaks[0][0] if res.breaks else None
