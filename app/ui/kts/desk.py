"""The KTS desk (SBSGM): vendor lists (active / passive / deleted / in application), a vendor's file with its
products, documents, onboarding stages, warnings and KTS Yetki Belgesi, the list rules on demand, and the
Yetki Sorgulama screen. Every change goes through a workflow function (app.workflows.kts.registry)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.changes import Changes, hub
from app.ui.common.formats import date_edit, date_text, from_qdate, size_text
from app.ui.common.operations import Messages, Operation, run
from app.ui.common.screen import scrolled
from app.ui.common.style import ERROR_COLOUR, OK_COLOUR
from app.ui.common.tables import ColumnChooser, elide_middle, fill_table, read_only_table
from app.ui.common.texts import shown
from app.ui.kts.access_code_tab import AccessCodeTab
from app.ui.kts.check_screen import YetkiSorgulama
from app.ui.labels import vendor_status_label
from app.workflows.common.context import AppContext
from app.workflows.common.permissions import allows
from app.workflows.common.vocabulary import VendorStatus
from app.workflows.kts import info_changes
from app.workflows.kts import queries as kts_queries
from app.workflows.kts import registry as kts

ID_ROLE = Qt.ItemDataRole.UserRole
LABELS = "KtsEtiketler"
MAX_COLUMN = 300  # px; longer texts wrap
# The workflow's stage and outcome labels (kts.STAGE_LABELS, kts.OUTCOME_LABELS), marked for translation here.
STAGE_TEXTS = {
    "application": QT_TRANSLATE_NOOP("KtsEtiketler", "KTS birimine başvuru"),
    "document_check": QT_TRANSLATE_NOOP("KtsEtiketler", "Belge kontrolü"),
    "confidentiality_agreement": QT_TRANSLATE_NOOP("KtsEtiketler",
                                                   "Gizlilik sözleşmesi ve güvenlik taahhütnamesi imzalandı"),
    "test_firm_code": QT_TRANSLATE_NOOP("KtsEtiketler", "Test firma kodu verildi (e-Nabız test ortamı)"),
    "ckys_test_data": QT_TRANSLATE_NOOP("KtsEtiketler", "ÇKYS test hekim veri bankası bilgileri verildi"),
    "erapor_erecete_test_data": QT_TRANSLATE_NOOP("KtsEtiketler", "e-Rapor / e-Reçete test ortamı bilgileri verildi"),
    "audit_appointment": QT_TRANSLATE_NOOP("KtsEtiketler", "Denetim randevusu verildi"),
    "audit": QT_TRANSLATE_NOOP("KtsEtiketler", "Denetim testleri (e-Nabız veri gönderimi, ÇKYS hekim veri bankası "
                                               "entegrasyonu, e-Rapor / e-Reçete entegrasyonu, USBS ekranları)"),
    "web_service_check": QT_TRANSLATE_NOOP("KtsEtiketler", "Hekim veri bankası web servis entegrasyonu kontrolü"),
    "real_environment_info": QT_TRANSLATE_NOOP("KtsEtiketler", "Gerçek ortam bilgileri ve yazılım erişim kodu verildi"),
    "kts_announcement": QT_TRANSLATE_NOOP("KtsEtiketler", "KTS aktif listesinde ilan edildi"),
    "authorisation_certificate": QT_TRANSLATE_NOOP("KtsEtiketler", "KTS Yetki Belgesi verildi"),
}
OUTCOME_TEXTS = {
    "completed": QT_TRANSLATE_NOOP("KtsEtiketler", "Tamamlandı"),
    "incomplete": QT_TRANSLATE_NOOP("KtsEtiketler", "Eksik"),
    "successful": QT_TRANSLATE_NOOP("KtsEtiketler", "Başarılı"),
    "failed": QT_TRANSLATE_NOOP("KtsEtiketler", "Başarısız"),
}


# The four audit tests (legal.AUDIT_TEST_LABELS), the deletion grounds (legal.GROUND_LABELS) and the subjects of an
# information change (legal.INFO_SUBJECTS), marked for translation here.
AUDIT_TEST_TEXTS = {
    "enabiz_data": QT_TRANSLATE_NOOP("KtsEtiketler", "e-Nabız veri gönderimi testi"),
    "ckys_data_bank": QT_TRANSLATE_NOOP("KtsEtiketler", "ÇKYS hekim veri bankası entegrasyonu testi"),
    "erapor_erecete": QT_TRANSLATE_NOOP("KtsEtiketler", "e-Rapor / e-Reçete entegrasyonu kontrolü"),
    "usbs_screens": QT_TRANSLATE_NOOP("KtsEtiketler", "USBS ekranlarının kontrolü"),
}
GROUND_TEXTS = {
    "passive_list": QT_TRANSLATE_NOOP("KtsEtiketler", "Pasif listeden süresinde dönmeme ya da bir yılda 3 kez pasif "
                                                      "listeye alınma"),
    "false_info": QT_TRANSLATE_NOOP("KtsEtiketler", "md. 8/2: gerçeğe aykırı bilgi/belge, yanıltıcı veri "
                                                    "gönderimi, erişim kodunun paylaşılması"),
    "breach_16_17": QT_TRANSLATE_NOOP("KtsEtiketler", "md. 8/3: md. 16-17 hükümlerine aykırılık"),
}
SUBJECT_TEXTS = {
    "name": QT_TRANSLATE_NOOP("KtsEtiketler", "Unvan"),
    "address": QT_TRANSLATE_NOOP("KtsEtiketler", "Adres"),
    "signatory": QT_TRANSLATE_NOOP("KtsEtiketler", "Firma yetkilisi"),
    "products": QT_TRANSLATE_NOOP("KtsEtiketler", "Ürünler (USBS yazılımları)"),
    "documents": QT_TRANSLATE_NOOP("KtsEtiketler", "Belgeler (ISO/IEC 27001, SPICE/CMMI, ÜTS)"),
    "other": QT_TRANSLATE_NOOP("KtsEtiketler", "Diğer"),
}


def label_text(texts: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(LABELS, texts[code]) if code in texts else code


def stage_text(code: str | None) -> str:
    return QCoreApplication.translate(LABELS, STAGE_TEXTS[code]) if code in STAGE_TEXTS else (code or "")


def outcome_text(code: str) -> str:
    return QCoreApplication.translate(LABELS, OUTCOME_TEXTS[code]) if code in OUTCOME_TEXTS else code
LISTS = (VendorStatus.ACTIVE, VendorStatus.PASSIVE, VendorStatus.DELETED, VendorStatus.APPLIED, None)








class KtsDesk(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: kts_queries.VendorFile | None = None
        self.changes: list[info_changes.InfoChangeRow] = []
        self.pages = QTabWidget()
        self.check_screen = YetkiSorgulama(ctx)
        self.pages.addTab(self._vendor_page(), "")
        self.pages.addTab(self.check_screen, "")
        from app.ui.kts.competence import CompetenceScreen  # SBYS md. 20 (issue 18)

        self.competence_screen = CompetenceScreen(ctx)
        self.pages.addTab(self.competence_screen, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        hub().changed.connect(self._hub_changed)
        self.retranslate()
        self._read_only()
        self.refresh()

    def _read_only(self) -> None:
        """An officer whose role may not write KTS records (the auditor; not kts.KTS, the roles every registry
        service requires) is not offered the forms and buttons that would write: they are hidden."""
        if allows(self.ctx.actor, kts.KTS):
            return
        for w in (self.rules_button, self.new_button, self.doc_button, self.uts_button, self.step_button,
                  self.announce_button, self.warn_box, self.fix_date, self.f_fix_date, self.fix_button,
                  self.back_button, self.delete_button, self.change_box, self.issue_button, self.revoke_cert_button,
                  self.access_tab.issue_button, self.access_tab.rotate_button, self.access_tab.revoke_button,
                  self.audits_tab.plan_button, self.audits_tab.record_button,
                  self.competence_screen.propose_button, self.competence_screen.save_button,
                  self.competence_screen.evaluate_button, self.competence_screen.declare_button):
            w.setVisible(False)

    def _hub_changed(self, changes: Changes) -> None:
        """Another screen changed a vendor (or the whole data set): the lists are read again, now if the desk is on
        screen, else when it is shown next."""
        if changes.source is self or not (changes.vendors or changes.has("vendor")):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()

    # -- layout --------------------------------------------------------------------------------------------------

    def _vendor_page(self) -> QWidget:
        page = QWidget()
        self.list_tabs = QTabBar()
        for _ in LISTS:
            self.list_tabs.addTab("")
        self.list_tabs.currentChanged.connect(lambda _i: self.refresh())
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.rules_button = QPushButton()
        self.rules_button.clicked.connect(self.apply_rules)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_vendor)
        top = QHBoxLayout()
        top.addWidget(self.list_tabs)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.rules_button)
        from app.ui.export_menu import add_export_button, table_widget_contents

        self.exporter = add_export_button(          # the vendor list shown (active / passive / … tab, search)
            page, self.ctx, "kts_vendors", lambda: table_widget_contents(self.vendor_table), "usbs-ureticileri",
            details=lambda: {"list": self.list_tabs.tabText(self.list_tabs.currentIndex()),
                             "search": self.search_edit.text()})
        top.addWidget(self.exporter.button)

        self.vendor_table = read_only_table(5, wrap=True)
        # the firm's name takes the room (elided in the middle, whole in the tooltip); the officer hides columns from
        # the header's menu; below 1600 px the tax number and the date start hidden
        elide_middle(self.vendor_table)
        for col in (0, 4):        # the name and the next stage share the width left: no sideways scrolling
            self.vendor_table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        narrow = QGuiApplication.primaryScreen().availableGeometry().width() < 1600
        self.vendor_columns = ColumnChooser(self.vendor_table, "kts-vendors", (1, 3) if narrow else (), always=(0,))
        self.vendor_table.itemSelectionChanged.connect(self._selected)
        self.detail = QTabWidget()
        self.detail.addTab(self._general_tab(), "")
        self.detail.addTab(self._stages_tab(), "")
        self.detail.addTab(self._warnings_tab(), "")
        self.detail.addTab(self._certificate_tab(), "")
        self.detail.addTab(self._changes_tab(), "")
        self.access_tab = AccessCodeTab(self.ctx)     # the software access code and the vendor's queries
        self.detail.addTab(self.access_tab, "")
        from app.ui.kts.audits import VendorAudits  # SBYS md. 18 (issue 18)

        self.audits_tab = VendorAudits(self.ctx)
        self.audits_index = self.detail.addTab(self.audits_tab, "")
        self.late_label = QLabel()          # art. 6/5: changes not notified within 10 working days, all producers
        self.late_label.setWordWrap(True)
        self.late_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.late_label.setVisible(False)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title_label.setWordWrap(True)
        right = QWidget()
        right.setMinimumHeight(8 * self.fontMetrics().height())   # its tabs scroll: it never sets the page's height
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title_label)
        rl.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.vendor_table)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([560, 700])

        self.results_box = QGroupBox()
        bl = QVBoxLayout(self.results_box)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setStyleSheet("QListWidget::item { padding: 3px; }")
        bl.addWidget(self.results)
        self.results_box.setVisible(False)
        self.results_box.setMaximumHeight(170)
        self.results.setMinimumHeight(3 * self.fontMetrics().height())

        # 768 px: each detail tab scrolls inside its page, so the rules' results (at most 170 px, at least three
        # lines) fit under the lists (issue 17: the window grew past the screen after "Kuralları uygula")
        for i in range(self.detail.count()):
            text, tab = self.detail.tabText(i), self.detail.widget(i)
            self.detail.removeTab(i)
            self.detail.insertTab(i, scrolled(tab), text)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.late_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.results_box)
        return page

    def _general_tab(self) -> QWidget:
        w = QWidget()
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.products_label, self.documents_label = QLabel(), QLabel()
        self.products_table = read_only_table(4, wrap=True)
        self.documents_table = read_only_table(3, wrap=True)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.history_label = QLabel()
        self.history_table = read_only_table(3, wrap=True)
        self.doc_kind = QComboBox()
        for code in kts.DOCUMENT_KINDS:
            self.doc_kind.addItem("", code)
        self.doc_button = QPushButton()
        self.doc_button.clicked.connect(self.add_document)
        doc_row = QHBoxLayout()
        doc_row.addWidget(self.doc_kind, 1)
        doc_row.addWidget(self.doc_button)
        lay = QVBoxLayout(w)
        lay.addWidget(self.info_label)
        self.uts_button = QPushButton()
        self.uts_button.clicked.connect(self.toggle_uts)
        uts_row = QHBoxLayout()
        uts_row.addStretch(1)
        uts_row.addWidget(self.uts_button)
        for wid in (self.products_label, self.products_table):
            lay.addWidget(wid)
        lay.addLayout(uts_row)
        for wid in (self.documents_label, self.documents_table):
            lay.addWidget(wid)
        lay.addLayout(doc_row)
        for wid in (self.missing_label, self.history_label, self.history_table):
            lay.addWidget(wid)
        return w

    def _stages_tab(self) -> QWidget:
        w = QWidget()
        self.steps_table = read_only_table(5, wrap=True)  # Tarih, Aşama, Sonuç, Görevli, Not
        self.next_box = QGroupBox()
        form = QFormLayout(self.next_box)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.outcome_combo = QComboBox()
        self.test_combo = QComboBox()          # stage "audit": the test this result is for
        self.step_date = date_edit(self.ctx.clock.today())
        self.step_note = QLineEdit()
        self.step_button = QPushButton()
        self.step_button.clicked.connect(self.record_step)
        self.announce_button = QPushButton()
        self.announce_button.clicked.connect(self.announce)
        self.f_stage, self.f_outcome, self.f_date, self.f_note = QLabel(), QLabel(), QLabel(), QLabel()
        self.f_test = QLabel()
        form.addRow(self.f_stage, self.next_label)
        form.addRow(self.f_test, self.test_combo)
        form.addRow(self.f_outcome, self.outcome_combo)
        form.addRow(self.f_date, self.step_date)
        form.addRow(self.f_note, self.step_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_button)
        buttons.addWidget(self.announce_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        lay = QVBoxLayout(w)
        lay.addWidget(self.steps_table, 1)
        lay.addWidget(self.next_box)
        return w

    def _warnings_tab(self) -> QWidget:
        w = QWidget()
        self.warnings_table = read_only_table(4, wrap=True)
        self.warn_box = QGroupBox()
        form = QFormLayout(self.warn_box)
        self.warn_text = QLineEdit()
        self.warn_issued = date_edit(self.ctx.clock.today())
        self.warn_deadline = date_edit(self.ctx.clock.today() + dt.timedelta(days=30))
        self.warn_button = QPushButton()
        self.warn_button.clicked.connect(self.give_warning)
        self.f_warn_text, self.f_warn_issued, self.f_warn_deadline = QLabel(), QLabel(), QLabel()
        form.addRow(self.f_warn_text, self.warn_text)
        form.addRow(self.f_warn_issued, self.warn_issued)
        form.addRow(self.f_warn_deadline, self.warn_deadline)
        form.addRow("", self.warn_button)
        self.fix_date = date_edit(self.ctx.clock.today())
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(self.fix_warning)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.reactivate)
        row = QHBoxLayout()
        self.f_fix_date = QLabel()
        row.addWidget(self.f_fix_date)
        row.addWidget(self.fix_date)
        row.addWidget(self.fix_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.delete_button = QPushButton()
        self.delete_button.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.delete_button.clicked.connect(self.delete_vendor)
        row.addWidget(self.delete_button)
        lay = QVBoxLayout(w)
        lay.addWidget(self.warnings_table, 1)
        lay.addLayout(row)
        lay.addWidget(self.warn_box)
        return w

    def _changes_tab(self) -> QWidget:
        """SBYS art. 6/5: a registered producer's information changes, each with its 10-working-day limit."""
        w = QWidget()
        self.changes_table = read_only_table(6, wrap=True)
        self.change_box = QGroupBox()
        form = QFormLayout(self.change_box)
        self.change_subject = QComboBox()
        for code in SUBJECT_TEXTS:
            self.change_subject.addItem("", code)
        today = self.ctx.clock.today()
        self.change_on, self.change_notified = date_edit(today), date_edit(today)
        self.change_text, self.change_value = QLineEdit(), QLineEdit()
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.record_change)
        self.f_change = [QLabel() for _ in range(5)]
        for label, widget in zip(self.f_change, (self.change_subject, self.change_on, self.change_notified,
                                                 self.change_text, self.change_value)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.change_button)
        lay = QVBoxLayout(w)
        lay.addWidget(self.changes_table, 1)
        lay.addWidget(self.change_box)
        return w

    def _certificate_tab(self) -> QWidget:
        self.cert_tab = self._build_certificate_tab()
        return self.cert_tab

    def _build_certificate_tab(self) -> QWidget:
        w = QWidget()
        self.cert_table = read_only_table(5, wrap=True)
        self.cert_table.doubleClicked.connect(lambda _i: self.preview_certificate())
        self.cert_box = QGroupBox()
        form = QFormLayout(self.cert_box)
        today = self.ctx.clock.today()
        self.cert_from = date_edit(today)
        self.cert_until = date_edit(dt.date(today.year + 1, today.month, min(today.day, 28)) - dt.timedelta(days=1))
        self.f_from, self.f_until = QLabel(), QLabel()
        form.addRow(self.f_from, self.cert_from)
        form.addRow(self.f_until, self.cert_until)
        self.issue_button = QPushButton()
        self.issue_button.clicked.connect(self.issue_certificate)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.preview_certificate)
        self.revoke_cert_button = QPushButton()
        self.revoke_cert_button.clicked.connect(self.revoke_certificate)
        row = QHBoxLayout()
        row.addWidget(self.issue_button)
        row.addWidget(self.preview_button)
        row.addWidget(self.revoke_cert_button)
        row.addStretch(1)
        form.addRow(row)
        self.cert_note = QLabel()
        self.cert_note.setWordWrap(True)
        self.verify_box = QGroupBox()
        vl = QHBoxLayout(self.verify_box)
        self.verify_edit = QLineEdit()
        self.verify_edit.returnPressed.connect(self.verify_certificate)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify_certificate)
        vl.addWidget(self.verify_edit, 1)
        vl.addWidget(self.verify_button)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(w)
        lay.addWidget(self.cert_table, 1)
        lay.addWidget(self.cert_box)
        lay.addWidget(self.cert_note)
        lay.addWidget(self.verify_box)
        lay.addWidget(self.verify_result)
        return w

    # -- texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("USBS Üreticileri (KTS)"))
        self.pages.setTabText(1, self.tr("Yetki Sorgulama"))
        self.pages.setTabText(self.pages.indexOf(self.competence_screen), self.tr("Genel Yetkinlik"))
        self.detail.setTabText(self.audits_index, self.tr("Denetimler"))
        for i, text in enumerate((self.tr("Aktif"), self.tr("Pasif"), self.tr("Silinmiş"),
                                  self.tr("Başvuru aşamasında"), self.tr("Tümü"))):
            self.list_tabs.setTabText(i, text)
        self.search_edit.setPlaceholderText(self.tr("Firma adı ya da vergi no ile ara"))
        self.rules_button.setText(self.tr("&Kuralları uygula"))
        self.new_button.setText(self.tr("&Yeni başvuru…"))
        doc_texts = {"kts_iso27001": self.tr("ISO/IEC 27001 sertifikası (TÜRKAK akrediteli kuruluştan)"),
                     "kts_spice": self.tr("SPICE (ISO/IEC 15504) en az 2. seviye belgesi"),
                     "kts_cmmi": self.tr("CMMI en az 3. seviye belgesi (ya da TSE eşdeğeri)"),
                     "kts_uts": self.tr("ÜTS kaydı (ÜTS kaydı gerektiren yazılımlar için)"),
                     "kts_genel": self.tr("Genel belge (imza sirküleri, ticaret sicil gazetesi vb.)")}
        doc_texts[kts.CERTIFICATE_DOCUMENT_KIND] = self.tr("KTS Yetki Belgesi")
        self._doc_texts = doc_texts
        for i in range(self.doc_kind.count()):
            self.doc_kind.setItemText(i, doc_texts.get(self.doc_kind.itemData(i), self.doc_kind.itemData(i)))
        self.doc_button.setText(self.tr("&Belge ekle…"))
        self.uts_button.setText(self.tr("Seçili ürün: ÜTS kaydı gerekir / gerekmez"))
        self.uts_button.setToolTip(self.tr("SBYS Yönetmeliği md. 6/3-c: yazılımların hepsi ÜTS kaydı gerektiriyorsa "
                                           "ÜTS kaydı SPICE/CMMI yerine geçer; bir kısmı gerektiriyorsa ikisi de "
                                           "istenir"))
        self.delete_button.setText(self.tr("KTS'den &sil…"))
        self.delete_button.setToolTip(self.tr("SBYS Yönetmeliği md. 8/2 (gerçeğe aykırı belge, erişim kodunun "
                                             "paylaşılması: bir yıl yeni başvuru yok) ya da md. 8/3 (md. 16-17 "
                                             "aykırılığı)"))
        self.rules_button.setToolTip(self.tr("SBYS Yönetmeliği md. 7-8: süresinde giderilmeyen uyarı → pasif; 3 ayda "
                                             "dönmeyen ya da bir yılda 3 kez pasif olan → silinir"))
        self.vendor_table.setHorizontalHeaderLabels([self.tr("Firma"), self.tr("Vergi no"), self.tr("Durum"),
                                                     self.tr("Tarihinden beri"), self.tr("Sonraki aşama")])
        for i, text in enumerate((self.tr("Genel"), self.tr("Aşamalar"), self.tr("Uyarılar"),
                                  self.tr("Yetki Belgesi"), self.tr("Bilgi değişiklikleri"))):
            self.detail.setTabText(i, text)
        self.detail.setTabText(next(i for i in range(self.detail.count())     # the tab sits in a scroll area
                                    if self.detail.widget(i).isAncestorOf(self.access_tab)), self.tr("Erişim kodu"))
        self.products_label.setText(self.tr("<b>Ürünler</b>"))
        self.documents_label.setText(self.tr("<b>Belgeler</b>"))
        self.history_label.setText(self.tr("<b>Liste geçmişi</b>"))
        self.products_table.setHorizontalHeaderLabels([self.tr("Ürün"), self.tr("Sürüm"), self.tr("KTS kayıt no"),
                                                       self.tr("ÜTS kaydı gerekir")])
        self.documents_table.setHorizontalHeaderLabels([self.tr("Tür"), self.tr("Dosya"), self.tr("Boyut")])
        self.history_table.setHorizontalHeaderLabels([self.tr("Tarih"), self.tr("Durum"), self.tr("Gerekçe")])
        self.steps_table.setHorizontalHeaderLabels([self.tr("Tarih"), self.tr("Aşama"), self.tr("Sonuç"),
                                                    self.tr("Görevli"), self.tr("Not")])
        self.next_box.setTitle(self.tr("Sonraki aşama"))
        self.f_stage.setText(self.tr("Aşama:"))
        self.f_outcome.setText(self.tr("&Sonuç:"))
        self.f_test.setText(self.tr("Denetim &testi:"))
        self.f_test.setBuddy(self.test_combo)
        self.f_date.setText(self.tr("&Tarih:"))
        self.f_note.setText(self.tr("&Not:"))
        for label, buddy in ((self.f_outcome, self.outcome_combo), (self.f_date, self.step_date),
                             (self.f_note, self.step_note)):
            label.setBuddy(buddy)
        self.step_button.setText(self.tr("Aşamayı &kaydet"))
        self.announce_button.setText(self.tr("KTS'de &ilan et"))
        self.warnings_table.setHorizontalHeaderLabels([self.tr("Uyarı tarihi"), self.tr("Son gün"),
                                                       self.tr("Giderildi"), self.tr("Eksiklik")])
        self.warn_box.setTitle(self.tr("Denetimde tespit edilen eksiklik için uyarı"))
        self.f_warn_text.setText(self.tr("Eksiklik:"))
        self.f_warn_issued.setText(self.tr("Uyarı tarihi:"))
        self.f_warn_deadline.setText(self.tr("Giderme süresi son günü:"))
        self.warn_button.setText(self.tr("&Uyarı ver"))
        self.f_fix_date.setText(self.tr("Tarih:"))
        self.fix_button.setText(self.tr("Seçili uyarı &giderildi"))
        self.back_button.setText(self.tr("&Aktif listeye geri al"))
        self.cert_table.setHorizontalHeaderLabels([self.tr("Belge no"), self.tr("Başlangıç"), self.tr("Bitiş"),
                                                   self.tr("Doğrulama kodu"), self.tr("İptal")])
        self.cert_box.setTitle(self.tr("Yeni KTS Yetki Belgesi"))
        self.f_from.setText(self.tr("Geçerlilik başlangıcı:"))
        self.f_until.setText(self.tr("Geçerlilik bitişi:"))
        self.issue_button.setText(self.tr("Yetki Belgesi &düzenle"))
        self.preview_button.setText(self.tr("Seçili belgeyi ö&nizle"))
        self.revoke_cert_button.setText(self.tr("Seçili belgeyi iptal e&t"))
        self.cert_note.setText(self.tr("Yetki Belgesi yalnızca aktif listedeki üreticiye, geçerlilik süresiyle "
                                       "verilir; pasif üretici aktif listeye dönene kadar belge alamaz."))
        self.results_box.setTitle(self.tr("Kural sonuçları"))
        self.changes_table.setHorizontalHeaderLabels([self.tr("Değişiklik"), self.tr("Bildirim"),
                                                      self.tr("Son gün"), self.tr("Süre"), self.tr("Konu"),
                                                      self.tr("Açıklama")])
        self.change_box.setTitle(self.tr("Kayıtlı üreticinin bilgi değişikliği (SBYS Yönetmeliği md. 6/5: 10 iş "
                                         "günü içinde KTS'ye girilir)"))
        for i in range(self.change_subject.count()):
            self.change_subject.setItemText(i, label_text(SUBJECT_TEXTS, self.change_subject.itemData(i)))
        for label, text in zip(self.f_change, (self.tr("&Konu:"), self.tr("Değişiklik &tarihi:"),
                                               self.tr("&Bildirim tarihi:"), self.tr("&Açıklama:"),
                                               self.tr("&Yeni bilgi:"))):
            label.setText(text)
        self.change_value.setPlaceholderText(self.tr("Unvan, adres ya da yetkili değiştiyse yeni hâli (kayda işlenir)"))
        self.change_button.setText(self.tr("Değişikliği &kaydet"))
        self.verify_box.setTitle(self.tr("Yetki Belgesi doğrulama"))
        self.verify_edit.setPlaceholderText(self.tr("Belgedeki doğrulama kodu"))
        self.verify_button.setText(self.tr("Doğ&rula"))
        self._show_file()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ----------------------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.ctx.clock.today()

    def refresh(self) -> None:
        keep = self.current.id if self.current else None
        status = LISTS[self.list_tabs.currentIndex()] if self.list_tabs.currentIndex() >= 0 else None
        outcome = run(self, self.tr("USBS Üreticileri"), kts_queries.vendors, self.ctx, self.today(), status,
                      self.search_edit.text())
        rows = outcome.value if outcome.ok and outcome.value is not None else []
        self._show_late()
        self.vendor_table.blockSignals(True)
        fill_table(self.vendor_table, [(r.name, r.tax_no, self._status_text(r.status, r.due), date_text(r.since),
                                   stage_text(r.next_stage)) for r in rows], [r.id for r in rows], max_width=MAX_COLUMN, fit_rows=True)
        self.vendor_table.blockSignals(False)
        ids = [r.id for r in rows]
        if keep in ids:
            self.vendor_table.selectRow(ids.index(keep))
            self.load(keep)
        elif ids:
            self.vendor_table.selectRow(0)
            self.load(ids[0])
        else:
            self.load(None)

    def vendor_ids(self) -> list[int]:
        return [self.vendor_table.item(r, 0).data(ID_ROLE) for r in range(self.vendor_table.rowCount())]

    def select_vendor(self, vendor_id: int) -> None:
        ids = self.vendor_ids()
        if vendor_id not in ids:
            self.list_tabs.setCurrentIndex(len(LISTS) - 1)
            ids = self.vendor_ids()
        self.vendor_table.selectRow(ids.index(vendor_id))

    def _selected(self) -> None:
        rows = self.vendor_table.selectionModel().selectedRows()
        if rows:
            self.load(self.vendor_table.item(rows[0].row(), 0).data(ID_ROLE))

    def _status_text(self, status: VendorStatus, due: bool) -> str:
        """The list status, marked when the rules made it due but it is not recorded yet."""
        label = vendor_status_label(status)
        return self.tr("{s} (kural gereği)").format(s=label) if due else label

    def load(self, vendor_id: int | None) -> None:
        self.current = None
        if vendor_id is not None:
            outcome = run(self, self.tr("USBS Üreticileri"), kts_queries.vendor_file, self.ctx, vendor_id,
                          self.today())
            self.current = outcome.value if outcome.ok else None
        self.changes = []
        self.audits_tab.set_vendor(self.current.id if self.current is not None else None)
        if self.current is not None:
            found = run(self, self.tr("Bilgi değişiklikleri"), info_changes.info_changes, self.ctx, vendor_id)
            self.changes = found.value if found.ok and found.value is not None else []
        self.access_tab.load(self.current.id if self.current is not None else None)
        self._show_file()

    def _show_file(self) -> None:
        f = self.current
        self.detail.setEnabled(f is not None)
        if f is None:
            self.title_label.setText(self.tr("Bir üretici seçin."))
            for t in (self.products_table, self.documents_table, self.history_table, self.steps_table,
                      self.warnings_table, self.cert_table, self.changes_table):
                t.setRowCount(0)
            self.info_label.clear()
            self.missing_label.clear()
            return
        self.title_label.setText(f"{f.name} — {vendor_status_label(f.status)}")
        lines = [
            self.tr("Vergi kimlik no: {v}").format(v=f.tax_no),
            self.tr("MERSİS no: {v}").format(v=f.mersis_no or "-"),
            self.tr("Firma yetkilisi: {v}").format(v=f.signatory_name or "-"),
            self.tr("Adres: {v}").format(v=f.address or "-"),
            self.tr("Durum: {s} ({d} tarihinden beri)").format(s=self._status_text(f.status, f.due),
                                                              d=date_text(f.since)),
        ]
        if f.due:   # the SBYS rules made the change on that day; every desk already counts it (issue 15)
            lines.append(self.tr("Bu durum SBYS Yönetmeliği kuralları gereğidir; liste kuralları uygulandığında "
                                 "kaydedilir."))
        if f.access_code_issued_on is None:
            lines.append(self.tr("Yazılım erişim kodu: verilmedi"))
        elif f.access_code_closes_on is None:
            lines.append(self.tr("Yazılım erişim kodu: {a} tarihinde verildi").format(
                a=date_text(f.access_code_issued_on)))
        else:
            lines.append(self.tr("Yazılım erişim kodu: {a} tarihinde verildi, {c} tarihinde kapanır").format(
                a=date_text(f.access_code_issued_on), c=date_text(f.access_code_closes_on)))
        if f.reapply_not_before:
            lines.append(self.tr("Yeni başvuru {d} tarihine kadar kabul edilmez.").format(
                d=date_text(f.reapply_not_before)))
        self.info_label.setText("\n".join(lines))
        fill_table(self.products_table, [(*p, self.tr("Evet") if (p[0], p[1]) in f.uts_products else "")
                                    for p in f.products], f.product_ids, max_width=MAX_COLUMN, fit_rows=True)
        fill_table(self.documents_table, [(self._doc_texts.get(d.kind, d.kind_label), d.filename, size_text(d.size)) for d in f.documents],
              [d.id for d in f.documents], max_width=MAX_COLUMN, fit_rows=True)
        self.missing_label.setText(self.tr("Eksik belgeler: {m}").format(m="; ".join(f.missing_documents))
                                   if f.missing_documents and f.status == VendorStatus.APPLIED else "")
        fill_table(self.history_table, [(date_text(h.effective_on), vendor_status_label(h.status)
                                    + (f" — {label_text(GROUND_TEXTS, h.ground)}" if h.ground else ""),
                                    f"{h.reason} ({h.legal_basis})" if h.legal_basis else h.reason)
                                   for h in f.history], max_width=MAX_COLUMN, fit_rows=True)
        fill_table(self.steps_table, [(date_text(s.done_on), stage_text(s.stage) if not s.audit_test else
                                  self.tr("Denetim: {test}").format(test=label_text(AUDIT_TEST_TEXTS, s.audit_test)),
                                  outcome_text(s.outcome), s.officer, s.note) for s in f.steps], max_width=MAX_COLUMN, fit_rows=True)
        self._show_next_stage(f)
        fill_table(self.warnings_table, [(date_text(w.issued_on), date_text(w.deadline), date_text(w.fixed_on),
                                     w.description) for w in f.warnings], [w.id for w in f.warnings], max_width=MAX_COLUMN, fit_rows=True)
        fill_table(self.cert_table, [(c.number, date_text(c.valid_from), date_text(c.valid_until), c.verification_code,
                                 date_text(c.revoked_on)) for c in f.certificates], [c.id for c in f.certificates], max_width=MAX_COLUMN, fit_rows=True)
        self._show_changes(f)
        allowed = kts.vendor_actions(f.status, f.next_stage)      # the rule the registry services enforce
        self.warn_box.setEnabled(kts.VendorAction.WARN in allowed)
        self.issue_button.setEnabled(kts.VendorAction.ISSUE_CERTIFICATE in allowed)
        self.back_button.setEnabled(kts.VendorAction.REACTIVATE in allowed)
        self.delete_button.setEnabled(kts.VendorAction.DELETE in allowed)
        self.preview_button.setEnabled(bool(f.certificates))
        # a revocation planned for a later day may still be replaced by an earlier one (kts.revoke_certificate)
        self.revoke_cert_button.setEnabled(any(c.revoked_on is None or c.revoked_on > self.today()
                                               for c in f.certificates))

    def _show_changes(self, f: kts_queries.VendorFile) -> None:
        rows = []
        for c in self.changes:
            text = " → ".join(x for x in (c.description, c.new_value) if x)
            state = self.tr("GEÇ") if c.late else self.tr("Süresinde")
            rows.append((date_text(c.changed_on), date_text(c.notified_on), date_text(c.deadline), state,
                         label_text(SUBJECT_TEXTS, c.subject), text))
        fill_table(self.changes_table, rows, [c.id for c in self.changes], max_width=MAX_COLUMN, fit_rows=True)
        for r, c in enumerate(self.changes):
            if c.late:
                self.changes_table.item(r, 3).setForeground(QColor(ERROR_COLOUR))
        self.change_box.setEnabled(f.status in (VendorStatus.ACTIVE, VendorStatus.PASSIVE))

    def _show_late(self) -> None:
        found = run(self, self.tr("Bilgi değişiklikleri"), info_changes.late_info_changes, self.ctx)
        late = found.value if found.ok and found.value is not None else []
        self.late_label.setVisible(bool(late))
        self.late_label.setText(self.tr("SBYS Yönetmeliği md. 6/5: 10 iş günü içinde bildirilmeyen bilgi "
                                        "değişiklikleri ({n}): {items}").format(
            n=len(late), items="; ".join(self.tr("{name} ({subject}, değişiklik {c}, son gün {l}, bildirim {n})")
                                         .format(name=c.vendor_name, subject=label_text(SUBJECT_TEXTS, c.subject),
                                                 c=date_text(c.changed_on), l=date_text(c.deadline),
                                                 n=date_text(c.notified_on)) for c in late)))

    def toggle_uts(self) -> None:
        pid = self._selected_id(self.products_table)
        if self.current is None or pid is None:
            Messages.info(self, self.tr("Ürünler"), self.tr("Önce listeden bir ürün seçin."))
            return
        row = self.current.product_ids.index(pid)
        name, version = self.current.products[row][:2]
        self._after(run(self, self.tr("Ürünler"), kts.set_product_uts, self.ctx, pid,
                        (name, version) not in self.current.uts_products))

    def record_change(self) -> None:
        if self.current is None:
            return
        if self._after(run(self, self.tr("Bilgi değişikliği"), info_changes.record_info_change, self.ctx,
                           self.current.id, self.change_subject.currentData(), from_qdate(self.change_on.date()),
                           from_qdate(self.change_notified.date()), self.change_text.text(),
                           self.change_value.text())):
            self.change_text.clear()
            self.change_value.clear()

    def _show_next_stage(self, f: kts_queries.VendorFile) -> None:
        stage = f.next_stage
        allowed = kts.vendor_actions(f.status, stage)
        step = kts.VendorAction.RECORD_STEP in allowed
        self.next_label.setText(stage_text(stage) if stage else self.tr("Başvuru aşamasında değil."))
        self.outcome_combo.clear()
        if step:
            for o in f.next_outcomes:
                self.outcome_combo.addItem(outcome_text(o), o)
        self.step_button.setEnabled(step)
        self.announce_button.setEnabled(kts.VendorAction.ANNOUNCE in allowed)
        self.outcome_combo.setEnabled(step)
        self.test_combo.clear()
        for t in f.audit_tests_left:
            self.test_combo.addItem(label_text(AUDIT_TEST_TEXTS, t), t)
        self.test_combo.setVisible(stage == "audit")
        self.f_test.setVisible(stage == "audit")
        self.next_box.setVisible(f.status == VendorStatus.APPLIED)

    # -- actions -------------------------------------------------------------------------------------------------

    def _after(self, outcome) -> bool:  # type: ignore[no-untyped-def]
        if outcome.ok:
            self.refresh()
        return outcome.ok

    def record_step(self) -> None:
        f = self.current
        if f is None or not f.next_stage:
            return
        test = self.test_combo.currentData() if f.next_stage == "audit" else None
        self._after(run(self, self.tr("Onboarding aşaması"), kts.record_step, self.ctx, f.id, f.next_stage,
                        self.outcome_combo.currentData(), from_qdate(self.step_date.date()), self.step_note.text(),
                        test))
        self.step_note.clear()

    def announce(self) -> None:
        if self.current is None:
            return
        self._after(run(self, self.tr("KTS'de ilan"), kts.announce, self.ctx, self.current.id,
                        from_qdate(self.step_date.date()), self.step_note.text()))

    def give_warning(self) -> None:
        if self.current is None:
            return
        if self._after(run(self, self.tr("Uyarı"), kts.give_warning, self.ctx, self.current.id,
                           from_qdate(self.warn_issued.date()), from_qdate(self.warn_deadline.date()),
                           self.warn_text.text())):
            self.warn_text.clear()

    def _selected_id(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def fix_warning(self) -> None:
        wid = self._selected_id(self.warnings_table)
        if wid is None:
            Messages.error(self, self.tr("Uyarı"), self.tr("Önce listeden bir uyarı seçin."))
            return
        self._after(run(self, self.tr("Uyarı"), kts.fix_warning, self.ctx, wid, from_qdate(self.fix_date.date())))

    def reactivate(self) -> None:
        if self.current is None:
            return
        self._after(run(self, self.tr("Aktif listeye geri alma"), kts.reactivate, self.ctx, self.current.id,
                        from_qdate(self.fix_date.date())))

    def issue_certificate(self) -> Operation | None:
        """The certificate PDF is made and signed in a worker; the certificate tab waits."""
        if self.current is None:
            return None
        vendor_id = self.current.id
        return Operation(self, self.tr("KTS Yetki Belgesi"), kts.issue_certificate, self.ctx, vendor_id,
                         from_qdate(self.cert_from.date()), from_qdate(self.cert_until.date())) \
            .busy(self.cert_tab).changes(Changes(vendors={vendor_id}, kinds={"vendor"}, source=self)) \
            .success(self._certificate_issued).run()

    def _certificate_issued(self, cid: int) -> None:
        self.refresh()
        ids = [self.cert_table.item(r, 0).data(ID_ROLE) for r in range(self.cert_table.rowCount())]
        if cid in ids:
            self.cert_table.selectRow(ids.index(cid))
        self.preview_certificate()

    def preview_certificate(self) -> Operation | None:
        cid = self._selected_id(self.cert_table)
        if cid is None and self.cert_table.rowCount():
            cid = self.cert_table.item(self.cert_table.rowCount() - 1, 0).data(ID_ROLE)
        if cid is None:
            return None
        return Operation(self, self.tr("KTS Yetki Belgesi"), kts.certificate_pdf, self.ctx, cid) \
            .busy(self.cert_tab).success(lambda value: value and self.show_pdf(*value)).run()

    def revoke_certificate(self) -> None:
        from app.ui.kts.dialogs import RevokeCertificateDialog

        cid = self._selected_id(self.cert_table)
        if cid is None:
            Messages.info(self, self.tr("Yetki Belgesi iptali"), self.tr("Önce listeden iptal edilecek belgeyi seçin."))
            return
        number = self.cert_table.item(self.cert_table.currentRow(), 0).text()
        if self.exec_dialog(RevokeCertificateDialog(self.ctx, cid, number, self)):
            self.refresh()

    def show_pdf(self, filename: str, data: bytes) -> None:
        from app.ui.common.pdf_view import PdfDialog

        dialog = PdfDialog(self, self.tr("KTS Yetki Belgesi"), filename, data)
        dialog.resize(760, 900)
        dialog.exec()

    def exec_dialog(self, dialog) -> bool:  # type: ignore[no-untyped-def]
        """Show a modal dialog (replaced in tests)."""
        return bool(dialog.exec())

    def new_vendor(self) -> None:
        from app.ui.kts.dialogs import VendorDialog

        dialog = VendorDialog(self.ctx, self)
        if self.exec_dialog(dialog) and dialog.result_id is not None:
            self.current = None
            self.list_tabs.setCurrentIndex(LISTS.index(VendorStatus.APPLIED))
            self.refresh()
            self.select_vendor(dialog.result_id)

    def delete_vendor(self) -> None:
        from app.ui.kts.dialogs import DeleteDialog

        if self.current is None:
            return
        if self.exec_dialog(DeleteDialog(self.ctx, self.current.id, self.current.name, self)):
            self.refresh()

    def choose_file(self) -> str:
        """The file to attach (replaced in tests)."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Belge seçin"), "", self.tr("Belgeler (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tüm dosyalar (*)"))
        return path

    def add_document(self) -> None:
        if self.current is None:
            return
        path = self.choose_file()
        if not path:
            return
        from pathlib import Path

        file = Path(path)
        try:
            content = file.read_bytes()
        except OSError as exc:
            Messages.error(self, self.tr("Belge ekle"), self.tr("Dosya okunamadı: {e}").format(e=exc))
            return
        media = "application/pdf" if file.suffix.lower() == ".pdf" else "application/octet-stream"
        self._after(run(self, self.tr("Belge ekle"), kts.add_vendor_document, self.ctx, self.current.id,
                        self.doc_kind.currentData(), file.name, content, media))

    def verify_certificate(self) -> None:
        outcome = run(self, self.tr("Yetki Belgesi doğrulama"), kts.verify_certificate, self.ctx,
                      self.verify_edit.text(), self.today(), "gui")
        if not outcome.ok or outcome.value is None:
            return
        valid, reason = outcome.value
        head = self.tr("GEÇERLİ") if valid else self.tr("GEÇERSİZ")
        self.verify_result.setText(f"{head}: {shown(reason)}")
        self.verify_result.setStyleSheet(f"color: {OK_COLOUR if valid else ERROR_COLOUR};")

    def apply_rules(self) -> None:
        outcome = run(self, self.tr("Kuralları uygula"), kts.apply_evaluation, self.ctx, self.today())
        if not outcome.ok:
            return
        done = outcome.value or []
        self.results.clear()
        labels = {"passive": self.tr("Pasif listeye alındı"), "deleted": self.tr("KTS'den silindi"),
                  "close_access_code": self.tr("Erişim kodu kapanış tarihi belirlendi")}
        if not done:
            self.results.addItem(self.tr("{d}: kuralların gerektirdiği yeni bir işlem yok.").format(
                d=date_text(self.today())))
        for a in done:
            text = self.tr("{when} · {name}: {what}. {why}").format(
                when=date_text(a.action.on), name=a.vendor_name, what=labels.get(a.action.kind, a.action.kind),
                why=shown(a.action.reason))
            if a.notices:
                text += " " + self.tr("({n} ilin İSM'sine bildirim gönderildi.)").format(n=a.notices)
            self.results.addItem(text)
        self.results_box.setVisible(True)
        self.refresh()
