"""Start-up when the database cannot be used: the officer sees why and chooses what happens next.

The dialogs' `ask` class methods are replaced by fakes that build the real dialog (so its texts are
checked) and answer like an officer would; nothing ever blocks on exec().
"""

from __future__ import annotations

import re
import socket
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from app.config import Settings, default_sqlite_path
from app.ui import application
from app.ui.admin.login import LoginDialog
from app.ui.application import Startup, run_gui
from app.ui.main_window import MainWindow
from app.ui.startup_dialogs import Choice, FirstRunQuestion, Notice, PasswordDialog, StartupErrorDialog
from app.workflows.admin.bootstrap import default_actor
from app.workflows.dashboard import overview
from tests.support.ui import add_facility, sha256

TITLE = "Veritabanına ulaşılamıyor"
BUTTONS = {Choice.RETRY: "Tekrar dene", Choice.PASSWORD: "Parolayı gir…", Choice.SETTINGS: "Ayarlar…",
           Choice.LOCAL: "Yerel veritabanıyla devam et", Choice.QUIT: "Çık"}


class FakeOfficer:
    """Stands in for StartupErrorDialog.ask: records what the real dialog showed, answers in turn."""

    def __init__(self, qtbot, answers: list[Choice]) -> None:
        self.qtbot, self.answers, self.seen = qtbot, list(answers), []

    def __call__(self, parent, error, choices, where=""):
        dialog = StartupErrorDialog(parent, error, choices, where)
        self.qtbot.addWidget(dialog)
        self.seen.append({
            "title": dialog.windowTitle(), "heading": dialog.title_label.text(),
            "message": dialog.message_label.text(), "where": dialog.where_label.text(),
            "buttons": [b.text() for b in dialog.buttons.values()], "choices": list(choices),
            "reason": error.reason, "details": dialog.details.toPlainText(),
        })
        choice = self.answers.pop(0)
        dialog.buttons[choice].click()   # the real button sets the dialog's answer
        assert dialog.choice == choice
        return dialog.choice


@pytest.fixture
def officer(qtbot, monkeypatch):
    def make(*answers: Choice) -> FakeOfficer:
        fake = FakeOfficer(qtbot, list(answers))
        monkeypatch.setattr(StartupErrorDialog, "ask", fake)
        return fake
    return make


@pytest.fixture
def no_questions(monkeypatch):
    """Fail loudly if the first-run question or a notice would pop up unexpectedly."""
    asked = []
    monkeypatch.setattr(FirstRunQuestion, "ask", lambda parent: asked.append("first-run") or False)
    monkeypatch.setattr(Notice, "warn", lambda parent, title, text: asked.append(text))
    monkeypatch.setattr(Notice, "info", lambda parent, title, text: asked.append(text))
    # The login dialog has its own tests (tests/ui/test_admin_login.py); here the administrator logs in as soon
    # as the database opened behind it is open (None when the officer quit at a database error).
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, db, parent=None, username="": _admin(db)))
    return asked


def _admin(db):
    ctx = db.wait()
    return default_actor(ctx) if ctx is not None else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


@pytest.fixture
def shown_windows(monkeypatch) -> list[MainWindow]:
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    return shown


# -- (a) a corrupted local file -------------------------------------------------------------------------


