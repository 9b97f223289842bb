"""User accounts: argon2id passwords, login with lockout, first-login password change, user administration.

Rules
- Passwords are hashed with argon2id (argon2-cffi's PasswordHasher defaults: m=64 MiB, t=3, p=4).
- An unknown user name and a wrong password give the same message, so a name cannot be probed.
- 5 failed logins in a row lock the account for 15 minutes ("Hesabınız 14:30'a kadar kilitli"); the lock
  ends by itself or when an administrator unlocks the account. A correct login resets the counter.
  Every attempt is counted before its password is checked, under the account row's lock (SQLite: the writer
  lock), so concurrent wrong passwords on a shared server are never evaluated beyond the fifth; the lock's
  times come from the database server's clock (`Clock.server_now`), not the desk's.
- A closed (inactive) account is refused even with the right password.
- An account created or reset by the administrator, and the first administrator seeded without a password
  (it logs in once with an empty password), must change its password before it can work:
  `authenticate` then raises `PasswordChangeRequired`, and `change_password` completes the login.
- Password policy: at least 10 characters, with letters and digits.
- Only the administrator manages users; every change is an audited ORM write inside `ctx.write()`.
- Other times come from `ctx.clock`.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import string
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from app.models import AuditEntry, Province, User
from app.workflows.common.clock import TR
from app.workflows.common.context import Actor, AppContext
from app.workflows.common.errors import DomainError, NotFound, PermissionDenied, StaleRecord, ValidationFailed
from app.workflows.common.messages import joined, msg
from app.workflows.common.permissions import require
from app.workflows.common.vocabulary import Role

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 10
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,59}$")

ADMIN_ONLY = (Role.ADMIN,)
ADMIN_OR_AUDITOR = (Role.ADMIN, Role.AUDITOR)

# The actor of the writes the login itself makes (failed-login counter, lock): nobody is logged in yet.
LOGIN = Actor(None, "oturum-acma", "Oturum açma", Role.ADMIN)

_hasher = PasswordHasher()  # argon2id


# --- errors ---------------------------------------------------------------------------------------------------------

class LoginFailed(DomainError):
    """Unknown user or wrong password (deliberately the same message)."""

    def __init__(self) -> None:
        super().__init__(msg("Yönetim", "Kullanıcı adı ya da parola yanlış."))


class AccountLocked(DomainError):
    def __init__(self, until: dt.datetime) -> None:
        self.until = until
        local = until.astimezone(TR)
        hhmm = f"{local.hour:02d}:{local.minute:02d}"
        super().__init__(
            msg("Yönetim", "Çok sayıda hatalı giriş denemesi yapıldı. Hesabınız {hhmm}{suffix} kadar kilitli; o "
                           "saatten sonra yeniden deneyin ya da sistem yöneticinize başvurun.").format(
                hhmm=hhmm, suffix=dative_suffix(local.hour, local.minute))
        )


class AccountInactive(DomainError):
    def __init__(self) -> None:
        super().__init__(msg("Yönetim", "Bu hesap kapatılmış; giriş yapılamaz. Sistem yöneticinize başvurun."))


class PasswordChangeRequired(DomainError):
    """The password was right, but it must be changed before the user can work (first login or reset)."""

    def __init__(self, username: str) -> None:
        self.username = username
        super().__init__(msg("Yönetim", "İlk girişiniz ya da parolanız sıfırlandı: devam etmek için yeni bir "
                                        "parola belirleyin."))


# --- hashing and policy ---------------------------------------------------------------------------------------------

def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when `password` matches; an account without a password matches nothing (there is no password-less
    login: a new database's first administrator gets a one-time password, docs/security.md)."""
    if password_hash is None:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_problems(password: str) -> list[str]:
    """What is wrong with a new password (empty list: acceptable)."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(msg("Yönetim", "Parola en az {n} karakter olmalı.").format(n=MIN_PASSWORD_LENGTH))
    if not any(ch.isalpha() for ch in password):
        problems.append(msg("Yönetim", "Parolada en az bir harf bulunmalı."))
    if not any(ch.isdigit() for ch in password):
        problems.append(msg("Yönetim", "Parolada en az bir rakam bulunmalı."))
    if password != password.strip():
        problems.append(msg("Yönetim", "Parola boşlukla başlayamaz ya da bitemez."))
    return problems


def check_password_policy(password: str, field: str = "new_password") -> None:
    if problems := password_problems(password):
        raise ValidationFailed({field: joined(" ", problems)})


def temporary_password(length: int = 12) -> str:
    """A random password that satisfies the policy (no look-alike characters: 0 O 1 l I)."""
    letters = "".join(c for c in string.ascii_letters if c not in "OlI")
    digits = "23456789"
    while True:
        pw = "".join(secrets.choice(letters + digits) for _ in range(length))
        if not password_problems(pw):
            return pw


def dative_suffix(hour: int, minute: int) -> str:
    """The Turkish dative ending of a spoken clock time: 14:30'a, 09:15'e, 10:00'a, 12:20'ye."""
    n = minute if minute else hour
    ones = {0: "'a", 1: "'e", 2: "'ye", 3: "'e", 4: "'e", 5: "'e", 6: "'ya", 7: "'ye", 8: "'e", 9: "'a"}
    tens = {0: "'a", 1: "'a", 2: "'ye", 3: "'a", 4: "'a", 5: "'ye"}  # sıfır, on, yirmi, otuz, kırk, elli
    if n % 10:
        return ones[n % 10]
    return tens[n // 10]


def _actor(u: User) -> Actor:
    return Actor(u.id, u.username, u.full_name, Role(u.role), u.province_id)


def _normalise_username(username: str) -> str:
    name = (username or "").strip()
    return name.lower() if name.isascii() else name


# --- login ----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Attempt:
    password_hash: str | None
    locks_until: dt.datetime | None  # this attempt is the fifth in a row: the lock it set (lifted if it succeeds)


def _count_attempt(ctx: AppContext, user_id: int) -> _Attempt:
    """Count one login attempt *before* its password is checked, in its own committed transaction under the
    account row's lock (PostgreSQL: SELECT … FOR UPDATE, so concurrent attempts queue and each sees the
    previous count; SQLite: the writer lock of BEGIN IMMEDIATE). The fifth attempt in a row sets the lock, with
    the time from the database server; while a lock runs, AccountLocked is raised and nothing is counted."""
    with ctx.write(LOGIN) as s:
        u = s.get(User, user_id, with_for_update=True)
        if u is None:
            raise LoginFailed()
        now = ctx.clock.server_now(s)
        if u.locked_until is not None and u.locked_until > now:
            raise AccountLocked(u.locked_until)
        count = 0 if u.locked_until is not None else (u.failed_logins or 0)  # a lock that ran out: a fresh start
        u.failed_logins = count + 1
        u.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES) if u.failed_logins >= MAX_FAILED_LOGINS else None
        return _Attempt(u.password_hash, u.locked_until)


def _user_id(ctx: AppContext, name: str) -> int | None:
    with ctx.read() as s:
        return s.scalar(select(User.id).where(User.username == name))


def _audit_login(ctx: AppContext, username: str, user_id: int | None, ok: bool, reason: str = "") -> None:
    """Every login, success or failure, leaves an audit entry (the name as typed when no account has it)."""
    from app.storage.audit import record_event

    try:
        with ctx.write(LOGIN, recheck=False) as s:
            s.info["actor"] = (user_id, username[:60])
            record_event(s, "login", username[:60], {"event": "login", "ok": ok, "reason": reason})
    except DomainError:
        raise
    except Exception:  # noqa: BLE001 (the refusal the officer sees must not become a database error)
        import logging

        logging.getLogger(__name__).exception("the login's audit entry could not be written")
        if ok:
            raise


def authenticate(ctx: AppContext, username: str, password: str) -> Actor:
    """The Actor of a correct login. Raises LoginFailed, AccountLocked, AccountInactive or
    PasswordChangeRequired (password right, but it must be changed first: call `change_password`).
    Success and every failure are audited (`login` events). On a server-initialised PostgreSQL database the
    server authenticates: use `login` (a connection as the person), not this."""
    name = _normalise_username(username)
    try:
        actor = _authenticate(ctx, name, password)
    except PasswordChangeRequired:
        _audit_login(ctx, name, _user_id(ctx, name), False, "password_change_required")
        raise
    except DomainError as exc:
        _audit_login(ctx, name, None, False, type(exc).__name__)
        raise
    _audit_login(ctx, name, actor.user_id, True)
    return actor


def _authenticate(ctx: AppContext, username: str, password: str) -> Actor:
    user_id = _user_id(ctx, _normalise_username(username))
    if user_id is None:
        _hasher.hash(password or "x")  # about the same time as a real check: no timing hint
        raise LoginFailed()
    attempt = _count_attempt(ctx, user_id)  # committed: the count and the lock survive any refusal below
    if not verify_password(attempt.password_hash, password):
        raise AccountLocked(attempt.locks_until) if attempt.locks_until else LoginFailed()
    failure: DomainError
    with ctx.write(LOGIN) as s:
        u = s.get(User, user_id, with_for_update=True)
        assert u is not None
        if not u.active:
            failure = AccountInactive()  # only after a right password: a wrong one does not reveal it
        else:
            u.failed_logins = 0
            u.locked_until = None
            if u.password_hash is not None and _hasher.check_needs_rehash(u.password_hash):
                u.password_hash = hash_password(password)
            if u.must_change_password or u.password_hash is None:
                failure = PasswordChangeRequired(u.username)
            else:
                return _actor(u)
    raise failure


def change_password(ctx: AppContext, username: str, old_password: str, new_password: str) -> Actor:
    """The user changes their own password (also completes a first login); returns their Actor.
    A wrong current password counts as a failed login (the old password must not be guessable through this door
    either), counted the same way as in `authenticate`."""
    name = _normalise_username(username)
    check_password_policy(new_password)
    if new_password == old_password:
        raise ValidationFailed({"new_password": msg("Yönetim", "Yeni parola eskisiyle aynı olamaz.")})
    user_id = _user_id(ctx, name)
    if user_id is None:
        raise LoginFailed()
    try:
        attempt = _count_attempt(ctx, user_id)
    except AccountLocked:
        _audit_login(ctx, name, user_id, False, "AccountLocked")
        raise
    if not verify_password(attempt.password_hash, old_password):
        _audit_login(ctx, name, user_id, False, "wrong_current_password")
        if attempt.locks_until:
            raise AccountLocked(attempt.locks_until)
        raise ValidationFailed({"old_password": msg("Yönetim", "Mevcut parola yanlış.")})
    actor: Actor | None = None
    with ctx.write(LOGIN) as s:
        u = s.get(User, user_id, with_for_update=True)
        assert u is not None
        if u.active:
            s.info["actor"] = (u.id, u.username)  # the audit trail names the user who changed their password
            u.password_hash = hash_password(new_password)
            u.must_change_password = False
            u.failed_logins = 0
            u.locked_until = None
            actor = _actor(u)
    if actor is None:
        _audit_login(ctx, name, user_id, False, "AccountInactive")
        raise AccountInactive()
    _audit_login(ctx, name, actor.user_id, True, "password_changed")   # the login it completes
    return actor


# --- administration -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    title: str
    role: Role
    province_id: int | None
    province_name: str
    active: bool
    must_change_password: bool
    failed_logins: int
    locked_until: dt.datetime | None
    version: int

    def locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def _info(u: User, province_name: str | None) -> UserInfo:
    return UserInfo(u.id, u.username, u.full_name, u.title or "", Role(u.role), u.province_id, province_name or "",
                    bool(u.active), bool(u.must_change_password), u.failed_logins or 0, u.locked_until, u.version)


def list_users(ctx: AppContext, include_inactive: bool = True) -> list[UserInfo]:
    require(ctx.actor, ADMIN_OR_AUDITOR, action=msg("Yetki", "kullanıcıları listelemek"))
    with ctx.read() as s:
        q = select(User, Province.name).outerjoin(Province, Province.id == User.province_id).order_by(User.username)
        if not include_inactive:
            q = q.where(User.active.is_(True))
        return [_info(u, p) for u, p in s.execute(q)]


def get_user(ctx: AppContext, user_id: int) -> UserInfo:
    require(ctx.actor, ADMIN_OR_AUDITOR, action=msg("Yetki", "kullanıcı bilgisi görmek"))
    with ctx.read() as s:
        row = s.execute(select(User, Province.name).outerjoin(Province, Province.id == User.province_id)
                        .where(User.id == user_id)).one_or_none()
    if row is None:
        raise NotFound(msg("Yönetim", "Kullanıcı bulunamadı."))
    return _info(*row)


def _check_fields(s, username: str | None, full_name: str, role: Role, province_id: int | None) -> None:  # type: ignore[no-untyped-def]
    errors: dict[str, str] = {}
    if username is not None and not USERNAME_RE.match(username):
        errors["username"] = (msg("Yönetim", "Kullanıcı adı 3-60 karakter olmalı; yalnızca küçük İngilizce harf, "
                                             "rakam, nokta, tire ve alt çizgi içerebilir."))
    if not (full_name or "").strip():
        errors["full_name"] = msg("Yönetim", "Ad soyad boş olamaz.")
    if role.provincial:
        if province_id is None:
            errors["province_id"] = msg("Yönetim", "{label} rolü bir ile bağlı olmalı; il seçin.").format(
                                        label=role.label)
        elif s.get(Province, province_id) is None:
            errors["province_id"] = msg("Yönetim", "Seçilen il bulunamadı.")
    elif province_id is not None:
        errors["province_id"] = msg("Yönetim", "{label} rolü bir ile bağlanamaz; il boş bırakılmalı.").format(
                                    label=role.label)
    if errors:
        raise ValidationFailed(errors)


def create_user(ctx: AppContext, username: str, full_name: str, role: Role, province_id: int | None = None,
                title: str = "", password: str | None = None) -> tuple[UserInfo, str]:
    """A new account with a temporary password (given, or generated) that must be changed at first login.
    Returns the account and the temporary password (to hand to the user; it is not stored in clear)."""
    require(ctx.actor, ADMIN_ONLY, action=msg("Yetki", "kullanıcı eklemek"))
    role = Role(role)
    name = _normalise_username(username)
    if password is None:
        password = temporary_password()
    else:
        check_password_policy(password, "password")
    with ctx.write() as s:
        _check_fields(s, name, full_name, role, province_id)
        if s.scalar(select(User.id).where(User.username == name)) is not None:
            raise ValidationFailed({"username": msg("Yönetim", "'{name}' kullanıcı adı zaten kullanılıyor.").format(
                                                    name=name)})
        secured = _secured(s)
        u = User(username=name, full_name=full_name.strip(), title=(title or "").strip(), role=role.value,
                 province_id=province_id, password_hash=None if secured else hash_password(password),
                 must_change_password=True, failed_logins=0, active=True)
        s.add(u)
        s.flush()   # on a server-initialised database the trigger makes the person's login role here
        if secured:
            _set_server_password(s, name, password)
        province = s.get(Province, province_id).name if province_id is not None else ""  # type: ignore[union-attr]
        return _info(u, province), password


def _load_for_change(s, ctx: AppContext, user_id: int, version: int | None) -> User:  # type: ignore[no-untyped-def]
    u = s.get(User, user_id)
    if u is None:
        raise NotFound(msg("Yönetim", "Kullanıcı bulunamadı."))
    if version is not None and u.version != version:
        who = s.scalar(select(AuditEntry.username).where(AuditEntry.table_name == User.__tablename__,
                                                         AuditEntry.row_id == str(user_id))
                       .order_by(AuditEntry.id.desc()).limit(1))
        raise StaleRecord(msg("Hatalar", "'{user}' kullanıcısının kaydı").format(user=u.username), who)
    return u


def _other_active_admins(s, user_id: int) -> int:  # type: ignore[no-untyped-def]
    return s.scalar(select(func.count(User.id)).where(User.role == Role.ADMIN.value, User.active.is_(True),
                                                      User.id != user_id)) or 0


def update_user(ctx: AppContext, user_id: int, *, full_name: str, role: Role, province_id: int | None,
                title: str = "", version: int | None = None) -> UserInfo:
    """Change name, title, role and province. `version` (from the form) guards against a stale save."""
    require(ctx.actor, ADMIN_ONLY, action=msg("Yetki", "kullanıcı bilgilerini değiştirmek"))
    role = Role(role)
    with ctx.write() as s:
        u = _load_for_change(s, ctx, user_id, version)
        _check_fields(s, None, full_name, role, province_id)
        if u.role == Role.ADMIN.value and role != Role.ADMIN and u.active and _other_active_admins(s, u.id) == 0:
            raise DomainError(msg("Yönetim", "Son etkin sistem yöneticisinin rolü değiştirilemez; önce başka bir "
                                             "yönetici ekleyin."))
        u.full_name, u.title, u.role, u.province_id = full_name.strip(), (title or "").strip(), role.value, province_id
        s.flush()
        province = s.get(Province, province_id).name if province_id is not None else ""  # type: ignore[union-attr]
        return _info(u, province)


def deactivate(ctx: AppContext, user_id: int, version: int | None = None) -> None:
    """Close an account (it is kept: audit entries and documents name it)."""
    require(ctx.actor, ADMIN_ONLY, action=msg("Yetki", "kullanıcı hesabı kapatmak"))
    with ctx.write() as s:
        u = _load_for_change(s, ctx, user_id, version)
        if u.id == ctx.actor.user_id:
            raise DomainError(msg("Yönetim", "Kendi hesabınızı kapatamazsınız."))
        if u.role == Role.ADMIN.value and _other_active_admins(s, u.id) == 0:
            raise DomainError(msg("Yönetim", "Son etkin sistem yöneticisinin hesabı kapatılamaz."))
        u.active = False


def reactivate(ctx: AppContext, user_id: int, version: int | None = None) -> None:
    require(ctx.actor, ADMIN_ONLY, action=msg("Yetki", "kullanıcı hesabı açmak"))
    with ctx.write() as s:
        u = _load_for_change(s, ctx, user_id, version)
        u.active = True


def unlock(ctx: AppContext, user_id: int) -> None:
    """End a lock after failed logins now (instead of waiting 15 minutes)."""
    require(ctx.actor, ADMIN_ONLY, action=msg("Yetki", "kilitli hesabı açmak"))
    with ctx.write() as s:
        u = _load_for_change(s, ctx, user_id, None)
        u.locked_until = None
        u.failed_logins = 0


def reset_password(ctx: AppContext, user_id: int, password: str | None = None) -> str:
    """Give the account a temporary password (given or generated) that must be changed at next login;
    also ends any lock. Returns the temporary password."""
    require(ctx.actor, ADMIN_ONLY, action=msg("Yetki", "parola sıfırlamak"))
    if password is None:
        password = temporary_password()
    else:
        check_password_policy(password, "password")
    with ctx.write() as s:
        u = _load_for_change(s, ctx, user_id, None)
        if _secured(s):
            _set_server_password(s, u.username, password)
            u.password_hash = None
        else:
            u.password_hash = hash_password(password)
        u.must_change_password = True
        u.locked_until = None
        u.failed_logins = 0
    return password


def find_user_id(ctx: AppContext, username: str) -> int:
    with ctx.read() as s:
        uid = s.scalar(select(User.id).where(User.username == _normalise_username(username)))
    if uid is None:
        raise NotFound(msg("Yönetim", "'{username}' adında bir kullanıcı yok.").format(username=username))
    return uid


def acting_user(ctx: AppContext, username: str) -> Actor:
    """The Actor of an active account by name (for command-line work done on the account's behalf)."""
    with ctx.read() as s:
        u = s.scalars(select(User).where(User.username == _normalise_username(username))).one_or_none()
    if u is None or not u.active:
        raise NotFound(msg("Yönetim", "'{username}' adında etkin bir kullanıcı yok.").format(username=username))
    return _actor(u)


# --- a shared PostgreSQL server after `server init`: the server authenticates (issue 13) ---------------------------

def _secured(s) -> bool:  # type: ignore[no-untyped-def]
    from app.storage import server_setup

    return server_setup.is_secured(s.connection())


def _set_server_password(s, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    """The login role's password, as a SCRAM verifier made here (the clear password never reaches the server),
    through the owner's function that refuses anyone but an administrator."""
    from app.storage import server_setup

    conn = s.connection()
    conn.execute(text("SELECT ush_account_password(:u, :v)"),
                 {"u": username, "v": server_setup.scram_verifier(conn, username, password)})


def server_authenticates(ctx: AppContext) -> bool:
    """Whether logins to this database are the server's (a PostgreSQL database where `server init` ran). A
    PostgreSQL database the context cannot reach with its own credentials counts as one: only those have no
    shared credentials."""
    if not ctx.target.is_postgres:
        return False
    from app.storage import server_setup

    try:
        with ctx.engine.connect() as conn:
            return server_setup.is_secured(conn)
    except OperationalError as exc:
        if _auth_refused(exc):
            return True
        raise


def _auth_refused(exc: BaseException) -> str | None:
    """'password', 'nologin' or 'no_role' when PostgreSQL refused the login itself, else None."""
    msg = str(getattr(exc, "orig", exc) or exc)
    if "is not permitted to log in" in msg:
        return "nologin"
    if "password authentication failed" in msg or "no password supplied" in msg or "authentication failed" in msg:
        return "password"
    if "does not exist" in msg and "role" in msg:
        return "no_role"
    if "pg_hba.conf" in msg or "permission denied for database" in msg:
        return "password"
    return None


def connect_as(ctx: AppContext, username: str, password: str) -> AppContext:
    """A context of its own for the person: a new engine connected as their login role with their password (the
    server checks it). LoginFailed when the server refuses the name or the password, AccountInactive when the
    password was right but the account is closed (NOLOGIN, said by the server only after a right password)."""
    from app.storage.database import Target, make_engine

    name = _normalise_username(username)
    if not name or not password:
        raise LoginFailed()
    target = Target(ctx.target.url.set(username=name, password=password))
    engine = make_engine(target, password=password)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        engine.dispose()
        why = _auth_refused(exc)
        if why == "nologin":
            raise AccountInactive() from None
        if why is not None:
            raise LoginFailed() from None
        import logging

        logging.getLogger(__name__).warning("login connection failed: %s", type(exc.orig).__name__)
        raise DomainError(msg("Yönetim", "Veritabanı sunucusuna bağlanılamadı; ağ bağlantısını denetleyip yeniden "
                                         "deneyin.")) from None
    return AppContext(engine, target, clock=ctx.clock)


def _session_actor(person: AppContext) -> Actor:
    """The account of the connected login role (session_user): the actor is who the server authenticated."""
    with person.read() as s:
        u = s.scalars(select(User).where(User.username == func.session_user())).one_or_none()
    if u is None:
        raise LoginFailed()
    if not u.active:
        raise AccountInactive()
    return _actor(u)


def login(ctx: AppContext, username: str, password: str) -> tuple[AppContext, Actor]:
    """The login of a desk or a command, on both models: SQLite (and PostgreSQL without `server init`) check the
    application password (`authenticate`); a server-initialised PostgreSQL database is connected to as the person
    (`connect_as`), and the returned context works with that connection. PasswordChangeRequired as in
    `authenticate` (then `change_password`). Success and failure are audited where the database can be written: a
    login the server refuses is in the server's log (docs/deployment.md)."""
    if not server_authenticates(ctx):
        actor = authenticate(ctx, username, password)
        return ctx.as_user(actor), actor
    person = connect_as(ctx, username, password)
    try:
        actor = _session_actor(person)
        with person.read() as s:
            must_change = bool(s.scalar(select(User.must_change_password).where(User.id == actor.user_id)))
        if must_change:
            _audit_login(person, actor.username, actor.user_id, False, "password_change_required")
            raise PasswordChangeRequired(actor.username)
        _audit_login(person, actor.username, actor.user_id, True)
    except BaseException:
        person.engine.dispose()
        raise
    return person.as_user(actor), actor


def change_own_password(ctx: AppContext, username: str, old_password: str, new_password: str
                        ) -> tuple[AppContext, Actor]:
    """`change_password` on both models, with the context to work in afterwards: on a server-initialised
    PostgreSQL database a new connection as the person with the new password (`change_server_password`)."""
    if server_authenticates(ctx):
        return change_server_password(ctx, username, old_password, new_password)
    actor = change_password(ctx, username, old_password, new_password)
    return ctx.as_user(actor), actor


def change_server_password(ctx: AppContext, username: str, old_password: str, new_password: str
                           ) -> tuple[AppContext, Actor]:
    """A person changes their own login role's password (the server checks the old one by connecting with it)
    through the owner's `ush_set_own_password`, which clears the must-change flag with it, for that person only."""
    from app.storage import server_setup

    check_password_policy(new_password)
    if new_password == old_password:
        raise ValidationFailed({"new_password": msg("Yönetim", "Yeni parola eskisiyle aynı olamaz.")})
    try:
        person = connect_as(ctx, username, old_password)
    except LoginFailed:
        raise ValidationFailed({"old_password": msg("Yönetim", "Mevcut parola yanlış.")}) from None
    try:
        actor = _session_actor(person)
        with person.engine.begin() as conn:
            verifier = server_setup.scram_verifier(conn, actor.username, new_password)
            conn.execute(text("SELECT ush_set_own_password(:v)"), {"v": verifier})
        person.engine.dispose()
        person = connect_as(ctx, username, new_password)
        _audit_login(person, actor.username, actor.user_id, True, "password_changed")
    except BaseException:
        person.engine.dispose()
        raise
    return person.as_user(actor), actor


def command_actor(ctx: AppContext, username: str | None, password: str | None) -> Actor:
    """Who a command-line tool acts as. On a server-initialised PostgreSQL database: the connected login role
    (the server authenticated it; a different `username` is refused). Elsewhere: the named account, with its
    password checked like a login (no password, no actor)."""
    from app.storage import server_setup

    if ctx.target.is_postgres:
        with ctx.engine.connect() as conn:
            secured = server_setup.is_secured(conn)
        if secured:
            actor = _session_actor(ctx)
            if username and _normalise_username(username) != actor.username:
                raise PermissionDenied(msg("Yönetim", "--as yalnızca bağlanan hesabın kendisi olabilir; başka bir "
                                                      "hesap adına çalışmak için o hesabın kullanıcı adı ve "
                                                      "parolasıyla bağlanın."))
            return actor
    if not username:
        raise ValidationFailed({"as": msg("Yönetim", "Bu komut bir hesap adına çalışır: --as KULLANICI verin "
                                                     "(parola sorulur ya da --password-stdin ile okunur).")})
    if not password:
        raise LoginFailed()
    return authenticate(ctx, username, password)
