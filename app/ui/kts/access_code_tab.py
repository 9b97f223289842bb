"""The KTS desk's "Erişim kodu" tab of a vendor's file: give, renew or close the vendor's software access code
(SBYS art. 6/4, 8/4), and the vendor's queries to the verification service, page by page.

A new code is shown once, in `NewCodeDialog` (copy, print the receipt sheet); the desk never holds it again: the
file lists only each code's public part. Rules and SQL in app.workflows.kts.access_codes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.changes import Changes
from app.ui.common.formats import date_text, datetime_text
from app.ui.common.operations import Messages, Operation, run
from app.ui.common.tables import fill_table, read_only_table
from app.ui.common.texts import shown
from app.ui.labels import vendor_status_label
from app.workflows.common.context import AppContext
from app.workflows.kts import access_codes
from app.workflows.kts.access_codes import CodeAction, IssuedCode

PAGE_SIZE = 50






class AccessCodeTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vendor_id: int | None = None
        self.file: access_codes.AccessCodeFile | None = None
        self.page = 1
        self.pages = 1
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.issue_button = QPushButton()
        self.issue_button.clicked.connect(self.issue)
        self.rotate_button = QPushButton()
        self.rotate_button.clicked.connect(self.rotate)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke)
        buttons = QHBoxLayout()
        for b in (self.issue_button, self.rotate_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.codes_table = read_only_table(5, single=False)
        self.codes_table.setMaximumHeight(130)
        self.queries_box = QGroupBox()
        self.queries_table = read_only_table(4, single=False)
        self.prev_button = QPushButton()
        self.prev_button.clicked.connect(lambda: self._go(self.page - 1))
        self.next_button = QPushButton()
        self.next_button.clicked.connect(lambda: self._go(self.page + 1))
        self.page_label = QLabel()
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        ql = QVBoxLayout(self.queries_box)
        ql.addWidget(self.queries_table, 1)
        ql.addLayout(nav)
        lay = QVBoxLayout(self)
        lay.addWidget(self.state_label)
        lay.addLayout(buttons)
        lay.addWidget(self.codes_table)
        lay.addWidget(self.queries_box, 1)
        self.retranslate()
        self._show()

    # -- texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.issue_button.setText(self.tr("Erişim &kodu ver"))
        self.issue_button.setToolTip(self.tr("Gizlilik sözleşmesi ve güvenlik taahhütnamesi imzalandıktan sonra "
                                             "(SBYS Yönetmeliği md. 6/4); kod yalnızca bir kez gösterilir"))
        self.rotate_button.setText(self.tr("Kodu &yenile"))
        self.rotate_button.setToolTip(self.tr("Yeni kod verilir; eski kod o anda kapanır"))
        self.revoke_button.setText(self.tr("Kodu k&apat…"))
        self.codes_table.setHorizontalHeaderLabels([self.tr("Kod (açık kısmı)"), self.tr("Veriliş"),
                                                    self.tr("Veren"), self.tr("Kapanış"), self.tr("Açıklama")])
        self.queries_box.setTitle(self.tr("Hizmet sorguları (doğrulama hizmeti)"))
        self.queries_table.setHorizontalHeaderLabels([self.tr("Tarih"), self.tr("Tesis"), self.tr("Alan"),
                                                      self.tr("Yanıt")])
        self.prev_button.setText(self.tr("◀ Önceki"))
        self.next_button.setText(self.tr("Sonraki ▶"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def answer_text(self, answer: str) -> str:
        return {"uygun": self.tr("Uygun"), "uygun-degil": self.tr("Uygun değil"),
                "kod-kapali": self.tr("Reddedildi: erişim kodu kapalı"),
                "liste-disi": self.tr("Reddedildi: üretici aktif listede değil"),
                "gecersiz-istek": self.tr("Geçersiz istek")}.get(answer, answer)

    # -- reading -------------------------------------------------------------------------------------------------

    def load(self, vendor_id: int | None) -> None:
        """The vendor's codes and the first page of its queries (quick reads: one indexed page each)."""
        self.vendor_id, self.file, self.page = vendor_id, None, 1
        if vendor_id is not None:
            found = run(self, self.tr("Erişim kodu"), access_codes.access_code_file, self.ctx, vendor_id)
            self.file = found.value if found.ok else None
        self._show()
        self._go(1)

    def _go(self, page: int) -> None:
        if self.vendor_id is None or page < 1:
            self.queries_table.setRowCount(0)
            self.page_label.clear()
            return
        found = run(self, self.tr("Hizmet sorguları"), access_codes.vendor_queries, self.ctx, self.vendor_id,
                    page, PAGE_SIZE)
        if not found.ok or found.value is None:
            return
        q = found.value
        self.page, self.pages = q.page, q.pages
        fill_table(self.queries_table, [(datetime_text(r.at), r.facility, r.area, self.answer_text(r.answer))
                                   for r in q.rows])
        self.page_label.setText(self.tr("Sayfa {p}/{n} ({total} sorgu)").format(p=q.page, n=q.pages, total=q.total))
        self.prev_button.setEnabled(q.page > 1)
        self.next_button.setEnabled(q.page < q.pages)

    def _show(self) -> None:
        f = self.file
        actions = f.actions if f is not None else frozenset()
        self.issue_button.setEnabled(CodeAction.ISSUE in actions)
        self.rotate_button.setEnabled(CodeAction.ROTATE in actions)
        self.revoke_button.setEnabled(CodeAction.REVOKE in actions)
        if f is None:
            self.state_label.clear()
            self.codes_table.setRowCount(0)
            return
        current = f.open_code
        if current is not None:
            text = self.tr("Açık erişim kodu: {lookup} ({d} tarihinde verildi).").format(
                lookup=f"usbs_{current.lookup}_…", d=date_text(current.issued_on))
            if current.closes_on:
                text += " " + self.tr("Kapanış: {d}.").format(d=date_text(current.closes_on))
        elif not f.agreement_signed:
            text = self.tr("Erişim kodu yok. Kod, gizlilik sözleşmesi ve güvenlik taahhütnamesi imzalandıktan "
                           "sonra verilir (SBYS Yönetmeliği md. 6/4).")
        else:
            text = self.tr("Açık erişim kodu yok (durumu: {s}).").format(s=vendor_status_label(f.status))
        self.state_label.setText(text)
        fill_table(self.codes_table, [(f"usbs_{c.lookup}_…", date_text(c.issued_on), c.issued_by,
                                  date_text(c.closes_on), shown(c.closed_reason)) for c in f.codes])

    # -- actions -------------------------------------------------------------------------------------------------

    def _run(self, fn, *args) -> Operation | None:  # type: ignore[no-untyped-def]
        if self.vendor_id is None:
            return None
        vid = self.vendor_id
        return Operation(self, self.tr("Erişim kodu"), fn, self.ctx, vid, *args).busy(self) \
            .changes(Changes(vendors={vid}, kinds={"vendor"}, source=self)).success(self._done).run()

    def issue(self) -> Operation | None:
        return self._run(access_codes.issue)

    def rotate(self) -> Operation | None:
        if not self.confirm(self.tr("Erişim kodunu yenile"),
                            self.tr("Yeni kod verilecek ve şimdiki kod hemen kapanacak; üretici yeni kodu "
                                    "kullanana kadar hizmet sorgusu yapamaz. Devam edilsin mi?"),
                            self.tr("Kodu &yenile")):
            return None
        return self._run(access_codes.rotate)

    def revoke(self) -> Operation | None:
        reason = self.ask_reason()
        if reason is None:
            return None
        return self._run(access_codes.revoke, reason)

    def _done(self, result: IssuedCode | None) -> None:
        if isinstance(result, IssuedCode):
            self.show_code(result)
        self.load(self.vendor_id)

    # -- what tests replace ----------------------------------------------------------------------------------

    def confirm(self, title: str, text: str, yes: str) -> bool:
        return Messages.confirm(self, title, text, yes)

    def ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Erişim kodunu kapat"),
                                        self.tr("Kapatma gerekçesi (denetim kaydında saklanır):"))
        return text if ok else None

    def show_code(self, issued: IssuedCode) -> None:
        NewCodeDialog(issued, self).exec()