def test_a_corrupt_local_file_is_left_untouched_and_work_continues_in_a_new_file(qtbot, officer, tmp_path):
    bad = tmp_path / "ush-izin.db"
    bad.write_bytes(b"this is not a database" * 100)
    digest = sha256(bad)
    settings = Settings(sqlite_path=str(bad))
    settings.save()
    fake = officer(Choice.LOCAL)

    startup = Startup(settings)
    result = startup.run()

    assert result is not None
    [shown] = fake.seen
    assert shown["title"] == TITLE and shown["heading"] == TITLE
    assert "bozuk" in shown["message"] and str(bad) in shown["message"]
    assert shown["where"] == f"Veritabanı: SQLite — {bad}"
    assert shown["buttons"] == [BUTTONS[c] for c in (Choice.RETRY, Choice.SETTINGS, Choice.LOCAL, Choice.QUIT)]
    assert "Neden kodu: corrupt" in shown["details"]
    new = Path(result.ctx.target.url.database)
    try:
        assert new != bad and new.parent == bad.parent and new.exists()
        assert re.fullmatch(r"ush-izin-\d{8}-\d{6}\.db", new.name)
        assert settings.sqlite_path == str(new)
        assert Settings.load().sqlite_path == str(new)      # remembered for the next start
        assert overview.state_counts(result.ctx)              # the new database is migrated and usable
        assert any(str(bad) in note for note in startup.notes)
    finally:
        result.ctx.engine.dispose()
    assert sha256(bad) == digest                              # byte for byte as it was
    assert not Path(f"{bad}-wal").exists() and not Path(f"{bad}-shm").exists()


def test_retrying_a_corrupt_file_asks_again_and_quitting_opens_nothing(qtbot, officer, tmp_path):
    bad = tmp_path / "ush-izin.db"
    bad.write_bytes(b"this is not a database" * 100)
    digest = sha256(bad)
    fake = officer(Choice.RETRY, Choice.QUIT)
    assert Startup(Settings(sqlite_path=str(bad))).run() is None
    assert len(fake.seen) == 2 and all("bozuk" in s["message"] for s in fake.seen)
    assert sha256(bad) == digest
    assert [p.name for p in tmp_path.iterdir()] == ["ush-izin.db"]


def test_a_corrupt_file_given_on_the_command_line_falls_back_to_the_usual_local_database(qtbot, officer, tmp_path):
    bad = tmp_path / "elden-gelen.db"
    bad.write_bytes(b"this is not a database" * 100)
    digest = sha256(bad)
    officer(Choice.LOCAL)
    settings = Settings()
    result = Startup(settings, db_url=f"sqlite:///{bad}").run()
    try:
        assert Path(result.ctx.target.url.database) == default_sqlite_path()
        assert settings.sqlite_path is None
    finally:
        result.ctx.engine.dispose()
    assert sha256(bad) == digest


# -- (b) PostgreSQL down --------------------------------------------------------------------------------


def test_postgresql_down_says_so_and_quitting_returns_without_a_window(qtbot, officer, no_questions,
                                                                      shown_windows):
    port = _free_port()
    fake = officer(Choice.QUIT)
    before = _windows()
    rc = run_gui(db_url=f"postgresql+psycopg://ush:x@127.0.0.1:{port}/ush_izin", settings=Settings())
    assert rc == 1
    assert _windows() == before and shown_windows == []
    [shown] = fake.seen
    assert shown["reason"] == "unreachable"
    assert "bağlanılamadı" in shown["message"] and f"127.0.0.1:{port}/ush_izin" in shown["message"]
    assert Choice.RETRY in shown["choices"] and Choice.PASSWORD not in shown["choices"]
    assert shown["where"] == f"Veritabanı: PostgreSQL — 127.0.0.1:{port}/ush_izin"
    assert no_questions == []


def test_postgresql_down_then_local_opens_the_local_database_for_this_session_only(qtbot, officer):
    port = _free_port()
    url = f"postgresql+psycopg://ush@127.0.0.1:{port}/ush_izin"
    settings = Settings(db_url=url)
    settings.save()
    officer(Choice.RETRY, Choice.LOCAL)
    startup = Startup(settings)
    result = startup.run()
    try:
        assert not result.ctx.target.is_postgres
        assert Path(result.ctx.target.url.database) == default_sqlite_path()
    finally:
        result.ctx.engine.dispose()
    assert Settings.load().db_url == url                   # the shared server stays the setting
    assert any("yerel veritabanı" in n for n in startup.notes)


# -- (c) a wrong password -------------------------------------------------------------------------------


