"""Issue 12, a window at once: the login dialog paints before SQLAlchemy and the models are imported, the
database opens behind it while the officer types, "Giriş" pressed early waits and then logs in, and a database
error still gets the start-up loop's Turkish dialogs (now over the login dialog)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.config import Settings
from app.ui.admin.login import LoginDialog
from app.ui.application import DatabaseOpening, Startup
from app.ui.startup_dialogs import Choice, FirstRunQuestion, StartupErrorDialog
from app.workflows.admin.bootstrap import open_database
from app.workflows.admin.connection import target_for
from app.workflows.admin.startup_info import describe_target, describe_url
from tests.support.accounts import ADMIN_PASSWORD, give_password
HEAVY = ("sqlalchemy", "alembic", "app.models", "app.storage.database", "app.workflows.common.context")

# The real entry point (`python -m app ... run`); at the login dialog's first paint it writes down which of the
# database layer's modules are loaded, then quits as soon as the database is open behind the dialog.
PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    from app.ui import application
    from app.ui.startup_dialogs import FirstRunQuestion

    FirstRunQuestion.ask = staticmethod(lambda parent: False)      # the new database stays empty
    HEAVY = {heavy!r}
    _mark = application.startup_mark

    def mark(name):
        _mark(name)
        if name == "login-painted":
            loaded = sorted(m for m in sys.modules if m in HEAVY or m.startswith(("sqlalchemy.", "app.models.")))
            print("LOADED-AT-PAINT", ",".join(loaded) or "-", flush=True)
        elif name == "database-ready":
            print("READY", flush=True)
            [d] = [w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == "LoginDialog"]
            d.reject()

    application.startup_mark = mark
    from app.cli.main import main
    sys.exit(main(["--db", sys.argv[1], "run"]))
""").format(heavy=HEAVY)


def test_the_login_dialog_paints_before_sqlalchemy_and_the_models_are_imported(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "USH_DATA_DIR": str(tmp_path / "data"),
           "USH_CONFIG_DIR": str(tmp_path / "config"), "USH_STARTUP_MARKS": "1",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    env.pop("USH_DB_URL", None)
    done = subprocess.run([sys.executable, "-c", PROBE, f"sqlite:///{tmp_path / 'ush.db'}"], env=env,
                          capture_output=True, text=True, timeout=120)
    lines = done.stdout.splitlines()
    [loaded] = [line.split(" ", 1)[1] for line in lines if line.startswith("LOADED-AT-PAINT ")]
    assert loaded == "-", f"imported before the login dialog painted: {loaded}"
    assert "READY" in lines, done.stderr[-3000:]            # the database did open behind the dialog
    assert done.returncode == 1                              # Çıkış at the login: no window, exit code 1
    marks = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("USH-MARK ")]
    assert marks.index("login-painted") < marks.index("database-start") < marks.index("database-ready")


def _dialog(qtbot, startup: Startup, **kw) -> tuple[LoginDialog, DatabaseOpening]:
    opening = DatabaseOpening(startup, **kw)
    dialog = LoginDialog(opening)
    qtbot.addWidget(dialog)
    return dialog, opening


def _database(path: Path) -> Path:
    """A database whose administrator (yonetici) has the password ADMIN_PASSWORD."""
    opened = open_database(target=target_for(None, str(path)))
    try:
        give_password(opened.ctx)
    finally:
        opened.close()
    return path


def _type_login(dialog: LoginDialog) -> None:
    dialog.username.setText("yonetici")
    dialog.password.setText(ADMIN_PASSWORD)


