"""Engines for SQLite (default, one desk) and PostgreSQL (shared): one code path for both."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app.config import Settings, data_dir, default_sqlite_path
from app.storage import canonical, secrets
from app.storage.errors import DatabaseUnavailable
from app.storage.files import make_private, private_dir

__all__ = ["DatabaseUnavailable", "SessionMarker", "Target", "check_connection", "make_engine", "normalise_url",
           "resolve_target", "sqlite_url", "writer"]


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


# Query keys of a database address that carry a secret (or point at one): never accepted into the settings file.
SECRET_QUERY_KEYS = ("password", "passfile", "sslpassword")
SUPPORTED = {"sqlite": ("pysqlite",), "postgresql": ("psycopg", "psycopg2", "pg8000", "asyncpg")}
URL_FORMS = "postgresql://kullanıcı@sunucu:5432/veritabanı ya da sqlite:////klasör/ush-izin.db"


def parse_url(text: str) -> URL:
    """A database address as typed (command line, USH_DB_URL, settings, the settings dialog); an unparsable or
    unsupported one is DatabaseUnavailable "bad_url" with a Turkish message (the password never echoed)."""
    from app.logging_setup import redact

    raw = str(text or "").strip()
    if raw.startswith(("postgres://", "postgres+")):          # the common short form (libpq, Heroku …)
        raw = "postgresql" + raw[len("postgres"):]
    shown = redact(raw)
    try:
        url = make_url(raw)
        backend, driver = url.get_backend_name(), url.get_driver_name()
        _ = url.port                     # a non-numeric port fails here, not later in the driver
    except Exception as exc:  # (ArgumentError, ValueError …)
        raise DatabaseUnavailable("bad_url", f"Veritabanı adresi geçersiz: “{shown}”. Beklenen biçim: {URL_FORMS}.",
                                  redact(str(exc))) from exc
    if backend not in SUPPORTED or (backend == "sqlite" and driver not in SUPPORTED["sqlite"]):
        raise DatabaseUnavailable("bad_url", f"Veritabanı adresi geçersiz: “{shown}”: bu veritabanı türü "
                                             f"desteklenmiyor ({url.drivername}). Beklenen biçim: {URL_FORMS}.")
    if backend == "postgresql" and not url.database:
        raise DatabaseUnavailable("bad_url", f"Veritabanı adresi geçersiz: “{shown}”: veritabanı adı yok. "
                                             f"Beklenen biçim: {URL_FORMS}.")
    return normalise_url(url)


def secret_in_url(url: URL) -> str | None:
    """The part of the address that holds a secret ("password" in user:password@, or a query key such as
    ?password=… / ?passfile=…), else None."""
    if url.password is not None:
        return "password"
    for key in url.query:
        if key.lower() in SECRET_QUERY_KEYS:
            return key
    return None


def refuse_secret_in_settings(url: URL) -> None:
    if (key := secret_in_url(url)) is not None:
        raise DatabaseUnavailable(
            "password_in_config",
            f"Ayar dosyasındaki veritabanı adresinde parola var ({key}). Güvenlik için parola ayar dosyasında "
            "tutulamaz: adresten parolayı silin ve Ayarlar'dan girin (anahtar deposuna kaydedilir).",
        )


def resolve_target(settings: Settings | None = None) -> Target:
    """USH_DB_URL wins, then the settings file, then the embedded SQLite file in the data folder."""
    settings = settings or Settings()
    if env := os.environ.get("USH_DB_URL"):
        return Target(parse_url(env))
    if settings.db_url:
        url = parse_url(settings.db_url)
        refuse_secret_in_settings(url)
        return Target(url)
    return Target(sqlite_url(settings.sqlite_path or default_sqlite_path()))


def normalise_url(url: URL) -> URL:
    if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
        url = url.set(drivername="postgresql+psycopg")
    return url


def new_engine(url: URL | str, **kw: object) -> Engine:
    """Every engine of the application is made here: SQL parameters (TC kimlik numbers, names) are never put
    into error messages or logs (`hide_parameters`), and JSON is stored in canonical form."""
    kw.setdefault("json_serializer", canonical.dumps)
    return create_engine(url, hide_parameters=True, **kw)  # type: ignore[arg-type]


def require_existing(target: Target) -> None:
    """For commands that must not create a database: a SQLite file (and its folder) must already exist."""
    path = target.url.database
    if target.is_postgres or not path or path == ":memory:":
        return
    p = Path(path)
    if not p.exists():
        raise DatabaseUnavailable(
            "missing_file",
            f"Veritabanı dosyası bulunamadı: {p}. Bu komut veritabanı oluşturmaz; adresi (--db, USH_DB_URL ya "
            "da ayarlar) denetleyin.")
    if not p.is_file():
        raise DatabaseUnavailable("corrupt", f"Veritabanı yolu bir dosya değil: {p}")


def make_engine(target: Target, password: str | None = None, *, create: bool = True, **kw: object) -> Engine:
    """The engine of `target`. With `create=False` nothing is made on disk: no folder for a SQLite file (and
    the caller has checked with `require_existing` that the file is there)."""
    url = target.url
    if target.is_postgres:
        if url.password is None:
            password = password or secrets.get_secret(target.password_key)
            if password is not None:
                url = url.set(password=password)
        args = {"connect_timeout": 5, "application_name": "ush-izin"}
        return new_engine(url, connect_args=args, pool_pre_ping=True, **kw)
    return _sqlite_engine(url, create=create, **kw)


def _sqlite_engine(url: URL, *, create: bool = True, **kw: object) -> Engine:
    path = url.database
    if create and path and path != ":memory:":
        # folders we create become 0700, and the application's own data folder; any other existing folder
        # (one the officer chose, /tmp) keeps its mode
        parent = Path(path).parent
        private_dir(parent, own=parent.resolve() == data_dir().resolve())
    engine = new_engine(url, **kw)

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
            for name in (path, f"{path}-wal", f"{path}-shm"):   # personal data: the owner only (0600)
                if os.path.exists(name):
                    make_private(name)
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


def check_connection(target: Target, engine: Engine, full_check: bool = True) -> None:
    """Open the database once and translate every failure into a clear Turkish reason.

    SQLite: the file's header is always checked (magic, and a file shorter than the page count its header
    records); `full_check` adds `PRAGMA quick_check`, which reads every page (~0.9 s for 100,000
    applications). The desktop application asks for it only after an unclean shutdown (`SessionMarker`,
    docs/decisions.md); the command line and the connection test always do.
    """
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
            if p.exists() and (short := _truncated(p)):
                raise DatabaseUnavailable(
                    "corrupt",
                    f"Yerel veritabanı dosyası eksik (kesilmiş): {p}. Dosyaya dokunulmadı.", short)
    try:
        with engine.connect() as conn:
            if target.is_postgres:
                conn.execute(text("SELECT 1"))
            else:
                # Without the full check, reading the schema still parses sqlite_master (page 1 onwards).
                sql = "PRAGMA quick_check" if full_check else "SELECT count(*) FROM sqlite_master"
                result = conn.exec_driver_sql(sql).scalar()
                if full_check and result != "ok":
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


def _truncated(p: Path) -> str:
    """A cheap check of a SQLite file: "" when fine, else what is wrong. The header records the page size
    (offset 16) and, when its "valid-for" counter (92) equals the change counter (24), the page count (28);
    a file shorter than that lost its end. Skipped while a WAL file has content: a checkpoint cut short
    (crash, power cut) may have written page 1 before the pages after the file's end, and SQLite finishes
    it from the WAL when the database is next opened."""
    wal = Path(f"{p}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return ""
    with p.open("rb") as f:
        header = f.read(100)
    if len(header) < 100:
        return f"başlık eksik ({len(header)} bayt)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change, pages, valid_for = (int.from_bytes(header[o:o + 4], "big") for o in (24, 28, 92))
    if valid_for != change or pages == 0:
        return ""          # the page count is not trustworthy (written by an old SQLite): nothing to compare
    size = p.stat().st_size
    if size < pages * page_size:
        return f"dosya {size} bayt, başlığa göre en az {pages * page_size} bayt olmalı"
    return ""


class SessionMarker:
    """Tells whether the last session on a local SQLite file ended cleanly.

    The desktop application `acquire()`s a marker file next to the database when it opens it (its name
    carries the process id, so several desks on one file keep theirs apart) and holds an OS lock on it;
    `release()` on a clean exit deletes it. A marker that can be locked by someone else belongs to a
    process that is gone without cleaning up (killed, crashed, power cut): `unclean()` is True and the
    database gets the full integrity check before use. A marker whose lock is held belongs to a desk
    that is still running. The OS drops the lock of a killed process, whatever the cause.
    """

    SUFFIX = "-acik-"      # ush-izin.db-acik-1234 ("açık": open)

    def __init__(self, db: Path) -> None:
        self.db = db
        self.path = db.with_name(f"{db.name}{self.SUFFIX}{os.getpid()}")
        self._file: object | None = None
        self._stale: list[Path] = []

    @classmethod
    def for_target(cls, target: Target) -> SessionMarker | None:
        """Only for a local SQLite file (PostgreSQL looks after itself; memory databases do not outlive us)."""
        path = target.url.database
        if target.is_postgres or not path or path == ":memory:":
            return None
        return cls(Path(path))

    def unclean(self) -> bool:
        """True when a previous session left its marker behind (remembered for `acquire`, which removes it)."""
        self._stale = []
        folder = self.db.parent
        if not folder.is_dir():
            return False
        for marker in folder.glob(f"{self.db.name}{self.SUFFIX}*"):
            if marker == self.path and self._file is not None:
                continue
            if _lock_is_free(marker):
                self._stale.append(marker)
        return bool(self._stale)

    def acquire(self) -> None:
        """Our session starts: leave our marker (locked) and drop the stale ones that were checked."""
        for marker in self._stale:
            marker.unlink(missing_ok=True)
        self._stale = []
        if self._file is not None:
            return
        try:
            f = open(self.path, "a+b")  # noqa: SIM115  (held open for the whole session)
        except OSError:
            return            # a read-only folder: no marker, the next start simply checks nothing extra
        if not _lock(f):
            f.close()
            return
        f.seek(0)
        f.truncate()
        f.write(f"{os.getpid()}\n".encode())
        f.flush()
        self._file = f

    def release(self) -> None:
        """A clean end of the session: the marker goes."""
        f, self._file = self._file, None
        if f is None:
            return
        f.close()  # type: ignore[attr-defined]   (first: Windows cannot delete an open file)
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass


def _lock(f) -> bool:  # type: ignore[no-untyped-def]
    """An exclusive, non-blocking lock on an open file; False when someone else holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _lock_is_free(marker: Path) -> bool:
    """Whether nobody holds the marker's lock (its session is over). The probe lock is let go at once."""
    try:
        with open(marker, "rb+") as f:
            return _lock(f)       # closing the file releases the probe lock
    except OSError:
        return False              # cannot open it (gone, or kept open by a running desk on Windows)


