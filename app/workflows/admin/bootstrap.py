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
    first_password: tuple[str, str] | None = None  # (account, one-time password) of a new administrator: show once

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
        first_password = None
        if not read_only and _may_seed(ctx):
            first_password = seed(ctx)
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
    return OpenResult(ctx, st.current if st.state == "older" else None, backup, marker, full_check, first_password)


def _may_seed(ctx: AppContext) -> bool:
    """On a server-initialised PostgreSQL database only its administrator (a member of the owner role) loads
    reference data (`db upgrade`, `server init`); a person's login only reads."""
    if not ctx.target.is_postgres:
        return True
    from app.storage import server_setup

    with ctx.engine.connect() as conn:
        return not server_setup.is_secured(conn) or server_setup.can_act_as_owner(conn)


FIRST_ADMIN = "yonetici"


def seed(ctx: AppContext) -> tuple[str, str] | None:
    """Reference data (idempotent) and, on an empty database, the first administrator account with a one-time
    password (returned, to be shown once; it must be changed at first login). No account is ever without one."""
    from app.workflows.admin.reference_data import load_reference_data
    from app.workflows.admin.users import hash_password, temporary_password

    with ctx.write(SYSTEM) as s:
        load_reference_data(s)
        if s.scalar(select(User.id).limit(1)) is None:
            password = temporary_password(14)
            s.add(User(username=FIRST_ADMIN, full_name="Sistem Yöneticisi", role=Role.ADMIN.value,
                       password_hash=hash_password(password), must_change_password=True))
            return FIRST_ADMIN, password
        if ctx.target.is_postgres and _secured(ctx, s):
            return None               # the server authenticates; accounts have no application password there
        # Accounts left without a password by an older version: none may log in with an empty one. The first
        # active administrator among them gets a one-time password (shown once); the others a random one nobody
        # knows, until the administrator resets it.
        given = None
        for u in s.scalars(select(User).where(User.password_hash.is_(None)).order_by(User.id)):
            password = temporary_password(14)
            if given is None and u.active and u.role == Role.ADMIN.value:
                given = (u.username, password)
            u.password_hash, u.must_change_password = hash_password(password), True
        return given
    return None


def _secured(ctx: AppContext, s) -> bool:  # type: ignore[no-untyped-def]
    from app.storage import server_setup

    return server_setup.is_secured(s.connection())


def default_actor(ctx: AppContext) -> Actor:
    """Until the login dialog exists (issue 6), the desk works as the first administrator."""
    with ctx.read() as s:
        u = s.scalars(select(User).where(User.role == Role.ADMIN.value).order_by(User.id)).first()
    if u is None:
        return SYSTEM
    return Actor(u.id, u.username, u.full_name, Role(u.role), u.province_id)
