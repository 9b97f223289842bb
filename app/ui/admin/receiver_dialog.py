"""Bakım → "Geri dönüş testi…": who signs the tutanak for the service receiver (SBYS md. 15)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.documents.restore_report import Signatory


class ReceiverDialog(QDialog):
    """Name, title and institution of the service receiver's representative; blank fields stay as lines on the
    tutanak to fill in by hand."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.title, self.organisation = QLineEdit(), QLineEdit(), QLineEdit()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.title, self.organisation), strict=True):
            form.addRow(label, field)
            label.setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(480)          # the explanation reads in a few lines, the names fit their fields
        self.retranslate()

    def signatory(self) -> Signatory:
        return Signatory("Hizmet alan temsilcisi", self.name.text(), self.title.text(), self.organisation.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tutanağı imzalayacak hizmet alan temsilcisi"))
        self.intro.setText(self.tr("Yönetmelik (SBYS md. 15) geri dönüş testi tutanağını hizmet alanın temsilcisinin "
                                   "de imzalamasını ister. Temsilcinin bilgilerini yazın; boş bıraktıklarınız "
                                   "tutanakta elle doldurulacak satır olarak kalır."))
        for label, text in zip(self.labels, (self.tr("&Adı soyadı:"), self.tr("&Unvanı:"), self.tr("&Kurumu:")),
                               strict=True):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Teste başla"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Vazgeç"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
