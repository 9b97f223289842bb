"""Schema migrations (Alembic, imported lazily: it costs ~0.5 s at start-up).

On start the application upgrades an older database after a backup copy, and refuses a database whose
schema is newer than itself (an older program must not write into a newer schema).
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from app.storage.database import DatabaseUnavailable, Target

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str
    state: str  # empty, current, older, newer, foreign (tables that are not ours)

    @property
    def needs_upgrade(self) -> bool:
        return self.state in ("empty", "older")


def _config(connection=None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _script():  # type: ignore[no-untyped-def]
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


_ASSIGN = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def quick_head() -> str | None:
    """The head revision read straight from the migration files (`revision = '0004'`,
    `down_revision = '0003'`), without importing Alembic (~0.3 s at start-up). None when that is not
    plain: a merge, branches, or a file it cannot read; callers then ask Alembic (tests compare both)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for path in (MIGRATIONS / "versions").glob("*.py"):
            if path.name.startswith("__"):
                continue
            found = dict(_ASSIGN.findall(path.read_text(encoding="utf-8")))
            if "revision" not in found or "down_revision" not in found:
                return None
            rev, down = ast.literal_eval(found["revision"]), ast.literal_eval(found["down_revision"])
            if not isinstance(rev, str) or not (down is None or isinstance(down, str)):
                return None
            revisions.add(rev)
            if down is not None:
                parents.add(down)
    except (OSError, ValueError, SyntaxError):
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _current(conn) -> tuple[str | None, bool]:  # type: ignore[no-untyped-def]
    """(the recorded revision, whether any other table exists), read with plain SQL."""
    tables = set(inspect(conn).get_table_names())
    current = None
    if "alembic_version" in tables:
        current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return current, bool(tables - {"alembic_version"})


def status(engine: Engine) -> SchemaStatus:
    with engine.connect() as conn:
        current, other_tables = _current(conn)
    head = quick_head()
    if current is not None and current == head:
        return SchemaStatus(current, head, "current")      # the usual start: Alembic is not imported
    script = _script()
    head = script.get_current_head()
    if current is None:
        return SchemaStatus(None, head, "foreign" if other_tables else "empty")
    if current == head:
        return SchemaStatus(current, head, "current")
    known = {rev.revision for rev in script.walk_revisions()}
    return SchemaStatus(current, head, "older" if current in known else "newer")