@pytest.fixture
def fresh_pg_database(pg_server):
    name = "ush_ui_parola"
    admin = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    yield name
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_a_wrong_password_is_explained_and_nothing_is_opened(qtbot, officer, pg_server, no_questions,
                                                             shown_windows):
    fake = officer(Choice.QUIT)
    before = _windows()
    rc = run_gui(db_url=pg_server.url("postgres", password="yanlis"), settings=Settings())
    assert rc == 1 and _windows() == before and shown_windows == []
    [shown] = fake.seen
    assert shown["reason"] == "auth"
    assert "kullanıcı adını ya da parolayı" in shown["message"]
    assert shown["buttons"] == [BUTTONS[c] for c in
                                (Choice.RETRY, Choice.PASSWORD, Choice.SETTINGS, Choice.LOCAL, Choice.QUIT)]
    assert "password authentication failed" in shown["details"]


def test_typing_the_right_password_opens_the_database_and_keeps_it_in_the_keyring(
        qtbot, officer, monkeypatch, pg_server, fresh_pg_database, mem_keyring):
    fake = officer(Choice.PASSWORD)
    asked = []

    def password_prompt(parent, where, user):
        asked.append((where, user))
        return pg_server.password, True

    monkeypatch.setattr(PasswordDialog, "ask", password_prompt)
    startup = Startup(Settings(), db_url=pg_server.url(fresh_pg_database, password="yanlis"))
    result = startup.run()
    try:
        assert result is not None and result.ctx.target.is_postgres
        assert result.ctx.target.url.password is None       # the rejected password is gone
        assert overview.has_any_facility(result.ctx) is False
        assert asked == [(f"{pg_server.host}:{pg_server.port}/{fresh_pg_database}", pg_server.user)]
        assert len(fake.seen) == 1
        assert mem_keyring.get_password("ush-izin", result.ctx.target.password_key) == pg_server.password
    finally:
        result.ctx.engine.dispose()


def test_the_password_prompt_is_a_masked_field_with_turkish_texts(qtbot):
    dialog = PasswordDialog(None, "sunucu:5432/ush_izin", "ism_izmir")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Veritabanı parolası"
    assert dialog.intro.text() == "ism_izmir kullanıcısının parolası (sunucu:5432/ush_izin):"
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert not dialog.remember.isChecked()     # the keyring keeps it only when the officer asks (issue 13)


# -- (d) a database newer than the application --------------------------------------------------------


def _set_version(url, value: str | None = None) -> str:
    engine = create_engine(url)
    with engine.begin() as c:
        if value is not None:
            c.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": value})
        current = c.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    engine.dispose()
    return current


def test_a_newer_database_is_refused_and_left_untouched(qtbot, officer, target):
    _set_version(target.url, "9999_gelecek")
    fake = officer(Choice.QUIT)
    url = target.url.render_as_string(hide_password=False)
    assert Startup(Settings(), db_url=url).run() is None
    [shown] = fake.seen
    assert shown["reason"] == "newer_schema"
    assert "daha yeni" in shown["message"] and "9999_gelecek" in shown["message"]
    assert Choice.RETRY not in shown["choices"]
    assert Choice.LOCAL in shown["choices"] and Choice.QUIT in shown["choices"]
    assert _set_version(target.url) == "9999_gelecek"


def test_a_newer_database_can_be_left_for_the_local_one(qtbot, officer, target):
    _set_version(target.url, "9999_gelecek")
    officer(Choice.LOCAL)
    result = Startup(Settings(), db_url=target.url.render_as_string(hide_password=False)).run()
    try:
        assert Path(result.ctx.target.url.database) == default_sqlite_path()
    finally:
        result.ctx.engine.dispose()
    assert _set_version(target.url) == "9999_gelecek"


