"""Open the database the settings point at and make it ready: connect, migrate, seed reference data."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.config import Settings, data_dir
from app.models import User
from app.storage import migrate
from app.storage.database import (
    DatabaseUnavailable,
    SessionMarker,
    Target,
    check_connection,
    make_engine,
    require_existing,
    resolve_target,
)
from app.workflows.common.clock import Clock
from app.workflows.common.context import SYSTEM, Actor, AppContext
from app.workflows.common.vocabulary import Role


@dataclass
class OpenResult:
    ctx: AppContext
    upgraded_from: str | None
    backup: Path | None
    marker: SessionMarker | None = None   # session=True on a local SQLite file: release it on a clean exit
    full_check: bool = True               # whether PRAGMA quick_check ran (SQLite)

    def close(self) -> None:
        """The end of a session: close the connections, then mark the session cleanly ended."""
        self.ctx.engine.dispose()
        if self.marker is not None:
            self.marker.release()


def open_database(
    settings: Settings | None = None,
    target: Target | None = None,
    password: str | None = None,
    clock: Clock | None = None,
    session: bool = False,
    create: bool = True,
    read_only: bool = False,
) -> OpenResult:
    """Raises DatabaseUnavailable with a Turkish message when the database cannot be used.

    `create=False` (command-line tools other than `db upgrade` and `demo-data`): a SQLite file that does not
    exist, or a database without our schema, is refused instead of being created. `read_only=True` (`audit
    verify`): besides, nothing is written at all: no schema upgrade, no reference data.

    A local SQLite file gets the full integrity check (PRAGMA quick_check) on every open, except for a
    `session` (the desktop application): there it runs only after an unclean end of the previous session
    (its marker file was left behind, app.storage.database.SessionMarker; docs/decisions.md 35). The
    caller ends the session with `OpenResult.close()`.
    """
    settings = settings or Settings()
    target = target or resolve_target(settings)
    create = create and not read_only
    if not create:
        require_existing(target)
    engine = make_engine(target, password=password, create=create)
    marker = SessionMarker.for_target(target) if session else None
    full_check = marker is None or marker.unclean()
    try:
        check_connection(target, engine, full_check=full_check)
        if not create:
            st = migrate.status(engine)
            migrate.ensure_not_newer(st)
            if st.state == "empty":
                raise DatabaseUnavailable(
                    "empty", f"Bu veritabanında USH İzin verisi yok (boş veritabanı): {target.location}. Bu komut "
                    "veritabanı oluşturmaz; adresi denetleyin (yeni bir veritabanı için: 'ush-izin db upgrade').")
            if read_only and st.state == "older":
                raise DatabaseUnavailable(
                    "older_schema", f"Veritabanının şeması eski ({st.current}; güncel: {st.head}): "
                    f"{target.location}. Bu komut yalnızca okur, şemayı güncellemez; önce 'ush-izin db upgrade' "
                    "çalıştırın.")
        st, backup = (st, None) if read_only else migrate.prepare(target, engine, data_dir() / "backups")
        ctx = AppContext(engine, target, SYSTEM, clock or Clock())
        if not read_only:
            seed(ctx)
    except BaseException:
        engine.dispose()
        raise
    if marker is not None:
        marker.acquire()
    if session:                      # the desktop application's start: exports and backups killed last time
        from app.workflows.admin.audited_writes import cleanup_unfinished

        try:
            cleanup_unfinished(ctx)
        except Exception:
            logging.getLogger(__name__).exception("cleanup of unfinished exports and backups failed")
    return OpenResult(ctx, st.current if st.state == "older" else None, backup, marker, full_check)


def seed(ctx: AppContext) -> None:
    """Reference data (idempotent) and a first administrator account on an empty database."""
    from app.workflows.admin.reference_data import load_reference_data

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