def ensure_not_newer(st: SchemaStatus) -> None:
    if st.state == "foreign":
        raise DatabaseUnavailable(
            "foreign",
            "Bu veritabanı USH İzin'e ait değil (başka bir programın tabloları var). Veritabanına "
            "dokunulmadı; başka bir veritabanı seçin.",
        )
    if st.state == "newer":
        raise DatabaseUnavailable(
            "newer_schema",
            f"Bu veritabanı uygulamanın daha yeni bir sürümüyle güncellenmiş (şema {st.current}); bu sürüm "
            f"(şema {st.head}) onu açamaz. Veritabanına dokunulmadı. Lütfen uygulamayı güncelleyin.",
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """On a server-initialised PostgreSQL database the upgrade runs as the owner role (`SET ROLE ush_owner`, only
    for a member of it: the database administrator, never a desk's login), and the grants are re-applied after."""
    from alembic import command

    from app.storage import server_setup

    with engine.begin() as conn:
        secured = server_setup.is_secured(conn)
        if secured:
            _as_owner(conn)
        command.upgrade(_config(conn), revision)
        if secured:
            server_setup.after_upgrade(conn)


def _as_owner(conn) -> None:  # type: ignore[no-untyped-def]
    from app.storage import server_setup

    try:
        server_setup.become_owner(conn)
    except server_setup.ServerSetupError as exc:
        raise DatabaseUnavailable("not_owner", str(exc)) from None


FIRST_REVISION = "0001"


class DowngradeRefused(DatabaseUnavailable):
    def __init__(self, message: str) -> None:
        super().__init__("downgrade_refused", message)


def check_downgrade(engine: Engine, revision: str) -> str:
    """The current revision, when a downgrade to `revision` may run: `revision` must name a known revision, at
    or above the first one ('base', relative steps and anything unknown are refused: the tables and the audit
    trail of the first revision are never dropped), below the current one."""
    script = _script()
    known = [rev.revision for rev in script.walk_revisions()]   # head first
    if revision not in known:
        raise DowngradeRefused(
            f"'{revision}' bilinen bir şema sürümü değil. İlk sürümün ({FIRST_REVISION}) altına inilemez ('base' "
            "tüm verileri ve denetim izini siler); yalnızca şu sürümlerden birine inilebilir: "
            + ", ".join(sorted(known)) + ".")
    with engine.connect() as conn:
        current, _ = _current(conn)
    if current is None or current not in known:
        raise DowngradeRefused(f"Veritabanının şema sürümü ({current or '-'}) bu sürümce bilinmiyor; indirme yapılmadı.")
    if known.index(revision) <= known.index(current):
        raise DowngradeRefused(f"Veritabanı zaten {current} sürümünde; {revision} bir indirme değil.")
    return current


def downgrade(engine: Engine, revision: str) -> None:
    """Only after `check_downgrade` (the command line also takes a backup and writes an audit entry first)."""
    from alembic import command

    from app.storage import server_setup

    check_downgrade(engine, revision)
    with engine.begin() as conn:
        if server_setup.is_secured(conn):
            _as_owner(conn)
        command.downgrade(_config(conn), revision)


def backup_before_upgrade(target: Target, engine: Engine, backup_dir: Path, current: str | None) -> Path:
    """A full copy of the database before its schema changes (0600 in a 0700 folder); returns where it went."""
    from app.storage.files import make_private, private_dir

    private_dir(backup_dir, own=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"ush-izin-{current or 'bos'}-{stamp}"
    if not target.is_postgres:
        dest = backup_dir / f"{name}.db"
        src = sqlite3.connect(target.url.database)
        try:
            with sqlite3.connect(dest) as out:
                src.backup(out)
        finally:
            src.close()
        make_private(dest)
        return dest
    pg_dump = shutil.which("pg_dump")
    if not pg_dump:
        raise DatabaseUnavailable(
            "no_backup",
            "Veritabanı şeması güncellenmeli, ancak önce yedek alınamıyor: pg_dump bulunamadı. "
            "Sunucu yöneticisi yedek aldıktan sonra 'ush-izin db upgrade' komutunu çalıştırabilir.",
        )
    dest = backup_dir / f"{name}.dump"
    u = target.url
    env = {"PGPASSWORD": u.password or ""}
    cmd = [pg_dump, "-Fc", "-f", str(dest), "-h", u.host or "localhost", "-p", str(u.port or 5432),
           "-U", u.username or "postgres", u.database or "postgres"]
    import os

    done = subprocess.run(cmd, env={**os.environ, **env}, capture_output=True, text=True)
    if done.returncode != 0:
        raise DatabaseUnavailable("no_backup", "Güncelleme öncesi yedek alınamadı.", done.stderr)
    make_private(dest)
    return dest


def prepare(target: Target, engine: Engine, backup_dir: Path) -> tuple[SchemaStatus, Path | None]:
    """Bring the schema to head: refuse newer, back up older, create empty. Returns status and backup."""
    st = status(engine)
    ensure_not_newer(st)
    backup = None
    if st.needs_upgrade and target.is_postgres:
        from app.storage import server_setup

        with engine.connect() as conn:
            if server_setup.is_secured(conn) and not server_setup.can_act_as_owner(conn):
                raise DatabaseUnavailable(
                    "not_owner", f"Veritabanının şeması eski ({st.current}; güncel: {st.head}). Şemayı yalnızca "
                    "veritabanı yöneticisi yükseltebilir ('ush-izin db upgrade'); masa hesaplarıyla yapılamaz.")
    if st.state == "older":
        backup = backup_before_upgrade(target, engine, backup_dir, st.current)
    if st.needs_upgrade:
        upgrade(engine)
    return st, backup
