"""Yönetim → "Yazı bilgileri": what the İSM's letters print that is not the case's own (issue 17): each
directorate's contact line (address, telephone, e-posta, KEP) and the days a deficiency letter gives to complete
the file (docs/letters.md). The administrator keeps them; every desk reads them."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.forms import FieldErrors
from app.ui.common.operations import Messages, run
from app.workflows.admin import letter_settings
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.common.system_settings import LetterSettings
from app.workflows.common.vocabulary import Role


class LetterSettingsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.province = QComboBox()
        for p in run(self, "", lookups.provinces, ctx, quiet=True).value or []:
            self.province.addItem(f"{int(p.code):02d} {p.name}", int(p.code))
        self.address, self.phone, self.email, self.kep = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.days = QSpinBox()
        self.days.setRange(1, letter_settings.MAX_COMPLETION_DAYS)
        self.labels = {key: QLabel() for key in ("province", "address", "phone", "email", "kep", "completion_days")}
        form = QFormLayout()
        form.addRow(self.labels["province"], self.province)
        for key, field in (("address", self.address), ("phone", self.phone), ("email", self.email),
                           ("kep", self.kep), ("completion_days", self.days)):
            self.errors.add_row(form, key, self.labels[key], field)
            self.labels[key].setBuddy(field)
        self.labels["province"].setBuddy(self.province)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(ctx.actor.role == Role.ADMIN)   # the auditor reads only
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.province.currentIndexChanged.connect(lambda _i: self.load())
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "İl Sağlık Müdürlüklerinin yazılarının altındaki iletişim satırı ve eksik evrak yazısında başvuru "
            "sahibine verilen tamamlama süresi. Boş bırakılan bilgiler yazıda yer almaz."))
        for key, text in (("province", self.tr("İ&l:")), ("address", self.tr("&Adres:")),
                          ("phone", self.tr("&Telefon:")), ("email", self.tr("&E-posta:")),
                          ("kep", self.tr("&KEP adresi:")),
                          ("completion_days", self.tr("Tamamlama &süresi (bütün iller):"))):
            self.labels[key].setText(text)
        self.days.setSuffix(self.tr(" gün"))
        self.save_button.setText(self.tr("&Kaydet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def province_id(self) -> int | None:
        value = self.province.currentData()
        return int(value) if value is not None else None

    def load(self) -> None:
        self.errors.clear()
        pid = self.province_id()
        if pid is None:
            return
        current = run(self, self.tr("Yazı bilgileri"), letter_settings.current, self.ctx, pid, quiet=True).value
        current = current or LetterSettings()
        self.address.setText(current.address)
        self.phone.setText(current.phone)
        self.email.setText(current.email)
        self.kep.setText(current.kep)
        self.days.setValue(current.completion_days)

    def value(self) -> LetterSettings:
        return LetterSettings(self.address.text().strip(), self.phone.text().strip(), self.email.text().strip(),
                              self.kep.text().strip(), self.days.value())

    def save(self) -> bool:
        self.errors.clear()
        pid = self.province_id()
        if pid is None:
            return False
        out = run(self, self.tr("Yazı bilgileri"), letter_settings.save, self.ctx, pid, self.value(),
                  show_validation=False)
        if out.field_errors:
            self.errors.show(out.field_errors)
            return False
        if out.ok:
            Messages.info(self, self.tr("Yazı bilgileri"),
                          self.tr("{province} için yazı bilgileri kaydedildi.").format(
                              province=self.province.currentText()))
        return out.ok
