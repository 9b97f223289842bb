"""Every window and dialog fits the common office screen (issue 17): at 1366×768 and at 125 % scaling (1093×614
logical pixels) no window asks for more than the available screen, and a dialog's action buttons are on it (a
dialog whose content is taller scrolls; its buttons stay under the scrolled part). The KTS window still fits after
"Kuralları uygula". The screen is the available geometry a window manager would allow (QScreen patched here;
app.ui.common.screen is installed on the application as at start-up).
"""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from app.config import Settings
from app.ui.common import screen
from app.workflows.admin.startup_info import DatabaseUnavailable
from app.workflows.common.application_view import application_detail
from app.workflows.common.vocabulary import Role
from app.workflows.shgm.decisions import AreaChoice
from tests.support.demo import as_role, with_demo_data
from tests.support.ism import vendor
from tests.support.ism_ui import receive

SCREENS = {"1366x768": QRect(0, 0, 1366, 768), "1366x768 at 125 %": QRect(0, 0, 1093, 614)}


@pytest.fixture(params=list(SCREENS))
def area(request, qapp, monkeypatch) -> QRect:  # type: ignore[no-untyped-def]
    limit = SCREENS[request.param]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(limit))
    fit = screen.install(qapp)
    yield limit
    qapp.removeEventFilter(fit)
    fit.setParent(None)
    fit.deleteLater()


