"""The audit trail: every ORM insert, update and delete is written, hash-chained, in the same transaction.

A session that changes anything must carry its actor in `session.info["actor"]` as (user_id, username);
a flush without one is refused, so no change can go unattributed.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from typing import Any

from sqlalchemy import event, insert, inspect, select, text, update
from sqlalchemy.orm import Session, UOWTransaction

from app.models import AuditEntry, AuditHead, Base
from app.models.base import utcnow

GENESIS = "0" * 64
UNAUDITED = {AuditEntry.__tablename__, AuditHead.__tablename__}
# Secrets are never copied into the trail: the entry only says that they changed.
REDACTED = {("users", "password_hash")}
SECRET_MARK = "«gizli»"


class MissingActor(Exception):
    def __init__(self) -> None:
        super().__init__("Değişikliği yapan kullanıcı belli değil; kayıt yapılmadı.")


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


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


# One encoder for every hash: json.dumps with these options would build a new JSONEncoder on each call.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_plain)


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


def append(session: Session, changes: list[tuple[str, str, str, dict | None, dict | None]]) -> None:
    """Write audit rows for (action, table, row_id, before, after) tuples, extending the chain."""
    if not changes:
        return
    actor = session.info.get("actor")
    if actor is None:
        raise MissingActor()
    user_id, username = actor
    conn = session.connection()
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


def verify_chain(session: Session, batch: int = 20000) -> tuple[bool, int, int | None]:
    """Recompute every hash in id order. Returns (ok, entries checked, first broken entry id).

    The hashed body is built here as `entry_hash(prev, hashed_fields(row))` builds it, without the per-row
    dicts: of the stored values only `at` (a datetime) is not plain JSON already (bench/audit_verify.py).
    """
    prev, count, last_id = GENESIS, 0, 0
    cols = [AuditEntry.id, AuditEntry.at, AuditEntry.user_id, AuditEntry.username, AuditEntry.action,
            AuditEntry.table_name, AuditEntry.row_id, AuditEntry.before, AuditEntry.after,
            AuditEntry.prev_hash, AuditEntry.hash]
    encode, sha256 = _CANONICAL.encode, hashlib.sha256
    while True:
        rows = session.execute(
            select(*cols).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(batch)
        ).all()
        if not rows:
            break
        for row_id_, at, user_id, username, action, table, row_id, before, after, prev_hash, stored in rows:
            if prev_hash != prev:
                return False, count, row_id_
            body = encode({"action": action, "after": after, "at": _plain(at), "before": before,
                           "row_id": row_id, "table_name": table, "user_id": user_id, "username": username})
            if sha256((prev + body).encode("utf-8")).hexdigest() != stored:
                return False, count, row_id_
            prev = stored
            count += 1
        last_id = rows[-1][0]
    head = session.execute(select(AuditHead.last_hash)).scalar_one_or_none()
    if head is not None and head != prev:
        return False, count, None
    return True, count, None
