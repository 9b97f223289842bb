"""Settings: choosing the database, testing the connection inline, saving without ever writing the password."""

from __future__ import annotations

import json

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, Qt

from app.config import Settings, default_sqlite_path
from app.storage.secrets import db_password_key
from app.ui.settings_dialog import ERROR_COLOUR, OK_COLOUR, SettingsDialog
from app.ui.startup_dialogs import Notice
from app.workflows.admin import connection
from tests.support.ui import type_text


@pytest.fixture
def dialog(qtbot):
    d = SettingsDialog(None, Settings())
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def choose(qtbot, radio) -> None:
    """Click the radio button's indicator (the widget is wider than its text)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def fill_server(qtbot, d: SettingsDialog, pg_server, password: str, database: str = "postgres") -> None:
    choose(qtbot, d.server_radio)
    for field, value in ((d.host, pg_server.host), (d.database, database), (d.user, pg_server.user)):
        field.clear()
        qtbot.keyClicks(field, value)
    d.port.setValue(pg_server.port)
    d.password.clear()
    type_text(d.password, password)   # the test password has a ş: qtbot.keyClicks would abort


def test_the_dialog_is_in_turkish_and_starts_on_the_local_database(dialog):
    assert dialog.windowTitle() == "Ayarlar"
    assert dialog.local_radio.text() == "Yerel veritabanı (SQLite)" and dialog.local_radio.isChecked()
    assert dialog.server_radio.text() == "Ortak sunucu (PostgreSQL)"
    assert dialog.test_button.text() == "Bağlantıyı sına"
    assert dialog.sqlite_path.text() == str(default_sqlite_path())
    assert not dialog.host.isEnabled() and dialog.sqlite_path.isEnabled()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["Türkçe", "English"]


def test_testing_a_local_file_shows_a_green_success(qtbot, dialog, tmp_path):
    dialog.sqlite_path.setText(str(tmp_path / "yeni.db"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text().startswith("✔ Bağlantı başarılı: SQLite 3.")
    assert OK_COLOUR in dialog.test_result.styleSheet()
    assert not (tmp_path / "yeni.db").exists()          # testing creates nothing


def test_testing_a_corrupt_local_file_shows_a_red_reason(qtbot, dialog, tmp_path):
    bad = tmp_path / "bozuk.db"
    bad.write_bytes(b"this is not a database" * 100)
    dialog.sqlite_path.setText(str(bad))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text().startswith("✘ ") and "bozuk" in dialog.test_result.text()
    assert ERROR_COLOUR in dialog.test_result.styleSheet()


def test_a_server_with_missing_fields_is_not_tried(qtbot, dialog):
    choose(qtbot, dialog.server_radio)
    dialog.user.clear()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text() == "✘ Eksik alan: Kullanıcı adı"


def test_testing_the_server_reports_its_version_or_the_password_problem(qtbot, dialog, pg_server):
    fill_server(qtbot, dialog, pg_server, "yanlis")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text().startswith("✘ ")
    assert "kullanıcı adını ya da parolayı kabul etmedi" in dialog.test_result.text()
    fill_server(qtbot, dialog, pg_server, pg_server.password)
    assert dialog.test_result.text() == ""               # editing clears the old result
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text().startswith("✔ Bağlantı başarılı: PostgreSQL ")
    assert OK_COLOUR in dialog.test_result.styleSheet()


def test_a_server_that_is_down_is_reported(qtbot, dialog):
    from tests.support.pgserver import _free_port

    choose(qtbot, dialog.server_radio)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(_free_port())
    dialog.user.setText("ush")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "bağlanılamadı" in dialog.test_result.text()


def test_ok_saves_the_server_but_the_password_only_in_the_keyring(qtbot, dialog, pg_server, mem_keyring):
    fill_server(qtbot, dialog, pg_server, pg_server.password)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_value.connection_changed and dialog.result_value.session_password is None
    raw = Settings.path().read_text(encoding="utf-8")
    assert pg_server.password not in raw and "ş" not in raw
    saved = json.loads(raw)
    assert saved["db_url"] == f"postgresql+psycopg://{pg_server.user}@{pg_server.host}:{pg_server.port}/postgres"
    key = db_password_key(pg_server.user, pg_server.host, pg_server.port, "postgres")
    assert mem_keyring.get_password("ush-izin", key) == pg_server.password
    # the next start finds the password in the keyring
    assert connection.test_connection(saved["db_url"], None, None).startswith("Bağlantı başarılı: PostgreSQL")


def test_without_a_secure_keyring_the_password_stays_in_memory_only(qtbot, dialog, pg_server, monkeypatch):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    told = []
    monkeypatch.setattr(Notice, "info", lambda parent, title, text: told.append((title, text)))
    fill_server(qtbot, dialog, pg_server, pg_server.password)
    dialog.accept()
    assert dialog.result_value.session_password == pg_server.password
    assert told and told[0][0] == "Parola kaydedilmedi" and "anahtar deposu" in told[0][1]
    raw = Settings.path().read_text(encoding="utf-8")
    assert pg_server.password not in raw and json.loads(raw)["db_url"].startswith("postgresql+psycopg://")


def test_ok_on_the_local_database_saves_the_file(qtbot, tmp_path):
    settings = Settings(db_url="postgresql+psycopg://ush@sunucu:5432/ush_izin")
    d = SettingsDialog(None, settings)
    qtbot.addWidget(d)
    assert d.server_radio.isChecked() and d.host.text() == "sunucu" and d.database.text() == "ush_izin"
    choose(qtbot, d.local_radio)
    d.sqlite_path.setText(str(tmp_path / "masa.db"))
    d.accept()
    loaded = Settings.load()
    assert loaded.db_url is None and loaded.sqlite_path == str(tmp_path / "masa.db")


def test_choosing_english_switches_the_interface_at_once(qtbot, dialog):
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert dialog.result_value.language_changed
    assert Settings.load().language == "en"
    # LanguageChange reaches the open widgets through the event loop
    qtbot.waitUntil(lambda: dialog.test_button.text() == "Test connection", timeout=2000)
    assert dialog.local_radio.text() == "Local database (SQLite)"
