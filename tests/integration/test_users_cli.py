"""`ush-izin user add/list/unlock/reset-password` (both engines)."""

from __future__ import annotations

import re

import pytest

import app.cli.main as cli
from app.workflows.admin import users
from app.workflows.admin.bootstrap import default_actor
from tests.support.accounts import cli_admin, password_on_stdin


@pytest.fixture(autouse=True)
def _admin_commands(monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.admin"])


def test_user_commands(ctx, target, capsys, monkeypatch):
    url = target.url.render_as_string(hide_password=False)
    me = cli_admin(ctx, monkeypatch)
    assert cli.main(["--db", url, "user", "add", "ism35.memur", "--name", "Şule Öztürk", "--role", "ism_officer",
                     "--province", "35", *me]) == 0
    out = capsys.readouterr().out
    assert "İSM Personeli, İzmir" in out
    temp = re.search(r"Geçici parola: (\S+)", out).group(1)
    with pytest.raises(users.PasswordChangeRequired):
        users.authenticate(ctx, "ism35.memur", temp)
    assert cli.main(["--db", url, "user", "add", "x.y", "--name", "X", "--role", "ism_officer", *me]) == 2
    assert "il seçin" in capsys.readouterr().err
    for _ in range(5):
        with pytest.raises((users.LoginFailed, users.AccountLocked)):
            users.authenticate(ctx, "ism35.memur", "yanlis")
    assert cli.main(["--db", url, "user", "list", *me]) == 0
    listing = capsys.readouterr().out
    assert re.search(r"ism35\.memur\tŞule Öztürk\tİSM Personeli\tİzmir\tkilitli", listing)
    assert cli.main(["--db", url, "user", "unlock", "ism35.memur", *me]) == 0
    assert cli.main(["--db", url, "user", "reset-password", "ism35.memur", *me]) == 0
    new_temp = re.search(r"Geçici parola: (\S+)", capsys.readouterr().out).group(1)
    with pytest.raises(users.PasswordChangeRequired):
        users.authenticate(ctx, "ism35.memur", new_temp)
    # acting as an İSM officer: refused with the Turkish permission message (after its own password)
    users.change_password(ctx, "ism35.memur", new_temp, "Izmir2026memur")
    password_on_stdin(monkeypatch, "Izmir2026memur")
    assert cli.main(["--db", url, "user", "list", "--as", "ism35.memur", "--password-stdin"]) == 2
    assert "yetkiniz yok" in capsys.readouterr().err
    assert default_actor(ctx).username == "yonetici"
