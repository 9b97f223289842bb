"""Yönetim → Bakım: backup, restore test, full export and demo data behind a progress dialog with "Vazgeç"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from app.documents.restore_report import Signatory
from app.ui.admin.maintenance import MaintenancePanel
from app.ui.common.operations import Messages
from app.workflows.admin import backup
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import Actor
from app.workflows.common.vocabulary import Role
from app.workflows.dashboard import overview
from tests.support.ism import TODAY
from tests.support.ui import add_facility


@pytest.fixture
def admin_ctx(ctx):
    admin = ctx.as_user(default_actor(ctx))
    admin.clock = FixedClock.on(TODAY, hour=14)
    return admin


@pytest.fixture
def panel(qtbot, admin_ctx, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(Messages, "error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(Messages, "confirm", lambda parent, title, text, yes: True)
    p = MaintenancePanel(admin_ctx)
    p.errors = errors
    p.chosen = tmp_path / "hedef"
    p.chosen.mkdir()
    p.ask_folder = lambda caption, start: p.chosen
    p.ask_receiver = lambda: Signatory("Hizmet alan temsilcisi", "Gülşen Öztürk", "Şube Müdürü", "İzmir İSM")
    qtbot.addWidget(p)
    p.show()
    return p


def press_cancel_when_the_progress_shows() -> list[str]:
    """Click "Vazgeç" on the progress dialog as soon as it is on screen; returns the labels seen."""
    seen: list[str] = []

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(5, look)
            return
        seen.append(dialogs[0].labelText())
        dialogs[0].cancel()

    QTimer.singleShot(0, look)
    return seen


def test_the_panel_is_in_turkish_and_offers_every_job_to_the_administrator(panel):
    assert panel.backup_box.title() == "Yedekleme ve geri dönüş testi (SBYS md. 14-15)"
    assert [b.text() for b in (panel.backup_button, panel.restore_button, panel.export_button,
                               panel.demo_button)] == ["&Yedek al…", "&Geri dönüş testi…", "Dışa &aktar…",
                                                       "Örnek verileri &yükle…"]
    assert all(b.isEnabled() for b in (panel.backup_button, panel.restore_button, panel.export_button))
    assert panel.demo_button.isEnabled()           # the database has no facility yet
    assert "Henüz başarılı bir geri dönüş testi yok." in panel.backup_text.text()


def test_backup_then_restore_test_from_the_panel(panel, admin_ctx):
    outcome = panel.make_backup()
    assert outcome.ok
    made = list(panel.chosen.iterdir())
    assert len(made) == 1 and (made[0] / "manifest.json").is_file()
    assert panel.result.text().startswith(f"Yedek alındı: {made[0]}")
    panel.chosen = made[0]
    outcome = panel.test_restore()
    assert outcome.ok and outcome.value.ok
    assert panel.result.text().startswith("Geri dönüş testi: BAŞARILI. Tutanak: ")
    assert outcome.value.report.is_file()
    import pdfplumber

    with pdfplumber.open(outcome.value.report) as pdf:
        assert "Gülşen Öztürk" in "".join(page.extract_text() for page in pdf.pages)
    assert "Son başarılı geri dönüş testi: " in panel.backup_text.text()
    assert panel.errors == []


def test_cancelling_a_backup_leaves_no_folder(panel, admin_ctx):
    seen = press_cancel_when_the_progress_shows()
    outcome = panel.make_backup()
    assert seen == ["Yedek alınıyor…"]
    assert outcome.cancelled and list(panel.chosen.iterdir()) == []
    assert panel.result.text() == "Yedekleme iptal edildi; yarım kalan yedek klasörü silindi."
    assert panel.errors == []                       # a cancellation is not an error
    assert backup.restore_tests(admin_ctx) == []


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_in_the_chosen_format_and_cancel(panel, fmt):
    panel.export_format.setCurrentIndex(panel.export_format.findData(fmt))
    outcome = panel.export_all()
    assert outcome.ok and outcome.value.manifest["data_format"] == fmt
    assert panel.result.text().startswith(f"Dışa aktarıldı: {outcome.value.folder}")
    before = sorted(panel.chosen.iterdir())
    seen = press_cancel_when_the_progress_shows()
    outcome = panel.export_all()
    assert seen == ["Veriler dışa aktarılıyor…"] and outcome.cancelled
    assert sorted(panel.chosen.iterdir()) == before  # nothing new, nothing half written
    assert "Dışa aktarma iptal edildi" in panel.result.text()


def test_ctrl_e_exports_from_the_panel(qtbot, panel):
    calls = []
    panel.export_all = lambda: calls.append("export")     # the action is connected to the bound method's name
    panel.export_action.triggered.disconnect()
    panel.export_action.triggered.connect(lambda: calls.append("export"))
    panel.export_button.setFocus()
    qtbot.keyClick(panel.export_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["export"]
    assert panel.export_button.toolTip() == "Tüm verileri bir klasöre aktar (Ctrl+E)"


def test_demo_data_loads_once_and_a_cancel_writes_nothing(panel, admin_ctx):
    changed = []
    panel.changed.connect(lambda: changed.append(1))
    press_cancel_when_the_progress_shows()
    outcome = panel.load_demo()
    assert outcome.cancelled and not overview.has_any_facility(admin_ctx)
    assert panel.result.text() == "Örnek veri üretimi iptal edildi; veritabanına hiçbir şey yazılmadı."
    assert changed == []
    outcome = panel.load_demo()
    assert outcome.ok and overview.has_any_facility(admin_ctx) and changed == [1]
    assert not panel.demo_button.isEnabled()        # only into an empty database
    assert "boş veritabanına" in panel.demo_button.toolTip()


def test_the_auditor_may_export_but_not_back_up(qtbot, admin_ctx):
    add_facility(admin_ctx)
    auditor = admin_ctx.as_user(Actor(None, "denetci", "Denetçi", Role.AUDITOR))
    p = MaintenancePanel(auditor)
    qtbot.addWidget(p)
    assert p.export_button.isEnabled()
    assert not p.backup_button.isEnabled() and not p.restore_button.isEnabled() and not p.demo_button.isEnabled()
    assert p.backup_button.toolTip() == "Yalnızca Sistem Yöneticisi yapabilir."
    assert p.make_backup() is None


def test_the_yonetim_desk_has_the_bakim_tab(window):
    admin_page = window.pages[-1]
    assert admin_page.tabs.tabText(2) == "Bakım" and admin_page.tabs.widget(2) is admin_page.maintenance


def test_a_backup_then_its_off_site_copy_is_recorded_from_the_panel(panel, admin_ctx, monkeypatch):
    assert not panel.offsite_button.isEnabled() and "Önce bir yedek alın" in panel.offsite_button.toolTip()
    changed = []
    panel.backups_changed.connect(lambda: changed.append(True))
    assert panel.make_backup().ok
    assert panel.offsite_button.isEnabled() and "Son yedek: 02.03.2026" in panel.backup_state.text()
    assert "kopyası kaydedilmemiş" in panel.backup_state.text()

    from app.ui.admin.offsite_dialog import OffsiteCopyDialog

    dialogs = []

    def fill(dialog: OffsiteCopyDialog):
        dialogs.append(dialog)
        dialog.exec = lambda: (dialog.save(), dialog.result())[1]
        return dialog

    real = panel.offsite_dialog
    monkeypatch.setattr(panel, "offsite_dialog", lambda: fill(real()))
    assert not panel.record_offsite()                       # no place typed: refused next to the field
    assert "Kopyanın bulunduğu yeri" in dialogs[0].errors.message("location")
    monkeypatch.setattr(panel, "offsite_dialog", lambda: _with_place(fill(real())))
    assert panel.record_offsite()
    assert "Başka yerdeki son kopya: 02.03.2026, Arşiv binası kasa 1" in panel.backup_state.text()
    assert "Kopya kaydedildi" in panel.result.text() and len(changed) == 2


def _with_place(dialog):
    dialog.location.setText("Arşiv binası kasa 1")
    return dialog


def test_cancelling_the_representative_question_runs_no_restore_test(panel, admin_ctx):
    assert panel.make_backup().ok
    panel.chosen = next(panel.chosen.iterdir())
    panel.ask_receiver = lambda: None
    assert panel.test_restore() is None
    assert backup.restore_tests(admin_ctx) == []
