"""Tab 4 "Meslek mensupları" of the application form: the professionals typed into a table (an editable profession
list, a branch list, a date for the work permit's start); cells with an error are tinted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import date_text, from_qdate, to_qdate
from app.ui.common.forms import FieldErrors, error_label
from app.ui.common.style import ERROR_TINT
from app.ui.common.tables import RowsModel
from app.workflows.common import lookups
from app.workflows.common.lookups import Choice
from app.workflows.ism import intake
from app.workflows.ism.intake import IntakeForm, ProfessionalInput


class ProfessionalsModel(RowsModel):
    """The professionals typed in the form, kept as ProfessionalInput rows; cells with an error are tinted."""

    TCKN, FIRST, LAST, PROFESSION, BRANCH, LICENCE, PERMIT, FROM = range(8)

    def __init__(self, branches: list[Choice], parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ProfessionalInput] = []
        self.branch_names = {str(b.code): b.name for b in branches}
        self.errors: dict[tuple[int, int], str] = {}

    def headers(self) -> list[str]:
        return [self.tr("TC kimlik no"), self.tr("Ad"), self.tr("Soyad"), self.tr("Meslek"), self.tr("Branş"),
                self.tr("Diploma / tescil no"), self.tr("Çalışma belgesi no"), self.tr("Başlangıç")]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section] if orientation == Qt.Orientation.Horizontal else str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def _value(self, p: ProfessionalInput, col: int):
        return [p.tckn, p.first_name, p.last_name, p.profession, p.branch_code, p.licence_no, p.work_permit_no,
                p.work_permit_from][col]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p, col = self.rows[index.row()], index.column()
        value = self._value(p, col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.BRANCH:
                return self.branch_names.get(value or "", "")
            if col == self.FROM:
                return date_text(value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), col) in self.errors:
            return QBrush(QColor(ERROR_TINT))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get((index.row(), col))
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        p, col = self.rows[index.row()], index.column()
        if col == self.BRANCH:
            p.branch_code = value or None
        elif col == self.FROM:
            p.work_permit_from = value if isinstance(value, dt.date) else None
        else:
            text = "" if value is None else str(value)
            attr = ["tckn", "first_name", "last_name", "profession", "", "licence_no", "work_permit_no"][col]
            setattr(p, attr, text)
        self.errors.pop((index.row(), col), None)
        self.dataChanged.emit(index, index)
        return True

    def add_row(self) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(ProfessionalInput())
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()             # the other rows' errors are moved by FieldErrors (set_errors)

    def set_errors(self, errors: dict[str, str]) -> None:
        """professionals.N.tckn / .name / .profession from ValidationFailed onto the cells (N counts from 1)."""
        cols = {"tckn": [self.TCKN], "name": [self.FIRST, self.LAST], "profession": [self.PROFESSION]}
        self.errors = {}
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "professionals" and parts[1].isdigit():
                for col in cols.get(parts[2], []):
                    self.errors[(int(parts[1]) - 1, col)] = message
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 7))


class ProfessionalDelegate(QStyledItemDelegate):
    """Editors: an editable profession list, a branch list, a date for the work permit's start."""

    def __init__(self, branches: list[Choice], default_day: callable, parent=None) -> None:
        super().__init__(parent)
        self.branches = branches
        self.default_day = default_day

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        col = index.column()
        if col == ProfessionalsModel.PROFESSION:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(list(lookups.PROFESSIONS))
            return combo
        if col == ProfessionalsModel.BRANCH:
            combo = QComboBox(parent)
            combo.addItem("—", None)
            for b in self.branches:
                combo.addItem(b.name, b.code)
            return combo
        if col == ProfessionalsModel.FROM:
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            return edit
        editor = super().createEditor(parent, option, index)
        if col == ProfessionalsModel.TCKN and isinstance(editor, QLineEdit):
            editor.setMaxLength(11)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        col = index.column()
        if col == ProfessionalsModel.PROFESSION and isinstance(editor, QComboBox):
            editor.setCurrentText(value or "")
        elif col == ProfessionalsModel.BRANCH and isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif col == ProfessionalsModel.FROM and isinstance(editor, QDateEdit):
            editor.setDate(to_qdate(value or self.default_day()))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
        col = index.column()
        if col == ProfessionalsModel.PROFESSION and isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip())
        elif col == ProfessionalsModel.BRANCH and isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif col == ProfessionalsModel.FROM and isinstance(editor, QDateEdit):
            model.setData(index, from_qdate(editor.date()))
        else:
            super().setModelData(editor, model, index)


class ProfessionalsSection(QWidget):
    """The professionals' table with "Satır ekle" / "Satırı sil"; `values()` are the rows as typed (trimmed)."""

    def __init__(self, errors: FieldErrors, branches: list[Choice], default_day: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.professionals_model = ProfessionalsModel(branches, self)
        self.professionals_view = QTableView()
        self.professionals_view.setModel(self.professionals_model)
        self.professionals_view.setItemDelegate(ProfessionalDelegate(branches, default_day, self.professionals_view))
        self.professionals_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        self.professionals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.professionals_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.professionals_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((105, 100, 100, 110, 135, 125, 130, 95)):
            self.professionals_view.setColumnWidth(col, width)
        self.add_professional_button = QPushButton()
        self.remove_professional_button = QPushButton()
        for b in (self.add_professional_button, self.remove_professional_button):
            b.setAutoDefault(False)
        self.add_professional_button.clicked.connect(self.add_professional)
        self.remove_professional_button.clicked.connect(self.remove_professional)
        self.professionals_hint = QLabel()
        self.professionals_hint.setWordWrap(True)
        self.professionals_error = error_label()
        errors.register_table("professionals", self.professionals_view, self.professionals_error,
                              check=self.problems, show=self.set_errors)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_professional_button)
        buttons.addWidget(self.remove_professional_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.professionals_hint)
        layout.addWidget(self.professionals_error)
        layout.addWidget(self.professionals_view, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.professionals_hint.setText(self.tr(
            "Hizmeti verecek sağlık meslek mensupları. Hücreye yazmaya başlayın ya da F2 ile düzenleyin; "
            "Tab sonraki hücreye geçer."))
        self.add_professional_button.setText(self.tr("&Satır ekle"))
        self.remove_professional_button.setText(self.tr("Satırı si&l"))

    def add_professional(self) -> None:
        row = self.professionals_model.add_row()
        index = self.professionals_model.index(row, 0)
        self.professionals_view.setCurrentIndex(index)
        self.professionals_view.setFocus()

    def remove_professional(self) -> None:
        index = self.professionals_view.currentIndex()
        if index.isValid():
            self.professionals_model.remove_row(index.row())

    def commit_editing(self) -> None:
        """Keep what is still being typed in a cell: leaving the cell commits its editor."""
        view = self.professionals_view
        if view.state() == QAbstractItemView.State.EditingState:
            current = view.currentIndex()
            view.setCurrentIndex(QModelIndex())
            view.setCurrentIndex(current)

    def values(self) -> list[ProfessionalInput]:
        return [ProfessionalInput(p.tckn.strip(), p.first_name.strip(), p.last_name.strip(), p.profession.strip(),
                                  p.branch_code, p.licence_no.strip(), p.work_permit_no.strip(), p.work_permit_from)
                for p in self.professionals_model.rows]

    def problems(self) -> dict[str, str]:
        """The rows' problems now, by the service's own rules and keys (a corrected cell's message goes)."""
        e: dict[str, str] = {}
        intake._validate_professionals(IntakeForm(professionals=self.values()), e)
        return e

    def set_errors(self, errors: dict[str, str]) -> None:
        self.professionals_model.set_errors(errors)
