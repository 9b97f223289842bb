"""The notification to the applicant: the letter the checklist calls for, previewed as PDF before it is
recorded (notify.notify), printable; recording it stops the 15-day clock."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common import pdf_view
from app.ui.common.formats import from_qdate, to_qdate
from app.ui.common.forms import DiscardGuard, FieldErrors
from app.ui.common.operations import Messages, Operation, run
from app.ui.common.passphrase import ready_to_sign
from app.ui.common.pdf_view import PdfPreview
from app.ui.common.style import ERROR_COLOUR, INVALID_STYLE, OK_COLOUR, WARNING_COLOUR
from app.ui.ism.texts import notice_kind_label, send_channel_label
from app.workflows.common import application_view, lookups
from app.workflows.common.application_view import ApplicationDetail
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import NoticeKind
from app.workflows.ism import documents as ism_documents
from app.workflows.ism import notify
from app.workflows.ism.notify import SEND_CHANNELS, NoticeInput
from app.workflows.ism.review import result_of

KIND_COLOURS = {NoticeKind.UYGUN: OK_COLOUR, NoticeKind.EKSIK: WARNING_COLOUR, NoticeKind.UYGUN_DEGIL: ERROR_COLOUR}
DEFAULT_SIGNER_TITLE = "İl Sağlık Müdürü"


class NotificationDialog(DiscardGuard, QDialog):
    """`saved` carries the notification's id."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, detail: ApplicationDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.setStyleSheet(INVALID_STYLE)
        rows = run(self, "", application_view.checklist_rows, ctx, detail.id, quiet=True).value
        self.result = result_of(rows if rows is not None else detail.checklist)
        self.kind = run(self, "", notify.letter_kind, ctx, detail.id, quiet=True).value

        self.kind_label = QLabel()
        font = QFont(self.kind_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.kind_label.setFont(font)
        self.kind_note = QLabel()
        self.kind_note.setWordWrap(True)

        today = ctx.clock.today()
        self.letter_date = QDateEdit(to_qdate(today))
        self.sent_on = QDateEdit(to_qdate(today))
        for d in (self.letter_date, self.sent_on):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd.MM.yyyy")
        self.send_channel = QComboBox()
        for code in SEND_CHANNELS:
            self.send_channel.addItem("", code)
        self.signer_name = QComboBox()
        self.signer_name.setEditable(True)
        self.signer_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._signers = run(self, "", lookups.signers, ctx, detail.province_id, quiet=True).value or []
        for name, _title in self._signers:
            self.signer_name.addItem(name)
        self.signer_title = QLineEdit(self._signers[0][1] if self._signers and self._signers[0][1]
                                      else DEFAULT_SIGNER_TITLE)
        self.signer_name.activated.connect(self._signer_picked)
        self.recipient = QPlainTextEdit(notify.default_recipient(detail.facility.name, detail.facility.address))
        self.recipient.setTabChangesFocus(True)
        self.recipient.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.sayi = QLineEdit()

        self.labels = {k: QLabel() for k in ("letter_date", "sent_on", "send_channel", "signer_name", "signer_title",
                                             "recipient", "sayi")}
        fields = {"letter_date": self.letter_date, "sent_on": self.sent_on, "send_channel": self.send_channel,
                  "signer_name": self.signer_name, "signer_title": self.signer_title, "recipient": self.recipient,
                  "sayi": self.sayi}
        form = QFormLayout()
        form.setVerticalSpacing(2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in fields.items():
            self.labels[key].setBuddy(field)
            self.errors.add_row(form, key, self.labels[key], field)

        self.actions_title = QLabel()
        self.actions_table = QTableWidget(0, 2)
        self.actions_table.verticalHeader().setVisible(False)
        self.actions_table.setWordWrap(True)
        self.actions_table.setTabKeyNavigation(False)
        self.actions_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.actions_table.resizeRowsToContents())
        if self.kind == NoticeKind.EKSIK:
            self.actions_table.setRowCount(len(self.result.reasons))
            for r, row in enumerate(self.result.reasons):
                item = QTableWidgetItem(f"{row.number}. {row.title}: {row.note}")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.UserRole, row.number)
                self.actions_table.setItem(r, 0, item)
                self.actions_table.setItem(r, 1, QTableWidgetItem(""))
            self.actions_table.resizeRowsToContents()
        self.actions_title.setVisible(self.kind == NoticeKind.EKSIK)
        self.actions_table.setVisible(self.kind == NoticeKind.EKSIK)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setStyleSheet(
            f"QLabel {{ color: {ERROR_COLOUR}; background: #fdecea; border: 1px solid {ERROR_COLOUR};"
            " border-radius: 4px; padding: 6px 8px; }")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.kind_label)
        left_layout.addWidget(self.kind_note)
        left_layout.addSpacing(6)
        left_layout.addLayout(form)
        left_layout.addWidget(self.actions_title)
        left_layout.addWidget(self.actions_table, 1)
        left_layout.addWidget(self.message)
        if self.kind != NoticeKind.EKSIK:
            left_layout.addStretch(1)

        self.preview_title = QLabel()
        self.preview = PdfPreview()
        self.refresh_button = QPushButton()
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.update_preview)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.preview_title, 1)
        top.addWidget(self.refresh_button)
        right_layout.addLayout(top)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 560])

        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.cancel_button = QPushButton()
        for b in (self.print_button, self.save_button, self.cancel_button):
            b.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_letter)
        self.print_button.setToolTip("Ctrl+P")
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self,
                                        self.print_button.animateClick)   # nothing while the button is disabled
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1120, 760)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(500)
        self._preview_timer.timeout.connect(self.update_preview)
        for signal in (self.letter_date.dateChanged, self.sent_on.dateChanged, self.send_channel.currentIndexChanged,
                       self.signer_name.currentTextChanged, self.signer_title.textChanged,
                       self.recipient.textChanged, self.sayi.textChanged, self.actions_table.itemChanged):
            signal.connect(self._preview_timer.start)
        self.save_button.setEnabled(self.kind is not None)
        self.print_button.setEnabled(self.kind is not None)
        self.retranslate()
        self.update_preview()

    # -- texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bildirim — {number}").format(number=self.detail.number))
        if self.kind is None:
            self.kind_label.setText(self.tr("Ek-1 incelemesi tamamlanmadı"))
            self.kind_note.setText(self.tr("Bildirim yapmadan önce bütün maddeleri cevaplayın."))
        else:
            self.kind_label.setText(self.tr("Yazı türü: {kind}").format(kind=notice_kind_label(self.kind)))
            self.kind_label.setStyleSheet(f"color: {KIND_COLOURS[self.kind]};")
            self.kind_note.setText({
                NoticeKind.UYGUN: self.tr("Başvuru Ek-1 yönünden uygun; yazı kaydedildikten sonra SHGM'ye "
                                          "gönderilebilir."),
                NoticeKind.EKSIK: self.tr("Eksik maddeler ve başvuru sahibinin yapması gerekenler yazıda tablo "
                                          "olarak yer alır. Tamamlandığında yeni 15 günlük süre başlar."),
                NoticeKind.UYGUN_DEGIL: self.tr("Başvuru, yazıdaki gerekçelerle uygun bulunmadı ve kapanır."),
            }[self.kind])
        self.labels["letter_date"].setText(self.tr("&Yazı tarihi"))
        self.labels["sent_on"].setText(self.tr("&Gönderim tarihi"))
        self.labels["send_channel"].setText(self.tr("Gönderim ka&nalı"))
        self.labels["signer_name"].setText(self.tr("İ&mzalayan"))
        self.labels["signer_title"].setText(self.tr("&Unvanı"))
        self.labels["recipient"].setText(self.tr("&Alıcı"))
        self.labels["sayi"].setText(self.tr("EBYS &sayısı"))
        self.sayi.setPlaceholderText(self.tr("Boş bırakılırsa kayıtta numara verilir"))
        for i in range(self.send_channel.count()):
            self.send_channel.setItemText(i, send_channel_label(self.send_channel.itemData(i)))
        self.actions_title.setText(self.tr("Eksik maddeler için yapılması gerekenler"))
        self.actions_table.setHorizontalHeaderLabels([self.tr("Eksik madde"), self.tr("Yapılması gereken")])
        self.preview_title.setText(self.tr("Yazının önizlemesi"))
        self.refresh_button.setText(self.tr("Önizlemeyi yeni&le"))
        self.print_button.setText(self.tr("Ya&zdır…"))
        self.save_button.setText(self.tr("&Kaydet"))
        self.cancel_button.setText(self.tr("&Vazgeç"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour -----------------------------------------------------------------------------------------------

    def _signer_picked(self, index: int) -> None:
        if 0 <= index < len(self._signers) and self._signers[index][1]:
            self.signer_title.setText(self._signers[index][1])

    def required_actions(self) -> dict[int, str]:
        out = {}
        for r in range(self.actions_table.rowCount()):
            number = self.actions_table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            action = self.actions_table.item(r, 1)
            if action is not None and action.text().strip():
                out[int(number)] = action.text().strip()
        return out

    def notice_value(self) -> NoticeInput:
        return NoticeInput(
            letter_date=from_qdate(self.letter_date.date()), sent_on=from_qdate(self.sent_on.date()),
            send_channel=self.send_channel.currentData() or "", signer_name=self.signer_name.currentText().strip(),
            signer_title=self.signer_title.text().strip(), recipient=self.recipient.toPlainText().strip(),
            sayi=self.sayi.text().strip(), required_actions=self.required_actions())

    def update_preview(self) -> None:
        self._preview_timer.stop()
        if self.kind is None:
            self.preview.show_message(self.tr("Ek-1 incelemesi tamamlanmadan yazı hazırlanamaz."))
            return
        outcome = run(self, "", ism_documents.letter_preview, self.ctx, self.detail.id, self.notice_value(),
                      quiet=True)
        if outcome.ok and outcome.value:
            self.preview.set_pdf(outcome.value)
        else:
            reason = getattr(outcome.error, "message", None) or str(outcome.error)
            self.preview.show_message(self.tr("Önizleme hazırlanamadı: {reason}").format(reason=reason))

    def print_letter(self) -> None:
        self.update_preview()
        if not self.preview.page_count():
            return
        printer = pdf_view.ask_printer(self, self.windowTitle())
        if printer is not None:
            pdf_view.paint_pdf(printer, self.preview.document)

    def save(self) -> None:
        self.show_errors({})
        if self.kind == NoticeKind.UYGUN_DEGIL and not Messages.confirm(
                self, self.tr("Uygun değil yazısı"),
                self.tr("Bu yazı kaydedildiğinde başvuru dosyası hemen kapanır: başvuru sahibine başvurusunun uygun "
                        "bulunmadığı bildirilir ve Ek-1 cevapları artık değiştirilemez. Başvuru sahibi ancak yeni "
                        "bir başvuru yapabilir.\n\nYazı kaydedilip dosya kapatılsın mı?"),
                self.tr("Kaydet ve dosyayı kapat")):
            return                                           # Vazgeç: nothing recorded, the file stays open
        if not ready_to_sign(self):     # a certificate is set but no keyring keeps its passphrase: asked once
            self.show_errors({"signing": self.tr(
                "Yazı kaydedilmedi ve imzalanmadı: e-imza sertifikasının parolası girilmedi. Kaydetmek için yeniden "
                "Kaydet'e basıp parolayı girin.")})
            return
        # in a worker (e-signing where a certificate is set takes up to seconds the first time); the dialog waits
        outcome = Operation(self, self.tr("Bildirim kaydı"), notify.notify, self.ctx, self.detail.id,
                            self.notice_value()).validation_in_form().busy(self).run_and_wait()
        if outcome.ok and outcome.value is not None:
            self.saved_id = int(outcome.value)
            self._tell_recorded(self.saved_id)
            self.saved.emit(self.saved_id)
            self.accept()
        elif outcome.field_errors:
            self.show_errors(outcome.field_errors)

    def _tell_recorded(self, notification_id: int) -> None:
        """The sayı the letter got, and whether it is e-signed or still to be signed in EBYS."""
        out = run(self, self.tr("Bildirim kaydı"), notify.recorded_letter, self.ctx, notification_id, quiet=True)
        if not out.ok or out.value is None:
            return
        letter = out.value
        signed = (self.tr("Yazı e-imzayla imzalandı ({subject}).").format(subject=letter.signature_subject)
                  if letter.signed else
                  self.tr("Yazı e-imzalı değildir: EBYS üzerinden e-imzaya sunun (yazıda bu belirtilmiştir)."))
        Messages.info(self.parentWidget() or self, self.tr("Yazı kaydedildi"),
                      self.tr("Yazı {sayi} sayısıyla kaydedildi.").format(sayi=letter.sayi) + "\n\n" + signed)

    def show_errors(self, errors: dict[str, str]) -> None:
        unplaced = self.errors.show(errors)
        text = "\n".join(f"• {errors[k]}" for k in unplaced)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def error_for(self, key: str) -> str:
        return self.errors.message(key)

