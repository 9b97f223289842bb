"""The SHGM desk's small forms: areas, rejection, ÇKYS reference, amendment, suspension, resumption, revocation.

Each dialog validates what it can see (a reason is required, dates in order) and returns plain values; the
workflow checks again and has the last word.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.forms import DiscardGuard, on_any_edit
from app.ui.common.operations import alive
from app.ui.common.style import ERROR_COLOUR
from app.workflows.shgm.decisions import areas_differ
from app.workflows.shgm.permits import MAX_DAYS_AHEAD

KEY_ROLE = Qt.ItemDataRole.UserRole


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class _Base(DiscardGuard, QDialog):
    """OK/Cancel, an error line, and LanguageChange → retranslate()."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    @property
    def ok_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def problem(self) -> str:
        return ""

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not getattr(self, "_rechecking", False):        # the subclass's fields exist by now
            self._rechecking = True
            on_any_edit(self, self._recheck)
        super().showEvent(event)

    def _recheck(self) -> None:
        """A problem said after OK is checked again as the officer changes the form: it goes once fixed."""
        if alive(self.error) and not self.error.isHidden():
            self.show_error(self.problem())

    def _try_accept(self) -> None:
        msg = self.problem()
        self.show_error(msg)
        if not msg:
            self.accept()

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AreasDialog(_Base):
    """Tick the USH areas SHGM grants (from those requested); a reason when they differ."""

    def __init__(self, parent: QWidget | None, requested: list, facility: str) -> None:  # list[AreaChoice]
        super().__init__(parent)
        self.requested = requested
        self.facility = facility
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        for a in requested:
            item = QListWidgetItem(a.label)
            item.setData(KEY_ROLE, a.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        self.reason_label = QLabel()
        self.layout_.insertWidget(0, self.intro)
        self.form.addRow(self.list)
        self.form.addRow(self.reason_label, self.reason)
        self.list.itemChanged.connect(lambda _i: self._update())
        self.resize(560, 420)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("USH alanlarını belirle"))
        self.intro.setText(self.tr("{facility} için izin verilecek USH alanlarını işaretleyin. Yalnızca başvuruda "
                                   "istenen alanlar seçilebilir.").format(facility=self.facility))
        self.reason_label.setText(self.tr("Farkın gerekçesi:"))
        self.reason.setPlaceholderText(self.tr("İstenen alanlardan biri verilmiyorsa nedenini yazın."))

    def selected(self) -> list[tuple[str, str | None]]:
        return [tuple(self.list.item(i).data(KEY_ROLE)) for i in range(self.list.count())  # type: ignore[misc]
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def differs(self) -> bool:
        return areas_differ([a.key for a in self.requested], self.selected())

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update(self) -> None:
        self.reason.setEnabled(self.differs())

    def problem(self) -> str:
        if not self.selected():
            return self.tr("En az bir alan seçin; hiçbir alan uygun değilse başvuruyu reddedin.")
        if self.differs() and not self.reason_text():
            return self.tr("Seçilen alanlar istenenlerden farklı; farkın gerekçesini yazın.")
        return ""


class TextDialog(_Base):
    """One required text: rejection reasons (multi-line) or the ÇKYS reference (one line)."""

    def __init__(self, parent: QWidget | None, kind: str, subject: str) -> None:
        super().__init__(parent)
        self.kind = kind            # "reject" or "ckys"
        self.subject = subject
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)
        self.label = QLabel()
        self.edit: QLineEdit | QPlainTextEdit = QPlainTextEdit() if kind == "reject" else QLineEdit()
        if isinstance(self.edit, QLineEdit):
            self.edit.setMaxLength(60)
        self.form.addRow(self.label, self.edit)
        self.resize(520, 260 if kind == "reject" else 160)
        self.retranslate()

    def retranslate(self) -> None:
        if self.kind == "reject":
            self.setWindowTitle(self.tr("Başvuruyu reddet"))
            self.intro.setText(self.tr("{subject} reddedilecek. Gerekçeler İl Sağlık Müdürlüğüne iletilir.")
                               .format(subject=self.subject))
            self.label.setText(self.tr("Ret gerekçeleri:"))
        else:
            self.setWindowTitle(self.tr("ÇKYS'ye kaydedildi"))
            self.intro.setText(self.tr("{subject} için USH alanlarını ÇKYS'ye girdiyseniz ÇKYS'nin verdiği kayıt "
                                       "numarasını yazın. İzin belgesi ancak bundan sonra düzenlenebilir.")
                               .format(subject=self.subject))
            self.label.setText(self.tr("ÇKYS kayıt no:"))

    def value(self) -> str:
        e = self.edit
        return (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()).strip()

    def problem(self) -> str:
        if self.value():
            return ""
        return self.tr("Ret gerekçesini yazın.") if self.kind == "reject" else self.tr("ÇKYS kayıt numarasını yazın.")


