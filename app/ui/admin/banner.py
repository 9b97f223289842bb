"""The administrator's warning when the last successful restore test is older than six months (SBYS md. 15)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.ui.common.formats import date_text
from app.ui.common.operations import run
from app.ui.common.style import WARNING_BACKGROUND, WARNING_COLOUR
from app.workflows.admin import backup
from app.workflows.common.clock import local_date
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role


class RestoreTestBanner(QFrame):
    """Hidden unless the acting user is an administrator and a restore test is due. Call refresh() after a
    test (and at start-up)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last: backup.RestoreTestRecord | None = None
        self.overdue = False
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
        out = run(self, "", backup.last_successful_restore_test, self.ctx, quiet=True)
        self.last = out.value if out.ok else None
        due = run(self, "", backup.restore_test_overdue, self.ctx, quiet=True)
        self.overdue = bool(due.value) if due.ok else False
        self.retranslate()
        self.setVisible(self.overdue)

    def retranslate(self) -> None:
        if self.last is None:
            self.label.setText(self.tr("Başarılı bir geri dönüş testi kaydı yok. Yönetmelik (SBYS md. 15) en az altı "
                                       "ayda bir test ve tutanak ister: Bakım sekmesindeki \"Geri dönüş testi\" ile "
                                       "(ya da 'ush-izin restore-test' ile) bir yedeği deneyin."))
        else:
            self.label.setText(self.tr("Son başarılı geri dönüş testi 6 aydan eski (son başarılı test: {day}). "
                                       "Yönetmelik (SBYS md. 15) en az altı ayda bir test ve tutanak ister: "
                                       "Bakım sekmesindeki \"Geri dönüş testi\" ile (ya da 'ush-izin restore-test' "
                                       "ile) bir yedeği deneyin.").format(
                                           day=date_text(local_date(self.last.at))))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
