"""Dialogs of the KTS desk: a new KTS application (firm, vergi no, MERSİS no, signatory, products with
versions), and the deletion on a ground of SBYS art. 8/2 or 8/3."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import from_qdate, to_qdate
from app.ui.common.forms import DiscardGuard, FieldErrors, error_label
from app.ui.common.operations import run
from app.ui.common.style import INVALID_STYLE
from app.workflows.common.context import AppContext
from app.workflows.kts import registry as kts
from app.workflows.kts.legal import OFFICER_GROUNDS, DeletionGround

UTS_MARK = "ÜTS"  # a product line ending in "; ÜTS": the software needs ÜTS registration (SBYS art. 6/3-c)


def parse_products(text: str) -> list[kts.ProductInput]:
    """One product a line: 'name; version', with '; ÜTS' after it when the software needs ÜTS registration (a tab
    or the last space also separates the version)."""
    products = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        head, sep, mark = line.rpartition(";")
        needs_uts = bool(sep) and mark.strip().upper() in (UTS_MARK, "UTS")
        if needs_uts:
            line = head.strip()
        for sep in (";", "\t"):
            if sep in line:
                name, _, version = line.rpartition(sep)
                break
        else:
            name, _, version = line.rpartition(" ")
        products.append(kts.ProductInput(name.strip(), version.strip(), needs_uts))
    return products


class _Dialog(DiscardGuard, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(560)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.result_id: int | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Vazgeç"))

    def save(self) -> None:
        raise NotImplementedError

    def _date(self, day: dt.date) -> QDateEdit:
        e = QDateEdit(to_qdate(day))
        e.setCalendarPopup(True)
        e.setDisplayFormat("dd.MM.yyyy")
        return e


class VendorDialog(_Dialog):
    """A new KTS application; a deleted vendor applies again with its vergi no."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.name_edit, self.tax_edit, self.mersis_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.tax_edit.setMaxLength(10)
        self.mersis_edit.setMaxLength(16)
        self.signatory_edit, self.address_edit = QLineEdit(), QLineEdit()
        self.applied_edit = self._date(ctx.clock.today())
        self.products_edit = QPlainTextEdit()
        self.products_edit.setFixedHeight(90)
        self.labels = [QLabel() for _ in range(7)]
        form = QFormLayout()
        for key, label, widget in zip(
                ("name", "tax_no", "mersis_no", "signatory_name", "address", "applied_on", "products"), self.labels,
                (self.name_edit, self.tax_edit, self.mersis_edit, self.signatory_edit, self.address_edit,
                 self.applied_edit, self.products_edit)):
            label.setBuddy(widget)
            self.errors.add_row(form, key, label, widget)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.errors.clear()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Yeni KTS başvurusu"))
        for label, text in zip(self.labels, (self.tr("&Firma unvanı:"), self.tr("&Vergi kimlik no:"),
                                             self.tr("&MERSİS no:"), self.tr("Firma &yetkilisi:"),
                                             self.tr("&Adres:"), self.tr("&Başvuru tarihi:"),
                                             self.tr("Ü&rünler:"))):
            label.setText(text)
        self.products_edit.setPlaceholderText(self.tr("Her satıra bir ürün: ad; sürüm (ÜTS kaydı gerektiren "
                                                      "yazılımda sonuna: ; ÜTS)"))
        self.hint.setText(self.tr("Belgeler (ISO/IEC 27001; SPICE ya da CMMI; ÜTS kaydı gerektiren yazılımlar için "
                                  "ÜTS kaydı, yazılımların hepsi ÜTS kaydı gerektiriyorsa SPICE/CMMI yerine) "
                                  "başvurudan sonra üreticinin Genel sekmesinden eklenir."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Başvuruyu &kaydet"))

    def form(self) -> kts.VendorInput:
        return kts.VendorInput(name=self.name_edit.text(), tax_no=self.tax_edit.text().strip(),
                               mersis_no=self.mersis_edit.text().strip(), signatory_name=self.signatory_edit.text(),
                               applied_on=from_qdate(self.applied_edit.date()), address=self.address_edit.text(),
                               products=parse_products(self.products_edit.toPlainText()))

    def save(self) -> None:
        outcome = run(self, self.tr("Yeni KTS başvurusu"), kts.register_vendor, self.ctx, self.form(),
                      show_validation=False)
        if outcome.ok:
            self.result_id = outcome.value
            self.accept()
        elif outcome.field_errors:
            self.errors.show(outcome.field_errors)


class _ReasonDateDialog(_Dialog):
    """An explanation, a reason and a date: the form of the KTS acts that need a written reason."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.date_edit = self._date(ctx.clock.today())
        self.l_reason, self.l_date = QLabel(), QLabel()
        form = QFormLayout()
        self.l_reason.setBuddy(self.reason_edit)
        self.l_date.setBuddy(self.date_edit)
        self.errors.add_row(form, "reason", self.l_reason, self.reason_edit)
        self.errors.add_row(form, "on", self.l_date, self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.errors.clear()

    def submit(self, title: str, service, record_id: int) -> None:  # type: ignore[no-untyped-def]
        """`service(ctx, record_id, date, reason)`; closes on success, else shows the field messages."""
        outcome = run(self, title, service, self.ctx, record_id, from_qdate(self.date_edit.date()),
                      self.reason_edit.text(), show_validation=False)
        if outcome.ok:
            self.accept()
        elif outcome.field_errors:
            self.errors.show(outcome.field_errors)


class DeleteDialog(_ReasonDateDialog):
    """Deletion from KTS by the officer, on a ground of SBYS art. 8: 8/2 (false documents, misleading data, a shared
    access code: at once, no application for a year) or 8/3 (a breach of art. 16-17: no ban)."""

    def __init__(self, ctx: AppContext, vendor_id: int, vendor_name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.vendor_id = vendor_id
        self.vendor_name = vendor_name
        self.ground_combo = QComboBox()
        for ground in OFFICER_GROUNDS:
            self.ground_combo.addItem("", ground.value)
        self.ground_combo.currentIndexChanged.connect(lambda _i: self._explain())
        self.l_ground = QLabel()
        self.l_ground.setBuddy(self.ground_combo)
        form = self.layout().itemAt(1).layout()       # the reason and date form: the ground goes first
        err = error_label()
        form.insertRow(0, self.l_ground, self.ground_combo)
        form.insertRow(1, "", err)
        self.errors.register("ground", self.ground_combo, err)
        self.errors.clear()
        self.retranslate()

    def ground(self) -> DeletionGround:
        return DeletionGround(self.ground_combo.currentData())

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("KTS'den silme"))
        if not hasattr(self, "ground_combo"):
            return
        texts = {DeletionGround.FALSE_INFO: self.tr("md. 8/2: gerçeğe aykırı bilgi/belge, yanıltıcı veri "
                                                    "gönderimi, erişim kodunun paylaşılması"),
                 DeletionGround.BREACH_16_17: self.tr("md. 8/3: md. 16-17 hükümlerine aykırılık (veri saklama, "
                                                      "kayıtlar)")}
        for i in range(self.ground_combo.count()):
            self.ground_combo.setItemText(i, texts[DeletionGround(self.ground_combo.itemData(i))])
        self.l_ground.setText(self.tr("&Dayanak:"))
        self.l_reason.setText(self.tr("&Gerekçe:"))
        self.l_date.setText(self.tr("&Silme tarihi:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("KTS'den &sil"))
        self._explain()

    def _explain(self) -> None:
        if self.ground() == DeletionGround.FALSE_INFO:
            text = self.tr("{name} uyarı yapılmaksızın KTS'den silinecek (SBYS Yönetmeliği md. 8/2). Yeni başvurusu "
                           "bir yıl kabul edilmez; erişim kodu 3 ay içinde kapanır. Hizmet verdiği illerin "
                           "İSM'lerine bildirim gider.")
        else:
            text = self.tr("{name} md. 16-17 hükümlerine aykırılık nedeniyle KTS'den silinecek (SBYS Yönetmeliği "
                           "md. 8/3). Yeni başvuru yasağı yoktur; erişim kodu 3 ay içinde kapanır. Hizmet verdiği "
                           "illerin İSM'lerine bildirim gider.")
        self.text.setText(text.format(name=self.vendor_name))

    def save(self) -> None:
        outcome = run(self, self.tr("KTS'den silme"), kts.delete_vendor, self.ctx, self.vendor_id,
                      from_qdate(self.date_edit.date()), self.ground(), self.reason_edit.text(),
                      show_validation=False)
        if outcome.ok:
            self.accept()
        elif outcome.field_errors:
            self.errors.show(outcome.field_errors)


class RevokeCertificateDialog(_ReasonDateDialog):
    """Cancel a KTS Yetki Belgesi from a date; verification answers "iptal edilmiştir" from then on."""

    def __init__(self, ctx: AppContext, certificate_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.certificate_id = certificate_id
        self.number = number
        self.date_edit.setMaximumDate(to_qdate(ctx.clock.today() + dt.timedelta(
            days=kts.CERTIFICATE_REVOCATION_DAYS_AHEAD)))   # the service's bound too
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Yetki Belgesi iptali"))
        self.text.setText(self.tr(
            "{number} numaralı KTS Yetki Belgesi aşağıdaki tarihten itibaren iptal edilecek. O günden sonra "
            "doğrulama \"iptal edilmiştir\" yanıtını verir. Gerekçe denetim kaydında saklanır.").format(
                number=self.number))
        self.l_reason.setText(self.tr("&Gerekçe:"))
        self.l_date.setText(self.tr("İptal &tarihi:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Belgeyi &iptal et"))

    def save(self) -> None:
        self.submit(self.tr("Yetki Belgesi iptali"), kts.revoke_certificate, self.certificate_id)