class AmendDialog(_Base):
    """New set of areas for a permit (service types; the current branch-specific areas are offered too)."""

    def __init__(self, parent: QWidget | None, choices: list, current: list, today: dt.date,
                 vendors: list | None = None, producer: tuple[int | None, int | None] = (None, None),
                 fixed: list | None = None, reason: str = "") -> None:
        """`fixed`: the areas of an amendment decision recorded in ÇKYS, signed as they are (shown, not
        editable), with the decision's `reason`."""
        super().__init__(parent)
        self.current = {a.key for a in current}
        self.fixed = {a.key for a in fixed} if fixed is not None else None
        self.current_producer = producer
        self.vendors = list(vendors or [])       # lookups.VendorChoice, with the KTS status on `today`
        self.vendor = QComboBox()
        self.product = QComboBox()
        for v in self.vendors:
            self.vendor.addItem(v.name, v.id)
        if producer[0] is None:
            self.vendor.insertItem(0, "—", None)
        self.vendor.setCurrentIndex(max(0, self.vendor.findData(producer[0])))
        self.vendor.currentIndexChanged.connect(self._fill_products)
        self._fill_products()
        if producer[1] is not None:
            self.product.setCurrentIndex(max(0, self.product.findData(producer[1])))
        self.list = QListWidget()
        seen = set()
        checked = self.fixed if self.fixed is not None else self.current
        for a in [*current, *(fixed or []), *choices]:
            if a.key in seen:
                continue
            seen.add(a.key)
            item = QListWidgetItem(a.label)
            item.setData(KEY_ROLE, a.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.key in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setEnabled(self.fixed is None)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)
        self.date = _date_edit(today)
        self.date.setMaximumDate(_qdate(today + dt.timedelta(days=MAX_DAYS_AHEAD)))  # the service's bound too
        self.reason = QPlainTextEdit(reason)
        self.reason.setFixedHeight(70)
        self.ref = QLineEdit()
        self.labels = [QLabel() for _ in range(5)]
        self.form.addRow(self.list)
        self.form.addRow(self.labels[3], self.vendor)
        self.form.addRow(self.labels[4], self.product)
        self.form.addRow(self.labels[0], self.date)
        self.form.addRow(self.labels[1], self.reason)
        self.form.addRow(self.labels[2], self.ref)
        self.resize(600, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("İzin alanlarını değiştir") if self.fixed is None
                            else self.tr("Alan değişikliğini imzala"))
        self.intro.setText(
            self.tr("Yeni alanlar ilk izin gibi ÇKYS'den geçer: kaydedince bir alan değişikliği kararı oluşur; "
                    "Kararlar sekmesinde ÇKYS dosyasını üretip ÇKYS'ye kaydedildiğini işaretledikten sonra Onay "
                    "Yetkilisi imzalar. Yalnızca USBS üreticisi değişiyorsa değişiklik hemen imzalanır.")
            if self.fixed is None else
            self.tr("ÇKYS'ye kaydedilen alanlar izin belgesinin yeni sürümü olarak imzalanacak."))
        self.labels[0].setText(self.tr("Yürürlük tarihi:"))
        self.labels[1].setText(self.tr("Gerekçe:"))
        self.labels[2].setText(self.tr("Dayanak yazı (sayı):"))
        self.labels[3].setText(self.tr("USBS üreticisi:"))
        self.labels[4].setText(self.tr("Ürün:"))
        self.vendor.setToolTip(self.tr("Tesisin USH için kullandığı USBS üreticisi; değiştirilirse yeni üretici "
                                       "yürürlük tarihinde KTS aktif listesinde olmalıdır."))

    def _fill_products(self) -> None:
        self.product.clear()
        chosen = next((v for v in self.vendors if v.id == self.vendor.currentData()), None)
        for p in chosen.products if chosen else ():
            self.product.addItem(p.label, p.id)

    def producer(self) -> tuple[int, int | None] | None:
        """The producer chosen when it differs from the current revision's (None: unchanged)."""
        vendor_id = self.vendor.currentData()
        if vendor_id is None:
            return None
        chosen = (vendor_id, self.product.currentData())
        return None if chosen == self.current_producer else chosen

    def selected(self) -> list[tuple[str, str | None]]:
        return [tuple(self.list.item(i).data(KEY_ROLE)) for i in range(self.list.count())  # type: ignore[misc]
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def effective(self) -> dt.date:
        return _pydate(self.date.date())

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def problem(self) -> str:
        if not self.selected():
            return self.tr("En az bir alan seçin; izni tümüyle kaldırmak için iptal edin.")
        if not areas_differ(self.current, self.selected()) and self.producer() is None:   # the service refuses it too
            return self.tr("Alanlar ve USBS üreticisi değişmedi.")
        if not self.reason_text():
            return self.tr("Değişikliğin gerekçesini yazın.")
        return ""


class ProducerDialog(_Base):
    """The USBS producer an ex officio permit records (the facility has no application that names one)."""

    def __init__(self, parent: QWidget | None, vendors: list) -> None:
        super().__init__(parent)
        self.vendors = [v for v in vendors if v.status.value == "active"]   # only the active list may serve
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)
        self.vendor = QComboBox()
        self.vendor.addItem("—", None)
        for v in self.vendors:
            self.vendor.addItem(v.name, v.id)
        self.product = QComboBox()
        self.vendor.currentIndexChanged.connect(self._fill_products)
        self.labels = [QLabel() for _ in range(2)]
        self.form.addRow(self.labels[0], self.vendor)
        self.form.addRow(self.labels[1], self.product)
        self.resize(560, 240)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tesisin USBS üreticisi"))
        self.intro.setText(self.tr("Resen izinde tesisin USH için kullandığı USBS üreticisini seçin (yalnızca KTS "
                                   "aktif listesindekiler). Seçilmezse Yetki Sorgulama üreticiyi doğrulayamaz; "
                                   "sonradan alan değişikliğiyle kaydedilebilir."))
        self.labels[0].setText(self.tr("USBS üreticisi:"))
        self.labels[1].setText(self.tr("Ürün:"))

    def _fill_products(self) -> None:
        self.product.clear()
        chosen = next((v for v in self.vendors if v.id == self.vendor.currentData()), None)
        for p in chosen.products if chosen else ():
            self.product.addItem(p.label, p.id)

    def producer(self) -> tuple[int, int | None] | None:
        vendor_id = self.vendor.currentData()
        return None if vendor_id is None else (vendor_id, self.product.currentData())


