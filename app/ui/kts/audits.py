"""A producer's audits on the KTS desk (SBYS Yönetmeliği md. 18 → md. 7): the list with what became of each
(audit → warning → outcome), planning an audit and recording its result on the six subjects of md. 18/3."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.changes import Changes, hub
from app.ui.common.formats import date_edit, date_text, from_qdate
from app.ui.common.forms import DiscardGuard
from app.ui.common.operations import Messages, run
from app.ui.common.texts import shown
from app.workflows.common.context import AppContext
from app.workflows.kts import audits

ID_ROLE = Qt.ItemDataRole.UserRole
CONTEXT = "KtsAudits"
# Labels of the codes, translated in this context (the workflow keeps the Turkish originals for letters).
GROUND_TEXTS = {
    "ex_officio": QT_TRANSLATE_NOOP("KtsAudits", "Re'sen"),
    "complaint": QT_TRANSLATE_NOOP("KtsAudits", "Şikâyet üzerine"),
}
MODE_TEXTS = {
    "remote": QT_TRANSLATE_NOOP("KtsAudits", "Uzaktan"),
    "on_site": QT_TRANSLATE_NOOP("KtsAudits", "Yerinde"),
}
TEAM_TEXTS = {
    "ministry": QT_TRANSLATE_NOOP("KtsAudits", "Bakanlık ekibi"),
    "ism": QT_TRANSLATE_NOOP("KtsAudits", "İl sağlık müdürlüğü ekibi"),
}
RESULT_TEXTS = {
    "conform": QT_TRANSLATE_NOOP("KtsAudits", "Uygun"),
    "deficient": QT_TRANSLATE_NOOP("KtsAudits", "Eksiklik var"),
    "not_examined": QT_TRANSLATE_NOOP("KtsAudits", "İncelenmedi"),
}
TEST_TEXTS = {
    "none": QT_TRANSLATE_NOOP("KtsAudits", "Yapılmadı"),
    "security": QT_TRANSLATE_NOOP("KtsAudits", "Güvenlik testi"),
    "penetration": QT_TRANSLATE_NOOP("KtsAudits", "Sızma testi"),
}


def _t(texts: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(CONTEXT, texts[code]) if code in texts else code




def _combo(texts: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for code in texts:
        box.addItem(_t(texts, code), code)
    return box


class VendorAudits(QWidget):
    """The Denetimler tab of a producer's file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vendor_id: int | None = None
        self.rows: list[audits.AuditRow] = []
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.plan_button = QPushButton(self.tr("Denetim &planla…"))
        self.plan_button.clicked.connect(self.plan)
        self.record_button = QPushButton(self.tr("&Sonucu kaydet…"))
        self.record_button.clicked.connect(self.record)
        self.record_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([220, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.table.setHorizontalHeaderLabels([self.tr("Plan"), self.tr("Denetim"), self.tr("Dayanak"),
                                              self.tr("Şekil"), self.tr("Ekip"), self.tr("Sonuç")])

    def set_vendor(self, vendor_id: int | None) -> None:
        self.vendor_id = vendor_id
        self.refresh()

    def refresh(self) -> None:
        self.rows = []
        if self.vendor_id is not None:
            found = run(self, self.tr("Denetimler"), audits.vendor_audits, self.ctx, self.vendor_id)
            self.rows = found.value if found.ok and found.value is not None else []
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            values = (date_text(a.planned_on), date_text(a.performed_on) if a.performed_on else "",
                      _t(GROUND_TEXTS, a.grounds), _t(MODE_TEXTS, a.mode), _t(TEAM_TEXTS, a.team), shown(a.result_text))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, a.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(5):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 130))
        self.table.resizeRowsToContents()
        self.plan_button.setEnabled(self.vendor_id is not None)
        self._show_selected()

    def _selected(self) -> audits.AuditRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        a = self._selected()
        self.record_button.setEnabled(a is not None and a.outcome is None)
        if a is None:
            self.detail.setPlainText("")
            return
        lines = [shown(a.result_text)]
        if a.complaint:
            lines.append(self.tr("Şikâyet: {text}").format(text=a.complaint))
        lines.append(self.tr("Güvenlik / sızma testi: {test}").format(test=_t(TEST_TEXTS, a.security_test)))
        for subject, result, notes in a.findings:
            lines.append(f"({subject}) {shown(audits.SUBJECTS[subject])}: {_t(RESULT_TEXTS, result)}"
                         + (f" — {notes}" if notes else ""))
        if a.findings:
            lines.append(self.tr("Not: md. 18/3 konu başlıkları çalışma metnidir; resmî metinle doğrulanmadı."))
        self.detail.setPlainText("\n".join(lines))

    def _written(self) -> None:
        hub().publish(Changes(vendors=[self.vendor_id], kinds={"vendor"}, source=self))
        self.refresh()

    def plan(self) -> None:
        if self.vendor_id is None:
            return
        dialog = AuditPlanDialog(self.ctx, self.vendor_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._written()

    def record(self) -> None:
        a = self._selected()
        if a is None:
            Messages.error(self, self.tr("Denetim"), self.tr("Önce listeden planlanmış bir denetim seçin."))
            return
        dialog = AuditRecordDialog(self.ctx, a, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._written()


class AuditPlanDialog(DiscardGuard, QDialog):
    def __init__(self, ctx: AppContext, vendor_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.vendor_id = ctx, vendor_id
        self.setWindowTitle(self.tr("Denetim planla (SBYS Yönetmeliği md. 18)"))
        self.planned_on = date_edit(ctx.clock.today())
        self.grounds = _combo(GROUND_TEXTS)
        self.complainant = QLineEdit()
        self.subject = QLineEdit()
        self.mode = _combo(MODE_TEXTS)
        self.team = _combo(TEAM_TEXTS)
        self.province = QSpinBox()
        self.province.setRange(1, 81)
        self.province.setToolTip(self.tr("İl plaka kodu"))
        self.members = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Plan tarihi"), self.planned_on)
        form.addRow(self.tr("Dayanak"), self.grounds)
        form.addRow(self.tr("Şikâyet eden"), self.complainant)
        form.addRow(self.tr("Şikâyetin konusu"), self.subject)
        form.addRow(self.tr("Şekil"), self.mode)
        form.addRow(self.tr("Ekip (md. 18/2)"), self.team)
        form.addRow(self.tr("Ekibin ili (plaka)"), self.province)
        form.addRow(self.tr("Ekip üyeleri"), self.members)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.grounds.currentIndexChanged.connect(self._enable)
        self.team.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        complaint = self.grounds.currentData() == "complaint"
        self.complainant.setEnabled(complaint)
        self.subject.setEnabled(complaint)
        self.province.setEnabled(self.team.currentData() == "ism")

    def save(self) -> None:
        team = self.team.currentData()
        plan = audits.AuditPlan(self.vendor_id, from_qdate(self.planned_on.date()), self.grounds.currentData(),
                                self.mode.currentData(), team, self.province.value() if team == "ism" else None,
                                self.members.text(), self.complainant.text(), self.subject.text())
        if run(self, self.windowTitle(), audits.plan_audit, self.ctx, plan).ok:
            self.accept()


class AuditRecordDialog(DiscardGuard, QDialog):
    """The result of a planned audit: one line per subject of md. 18/3, the time limit when something is
    deficient, and the security or penetration test with its report (md. 18/4)."""

    def __init__(self, ctx: AppContext, audit: audits.AuditRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.audit = ctx, audit
        self.report: Path | None = None
        self.setWindowTitle(self.tr("Denetim sonucu"))
        today = ctx.clock.today()
        self.performed_on = date_edit(today)
        grid_box = QGroupBox(self.tr("md. 18/3 konuları (çalışma metni, resmî metinle doğrulanmadı)"))
        grid = QGridLayout(grid_box)
        self.results: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for row, (code, title) in enumerate(audits.SUBJECTS.items()):
            label = QLabel(f"({code}) {shown(title)}")
            label.setWordWrap(True)
            self.results[code] = _combo(RESULT_TEXTS)
            self.notes[code] = QLineEdit()
            self.notes[code].setPlaceholderText(self.tr("Bulgu / not"))
            grid.addWidget(label, row, 0)
            grid.addWidget(self.results[code], row, 1)
            grid.addWidget(self.notes[code], row, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        self.deadline = date_edit(today + dt.timedelta(days=30))
        self.test = _combo(TEST_TEXTS)
        self.summary = QLineEdit()
        self.report_button = QPushButton(self.tr("Rapor seç…"))
        self.report_button.clicked.connect(self.choose_report)
        self.report_label = QLabel(self.tr("Rapor seçilmedi"))
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_button)
        report_row.addWidget(self.report_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("Denetim tarihi"), self.performed_on)
        form.addRow(self.tr("Eksikliklerin giderilmesi için son gün (md. 7)"), self.deadline)
        form.addRow(self.tr("Güvenlik / sızma testi (md. 18/4)"), self.test)
        form.addRow(self.tr("Test özeti"), self.summary)
        form.addRow(self.tr("Test raporu"), report_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(grid_box)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for code in audits.SUBJECTS:
            self.notes[code].setMinimumWidth(300)
            self.results[code].currentIndexChanged.connect(self._enable)
        self.test.currentIndexChanged.connect(self._enable)
        self._enable()
        self.resize(900, self.sizeHint().height())

    def _enable(self) -> None:
        """The time limit only when something is deficient; the report only with a test."""
        self.deadline.setEnabled(any(box.currentData() == "deficient" for box in self.results.values()))
        tested = self.test.currentData() != "none"
        self.summary.setEnabled(tested)
        self.report_button.setEnabled(tested)

    def choose_report(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Test raporu"), "", self.tr("PDF (*.pdf);;Tümü (*)"))
        if name:
            self.report = Path(name)
            self.report_label.setText(self.report.name)

    def record_input(self) -> audits.AuditRecord:
        findings = [audits.Finding(code, self.results[code].currentData(), self.notes[code].text())
                    for code in audits.SUBJECTS]
        deficient = any(f.result == "deficient" for f in findings)
        content = self.report.read_bytes() if self.report is not None else b""
        return audits.AuditRecord(from_qdate(self.performed_on.date()), findings,
                                  from_qdate(self.deadline.date()) if deficient else None,
                                  self.test.currentData(), self.summary.text(),
                                  self.report.name if self.report else "", content)

    def save(self) -> None:
        try:
            record = self.record_input()
        except OSError as exc:
            Messages.error(self, self.windowTitle(), self.tr("Rapor dosyası okunamadı: {error}").format(error=exc))
            return
        done = run(self, self.windowTitle(), audits.record_audit, self.ctx, self.audit.id, record)
        if done.ok:
            self.accept()
