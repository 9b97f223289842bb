"""Files of personal data: the full export holds no credential material and only the administrator gets it whole;
an export or backup is audited from its first byte, written under a hidden partial name and renamed only when
complete, so a killed one leaves no readable copy under its final name and is cleaned up at the next start; what
the application writes is 0600 in 0700 folders."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEntry
from app.storage.files import LOCK_NAME, PartialFolder, partial_path
from app.workflows.admin import audited_writes, backup, export, users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.context import Actor
from app.workflows.common.vocabulary import Role
from app.workflows.ism import intake
from tests.support.ism import form, izmir_desk, vendor

TCKN = "10000000146"
POSIX = os.name == "posix"


@pytest.fixture
def filled(ctx):
    v, p = vendor(ctx)
    intake.receive(izmir_desk(ctx), form(v, p))
    admin = ctx.as_user(default_actor(ctx))
    # a real password hash and a failed login: credential material that must never leave the database
    users.create_user(admin, "ism35.yonetici", "Deniz Şahin", Role.ISM_MANAGER, 35)
    users.reset_password(admin, users.find_user_id(admin, "ism35.yonetici"), "Parola12345x")
    with pytest.raises(Exception):  # noqa: B017  (a wrong password counts as a failed login)
        users.authenticate(admin, "ism35.yonetici", "yanlis-parola-1")
    return admin


def _all_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*")) if p.is_file())


def _states(ctx, table: str) -> list[str]:
    with ctx.read() as s:
        return [(a or {}).get("state", "") for a in s.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "event", AuditEntry.table_name == table)
            .order_by(AuditEntry.id))]


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


# --- what the export contains -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_no_credential_material_in_any_export(filled, tmp_path, fmt):
    res = export.export(filled, tmp_path, fmt)
    text = _all_text(res.folder)
    assert "argon2" not in text
    users_meta = res.manifest["tables"]["users"]
    for column in ("password_hash", "failed_logins", "locked_until"):
        assert column not in users_meta["columns"] and column in users_meta["omitted_columns"]
    assert "ism35.yonetici" in text                     # the account itself is there, only its credentials not
    assert TCKN in text and res.manifest["personal_data"] == "full"


def test_the_auditor_gets_the_masked_export(filled, tmp_path):
    auditor = filled.as_user(Actor(None, "denetci", "Denetçi", Role.AUDITOR))
    res = export.export(auditor, tmp_path, "json")
    text = _all_text(res.folder)
    assert TCKN not in text and "100******46" in text
    assert "argon2" not in text
    assert res.manifest["personal_data"] == "masked"
    assert "content" in res.manifest["tables"]["documents"]["omitted_columns"]
    assert _states(filled, "export")[-1] == "finished"


def test_other_roles_get_no_export(filled, tmp_path):
    from app.workflows.common.errors import DomainError

    out = tmp_path / "out"
    for role in (Role.ISM_OFFICER, Role.SHGM_APPROVER, Role.KTS_OFFICER):
        with pytest.raises(DomainError):
            export.export(filled.as_user(Actor(None, "x", "X", role, 35 if role.provincial else None)), out)
    assert not out.exists()


# --- audited from the first byte, complete or nothing ----------------------------------------------------------------

class Boom(Exception):
    pass


@pytest.mark.parametrize("what", ["export", "backup"])
def test_a_failure_between_writes_leaves_nothing_and_is_recorded(filled, tmp_path, what):
    seen: list[str] = []
    tmp_path = tmp_path / "out"

    def progress(done: int, total: int) -> None:
        partials = [p for p in tmp_path.iterdir() if p.name.endswith(".yarim")] if tmp_path.exists() else []
        seen.append(f"{done}:{len(partials)}")
        if done == 3:
            assert _states(filled, what) == ["started"]      # recorded before the first byte
            raise Boom("disk gone")

    with pytest.raises(Boom):
        if what == "export":
            export.export(filled, tmp_path, "json", progress=progress)
        else:
            backup.backup(filled, tmp_path, progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert seen[-1] == "3:1"                                 # while writing, only the hidden partial folder
    assert _states(filled, what) == ["started", "failed"]


KILLER = textwrap.dedent("""
    import os, signal, sys
    from sqlalchemy.engine import make_url
    from app.storage.database import Target, make_engine
    from app.workflows.admin import backup, export
    from app.workflows.admin.bootstrap import default_actor
    from app.workflows.common.context import AppContext

    url, what, folder = sys.argv[1:4]
    target = Target(make_url(url))
    ctx = AppContext(make_engine(target), target)
    ctx = ctx.as_user(default_actor(ctx))

    def progress(done, total):
        if done == 3:
            os.kill(os.getpid(), signal.SIGKILL)      # killed mid-write: no handler, no cleanup runs

    if what == "export":
        export.export(ctx, folder, "json", progress=progress)
    else:
        backup.backup(ctx, folder, progress=progress)