class DatedDialog(_Base):
    """Suspend (from, optional until), resume (date) or revoke (date), each with a reason."""

    def __init__(self, parent: QWidget | None, kind: str, number: str, today: dt.date) -> None:
        super().__init__(parent)
        self.kind, self.number = kind, number
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)
        self.date = _date_edit(today)
        if kind in ("suspend", "revoke"):   # the service's bound too; a resumption blocks nothing
            self.date.setMaximumDate(_qdate(today + dt.timedelta(days=MAX_DAYS_AHEAD)))
        self.until_check = QCheckBox()
        self.until = _date_edit(today + dt.timedelta(days=30))
        self.until.setEnabled(False)
        self.until_check.toggled.connect(self.until.setEnabled)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        self.ref = QLineEdit()
        self.labels = [QLabel() for _ in range(4)]
        self.form.addRow(self.labels[0], self.date)
        if kind == "suspend":
            self.form.addRow(self.until_check)
            self.form.addRow(self.labels[1], self.until)
        self.form.addRow(self.labels[2], self.reason)
        self.form.addRow(self.labels[3], self.ref)
        self.resize(520, 320)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {"suspend": self.tr("İzni askıya al"), "resume": self.tr("Askıyı kaldır"),
                  "revoke": self.tr("İzni iptal et")}
        self.setWindowTitle(titles[self.kind])
        intro = {"suspend": self.tr("{number} numaralı izin askıya alınacak; askı süresince tesis uzaktan sağlık "
                                    "hizmeti veremez."),
                 "resume": self.tr("{number} numaralı iznin askısı kaldırılacak."),
                 "revoke": self.tr("{number} numaralı izin iptal edilecek. İptal kesindir ve geri alınamaz.")}
        self.intro.setText(intro[self.kind].format(number=self.number))
        self.labels[0].setText({"suspend": self.tr("Askı başlangıcı:"), "resume": self.tr("Yürürlük tarihi:"),
                                "revoke": self.tr("İptal tarihi:")}[self.kind])
        self.until_check.setText(self.tr("Askının biteceği tarih belli (bu tarihte izin yeniden yürürlüğe girer)"))
        self.labels[1].setText(self.tr("Askı bitişi:"))
        self.labels[2].setText(self.tr("Gerekçe:"))
        self.labels[3].setText(self.tr("Dayanak yazı (sayı):"))

    def on(self) -> dt.date:
        return _pydate(self.date.date())

    def until_date(self) -> dt.date | None:
        return _pydate(self.until.date()) if self.kind == "suspend" and self.until_check.isChecked() else None

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def problem(self) -> str:
        if not self.reason_text():
            return self.tr("Gerekçe yazın.")
        until = self.until_date()
        if until is not None and until <= self.on():
            return self.tr("Askının bitişi başlangıcından sonra olmalı.")
        return ""


