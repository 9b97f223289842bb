"""The user administration screen: role labels and provinces, add / edit / close / unlock / reset."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ui.admin import AuditViewer, MaintenanceBanner, UserAdminWidget
from app.ui.common.operations import Messages
from app.workflows.admin import users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import TR, FixedClock
from app.workflows.common.vocabulary import Role
from tests.support.ism import officer
from tests.support.ui import type_text


@pytest.fixture
def admin(ctx):
    c = ctx.as_user(default_actor(ctx))
    c.clock = FixedClock(dt.datetime(2026, 11, 23, 14, 10, tzinfo=TR).astimezone(dt.timezone.utc))
    users.create_user(c, "ism06.mudur", "Ahmet Çelik", Role.ISM_MANAGER, 6, "İl Sağlık Müdür Yardımcısı")
    users.create_user(c, "shgm.uzman", "Gülşen İnce", Role.SHGM_REVIEWER)
    return c


@pytest.fixture
def messages(monkeypatch):
    seen = {"info": [], "error": [], "confirm": []}
    monkeypatch.setattr(Messages, "info", staticmethod(lambda p, t, x: seen["info"].append(x)))
    monkeypatch.setattr(Messages, "error", staticmethod(lambda p, t, x: seen["error"].append(x)))
    monkeypatch.setattr(Messages, "confirm",
                        staticmethod(lambda p, t, x, y: seen["confirm"].append(x) or True))
    return seen


def _widget(qtbot, ctx):
    w = UserAdminWidget(ctx)
    qtbot.addWidget(w)
    w.resize(900, 400)
    w.show()
    qtbot.waitExposed(w)
    return w


def _row(w, username):
    return next(i for i, u in enumerate(w.users) if u.username == username)


def test_the_list_shows_role_labels_and_provinces(qtbot, admin, messages):
    w = _widget(qtbot, admin)
    r = _row(w, "ism06.mudur")
    assert w.table.item(r, 2).text() == "İSM Yöneticisi"
    assert w.table.item(r, 3).text() == "Ankara"
    assert w.table.item(_row(w, "shgm.uzman"), 3).text() == ""
    assert "parola değişmeli" in w.table.item(r, 4).text()


def test_add_a_user_shows_the_temporary_password_once(qtbot, admin, messages):
    w = _widget(qtbot, admin)

    def fill(dialog) -> bool:
        qtbot.keyClicks(dialog.username, "ism35.memur")
        type_text(dialog.full_name, "Şule Öztürk")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.ISM_OFFICER.value))
        assert dialog.province.isEnabled()
        dialog.save()  # no province yet: refused in place, the message under the province
        assert "il seçin" in dialog.errors.message("province_id")
        dialog.province.setCurrentIndex(dialog.province.findData(35))
        assert dialog.errors.message("province_id") == ""          # picked: the message goes before the save
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    w.open_dialog = fill
    w.add_user()
    r = _row(w, "ism35.memur")
    assert w.table.item(r, 1).text() == "Şule Öztürk" and w.table.item(r, 3).text() == "İzmir"
    assert messages["info"] and w.last_temporary_password in messages["info"][0]
    with pytest.raises(users.PasswordChangeRequired):
        users.authenticate(admin, "ism35.memur", w.last_temporary_password)


def test_edit_changes_role_and_clears_the_province(qtbot, admin, messages):
    w = _widget(qtbot, admin)
    w.select("ism06.mudur")

    def fill(dialog) -> bool:
        assert dialog.username.isReadOnly()
        dialog.role.setCurrentIndex(dialog.role.findData(Role.AUDITOR.value))
        assert not dialog.province.isEnabled() and dialog.province.currentData() is None
        dialog.save()
        return dialog.result() == dialog.DialogCode.Accepted

    w.open_dialog = fill
    w.edit_user()
    r = _row(w, "ism06.mudur")
    assert w.table.item(r, 2).text() == "Denetçi (salt okunur)" and w.table.item(r, 3).text() == ""


def test_unlock_deactivate_and_reset(qtbot, admin, messages):
    users.create_user(admin, "kts.memur", "Özlem Işık", Role.KTS_OFFICER, password="Gecici2026a")
    users.change_password(admin, "kts.memur", "Gecici2026a", "Kalici2026b")
    for _ in range(5):
        with pytest.raises((users.LoginFailed, users.AccountLocked)):
            users.authenticate(admin, "kts.memur", "yanlis")
    w = _widget(qtbot, admin)
    w.select("kts.memur")
    assert w.unlock_button.isEnabled() and "Kilitli" in w.table.item(_row(w, "kts.memur"), 4).text()
    w.unlock_user()
    assert not w.unlock_button.isEnabled()
    assert users.authenticate(admin, "kts.memur", "Kalici2026b").username == "kts.memur"
    w.reset_password()
    assert messages["confirm"] and w.last_temporary_password
    with pytest.raises(users.LoginFailed):
        users.authenticate(admin, "kts.memur", "Kalici2026b")
    w.select("kts.memur")
    w.toggle_active()
    assert w.table.item(_row(w, "kts.memur"), 4).text() == "Kapalı"
    w.select("kts.memur")
    assert w.deactivate_button.text() == "Hesabı a&ç"
    # the administrator cannot close their own account from here
    w.select("yonetici")
    assert not w.deactivate_button.isEnabled()


def test_an_ism_officer_sees_a_refusal_not_the_list(qtbot, admin, messages):
    izmir = admin.as_user(officer(admin, "ism35.x", Role.ISM_OFFICER, 35, "Şule Öztürk"))
    w = _widget(qtbot, izmir)
    assert w.users == [] and messages["error"] and "yetkiniz yok" in messages["error"][0]


def test_audit_viewer_filters_and_shows_before_and_after(qtbot, admin, messages):
    info = users.get_user(admin, users.find_user_id(admin, "shgm.uzman"))
    users.update_user(admin, info.id, full_name="Gülşen İnce Şahin", role=Role.SHGM_APPROVER, province_id=None)
    v = AuditViewer(admin, page_size=3)
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    assert v.current.total > 3 and v.next_button.isEnabled() and not v.prev_button.isEnabled()
    v.table_name.setCurrentText("users")
    v.row_id.setText(str(info.id))
    v.search()
    # The record's whole story: its creation and the change (newest first).
    assert [r.action for r in v.current.rows] == ["update", "insert"]
    assert v.list.item(0, 3).text() == "Değişiklik"
    fields = {v.detail.item(r, 0).text(): (v.detail.item(r, 1).text(), v.detail.item(r, 2).text())
              for r in range(v.detail.rowCount())}
    assert fields["Ad soyad"] == ("Gülşen İnce", "Gülşen İnce Şahin")      # the names officials know, not codes
    assert fields["Rol"] == ("SHGM İnceleme Uzmanı", "SHGM Onay Yetkilisi")
    assert v.list.item(0, 4).text() == "Kullanıcılar" and "Kullanıcılar" in v.detail_title.text()
    assert not v.raw.isVisible() and '"role": "shgm_approver"' in v.raw.toPlainText()   # the stored record
    v.raw_button.click()                                                                 # only on request
    assert v.raw.isVisible()
    hidden = {v.detail.item(r, 0).text(): v.detail.item(r, 2).text() for r in range(v.detail.rowCount())}
    v.row_id.clear()
    v.table_name.setCurrentText("Kullanıcılar")                    # chosen by its label
    v.search()
    v.list.selectRow(v.current.rows.index(next(e for e in v.current.rows if e.action == "insert")))
    hidden = {v.detail.item(r, 0).text(): v.detail.item(r, 2).text() for r in range(v.detail.rowCount())}
    assert hidden["Parola özeti"] == "(gizli)"
    v.clear_filters()
    assert v.current.total > 3
    v.go(1)
    assert v.prev_button.isEnabled() and v.page_label.text().endswith(f"2/{v.current.pages}")


def test_restore_test_banner_for_the_admin_only(qtbot, admin, tmp_path):
    b = MaintenanceBanner(admin)
    qtbot.addWidget(b)
    b.show()
    assert b.overdue and b.isVisible() and "geri dönüş testi kaydı yok" in b.label.text()
    from app.workflows.admin import backup

    res = backup.backup(admin, tmp_path)
    backup.restore_test(admin, res.folder, tmp_path / "s")
    b.refresh()
    assert not b.overdue and b.isVisible()            # the restore test is done; the off-site copy is not
    assert "geri dönüş" not in b.label.text() and "başka bir fiziksel yere" in b.label.text()
    from app.workflows.admin import backup_schedule

    backup_schedule.record_offsite_copy(admin, res.folder.name, "Arşiv binası", admin.clock.today())
    b.refresh()
    assert not b.isVisible()
    auditor = admin.as_user(officer(admin, "denetci", Role.AUDITOR, None, "Deniz Ağaoğlu"))
    b2 = MaintenanceBanner(auditor)
    qtbot.addWidget(b2)
    assert not b2.overdue


def test_banner_names_the_last_successful_test_when_it_is_old(qtbot, admin, tmp_path):
    from app.workflows.admin import backup

    res = backup.backup(admin, tmp_path)
    backup.restore_test(admin, res.folder, tmp_path / "s")
    later = admin.as_user(admin.actor)
    later.clock = FixedClock(dt.datetime(2027, 6, 1, 10, tzinfo=TR).astimezone(dt.timezone.utc))
    b = MaintenanceBanner(later)
    qtbot.addWidget(b)
    assert b.overdue and "Son başarılı geri dönüş testi 6 aydan eski (son başarılı test: 23.11.2026)" in b.label.text()
