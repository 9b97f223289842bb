"""Backups, restore tests and their record (SBYS regulation art. 14-15).

backup(ctx, folder)
    An online, consistent copy in a new sub-folder `ush-izin-YYYYAAGG-SSDDss/`:
    - SQLite: the sqlite3 backup API (`ush-izin.db`);
    - PostgreSQL: `pg_dump -Fc` (`ush-izin.dump`) run on a snapshot exported from the transaction that also
      computes the manifest, so the counts describe exactly what was dumped. The password goes to pg_dump
      through PGPASSWORD in its environment only; it is never printed or logged.
    plus `manifest.json`: per-table record counts and a SHA-256 per table over a canonical ordered dump of
    its rows (see `table_digests`), the backup file's SHA-256, the schema revision, the time and the engine.

restore_test(ctx, backup, scratch)
    Restores the backup into a scratch database (SQLite: a copy in `scratch`; PostgreSQL: pg_restore into
    a new database on the same server, dropped afterwards), recomputes counts and hashes, compares them with
    the manifest, writes the "Geri Dönüş Testi Tutanağı" PDF and records the outcome in the audit trail
    (an `event` entry on table "restore_test"). `restore_test_overdue(ctx)` is True when the last successful
    test is older than six months (art. 15: at least every six months) or there is none.

Both take `progress(done, total)` (steps: the copy, then one per table) and `cancel()`. A backup is recorded as
"started" before its first byte and "finished" when its complete folder is renamed into place
(app.workflows.admin.audited_writes); a cancelled one removes its partial folder and is recorded as cancelled;
a cancelled restore test removes its scratch copy, writes no tutanak and
records nothing. Cancelling stops pg_dump / pg_restore (and drops the scratch database).
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import glob
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, text
from sqlalchemy.engine import URL

from app.models import AuditEntry, Base, User
from app.storage.audit import record_event
from app.storage.database import Target, new_engine, sqlite_url
from app.storage.files import make_private, partial_path, private_dir, private_file_opener
from app.workflows.admin.audit_anchor import backup_checkpoint, restored_problems, snapshot_head
from app.workflows.admin.audit_anchor import keep_quietly as keep_checkpoint
from app.workflows.admin.audited_writes import audited_folder, cleanup_unfinished
from app.workflows.common.clock import TR, local_date
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require
from app.workflows.common.progress import (
    CancelCheck,
    Progress,
    WorkCancelled,
    report,
    stop_if_cancelled,
)
from app.workflows.common.vocabulary import Role

if TYPE_CHECKING:
    from app.documents.restore_report import Signatory

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "ush-izin-backup/1"
RESTORE_TEST_TABLE = "restore_test"
SUCCESS, FAILURE = "BAŞARILI", "BAŞARISIZ"
RESTORE_TEST_MONTHS = 6
OPERATORS = (Role.ADMIN,)


class BackupFailed(DomainError):
    pass


class BackupCancelled(WorkCancelled):
    def __init__(self) -> None:
        super().__init__(msg("Yönetim", "Yedekleme iptal edildi; yarım kalan yedek klasörü silindi."))


class RestoreTestCancelled(WorkCancelled):
    def __init__(self) -> None:
        super().__init__(msg("Yönetim", "Geri dönüş testi iptal edildi; tutanak yazılmadı, test kaydedilmedi."))


# --- canonical table digests ----------------------------------------------------------------------------------------

def _canon(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "base64:" + base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def canonical_line(row: dict[str, Any]) -> bytes:
    """One row as a canonical JSON line: keys sorted, UTC ISO times, bytes as base64, no spaces."""
    return (json.dumps({k: _canon(v) for k, v in row.items()}, ensure_ascii=False, sort_keys=True,
                       separators=(",", ":"), default=_canon) + "\n").encode("utf-8")


def data_tables() -> list:  # type: ignore[type-arg]
    """Every table of the schema, in dependency order (alembic_version is covered by the schema revision)."""
    return list(Base.metadata.sorted_tables)


def table_digests(conn: Connection, after_table: Callable[[int], None] | None = None) -> dict[str, dict[str, Any]]:
    """{table: {"count": n, "sha256": hex}} over every table's rows ordered by primary key.

    `after_table(n)` is called after the n-th table (it may raise to stop: a cancellation)."""
    out: dict[str, dict[str, Any]] = {}
    for i, table in enumerate(data_tables()):
        order = list(table.primary_key.columns) or list(table.columns)
        h, n = hashlib.sha256(), 0
        result = conn.execution_options(stream_results=True, yield_per=2000).execute(select(table).order_by(*order))
        for row in result.mappings():
            h.update(canonical_line(dict(row)))
            n += 1
        out[table.name] = {"count": n, "sha256": h.hexdigest()}
        if after_table is not None:
            after_table(i + 1)
    return out


# Work done on the connection that reads the copied or restored data (the audit checkpoint of a backup, the chain
# check of a restore test).
_Also = Callable[[Connection], None]


class _Steps:
    """Progress over "the copy, then every table" plus the cancel check, for backup and restore test."""

    def __init__(self, progress: Progress | None, cancel: CancelCheck | None,
                 error: Callable[[], WorkCancelled]) -> None:
        self.progress, self.cancel, self.error = progress, cancel, error
        self.total = len(data_tables()) + 1

    def check(self) -> None:
        stop_if_cancelled(self.cancel, self.error)

    def copied(self) -> None:
        report(self.progress, 1, self.total)
        self.check()

    def table(self, n: int) -> None:
        report(self.progress, 1 + n, self.total)
        self.check()


def schema_revision(conn: Connection) -> str | None:
    try:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # noqa: BLE001
        return None


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --- PostgreSQL tools -----------------------------------------------------------------------------------------------

def pg_tool(name: str, server_major: int | None = None) -> str | None:
    """pg_dump/pg_restore of the server's major version where installed (Debian keeps them apart), else PATH."""
    if server_major is not None:
        exact = Path(f"/usr/lib/postgresql/{server_major}/bin/{name}")
        if exact.is_file():
            return str(exact)
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(re.findall(r"/(\d+)/bin/", p)[0]) if re.findall(r"/(\d+)/bin/", p) else 0)
    if found:
        return found[-1]
    return shutil.which(name)


