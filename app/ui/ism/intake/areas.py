"""Tab 2 "Alanlar" of the application form: the USH areas in force on the received date, each ticked with an
optional branch; `selected()` is what the officer asked for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.forms import FieldErrors, error_label
from app.ui.common.operations import run
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.common.lookups import Choice


class AreasSection(QWidget):
    """The areas table; `fill()` reloads the areas in force on `day()` and keeps what was ticked."""

    def __init__(self, ctx: AppContext, errors: FieldErrors, branches: list[Choice], day: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._branches = branches
        self._day = day
        self.areas_hint = QLabel()
        self.areas_hint.setWordWrap(True)
        self.areas_table = QTableWidget(0, 3)
        self.areas_table.verticalHeader().setVisible(False)
        self.areas_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.areas_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.areas_table.setTabKeyNavigation(False)
        header = self.areas_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.areas_table.setColumnWidth(1, 240)
        self.areas_table.setWordWrap(False)
        self.areas_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.areas_table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        self.areas_error = error_label()
        errors.register_table("areas", self.areas_table, self.areas_error)   # a ticked area: its error goes
        self.branch_combos: list[QComboBox] = []
        self.fill()
        layout = QVBoxLayout(self)
        layout.addWidget(self.areas_hint)
        layout.addWidget(self.areas_error)
        layout.addWidget(self.areas_table, 1)

    def retranslate(self) -> None:
        self.areas_hint.setText(self.tr(
            "Tesisin istediği USH alanlarını işaretleyin; alan bir uzmanlık dalıyla sınırlıysa branşı seçin."))
        self.areas_table.setHorizontalHeaderLabels([self.tr("USH alanı"), self.tr("Branş (isteğe bağlı)"),
                                                    self.tr("Not")])

    def fill(self) -> None:
        checked = {code for code, _b in self.selected()} if self.areas_table.rowCount() else set()
        branches = {code: b for code, b in self.selected()} if self.areas_table.rowCount() else {}
        self._areas = run(self, self.tr("Yeni başvuru"), lookups.ush_areas, self.ctx, self._day()).value or []
        self.areas_table.setRowCount(len(self._areas))
        self.branch_combos = []
        for r, area in enumerate(self._areas):
            item = QTableWidgetItem(area.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if area.code in checked else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, area.code)
            item.setToolTip(area.description)
            self.areas_table.setItem(r, 0, item)
            combo = QComboBox()
            combo.addItem("—", None)
            for b in self._branches:
                combo.addItem(b.name, b.code)
            combo.setCurrentIndex(max(0, combo.findData(branches.get(area.code))))
            self.areas_table.setCellWidget(r, 1, combo)
            self.branch_combos.append(combo)
            note = QTableWidgetItem(self.tr("Ayrıca Bakanlık izni gerekir") if area.needs_ministry_permission else "")
            note.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.areas_table.setItem(r, 2, note)

    def selected(self) -> list[tuple[str, str | None]]:
        out = []
        for r in range(self.areas_table.rowCount()):
            item = self.areas_table.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                combo = self.branch_combos[r] if r < len(self.branch_combos) else None
                out.append((str(item.data(Qt.ItemDataRole.UserRole)), combo.currentData() if combo else None))
        return out

    def set_area(self, code: str, checked: bool = True, branch: str | None = None) -> None:
        for r in range(self.areas_table.rowCount()):
            item = self.areas_table.item(r, 0)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.branch_combos[r].setCurrentIndex(max(0, self.branch_combos[r].findData(branch)))