def _outside_scrolling(widget: QWidget, window: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None and w is not window:
        if isinstance(w, QAbstractScrollArea):
            return False
        w = w.parentWidget()
    return True


def assert_fits(qtbot, window: QWidget, limit: QRect, name: str) -> None:  # type: ignore[no-untyped-def]
    if not window.isVisible():
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
    qtbot.wait(20)                      # a window that grew is fitted again on the next turn of the event loop
    size = window.frameGeometry().size()
    assert size.width() <= limit.width() and size.height() <= limit.height(), \
        f"{name}: {size.width()}×{size.height()} on {limit.width()}×{limit.height()}"
    inside = window.rect()
    for box in window.findChildren(QDialogButtonBox):
        if box.isVisible():
            assert _outside_scrolling(box, window), f"{name}: its buttons scroll away with the content"
    buttons = [b for b in window.findChildren(QAbstractButton)
               if b.isVisible() and b.text() and _outside_scrolling(b, window)]
    for b in buttons:
        place = QRect(b.mapTo(window, QPoint(0, 0)), b.size())
        assert inside.contains(place), f"{name}: “{b.text()}” at {place} is outside the window {inside}"
    for field in window.findChildren(QLineEdit):      # nothing squeezed (the PostgreSQL fields of Ayarlar were)
        if field.isVisible() and field.window() is window and \
                not isinstance(field.parentWidget(), (QAbstractSpinBox, QComboBox)):   # their own inner edit
            assert field.height() >= field.sizeHint().height() - 2, \
                f"{name}: a field {field.height()} px high, it needs {field.sizeHint().height()}"


def _pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.drawString(72, 760, "Deneme")
    c.showPage()
    c.save()
    return out.getvalue()


ROLES = [(Role.ISM_OFFICER, 34), (Role.SHGM_APPROVER, None), (Role.KTS_OFFICER, None), (Role.ADMIN, None),
         (Role.AUDITOR, None)]


@pytest.mark.parametrize("role, province", ROLES, ids=[r.value for r, _p in ROLES])
def test_every_desk_page_fits_and_the_kts_window_still_fits_after_the_rules(qtbot, ctx, area, role, province):
    from app.ui.kts.desk import KtsDesk
    from app.ui.main_window import MainWindow

    demo = with_demo_data(ctx, 60, seed=11)
    window = MainWindow(as_role(demo, role, province))
    assert_fits(qtbot, window, area, f"{role.value} main window")
    for row in range(window.nav.count()):
        window.show_page(row)
        assert_fits(qtbot, window, area, f"{role.value} page {row}")
    desk = window.findChild(KtsDesk)
    if desk is not None and desk.isVisible():
        desk.apply_rules()
        assert desk.results_box.isVisible()
        assert_fits(qtbot, window, area, "KTS after Kuralları uygula")


def _areas() -> list[AreaChoice]:
    return [AreaChoice(f"A{i}", f"Uzaktan sağlık hizmeti alanı {i}", None, None) for i in range(24)]


def _dialogs(desk, app_id: int, number: str):  # type: ignore[no-untyped-def]
    """Every dialog of the application, made for an İzmir desk with one application (name -> factory)."""
    from app.ui.admin.login import ChangePasswordDialog, LoginDialog
    from app.ui.admin.offsite_dialog import OffsiteCopyDialog
    from app.ui.admin.receiver_dialog import ReceiverDialog
    from app.ui.admin.user_admin import UserEditDialog
    from app.ui.common.pdf_view import PdfDialog
    from app.ui.errors import ErrorReportDialog
    from app.ui.ism.detail import ApplicationDetailDialog
    from app.ui.ism.intake_form import ApplicationFormDialog
    from app.ui.ism.notice_dialog import NotificationDialog
    from app.ui.ism.report_screen import MonthlyReportDialog
    from app.ui.ism.small_dialogs import CompletionDialog, NoteDialog, WithdrawDialog
    from app.ui.ism.vendor_audits import VendorAuditsDialog
    from app.ui.kts.dialogs import DeleteDialog, RevokeCertificateDialog, VendorDialog
    from app.ui.main_window import AboutDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.shgm.dialogs import AmendDialog, AreasDialog, DatedDialog, ExOfficioDialog, ProducerDialog, TextDialog
    from app.ui.startup_dialogs import Choice, PasswordDialog, StartupErrorDialog

    admin = as_role(desk, Role.ADMIN)
    kts = as_role(desk, Role.KTS_OFFICER)
    today = desk.clock.today()
    return {
        "PDF penceresi": lambda: PdfDialog(None, "Önizleme", "onizleme.pdf", _pdf()),
        "Yeni başvuru": lambda: ApplicationFormDialog(desk),
        "Başvuru": lambda: ApplicationDetailDialog(desk, app_id),
        "Bildirim": lambda: NotificationDialog(desk, application_detail(desk, app_id)),
        "Aylık rapor": lambda: MonthlyReportDialog(desk),
        "Tamamlama": lambda: CompletionDialog(desk, app_id, number),
        "Geri çekme": lambda: WithdrawDialog(desk, app_id, number),
        "Not": lambda: NoteDialog(None, "Not", "Eksiklik notu"),
        "Ayarlar": lambda: SettingsDialog(None, Settings()),
        "Hakkında": lambda: AboutDialog(None, admin),
        "Giriş": lambda: LoginDialog(admin),
        "Parola değiştir": lambda: ChangePasswordDialog(admin, "yonetici"),
        "Kullanıcı": lambda: UserEditDialog(admin),
        "Hata raporu": lambda: ErrorReportDialog("Traceback (most recent call last):\n" * 120),
        "Veritabanına ulaşılamıyor": lambda: StartupErrorDialog(
            None, DatabaseUnavailable("unreachable", "PostgreSQL sunucusuna bağlanılamadı.", "ayrıntı\n" * 80),
            [Choice.RETRY, Choice.SETTINGS, Choice.QUIT], "Veritabanı: PostgreSQL — db:5432/ush"),
        "Sunucu parolası": lambda: PasswordDialog(None, "sunucu:5432/ush_izin", "ism_izmir"),
        "Alanlar": lambda: AreasDialog(None, _areas(), "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi"),
        "Ret": lambda: TextDialog(None, "reject", number),
        "Alan değişikliği": lambda: AmendDialog(None, _areas(), _areas()[:3], today),
        "Askıya alma": lambda: DatedDialog(None, "suspend", "USH-2026-0001", today),
        "Resen izin": lambda: ExOfficioDialog(None, lambda text: [], _areas()),
        "Yeni üretici": lambda: VendorDialog(kts),
        "Silme": lambda: DeleteDialog(kts, 1, "Anadolu Sağlık Bilişim A.Ş."),
        "Yetki Belgesi iptali": lambda: RevokeCertificateDialog(kts, 1, "KTS-YB-2026-00001"),
        "Üretici seçimi": lambda: ProducerDialog(None, []),
        "USBS denetimleri": lambda: VendorAuditsDialog(desk, 35),
        "Yedeğin kopyası": lambda: OffsiteCopyDialog(admin, []),
        "Hizmet alıcı": lambda: ReceiverDialog(),
    }


DIALOG_NAMES = ["PDF penceresi", "Yeni başvuru", "Başvuru", "Bildirim", "Aylık rapor", "Tamamlama", "Geri çekme",
                "Not", "Ayarlar", "Hakkında", "Giriş", "Parola değiştir", "Kullanıcı", "Hata raporu",
                "Veritabanına ulaşılamıyor", "Sunucu parolası", "Alanlar", "Ret", "Alan değişikliği",
                "Askıya alma", "Resen izin", "Yeni üretici", "Silme", "Yetki Belgesi iptali", "Üretici seçimi",
                "USBS denetimleri", "Yedeğin kopyası", "Hizmet alıcı"]


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog_fits_with_its_buttons_on_the_screen(qtbot, desk_ctx, area, name):
    ids = vendor(desk_ctx)
    app_id = receive(desk_ctx, ids, desk_ctx.clock.today(), "35-0001", "Özel Işıklı Göğüs Hastalıkları ve "
                     "Uzaktan Sağlık Hizmetleri Tıp Merkezi")
    factories = _dialogs(desk_ctx, app_id, application_detail(desk_ctx, app_id).number)
    assert set(factories) == set(DIALOG_NAMES)
    assert_fits(qtbot, factories[name](), area, name)


def test_a_dialog_taller_than_the_screen_scrolls_and_keeps_its_buttons(qtbot, area):
    from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    for i in range(60):
        layout.addWidget(QLabel(f"Satır {i}"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    assert dialog.minimumSizeHint().height() > area.height()
    assert_fits(qtbot, dialog, area, "60 satır")
    assert dialog.findChild(QScrollArea, screen.SCROLL_NAME) is not None
    assert buttons.isVisible() and not buttons.visibleRegion().isEmpty()



@pytest.mark.parametrize("role", [Role.ADMIN, Role.ISM_OFFICER], ids=["admin", "ism"])
@pytest.mark.parametrize("lang", ["tr", "en"])
def test_no_desk_page_scrolls_sideways_in_either_language(qtbot, qapp, ctx, area, lang, role):
    """Work lists at 1366 px (and at 125 %) are not behind a horizontal scroll (issue 17), in the English interface
    too, where the page names and the buttons are longer: every page's content fits beside the page list, and no
    page is taller than the window (the side column's figures and notices scroll on their own). In a 10-point font,
    a Linux desktop's usual size (the offscreen platform's default is 9)."""
    from PySide6.QtWidgets import QScrollArea

    from app.ui import i18n
    from app.ui.main_window import MainWindow

    i18n.set_language(qapp, lang)          # back to Turkish after the test: tests/ui/conftest.py
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(10)
    qapp.setFont(bigger)
    try:
        demo = with_demo_data(ctx, 30, seed=11)
        window = MainWindow(demo if role == Role.ADMIN else as_role(demo, role, 34))   # İSM: with its notices
        qtbot.addWidget(window)
        window.resize(area.size())
        window.show()
        qtbot.waitExposed(window)
        size = f"{area.width()}x{area.height()}"
        for row in range(window.nav.count()):
            window.show_page(row)
            qtbot.wait(20)
            scroll = window.findChild(QScrollArea, screen.SCROLL_NAME)
            sideways = scroll.horizontalScrollBar().maximum() if scroll is not None else 0
            down = scroll.verticalScrollBar().maximum() if scroll is not None else 0
            page = window.nav.item(row).text()
            assert sideways == 0, f"{lang}, {size}: page “{page}” scrolls {sideways} px sideways"
            assert down == 0, f"{lang}, {size}: page “{page}” scrolls {down} px down (its list's last rows hidden)"
    finally:
        qapp.setFont(font)
