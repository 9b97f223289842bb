"""The last check of every ORM write before it reaches the database, the same on SQLite and PostgreSQL.

Services check their forms field by field; whatever still gets through (a new service, a command-line path, a
field a form forgot) is checked here, in `before_flush`, against the schema itself:
- text longer than its column (`column_lengths` reads the lengths from the models: one place), control
  characters (NUL, ESC …), lone surrogates;
- a date-time without a time zone;
- an e-mail address or phone number in the wrong form (columns named email / phone);
- a reference code or id that does not exist (every foreign key: unknown province, area, branch, facility type …).
Each is refused with `ValidationFailed` and a Turkish message before any SQL runs, so PostgreSQL's DataError /
IntegrityError and SQLite's silent storing never happen. Only the fields that change are checked (an old record
with an old value can still be edited elsewhere).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import DateTime, String, event, inspect, select
from sqlalchemy.orm import Session

from app.models import Base
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.field_labels import field_label
from app.workflows.common.messages import msg
from app.workflows.common.validation import email_error, phone_error, text_error

def label(column: str) -> str:
    """The name officials know for a column, for the messages (app.workflows.common.field_labels)."""
    return field_label(column)


# Text columns without a length (addresses, reasons, notes) still get a bound: no officer types more, and a
# pasted megabyte would only burden every list, export and backup.
MAX_FREE_TEXT = 20_000


@cache
def column_lengths(model: type) -> dict[str, int]:
    """{attribute: maximum length} of every text column of `model`: the schema's length, or MAX_FREE_TEXT for
    a text column without one. The one place the limits come from."""
    out = {}
    for attr in inspect(model).column_attrs:
        col = attr.columns[0]
        if isinstance(col.type, String):          # String, Text, and tr_string / Unicode variants
            out[attr.key] = int(getattr(col.type, "length", None) or MAX_FREE_TEXT)
    return out


def _changed(state: Any, key: str, new: bool) -> bool:
    if new:
        return key in state.dict
    return bool(state.attrs[key].history.added)


def row_errors(obj: Any, new: bool) -> dict[str, str]:
    """The problems of one pending or changed object, by attribute."""
    state = inspect(obj)
    lengths = column_lengths(type(obj))
    errors: dict[str, str] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if not _changed(state, key, new):
            continue
        value = state.dict.get(key)
        col = attr.columns[0]
        if isinstance(value, str):
            err = text_error(value, label(key), lengths.get(key))
            if err is None and "email" in key:
                err = email_error(value, label(key))
            if err is None and ("phone" in key or "telefon" in key):
                err = phone_error(value, label(key))
            if err:
                errors[key] = err
        elif isinstance(value, dt.datetime) and isinstance(col.type, DateTime | _utc_type()) and value.tzinfo is None:
            errors[key] = msg("Doğrulama", "{label}: saat dilimi olmayan bir zaman verildi (iç hata); kayıt "
                              "yapılmadı.").format(label=label(key))
    return errors


@cache
def _utc_type() -> type:
    from app.models.base import UTCDateTime

    return UTCDateTime


def _unknown_references(session: Session, objs: list[tuple[Any, bool]]) -> dict[str, str]:
    """Foreign keys whose value names no row: one query per referred table and value (rows pending in this
    flush count as existing)."""
    pending: dict[str, set[Any]] = {}
    for obj in session.new:
        table = inspect(obj).mapper.local_table
        for pk in table.primary_key.columns:
            value = getattr(obj, pk.key, None)
            if value is not None:
                pending.setdefault(table.name, set()).add(value)
    wanted: dict[tuple[Any, Any], list[str]] = {}
    for obj, new in objs:
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            col = attr.columns[0]
            if not col.foreign_keys or not _changed(state, attr.key, new):
                continue
            value = state.dict.get(attr.key)
            if value is None:
                continue
            for fk in col.foreign_keys:
                target = fk.column
                if value in pending.get(target.table.name, ()):
                    continue
                wanted.setdefault((target, value), []).append(attr.key)
    errors: dict[str, str] = {}
    with session.no_autoflush:
        for (target, value), keys in wanted.items():
            found = session.execute(select(target).where(target == value).limit(1)).first()
            if found is None:
                for key in keys:
                    errors[key] = msg("Doğrulama", "{label}: bilinmeyen kod ya da kayıt ({value}).").format(
                        label=label(key), value=f"{value!s:.60}")
    return errors


@event.listens_for(Session, "before_flush")
def _check_input(session: Session, _ctx: object, _instances: object) -> None:
    objs = [(o, True) for o in session.new if isinstance(o, Base)]
    objs += [(o, False) for o in session.dirty if isinstance(o, Base) and session.is_modified(o)]
    if not objs:
        return
    errors: dict[str, str] = {}
    for obj, new in objs:
        for key, text in row_errors(obj, new).items():
            errors.setdefault(key if key not in errors else f"{inspect(obj).mapper.local_table.name}.{key}", text)
    if not errors:
        for key, text in _unknown_references(session, objs).items():
            errors.setdefault(key, text)
    if errors:
        raise ValidationFailed(errors)
