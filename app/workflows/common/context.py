"""What a screen or a command holds: the database, the acting user and the clock.

Every write goes through `ctx.write()`: one transaction, the actor set for the audit trail, committed once
or rolled back whole. The UI never sees a Session; it passes the context to workflow functions.

The actor is taken at login, but its rights are not frozen there: every write re-reads the account in the same
transaction (active, role, province; a shared row lock on PostgreSQL, so an administrator's change waits for
the write or the write sees the change) and refuses with `AccountChanged` when the account was closed, given
another role or moved to another province since. Nothing of that write is then recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

import app.storage.audit  # noqa: F401  (registers the audit listeners)
import app.workflows.common.input_guard  # noqa: F401  (registers the input check of every ORM write)
from app.models import User
from app.storage.database import Target, disk_full, writer
from app.workflows.common.clock import Clock
from app.workflows.common.errors import DiskFull, PermissionDenied, StaleRecord
from app.workflows.common.messages import msg
from app.workflows.common.vocabulary import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: Role
    province_id: int | None = None

    @property
    def audit_tag(self) -> tuple[int | None, str]:
        return (self.user_id, self.username)


SYSTEM = Actor(None, "sistem", "Sistem", Role.ADMIN)


class AccountChanged(PermissionDenied):
    """The acting account was closed, given another role or moved to another province after it logged in."""


def recheck_account(session: Session, who: Actor) -> None:
    """Refuse unless the account behind `who` is still active with the same role and province (in the caller's
    transaction). Actors without an account (the system, the login itself) have nothing to re-check."""
    if who.user_id is None:
        return
    try:
        row = session.execute(select(User.active, User.role, User.province_id).where(User.id == who.user_id)
                              .with_for_update(read=True)).one_or_none()
    except ProgrammingError as exc:
        # A server-initialised PostgreSQL database (issue 13): a closed account's login role has lost its group,
        # so the server refuses even this read; the officer gets the same message as for a closed account.
        if getattr(getattr(exc, "orig", None), "sqlstate", None) != "42501":
            raise
        row = None
    if row is None or not row.active:
        raise AccountChanged(msg("Yetki", "Hesabınız kapatılmış; bu işlem kaydedilmedi. Oturumu kapatın ve sistem "
                                 "yöneticinize başvurun."))
    if row.role != who.role.value:
        now = Role(row.role).label if row.role in set(Role) else row.role
        raise AccountChanged(msg("Yetki", "Hesabınızın rolü oturum açtıktan sonra değiştirildi (yeni rolünüz: "
                                 "{role}); bu işlem kaydedilmedi. Yeni yetkilerinizle çalışmak için yeniden giriş "
                                 "yapın.").format(role=now))
    if row.province_id != who.province_id:
        raise AccountChanged(msg("Yetki", "Hesabınızın ili oturum açtıktan sonra değiştirildi; bu işlem "
                                 "kaydedilmedi. Yeni ilinizin kayıtlarıyla çalışmak için yeniden giriş yapın."))


@dataclass
class AppContext:
    engine: Engine
    target: Target
    actor: Actor = SYSTEM
    clock: Clock = field(default_factory=Clock)

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        # close() (not rollback) ends the transaction and leaves loaded objects intact, detached: a form
        # may keep them, and their version number then guards the later save.
        with self._read() as session:
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A read through Core statements (selected columns, never ORM entities) on one pooled connection,
        without a Session: cheaper for the worklist's few statements. Its first statement begins one transaction
        (BEGIN on SQLite: every statement then reads the same snapshot), rolled back when the block ends."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self, actor: Actor | None = None, *, recheck: bool = True) -> Iterator[Session]:
        """One write transaction as `actor` (default: the context's). The account is re-checked first
        (`recheck_account`); only the login's own writes, which check the account themselves, skip it."""
        who = actor or self.actor
        try:
            with self._write(info={"actor": who.audit_tag}) as session, session.begin():
                if recheck:
                    recheck_account(session, who)
                yield session
        except StaleDataError as exc:
            # Another officer's transaction saved the same row first (its version moved on under ours, e.g. two
            # PostgreSQL sessions in READ COMMITTED): nothing of ours was written.
            raise StaleRecord(msg("Hatalar", "Bu kayıt"), None) from exc
        except (OperationalError, OSError) as exc:
            if disk_full(exc):       # SQLite "database or disk is full", PostgreSQL "could not extend file" …
                raise DiskFull(self.target.location) from exc
            raise

    def as_user(self, actor: Actor) -> AppContext:
        return AppContext(self.engine, self.target, actor, self.clock)
