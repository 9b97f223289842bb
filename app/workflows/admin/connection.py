"""Choose, test and remember the database connection (used by the start-up loop and the settings dialog).

No Qt here. The password never goes into the settings file: it is stored in the system keyring, or,
where no secure store exists, kept by the caller in memory for this session only.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from app.config import Settings, default_sqlite_path
from app.storage import secrets
from app.storage.database import (
    SECRET_QUERY_KEYS,
    DatabaseUnavailable,
    Target,
    check_connection,
    make_engine,
    parse_url,
    resolve_target,
    secret_in_url,
    sqlite_url,
)
from app.storage.secrets import NoSecureStore
from app.workflows.common.messages import msg

__all__ = [
    "DatabaseUnavailable", "NoSecureStore", "PgParts", "Target", "fresh_local_path", "is_local_file",
    "local_target", "pg_parts", "postgres_url", "remember_password", "resolve", "save_connection",
    "stored_password_exists",
    "target_for", "test_connection", "without_password",
]


def target_for(url: str | None, sqlite_path: str | None = None) -> Target:
    """The target a connection form describes: a database URL or else a SQLite file (default: local)."""
    if url:
        return Target(parse_url(url))
    return Target(sqlite_url(sqlite_path or default_sqlite_path()))


def resolve(settings: Settings, db_url: str | None = None) -> Target:
    """The database to open: an explicit address (command line) wins, then the settings."""
    return target_for(db_url) if db_url else resolve_target(settings)


def local_target(settings: Settings) -> Target:
    """The local SQLite database of this desk (the settings' file or the default one)."""
    return Target(sqlite_url(settings.sqlite_path or default_sqlite_path()))


def is_local_file(target: Target | None, settings: Settings) -> bool:
    """True when `target` is this desk's local SQLite file."""
    if target is None or target.is_postgres or not target.url.database:
        return False
    local = local_target(settings).url.database or ""
    return Path(target.url.database).resolve() == Path(local).resolve()


def fresh_local_path(bad: Path | str, now: dt.datetime | None = None) -> Path:
    """A new, not yet existing file next to an unusable one: ush-izin-YYYYmmdd-HHMMSS.db."""
    folder = Path(bad).parent
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"ush-izin-{stamp}.db"
    n = 2
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        candidate = folder / f"ush-izin-{stamp}-{n}.db"
        n += 1
    return candidate


def without_password(target: Target) -> Target:
    """The same target with any password removed from its address, in user:password@ or in the query string
    (?password=…, ?sslpassword=…); a typed password is used instead."""
    url = target.url
    secret_keys = [k for k in url.query if k.lower() in SECRET_QUERY_KEYS and k.lower() != "passfile"]
    if url.password is None and not secret_keys:
        return target
    if secret_keys:
        url = url.difference_update_query(secret_keys)
    return Target(url._replace(password=None))


@dataclass(frozen=True)
class PgParts:
    host: str = "localhost"
    port: int = 5432
    database: str = "ush_izin"
    user: str = ""


def pg_parts(url: str | None) -> PgParts | None:
    """Host, port, database and user of a PostgreSQL address; None for anything else."""
    if not url:
        return None
    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001
        return None
    if u.get_backend_name() != "postgresql":
        return None
    return PgParts(u.host or "localhost", u.port or 5432, u.database or "", u.username or "")


def postgres_url(host: str, port: int, database: str, user: str) -> str:
    """The address stored in the settings file for a PostgreSQL server (never with a password)."""
    url = URL.create("postgresql+psycopg", username=user or None, host=host or "localhost",
                     port=port or None, database=database or None)
    return url.render_as_string(hide_password=False)


def stored_password_exists(url: str | None) -> bool:
    """Whether the keyring already holds a password for this PostgreSQL address."""
    if not url:
        return False
    try:
        target = target_for(url)
    except DatabaseUnavailable:
        return False
    return target.is_postgres and secrets.get_secret(target.password_key) is not None


def test_connection(url: str | None, password: str | None, sqlite_path: str | None) -> str:
    """Connect once; return the success text (a message: Turkish, translated by the UI) or raise
    DatabaseUnavailable.

    Nothing is created or changed: a SQLite file that does not exist yet is only checked for a usable
    folder (the application creates it on first start).
    """
    target = target_for(url, sqlite_path)
    if not target.is_postgres:
        path = Path(target.url.database or "")
        if not path.exists():
            folder = next((p for p in path.parents if p.exists()), None)
            if folder is None or not folder.is_dir():
                raise DatabaseUnavailable("corrupt", f"Yerel veritabanı klasörü kullanılamıyor: {path.parent}")
            return msg("Bağlantı", "Bağlantı başarılı: SQLite {version} (dosya henüz yok; ilk açılışta "
                                   "oluşturulacak)").format(version=sqlite3.sqlite_version)
    engine = make_engine(target, password=password or None)
    try:
        check_connection(target, engine)
        with engine.connect() as conn:
            if target.is_postgres:
                version = str(conn.execute(text("SHOW server_version")).scalar() or "").split(" ")[0]
            else:
                version = str(conn.exec_driver_sql("SELECT sqlite_version()").scalar())
    finally:
        engine.dispose()
    return msg("Bağlantı", "Bağlantı başarılı: {engine} {version}").format(engine=target.engine_name,
                                                                            version=version)


def save_connection(settings: Settings, url_or_none: str | None, password: str | None,
                    sqlite_path: str | None = None) -> Target:
    """Store the connection in the settings file (never the password) and the password in the keyring.

    `url_or_none` None means the local SQLite database (`sqlite_path`, or the default file when empty).
    Raises NoSecureStore *after* saving the settings when the password could not be stored securely;
    the caller then keeps the password in memory for this session only.
    """
    if url_or_none:
        target = target_for(url_or_none)
        query_password = next((v for k, v in target.url.query.items() if k.lower() in SECRET_QUERY_KEYS
                               and k.lower() != "passfile"), None)
        if target.url.password is not None or query_password is not None:  # never into the file
            password = password or target.url.password or (
                query_password if isinstance(query_password, str) else query_password[0])
            target = without_password(target)
        if secret_in_url(target.url) is not None:     # ?passfile=…: a password file is not how we keep secrets
            raise DatabaseUnavailable(
                "password_in_config", "Veritabanı adresinde parola dosyası (passfile) kullanılamaz: parola "
                "Ayarlar'dan girilir ve anahtar deposunda tutulur. Adresten passfile kısmını silin.")
        settings.db_url = target.url.render_as_string(hide_password=False)
    else:
        settings.db_url = None
        settings.sqlite_path = sqlite_path or None
        target = local_target(settings)
    settings.save()
    if target.is_postgres and password:
        secrets.set_secret(target.password_key, password)
    return target


def remember_password(target: Target, password: str) -> None:
    """Store a PostgreSQL password in the keyring (raises NoSecureStore where there is none)."""
    if target.is_postgres and password:
        secrets.set_secret(target.password_key, password)
