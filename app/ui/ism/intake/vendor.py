"""Tab 3 "USBS" of the application form: the vendor and its product, the vendor's KTS list status on the
received date, and the amber warning (intake.warnings) when it is not on the active list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.ui.common.forms import FieldErrors
from app.ui.common.operations import run
from app.ui.common.style import WARNING_BACKGROUND, WARNING_COLOUR
from app.ui.common.texts import shown
from app.ui.labels import vendor_status_label
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.common.lookups import VendorChoice
from app.workflows.common.vocabulary import VendorStatus
from app.workflows.ism import intake
from app.workflows.ism.intake import IntakeForm


class VendorPicker(QWidget):
    """Vendor and product; `set_day(day)` re-reads the vendors' statuses for a new received date."""

    def __init__(self, ctx: AppContext, errors: FieldErrors, vendors: list[VendorChoice],
                 received_at: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._vendors = vendors
        self._received_at = received_at
        self.vendor = QComboBox()
        self.vendor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.product = QComboBox()
        self.vendor.addItem("", None)
        for v in self._vendors:
            self.vendor.addItem(v.name, v.id)
        self.vendor.currentIndexChanged.connect(self.vendor_changed)
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
        errors.add_row(form, "vendor", self.vendor_label, self.vendor)
        errors.add_row(form, "product", self.product_label, self.product)
        form.addRow(self.vendor_status_label, self.vendor_status)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.vendor_warning)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.vendor_label.setText(self.tr("USBS &üreticisi"))
        self.product_label.setText(self.tr("USBS ü&rünü"))
        self.vendor_status_label.setText(self.tr("KTS durumu"))
        self.vendor.setItemText(0, self.tr("— seçin —"))
        self.vendor_changed()

    def set_day(self, day: dt.date) -> None:
        statuses = run(self, self.tr("USBS üreticisi"), lookups.vendor_statuses, self.ctx, day).value or {}
        self._vendors = [VendorChoice(v.id, v.name, statuses.get(v.id, v.status), v.products) for v in self._vendors]
        self.vendor_changed()

    def current_vendor(self) -> VendorChoice | None:
        vid = self.vendor.currentData()
        return next((v for v in self._vendors if v.id == vid), None)

    def vendor_changed(self) -> None:
        v = self.current_vendor()
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
        form = IntakeForm(received_at=self._received_at(), vendor_id=self.vendor.currentData())
        outcome = run(self, self.tr("USBS üreticisi"), intake.warnings, self.ctx, form)
        warnings = outcome.value or []
        self.vendor_warning.setText("\n".join(f"⚠ {shown(w)}" for w in warnings))
        self.vendor_warning.setVisible(bool(warnings))

    def warnings_text(self) -> str:
        return self.vendor_warning.text() if not self.vendor_warning.isHidden() else ""
