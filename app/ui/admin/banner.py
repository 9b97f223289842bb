"""The administrator's maintenance reminders (SBYS md. 15): a restore test older than six months, a backup older
than the shared interval, no recent copy in another physical location."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.ui.common.formats import date_text
from app.ui.common.operations import run
from app.ui.common.style import WARNING_BACKGROUND, WARNING_COLOUR
from app.ui.common.texts import shown
from app.workflows.admin import backup, backup_schedule
from app.workflows.common.clock import local_date
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role


class MaintenanceBanner(QFrame):
    """Hidden unless the acting user is an administrator and a reminder is due. Call refresh() after a backup,
    an off-site copy or a restore test (and at start-up)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last: backup.RestoreTestRecord | None = None
        self.overdue = False                       # the restore test
        self.due: backup_schedule.Reminders | None = None
        self.setObjectName("restoreTestBanner")
        self.setStyleSheet(f"#restoreTestBanner {{ background: {WARNING_BACKGROUND}; border: 1px solid "
                           f"{WARNING_COLOUR}; border-radius: 3px; }} QLabel {{ color: {WARNING_COLOUR}; }}")
        self.label = QLabel()
        self.label.setWordWrap(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addWidget(self.label)
        self.setVisible(False)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.actor.role != Role.ADMIN:
            self.overdue = False
            self.setVisible(False)
            return
        due = run(self, "", backup_schedule.reminders, self.ctx, quiet=True)
        self.due = due.value if due.ok else None
        self.last = self.due.last_restore_test if self.due else None
        self.overdue = bool(self.due and self.due.restore_test)
        self.retranslate()
        self.setVisible(bool(self.due and self.due.any))

    def retranslate(self) -> None:
        lines = []
        if self.overdue and self.last is None:
            lines.append(self.tr("Başarılı bir geri dönüş testi kaydı yok. Yönetmelik (SBYS md. 15) en az altı ayda "
                                 "bir test ve tutanak ister: Bakım sekmesindeki \"Geri dönüş testi\" ile bir yedeği "
                                 "deneyin."))
        elif self.overdue and self.last is not None:
            lines.append(self.tr("Son başarılı geri dönüş testi 6 aydan eski (son başarılı test: {day}). Yönetmelik "
                                 "(SBYS md. 15) en az altı ayda bir test ve tutanak ister: Bakım sekmesindeki "
                                 "\"Geri dönüş testi\" ile bir yedeği deneyin.").format(
                                     day=date_text(local_date(self.last.at))))
        if self.due is not None and self.due.backup:
            lines.append(self.tr("Yedek: {text}").format(text=shown(self.due.backup)))
        if self.due is not None and self.due.offsite:
            lines.append(self.tr("Başka yerdeki kopya: {text}").format(text=shown(self.due.offsite)))
        self.label.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