def test_a_newer_local_file_is_never_overwritten_either(qtbot, officer, tmp_path):
    from app.workflows.admin.bootstrap import open_database
    from app.workflows.admin.connection import target_for

    path = tmp_path / "ush-izin.db"
    open_database(target=target_for(None, str(path))).ctx.engine.dispose()
    _set_version(f"sqlite:///{path}", "9999_gelecek")
    digest = sha256(path)
    settings = Settings(sqlite_path=str(path))
    officer(Choice.LOCAL)
    result = Startup(settings).run()
    try:
        new = Path(result.ctx.target.url.database)
        assert new != path and new.parent == path.parent
        assert settings.sqlite_path == str(new)
    finally:
        result.ctx.engine.dispose()
    assert sha256(path) == digest
    assert _set_version(f"sqlite:///{path}") == "9999_gelecek"


# -- after the database opened --------------------------------------------------------------------------


@pytest.fixture
def fake_demo(monkeypatch):
    calls = []
    module = types.ModuleType("app.demo.data")

    def generate(ctx, applications, seed, today, progress=None, cancel=None):
        calls.append({"applications": applications, "seed": seed, "today": today})
        for done in range(applications + 1):
            if progress:
                progress(done, applications)
        add_facility(ctx)
        return {"tesis": 1}

    module.generate = generate
    monkeypatch.setitem(sys.modules, "app.demo.data", module)
    return calls


def test_demo_fills_an_empty_database_without_asking(qtbot, ctx, fake_demo, no_questions):
    assert Startup(Settings()).prepare_content(ctx, demo=True, demo_applications=7) is True
    assert fake_demo == [{"applications": 7, "seed": 1, "today": ctx.clock.today()}]
    assert no_questions == []
    assert overview.has_any_facility(ctx)


def test_an_empty_database_asks_first_and_no_means_no(qtbot, ctx, fake_demo, no_questions):
    assert Startup(Settings()).prepare_content(ctx, demo=False) is False
    assert no_questions == ["first-run"] and fake_demo == []


def test_yes_to_the_first_run_question_fills_the_database(qtbot, ctx, fake_demo, monkeypatch):
    monkeypatch.setattr(FirstRunQuestion, "ask", lambda parent: True)
    assert Startup(Settings()).prepare_content(ctx, demo=False, demo_applications=3) is True
    assert fake_demo[0]["applications"] == 3


def test_a_database_with_facilities_is_not_touched(qtbot, ctx, fake_demo, no_questions):
    add_facility(ctx)
    assert Startup(Settings()).prepare_content(ctx, demo=True) is False
    assert fake_demo == [] and no_questions == []


def test_the_first_run_question_is_in_turkish_with_evet_and_hayir(qtbot):
    box, yes = FirstRunQuestion.build(None)
    qtbot.addWidget(box)
    assert box.text() == "Veritabanı boş. Örnek verilerle doldurulsun mu?"
    assert sorted(b.text() for b in box.buttons()) == ["Evet", "Hayır"] and yes.text() == "Evet"


def test_run_gui_opens_the_main_window_on_a_good_database(qtbot, monkeypatch, tmp_path, no_questions):
    shown = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(
        (self.windowTitle(), self.nav_labels(), self.db_label.text(), self.user_label.text())))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    db = tmp_path / "iyi.db"
    assert run_gui(db_url=f"sqlite:///{db}", settings=Settings()) == 0
    assert shown == [("USH İzin", ["Özet", "İSM", "SHGM", "KTS", "Yönetim"], f"Veritabanı: SQLite — {db}",
                      "Kullanıcı: Sistem Yöneticisi (Sistem Yöneticisi)")]
    assert no_questions == ["first-run"]
    assert QApplication.instance().applicationDisplayName() == "USH İzin"
    assert application.app_icon().isNull() is False


def test_cancelling_the_login_closes_the_application_without_a_window(qtbot, monkeypatch, tmp_path,
                                                                      no_questions):
    monkeypatch.setattr(LoginDialog, "ask", classmethod(lambda cls, db, parent=None, username="": db.wait() and None))
    monkeypatch.setattr(MainWindow, "show", lambda self: pytest.fail("no window without a login"))
    assert run_gui(db_url=f"sqlite:///{tmp_path / 'giris.db'}", settings=Settings()) == 1


