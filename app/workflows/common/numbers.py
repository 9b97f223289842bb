"""Readable numbers (application, letter, permit) from counters that stay unique under concurrent use.

The counter row is incremented with UPDATE … RETURNING, which takes a row lock on PostgreSQL and the write
lock on SQLite, so two officers never get the same number (never max()+1).
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.models import NumberSequence


def next_value(session: Session, key: str) -> int:
    stmt = (update(NumberSequence).where(NumberSequence.key == key)
            .values(last_value=NumberSequence.last_value + 1).returning(NumberSequence.last_value))
    value = session.execute(stmt).scalar()
    if value is None:
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        session.execute(dialect.insert(NumberSequence).values(key=key, last_value=0).on_conflict_do_nothing())
        value = session.execute(stmt).scalar_one()
    return value


def application_number(session: Session, plate: int, year: int) -> str:
    return f"{year}-{plate:02d}-{next_value(session, f'application:{plate}:{year}'):06d}"


def letter_number(session: Session, plate: int, year: int) -> str:
    return f"USH-{plate:02d}-{year}-{next_value(session, f'notification:{plate}:{year}'):05d}"


def permit_number(session: Session, plate: int, year: int) -> str:
    return f"{plate:02d}-{year}-{next_value(session, f'permit:{plate}:{year}'):05d}"