DISK_FULL = ("database or disk is full", "no space left on device", "could not extend file", "disk full",
             "disk quota exceeded")


def disk_full(exc: BaseException) -> bool:
    """Whether a database or file error means the disk (or the quota) is full, on either engine."""
    import errno

    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return any(s in text for s in DISK_FULL)


def disk_full_error(where: str, detail: str = "") -> DatabaseUnavailable:
    return DatabaseUnavailable(
        "disk_full", f"Diskte yer kalmadı ({where}). Yer açıp yeniden deneyin; yarım kalan işlem kaydedilmedi.",
        detail)


def _diagnose(target: Target, exc: Exception) -> DatabaseUnavailable:
    import re

    detail = str(getattr(exc, "orig", exc)).strip()
    low = detail.lower()
    where = target.location
    if disk_full(exc):
        return disk_full_error(where, detail)
    if not target.is_postgres:
        if "unable to open database file" in low and not Path(where).parent.is_dir():
            return DatabaseUnavailable(
                "missing_file", f"Yerel veritabanının klasörü yok: {Path(where).parent}. Dosyaya dokunulmadı.",
                detail)
        if "readonly" in low or "read-only" in low or "permission" in low:
            return DatabaseUnavailable(
                "corrupt", f"Yerel veritabanı dosyasına yazılamıyor (izin yok ya da salt okunur): {where}.", detail)
        return DatabaseUnavailable(
            "corrupt", f"Yerel veritabanı açılamadı: {where}. Dosyaya dokunulmadı.", detail
        )
    if m := re.search(r'role "([^"]*)" does not exist', detail):
        return DatabaseUnavailable(
            "missing_role", f"PostgreSQL sunucusunda “{m.group(1)}” adında bir kullanıcı (rol) yok: {where}. "
            "Kullanıcı adını denetleyin ya da sunucu yöneticisinden hesabı açmasını isteyin.", detail)
    if ("password authentication failed" in low or "no password supplied" in low
            or "authentication failed" in low or "password" in low and "required" in low):
        return DatabaseUnavailable(
            "auth", f"PostgreSQL sunucusu ({where}) kullanıcı adını ya da parolayı kabul etmedi.", detail
        )
    if "does not exist" in low and "database" in low:
        return DatabaseUnavailable("missing_db", f"Sunucuda bu adda bir veritabanı yok: {where}.", detail)
    if "permission denied" in low or "not permitted to log in" in low or "no pg_hba.conf entry" in low:
        return DatabaseUnavailable(
            "auth", f"PostgreSQL sunucusu ({where}) bu kullanıcının bağlanmasına izin vermiyor.", detail)
    return DatabaseUnavailable(
        "unreachable",
        f"PostgreSQL sunucusuna ({where}) bağlanılamadı. Sunucu kapalı olabilir ya da ağ bağlantısı yok.",
        detail,
    )
