"""The login dialog: wrong password and lockout messages in place, the forced first-login password change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from app.ui.admin import ChangePasswordDialog, LoginDialog
from app.workflows.admin import users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import TR, FixedClock
from app.workflows.common.vocabulary import Role
from tests.support.ui import type_text

GOOD = "Güneş2026İzmir"


@pytest.fixture
def desk(ctx):
    c = ctx.as_user(default_actor(ctx))
    c.clock = FixedClock(dt.datetime(2026, 11, 23, 14, 10, tzinfo=TR).astimezone(dt.timezone.utc))
    info, temp = users.create_user(c, "ism35.memur", "Şule Öztürk", Role.ISM_OFFICER, 35)
    users.change_password(c, "ism35.memur", temp, GOOD)
    return c


def _dialog(qtbot, ctx, name=""):
    d = LoginDialog(ctx, username=name)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_a_correct_login_accepts_with_the_actor(qtbot, desk):
    d = _dialog(qtbot, desk)
    qtbot.keyClicks(d.username, "ism35.memur")
    type_text(d.password, GOOD)  # non-ASCII through the helper
    d.login()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.actor.username == "ism35.memur" and d.actor.province_id == 35


def test_wrong_password_is_shown_in_place_and_the_password_cleared(qtbot, desk):
    d = _dialog(qtbot, desk, "ism35.memur")
    d.password.setText("yanlis")
    d.login()
    assert d.error.isVisible() and d.error.text() == "Kullanıcı adı ya da parola yanlış."
    assert d.password.text() == "" and d.actor is None and d.result() != QDialog.DialogCode.Accepted


def test_the_fifth_failure_says_until_when_the_account_is_locked(qtbot, desk):
    d = _dialog(qtbot, desk, "ism35.memur")
    for _ in range(5):
        d.password.setText("yanlis")
        d.login()
    assert "Hesabınız 14:25'e kadar kilitli" in d.error.text()
    d.password.setText(GOOD)
    d.login()
    assert "kilitli" in d.error.text() and d.actor is None


def test_first_login_forces_a_password_change(qtbot, desk):
    d = _dialog(qtbot, desk, "yonetici")
    shown = []

    def fill(dialog: ChangePasswordDialog) -> bool:
        shown.append(dialog)
        assert not dialog.old.isVisible()
        dialog.new.setText("kısa")
        dialog.repeat.setText("kısa")
        dialog.save()
        assert "en az 10 karakter" in dialog.error.text()
        dialog.new.setText("Yönetici2026")
        dialog.repeat.setText("Yonetici2026")
        dialog.save()
        assert "aynı değil" in dialog.error.text()
        dialog.repeat.setText("Yönetici2026")
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    d.open_change_dialog = fill
    d.password.setText(_one_time_password(desk))   # no password-less account: a one-time password (issue 13)
    d.login()
    assert shown and d.result() == QDialog.DialogCode.Accepted
    assert d.actor.username == "yonetici" and d.actor.role == Role.ADMIN
    assert users.authenticate(desk, "yonetici", "Yönetici2026").username == "yonetici"


def test_refusing_the_change_keeps_the_user_out(qtbot, desk):
    d = _dialog(qtbot, desk, "yonetici")
    d.open_change_dialog = lambda dialog: False
    d.password.setText(_one_time_password(desk))
    d.login()
    assert d.actor is None and "Parola değiştirilmeden" in d.error.text()


def _one_time_password(desk) -> str:  # type: ignore[no-untyped-def]
    """The first administrator's one-time password, as a new database or the administrator would give it."""
    from app.workflows.admin.bootstrap import default_actor

    return users.reset_password(desk.as_user(default_actor(desk)), users.find_user_id(desk, "yonetici"))


def test_the_refused_login_is_drawn_with_its_message_inside_the_dialog(qtbot, desk, tmp_path):
    """The dialog does not close or open a message box: it draws the message in place (the image the user sees
    is the whole dialog; docs/screenshots come from scripts/screenshots.py)."""
    d = _dialog(qtbot, desk, "ism35.memur")
    d.password.setText("yanlis")
    d.login()
    assert d.isVisible() and d.error.isVisible()
    assert d.error.geometry().intersects(d.rect())
    image = d.grab()
    assert not image.isNull() and image.size() == d.size()
    assert image.save(str(tmp_path / "login.png"))


def test_english_interface(qtbot, qapp, desk):
    from app.ui import i18n

    d = _dialog(qtbot, desk, "ism35.memur")
    assert i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: d.windowTitle() == "USH İzin — Login", timeout=2000)
    for _ in range(5):
        d.password.setText("yanlis")
        d.login()
    assert d.error.text() == "Too many failed login attempts. Your account is locked until 14:25."
