"""Without a keyring the signing certificate's passphrase is asked for the session (never "use an unencrypted
key"): the desk asks once and keeps it in memory; the command line prompts or reads --passphrase-stdin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.cli import main as cli
from app.storage import secrets
from app.workflows.admin import certificates
from app.workflows.common import signing
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.shgm import forwarded
from tests.support.shgm import shgm as shgm_desk
from tests.support.signing import PASSPHRASE, use_test_certificate


@pytest.fixture
def no_keyring(tmp_path, monkeypatch) -> Path:
    """A configured, passphrase-protected certificate on a computer without a keyring."""
    path = use_test_certificate(tmp_path / "imza")
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    signing.forget_session_passphrases()
    yield path
    signing.forget_session_passphrases()


def test_without_a_keyring_the_passphrase_is_needed_then_kept_for_the_session(ctx, no_keyring):
    with pytest.raises(signing.PassphraseNeeded) as err:
        signing.load_identity()
    assert err.value.path == no_keyring and "parola" in err.value.message
    assert certificates.passphrase_needed() == no_keyring
    with pytest.raises(signing.SigningUnavailable):
        certificates.unlock_for_session(no_keyring, "yanlış-parola")
    assert certificates.passphrase_needed() == no_keyring            # a wrong one is not kept
    certificates.unlock_for_session(no_keyring, PASSPHRASE)
    assert certificates.passphrase_needed() is None
    ident = signing.load_identity()
    assert not ident.demo
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    did = shgm.assign_areas(approver, forwarded(ctx), [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, did, "CKYS-2026-1")
    assert not permits.issue_permit(approver, did).demo


def test_saving_in_the_settings_keeps_it_for_the_session_when_no_keyring(no_keyring):
    with pytest.raises(secrets.NoSecureStore):
        certificates.remember_passphrase(no_keyring, PASSPHRASE)
    assert certificates.passphrase_needed() is None and not signing.load_identity().demo
    assert PASSPHRASE not in Path(signing.Settings.path()).read_text(encoding="utf-8")


def _signing_handler(args) -> int:
    print("imzalayan:", signing.load_identity().subject)
    return 0


def test_the_command_line_reads_the_passphrase_from_stdin(no_keyring, monkeypatch, capsys):
    monkeypatch.setattr(cli, "_dispatch", lambda command, args: _signing_handler(args))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["--passphrase-stdin", "user", "list"]) == 0
    assert "SHGM Test İmza" in capsys.readouterr().out


def test_the_command_line_without_a_terminal_says_how(no_keyring, monkeypatch, capsys):
    monkeypatch.setattr(cli, "_dispatch", lambda command, args: _signing_handler(args))
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["user", "list"]) == 2
    assert "--passphrase-stdin" in capsys.readouterr().err


def test_the_command_line_prompts_on_a_terminal(no_keyring, monkeypatch, capsys):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(cli, "_dispatch", lambda command, args: _signing_handler(args))
    monkeypatch.setattr("sys.stdin", Tty(""))
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    assert cli.main(["user", "list"]) == 0
    assert len(asked) == 1 and "parolası" in asked[0]