def _pg_env(url: URL) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return env


def _pg_conn_args(url: URL) -> list[str]:
    return ["-h", url.host or "localhost", "-p", str(url.port or 5432), "-U", url.username or "postgres"]


def _server_major(conn: Connection) -> int:
    return int(conn.execute(text("SHOW server_version_num")).scalar_one()) // 10000


def _run(cmd: list[str], env: dict[str, str], what: str, steps: _Steps | None = None) -> None:
    """Run a pg tool; with `steps`, poll the cancel check while it runs and stop the tool on cancel."""
    with subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as proc:
        while True:
            try:
                _out, err = proc.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if steps is not None and steps.cancel is not None and steps.cancel():
                    proc.terminate()
                    try:
                        proc.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                    raise steps.error() from None
    if proc.returncode != 0:
        # stderr of pg tools never contains the password (it only travels in the environment)
        raise BackupFailed(msg("Yönetim", "{what} başarısız oldu: {detail}").format(
            what=what, detail=(err or '').strip()[:800]))


# --- backup ---------------------------------------------------------------------------------------------------------

@dataclass
class BackupResult:
    folder: Path
    file: Path
    manifest: dict[str, Any]

    @property
    def total_records(self) -> int:
        return sum(t["count"] for t in self.manifest["tables"].values())


