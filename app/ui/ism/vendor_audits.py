"""An İSM's read-only list of the audits of the USBS producers serving its province (SBYS Yönetmeliği md. 18-19):
what was audited, when, how, and what became of it (warning, passive, deleted), so the facilities can apply their
contracts' sanctions. Opened from the notices panel; nothing is written here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import date_text
from app.ui.common.operations import run
from app.ui.common.texts import shown
from app.workflows.common.context import AppContext
from app.workflows.kts import audits


class VendorAuditsDialog(QDialog):
    def __init__(self, ctx: AppContext, province_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("İlinize hizmet veren USBS üreticilerinin denetimleri"))
        note = QLabel(self.tr("SBYS Yönetmeliği md. 18-19: üretici pasif listeye alınır ya da silinirse tesisler "
                              "sözleşmelerindeki yaptırımları uygular. Bu liste yalnızca okunur."))
        note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setHorizontalHeaderLabels([self.tr("Denetim"), self.tr("Üretici"), self.tr("Şekil"),
                                              self.tr("Sonuç")])
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([260, 160])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        found = run(self, self.windowTitle(), audits.audits_for_province, ctx, province_id)
        self.rows = found.value or [] if found.ok else []
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            form = f"{shown(audits.MODES[a.mode])}, {shown(audits.TEAMS[a.team]).lower()}"
            for c, value in enumerate((date_text(a.performed_on), a.vendor_name, form, shown(a.result_text))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        for c in range(3):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 220))
        self.table.resizeRowsToContents()
        self.table.itemSelectionChanged.connect(self._show)
        if self.rows:
            self.table.selectRow(0)
        self.resize(900, 520)

    def _show(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.setPlainText("")
            return
        a = self.rows[rows[0].row()]
        lines = [shown(a.result_text)]
        lines += [f"({s}) {shown(audits.SUBJECTS[s])}: {shown(audits.RESULTS[r])}" + (f" — {n}" if n else "")
                  for s, r, n in a.findings]
        self.detail.setPlainText("\n".join(lines))
