"""Ayarlar: the administrator sets the verification service's address that new permits' QR codes open
(issue 16); a malformed address is refused in Turkish and nothing is saved; other roles do not see the field."""

from __future__ import annotations

from app.config import Settings
from app.ui.settings_dialog import SettingsDialog
from app.workflows.common.system_settings import read_verification_base_url
from app.workflows.common.vocabulary import Role
from tests.support.demo import as_role


def test_the_administrator_sets_the_address_new_permits_carry(qtbot, ctx, messages):
    admin = as_role(ctx, Role.ADMIN)
    dialog = SettingsDialog(None, Settings(), ctx=admin)
    qtbot.addWidget(dialog)
    assert not dialog.service_box.isHidden() and dialog.base_url.text() == ""
    dialog.base_url.setText("usbs.saglik.gov.tr?x")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and read_verification_base_url(ctx) == ""
    assert messages.errors and "https://alan.adi" in messages.errors[0][1]
    dialog.base_url.setText("https://usbs.saglik.gov.tr/dogrula/")
    dialog.accept()
    assert read_verification_base_url(ctx) == "https://usbs.saglik.gov.tr"
    again = SettingsDialog(None, Settings(), ctx=admin)
    qtbot.addWidget(again)
    assert again.base_url.text() == "https://usbs.saglik.gov.tr"


def test_other_roles_do_not_see_the_address(qtbot, ctx):
    dialog = SettingsDialog(None, Settings(), ctx=as_role(ctx, Role.SHGM_APPROVER))
    qtbot.addWidget(dialog)
    assert dialog.service_box.isHidden() and not dialog.edits_base_url
