"""The signing desks ask for the signing passphrase once per session where no keyring keeps it
(app.ui.common.passphrase, shared by the SHGM and İSM desks)."""

from __future__ import annotations

import pytest

from app.storage import secrets
from app.ui.common import passphrase
from app.workflows.admin import certificates
from app.workflows.common import signing
from tests.support.signing import PASSPHRASE, use_test_certificate


@pytest.fixture
def no_keyring(tmp_path, monkeypatch):
    path = use_test_certificate(tmp_path / "imza")
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    signing.forget_session_passphrases()
    yield path
    signing.forget_session_passphrases()


def test_asked_once_then_kept(qtbot, no_keyring, monkeypatch):
    asked = []
    monkeypatch.setattr(passphrase, "ask", lambda parent, path: asked.append(path) or PASSPHRASE)
    assert passphrase.ready_to_sign(None)
    assert passphrase.ready_to_sign(None)
    assert asked == [no_keyring] and certificates.passphrase_needed() is None


def test_a_wrong_passphrase_is_asked_again_and_cancel_stops(qtbot, no_keyring, monkeypatch):
    answers = iter(["yanlış", None])
    errors = []
    monkeypatch.setattr(passphrase, "ask", lambda parent, path: next(answers))
    monkeypatch.setattr(passphrase.Messages, "error", staticmethod(lambda p, t, m: errors.append(m)))
    assert not passphrase.ready_to_sign(None)
    assert len(errors) == 1 and certificates.passphrase_needed() == no_keyring


def test_nothing_is_asked_with_the_demo_certificate(qtbot, monkeypatch):
    monkeypatch.setattr(passphrase, "ask", lambda parent, path: pytest.fail("asked"))
    assert passphrase.ready_to_sign(None)
