"""The SHGM desk: the queue of forwarded applications with a read-only review, the decisions on their way to a
permit (ÇKYS file, ÇKYS mark, issue), the permits (view, print, amend, suspend, resume, revoke) and document
verification. Every workflow call goes through app.ui.common.operations (Turkish messages); issuing, amending,
suspending, resuming and revoking run in a worker with the waiting page busy, and report what they touched.

Hooks tests replace: `run_dialog(dialog) -> bool`, `choose_folder() -> str`, `choose_pdf() -> str`,
`ask_printer() -> QPrinter | None`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.application_html import review_html
from app.ui.common.formats import date_text, datetime_text
from app.ui.common.changes import Changes, hub
from app.ui.common.operations import Messages, Operation, run
from app.ui.common.passphrase import ready_to_sign
from app.ui.common.pdf_view import PdfDialog, PdfPreview, ask_printer, paint_pdf
from app.ui.common.tables import ColumnChooser, elide_middle
from app.ui.common.texts import shown
from app.ui.shgm.dialogs import AmendDialog, AreasDialog, DatedDialog, ExOfficioDialog, ProducerDialog, TextDialog
from app.ui.shgm.verify_panel import VerifyPanel
from app.workflows.common import lookups, stored_documents
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import document_kind_label
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits, who

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
OLD_DAYS = 15          # a forwarded file waiting longer than this is shown in red


def _item(text: str, key: object = None, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if key is not None:
        item.setData(ID_ROLE, key)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: int, stretch: int = 1, key: str = "", narrow_hidden: tuple[int, ...] = ()) -> QTableWidget:
    """A list: the name column (`stretch`) takes the room left and long names lose their middle (the tooltip has
    them); the officer hides or shows columns from the header's menu (remembered under `key`). On a screen
    narrower than 1600 px the `narrow_hidden` columns start hidden."""
    t = QTableWidget(0, columns)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().hide()
    t.setAlternatingRowColors(True)
    elide_middle(t)       # one line per row; long names are elided and shown whole in the tooltip and the review
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if key:
        narrow = QGuiApplication.primaryScreen().availableGeometry().width() < 1600
        t.columns = ColumnChooser(t, key, narrow_hidden if narrow else (), always=(0, stretch))  # type: ignore[attr-defined]
    return t


@contextmanager
def _filling(table: QTableWidget) -> Iterator[None]:
    """Fill a table in one go: its columns sized to their contents once at the end, not after every cell (with
    ResizeToContents each setItem measured the whole column again: 200 permits took seconds to show)."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(table.columnCount())]
    for c, mode in enumerate(modes):
        if mode == QHeaderView.ResizeMode.ResizeToContents:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    try:
        yield
    finally:
        for c, mode in enumerate(modes):
            header.setSectionResizeMode(c, mode)
        table.setUpdatesEnabled(True)


def _selected_key(table: QTableWidget) -> object:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    return table.item(rows[0].row(), 0).data(ID_ROLE)


def _permit_view(ctx: AppContext, permit_id: int) -> tuple:  # type: ignore[type-arg]
    """(permit, its facility's permits, its stored PDF or None): what the permit view shows, read in a worker."""
    info = permits.permit(ctx, permit_id)
    try:
        history = permits.history(ctx, info.facility_id)
    except Exception:  # noqa: BLE001  (the summary is shown without the other permits)
        log.info("permit history not read for %s", permit_id, exc_info=True)
        history = []
    try:
        doc = permits.permit_document(ctx, permit_id)
    except Exception:  # noqa: BLE001  ("Bu izin için kayıtlı belge yok." is shown instead)
        log.info("permit document not read for %s", permit_id, exc_info=True)
        doc = None
    return info, history, doc


def _permit_page(ctx: AppContext, permit_id: int) -> tuple:  # type: ignore[type-arg]
    """The permit list (no search) and the permit view of `permit_id`, in one worker call."""
    return permits.recent_permits(ctx, ""), _permit_view(ctx, permit_id)


def _issue_with_progress(ctx: AppContext, decision_id: int, *, producer,  # type: ignore[no-untyped-def]
                         progress, cancel):
    """permits.issue_permit under the progress dialog: signing cannot stop halfway, so the bar only says it runs."""
    progress(0, 0)
    return permits.issue_permit(ctx, decision_id, producer=producer)


