"""The main window: the four desks, their figures from the database, the status bar and the About box."""

from __future__ import annotations

import datetime as dt

import PySide6
from PySide6.QtCore import Qt, qVersion

import app
from app.ui.common import operations
from app.ui.admin.page import AdminPage
from app.ui.ism.page import IsmPage
from app.ui.kts.page import KtsPage
from app.ui.labels import state_label
from app.ui.shgm.page import ShgmPage
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import VendorStatus
from app.workflows.dashboard import overview
from tests.support.ui import add_applications, add_vendor


def test_the_window_is_titled_and_shows_the_four_desks(window):
    assert window.windowTitle() == "USH İzin"
    assert window.nav_labels() == ["Özet", "İSM", "SHGM", "KTS", "Yönetim"]
    assert window.stack.currentWidget() is window.dashboard          # the dashboard opens first
    assert window.dashboard.dashboard.heading.text() == "Gösterge paneli"
    assert window.pages[0].heading.text() == "İSM — İl Sağlık Müdürlüğü"


def test_clicking_a_desk_in_the_navigation_switches_the_page(qtbot, window):
    expected = [(IsmPage, "İSM"), (ShgmPage, "SHGM"), (KtsPage, "KTS"), (AdminPage, "Yönetim")]
    for row in (2, 1, 3, 0):
        rect = window.nav.visualItemRect(window.nav.item(row + 1))    # row 0 is "Özet"
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page = window.stack.currentWidget()
        cls, heading = expected[row]
        assert isinstance(page, cls)
        assert page.heading.text().startswith(heading)
        assert page.description.text()


def test_each_desk_says_what_it_does(window):
    ism, shgm, kts, admin = (p.description.text() for p in window.pages)
    assert "Ek-1" in ism and "15 gün" in ism and "Başvuru kabulü" in ism
    assert "ÇKYS" in shgm and "Faaliyet İzin Belgesi" in shgm and "alanlarının belirlenmesi" in shgm
    assert "USBS üreticileri" in kts and "aktif, pasif ve silinmiş" in kts
    assert "Kullanıcı hesapları" in admin and "yedekleri" in admin and "denetim kaydı" in admin


def test_the_status_bar_names_the_database_and_the_user(window, user_ctx):
    target = user_ctx.target
    assert window.db_label.text() == f"Veritabanı: {target.engine_name} — {target.location}"
    assert target.location and target.location in window.db_label.text()
    assert window.user_label.text() == "Kullanıcı: Sistem Yöneticisi (Sistem Yöneticisi)"
    permanent = window.statusBar().findChildren(type(window.db_label))
    assert window.db_label in permanent and window.user_label in permanent


def test_the_about_box_shows_version_qt_and_database(qtbot, window, user_ctx):
    dialog = window.make_about_dialog()
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "USH İzin"
    assert dialog.version.text() == f"Sürüm {app.__version__}"
    assert qVersion() in dialog.qt_version.text() and PySide6.__version__ in dialog.qt_version.text()
    assert "USH" in dialog.description.text()
    assert user_ctx.target.engine_name in dialog.database.text()
    assert user_ctx.target.location in dialog.database.text()
    assert dialog.windowTitle() == "USH İzin hakkında"


def test_the_menus_hold_settings_quit_and_about(window):
    assert window.file_menu.title() == "&Dosya"
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert "&Ayarlar…" in texts and "Çı&kış" in texts
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert [a.text() for a in window.help_menu.actions() if not a.isSeparator()] == ["&Kullanım kılavuzu…",
                                                                                    "&Hakkında…"]


def test_ctrl_q_closes_the_window(qtbot, window):
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_the_ism_page_counts_applications_per_state(qtbot, user_ctx):
    from app.ui.main_window import MainWindow

    add_applications(user_ctx, [AppState.RECEIVED, AppState.RECEIVED, AppState.UNDER_REVIEW,
                                AppState.DEFICIENT, AppState.PERMIT_ISSUED])
    w = MainWindow(user_ctx)
    qtbot.addWidget(w)
    qtbot.waitUntil(operations.idle, timeout=20000)    # figures are read in a worker
    counts = overview.state_counts(user_ctx)
    assert counts[AppState.RECEIVED] == 2 and counts[AppState.UNDER_REVIEW] == 1
    rows = w.pages[0].table.rows()
    assert rows[:-1] == [(state_label(s), counts[s]) for s in AppState]
    assert rows[-1] == ("Toplam", 5)
    assert ("Alındı", 2) in rows and ("İzin belgesi düzenlendi", 1) in rows
    assert w.pages[0].footnote.text() == "15 günlük bildirim süresi işleyen başvuru: 3"


def test_refresh_picks_up_new_applications(qtbot, window, user_ctx):
    assert window.pages[0].table.rows()[-1] == ("Toplam", 0)
    add_applications(user_ctx, [AppState.FORWARDED])
    window.refresh_action.trigger()
    qtbot.waitUntil(operations.idle, timeout=20000)    # figures are read in a worker
    assert window.pages[0].table.rows()[-1] == ("Toplam", 1)
    assert ("SHGM'ye iletildi", 1) in window.pages[1].table.rows()


def test_the_shgm_kts_and_admin_pages_show_real_numbers(qtbot, user_ctx):
    from app.ui.main_window import MainWindow

    add_applications(user_ctx, [AppState.FORWARDED, AppState.SHGM_APPROVED, AppState.CKYS_RECORDED])
    today = user_ctx.clock.today()
    add_vendor(user_ctx, "1111111111", [("active", dt.date(2025, 1, 1))])
    # passive for a month: still passive (after 3 months the SBYS rules would count it deleted, art. 8)
    add_vendor(user_ctx, "2222222222", [("active", dt.date(2025, 1, 1)), ("passive", today - dt.timedelta(days=30))])
    add_vendor(user_ctx, "3333333333", [])
    add_vendor(user_ctx, "4444444444", [("active", today + dt.timedelta(days=30))])
    w = MainWindow(user_ctx)
    qtbot.addWidget(w)
    qtbot.waitUntil(operations.idle, timeout=20000)    # figures are read in a worker
    shgm = dict(w.pages[1].table.rows())
    assert shgm == {"SHGM'ye iletildi": 1, "SHGM alanları belirledi": 1, "ÇKYS'ye kaydedildi": 1,
                    "İzin belgesi düzenlendi": 0, "SHGM reddetti": 0}
    vendors = overview.vendor_status_counts(user_ctx)
    assert vendors == {VendorStatus.APPLIED: 2, VendorStatus.ACTIVE: 1, VendorStatus.PASSIVE: 1,
                       VendorStatus.DELETED: 0}
    assert dict(w.pages[2].table.rows()) == {"Başvuru aşamasında": 2, "Aktif liste": 1, "Pasif liste": 1,
                                            "Silinmiş": 0, "Toplam": 4}
    admin = dict(w.pages[3].table.rows())
    summary = overview.database_summary(user_ctx)
    assert admin["Sağlık tesisi"] == summary["facilities"] == 1
    assert admin["Başvuru"] == summary["applications"] == 3
    assert admin["USBS üreticisi"] == summary["vendors"] == 4
    assert admin["Faaliyet İzin Belgesi"] == summary["permits"] == 0
    assert admin["Kullanıcı"] == 1 and admin["Denetim kaydı girdisi"] > 0