class ExOfficioDialog(_Base):
    """Start an ex officio (resen) decision: a Ministry facility, its areas and the reason."""

    def __init__(self, parent: QWidget | None, search, areas: list) -> None:  # search(text) -> list[FacilityChoice]
        super().__init__(parent)
        self.search_fn = search
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)
        self.search = QLineEdit()
        self.search.textChanged.connect(self._search)
        self.facilities = QListWidget()
        self.facilities.setMaximumHeight(140)
        self.areas = QListWidget()
        for a in areas:
            item = QListWidgetItem(a.label)
            item.setData(KEY_ROLE, a.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.areas.addItem(item)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.labels = [QLabel() for _ in range(4)]
        self.form.addRow(self.labels[0], self.search)
        self.form.addRow(self.labels[1], self.facilities)
        self.form.addRow(self.labels[2], self.areas)
        self.form.addRow(self.labels[3], self.reason)
        self.resize(620, 560)
        self.retranslate()
        self._search()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resen izin başlat"))
        self.intro.setText(self.tr("Bakanlığa bağlı sağlık tesislerine İl Sağlık Müdürlüğü başvurusu olmadan resen "
                                   "izin verilebilir. Alanlar yine ÇKYS'ye kaydedildikten sonra belge düzenlenir."))
        self.labels[0].setText(self.tr("Tesis ara:"))
        self.labels[1].setText(self.tr("Sağlık tesisi:"))
        self.labels[2].setText(self.tr("USH alanları:"))
        self.labels[3].setText(self.tr("Gerekçe:"))

    def _search(self) -> None:
        self.facilities.clear()
        for f in self.search_fn(self.search.text()):
            item = QListWidgetItem(f.label)
            item.setData(KEY_ROLE, f.id)
            self.facilities.addItem(item)
        if self.facilities.count():
            self.facilities.setCurrentRow(0)

    def facility_id(self) -> int | None:
        item = self.facilities.currentItem()
        return int(item.data(KEY_ROLE)) if item is not None else None

    def selected(self) -> list[tuple[str, str | None]]:
        return [tuple(self.areas.item(i).data(KEY_ROLE)) for i in range(self.areas.count())  # type: ignore[misc]
                if self.areas.item(i).checkState() == Qt.CheckState.Checked]

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def problem(self) -> str:
        if self.facility_id() is None:
            return self.tr("Bir sağlık tesisi seçin.")
        if not self.selected():
            return self.tr("En az bir USH alanı seçin.")
        if not self.reason_text():
            return self.tr("Resen izin için gerekçe yazın.")
        return ""