def test_giris_before_the_database_is_open_waits_then_logs_in(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(FirstRunQuestion, "ask", lambda parent: False)
    db = _database(tmp_path / "masa.db")
    dialog, opening = _dialog(qtbot, Startup(Settings(sqlite_path=str(db))))
    assert dialog.ctx is None and not opening.running
    assert dialog.where.text() == f"Veritabanı: SQLite {db}"      # from the settings, before any database code
    _type_login(dialog)

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()   # the database is not open yet
    assert dialog.waiting and dialog.status.isVisibleTo(dialog)
    assert dialog.status.text() == "Veritabanı açılıyor, lütfen bekleyin…"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()   # Çıkış still works
    assert opening.running                                               # Giriş started it

    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        pass
    try:
        assert dialog.actor is not None and dialog.actor.username == "yonetici"
        assert not dialog.waiting and not dialog.status.isVisibleTo(dialog)
        assert dialog.where.text() == f"Veritabanı: SQLite {db}"
        assert opening.ctx is not None and opening.ctx.target.location == str(db)
    finally:
        opening.close()


def test_the_database_opens_after_the_first_paint_while_the_officer_types(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(FirstRunQuestion, "ask", lambda parent: False)
    dialog, opening = _dialog(qtbot, Startup(Settings(sqlite_path=str(_database(tmp_path / "masa.db")))))
    try:
        with qtbot.waitSignal(opening.ready, timeout=30000):
            dialog.show()
        assert dialog.isVisible() and not dialog.waiting and dialog.ctx is opening.ctx
        _type_login(dialog)
        dialog.login()
        assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor.username == "yonetici"
    finally:
        opening.close()


def test_a_database_error_shows_the_startup_dialog_over_the_login_and_quit_closes_it(qtbot, tmp_path,
                                                                                   monkeypatch):
    bad = tmp_path / "ush-izin.db"
    bad.write_bytes(b"this is not a database" * 100)
    seen = []

    def officer(parent, error, choices, where=""):
        seen.append((parent, error.reason, list(choices), where))
        return Choice.QUIT

    monkeypatch.setattr(StartupErrorDialog, "ask", officer)
    dialog, opening = _dialog(qtbot, Startup(Settings(sqlite_path=str(bad))))
    with qtbot.waitSignal(dialog.rejected, timeout=30000):
        dialog.show()
    [(parent, reason, choices, where)] = seen
    assert parent is dialog and reason == "corrupt"
    assert choices == [Choice.RETRY, Choice.SETTINGS, Choice.LOCAL, Choice.QUIT]
    assert where == f"Veritabanı: SQLite — {bad}"
    assert opening.result is None and opening.failure is None and opening.closed
    opening.close()
    assert [p.name for p in tmp_path.iterdir()] == ["ush-izin.db"]       # nothing written next to it


def test_after_a_database_error_the_local_database_opens_and_the_login_continues(qtbot, tmp_path, monkeypatch):
    port_url = "postgresql+psycopg://ush@127.0.0.1:9/ush_izin"          # nothing listens on port 9
    answers = [Choice.LOCAL]
    monkeypatch.setattr(StartupErrorDialog, "ask", lambda parent, error, choices, where="": answers.pop(0))
    asked = []
    monkeypatch.setattr(FirstRunQuestion, "ask", lambda parent: asked.append(parent) or False)
    dialog, opening = _dialog(qtbot, Startup(Settings(), db_url=port_url))
    assert dialog.where.text() == "Veritabanı: PostgreSQL 127.0.0.1:9/ush_izin"
    try:
        with qtbot.waitSignal(opening.ready, timeout=30000):
            dialog.show()
        assert answers == [] and asked == [dialog]           # the first-run question, over the login dialog
        assert dialog.where.text().startswith("Veritabanı: SQLite ")
        assert any("yerel veritabanı" in n for n in opening.startup.notes)
    finally:
        opening.close()


def test_an_unexpected_failure_while_opening_is_raised_by_run_gui(qtbot, monkeypatch, tmp_path):
    from app.ui import application

    class Boom(Exception):
        pass

    def attempt(self):
        raise Boom("beklenmeyen")

    monkeypatch.setattr(Startup, "attempt", attempt)
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, db, parent=None, username="": db.wait()))
    with pytest.raises(Boom):
        application.run_gui(db_url=f"sqlite:///{tmp_path / 'x.db'}", settings=Settings())


@pytest.mark.parametrize("url", [
    "sqlite:////tmp/a b/ush-izin.db", "sqlite:///göreli.db", "postgresql://ush@db.example:5433/ush_izin",
    "postgresql+psycopg://ush:gizli@db.example/ush%20izin?sslmode=require", "postgresql:///ush_izin",
])
def test_the_preview_of_the_database_matches_the_target_it_opens(url):
    target = target_for(url)
    preview = describe_url(url)
    assert preview is not None and (preview.engine_name, preview.location) == (target.engine_name, target.location)


def test_the_preview_follows_the_order_of_the_settings(monkeypatch, tmp_path):
    monkeypatch.delenv("USH_DB_URL", raising=False)
    assert Path(describe_target(Settings()).location).name == "ush-izin.db"
    local = describe_target(Settings(sqlite_path=str(tmp_path / "a.db")))
    assert (local.engine_name, local.location) == ("SQLite", str(tmp_path / "a.db"))
    monkeypatch.setenv("USH_DB_URL", "postgresql://u@ortam:5432/db")
    assert describe_target(Settings(db_url="postgresql://u@ayar/db")).location == "ortam:5432/db"
    assert describe_target(Settings(), db_url="sqlite:////komut/satiri.db").location == "/komut/satiri.db"
    assert describe_url("mysql://x/y") is None and describe_url("not a url") is None


def test_a_new_database_shows_its_administrators_one_time_password_once_in_the_login_dialog(qtbot, tmp_path,
                                                                                             monkeypatch):
    monkeypatch.setattr(FirstRunQuestion, "ask", lambda parent: False)
    dialog, opening = _dialog(qtbot, Startup(Settings(sqlite_path=str(tmp_path / "yeni.db"))))
    dialog.username.setText("")
    try:
        with qtbot.waitSignal(opening.ready, timeout=30000):
            dialog.show()
        account, once = opening.result.first_password
        assert account == "yonetici" and dialog.username.text() == "yonetici"
        assert dialog.first_account.isVisibleTo(dialog)
        assert f"ilk yönetici hesabı: yonetici. Tek kullanımlık parolası: {once}" in dialog.first_account.text()
        changed = []

        def change(d) -> bool:            # the forced change at the first login
            changed.append(d.forced)
            d.new.setText(ADMIN_PASSWORD)
            d.repeat.setText(ADMIN_PASSWORD)
            d.save()
            return d.result() == QDialog.DialogCode.Accepted

        dialog.open_change_dialog = change
        dialog.password.setText(once)
        dialog.login()
        assert changed == [True] and dialog.result() == QDialog.DialogCode.Accepted
    finally:
        opening.close()
    again = LoginDialog(DatabaseOpening(Startup(Settings(sqlite_path=str(tmp_path / "yeni.db")))))
    qtbot.addWidget(again)
    try:
        with qtbot.waitSignal(again.opening.ready, timeout=30000):
            again.show()
        assert again.opening.result.first_password is None and not again.first_account.isVisibleTo(again)
    finally:
        again.opening.close()