""")


@pytest.mark.skipif(not POSIX, reason="SIGKILL")
@pytest.mark.parametrize("what", ["export", "backup"])
def test_a_killed_writer_leaves_no_readable_copy_and_is_cleaned_up_next_time(filled, tmp_path, what):
    out = tmp_path / "out"
    url = filled.target.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-c", KILLER, url, what, str(out)], check=False,
                          cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    left = list(out.iterdir())
    assert len(left) == 1 and left[0].name.startswith(".") and left[0].name.endswith(".yarim")
    assert _mode(out) == 0o700 and _mode(left[0]) == 0o700
    assert _states(filled, what) == ["started"]
    assert [t for t, _n, _d in audited_writes.unfinished(filled)] == [what]
    notes = audited_writes.cleanup_unfinished(filled)      # what the next start (or the next export) does
    assert len(notes) == 1 and "yarıda kalmıştı" in notes[0]
    assert list(out.iterdir()) == []
    assert _states(filled, what) == ["started", "abandoned"]
    assert audited_writes.unfinished(filled) == []


def test_a_partial_folder_still_being_written_is_left_alone(filled, tmp_path):
    final = tmp_path / "ush-izin-disa-aktarim-x"
    with audited_writes.audited_folder(filled, "export", final, {"format": "json"}) as writing:
        (writing.path / "a.jsonl").write_text("{}\n", encoding="utf-8")
        assert (writing.path / LOCK_NAME).exists()
        assert audited_writes.cleanup_unfinished(filled) == []     # its lock is held: a running writer
        assert writing.path.is_dir()
        writing.finish({"records": 1})
    assert final.is_dir() and not partial_path(final).exists() and not (final / LOCK_NAME).exists()
    assert _states(filled, "export") == ["started", "finished"]


def test_the_desktop_start_cleans_up(filled, tmp_path):
    from app.workflows.admin.bootstrap import open_database

    final = tmp_path / "ush-izin-x"
    with filled.write() as s:
        from app.storage.audit import record_event

        record_event(s, "backup", final.name, {"state": "started", "folder": str(final),
                                               "partial": str(partial_path(final))})
    partial_path(final).mkdir()
    (partial_path(final) / "ush-izin.db").write_bytes(b"yarim")
    res = open_database(target=filled.target, session=True)
    try:
        assert not partial_path(final).exists()
    finally:
        res.close()
    assert _states(filled, "backup") == ["started", "abandoned"]


# --- modes ------------------------------------------------------------------------------------------------------------

@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_exports_and_backups_are_private(filled, tmp_path):
    for folder in (export.export(filled, tmp_path / "e", "csv").folder, backup.backup(filled, tmp_path / "b").folder):
        assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
        files = [p for p in folder.rglob("*") if p.is_file()]
        assert files and all(_mode(p) == 0o600 for p in files), [(p.name, oct(_mode(p))) for p in files]


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
@pytest.mark.engines("sqlite")
def test_a_new_local_database_and_its_folder_are_private(db_kind, tmp_path):
    from app.storage.database import Target, sqlite_url
    from app.workflows.admin.bootstrap import open_database

    path = tmp_path / "yeni" / "veri" / "ush-izin.db"
    res = open_database(target=Target(sqlite_url(path)))
    try:
        assert _mode(path) == 0o600 and _mode(path.parent) == 0o700 and _mode(path.parent.parent) == 0o700
        for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            if extra.exists():
                assert _mode(extra) == 0o600
    finally:
        res.close()


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_the_partial_folder_helper_makes_private_files(tmp_path):
    final = tmp_path / "x" / "son"
    with PartialFolder(final) as work:
        (work / "a.txt").write_text("a", encoding="utf-8")
    assert not final.exists() and not partial_path(final).exists()     # no commit: removed
    pf = PartialFolder(final)
    with pf as work:
        (work / "a.txt").write_text("a", encoding="utf-8")
        os.chmod(work / "a.txt", 0o644)
        pf.commit()
    assert _mode(final / "a.txt") == 0o600 and _mode(final) == 0o700 and _mode(final.parent) == 0o700


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_the_demo_signing_key_is_private(tmp_path, monkeypatch):
    from app.workflows.common import signing

    monkeypatch.setenv("USH_DATA_DIR", str(tmp_path / "veri"))
    ident = signing.load_identity(signing.Settings())
    assert ident.demo
    assert _mode(signing.demo_path()) == 0o600 and _mode(signing.demo_path().parent) == 0o700


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
@pytest.mark.engines("sqlite")
def test_the_backup_before_a_schema_upgrade_is_private(db_kind, tmp_path):
    from app.storage import migrate
    from app.storage.database import Target, make_engine, sqlite_url

    src = tmp_path / "eski.db"
    import sqlite3

    sqlite3.connect(src).close()
    target = Target(sqlite_url(src))
    engine = make_engine(target)
    try:
        dest = migrate.backup_before_upgrade(target, engine, tmp_path / "yedekler", "0001")
    finally:
        engine.dispose()
    assert _mode(dest) == 0o600 and _mode(dest.parent) == 0o700


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
@pytest.mark.engines("sqlite")
def test_an_existing_folder_keeps_its_mode(db_kind, tmp_path, monkeypatch):
    """A database, export or backup in a folder that already exists (/tmp, a shared disk) never changes the
    folder's mode; only the folders the application creates, and its own data folder, become 0700."""
    from app.storage.database import Target, sqlite_url
    from app.workflows.admin.bootstrap import open_database

    shared = tmp_path / "ortak"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    res = open_database(target=Target(sqlite_url(shared / "ush-izin.db")))
    try:
        assert _mode(shared) == 0o1777 and _mode(shared / "ush-izin.db") == 0o600
        export.export(res.ctx.as_user(default_actor(res.ctx)), shared, "json")
        assert _mode(shared) == 0o1777
    finally:
        res.close()
    own = tmp_path / "veri"
    own.mkdir(mode=0o755)
    os.chmod(own, 0o755)
    monkeypatch.setenv("USH_DATA_DIR", str(own))
    res = open_database(target=Target(sqlite_url(own / "ush-izin.db")))
    res.close()
    assert _mode(own) == 0o700


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
@pytest.mark.engines("sqlite")
def test_the_restore_tests_copy_and_tutanak_are_private(db_kind, filled, tmp_path):
    res = backup.backup(filled, tmp_path / "yedekler")
    scratch = tmp_path / "deneme"
    result = backup.restore_test(filled, res.folder, scratch)
    assert result.ok
    assert _mode(scratch) == 0o700
    assert _mode(scratch / backup.SCRATCH_COPY) == 0o600 and _mode(result.report) == 0o600


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_the_log_file_is_private(tmp_path):
    import logging

    from app.logging_setup import setup_logging, teardown_logging

    path = setup_logging(folder=tmp_path / "logs")
    try:
        logging.getLogger("test.files").warning("bir satır")
    finally:
        teardown_logging()
    assert path is not None and _mode(path) == 0o600 and _mode(path.parent) == 0o700