class ShgmDesk(QWidget):
    permit_issued = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review = None
        self.current_permit: permits.PermitInfo | None = None
        self._permit_token = 0             # the latest permit asked for (older answers are dropped)
        self._tab_token = 0                # the latest tab shown (a list read for an earlier one is dropped)
        self._stale = False                # another screen changed what the lists show while the desk was hidden
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self._build_queue()
        self._build_decisions()
        self._build_permits()
        self.verify_panel = VerifyPanel(ctx, choose_pdf=lambda: self.choose_pdf())
        self.tabs.addTab(self.queue_page, "")
        self.tabs.addTab(self.decisions_page, "")
        self.tabs.addTab(self.permits_page, "")
        self.tabs.addTab(self.verify_panel, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        hub().changed.connect(self._changed)
        self.retranslate()
        self.refresh()

    # --- hooks (tests replace these) ------------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("ÇKYS dosyalarının kaydedileceği klasör"))

    def choose_pdf(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Doğrulanacak izin belgesi"), "", "PDF (*.pdf)")
        return path

    def ask_printer(self) -> QPrinter | None:
        return ask_printer(self, self.tr("İzin belgesini yazdır"))

    # --- building -------------------------------------------------------------------------------------------------

    def _build_queue(self) -> None:
        self.queue_page = QWidget()
        self.queue_title = QLabel()
        self.queue_title.setWordWrap(True)      # the English title is long: two lines at 125 %, not a wider page
        self.queue_table = _table(5, key="shgm-queue", narrow_hidden=(2,))   # the province: in the review too
        self.queue_table.itemSelectionChanged.connect(self._show_review)
        self.review_view = QTextBrowser()
        self.review_view.setOpenLinks(False)
        self.documents = QListWidget()
        self.documents.setMaximumHeight(110)
        self.documents.itemActivated.connect(self._open_document)
        self.documents_label = QLabel()
        self.assign_button = QPushButton()
        self.reject_button = QPushButton()
        self.assign_button.clicked.connect(self.assign_areas)
        self.reject_button.clicked.connect(self.reject_application)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        from app.ui.export_menu import add_export_button, table_widget_contents

        self.queue_exporter = add_export_button(self.queue_page, self.ctx, "shgm_queue",
                                                lambda: table_widget_contents(self.queue_table), "shgm-kuyrugu")
        head = QHBoxLayout()
        head.addWidget(self.queue_title, 1)
        head.addWidget(self.queue_exporter.button)
        ll.addLayout(head)
        ll.addWidget(self.queue_table)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.review_view, 1)
        rl.addWidget(self.documents_label)
        rl.addWidget(self.documents)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([760, 380])
        split.setStretchFactor(0, 2)       # the list gets two thirds: at 125 % the facility's name stays readable
        split.setStretchFactor(1, 1)
        QVBoxLayout(self.queue_page).addWidget(split)

    def _build_decisions(self) -> None:
        self.decisions_page = QWidget()
        self.decisions_title = QLabel()
        self.decisions_table = _table(6, stretch=2, key="shgm-decisions")
        self.decisions_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.decisions_table.setColumnWidth(3, 180)     # the areas: elided, whole in the tooltip
        self.decisions_table.itemSelectionChanged.connect(self._update_buttons)
        self.export_button = QPushButton()
        self.ckys_button = QPushButton()
        self.issue_button = QPushButton()
        self.export_button.clicked.connect(self.export_ckys)
        self.ckys_button.clicked.connect(self.mark_ckys)
        self.issue_button.clicked.connect(self.issue_permit)
        self.ex_officio_button = QPushButton()
        self.ex_officio_button.clicked.connect(self.start_ex_officio)
        buttons = QHBoxLayout()
        for b in (self.export_button, self.ckys_button, self.issue_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.ex_officio_button)
        from app.ui.export_menu import add_export_button, table_widget_contents

        self.decisions_exporter = add_export_button(self.decisions_page, self.ctx, "shgm_queue",
                                                    lambda: table_widget_contents(self.decisions_table),
                                                    "shgm-kararlari")
        buttons.addWidget(self.decisions_exporter.button)
        lay = QVBoxLayout(self.decisions_page)
        lay.addWidget(self.decisions_title)
        lay.addWidget(self.decisions_table, 1)
        lay.addLayout(buttons)

    def _build_permits(self) -> None:
        self.permits_page = QWidget()
        self.search = QLineEdit()
        self.search.returnPressed.connect(self.refresh_permits)
        self.permits_table = _table(6, key="shgm-permits", narrow_hidden=(2, 5))
        self.permits_table.itemSelectionChanged.connect(self._show_permit)
        self.permit_summary = QTextBrowser()
        self.preview = PdfPreview()
        self.print_button = QPushButton()
        self.open_button = QPushButton()
        self.amend_button = QPushButton()
        self.suspend_button = QPushButton()
        self.resume_button = QPushButton()
        self.revoke_button = QPushButton()
        self.print_button.clicked.connect(self.print_permit)
        self.open_button.clicked.connect(self.open_permit)
        self.amend_button.clicked.connect(self.amend_permit)
        self.suspend_button.clicked.connect(lambda: self.change_permit("suspend"))
        self.resume_button.clicked.connect(lambda: self.change_permit("resume"))
        self.revoke_button.clicked.connect(lambda: self.change_permit("revoke"))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        from app.ui.export_menu import add_export_button, table_widget_contents

        self.permits_exporter = add_export_button(self.permits_page, self.ctx, "shgm_queue",
                                                  lambda: table_widget_contents(self.permits_table), "izinler")
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.permits_exporter.button)
        ll.addLayout(search_row)
        ll.addWidget(self.permits_table, 2)
        ll.addWidget(self.permit_summary, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.preview, 1)
        # two rows of buttons: in one row they asked ~620 px and squeezed the permit list on 1366 px (issue 17)
        b1, b2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.print_button, self.open_button):
            b1.addWidget(b)
        b1.addStretch(1)
        b2.addStretch(1)
        for b in (self.amend_button, self.suspend_button, self.resume_button, self.revoke_button):
            b2.addWidget(b)
        rl.addLayout(b1)
        rl.addLayout(b2)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 440])         # the list gets the larger share; the preview fits any width
        QVBoxLayout(self.permits_page).addWidget(split)

    # --- language -------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Gelen başvurular"))
        self.tabs.setTabText(1, self.tr("ÇKYS ve izin belgesi"))
        self.tabs.setTabText(2, self.tr("İzinler"))
        self.tabs.setTabText(3, self.tr("Belge doğrulama"))
        self.queue_title.setText(self.tr("İl Sağlık Müdürlüklerinden gelen başvurular (en eski önce)"))
        self.queue_table.setHorizontalHeaderLabels([self.tr("Başvuru no"), self.tr("Sağlık tesisi"), self.tr("İl"),
                                                    self.tr("SHGM'ye geliş"), self.tr("Bekleyen gün")])
        self.documents_label.setText(self.tr("Belgeler (açmak için çift tıklayın):"))
        self.assign_button.setText(self.tr("Alanları belirle…"))
        self.reject_button.setText(self.tr("Reddet…"))
        self.decisions_title.setText(self.tr("Alanları belirlenen kararlar: ÇKYS kaydı ve izin belgesi"))
        self.decisions_table.setHorizontalHeaderLabels([self.tr("Karar"), self.tr("Başvuru no"),
                                                        self.tr("Sağlık tesisi"), self.tr("Alanlar"),
                                                        self.tr("Aşama"), self.tr("ÇKYS kayıt no")])
        self.export_button.setText(self.tr("ÇKYS dosyası üret"))
        self.ckys_button.setText(self.tr("ÇKYS'ye kaydedildi…"))
        self.issue_button.setText(self.tr("İzin belgesi düzenle"))
        self.ex_officio_button.setText(self.tr("Resen izin başlat…"))
        self.search.setPlaceholderText(self.tr("İzin no, ÇKYS kodu ya da tesis adı ile ara (Enter)"))
        self.permits_table.setHorizontalHeaderLabels([self.tr("İzin no"), self.tr("Sağlık tesisi"), self.tr("Rev."),
                                                      self.tr("Durum"), self.tr("Düzenlenme"), self.tr("Resen")])
        self.print_button.setText(self.tr("Yazdır…"))
        self.open_button.setText(self.tr("Ayrı pencerede aç…"))
        self.amend_button.setText(self.tr("Alanları değiştir…"))
        self.suspend_button.setText(self.tr("Askıya al…"))
        self.resume_button.setText(self.tr("Askıyı kaldır…"))
        self.revoke_button.setText(self.tr("İptal et…"))
        self._show_review()
        self._render_permit_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- refreshing -----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_queue()
        self.refresh_decisions()
        self.refresh_permits()

    def _tab_shown(self, index: int) -> Operation | None:
        """A tab brought to the front reads its own list again (not the other tabs' lists), in a worker; the list
        shows a busy cursor and is filled when the rows arrive (if the tab is still the one asked for)."""
        page = self.tabs.widget(index)
        self._tab_token += 1
        token = self._tab_token
        if page is self.queue_page:
            table, fn, args, fill = self.queue_table, shgm.queue, (), self._fill_queue
        elif page is self.decisions_page:
            table, fn, args, fill = self.decisions_table, shgm.decisions, (), self._fill_decisions
        elif page is self.permits_page:
            table, fn, args = self.permits_table, permits.recent_permits, (self.search.text(),)

            def fill(rows, keep):  # type: ignore[no-untyped-def]
                self._fill_permits(rows)
                self._reselect(self.permits_table, keep)
                self._update_buttons()
        else:
            return None

        def arrived(rows) -> None:  # type: ignore[no-untyped-def]
            if token == self._tab_token:
                fill(rows or [], _selected_key(table))    # the row selected now stays selected

        return Operation(self, self.tabs.tabText(index), fn, self.ctx, *args).busy(table, disable=False) \
            .success(arrived).run()

    def refresh_queue(self) -> None:
        keep = _selected_key(self.queue_table)
        out = run(self, self.tr("SHGM kuyruğu"), shgm.queue, self.ctx)
        self._fill_queue(out.value if out.ok and out.value else [], keep)

    def _fill_queue(self, rows: list, keep: object) -> None:  # type: ignore[type-arg]
        with _filling(self.queue_table):
            self.queue_table.setRowCount(len(rows))
            for i, r in enumerate(rows):
                days = _item(str(r.days_waiting), align_right=True)
                if r.days_waiting > OLD_DAYS:
                    days.setForeground(QColor("#b3261e"))
                for col, item in enumerate((_item(r.number, r.application_id), _item(r.facility_name),
                                            _item(r.province_name), _item(datetime_text(r.forwarded_at)), days)):
                    self.queue_table.setItem(i, col, item)
        self._reselect(self.queue_table, keep)
        self._show_review()

    def refresh_decisions(self) -> None:
        keep = _selected_key(self.decisions_table)
        out = run(self, self.tr("SHGM kararları"), shgm.decisions, self.ctx)
        self._fill_decisions(out.value if out.ok and out.value else [], keep)

    def _fill_decisions(self, rows: list[shgm.DecisionInfo], keep: object) -> None:
        with _filling(self.decisions_table):
            self.decisions_table.setRowCount(len(rows))
            for i, d in enumerate(rows):
                number = d.application_number or (self.tr("Değişiklik: {number}").format(
                    number=d.amends_permit_number) if d.amends_permit_id else self.tr("Resen"))
                areas = "; ".join(a.label for a in d.areas)
                for col, item in enumerate((_item(str(d.id), d.id), _item(number), _item(d.facility_name),
                                            _item(areas), _item(shown(d.stage)), _item(d.ckys_reference or ""))):
                    self.decisions_table.setItem(i, col, item)
        self._decisions = {d.id: d for d in rows}
        self._reselect(self.decisions_table, keep)
        self._update_buttons()

    def refresh_permits(self) -> None:
        keep = _selected_key(self.permits_table)
        out = run(self, self.tr("İzinler"), permits.recent_permits, self.ctx, self.search.text())
        self._fill_permits(out.value if out.ok and out.value else [])
        self._reselect(self.permits_table, keep)
        self._update_buttons()

    def _fill_permits(self, rows: list[permits.PermitRow]) -> None:
        with _filling(self.permits_table):
            self.permits_table.setRowCount(len(rows))
            for i, p in enumerate(rows):
                status = _item(shown(p.status.label))
                if p.status.state != "active":
                    status.setForeground(QColor("#b3261e"))
                for col, item in enumerate((_item(p.number, p.id), _item(p.facility_name),
                                            _item(str(p.revision_no), align_right=True), status,
                                            _item(date_text(p.issued_on)),
                                            _item(self.tr("Resen") if p.ex_officio else ""))):
                    self.permits_table.setItem(i, col, item)

    @staticmethod
    def _reselect(table: QTableWidget, key: object) -> None:
        for row in range(table.rowCount()):
            if key is not None and table.item(row, 0).data(ID_ROLE) == key:
                table.selectRow(row)
                return
        table.clearSelection()

    def _update_buttons(self) -> None:
        """Enable what the workflows allow (shgm.decision_actions, shgm.review_actions, permits.permit_actions)."""
        D, P = shgm.DecisionAction, permits.PermitAction
        d = self.selected_decision()
        decision = d.actions if d is not None else frozenset()
        self._offer(self.export_button, D.EXPORT_CKYS, D.EXPORT_CKYS in decision)
        self._offer(self.ckys_button, D.MARK_CKYS, D.MARK_CKYS in decision)
        self._offer(self.issue_button, D.ISSUE_PERMIT, D.ISSUE_PERMIT in decision)
        self._offer(self.ex_officio_button, who.EX_OFFICIO, True)
        self.issue_button.setText(self.tr("Değişikliği imzala") if d is not None and d.amends_permit_id
                                  else self.tr("İzin belgesi düzenle"))
        has_permit = self.current_permit is not None
        permit = self.current_permit.actions if self.current_permit is not None else frozenset()
        for b in (self.print_button, self.open_button):
            b.setEnabled(has_permit and bool(self.preview.data))
        for b, action in ((self.amend_button, P.AMEND), (self.suspend_button, P.SUSPEND),
                          (self.resume_button, P.RESUME), (self.revoke_button, P.REVOKE)):
            self._offer(b, action, action in permit)
        review = self.review.actions if self.review is not None else frozenset()
        self._offer(self.assign_button, D.ASSIGN_AREAS, D.ASSIGN_AREAS in review)
        self._offer(self.reject_button, D.REJECT, D.REJECT in review)

    def _offer(self, button: QPushButton, action: str, state_allows: bool) -> None:
        """A button is enabled when the record's state allows the action and the officer's role may take it
        (shgm.who, the roles the services require); a role that may not take it is told who may."""
        refused = who.why_not(self.ctx.actor, action)
        button.setEnabled(state_allows and refused is None)
        button.setToolTip(shown(refused) if refused is not None else "")

    # --- queue and review -----------------------------------------------------------------------------------------

    def selected_application(self) -> int | None:
        key = _selected_key(self.queue_table)
        return int(key) if key is not None else None

    def _show_review(self) -> None:
        app_id = self.selected_application()
        self.review = None
        self.documents.clear()
        if app_id is None:
            hint = self.tr("İncelemek için listeden bir başvuru seçin.")
            self.review_view.setHtml(f"<p>{escape(hint)}</p>")
            self._update_buttons()
            return
        out = run(self, self.tr("Başvuru"), shgm.review_view, self.ctx, app_id)
        if not out.ok or out.value is None:
            return
        self.review = out.value
        self.review_view.setHtml(review_html(out.value))   # one renderer with the İSM detail
        for doc in out.value.detail.documents:
            item = QListWidgetItem(f"{doc.filename}  ({shown(document_kind_label(doc.kind))})")
            item.setData(ID_ROLE, (doc.id, doc.filename))
            self.documents.addItem(item)
        listed = {doc.id for doc in out.value.detail.documents}
        for n in out.value.detail.notifications:
            if n.document_id and n.document_id not in listed:
                item = QListWidgetItem(self.tr("Bildirim yazısı {sayi}").format(sayi=n.sayi))
                item.setData(ID_ROLE, (n.document_id, f"{n.sayi}.pdf"))
                self.documents.addItem(item)
        self._update_buttons()

    def _open_document(self, item: QListWidgetItem) -> None:
        doc_id, name = item.data(ID_ROLE)
        out = run(self, self.tr("Belge"), stored_documents.document, self.ctx, doc_id)
        if out.ok and out.value is not None:
            if out.value.media_type == "application/pdf" or name.lower().endswith(".pdf"):
                PdfDialog(self, name, name, out.value.content).exec()
            else:
                Messages.info(self, name, self.tr("Bu belge PDF değil; önizlenemiyor."))

    def assign_areas(self) -> None:
        if self.review is None:
            return
        dialog = AreasDialog(self, self.review.requested, self.review.detail.facility.name)
        if not self.run_dialog(dialog):
            return
        out = run(self, self.tr("USH alanlarını belirle"), shgm.assign_areas, self.ctx,
                  self.review.detail.id, dialog.selected(), dialog.reason_text())
        if out.ok:
            self.refresh()

    def reject_application(self) -> None:
        if self.review is None:
            return
        dialog = TextDialog(self, "reject", self.review.detail.number)
        if not self.run_dialog(dialog):
            return
        out = run(self, self.tr("Başvuruyu reddet"), shgm.reject, self.ctx, self.review.detail.id, dialog.value())
        if out.ok:
            self.refresh()

    # --- decisions ------------------------------------------------------------------------------------------------

    def selected_decision(self) -> shgm.DecisionInfo | None:
        key = _selected_key(self.decisions_table)
        return getattr(self, "_decisions", {}).get(key) if key is not None else None

    def export_ckys(self) -> None:
        d = self.selected_decision()
        if d is None:
            return
        folder = self.choose_folder()
        if not folder:
            return
        out = run(self, self.tr("ÇKYS dosyası"), shgm.ckys_export, self.ctx, d.id, folder)
        if out.ok and out.value:
            json_path, csv_path = out.value
            self.last_export = out.value
            Messages.info(self, self.tr("ÇKYS dosyası"), self.tr(
                "ÇKYS kaydı dosyaları üretildi:\n{json}\n{csv}\n\nAlanları ÇKYS'ye girdikten sonra "
                "“ÇKYS'ye kaydedildi…” ile kayıt numarasını girin.").format(json=json_path, csv=csv_path))
            self.refresh_decisions()

    def mark_ckys(self) -> None:
        d = self.selected_decision()
        if d is None:
            return
        dialog = TextDialog(self, "ckys", d.facility_name)
        if not self.run_dialog(dialog):
            return
        out = run(self, self.tr("ÇKYS kaydı"), shgm.mark_ckys_recorded, self.ctx, d.id, dialog.value())
        if out.ok:
            self.refresh_decisions()

    def issue_permit(self) -> Operation | None:
        """Issue and sign in a worker (the decisions page waits); then only the decision row goes and the new
        permit is shown: the queue and the other decisions did not change."""
        d = self.selected_decision()
        if d is None:
            return None
        if d.amends_permit_id:
            return self.sign_amendment(d)
        producer = None
        if d.ex_officio:   # no application names the facility's USBS producer: the Onay Yetkilisi records it
            vendors = run(self, self.tr("USBS üreticileri"), lookups.vendors, self.ctx, self.ctx.clock.today())
            dialog = ProducerDialog(self, vendors.value or [])
            if not self.run_dialog(dialog):
                return None
            producer = dialog.producer()
        if not ready_to_sign(self):       # without a keyring: the passphrase, once per session
            return None
        return Operation(self, self.tr("İzin belgesi düzenle"), partial(_issue_with_progress, producer=producer),
                         self.ctx, d.id) \
            .progress(self.tr("İzin belgesi düzenleniyor ve e-imzalanıyor…"), cancellable=False) \
            .busy(self.decisions_page) \
            .changes(lambda issued: Changes(applications={d.application_id}, decisions={d.id},
                                            permits={issued.permit_id}, kinds={"permit", "state"}, source=self)) \
            .success(lambda issued: self._issued(d.id, issued.permit_id)) \
            .success(self._tell_issued).run()

    def _tell_issued(self, issued: permits.IssuedPermit) -> None:
        """The number officials will quote, and whether the signature is a real one."""
        signed = (self.tr("Belge deneme sertifikasıyla imzalandı: geçersiz örnek belgedir.") if issued.demo
                  else self.tr("Belge e-imzalandı."))
        Messages.info(self, self.tr("İzin belgesi düzenlendi"), self.tr(
            "USH Faaliyet İzin Belgesi {number} numarasıyla düzenlendi. {signed}").format(
                number=issued.number, signed=signed))

    def _issued(self, decision_id: int, permit_id: int) -> None:
        self._drop_row(self.decisions_table, decision_id)
        self._decisions.pop(decision_id, None)
        self.show_permit(permit_id).success(lambda _v: self.permit_issued.emit(permit_id))   # once it is shown

    @staticmethod
    def _drop_row(table: QTableWidget, key: object) -> None:
        for row in range(table.rowCount()):
            if table.item(row, 0).data(ID_ROLE) == key:
                table.removeRow(row)
                return

    def _changed(self, changes: Changes) -> None:
        """Another screen wrote something SHGM's lists show (a state change, a permit): the tab on screen reads its
        list again in a worker; a desk not on screen does it when it is shown next."""
        if changes.source is self or not (changes.states or changes.permits or changes.has("permit")):
            return
        if self.isVisible():
            self._tab_shown(self.tabs.currentIndex())
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._tab_shown(self.tabs.currentIndex())

    def start_ex_officio(self) -> None:
        out = run(self, self.tr("Alanlar"), shgm.all_area_choices, self.ctx)
        if not out.ok or out.value is None:
            return

        def search(text: str) -> list:
            found = run(self, self.tr("Resen izin"), shgm.ex_officio_facilities, self.ctx, text, quiet=True)
            return found.value if found.ok and found.value else []

        dialog = ExOfficioDialog(self, search, out.value[0])
        if not self.run_dialog(dialog):
            return
        res = run(self, self.tr("Resen izin başlat"), shgm.start_ex_officio, self.ctx, dialog.facility_id(),
                  dialog.selected(), dialog.reason_text())
        if res.ok:
            self.tabs.setCurrentWidget(self.decisions_page)
            self.refresh_decisions()
            self._reselect(self.decisions_table, res.value)
            self._update_buttons()

    # --- permits --------------------------------------------------------------------------------------------------

    def show_permit(self, permit_id: int) -> Operation:
        """The permits tab with `permit_id` selected and shown. The list and the permit (with its facility's other
        permits and its PDF) are read in one worker call; the permits page waits."""
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.permits_page)
        self.tabs.blockSignals(False)
        self.search.clear()
        self._permit_token += 1
        token = self._permit_token
        self.current_permit = None
        self._update_buttons()

        def shown(value) -> None:  # type: ignore[no-untyped-def]
            rows, view = value
            self.permits_table.blockSignals(True)          # no preview of whichever row was selected before
            try:
                self._fill_permits(rows)
                self._reselect(self.permits_table, permit_id)
            finally:
                self.permits_table.blockSignals(False)
            self._permit_shown(token, view)

        return Operation(self, self.tr("İzin"), _permit_page, self.ctx, permit_id) \
            .busy(self.permits_page, disable=False).success(shown).run()

    def _show_permit(self) -> Operation | None:
        """The selected permit, read in a worker (the latest selection wins)."""
        key = _selected_key(self.permits_table)
        self.current_permit = None
        self._permit_token += 1
        token = self._permit_token
        if key is None:
            self.preview.show_message(self.tr("Görüntülemek için bir izin seçin."))
            self._render_permit_summary()
            self._update_buttons()
            return None
        self._render_permit_summary()
        self._update_buttons()
        return Operation(self, self.tr("İzin"), _permit_view, self.ctx, int(key)) \
            .busy(self.preview, self.permit_summary, disable=False) \
            .success(lambda view: self._permit_shown(token, view)).run()

    def _permit_shown(self, token: int, view: tuple) -> None:  # type: ignore[type-arg]
        if token != self._permit_token:
            return                                        # another permit was chosen meanwhile
        info, history, doc = view
        self.current_permit = info
        self.facility_history = history
        if doc is not None:
            self.preview.set_pdf(doc.content)
            self.permit_filename = doc.filename
        else:
            self.preview.show_message(self.tr("Bu izin için kayıtlı belge yok."))
        self._render_permit_summary()
        self._update_buttons()

    def _render_permit_summary(self) -> None:
        p = self.current_permit
        if p is None:
            self.permit_summary.setHtml("")
            return
        e = escape
        h_status, h_resen, h_areas = self.tr("Durum"), self.tr("Resen"), self.tr("Yürürlükteki alanlar")
        h_history, h_rev = self.tr("Geçmiş"), self.tr("Revizyon")
        html = [f"<h3>{e(p.number)} — {e(p.facility_name)}</h3>",
                f"<p><b>{e(h_status)}:</b> {e(shown(p.status.label))}"
                + (f" ({e(p.status.reason)})" if p.status.reason else "") + "</p>"]
        if p.ex_officio:
            html.append(f"<p><b>{e(h_resen)}:</b> {e(p.ex_officio_reason)}</p>")
        html.append(f"<p><b>{e(h_areas)}:</b> "
                    f"{e('; '.join(a.label for a in p.current.areas))}</p>")
        h_producer, h_no_producer = self.tr("USBS üreticisi"), self.tr("kayıtlı değil (Yetki Sorgulama doğrulayamaz)")
        html.append(f"<p><b>{e(h_producer)}:</b> {e(p.current.vendor_name or h_no_producer)}</p>")
        html.append(f"<h4>{e(h_history)}</h4><ul>")
        for ev in p.events:
            until = f" – {date_text(ev.effective_until)}" if ev.effective_until else ""
            html.append(f"<li>{e(date_text(ev.effective_from))}{e(until)} <b>{e(ev.label)}</b> "
                        f"{e(ev.reason)} <i>{e(ev.actor_name)}</i></li>")
        html.append("</ul><ul>")
        for r in p.revisions:
            sup = self.tr(" (yerine yenisi: {d})").format(d=date_text(r.superseded_on)) if r.superseded_on else ""
            html.append(f"<li>{e(h_rev)} {r.revision_no}: {e(date_text(r.effective_from))}{e(sup)} — "
                        f"{e(r.verification_code)}</li>")
        html.append("</ul>")
        checks = p.public_checks
        if checks.count:
            # public verifications through the web service (issue 16): when, how and what it answered
            h_checks = self.tr("Kamuya açık doğrulamalar: {n} sorgu (son {k})").format(n=checks.count,
                                                                                      k=len(checks.latest))
            html.append(f"<h4>{e(h_checks)}</h4><ul>")
            html += [f"<li>{e(datetime_text(c.at))} {e(c.kind_label)} — <b>{e(c.answer_label)}</b></li>"
                     for c in checks.latest]
            html.append("</ul>")
        others = [h for h in getattr(self, "facility_history", []) if h.id != p.id]
        if p.status.state != "revoked" and any(h.status.state != "revoked" for h in others):
            # only a database from before migration 0007 can hold this: one of them must be revoked
            warning = self.tr("Bu tesisin birden fazla iptal edilmemiş izni var; bir tesisin aynı anda yalnızca bir "
                              "izni olabilir. Fazla olanı iptal edin.")
            html.append(f"<p style='color:#b00020'><b>{e(warning)}</b></p>")
        if others:
            h_others = self.tr("Tesisin diğer izinleri")
            html.append(f"<h4>{e(h_others)}</h4><ul>")
            html += [f"<li>{e(h.number)} ({e(date_text(h.issued_on))}) — {e(shown(h.status.label))}</li>" for h in others]
            html.append("</ul>")
        self.permit_summary.setHtml("".join(html))

    def print_permit(self) -> bool:
        if not self.preview.data:
            return False
        printer = self.ask_printer()
        if printer is None:
            return False
        return paint_pdf(printer, self.preview.document) > 0

    def open_permit(self) -> None:
        if self.preview.data:
            PdfDialog(self, self.tr("İzin belgesi"), getattr(self, "permit_filename", "izin.pdf"),
                      self.preview.data).exec()

    def amend_permit(self) -> None:
        p = self.current_permit
        if p is None:
            return
        out = run(self, self.tr("Alanlar"), shgm.all_area_choices, self.ctx)
        if not out.ok or out.value is None:
            return
        areas, _branches = out.value
        today = self.ctx.clock.today()
        vendors = run(self, self.tr("USBS üreticileri"), lookups.vendors, self.ctx, today).value or []
        dialog = AmendDialog(self, areas, p.current.areas, today, vendors,
                             (p.current.vendor_id, p.current.product_id))
        if not self.run_dialog(dialog):
            return
        if shgm.areas_differ({a.key for a in p.current.areas}, dialog.selected()):
            # new areas go through ÇKYS like the first issue: a decision now, the signature after the ÇKYS mark
            out = run(self, self.tr("Alan değişikliği kararı"), permits.start_amendment, self.ctx, p.id,
                      dialog.selected(), dialog.reason_text())
            if out.ok:
                Messages.info(self, self.tr("Alan değişikliği kararı"), self.tr(
                    "{number} numaralı iznin alan değişikliği kararı kaydedildi (karar {decision}). Kararlar "
                    "sekmesinde ÇKYS dosyasını üretin, alanları ÇKYS'ye girip kaydedildiğini işaretleyin; sonra "
                    "\"Değişikliği imzala\" ile imzalanır.").format(number=p.number, decision=out.value))
                self.refresh_decisions()
            return
        if not ready_to_sign(self):
            return
        self._permit_op(self.tr("İzin alanlarını değiştir"), p.id, partial(permits.amend_areas,
                                                                           producer=dialog.producer()),
                        self.ctx, p.id, dialog.selected(), dialog.reason_text(), dialog.effective(),
                        dialog.ref.text())

    def sign_amendment(self, d: shgm.DecisionInfo) -> Operation | None:
        """Sign an amendment decision recorded in ÇKYS as the permit's new revision (in a worker)."""
        info = run(self, self.tr("İzin belgesi"), permits.permit, self.ctx, d.amends_permit_id)
        if not info.ok or info.value is None:
            return None
        p = info.value
        today = self.ctx.clock.today()
        vendors = run(self, self.tr("USBS üreticileri"), lookups.vendors, self.ctx, today).value or []
        dialog = AmendDialog(self, [], p.current.areas, today, vendors, (p.current.vendor_id, p.current.product_id),
                             fixed=d.areas, reason=d.reasons)
        if not self.run_dialog(dialog) or not ready_to_sign(self):
            return None
        return Operation(self, self.tr("Değişikliği imzala"),
                         partial(permits.amend_areas, producer=dialog.producer(), decision_id=d.id),
                         self.ctx, p.id, [a.key for a in d.areas], dialog.reason_text(), dialog.effective(),
                         dialog.ref.text()) \
            .busy(self.decisions_page) \
            .changes(Changes(decisions={d.id}, permits={p.id}, kinds={"permit"}, source=self)) \
            .success(lambda _v: self._issued(d.id, p.id)).run()

    def _permit_op(self, title: str, permit_id: int, fn, *args) -> Operation:  # type: ignore[no-untyped-def]
        """A new revision (signed) or an event on a permit, in a worker; the permit page waits."""
        return Operation(self, title, fn, *args).busy(self.permits_page) \
            .changes(Changes(permits={permit_id}, kinds={"permit"}, source=self)) \
            .success(lambda _v: self.show_permit(permit_id)).run()

    def change_permit(self, kind: str) -> None:
        p = self.current_permit
        if p is None:
            return
        dialog = DatedDialog(self, kind, p.number, self.ctx.clock.today())
        if not self.run_dialog(dialog):
            return
        ref = dialog.ref.text()
        if kind == "suspend":
            self._permit_op(dialog.windowTitle(), p.id, permits.suspend, self.ctx, p.id, dialog.on(),
                            dialog.until_date(), dialog.reason_text(), ref)
        elif kind == "resume":
            self._permit_op(dialog.windowTitle(), p.id, permits.resume, self.ctx, p.id, dialog.on(),
                            dialog.reason_text(), ref)
        else:
            self._permit_op(dialog.windowTitle(), p.id, permits.revoke, self.ctx, p.id, dialog.on(),
                            dialog.reason_text(), ref)


__all__ = ["ShgmDesk"]
