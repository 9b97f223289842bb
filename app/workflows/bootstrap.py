"""Open the database the settings point at and make it ready: connect, migrate, seed reference data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.config import Settings, data_dir
from app.models import User
from app.storage import migrate
from app.storage.database import Target, check_connection, make_engine, resolve_target
from app.workflows.clock import Clock
from app.workflows.context import SYSTEM, Actor, AppContext
from app.workflows.vocabulary import Role


@dataclass
class OpenResult:
    ctx: AppContext
    upgraded_from: str | None
    backup: Path | None


def open_database(
    settings: Settings | None = None,
    target: Target | None = None,
    password: str | None = None,
    clock: Clock | None = None,
) -> OpenResult:
    """Raises DatabaseUnavailable with a Turkish message when the database cannot be used."""
    settings = settings or Settings()
    target = target or resolve_target(settings)
    engine = make_engine(target, password=password)
    try:
        check_connection(target, engine)
        st, backup = migrate.prepare(target, engine, data_dir() / "backups")
        ctx = AppContext(engine, target, SYSTEM, clock or Clock())
        seed(ctx)
    except BaseException:
        engine.dispose()
        raise
    return OpenResult(ctx, st.current if st.state == "older" else None, backup)


def seed(ctx: AppContext) -> None:
    """Reference data (idempotent) and a first administrator account on an empty database."""
    from app.workflows.reference_data import load_reference_data

    with ctx.write(SYSTEM) as s:
        load_reference_data(s)
        if s.scalar(select(User.id).limit(1)) is None:
            s.add(User(username="yonetici", full_name="Sistem Yöneticisi", role=Role.ADMIN.value,
                       must_change_password=True))


def default_actor(ctx: AppContext) -> Actor:
    """Until the login dialog exists (issue 6), the desk works as the first administrator."""
    with ctx.read() as s:
        u = s.scalars(select(User).where(User.role == Role.ADMIN.value).order_by(User.id)).first()
    if u is None:
        return SYSTEM
    return Actor(u.id, u.username, u.full_name, Role(u.role), u.province_id)
