"""The login dialog on a server-initialised PostgreSQL database: the server checks the password and the person
works on a connection of their own (issue 13)."""

from __future__ import annotations

import contextlib
import io
import os
import re

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import app.cli.main as cli
from app.storage.database import Target, make_engine
from app.ui.admin import ChangePasswordDialog, LoginDialog
from app.workflows.common.context import AppContext

pytestmark = pytest.mark.engines("postgresql")
NEW = "Yonetici2026ekran"


@pytest.fixture
def secured_ctx(pg_server, template):
    name = f"uilogin_{os.getpid()}"
    su = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with su.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"'))
        c.execute(text('DROP ROLE IF EXISTS "yonetici"'))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["--db", pg_server.url(name), "server", "init"]) == 0
    once = re.search(r"Hesap yonetici: tek kullanımlık parola (\S+)", out.getvalue()).group(1)
    target = Target(make_url(pg_server.url(name)))
    ctx = AppContext(make_engine(target), target)
    yield ctx, once
    ctx.engine.dispose()
    with su.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        c.execute(text('DROP ROLE IF EXISTS "yonetici"'))
    su.dispose()


def test_the_login_connects_as_the_person_after_the_forced_change(qtbot, secured_ctx):
    ctx, once = secured_ctx
    d = LoginDialog(ctx, username="yonetici")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.password.setText("yanlis-parola1")
    d.login()
    assert d.error.text() == "Kullanıcı adı ya da parola yanlış." and d.actor is None

    def fill(dialog: ChangePasswordDialog) -> bool:
        dialog.new.setText(NEW)
        dialog.repeat.setText(NEW)
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    d.open_change_dialog = fill
    d.password.setText(once)
    d.login()
    assert d.result() == QDialog.DialogCode.Accepted and d.actor.username == "yonetici"
    session = d.session_ctx
    try:
        assert session is not None and session.target.url.username == "yonetici"
        with session.read_connection() as conn:
            assert conn.execute(text("SELECT session_user")).scalar() == "yonetici"
    finally:
        session.engine.dispose()
    again = LoginDialog(ctx, username="yonetici")
    qtbot.addWidget(again)
    again.password.setText(NEW)
    again.login()
    assert again.result() == QDialog.DialogCode.Accepted and again.session_ctx.target.url.username == "yonetici"
    again.session_ctx.engine.dispose()