def backup(ctx: AppContext, folder: Path | str, *, progress: Progress | None = None,
           cancel: CancelCheck | None = None) -> BackupResult:
    """An online consistent backup with its manifest, in a new sub-folder of `folder`; audited.

    Raises BackupCancelled when `cancel()` says so; the partial folder is removed then and the backup recorded
    as cancelled. Files 0600 in a 0700 folder."""
    require(ctx.actor, OPERATORS, action=msg("Yetki", "yedek almak"))
    steps = _Steps(progress, cancel, BackupCancelled)
    steps.check()
    report(progress, 0, steps.total)
    now = ctx.clock.now()
    stamp = now.astimezone(TR).strftime("%Y%m%d-%H%M%S")
    base = Path(folder)
    cleanup_unfinished(ctx)
    out = base / f"ush-izin-{stamp}"
    n = 1
    while out.exists() or partial_path(out).exists():
        n += 1
        out = base / f"ush-izin-{stamp}-{n}"
    # audited "started" before the first byte; written in a hidden partial folder (0700) and renamed into
    # place with "finished" when complete; a cancel or failure removes it (app.workflows.admin.audited_writes)
    with audited_folder(ctx, "backup", out, {"engine": ctx.target.engine_name}) as writing:
        work = writing.path
        head: dict[str, Any] = {}   # the copied chain's head, read where the copy is read (issue 14)
        if ctx.target.is_postgres:
            dest, digests, revision = _backup_postgres(ctx, work, steps, also=lambda c: head.update(snapshot_head(c)))
        else:
            dest, digests, revision = _backup_sqlite(ctx, work, steps, also=lambda c: head.update(snapshot_head(c)))
        checkpoint = backup_checkpoint(ctx, head, work)
        manifest = {
            "format": MANIFEST_FORMAT,
            "created_at": now.astimezone(dt.UTC).isoformat(),
            "engine": ctx.target.engine_name,
            "source": _safe_location(ctx.target),
            "schema_revision": revision,
            "file": dest.name,
            "file_size": dest.stat().st_size,
            "file_sha256": file_sha256(dest),
            "created_by": ctx.actor.username,
            "tables": digests,
            # signed "N entries ending in hash H" of the copied chain (app.workflows.admin.audit_anchor)
            "audit_checkpoint": checkpoint.as_json() if checkpoint is not None else None,
        }
        with open(work / MANIFEST, "w", encoding="utf-8", opener=private_file_opener) as f:
            f.write(json.dumps(manifest, ensure_ascii=False, indent=2))
        steps.check()   # last chance before the backup is recorded
        writing.finish({"file_sha256": manifest["file_sha256"], "created_at": manifest["created_at"],
                        "records": sum(t["count"] for t in digests.values()), "schema_revision": revision})
    dest = out / dest.name
    if checkpoint is not None:
        keep_checkpoint(ctx, checkpoint)   # also a checkpoint of the live chain: its table and the data folder
    return BackupResult(out, dest, manifest)


def _safe_location(target: Target) -> str:
    return target.location  # host:port/database or a file path: never the password


def _backup_sqlite(ctx: AppContext, out: Path, steps: _Steps | None = None, also: _Also | None = None
                   ) -> tuple[Path, dict[str, Any], str | None]:
    dest = out / "ush-izin.db"
    src = sqlite3.connect(ctx.target.url.database)
    try:
        dst = sqlite3.connect(dest)
        try:
            # consistent online copy, even while others write (WAL); 1,024 pages at a time so that a
            # cancel is noticed (an exception raised by the progress callback stops the copy)
            src.backup(dst, pages=1024, progress=(lambda *_: steps.check()) if steps is not None else None)
        finally:
            dst.close()
    finally:
        src.close()
    if steps is not None:
        steps.copied()
    # The manifest describes the copy itself, so it matches what was saved byte for byte.
    digests, revision = _digest_sqlite_file(dest, steps, also)
    return dest, digests, revision


def _digest_sqlite_file(path: Path, steps: _Steps | None = None, also: _Also | None = None
                        ) -> tuple[dict[str, Any], str | None]:
    engine = new_engine(sqlite_url(path))
    try:
        with engine.connect() as conn:
            if also is not None:
                also(conn)
            return table_digests(conn, steps.table if steps is not None else None), schema_revision(conn)
    finally:
        engine.dispose()


