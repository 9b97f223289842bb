"""Tab 1 "Tesis" of the application form: pick a registered facility (searched by name or ÇKYS code, in the
officer's province) or enter a new one; `facility_input()` is what the officer typed for a new one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.forms import FieldErrors, error_label
from app.ui.common.operations import run
from app.ui.common.tables import RowsModel
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.common.lookups import Choice, FacilityChoice
from app.workflows.ism.intake import FacilityInput


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


class FacilitySection(QWidget):
    """A registered facility or a new one (the two modes of the tab); its fields' errors go to `errors`."""

    def __init__(self, ctx: AppContext, errors: FieldErrors, provinces: list[Choice], types: list[Choice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.existing_radio = QRadioButton()
        self.new_radio = QRadioButton()
        self.facility_mode = QButtonGroup(self)
        self.facility_mode.addButton(self.existing_radio, 0)
        self.facility_mode.addButton(self.new_radio, 1)
        self.existing_radio.setChecked(True)
        self.facility_stack = QStackedWidget()
        self.facility_stack.addWidget(self._build_picker(errors))
        self.facility_stack.addWidget(self._build_new(errors, provinces, types))
        self.facility_mode.idToggled.connect(self._facility_mode_changed)
        errors.watch("facility", self.facility_mode.idToggled)             # … or "Yeni tesis kaydet" chosen
        mode = QHBoxLayout()
        mode.addWidget(self.existing_radio)
        mode.addSpacing(12)
        mode.addWidget(self.new_radio)
        mode.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(mode)
        layout.addWidget(self.facility_error)
        layout.addWidget(self.facility_stack, 1)

    def _build_picker(self, errors: FieldErrors) -> QWidget:
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
        errors.register("facility", self.facility_view, self.facility_error)   # goes when a facility is picked
        pick_layout = QVBoxLayout(pick)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        pick_layout.addWidget(self.facility_search)
        pick_layout.addWidget(self.facility_view, 1)
        pick_layout.addWidget(self.picked_label)
        self._facility_timer = QTimer(self)
        self._facility_timer.setSingleShot(True)
        self._facility_timer.setInterval(250)
        self._facility_timer.timeout.connect(self.search_facilities)
        self.facility_search.textChanged.connect(self._facility_timer.start)
        return pick

    def _build_new(self, errors: FieldErrors, provinces: list[Choice], types: list[Choice]) -> QWidget:
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
        for t in types:
            self.f_type.addItem(t.name, t.code)
        self.f_province.addItem("", None)
        for p in provinces:
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
            errors.add_row(form, f"facility.{key}", label, field)
        new_layout = QHBoxLayout(new)
        new_layout.setContentsMargins(0, 0, 0, 0)
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            new_layout.addLayout(column, 1)
            if form is left:
                new_layout.addSpacing(16)
        return new

    def retranslate(self) -> None:
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
        self._facility_picked()

    # -- behaviour -----------------------------------------------------------------------------------------------

    def _facility_mode_changed(self, mode: int, checked: bool) -> None:
        if checked:
            self.facility_stack.setCurrentIndex(mode)
            (self.facility_search if mode == 0 else self.f_ckys).setFocus()

    def search_facilities(self) -> None:
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

    # -- value ---------------------------------------------------------------------------------------------------

    def is_new(self) -> bool:
        return self.new_radio.isChecked()

    def facility_input(self) -> FacilityInput:
        return FacilityInput(
            ckys_code=self.f_ckys.text().strip(), name=self.f_name.text().strip(),
            type_code=self.f_type.currentData() or "", province_id=self.f_province.currentData(),
            district=self.f_district.text().strip(), address=self.f_address.toPlainText().strip(),
            tax_no=self.f_tax_no.text().strip(), tckn=self.f_tckn.text().strip(),
            mersis_no=self.f_mersis.text().strip(),
            manager_name=self.f_manager.text().strip(), phone=self.f_phone.text().strip(),
            email=self.f_email.text().strip(), kep_address=self.f_kep.text().strip())
