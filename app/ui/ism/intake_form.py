"""The application form: a facility's USH application as the İSM receives it (intake.receive).

The dialog assembles the head (received date and time, channel, document number, note) and five tabs, each a
section of its own in app.ui.ism.intake: Tesis (`FacilitySection`: pick a registered facility or enter a new
one), Alanlar (`AreasSection`: requested USH areas with an optional branch), USBS (`VendorPicker`: vendor and
product; an amber warning when the vendor is not on the KTS active list on the received date), Meslek
mensupları (`ProfessionalsSection`), Belgeler (`DocumentsSection`: files with size and SHA-256). It submits the
form and, on a validation error, shows every message next to its field and in the message area; nothing the
officer typed is touched.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import from_qdatetime, to_qdatetime, turkish_sorted
from app.ui.common.forms import DiscardGuard, FieldErrors, error_label, widget_values
from app.ui.common.operations import Messages, run
from app.ui.common.style import ERROR_COLOUR, INVALID_STYLE
from app.ui.common.texts import shown
from app.ui.ism.intake.areas import AreasSection
from app.ui.ism.intake.documents import DocumentsModel, DocumentsSection, KindDelegate
from app.ui.ism.intake.facility import FacilityPickModel, FacilitySection
from app.ui.ism.intake.professionals import (
    ProfessionalDelegate,
    ProfessionalsModel,
    ProfessionalsSection,
)
from app.ui.ism.intake.vendor import VendorPicker
from app.ui.ism.texts import channel_label
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.common.lookups import VendorChoice
from app.workflows.common.validation import (
    ckys_code_error,
    email_error,
    mersis_error,
    phone_error,
    tckn_error,
    vkn_error,
)
from app.workflows.common.vocabulary import Channel
from app.workflows.ism import intake
from app.workflows.ism.intake import FacilityInput, IntakeForm

__all__ = ["ApplicationFormDialog", "DocumentsModel", "FacilityPickModel", "KindDelegate", "ProfessionalDelegate",
           "ProfessionalsModel"]


def _tab_of(key: str) -> str:
    head = key.split(".", 1)[0]
    return {"facility": "facility", "areas": "areas", "vendor": "vendor", "product": "vendor",
            "professionals": "professionals", "documents": "documents"}.get(head, "")


class ApplicationFormDialog(DiscardGuard, QDialog):
    """New application. `saved` carries the new application's id; the officer is told its number. Closing it with
    something typed asks first (DiscardGuard)."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumSize(960, 680)

        title = self.tr("Yeni başvuru")
        provinces = turkish_sorted(run(self, title, lookups.provinces, ctx).value or [], key=lambda c: c.name)
        types = run(self, title, lookups.facility_types, ctx).value or []
        branches = turkish_sorted(run(self, title, lookups.branches, ctx).value or [], key=lambda c: c.name)
        vendors: list[VendorChoice] = turkish_sorted(
            run(self, title, lookups.vendors, ctx, ctx.clock.today()).value or [], key=lambda v: v.name)

        self._build_head()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.facility_tab = FacilitySection(ctx, self.errors, provinces, types)
        self.areas_tab = AreasSection(ctx, self.errors, branches, lambda: self.received_at().date())
        self.vendor_tab = VendorPicker(ctx, self.errors, vendors, self.received_at)
        self.professionals_tab = ProfessionalsSection(self.errors, branches, lambda: self.received_at().date())
        self.documents_tab = DocumentsSection(self.errors, lambda: self.choose_files())
        self.tab_keys = ["facility", "areas", "vendor", "professionals", "documents"]
        for w in (self.facility_tab, self.areas_tab, self.vendor_tab, self.professionals_tab, self.documents_tab):
            self.tabs.addTab(w, "")
        self._expose_fields()

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
        self.vendor_tab.vendor_changed()
        self.facility_tab.search_facilities()
        self._live_checks()
        self.errors.on_change = lambda still: self._summarise(still, focus=False)
        self.received.setFocus()
        self.watch_edits()

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

    def _expose_fields(self) -> None:
        """The sections' fields under the names the dialog has always had (tests and shortcuts reach them)."""
        fac, ven, pro, doc = self.facility_tab, self.vendor_tab, self.professionals_tab, self.documents_tab
        self.existing_radio, self.new_radio = fac.existing_radio, fac.new_radio
        self.facility_search, self.facility_model = fac.facility_search, fac.facility_model
        self.facility_view, self.picked_label = fac.facility_view, fac.picked_label
        self.f_ckys, self.f_name, self.f_type, self.f_province = fac.f_ckys, fac.f_name, fac.f_type, fac.f_province
        self.f_district, self.f_address, self.f_tax_no, self.f_tckn = (fac.f_district, fac.f_address, fac.f_tax_no,
                                                                      fac.f_tckn)
        self.f_mersis, self.f_manager, self.f_phone = fac.f_mersis, fac.f_manager, fac.f_phone
        self.f_email, self.f_kep = fac.f_email, fac.f_kep
        self.areas_table = self.areas_tab.areas_table
        self.vendor, self.product = ven.vendor, ven.product
        self.vendor_status, self.vendor_warning = ven.vendor_status, ven.vendor_warning
        self.professionals_model, self.professionals_view = pro.professionals_model, pro.professionals_view
        self.add_professional_button = pro.add_professional_button
        self.remove_professional_button = pro.remove_professional_button
        self.documents_model, self.documents_view = doc.documents_model, doc.documents_view
        self.document_kind, self.documents_error = doc.document_kind, doc.documents_error
        self.add_document_button, self.remove_document_button = doc.add_document_button, doc.remove_document_button

    def _live_checks(self) -> None:
        """A new facility's identifiers and contact fields are checked again as they are corrected, by the same
        functions the service uses (app.workflows.common.validation)."""
        fac = self.facility_tab
        for key, fn in (("ckys_code", lambda: ckys_code_error(fac.f_ckys.text())),
                        ("tax_no", lambda: vkn_error(t) if (t := fac.f_tax_no.text().strip()) else None),
                        ("tckn", lambda: tckn_error(t) if (t := fac.f_tckn.text().strip()) else None),
                        ("mersis_no", lambda: mersis_error(t) if (t := fac.f_mersis.text().strip()) else None),
                        ("phone", lambda: phone_error(fac.f_phone.text())),
                        ("email", lambda: email_error(fac.f_email.text().strip())),
                        ("kep_address", lambda: email_error(fac.f_kep.text().strip(), self.tr("KEP adresi")))):
            self.errors.check(f"facility.{key}", fn)

    def entered(self) -> object:
        """What counts as typed for the discard question: the fields, the professionals and the documents."""
        return (widget_values(self), self.professionals_tab.values(),
                [d.filename for d in self.documents_tab.values()], self.selected_areas())

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
        self.save_button.setText(self.tr("&Kaydet"))
        self.cancel_button.setText(self.tr("&Vazgeç"))
        for section in (self.areas_tab, self.professionals_tab, self.documents_tab, self.vendor_tab,
                        self.facility_tab):
            section.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour -----------------------------------------------------------------------------------------------

    def received_at(self) -> dt.datetime:
        return from_qdatetime(self.received.dateTime())

    def _received_changed(self) -> None:
        """Another received date: the areas in force and the vendors' KTS statuses on that day."""
        day = self.received_at().date()
        self.areas_tab.fill()
        self.vendor_tab.set_day(day)

    def warnings_text(self) -> str:
        return self.vendor_tab.warnings_text()

    def choose_files(self) -> list[str]:
        """The file dialog (tests replace this method)."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Başvuru belgeleri"))
        return paths

    def add_files(self, paths: list[Path]) -> None:
        self.documents_tab.add_files(paths)

    # -- the form's value and saving -----------------------------------------------------------------------------

    def selected_areas(self) -> list[tuple[str, str | None]]:
        return self.areas_tab.selected()

    def set_area(self, code: str, checked: bool = True, branch: str | None = None) -> None:
        self.areas_tab.set_area(code, checked, branch)

    def selected_facility_id(self) -> int | None:
        return self.facility_tab.selected_facility_id()

    def facility_input(self) -> FacilityInput:
        return self.facility_tab.facility_input()

    def form_value(self) -> IntakeForm:
        """What the officer entered, as the workflow's form (the widgets are not changed)."""
        new = self.facility_tab.is_new()
        return IntakeForm(
            received_at=self.received_at(), channel=self.channel.currentData() or "",
            channel_ref=self.channel_ref.text().strip(),
            facility_id=None if new else self.selected_facility_id(),
            new_facility=self.facility_input() if new else None,
            areas=self.selected_areas(), vendor_id=self.vendor.currentData(), product_id=self.product.currentData(),
            professionals=self.professionals_tab.values(), documents=self.documents_tab.values(),
            note=self.note.text().strip())

    def save(self) -> None:
        self.professionals_tab.commit_editing()
        self.show_errors({})
        outcome = run(self, self.tr("Başvuru kaydı"), intake.receive, self.ctx, self.form_value(),
                      show_validation=False)
        if outcome.ok and outcome.value is not None:
            self.saved_id = int(outcome.value)
            number = run(self, self.tr("Başvuru kaydı"), intake.application_number_of, self.ctx, self.saved_id,
                         quiet=True).value
            self.saved.emit(self.saved_id)
            self.accept()
            Messages.info(self.parentWidget() or self, self.tr("Başvuru kaydedildi"),
                          self.tr("Başvuru {number} numarasıyla kaydedildi. 15 günlük inceleme süresi alındığı "
                                  "günün ertesi günü başlar.").format(number=number or "—"))
        elif outcome.field_errors:
            self.show_errors(outcome.field_errors)

    def show_errors(self, errors: dict[str, str], focus: bool = True) -> None:
        """A refused save's messages: each next to its field (a table's on its rows), all of them in the summary,
        the tabs that have one in red. FieldErrors takes each away as soon as its field is changed and tells
        `_summarise` again, so the summary and the tabs' red follow."""
        self.errors.show(errors)
        self._summarise(self.errors.current, focus)

    def _summarise(self, errors: dict[str, str], focus: bool) -> None:
        bad_tabs = {_tab_of(k) for k in errors} - {""}
        bar = self.tabs.tabBar()
        for i, key in enumerate(self.tab_keys):
            bar.setTabTextColor(i, QColor(ERROR_COLOUR) if key in bad_tabs else QColor())
        if not errors:
            self.message.clear()
            self.message_box.setVisible(False)
            return
        lines = [self.tr("Kaydedilmedi; düzeltilmesi gereken alanlar var:")]
        lines += [f"• {shown(m)}" for m in errors.values()]
        self.message.setText("\n".join(lines))
        self.message_box.setVisible(True)
        current = self.tab_keys[self.tabs.currentIndex()]
        if focus and current not in bad_tabs and bad_tabs:
            self.tabs.setCurrentIndex(min(self.tab_keys.index(k) for k in bad_tabs))

    def error_for(self, key: str) -> str:
        """The message shown next to a field (for tests and for the screen reader)."""
        return self.errors.message(key)