# -- Ayarlar… and a password written into the settings file -------------------------------------------


def test_settings_from_the_error_dialog_pick_another_database_and_start_continues(qtbot, officer, monkeypatch,
                                                                                  tmp_path):
    from app.ui.settings_dialog import SettingsDialog

    bad = tmp_path / "bozuk.db"
    bad.write_bytes(b"this is not a database" * 100)
    good = tmp_path / "masa.db"
    fake = officer(Choice.SETTINGS)

    def edit(parent, settings, connection_only=False):
        dialog = SettingsDialog(parent, settings, connection_only=connection_only)
        qtbot.addWidget(dialog)
        assert connection_only and not dialog.language_box.isVisibleTo(dialog)
        dialog.local_radio.setChecked(True)
        dialog.sqlite_path.setText(str(good))
        dialog.accept()
        return dialog.result_value

    monkeypatch.setattr(SettingsDialog, "edit", edit)
    settings = Settings()
    result = Startup(settings, db_url=f"sqlite:///{bad}").run()
    try:
        assert Path(result.ctx.target.url.database) == good
        assert Settings.load().sqlite_path == str(good)
        assert len(fake.seen) == 1
    finally:
        result.ctx.engine.dispose()


def test_a_password_in_the_settings_file_is_refused_without_a_retry_button(qtbot, officer):
    settings = Settings(db_url="postgresql+psycopg://ush:gizli@sunucu:5432/ush_izin")
    fake = officer(Choice.QUIT)
    assert Startup(settings).run() is None
    [shown] = fake.seen
    assert shown["reason"] == "password_in_config" and "parola" in shown["message"]
    assert shown["choices"] == [Choice.SETTINGS, Choice.LOCAL, Choice.QUIT]


def test_the_error_dialog_hides_details_until_asked_and_escape_means_quit(qtbot):
    from app.workflows.admin.connection import DatabaseUnavailable

    error = DatabaseUnavailable("unreachable", "PostgreSQL sunucusuna (db:5432/ush) bağlanılamadı.",
                                "connection refused")
    dialog = StartupErrorDialog(None, error, [Choice.RETRY, Choice.QUIT], "Veritabanı: PostgreSQL — db:5432/ush")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.details_button.text() == "Ayrıntılar" and not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible() and "connection refused" in dialog.details.toPlainText()
    dialog.choice = Choice.RETRY
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice == Choice.QUIT and not dialog.isVisible()


def test_cancelling_the_demo_progress_leaves_the_database_empty(qtbot, ctx, monkeypatch, no_questions):
    module = types.ModuleType("app.demo.data")

    from app.workflows.common.progress import WorkCancelled

    def generate(ctx, applications, seed, today, progress=None, cancel=None):
        progress(1, applications)
        QApplication.activeModalWidget().cancel()     # the officer presses Vazgeç
        if cancel():
            raise WorkCancelled("Örnek veri üretimi iptal edildi; veritabanına hiçbir şey yazılmadı.")
        add_facility(ctx)

    module.generate = generate
    monkeypatch.setitem(sys.modules, "app.demo.data", module)
    startup = Startup(Settings())
    assert startup.fill_demo(ctx, 10) is False
    assert not overview.has_any_facility(ctx) and no_questions == []   # a cancellation is no warning
    assert startup.notes == ["Örnek veri üretimi iptal edildi; veritabanına hiçbir şey yazılmadı."]


def test_the_real_demo_data_fills_the_desks(qtbot, ctx, no_questions):
    assert Startup(Settings()).prepare_content(ctx, demo=True, demo_applications=12) is True
    assert sum(overview.state_counts(ctx).values()) == 12 and overview.has_any_facility(ctx)
