"""The application form: a facility's USH application as the İSM receives it (intake.receive).

Tabs: Tesis (pick a registered facility or enter a new one), Alanlar (requested USH areas with an optional
branch), USBS (vendor and product; an amber warning when the vendor is not on the KTS active list on the
received date), Meslek mensupları, Belgeler (files with size and SHA-256). On a validation error every message
is shown next to its field and in the message area, and nothing the officer typed is touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import (
    date_text,
    from_qdate,
    from_qdatetime,
    size_text,
    to_qdate,
    to_qdatetime,
    turkish_sorted,
)
from app.ui.common.forms import FieldErrors, error_label
from app.ui.common.operations import run
from app.ui.common.style import ERROR_COLOUR, INVALID_STYLE, WARNING_BACKGROUND, WARNING_COLOUR
from app.ui.common.tables import RowsModel
from app.ui.ism.texts import ATTACHABLE_KINDS, channel_label, document_kind_label
from app.ui.labels import vendor_status_label
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.common.lookups import Choice, FacilityChoice, VendorChoice
from app.workflows.common.stored_documents import MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB
from app.workflows.common.vocabulary import Channel, VendorStatus
from app.workflows.ism import intake
from app.workflows.ism.intake import DocumentInput, FacilityInput, IntakeForm, ProfessionalInput

ERROR_TINT = QColor("#fddcd8")


def _tab_of(key: str) -> str:
    head = key.split(".", 1)[0]
    return {"facility": "facility", "areas": "areas", "vendor": "vendor", "product": "vendor",
            "professionals": "professionals", "documents": "documents"}.get(head, "")


# --- Meslek mensupları --------------------------------------------------------------------------------------------

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
            return QBrush(ERROR_TINT)
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
            self.endRemoveRows()
            self.errors = {}

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


# --- Belgeler -----------------------------------------------------------------------------------------------------

class DocumentsModel(RowsModel):
    KIND, NAME, SIZE, HASH = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[DocumentInput] = []
        self.errors: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Tür"), self.tr("Dosya adı"), self.tr("Boyut"), self.tr("SHA-256")]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.KIND else flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.KIND:
                return document_kind_label(d.kind)
            if col == self.NAME:
                return d.filename
            if col == self.SIZE:
                return size_text(len(d.content))
            return hashlib.sha256(d.content).hexdigest()[:16] + "…"
        if role == Qt.ItemDataRole.EditRole and col == self.KIND:
            return d.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() in self.errors:
                return self.errors[index.row()]
            if col == self.HASH:
                return hashlib.sha256(d.content).hexdigest()
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.errors:
            return QBrush(ERROR_TINT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == self.KIND and role == Qt.ItemDataRole.EditRole and value:
            self.rows[index.row()].kind = str(value)
            self.dataChanged.emit(index, index)
            return True
        return False

    def add(self, doc: DocumentInput) -> None:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(doc)
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.errors = {}

    def set_errors(self, errors: dict[str, str]) -> None:
        self.errors = {int(k.split(".")[1]) - 1: m for k, m in errors.items()
                       if k.startswith("documents.") and k.split(".")[1].isdigit()}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 3))


class KindDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for kind in ATTACHABLE_KINDS:
            combo.addItem(document_kind_label(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


# --- facility picker ----------------------------------------------------------------------------------------------

class FacilityPickModel(RowsModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[FacilityChoice] = []

    def set_rows(self, rows: list[FacilityChoice]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Tesis"), self.tr("ÇKYS kodu"), self.tr("İl"), self.tr("İlçe")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [f.name, f.ckys_code, f.province_name, f.district][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return f.id
        return None


# --- the dialog ---------------------------------------------------------------------------------------------------

class ApplicationFormDialog(QDialog):
    """New application. `saved` carries the new application's id."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumSize(960, 680)

        title = self.tr("Yeni başvuru")
        self._provinces = turkish_sorted(run(self, title, lookups.provinces, ctx).value or [], key=lambda c: c.name)
        self._types = run(self, title, lookups.facility_types, ctx).value or []
        self._branches = turkish_sorted(run(self, title, lookups.branches, ctx).value or [], key=lambda c: c.name)
        self._vendors: list[VendorChoice] = turkish_sorted(
            run(self, title, lookups.vendors, ctx, ctx.clock.today()).value or [], key=lambda v: v.name)

        self._build_head()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.facility_tab = self._build_facility_tab()
        self.areas_tab = self._build_areas_tab()
        self.vendor_tab = self._build_vendor_tab()
        self.professionals_tab = self._build_professionals_tab()
        self.documents_tab = self._build_documents_tab()
        self.tab_keys = ["facility", "areas", "vendor", "professionals", "documents"]
        for w in (self.facility_tab, self.areas_tab, self.vendor_tab, self.professionals_tab, self.documents_tab):
            self.tabs.addTab(w, "")

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(f"QLabel {{ color: {ERROR_COLOUR}; background: #fdecea; padding: 6px 8px; }}")
        self.message_box = QScrollArea()
        self.message_box.setWidget(self.message)
        self.message_box.setWidgetResizable(True)
        self.message_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 16)
        self.message_box.setStyleSheet(f"QScrollArea {{ border: 1px solid {ERROR_COLOUR}; border-radius: 4px; }}")
        self.message_box.setVisible(False)
        self.save_button = QPushButton()
        self.cancel_button = QPushButton()
        for b in (self.save_button, self.cancel_button):
            b.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.head_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_box)
        layout.addLayout(buttons)

        self.received.dateTimeChanged.connect(self._received_changed)
        self.retranslate()
        self._vendor_changed()
        self._search_facilities()
        self.received.setFocus()

    # -- building ------------------------------------------------------------------------------------------------

    def _build_head(self) -> None:
        self.head_box = QFrame()
        self.received = QDateTimeEdit(to_qdatetime(self.ctx.clock.now()))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.channel = QComboBox()
        self.channel.addItem("", "")
        for c in Channel:
            self.channel.addItem("", c.value)
        self.channel_ref = QLineEdit()
        self.note = QLineEdit()
        self.received_label, self.channel_label, self.channel_ref_label, self.note_label = (
            QLabel(), QLabel(), QLabel(), QLabel())
        for label, field in ((self.received_label, self.received), (self.channel_label, self.channel),
                             (self.channel_ref_label, self.channel_ref), (self.note_label, self.note)):
            label.setBuddy(field)
        grid = QGridLayout(self.head_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for col, (label, field, key) in enumerate(((self.received_label, self.received, "received_at"),
                                                   (self.channel_label, self.channel, "channel"),
                                                   (self.channel_ref_label, self.channel_ref, "channel_ref"))):
            err = error_label()
            grid.addWidget(label, 0, col)
            grid.addWidget(field, 1, col)
            grid.addWidget(err, 2, col)
            self.errors.register(key, field, err)
        grid.addWidget(self.note_label, 3, 0, 1, 3)
        grid.addWidget(self.note, 4, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def _build_facility_tab(self) -> QWidget:
        tab = QWidget()
        self.existing_radio = QRadioButton()
        self.new_radio = QRadioButton()
        self.facility_mode = QButtonGroup(self)
        self.facility_mode.addButton(self.existing_radio, 0)
        self.facility_mode.addButton(self.new_radio, 1)
        self.existing_radio.setChecked(True)
        self.facility_stack = QStackedWidget()

        # existing
        pick = QWidget()
        self.facility_search = QLineEdit()
        self.facility_search.setClearButtonEnabled(True)
        self.facility_model = FacilityPickModel(self)
        self.facility_view = QTableView()
        self.facility_view.setModel(self.facility_model)
        self.facility_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.facility_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.facility_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.facility_view.verticalHeader().setVisible(False)
        self.facility_view.setTabKeyNavigation(False)
        self.facility_view.setAlternatingRowColors(True)
        self.facility_view.setWordWrap(False)
        self.facility_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.facility_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.facility_view.selectionModel().currentRowChanged.connect(self._facility_picked)
        self.picked_label = QLabel()
        self.picked_label.setWordWrap(True)
        self.facility_error = error_label()
        self.errors.register("facility", self.facility_view, self.facility_error)
        pick_layout = QVBoxLayout(pick)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        pick_layout.addWidget(self.facility_search)
        pick_layout.addWidget(self.facility_view, 1)
        pick_layout.addWidget(self.picked_label)
        self._facility_timer = QTimer(self)
        self._facility_timer.setSingleShot(True)
        self._facility_timer.setInterval(250)
        self._facility_timer.timeout.connect(self._search_facilities)
        self.facility_search.textChanged.connect(self._facility_timer.start)

        # new
        new = QWidget()
        self.f_ckys, self.f_name, self.f_district = QLineEdit(), QLineEdit(), QLineEdit()
        self.f_type, self.f_province = QComboBox(), QComboBox()
        self.f_address = QPlainTextEdit()
        self.f_address.setTabChangesFocus(True)
        self.f_address.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.f_tax_no, self.f_tckn, self.f_mersis = QLineEdit(), QLineEdit(), QLineEdit()
        self.f_tax_no.setMaxLength(10)
        self.f_tckn.setMaxLength(11)
        self.f_mersis.setMaxLength(16)
        self.f_manager, self.f_phone, self.f_email, self.f_kep = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.f_type.addItem("", "")
        for t in self._types:
            self.f_type.addItem(t.name, t.code)
        self.f_province.addItem("", None)
        for p in self._provinces:
            self.f_province.addItem(p.name, p.code)
        if self.ctx.actor.province_id is not None:
            self.f_province.setCurrentIndex(max(0, self.f_province.findData(self.ctx.actor.province_id)))
        self.facility_labels: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setVerticalSpacing(2)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for form, key, field in ((left, "ckys_code", self.f_ckys), (left, "name", self.f_name),
                                 (left, "type_code", self.f_type), (left, "province_id", self.f_province),
                                 (left, "district", self.f_district), (left, "address", self.f_address),
                                 (right, "tax_no", self.f_tax_no), (right, "tckn", self.f_tckn),
                                 (right, "mersis_no", self.f_mersis), (right, "manager_name", self.f_manager),
                                 (right, "phone", self.f_phone), (right, "email", self.f_email),
                                 (right, "kep_address", self.f_kep)):
            label = QLabel()
            label.setBuddy(field)
            self.facility_labels[key] = label
            self.errors.add_row(form, f"facility.{key}", label, field)
        new_layout = QHBoxLayout(new)
        new_layout.setContentsMargins(0, 0, 0, 0)
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            new_layout.addLayout(column, 1)
            if form is left:
                new_layout.addSpacing(16)

        self.facility_stack.addWidget(pick)
        self.facility_stack.addWidget(new)
        self.facility_mode.idToggled.connect(self._facility_mode_changed)
        mode = QHBoxLayout()
        mode.addWidget(self.existing_radio)
        mode.addSpacing(12)
        mode.addWidget(self.new_radio)
        mode.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(mode)
        layout.addWidget(self.facility_error)
        layout.addWidget(self.facility_stack, 1)
        return tab

    def _build_areas_tab(self) -> QWidget:
        tab = QWidget()
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
        self.errors.register("areas", self.areas_table, self.areas_error)
        self.branch_combos: list[QComboBox] = []
        self._fill_areas()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.areas_hint)
        layout.addWidget(self.areas_error)
        layout.addWidget(self.areas_table, 1)
        return tab

    def _fill_areas(self) -> None:
        checked = {code for code, _b in self.selected_areas()} if self.areas_table.rowCount() else set()
        branches = {code: b for code, b in self.selected_areas()} if self.areas_table.rowCount() else {}
        self._areas = run(self, self.tr("Yeni başvuru"), lookups.ush_areas, self.ctx,
                          from_qdatetime(self.received.dateTime()).date()).value or []
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

    def _build_vendor_tab(self) -> QWidget:
        tab = QWidget()
        self.vendor = QComboBox()
        self.vendor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.product = QComboBox()
        self.vendor.addItem("", None)
        for v in self._vendors:
            self.vendor.addItem(v.name, v.id)
        self.vendor.currentIndexChanged.connect(self._vendor_changed)
        self.vendor_status = QLabel()
        self.vendor_warning = QLabel()
        self.vendor_warning.setWordWrap(True)
        self.vendor_warning.setVisible(False)
        self.vendor_warning.setStyleSheet(
            f"QLabel {{ color: {WARNING_COLOUR}; background: {WARNING_BACKGROUND}; border: 1px solid #e0a800;"
            " border-radius: 4px; padding: 6px 8px; }")
        self.vendor_label, self.product_label, self.vendor_status_label = QLabel(), QLabel(), QLabel()
        self.vendor_label.setBuddy(self.vendor)
        self.product_label.setBuddy(self.product)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(2)
        self.errors.add_row(form, "vendor", self.vendor_label, self.vendor)
        self.errors.add_row(form, "product", self.product_label, self.product)
        form.addRow(self.vendor_status_label, self.vendor_status)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.vendor_warning)
        layout.addStretch(1)
        return tab

    def _build_professionals_tab(self) -> QWidget:
        tab = QWidget()
        self.professionals_model = ProfessionalsModel(self._branches, self)
        self.professionals_view = QTableView()
        self.professionals_view.setModel(self.professionals_model)
        self.professionals_view.setItemDelegate(ProfessionalDelegate(
            self._branches, lambda: from_qdatetime(self.received.dateTime()).date(), self.professionals_view))
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
        self.errors.register("professionals", self.professionals_view, self.professionals_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_professional_button)
        buttons.addWidget(self.remove_professional_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.professionals_hint)
        layout.addWidget(self.professionals_error)
        layout.addWidget(self.professionals_view, 1)
        layout.addLayout(buttons)
        return tab

    def _build_documents_tab(self) -> QWidget:
        tab = QWidget()
        self.documents_model = DocumentsModel(self)
        self.documents_view = QTableView()
        self.documents_view.setModel(self.documents_model)
        self.documents_view.setItemDelegateForColumn(DocumentsModel.KIND, KindDelegate(self.documents_view))
        self.documents_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_view.verticalHeader().setVisible(False)
        self.documents_view.setTabKeyNavigation(False)
        self.documents_view.setWordWrap(False)
        header = self.documents_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DocumentsModel.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = self.documents_view.fontMetrics()
        for col, sample in ((DocumentsModel.KIND, "Altyapı ve donanım bilgi formu"), (DocumentsModel.SIZE, "999,9 MB"),
                            (DocumentsModel.HASH, "0123456789abcdef…")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.documents_view.setColumnWidth(col, metrics.horizontalAdvance(sample) + 24)
        self.document_kind = QComboBox()
        for kind in ATTACHABLE_KINDS:
            self.document_kind.addItem("", kind)
        self.document_kind_label = QLabel()
        self.document_kind_label.setBuddy(self.document_kind)
        self.add_document_button = QPushButton()
        self.remove_document_button = QPushButton()
        for b in (self.add_document_button, self.remove_document_button):
            b.setAutoDefault(False)
        self.add_document_button.clicked.connect(self.add_documents)
        self.remove_document_button.clicked.connect(self.remove_document)
        self.documents_hint = QLabel()
        self.documents_hint.setWordWrap(True)
        self.documents_error = error_label()
        top = QHBoxLayout()
        top.addWidget(self.document_kind_label)
        top.addWidget(self.document_kind, 1)
        top.addWidget(self.add_document_button)
        top.addWidget(self.remove_document_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.documents_hint)
        layout.addLayout(top)
        layout.addWidget(self.documents_error)
        layout.addWidget(self.documents_view, 1)
        return tab

    # -- texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Yeni başvuru"))
        self.received_label.setText(self.tr("Alındığı &tarih ve saat"))
        self.channel_label.setText(self.tr("Ka&nal"))
        self.channel_ref_label.setText(self.tr("&Evrak sayısı"))
        self.note_label.setText(self.tr("N&ot"))
        self.channel.setItemText(0, self.tr("— seçin —"))
        for i in range(1, self.channel.count()):
            self.channel.setItemText(i, channel_label(self.channel.itemData(i)))
        self.channel_ref.setPlaceholderText(self.tr("EBYS evrak sayısı ya da KEP iletisi"))
        self.note.setPlaceholderText(self.tr("İsteğe bağlı"))
        for key, text in zip(self.tab_keys, (self.tr("&1 Tesis"), self.tr("&2 Alanlar"), self.tr("&3 USBS"),
                                             self.tr("&4 Meslek mensupları"), self.tr("&5 Belgeler"))):
            self.tabs.setTabText(self.tab_keys.index(key), text)
        self.existing_radio.setText(self.tr("Kayıtlı bir tesis seç"))
        self.new_radio.setText(self.tr("Yeni tesis kaydet"))
        self.facility_search.setPlaceholderText(self.tr("Tesis adı ya da ÇKYS kodu ile ara"))
        labels = {"ckys_code": self.tr("ÇKYS kodu"), "name": self.tr("Tesis adı"), "type_code": self.tr("Tür"),
                  "province_id": self.tr("İl"), "district": self.tr("İlçe"), "address": self.tr("Adres"),
                  "tax_no": self.tr("Vergi kimlik no"), "tckn": self.tr("TC kimlik no (şahıs)"),
                  "mersis_no": self.tr("MERSİS no"), "manager_name": self.tr("Mesul müdür"),
                  "phone": self.tr("Telefon"), "email": self.tr("E-posta"), "kep_address": self.tr("KEP adresi")}
        for key, label in self.facility_labels.items():
            label.setText(labels[key])
        self.f_type.setItemText(0, self.tr("— seçin —"))
        self.f_province.setItemText(0, self.tr("— seçin —"))
        self.f_tax_no.setPlaceholderText(self.tr("10 hane"))
        self.f_tckn.setPlaceholderText(self.tr("11 hane; vergi no yoksa"))
        self.f_mersis.setPlaceholderText(self.tr("16 hane; şirketlerde"))
        self.areas_hint.setText(self.tr(
            "Tesisin istediği USH alanlarını işaretleyin; alan bir uzmanlık dalıyla sınırlıysa branşı seçin."))
        self.areas_table.setHorizontalHeaderLabels([self.tr("USH alanı"), self.tr("Branş (isteğe bağlı)"),
                                                    self.tr("Not")])
        self.vendor_label.setText(self.tr("USBS &üreticisi"))
        self.product_label.setText(self.tr("USBS ü&rünü"))
        self.vendor_status_label.setText(self.tr("KTS durumu"))
        self.vendor.setItemText(0, self.tr("— seçin —"))
        self.professionals_hint.setText(self.tr(
            "Hizmeti verecek sağlık meslek mensupları. Hücreye yazmaya başlayın ya da F2 ile düzenleyin; "
            "Tab sonraki hücreye geçer."))
        self.add_professional_button.setText(self.tr("&Satır ekle"))
        self.remove_professional_button.setText(self.tr("Satırı si&l"))
        self.documents_hint.setText(self.tr(
            "Başvuruyla gelen dosyalar veritabanında SHA-256 özetiyle saklanır."))
        self.document_kind_label.setText(self.tr("&Belge türü"))
        for i in range(self.document_kind.count()):
            self.document_kind.setItemText(i, document_kind_label(self.document_kind.itemData(i)))
        self.add_document_button.setText(self.tr("&Dosya ekle…"))
        self.remove_document_button.setText(self.tr("K&aldır"))
        self.save_button.setText(self.tr("&Kaydet"))
        self.cancel_button.setText(self.tr("&Vazgeç"))
        self._vendor_changed()
        self._facility_picked()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour -----------------------------------------------------------------------------------------------

    def _facility_mode_changed(self, mode: int, checked: bool) -> None:
        if checked:
            self.facility_stack.setCurrentIndex(mode)
            (self.facility_search if mode == 0 else self.f_ckys).setFocus()

    def _search_facilities(self) -> None:
        province = self.ctx.actor.province_id if self.ctx.actor.role.provincial else None
        outcome = run(self, self.tr("Tesis arama"), lookups.find_facilities, self.ctx, self.facility_search.text(),
                      province)
        current = self.selected_facility_id()
        self.facility_model.set_rows(outcome.value or [])
        for r, f in enumerate(self.facility_model.rows):
            if f.id == current:
                self.facility_view.selectRow(r)
        self._facility_picked()

    def selected_facility_id(self) -> int | None:
        index = self.facility_view.currentIndex()
        return int(index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def _facility_picked(self, *_args) -> None:  # type: ignore[no-untyped-def]
        index = self.facility_view.currentIndex()
        if not index.isValid():
            self.picked_label.setText(self.tr("Listeden bir tesis seçin."))
            return
        f = self.facility_model.rows[index.row()]
        self.picked_label.setText(self.tr("Seçilen tesis: {name} (ÇKYS {code}, {province})").format(
            name=f.name, code=f.ckys_code, province=f.province_name))

    def _received_changed(self) -> None:
        day = from_qdatetime(self.received.dateTime()).date()
        statuses = run(self, self.tr("USBS üreticisi"), lookups.vendor_statuses, self.ctx, day).value or {}
        self._vendors = [VendorChoice(v.id, v.name, statuses.get(v.id, v.status), v.products) for v in self._vendors]
        self._fill_areas()
        self._vendor_changed()

    def _current_vendor(self) -> VendorChoice | None:
        vid = self.vendor.currentData()
        return next((v for v in self._vendors if v.id == vid), None)

    def _vendor_changed(self) -> None:
        v = self._current_vendor()
        product = self.product.currentData()
        self.product.clear()
        if v is None:
            self.product.addItem(self.tr("— önce üreticiyi seçin —"), None)
            self.vendor_status.setText("—")
        else:
            if len(v.products) != 1:
                self.product.addItem(self.tr("— seçin —"), None)
            for p in v.products:
                self.product.addItem(p.label + (f"  (KTS {p.kts_registration_no})" if p.kts_registration_no else ""),
                                     p.id)
            self.product.setCurrentIndex(max(0, self.product.findData(product)))
            colour = "#1b7a2f" if v.status == VendorStatus.ACTIVE else WARNING_COLOUR
            self.vendor_status.setText(f'<span style="color:{colour}">{vendor_status_label(v.status)}</span>')
        self.update_warnings()

    def update_warnings(self) -> None:
        form = IntakeForm(received_at=from_qdatetime(self.received.dateTime()), vendor_id=self.vendor.currentData())
        outcome = run(self, self.tr("USBS üreticisi"), intake.warnings, self.ctx, form)
        warnings = outcome.value or []
        self.vendor_warning.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.vendor_warning.setVisible(bool(warnings))

    def warnings_text(self) -> str:
        return self.vendor_warning.text() if not self.vendor_warning.isHidden() else ""

    def add_professional(self) -> None:
        row = self.professionals_model.add_row()
        index = self.professionals_model.index(row, 0)
        self.professionals_view.setCurrentIndex(index)
        self.professionals_view.setFocus()

    def remove_professional(self) -> None:
        index = self.professionals_view.currentIndex()
        if index.isValid():
            self.professionals_model.remove_row(index.row())

    def choose_files(self) -> list[str]:
        """The file dialog (tests replace this method)."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Başvuru belgeleri"))
        return paths

    def add_documents(self) -> None:
        self.add_files([Path(p) for p in self.choose_files()])

    def add_files(self, paths: list[Path]) -> None:
        kind = self.document_kind.currentData() or "diger"
        problems = []
        for path in paths:
            try:
                size = path.stat().st_size
                if size > MAX_ATTACHMENT_BYTES:     # intake.validate refuses it too
                    problems.append(self.tr("{name}: dosya {limit} MB'tan büyük.").format(
                        name=path.name, limit=MAX_ATTACHMENT_MB))
                    continue
                content = path.read_bytes()
            except OSError as exc:
                problems.append(self.tr("{name} okunamadı: {error}").format(name=path.name, error=exc.strerror))
                continue
            media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            self.documents_model.add(DocumentInput(kind, path.name, content, media))
        self.documents_error.setText("\n".join(problems))
        self.documents_error.setVisible(bool(problems))

    def remove_document(self) -> None:
        index = self.documents_view.currentIndex()
        if index.isValid():
            self.documents_model.remove_row(index.row())

    # -- the form's value and saving -----------------------------------------------------------------------------

    def selected_areas(self) -> list[tuple[str, str | None]]:
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

    def facility_input(self) -> FacilityInput:
        return FacilityInput(
            ckys_code=self.f_ckys.text().strip(), name=self.f_name.text().strip(),
            type_code=self.f_type.currentData() or "", province_id=self.f_province.currentData(),
            district=self.f_district.text().strip(), address=self.f_address.toPlainText().strip(),
            tax_no=self.f_tax_no.text().strip(), tckn=self.f_tckn.text().strip(),
            mersis_no=self.f_mersis.text().strip(),
            manager_name=self.f_manager.text().strip(), phone=self.f_phone.text().strip(),
            email=self.f_email.text().strip(), kep_address=self.f_kep.text().strip())

    def form_value(self) -> IntakeForm:
        """What the officer entered, as the workflow's form (the widgets are not changed)."""
        new = self.new_radio.isChecked()
        return IntakeForm(
            received_at=from_qdatetime(self.received.dateTime()), channel=self.channel.currentData() or "",
            channel_ref=self.channel_ref.text().strip(),
            facility_id=None if new else self.selected_facility_id(),
            new_facility=self.facility_input() if new else None,
            areas=self.selected_areas(), vendor_id=self.vendor.currentData(), product_id=self.product.currentData(),
            professionals=[ProfessionalInput(p.tckn.strip(), p.first_name.strip(), p.last_name.strip(),
                                             p.profession.strip(), p.branch_code, p.licence_no.strip(),
                                             p.work_permit_no.strip(), p.work_permit_from)
                           for p in self.professionals_model.rows],
            documents=list(self.documents_model.rows), note=self.note.text().strip())

    def save(self) -> None:
        view = self.professionals_view
        if view.state() == QAbstractItemView.State.EditingState:   # keep what is still being typed in a cell:
            current = view.currentIndex()                           # leaving the cell commits its editor
            view.setCurrentIndex(QModelIndex())
            view.setCurrentIndex(current)
        self.show_errors({})
        outcome = run(self, self.tr("Başvuru kaydı"), intake.receive, self.ctx, self.form_value(),
                      show_validation=False)
        if outcome.ok and outcome.value is not None:
            self.saved_id = int(outcome.value)
            self.saved.emit(self.saved_id)
            self.accept()
        elif outcome.field_errors:
            self.show_errors(outcome.field_errors)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        self.professionals_model.set_errors(errors)
        self.documents_model.set_errors(errors)
        bad_tabs = {_tab_of(k) for k in errors} - {""}
        bar = self.tabs.tabBar()
        for i, key in enumerate(self.tab_keys):
            bar.setTabTextColor(i, QColor(ERROR_COLOUR) if key in bad_tabs else QColor())
        if not errors:
            self.message.clear()
            self.message_box.setVisible(False)
            return
        lines = [self.tr("Kaydedilmedi; düzeltilmesi gereken alanlar var:")]
        lines += [f"• {m}" for m in errors.values()]
        self.message.setText("\n".join(lines))
        self.message_box.setVisible(True)
        current = self.tab_keys[self.tabs.currentIndex()]
        if current not in bad_tabs and bad_tabs:
            self.tabs.setCurrentIndex(min(self.tab_keys.index(k) for k in bad_tabs))

    def error_for(self, key: str) -> str:
        """The message shown next to a field (for tests and for the screen reader)."""
        return self.errors.message(key)

