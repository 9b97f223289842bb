"""Short dialogs of the application detail: the applicant completed the file, the applicant withdrew, and the
note an Uygun Değil / Eksik answer needs. Each keeps what was typed when the workflow refuses it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import date_text, from_qdate, to_qdate
from app.ui.common.forms import DiscardGuard, FieldErrors
from app.ui.common.operations import run
from app.ui.common.style import INVALID_STYLE
from app.workflows.common.context import AppContext
from app.workflows.ism import notify


class _Dialog(DiscardGuard, QDialog):
    done_ok = Signal()

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.setStyleSheet(INVALID_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)

    def ok_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def cancel_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _finish(self, outcome) -> None:  # type: ignore[no-untyped-def]
        if outcome.ok:
            self.done_ok.emit()
            self.accept()
        elif outcome.field_errors:
            self.errors.show(outcome.field_errors)

    def error_for(self, key: str) -> str:
        return self.errors.message(key)


class CompletionDialog(_Dialog):
    """The applicant sent what was missing (notify.record_completion): a new 15-day period starts."""

    def __init__(self, ctx: AppContext, app_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.app_id, self.number = ctx, app_id, number
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.completed_on = QDateEdit(to_qdate(ctx.clock.today()))
        self.completed_on.setCalendarPopup(True)
        self.completed_on.setDisplayFormat("dd.MM.yyyy")
        self.channel_ref = QLineEdit()
        self.deadline = QLabel()
        self.date_label, self.ref_label = QLabel(), QLabel()
        self.date_label.setBuddy(self.completed_on)
        self.ref_label.setBuddy(self.channel_ref)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        self.errors.add_row(form, "completed_on", self.date_label, self.completed_on)
        self.errors.add_row(form, "channel_ref", self.ref_label, self.channel_ref)
        form.addRow("", self.deadline)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.completed_on.dateChanged.connect(self._update_deadline)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button().setText(self.tr("&Vazgeç"))
        self.setWindowTitle(self.tr("Eksikler tamamlandı — {number}").format(number=self.number))
        self.intro.setText(self.tr("Başvuru sahibi eksik belgeleri tamamladı. İnceleme yeniden başlar ve "
                                   "tamamlama tarihinden itibaren yeni 15 günlük süre işler."))
        self.date_label.setText(self.tr("&Tamamlama tarihi"))
        self.ref_label.setText(self.tr("&Evrak sayısı"))
        self.channel_ref.setPlaceholderText(self.tr("Gelen evrakın EBYS sayısı ya da KEP iletisi"))
        self.ok_button().setText(self.tr("&Kaydet"))
        self._update_deadline()

    def _update_deadline(self) -> None:
        outcome = run(self, "", notify.deadline_after, self.ctx, from_qdate(self.completed_on.date()),
                      quiet=True)
        self.deadline.setText(self.tr("Yeni son gün: {day}").format(day=date_text(outcome.value))
                              if outcome.ok else "")

    def save(self) -> None:
        self.errors.clear()
        self._finish(run(self, self.windowTitle(), notify.record_completion, self.ctx, self.app_id,
                         from_qdate(self.completed_on.date()), self.channel_ref.text().strip(),
                         show_validation=False))


class WithdrawDialog(_Dialog):
    """The applicant withdrew the application (notify.withdraw); the reason is required."""

    def __init__(self, ctx: AppContext, app_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.app_id, self.number = ctx, app_id, number
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4 + 14)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        self.errors.add_row(form, "reason", self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button().setText(self.tr("&Vazgeç"))
        self.setWindowTitle(self.tr("Geri çekildi — {number}").format(number=self.number))
        self.intro.setText(self.tr("Başvuru sahibi başvurusunu geri çekti. Başvuru kapanır; bu işlem geri "
                                   "alınamaz."))
        self.reason_label.setText(self.tr("&Gerekçe"))
        self.reason.setPlaceholderText(self.tr("Başvuru sahibinin talebi: tarih, evrak sayısı, açıklama"))
        self.ok_button().setText(self.tr("Geri çekildi olarak &kaydet"))

    def save(self) -> None:
        self.errors.clear()
        self._finish(run(self, self.windowTitle(), notify.withdraw, self.ctx, self.app_id,
                         self.reason.toPlainText().strip(), show_validation=False))


class NoteDialog(DiscardGuard, QDialog):
    """The note for an Uygun Değil / Eksik answer (what is wrong, what is missing)."""

    def __init__(self, parent: QWidget | None, title: str, question: str, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.note = QPlainTextEdit(text)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4 + 14)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Tamam"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Vazgeç"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str, text: str = "") -> str | None:
        dialog = cls(parent, title, question, text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.note.toPlainText().strip()
