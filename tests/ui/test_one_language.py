"""One language on the screen (issue 17): in the English interface the workflows' messages (validation, refusals)
and the audit viewer's table and field names are English too; in Turkish they stay Turkish."""

from __future__ import annotations

from app.ui import i18n
from app.ui.admin import AuditViewer
from app.ui.admin.letter_settings import LetterSettingsPanel
from app.ui.common.operations import run
from app.workflows.admin import users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.vocabulary import Role
from tests.support.ism import officer


def test_the_english_interface_shows_a_validation_message_in_english(qtbot, qapp, user_ctx, messages):
    assert i18n.set_language(qapp, "en")
    panel = LetterSettingsPanel(user_ctx)
    qtbot.addWidget(panel)
    panel.province.setCurrentIndex(panel.province.findData(35))
    panel.email.setText("izmir-ism")
    panel.kep.setText("kep")
    assert not panel.save()
    assert panel.errors.message("email") == "E-mail address is invalid: it must have the form name@domain.tld."
    assert panel.errors.message("kep") == "KEP address is invalid: it must have the form name@domain.tld."
    i18n.set_language(qapp, "tr")
    assert not panel.save()
    assert panel.errors.message("email") == "E-posta adresi geçersiz: ad@alan.uzantı biçiminde olmalıdır."


def test_a_refusal_reads_in_english_with_the_roles_named_in_english(qtbot, qapp, ctx, messages):
    admin = ctx.as_user(default_actor(ctx))
    izmir = admin.as_user(officer(admin, "ism35.x", Role.ISM_OFFICER, 35, "Şule Öztürk"))
    assert i18n.set_language(qapp, "en")
    out = run(None, "Users", users.list_users, izmir)
    assert out.message.startswith("You are not authorised") and "System administrator" in out.message
    assert not any(ch in out.message for ch in "ğışİ")


def test_the_audit_viewer_names_tables_and_fields_as_officials_know_them_in_english(qtbot, qapp, ctx):
    admin = ctx.as_user(default_actor(ctx))
    info, _password = users.create_user(admin, "shgm.uzman", "Gülşen İnce", Role.SHGM_REVIEWER)
    users.update_user(admin, info.id, full_name="Gülşen İnce Şahin", role=Role.SHGM_APPROVER, province_id=None)
    assert i18n.set_language(qapp, "en")
    v = AuditViewer(admin)
    qtbot.addWidget(v)
    v.table_name.setCurrentText("Users")
    v.row_id.setText(str(info.id))
    v.search()
    assert [r.action for r in v.current.rows] == ["update", "insert"]
    assert v.list.item(0, 4).text() == "Users"
    fields = {v.detail.item(r, 0).text(): (v.detail.item(r, 1).text(), v.detail.item(r, 2).text())
              for r in range(v.detail.rowCount())}
    assert fields["Full name"] == ("Gülşen İnce", "Gülşen İnce Şahin")
    assert fields["Role"] == ("SHGM reviewer", "SHGM approver")
    assert "full_name" not in fields and "role" not in fields
