"""Belge doğrulama: open a permit PDF or type its verification code; the answer (valid or not, and why)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.common.operations import Operation
from app.ui.common.style import ERROR_COLOUR, OK_COLOUR
from app.ui.common.texts import shown
from app.workflows.common.context import AppContext
from app.workflows.shgm import verification


class VerifyPanel(QWidget):
    def __init__(self, ctx: AppContext, choose_pdf: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choose_pdf = choose_pdf
        self.result: verification.Result | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self.verify_file)
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.code.returnPressed.connect(self.verify_code)
        self.code_button = QPushButton()
        self.code_button.clicked.connect(self.verify_code)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setMargin(12)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.code_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.file_button)
        lay.addLayout(row)
        lay.addWidget(self.answer)
        lay.addWidget(self.detail)
        lay.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Bir USH faaliyet izin belgesinin gerçek ve geçerli olup olmadığını denetleyin: "
                                   "PDF dosyasını açın ya da belgedeki doğrulama kodunu yazın. İmza, içerik ve "
                                   "iznin durumu (iptal, askı, yenilenme) birlikte denetlenir."))
        self.file_button.setText(self.tr("PDF dosyası aç ve doğrula…"))
        self.code.setPlaceholderText(self.tr("Doğrulama kodu, ör. ABCD-EFGH-JKLM-NPQR"))
        self.code_button.setText(self.tr("Kodu doğrula"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def verify_file(self) -> None:
        path = self.choose_pdf()
        if not path:
            return
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            self.result = None
            self.answer.setText(self.tr("Dosya okunamadı: {error}").format(error=exc.strerror))
            self.answer.setStyleSheet(f"color: {ERROR_COLOUR};")
            return
        self._verify(verification.verify_file, data)

    def verify_code(self) -> None:
        if not self.code.text().strip():
            return
        self._verify(verification.verify_code, self.code.text())

    def _verify(self, fn, what) -> Operation:  # type: ignore[no-untyped-def]
        """Signature, content and status are checked in a worker; the panel waits with its last answer cleared."""
        self.result = None
        self._show()
        return Operation(self, self.tr("Belge doğrulama"), fn, self.ctx, what, "gui").busy(self) \
            .success(self._verified).run()

    def _verified(self, result: verification.Result) -> None:
        self.result = result
        self._show()

    def _show(self) -> None:
        r = self.result
        if r is None:
            self.answer.setText("")
            self.detail.setText("")
            self.answer.setStyleSheet("")
            return
        genuine = r.valid and not r.demo          # a demo document is never shown as plainly valid
        head = self.tr("GEÇERLİ") if genuine else self.tr("DEMO BELGE") if r.valid else self.tr("GEÇERSİZ")
        self.answer.setText(f"{head} — {shown(r.reason)}")
        colour = OK_COLOUR if genuine else ERROR_COLOUR
        self.answer.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {colour}; "
                                  f"border: 2px solid {colour}; border-radius: 4px;")
        parts = []
        if r.permit_number:
            parts.append(self.tr("İzin no: {n}, revizyon {r}").format(n=r.permit_number, r=r.revision_no))
        if r.code:
            parts.append(self.tr("Doğrulama kodu: {c}").format(c=r.code))
        self.detail.setText("\n".join(parts))
