"""Start-up work made cheaper (docs/performance.md, start-up): the schema version read without Alembic, the full
SQLite integrity check only after an unclean end of the previous session (docs/decisions.md 35), the
dashboard's processing times computed per province from that province's rows, and the İSM desk without its
dialogs' heavy imports. Each shortcut is checked against the long way."""

from __future__ import annotations

import collections
import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.models import Application, Notification, Permit, PermitEvent, StateTransition
from app.storage import migrate
from app.storage.database import DatabaseUnavailable, SessionMarker, Target, sqlite_url
from app.workflows.admin.bootstrap import open_database
from app.workflows.common.vocabulary import Role
from app.workflows.dashboard import figures as dashboard
from tests.support.demo import as_role, with_demo_data

ROOT = Path(__file__).resolve().parents[2]
TR = ZoneInfo("Europe/Istanbul")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


# --- schema version -----------------------------------------------------------------------------------------------

def test_the_head_read_from_the_migration_files_is_alembics_head():
    assert migrate.quick_head() == migrate._script().get_current_head()


def test_opening_a_current_database_does_not_import_alembic(tmp_path):
    db = tmp_path / "ush.db"
    open_database(target=Target(sqlite_url(db))).close()
    code = textwrap.dedent("""
        import sys
        from app.storage.database import Target, sqlite_url
        from app.workflows.admin.bootstrap import open_database
        r = open_database(target=Target(sqlite_url(sys.argv[1])), session=True)
        r.close()
        print("alembic" in sys.modules, r.upgraded_from)
    """)
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, env=_env(),
                         timeout=120)
    assert out.stdout.split() == ["False", "None"], out.stderr[-2000:]


def test_an_older_schema_is_still_upgraded(target):
    engine = open_database(target=target).ctx.engine
    migrate.downgrade(engine, migrate._script().get_revision(migrate.head_revision()).down_revision)
    engine.dispose()
    assert migrate.status(engine).state == "older"
    opened = open_database(target=target)
    try:
        assert opened.upgraded_from is not None
        assert migrate.status(opened.ctx.engine).state == "current"
    finally:
        opened.close()


# --- integrity check and the session marker -----------------------------------------------------------------------

SESSION = textwrap.dedent("""
    import sys, time
    from app.storage.database import Target, sqlite_url
    from app.workflows.admin.bootstrap import open_database
    r = open_database(target=Target(sqlite_url(sys.argv[1])), session=True)
    print("open", r.full_check, flush=True)
    if sys.argv[2] == "clean":
        r.close()
        print("closed", flush=True)
    else:
        time.sleep(120)
""")


def _session(db: Path, how: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SESSION, str(db), how], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())


def _killed_session(db: Path) -> None:
    child = _session(db, "kill")
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("open"), child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _markers(db: Path) -> list[Path]:
    return sorted(db.parent.glob(f"{db.name}{SessionMarker.SUFFIX}*"))


def _new_db(tmp_path: Path) -> Path:
    db = tmp_path / "ush-izin.db"
    open_database(target=Target(sqlite_url(db))).close()
    return db


def test_the_command_line_and_the_connection_test_always_check_everything(tmp_path):
    db = _new_db(tmp_path)
    opened = open_database(target=Target(sqlite_url(db)))
    try:
        assert opened.full_check and opened.marker is None
    finally:
        opened.close()
    assert _markers(db) == []


def test_a_clean_session_leaves_no_marker_and_the_next_start_skips_the_full_check(tmp_path):
    db = _new_db(tmp_path)
    child = _session(db, "clean")
    out, err = child.communicate(timeout=120)
    assert out.split() == ["open", "False", "closed"], err[-2000:]
    assert _markers(db) == []
    opened = open_database(target=Target(sqlite_url(db)), session=True)
    try:
        assert not opened.full_check
        assert len(_markers(db)) == 1              # ours, while the session runs
    finally:
        opened.close()
    assert _markers(db) == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_after_a_killed_session_the_next_start_runs_the_full_check(tmp_path):
    db = _new_db(tmp_path)
    _killed_session(db)
    assert len(_markers(db)) == 1                  # left behind by the killed process
    opened = open_database(target=Target(sqlite_url(db)), session=True)
    try:
        assert opened.full_check
        assert _markers(db) == [opened.marker.path]  # the stale one went once the check passed
    finally:
        opened.close()
    assert _markers(db) == []


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_desk_still_running_on_the_file_does_not_count_as_a_crash(tmp_path):
    db = _new_db(tmp_path)
    child = _session(db, "stay")
    try:
        assert child.stdout is not None and child.stdout.readline().split() == ["open", "False"]
        opened = open_database(target=Target(sqlite_url(db)), session=True)
        assert not opened.full_check
        assert len(_markers(db)) == 2
        opened.close()
        assert len(_markers(db)) == 1              # the other desk's marker stays
    finally:
        child.kill()
        child.wait()


