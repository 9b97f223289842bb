"""Engines for SQLite (default, one desk) and PostgreSQL (shared): one code path for both."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app.config import Settings, default_sqlite_path
from app.storage import secrets


class DatabaseUnavailable(Exception):
    """The database cannot be used; `reason` says why, the message is for the officer (Turkish)."""

    def __init__(self, reason: str, message: str, detail: str = ""):
        self.reason, self.message, self.detail = reason, message, detail
        super().__init__(message)


@dataclass(frozen=True)
class Target:
    url: URL

    @property
    def engine_name(self) -> str:
        return "PostgreSQL" if self.is_postgres else "SQLite"

    @property
    def is_postgres(self) -> bool:
        return self.url.get_backend_name() == "postgresql"

    @property
    def location(self) -> str:
        if self.is_postgres:
            return f"{self.url.host or 'localhost'}:{self.url.port or 5432}/{self.url.database}"
        return self.url.database or ":memory:"

    @property
    def password_key(self) -> str:
        u = self.url
        return secrets.db_password_key(u.username or "", u.host or "localhost", u.port, u.database or "")


def sqlite_url(path: Path | str) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def resolve_target(settings: Settings | None = None) -> Target:
    """USH_DB_URL wins, then the settings file, then the embedded SQLite file in the data folder."""
    settings = settings or Settings()
    if env := os.environ.get("USH_DB_URL"):
        return Target(normalise_url(make_url(env)))
    if settings.db_url:
        url = make_url(settings.db_url)
        if url.password:
            raise DatabaseUnavailable(
                "password_in_config",
                "Ayar dosyasındaki veritabanı adresinde parola var. Güvenlik için parola ayar dosyasında "
                "tutulamaz: adresten parolayı silin ve Ayarlar'dan girin (anahtar deposuna kaydedilir).",
            )
        return Target(normalise_url(url))
    return Target(sqlite_url(settings.sqlite_path or default_sqlite_path()))


def normalise_url(url: URL) -> URL:
    if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
        url = url.set(drivername="postgresql+psycopg")
    return url


def make_engine(target: Target, password: str | None = None, **kw: object) -> Engine:
    url = target.url
    if target.is_postgres:
        if url.password is None:
            password = password or secrets.get_secret(target.password_key)
            if password is not None:
                url = url.set(password=password)
        args = {"connect_timeout": 5, "application_name": "ush-izin"}
        return create_engine(url, connect_args=args, pool_pre_ping=True, **kw)  # type: ignore[arg-type]
    return _sqlite_engine(url, **kw)


def _sqlite_engine(url: URL, **kw: object) -> Engine:
    path = url.database
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kw)  # type: ignore[arg-type]

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _rec: object) -> None:
        # Let us emit BEGIN ourselves (pysqlite's implicit transactions defeat BEGIN IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout = 10000")
        cur.execute("PRAGMA foreign_keys = ON")
        if path and path != ":memory:":
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        # Writers take the lock up front, so a read-then-write never fails half way with SQLITE_BUSY.
        immediate = conn.get_execution_options().get("sqlite_immediate")  # type: ignore[attr-defined]
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")  # type: ignore[attr-defined]

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, but transactions start as writers (BEGIN IMMEDIATE on SQLite)."""
    return engine.execution_options(sqlite_immediate=True)


def check_connection(target: Target, engine: Engine) -> None:
    """Open the database once and translate every failure into a clear Turkish reason."""
    if not target.is_postgres:
        path = target.url.database
        if path and path != ":memory:":
            p = Path(path)
            if p.exists() and p.is_dir():
                raise DatabaseUnavailable("corrupt", f"Veritabanı yolu bir klasör, dosya değil: {p}")
            if p.exists() and p.stat().st_size > 0 and not _looks_like_sqlite(p):
                raise DatabaseUnavailable(
                    "corrupt",
                    f"Yerel veritabanı dosyası bozuk ya da bir SQLite veritabanı değil: {p}. "
                    "Dosyaya dokunulmadı; yedekten geri dönebilir ya da yeni bir yerel veritabanıyla "
                    "devam edebilirsiniz.",
                )
    try:
        with engine.connect() as conn:
            if target.is_postgres:
                conn.execute(text("SELECT 1"))
            else:
                result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                if result != "ok":
                    raise DatabaseUnavailable(
                        "corrupt",
                        f"Yerel veritabanı bütünlük denetiminden geçemedi: {target.location}. "
                        "Dosyaya dokunulmadı.",
                        str(result),
                    )
    except DatabaseUnavailable:
        raise
    except (OperationalError, DBAPIError) as exc:
        raise _diagnose(target, exc) from exc


def _looks_like_sqlite(p: Path) -> bool:
    with p.open("rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def _diagnose(target: Target, exc: Exception) -> DatabaseUnavailable:
    detail = str(getattr(exc, "orig", exc)).strip()
    low = detail.lower()
    if not target.is_postgres:
        return DatabaseUnavailable(
            "corrupt", f"Yerel veritabanı açılamadı: {target.location}. Dosyaya dokunulmadı.", detail
        )
    where = target.location
    if "password authentication failed" in low or "no password supplied" in low:
        return DatabaseUnavailable(
            "auth", f"PostgreSQL sunucusu ({where}) kullanıcı adını ya da parolayı kabul etmedi.", detail
        )
    if "does not exist" in low and "database" in low:
        return DatabaseUnavailable("missing_db", f"Sunucuda bu adda bir veritabanı yok: {where}.", detail)
    return DatabaseUnavailable(
        "unreachable",
        f"PostgreSQL sunucusuna ({where}) bağlanılamadı. Sunucu kapalı olabilir ya da ağ bağlantısı yok.",
        detail,
    )
