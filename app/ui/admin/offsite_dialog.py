"""Bakım → "Başka yere kopyalandı…": record that a backup was copied to another physical location (SBYS md. 15)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import date_text, from_qdate, to_qdate
from app.ui.common.forms import FieldErrors
from app.ui.common.operations import run
from app.workflows.admin import backup_schedule
from app.workflows.admin.backup_schedule import BackupRecord
from app.workflows.common.clock import local_date
from app.workflows.common.context import AppContext


class OffsiteCopyDialog(QDialog):
    """Choose the backup (newest first), where the copy is and when it was made; saved through the workflow."""

    def __init__(self, ctx: AppContext, found: list[BackupRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: backup_schedule.OffsiteCopy | None = None
        self.backup = QComboBox()
        for b in found:
            copies = len(b.offsite)
            self.backup.addItem(f"{b.name} — {date_text(local_date(b.at))}" + (f" ({copies}×)" if copies else ""),
                                b.name)
        self.location = QLineEdit()
        self.day = QDateEdit(to_qdate(ctx.clock.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.note = QLineEdit()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        self.errors = FieldErrors()
        for key, label, field in zip(("backup", "location", "copied_on", "note"), self.labels,
                                     (self.backup, self.location, self.day, self.note), strict=True):
            self.errors.add_row(self.form, key, label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)          # the backup's name and date, and an error line, without cramped wrapping
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Yedeğin başka yerdeki kopyası"))
        self.intro.setText(self.tr("Yönetmelik (SBYS md. 15) yedeğin bir kopyasının başka bir fiziksel yerde "
                                   "saklanmasını ister. Kopyaladığınız yedeği, kopyanın yerini ve tarihini "
                                   "kaydedin."))
        for label, text in zip(self.labels, (self.tr("&Yedek:"), self.tr("&Yer (bina, kasa, sunucu):"),
                                             self.tr("&Kopyalama tarihi:"), self.tr("&Açıklama:")), strict=True):
            label.setText(text)
        self.labels[0].setBuddy(self.backup)
        self.labels[1].setBuddy(self.location)
        self.labels[2].setBuddy(self.day)
        self.labels[3].setBuddy(self.note)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Kaydet"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Vazgeç"))

    def save(self) -> None:
        out = run(self, self.tr("Kopya kaydediliyor…"), backup_schedule.record_offsite_copy, self.ctx,
                  self.backup.currentData() or "", self.location.text(), from_qdate(self.day.date()),
                  self.note.text(), show_validation=False)
        if not out.ok:
            self.errors.show(out.field_errors)   # other errors were shown by the operation
            return
        self.saved = out.value
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