def _damage_a_table_page(db: Path) -> None:
    """Overwrite one page of the applications-free middle of the file (a b-tree page) with garbage; the header
    and the schema page stay intact, so only a full check can notice."""
    data = bytearray(db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages > 4
    victim = pages // 2
    data[victim * page_size:(victim + 1) * page_size] = b"\xa5" * page_size
    db.write_bytes(bytes(data))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_page_damaged_before_a_crash_is_found_at_the_next_start_and_checked_again_after(tmp_path):
    db = _new_db(tmp_path)
    _killed_session(db)
    _damage_a_table_page(db)
    for _ in range(2):   # the marker stays until a check passes: every start checks again
        with pytest.raises(DatabaseUnavailable) as err:
            open_database(target=Target(sqlite_url(db)), session=True)
        assert err.value.reason == "corrupt"
        assert len(_markers(db)) == 1
    with pytest.raises(DatabaseUnavailable):
        open_database(target=Target(sqlite_url(db)))   # and the command line, as always


def test_a_truncated_file_is_found_by_the_cheap_check_too(tmp_path):
    db = _new_db(tmp_path)
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(target=Target(sqlite_url(db)), session=True)   # no marker: no full check
    assert err.value.reason == "corrupt" and "kesilmiş" in err.value.message


# --- the dashboard's processing times per province ----------------------------------------------------------------

def _average(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


@pytest.mark.parametrize("province", [34, 6])
def test_a_provinces_processing_times_equal_a_computation_from_its_records(ctx, province):
    demo = with_demo_data(ctx, 300, seed=7)
    officer = as_role(demo, Role.ISM_OFFICER, province)
    months = dashboard.monthly_series(officer)
    with demo.read() as s:
        apps = {a.id: a for a in s.scalars(select(Application))}
        first: dict[int, dt.date] = {}
        for n in s.scalars(select(Notification)):
            first[n.application_id] = min(first.get(n.application_id, n.sent_on), n.sent_on)
        forwarded: dict[int, dt.date] = {}
        for t in s.scalars(select(StateTransition).where(StateTransition.event == "forward")):
            day = t.at.astimezone(TR).date()
            forwarded[t.application_id] = min(forwarded.get(t.application_id, day), day)
        issued: dict[int, dt.date] = {}
        for e, p in s.execute(select(PermitEvent, Permit).join(Permit, Permit.id == PermitEvent.permit_id)
                              .where(PermitEvent.kind == "issued", Permit.application_id.is_not(None))):
            issued[p.application_id] = min(issued.get(p.application_id, e.effective_from), e.effective_from)
    mine = {i for i, a in apps.items() if a.province_id == province}
    notify: dict[str, list[float]] = collections.defaultdict(list)
    for app_id, sent in first.items():
        if app_id in mine:
            notify[sent.strftime("%Y-%m")].append((sent - apps[app_id].received_on).days)
    permit: dict[str, list[float]] = collections.defaultdict(list)
    for app_id, on in issued.items():
        if app_id in mine and app_id in forwarded:
            permit[on.strftime("%Y-%m")].append((on - forwarded[app_id]).days)
    assert any(m.notified for m in months)
    for m in months:
        assert m.notified == len(notify.get(m.key, []))
        assert m.permits == len(permit.get(m.key, []))
        assert m.notify_days == pytest.approx(_average(notify.get(m.key, [])))
        assert m.permit_days == pytest.approx(_average(permit.get(m.key, [])))


# --- imports ------------------------------------------------------------------------------------------------------

def test_the_ism_desk_loads_its_dialogs_only_when_opened():
    code = ("import sys; import app.ui.ism.desk; "
            "print(sorted(m for m in ('app.ui.ism.detail', 'app.ui.ism.intake_form', 'PySide6.QtPdf', "
            "'PySide6.QtPdfWidgets', 'alembic', 'reportlab', 'pyhanko', 'openpyxl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), timeout=120)
    assert out.stdout.strip() == "[]", out.stderr[-2000:]
