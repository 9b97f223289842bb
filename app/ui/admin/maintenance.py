"""Yönetim → Bakım: backup, restore test, full export and demo data, each behind a progress dialog with
"Vazgeç". What the officer may not do is shown disabled with the reason in the tooltip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import data_dir
from app.ui.common.formats import date_text
from app.ui.common.operations import Messages, run
from app.ui.errors import WorkOutcome, run_long_work
from app.workflows.admin import backup, backup_schedule, export
from app.workflows.common.clock import local_date
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role
from app.workflows.dashboard import overview

DEMO_APPLICATIONS = 300


def backups_folder() -> Path:
    return data_dir() / "yedekler"


class MaintenancePanel(QWidget):
    """Buttons for the long jobs of the Yönetim desk. `changed` is emitted when the data changed (demo data)."""

    changed = Signal()
    restore_tested = Signal()
    backups_changed = Signal()     # a backup taken or its off-site copy recorded: the reminders change

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        admin = ctx.actor.role == Role.ADMIN
        exporter = ctx.actor.role in export.EXPORTERS
        self.last_outcome: WorkOutcome | None = None

        self.backup_box = QGroupBox()
        self.backup_text = QLabel()
        self.backup_text.setWordWrap(True)
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.offsite_button = QPushButton()
        self.offsite_button.clicked.connect(self.record_offsite)
        self.offsite_button.setEnabled(admin)
        self.backup_state = QLabel()
        self.backup_state.setWordWrap(True)
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.test_restore)
        self.backup_button.setEnabled(admin)
        self.restore_button.setEnabled(admin)
        bl = QGridLayout(self.backup_box)
        bl.addWidget(self.backup_text, 0, 0, 1, 3)
        bl.addWidget(self.backup_state, 1, 0, 1, 4)
        bl.addWidget(self.backup_button, 2, 0)
        bl.addWidget(self.offsite_button, 2, 1)
        bl.addWidget(self.restore_button, 2, 2)
        bl.setColumnStretch(3, 1)

        self.export_box = QGroupBox()
        self.export_text = QLabel()
        self.export_text.setWordWrap(True)
        self.export_format = QComboBox()
        self.export_format.addItem("JSON", "json")
        self.export_format.addItem("CSV", "csv")
        self.export_format_label = QLabel()
        self.export_format_label.setBuddy(self.export_format)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_all)
        self.export_button.setEnabled(exporter)
        self.export_format.setEnabled(exporter)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.export_all)
        self.export_action.setEnabled(exporter)
        self.addAction(self.export_action)
        el = QGridLayout(self.export_box)
        el.addWidget(self.export_text, 0, 0, 1, 4)
        el.addWidget(self.export_format_label, 1, 0)
        el.addWidget(self.export_format, 1, 1)
        el.addWidget(self.export_button, 1, 2)
        el.setColumnStretch(3, 1)

        self.demo_box = QGroupBox()
        self.demo_text = QLabel()
        self.demo_text.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.load_demo)
        dl = QHBoxLayout()
        dl.addWidget(self.demo_button)
        dl.addStretch(1)
        dv = QVBoxLayout(self.demo_box)
        dv.addWidget(self.demo_text)
        dv.addLayout(dl)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.backup_box)
        layout.addWidget(self.export_box)
        layout.addWidget(self.demo_box)
        layout.addWidget(self.result)
        layout.addStretch(1)
        QWidget.setTabOrder(self.backup_button, self.offsite_button)
        QWidget.setTabOrder(self.offsite_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.export_format)
        QWidget.setTabOrder(self.export_format, self.export_button)
        QWidget.setTabOrder(self.export_button, self.demo_button)
        self.refresh()

    # -- texts ---------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        out = run(self, "", overview.has_any_facility, self.ctx, quiet=True)
        self.database_empty = out.ok and not out.value
        self.demo_button.setEnabled(self.ctx.actor.role == Role.ADMIN and self.database_empty)
        last = run(self, "", backup.last_successful_restore_test, self.ctx, quiet=True)
        self.last_test = last.value if last.ok else None
        found = run(self, "", backup_schedule.backups, self.ctx, quiet=True)
        self.backups = found.value if found.ok else []
        self.offsite_button.setEnabled(self.ctx.actor.role == Role.ADMIN and bool(self.backups))
        self.retranslate()

    def retranslate(self) -> None:
        self.backup_box.setTitle(self.tr("Yedekleme ve geri dönüş testi (SBYS md. 14-15)"))
        last = (self.tr("Son başarılı geri dönüş testi: {day}.").format(day=date_text(local_date(self.last_test.at)))
                if self.last_test is not None else self.tr("Henüz başarılı bir geri dönüş testi yok."))
        self.backup_text.setText(self.tr(
            "Yedek, veritabanının tutarlı bir kopyasını ve tablo başına kayıt sayılarıyla özetleri içeren bir "
            "manifest yazar. Geri dönüş testi bir yedeği geçici bir veritabanına açar, manifestle karşılaştırır "
            "ve tutanağı PDF olarak yazar; en az altı ayda bir yapılmalıdır.") + " " + last)
        no_admin = self.tr("Yalnızca Sistem Yöneticisi yapabilir.")
        newest = self.backups[0] if self.backups else None
        copies = [c for b in self.backups for c in b.offsite]
        last_copy = max(copies, key=lambda c: c.copied_on) if copies else None
        self.backup_state.setText(
            (self.tr("Son yedek: {day} ({name}).").format(day=date_text(local_date(newest.at)), name=newest.name)
             if newest else self.tr("Henüz yedek alınmamış."))
            + " " + (self.tr("Başka yerdeki son kopya: {day}, {place}.").format(day=date_text(last_copy.copied_on),
                                                                               place=last_copy.location)
                     if last_copy else self.tr("Başka bir fiziksel yere kopyası kaydedilmemiş (SBYS md. 15).")))
        self.offsite_button.setText(self.tr("Başka yere &kopyalandı…"))
        self.offsite_button.setToolTip(
            self.tr("Bir yedeğin başka bir fiziksel yere kopyalandığını kaydet") if self.offsite_button.isEnabled()
            else no_admin if self.ctx.actor.role != Role.ADMIN else self.tr("Önce bir yedek alın."))
        self.backup_button.setText(self.tr("&Yedek al…"))
        self.restore_button.setText(self.tr("&Geri dönüş testi…"))
        self.backup_button.setToolTip(self.tr("Yeni bir klasöre yedek al") if self.backup_button.isEnabled()
                                      else no_admin)
        self.restore_button.setToolTip(self.tr("Bir yedeği deneyip tutanak yaz") if self.restore_button.isEnabled()
                                       else no_admin)
        self.export_box.setTitle(self.tr("Tüm verileri dışa aktarma"))
        self.export_text.setText(self.tr(
            "Her tablo açık bir biçimde ayrı bir dosyaya yazılır; manifest kayıt sayılarını ve SHA-256 "
            "özetlerini verir. Dosyaların alanları, programla gelen \"Dışa aktarma biçimi\" belgesinde "
            "anlatılır."))
        self.export_format_label.setText(self.tr("&Biçim:"))
        self.export_button.setText(self.tr("Dışa &aktar…"))
        self.export_button.setToolTip(self.tr("Tüm verileri bir klasöre aktar (Ctrl+E)")
                                      if self.export_button.isEnabled()
                                      else self.tr("Yalnızca Sistem Yöneticisi ve Denetçi yapabilir."))
        self.export_action.setText(self.tr("Tüm verileri dışa aktar…"))
        self.demo_box.setTitle(self.tr("Örnek veriler"))
        self.demo_text.setText(self.tr(
            "Deneme ve eğitim için kurgusal tesisler, başvurular, izin belgeleri ve USBS üreticileri "
            "({n} başvuru). Yalnızca boş bir veritabanına yüklenir; iptal edilirse hiçbir şey yazılmaz.").format(
                n=DEMO_APPLICATIONS))
        self.demo_button.setText(self.tr("Örnek verileri &yükle…"))
        if self.demo_button.isEnabled():
            self.demo_button.setToolTip("")
        elif self.ctx.actor.role != Role.ADMIN:
            self.demo_button.setToolTip(no_admin)
        else:
            self.demo_button.setToolTip(self.tr("Veritabanında kayıt var; örnek veri yalnızca boş veritabanına "
                                                "yüklenir."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- overridable in tests ------------------------------------------------------------------------------

    def ask_folder(self, caption: str, start: Path) -> Path | None:
        start.mkdir(parents=True, exist_ok=True)
        chosen = QFileDialog.getExistingDirectory(self, caption, str(start))
        return Path(chosen) if chosen else None

    def ask_receiver(self):  # type: ignore[no-untyped-def]
        """The service receiver's representative for the tutanak; None when the officer cancels."""
        from app.ui.admin.receiver_dialog import ReceiverDialog

        dialog = ReceiverDialog(self)
        return dialog.signatory() if dialog.exec() else None

    def tell(self, text: str, ok: bool = True) -> None:
        self.result.setText(text)
        self.result.setStyleSheet("" if ok else "color: #b3261e;")
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 10000)

    def _finish(self, outcome: WorkOutcome, title: str, done_text: str) -> bool:
        self.last_outcome = outcome
        if outcome.cancelled:
            self.tell(outcome.message, ok=True)
            return False
        if outcome.error is not None:
            self.tell(outcome.message, ok=False)
            Messages.error(self, title, outcome.message)
            return False
        self.tell(done_text)
        return True

    # -- the jobs ------------------------------------------------------------------------------------------

    def make_backup(self) -> WorkOutcome | None:
        if not self.backup_button.isEnabled():
            return None
        folder = self.ask_folder(self.tr("Yedeğin yazılacağı klasör"), backups_folder())
        if folder is None:
            return None
        outcome = run_long_work(self, self.tr("Yedek alınıyor…"), backup.backup, self.ctx, folder)
        if outcome.ok:
            res: backup.BackupResult = outcome.value
            self._finish(outcome, self.tr("Yedek"), self.tr(
                "Yedek alındı: {folder} ({n} kayıt). Bir kopyasını başka bir fiziksel yere taşıyınca \"Başka yere "
                "kopyalandı…\" ile kaydedin.").format(folder=str(res.folder), n=res.total_records))
            self.refresh()
            self.backups_changed.emit()
        else:
            self._finish(outcome, self.tr("Yedek"), "")
        return outcome

    def offsite_dialog(self):  # type: ignore[no-untyped-def]  # overridable in tests
        from app.ui.admin.offsite_dialog import OffsiteCopyDialog

        return OffsiteCopyDialog(self.ctx, self.backups, self)

    def record_offsite(self) -> bool:
        if not self.offsite_button.isEnabled():
            return False
        dialog = self.offsite_dialog()
        if not dialog.exec() or dialog.saved is None:
            return False
        copy = dialog.saved
        self.tell(self.tr("Kopya kaydedildi: {name} → {place} ({day}).").format(
            name=copy.backup, place=copy.location, day=date_text(copy.copied_on)))
        self.refresh()
        self.backups_changed.emit()
        return True

    def test_restore(self) -> WorkOutcome | None:
        if not self.restore_button.isEnabled():
            return None
        folder = self.ask_folder(self.tr("Denenecek yedeğin klasörü"), backups_folder())
        if folder is None:
            return None
        receiver = self.ask_receiver()
        if receiver is None:
            return None
        scratch = data_dir() / "geri-donus-testleri" / self.ctx.clock.now().strftime("%Y%m%d-%H%M%S")
        outcome = run_long_work(self, self.tr("Geri dönüş testi yapılıyor…"), backup.restore_test, self.ctx, folder,
                                scratch, receiver=receiver)
        if outcome.ok:
            res: backup.RestoreTestResult = outcome.value
            text = self.tr("Geri dönüş testi: {result}. Tutanak: {report}").format(
                result=res.result_label, report=str(res.report))
            self._finish(outcome, self.tr("Geri dönüş testi"), text)
            if not res.ok:
                self.result.setStyleSheet("color: #b3261e;")
            self.refresh()
            self.restore_tested.emit()
        else:
            self._finish(outcome, self.tr("Geri dönüş testi"), "")
        return outcome

    def export_all(self) -> WorkOutcome | None:
        if not self.export_button.isEnabled():
            return None
        folder = self.ask_folder(self.tr("Verilerin aktarılacağı klasör"), data_dir() / "disa-aktarim")
        if folder is None:
            return None
        fmt = self.export_format.currentData()
        outcome = run_long_work(self, self.tr("Veriler dışa aktarılıyor…"), export.export, self.ctx, folder, fmt)
        if outcome.ok:
            res: export.ExportResult = outcome.value
            self._finish(outcome, self.tr("Dışa aktarma"), self.tr(
                "Dışa aktarıldı: {folder} ({tables} tablo, {n} kayıt).").format(
                    folder=str(res.folder), tables=len(res.counts), n=sum(res.counts.values())))
        else:
            self._finish(outcome, self.tr("Dışa aktarma"), "")
        return outcome

    def load_demo(self) -> WorkOutcome | None:
        if not self.demo_button.isEnabled():
            return None
        if not Messages.confirm(self, self.tr("Örnek veriler"), self.tr(
                "Veritabanına {n} örnek başvuru ve ilgili kayıtlar eklensin mi? Bunlar kurgusaldır; gerçek işe "
                "boş veritabanıyla başlayın.").format(n=DEMO_APPLICATIONS), self.tr("Yükle")):
            return None
        from app.demo.data import generate

        outcome = run_long_work(self, self.tr("Örnek veriler oluşturuluyor…"), generate, self.ctx,
                                applications=DEMO_APPLICATIONS, seed=1, today=self.ctx.clock.today())
        if self._finish(outcome, self.tr("Örnek veriler"), self.tr("Örnek veriler yüklendi.")):
            self.refresh()
            self.changed.emit()
        return outcome
