"""Showing, saving and printing a PDF held in memory (a letter preview, a stored letter, the review form)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.operations import Messages

PRINT_DPI = 300   # pages are rendered as images; more than this only costs memory


def page_image(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """A page rendered onto white (QPdfDocument.render leaves the background transparent)."""
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def paint_pdf(printer: QPrinter, document: QPdfDocument) -> int:
    """Print every page of the document on the printer, each page filling the paper; returns the page count."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = document.pageCount()
    try:
        for i in range(pages):
            if i:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            points = document.pagePointSize(i)
            scale = min(target.width() / points.width(), target.height() / points.height())
            dest = QSize(int(points.width() * scale), int(points.height() * scale))
            dpi_scale = min(1.0, PRINT_DPI / max(printer.resolution(), 1))
            image = page_image(document, i, QSize(max(1, int(dest.width() * dpi_scale)),
                                                  max(1, int(dest.height() * dpi_scale))))
            painter.drawImage(QRect(0, 0, dest.width(), dest.height()), image)
    finally:
        painter.end()
    return pages


def ask_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The print dialog; None when the officer cancels (tests replace this function)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


class PdfPreview(QWidget):
    """A PDF from bytes in a QPdfView, or a message in its place when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.data = b""
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8a8a; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_pdf(self, data: bytes) -> bool:
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        ok = self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0
        self.data = data if ok else b""
        if ok:
            self.stack.setCurrentWidget(self.view)
        else:
            self.show_message(self.tr("PDF açılamadı."))
        return ok

    def show_message(self, text: str) -> None:
        self.data = b""
        self.document.close()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def page_count(self) -> int:
        return self.document.pageCount() if self.data else 0

    def page_image(self, page: int = 0, width: int = 800) -> QImage:
        points = self.document.pagePointSize(page)
        return page_image(self.document, page, QSize(width, int(width * points.height() / points.width())))


class PdfDialog(QDialog):
    """A stored or generated PDF: read it, save a copy, print it."""

    def __init__(self, parent: QWidget | None, title: str, filename: str, data: bytes) -> None:
        super().__init__(parent)
        self.title = title
        self.filename = filename
        self.preview = PdfPreview()
        self.preview.set_pdf(data)
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.close_button = QPushButton()
        for b in (self.save_button, self.print_button):
            b.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_copy)
        self.print_button.clicked.connect(self.print_document)
        self.print_button.setToolTip("Ctrl+P")
        self.print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self,
                                        self.print_button.animateClick)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(760, 900)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.title)
        self.save_button.setText(self.tr("Farklı &kaydet…"))
        self.print_button.setText(self.tr("&Yazdır…"))
        self.close_button.setText(self.tr("Ka&pat"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDF'yi kaydet"), self.filename, "PDF (*.pdf)")
        return path

    def save_copy(self) -> None:
        path = self.choose_save_path()
        if not path:
            return
        try:
            with open(path, "wb") as f:
                f.write(self.preview.data)
        except OSError as exc:
            Messages.error(self, self.title, self.tr("Dosya kaydedilemedi: {error}").format(error=exc.strerror))

    def print_document(self) -> None:
        printer = ask_printer(self, self.title)
        if printer is not None:
            paint_pdf(printer, self.preview.document)
