"""Settings: the signing certificate (subject and validity shown, passphrase to the keyring only), the data
folder (nothing moves, the database stays in place), the language switched live in the open main window,
Enter / Escape and the tab order."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from PySide6.QtCore import Qt

from app.config import Settings, data_dir, default_sqlite_path
from app.storage.secrets import get_secret
from app.ui.settings_dialog import DATA_DIR_KEY, ERROR_COLOUR, OK_COLOUR, SettingsDialog, apply_data_dir
from app.ui.startup_dialogs import Notice
from app.workflows.common.signing import secret_key
from tests.support.ui import type_text

PASSPHRASE = "gizli-şifre"


def make_p12(path, cn="Ayşe Yılmaz (SHGM Onay Yetkilisi)", days=365, start=None, passphrase=PASSPHRASE):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    issuer = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kamu SM Test Kökü")])
    start = start or dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(issuer).public_key(key.public_key())
            .serial_number(0xA1B2).not_valid_before(start).not_valid_after(start + dt.timedelta(days=days))
            .sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"shgm", key, cert, None,
                                                           BestAvailableEncryption(passphrase.encode())))
    return path


@pytest.fixture
def dialog(qtbot):
    d = SettingsDialog(None, Settings())
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_the_certificate_shows_its_subject_and_validity(qtbot, dialog, tmp_path):
    p12 = make_p12(tmp_path / "shgm.p12", start=dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=10))
    assert dialog.signing_box.title() == "İmza sertifikası (Faaliyet İzin Belgesi)"
    dialog.cert_path.setText(str(p12))
    type_text(dialog.cert_passphrase, "yanlış")
    qtbot.mouseClick(dialog.cert_test_button, Qt.MouseButton.LeftButton)
    assert dialog.cert_info.text() == "✘ İmza sertifikası açılamadı (shgm.p12): parola yanlış ya da dosya bozuk."
    assert ERROR_COLOUR in dialog.cert_info.styleSheet()
    dialog.cert_passphrase.clear()
    type_text(dialog.cert_passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.cert_test_button, Qt.MouseButton.LeftButton)
    text = dialog.cert_info.text()
    assert text.startswith("✔ Ayşe Yılmaz (SHGM Onay Yetkilisi) — veren: Kamu SM Test Kökü; geçerlilik: ")
    assert OK_COLOUR in dialog.cert_info.styleSheet()
    assert not Settings.path().exists()                    # trying saves nothing


def test_an_expired_certificate_is_shown_red(qtbot, dialog, tmp_path):
    p12 = make_p12(tmp_path / "eski.p12", start=dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc), days=30)
    dialog.cert_path.setText(str(p12))
    type_text(dialog.cert_passphrase, PASSPHRASE)
    assert dialog.test_certificate() is True
    assert dialog.cert_info.text().endswith("geçerlilik: 01.01.2020 – 31.01.2020 (bugün geçerli değil)")
    assert ERROR_COLOUR in dialog.cert_info.styleSheet()


def test_ok_saves_the_certificate_path_and_the_passphrase_only_in_the_keyring(qtbot, dialog, tmp_path):
    p12 = make_p12(tmp_path / "shgm.p12")
    dialog.cert_path.setText(str(p12))
    type_text(dialog.cert_passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.cert_passphrase, Qt.Key.Key_Return)     # Enter accepts the dialog
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.result_value.certificate_changed
    raw = Settings.path().read_text(encoding="utf-8")
    assert json.loads(raw)["signing_cert_path"] == str(p12) and PASSPHRASE not in raw
    assert get_secret(secret_key(str(p12))) == PASSPHRASE
    from app.workflows.common import signing

    assert signing.load_identity().subject == "Ayşe Yılmaz (SHGM Onay Yetkilisi)"   # the desk signs with it
    again = SettingsDialog(None, Settings.load())
    qtbot.addWidget(again)
    assert again.cert_passphrase.placeholderText() == "anahtar deposunda kayıtlı; değiştirmek için yazın"


def test_a_certificate_that_does_not_open_is_not_saved(qtbot, dialog, tmp_path):
    dialog.cert_path.setText(str(tmp_path / "yok.p12"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and not Settings.path().exists()
    assert dialog.cert_info.text().startswith("✘ İmza sertifikası dosyası bulunamadı")


def test_escape_cancels_without_saving(qtbot, dialog):
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == dialog.DialogCode.Rejected and not Settings.path().exists()


def test_tab_goes_down_the_page(qtbot, dialog):
    assert dialog.test_button.nextInFocusChain() is dialog.cert_path
    assert dialog.cert_test_button.nextInFocusChain() is dialog.language
    assert dialog.language.nextInFocusChain() is dialog.data_dir_button


def test_ush_data_dir_fixes_the_data_folder(dialog):
    assert not dialog.data_dir_button.isEnabled()     # the tests run with USH_DATA_DIR set
    assert dialog.data_dir_button.toolTip() == "USH_DATA_DIR ortam değişkeni bu klasörü belirliyor."


def test_changing_the_data_folder_moves_nothing_and_keeps_the_database(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("USH_DATA_DIR")               # the platform's data folder (only named, never written)
    dialog = SettingsDialog(None, Settings())
    qtbot.addWidget(dialog)
    old_db = default_sqlite_path()
    assert dialog.data_dir.text() == str(data_dir())
    assert "hiçbir dosya taşınmaz" in dialog.data_note.text()
    new = tmp_path / "yeni-veri"
    dialog.ask_data_dir = lambda: str(new)
    qtbot.mouseClick(dialog.data_dir_button, Qt.MouseButton.LeftButton)
    assert dialog.data_dir.text() == str(new)
    dialog.accept()
    assert dialog.result_value.data_dir_changed
    saved = Settings.load()
    assert saved.extra[DATA_DIR_KEY] == str(new)
    assert saved.sqlite_path == str(old_db)       # the database file stays where it was
    assert not new.exists()                       # nothing moved, nothing made yet
    # the next start uses the new folder (unless USH_DATA_DIR says otherwise)
    apply_data_dir(saved)
    assert os.environ["USH_DATA_DIR"] == str(new) and data_dir() == new


def test_the_main_window_tells_that_the_new_folder_comes_at_the_next_start(qtbot, window, monkeypatch, tmp_path):
    told = []
    monkeypatch.setattr(Notice, "info", lambda parent, title, text: told.append(text))

    def edit(parent, settings, connection_only=False, ctx=None):
        d = SettingsDialog(parent, settings)
        qtbot.addWidget(d)
        d.data_dir.setText(str(tmp_path / "baska"))
        d.accept()
        return d.result_value

    monkeypatch.setattr(SettingsDialog, "edit", edit)
    window.settings_action.trigger()
    assert told == ["Yeni veri klasörü uygulama yeniden başlatıldığında kullanılacak; hiçbir dosya taşınmadı."]


def test_english_chosen_in_settings_switches_the_open_main_window_and_is_remembered(qtbot, window, monkeypatch):
    def edit(parent, settings, connection_only=False, ctx=None):
        d = SettingsDialog(parent, settings)
        qtbot.addWidget(d)
        d.language.setCurrentIndex(d.language.findData("en"))
        d.accept()
        return d.result_value

    monkeypatch.setattr(SettingsDialog, "edit", edit)
    assert window.nav_labels()[-1] == "Yönetim"
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: window.nav_labels()[-1] == "Administration", timeout=2000)
    assert window.file_menu.title() == "&File"
    assert Settings.load().language == "en"