def _backup_postgres(ctx: AppContext, out: Path, steps: _Steps | None = None, also: _Also | None = None
                     ) -> tuple[Path, dict[str, Any], str | None]:
    url = ctx.engine.url
    dest = out / "ush-izin.dump"
    with ctx.engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn:
        with conn.begin():
            conn.execute(text("SET TRANSACTION READ ONLY"))
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            pg_dump = pg_tool("pg_dump", _server_major(conn))
            if pg_dump is None:
                raise BackupFailed(msg("Yönetim", "PostgreSQL yedeği alınamıyor: pg_dump bulunamadı. PostgreSQL "
                                       "istemci araçlarını (sunucuyla aynı ana sürüm) kurun."))
            # --enable-row-security: on a server-initialised database the administrator's login is subject to
            # row-level security (its policies give it every row); without it pg_dump refuses such tables
            cmd = [pg_dump, "-Fc", "--enable-row-security", "--snapshot", snapshot, "-f", str(dest),
                   *_pg_conn_args(url), url.database or "postgres"]
            _run(cmd, _pg_env(url), "pg_dump", steps)
            if steps is not None:
                steps.copied()
            if also is not None:
                also(conn)
            digests = table_digests(conn, steps.table if steps is not None else None)
            revision = schema_revision(conn)
    return dest, digests, revision


# --- restore test ---------------------------------------------------------------------------------------------------

@dataclass
class TableCheck:
    table: str
    expected: int | None
    found: int | None
    hash_ok: bool

    @property
    def ok(self) -> bool:
        return self.expected == self.found and self.hash_ok


@dataclass
class RestoreTestResult:
    backup_file: Path
    manifest: dict[str, Any]
    tested_at: dt.datetime
    engine: str
    file_hash_ok: bool
    tables: list[TableCheck]
    problems: list[str] = field(default_factory=list)
    report: Path | None = None

    @property
    def ok(self) -> bool:
        return self.file_hash_ok and not self.problems and all(t.ok for t in self.tables)

    @property
    def result_label(self) -> str:
        return SUCCESS if self.ok else FAILURE


def find_backup(path: Path | str) -> tuple[Path, dict[str, Any]]:
    """The backup file and its manifest, given the backup folder, its manifest.json or the file itself."""
    p = Path(path)
    folder = p if p.is_dir() else p.parent
    mpath = folder / MANIFEST
    if not mpath.is_file():
        raise BackupFailed(msg("Yönetim", "Yedeğin yanında {manifest} bulunamadı: {folder}").format(
            manifest=MANIFEST, folder=folder))
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise BackupFailed(msg("Yönetim", "{manifest} okunamadı: {detail}").format(manifest=MANIFEST, detail=exc)) \
            from exc
    if manifest.get("format") != MANIFEST_FORMAT:
        raise BackupFailed(msg("Yönetim", "Tanınmayan yedek biçimi: {format}").format(
            format=repr(manifest.get('format'))))
    file = folder / manifest["file"]
    if not file.is_file():
        raise BackupFailed(msg("Yönetim", "Yedek dosyası bulunamadı: {file}").format(file=file))
    return file, manifest


