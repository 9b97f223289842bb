"""Ayarlar says where the audit checkpoints' signing key lives (issue 14): the keyring, or — on a desk without
one — the 0600 file in the config folder, with its path."""

from __future__ import annotations

import keyring
from keyring.backends import fail

from app.config import Settings, config_dir
from app.ui.settings_dialog import SettingsDialog


def test_the_key_in_the_keyring_is_said(qtbot):
    dialog = SettingsDialog(None, Settings())
    qtbot.addWidget(dialog)
    assert dialog.anchor_note.text() == "Denetim izi imza anahtarı: bu bilgisayarın güvenli anahtar deposunda (keyring)."


def test_a_desk_without_a_keyring_is_told_the_key_file(qtbot, monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    dialog = SettingsDialog(None, Settings())
    qtbot.addWidget(dialog)
    text = dialog.anchor_note.text()
    assert "güvenli anahtar deposu yok" in text and str(config_dir() / "audit-anchor.key") in text
