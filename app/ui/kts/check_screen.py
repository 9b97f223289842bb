"""Yetki Sorgulama: may this professional give remote health service at this facility, in this area, on this
date? The checks of checks.can_serve (the facility's permit and its USBS producer on the KTS active list, the
professional's licence and work permit), with every failing reason."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import date_text, from_qdate, narrow_combo, to_qdate
from app.ui.common.operations import run
from app.ui.common.style import ERROR_COLOUR, OK_COLOUR
from app.ui.common.texts import shown
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.kts import queries as kts_queries


class YetkiSorgulama(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tckn_edit = QLineEdit()
        self.tckn_edit.setMaxLength(11)
        self.facility_edit = QLineEdit()
        self.area_combo = narrow_combo(QComboBox())
        for area in lookups.ush_areas(ctx):
            self.area_combo.addItem(f"{area.name} ({area.code})", area.code)
        self.date_edit = QDateEdit(to_qdate(ctx.clock.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.check_button = QPushButton()
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.tckn_edit.returnPressed.connect(self.check)
        self.facility_edit.returnPressed.connect(self.check)
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer = QLabel()
        self.answer.setObjectName("answer")
        self.reasons = QListWidget()
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.tckn_edit, self.facility_edit, self.area_combo, self.date_edit)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.check_button)
        self.result_box = QGroupBox()
        rl = QVBoxLayout(self.result_box)
        rl.addWidget(self.subject)
        rl.addWidget(self.answer)
        rl.addWidget(self.reasons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form_box)
        layout.addWidget(self.result_box, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "USBS üreticisi, sağlık meslek mensubu uzaktan hizmet vermeden önce üç koşulu denetler: tesisin o alanda "
            "o tarihte geçerli uzaktan sağlık hizmeti faaliyet izni, meslek mensubunun Türkiye'de mesleğini icra "
            "yetkisi (süresi dolmamış, askıda değil) ve o tesiste adına düzenlenmiş geçerli çalışma izni."))
        self.form_box.setTitle(self.tr("Yetki Sorgulama"))
        self.result_box.setTitle(self.tr("Sonuç"))
        for label, text in zip(self.labels, (self.tr("&TC kimlik no:"), self.tr("&Tesis (ÇKYS kodu):"),
                                             self.tr("&USH alanı:"), self.tr("Ta&rih:"))):
            label.setText(text)
        self.facility_edit.setPlaceholderText(self.tr("ÇKYS kodu ya da tesis numarası"))
        self.check_button.setText(self.tr("&Sorgula"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def subject_text(self, a: kts_queries.ServeAnswer, day: dt.date) -> str:
        """Whom and what the answer is about, by name: a wrong TC kimlik or ÇKYS code shows at once."""
        person = a.person or self.tr("kayıtlı sağlık meslek mensubu yok (TC {tckn})").format(
            tckn=self.tckn_edit.text().strip() or "—")
        facility = self.tr("{name} (ÇKYS {code})").format(name=a.facility, code=a.ckys_code) if a.facility else \
            self.tr("kayıtlı sağlık tesisi yok ({ref})").format(ref=self.facility_edit.text().strip() or "—")
        return self.tr("Sorgulanan: {person} — {facility} — {area}, {day}").format(
            person=person, facility=facility, area=self.area_combo.currentText(), day=date_text(day))

    def check(self) -> None:
        day = from_qdate(self.date_edit.date())
        outcome = run(self, self.tr("Yetki Sorgulama"), kts_queries.check_serve, self.ctx, self.tckn_edit.text(),
                      self.facility_edit.text(), self.area_combo.currentData() or "", day)
        if not outcome.ok or outcome.value is None:
            return
        ok, reasons = outcome.value.ok, outcome.value.reasons
        self.subject.setText(self.subject_text(outcome.value, day))
        self.answer.setText(self.tr("UYGUN") if ok else self.tr("UYGUN DEĞİL"))
        self.answer.setStyleSheet(f"font-size: 16pt; font-weight: bold; color: {OK_COLOUR if ok else ERROR_COLOUR};")
        self.reasons.clear()
        if ok:
            self.reasons.addItem(self.tr("Tüm koşullar sağlanıyor: tesisin bu alanda izni var, tesisin USBS üreticisi "
                                         "KTS aktif listesinde, meslek icra yetkisi ve bu tesiste geçerli çalışma "
                                         "izni var."))
        for reason in reasons:
            self.reasons.addItem(f"• {shown(reason)}")