# --- list exports -------------------------------------------------------------------------------------------------

def _list_states(ctx) -> list[str]:
    return _states(ctx, "list_export")


def test_a_list_export_is_audited_from_its_first_byte(filled, tmp_path):
    from app.workflows.common import tabular_export

    seen = []

    def rows():
        seen.append(_list_states(filled))          # while the rows are read, the start is already recorded
        yield ["Ayşe"]

    done = tabular_export.export_list(filled, "users", tmp_path / "k.xlsx", ["Ad"], rows)
    assert done.rows == 1 and seen == [["started"]]
    assert _list_states(filled) == ["started", "finished"]

    def broken():
        yield ["a"]
        raise RuntimeError("kesildi")

    with pytest.raises(RuntimeError):
        tabular_export.export_list(filled, "users", tmp_path / "k2.csv", ["Ad"], broken())
    assert not (tmp_path / "k2.csv").exists()
    assert _list_states(filled) == ["started", "finished", "started", "failed"]


def test_a_killed_list_export_is_cleaned_up_and_recorded(filled, tmp_path):
    from app.storage.audit import record_event

    final = tmp_path / "liste.csv"
    partial = tmp_path / ".liste.csv.999999999.tmp"             # a writer with this process id is gone
    partial.write_text("yarım", encoding="utf-8")
    with filled.write() as s:
        record_event(s, "list_export", "users", {"state": "started", "file": final.name, "folder": str(tmp_path),
                                                  "partial": str(partial)})
    notes = audited_writes.cleanup_unfinished(filled)
    assert len(notes) == 1 and not partial.exists() and not final.exists()
    assert _list_states(filled) == ["started", "abandoned"]