def restore_test(ctx: AppContext, backup_path: Path | str, scratch: Path | str,
                 report_path: Path | str | None = None, *, unit: str = "Sağlık Hizmetleri Genel Müdürlüğü",
                 receiver: Signatory | None = None,
                 progress: Progress | None = None, cancel: CancelCheck | None = None) -> RestoreTestResult:
    """Restore into a scratch database, compare with the manifest, write the tutanak, record the outcome.

    The tutanak names both signing sides (art. 15): the acting administrator who ran the test and the service
    receiver's representative (`receiver`; its empty fields stay as lines to fill in by hand).

    Raises RestoreTestCancelled when `cancel()` says so: no tutanak, no audit entry, no scratch copy left."""
    require(ctx.actor, OPERATORS, action=msg("Yetki", "geri dönüş testi yapmak"))
    steps = _Steps(progress, cancel, RestoreTestCancelled)
    steps.check()
    report(progress, 0, steps.total)
    file, manifest = find_backup(backup_path)
    scratch = Path(scratch)
    private_dir(scratch)          # the restored copy is a whole database of personal data: 0700 / 0600
    now = ctx.clock.now()
    problems: list[str] = []
    file_ok = file_sha256(file) == manifest.get("file_sha256")
    if not file_ok:
        problems.append("Yedek dosyasının SHA-256 özeti manifesttekiyle uyuşmuyor (dosya değişmiş ya da bozuk).")
    found: dict[str, Any] = {}
    revision = None
    chain_problems: list[str] = []

    def check_chain_of(conn: Connection) -> None:   # the restored copy's audit chain against the checkpoints
        chain_problems.extend(restored_problems(conn, manifest, file.parent))

    try:
        if manifest.get("engine") == "PostgreSQL":
            found, revision = _restore_postgres(ctx, file, steps, check_chain_of)
        else:
            found, revision = _restore_sqlite(file, scratch, steps, check_chain_of)
    except RestoreTestCancelled:
        (scratch / SCRATCH_COPY).unlink(missing_ok=True)
        raise
    except (BackupFailed, sqlite3.DatabaseError, Exception) as exc:  # noqa: BLE001  (the tutanak says why)
        problems.append(f"Geri yükleme başarısız: {getattr(exc, 'message', None) or exc}")
    problems += chain_problems
    if found and revision != manifest.get("schema_revision"):
        problems.append(f"Şema sürümü farklı: beklenen {manifest.get('schema_revision')}, bulunan {revision}.")
    expected = manifest.get("tables", {})
    checks = []
    for name in sorted(set(expected) | set(found), key=lambda t: list(expected).index(t) if t in expected else 10**6):
        e, f = expected.get(name), found.get(name)
        checks.append(TableCheck(name, e["count"] if e else None, f["count"] if f else None,
                                 bool(e and f and e["sha256"] == f["sha256"])))
    result = RestoreTestResult(file, manifest, now, manifest.get("engine", ""), file_ok, checks, problems)
    out = Path(report_path) if report_path else scratch / f"geri-donus-testi-{now.astimezone(TR):%Y%m%d-%H%M%S}.pdf"
    from app.documents.restore_report import RestoreReportData, Signatory, render_restore_report

    with ctx.read() as s:
        account = s.get(User, ctx.actor.user_id) if ctx.actor.user_id is not None else None
        title = account.title if account is not None else ""
    tester = Signatory("Testi yapan", ctx.actor.full_name, title, unit)
    receiver_side = Signatory("Hizmet alan temsilcisi", *(" ".join(v.split()) for v in (
        receiver.name, receiver.title, receiver.organisation))) if receiver else Signatory("Hizmet alan temsilcisi")
    data = RestoreReportData(
        unit=unit, tested_at=now, backup_file=str(file), backup_created_at=manifest.get("created_at", ""),
        backup_sha256=manifest.get("file_sha256", ""), engine=result.engine,
        schema_revision=str(manifest.get("schema_revision") or "-"), tested_by=ctx.actor.full_name,
        rows=checks, tester=tester, receiver=receiver_side,
        file_hash_ok=file_ok, problems=problems, result_label=result.result_label,
    )
    private_dir(out.parent)
    out.write_bytes(render_restore_report(data))
    make_private(out)
    result.report = out
    with ctx.write() as s:
        record_event(s, RESTORE_TEST_TABLE, file.name, {
            "result": result.result_label, "ok": result.ok, "backup_file": str(file),
            "backup_sha256": manifest.get("file_sha256"), "backup_created_at": manifest.get("created_at"),
            "tested_at": now.astimezone(dt.UTC).isoformat(), "report": str(out),
            "tables": len(checks), "mismatched_tables": [c.table for c in checks if not c.ok],
            "signatories": [{"side": x.side, "name": x.name, "title": x.title, "organisation": x.organisation}
                            for x in (tester, receiver_side)],
            "problems": problems,
        })
    return result


SCRATCH_COPY = "geri-donus-testi.db"