class NewCodeDialog(QDialog):
    """The new code, shown this once: copy it, or print the receipt sheet for the vendor's signatory. When the
    dialog closes the code is dropped (and taken off the clipboard if it is still there)."""

    def __init__(self, issued: IssuedCode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issued: IssuedCode | None = issued
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.code_edit = QLineEdit(issued.code)
        self.code_edit.setReadOnly(True)
        self.code_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_edit.setMinimumWidth(520)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_sheet)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.warning)
        lay.addWidget(self.code_edit)
        lay.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Yeni yazılım erişim kodu"))
        if self.issued is not None:
            self.warning.setText(self.tr(
                "<b>{vendor}</b> için yeni yazılım erişim kodu. Kod yalnızca şimdi gösterilir; yalnızca özeti "
                "saklanır ve bir daha gösterilemez. Kopyalayın ya da firma yetkilisinin imzalayacağı teslim "
                "tutanağını yazdırın.").format(vendor=self.issued.vendor_name))
        self.copy_button.setText(self.tr("&Kopyala"))
        self.print_button.setText(self.tr("Teslim tutanağını &yazdır…"))
        self.close_button.setText(self.tr("Kapat"))

    def copy(self) -> None:
        if self.issued is not None:
            QGuiApplication.clipboard().setText(self.issued.code)

    def sheet(self) -> bytes:
        assert self.issued is not None
        return access_codes.code_sheet_pdf(self.issued)

    def print_sheet(self) -> None:
        from app.ui.common.pdf_view import PdfDialog

        if self.issued is None:
            return
        dialog = PdfDialog(self, self.tr("Erişim kodu teslim tutanağı"), "erisim-kodu-teslim-tutanagi.pdf",
                           self.sheet())
        dialog.resize(760, 720)
        dialog.exec()

    def done(self, result: int) -> None:
        if self.issued is not None:
            clipboard = QGuiApplication.clipboard()
            if clipboard.text() == self.issued.code:
                clipboard.clear()
        self.issued = None
        self.code_edit.clear()
        super().done(result)