def _restore_sqlite(file: Path, scratch: Path, steps: _Steps | None = None, also: _Also | None = None
                    ) -> tuple[dict[str, Any], str | None]:
    copy = scratch / SCRATCH_COPY
    if copy.exists():
        copy.unlink()
    shutil.copyfile(file, copy)
    make_private(copy)
    con = sqlite3.connect(copy)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    if check != "ok":
        raise BackupFailed(msg("Yönetim", "Geri yüklenen veritabanı bütünlük denetiminden geçemedi: {detail}").format(
            detail=check))
    if steps is not None:
        steps.copied()
    return _digest_sqlite_file(copy, steps, also)


def _restore_postgres(ctx: AppContext, file: Path, steps: _Steps | None = None, also: _Also | None = None
                      ) -> tuple[dict[str, Any], str | None]:
    if not ctx.target.is_postgres:
        raise BackupFailed(msg("Yönetim", "PostgreSQL yedeği yalnızca bir PostgreSQL sunucusunda denenebilir."))
    url = ctx.engine.url
    name = f"ush_geri_donus_{ctx.clock.now():%Y%m%d%H%M%S}_{os.getpid()}"
    admin = new_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            major = _server_major(c)
            c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\''))
        try:
            pg_restore = pg_tool("pg_restore", major)
            if pg_restore is None:
                raise BackupFailed(msg("Yönetim", "pg_restore bulunamadı."))
            _run([pg_restore, "--no-owner", "--exit-on-error", "-d", name, *_pg_conn_args(url), str(file)],
                 _pg_env(url), "pg_restore", steps)
            if steps is not None:
                steps.copied()
            scratch_engine = new_engine(url.set(database=name))
            try:
                with scratch_engine.connect() as conn:
                    if also is not None:
                        also(conn)
                    return table_digests(conn, steps.table if steps is not None else None), schema_revision(conn)
            finally:
                scratch_engine.dispose()
        finally:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


# --- the six-month rule ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RestoreTestRecord:
    at: dt.datetime
    result: str
    backup_file: str
    report: str
    by: str


def restore_tests(ctx: AppContext) -> list[RestoreTestRecord]:
    """Every recorded restore test, newest first (read back from the audit trail)."""
    with ctx.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == RESTORE_TEST_TABLE,
                                                     AuditEntry.action == "event")
                            .order_by(AuditEntry.id.desc())).all()
    out = []
    for e in entries:
        a = e.after or {}
        at = dt.datetime.fromisoformat(a["tested_at"]) if a.get("tested_at") else e.at
        out.append(RestoreTestRecord(at, a.get("result", ""), a.get("backup_file", ""), a.get("report", ""),
                                     e.username))
    return out


def last_successful_restore_test(ctx: AppContext) -> RestoreTestRecord | None:
    ok = [r for r in restore_tests(ctx) if r.result == SUCCESS]
    return max(ok, key=lambda r: r.at) if ok else None


def months_before(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    import calendar

    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def restore_test_overdue(ctx: AppContext) -> bool:
    """True when no restore test succeeded in the last six months (the administrator must be warned)."""
    return overdue_after(last_successful_restore_test(ctx), ctx.clock.today())


def overdue_after(last: RestoreTestRecord | None, today: dt.date) -> bool:
    """The six-month rule on the last successful test already read (None: there is none)."""
    return last is None or local_date(last.at) < months_before(today, RESTORE_TEST_MONTHS)


def summary(result: RestoreTestResult) -> Iterable[str]:
    yield f"Sonuç: {result.result_label}"
    for c in result.tables:
        mark = "tamam" if c.ok else "FARKLI"
        yield f"  {c.table}: beklenen {c.expected}, bulunan {c.found} ({mark})"
    yield from (f"  ! {p}" for p in result.problems)


__all__ = [
    "BackupCancelled", "BackupFailed", "BackupResult", "RestoreTestCancelled", "RestoreTestRecord", "RestoreTestResult", "TableCheck", "backup",
    "canonical_line", "find_backup", "last_successful_restore_test", "restore_test", "restore_test_overdue",
    "restore_tests", "table_digests",
]
