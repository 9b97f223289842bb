"""The İSM worklist: a page of applications with the 15-day traffic light, filters and a Turkish-aware search.

The database filters, sorts and pages (ism_worklist.worklist); the model only shows one page.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCollator, QEvent, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import date_text, datetime_text, days_left_text, narrow_combo
from app.ui.common.operations import Operation, run
from app.ui.common.style import LightLegend, light_colour, light_icon, light_name, light_tint
from app.ui.common.tables import ColumnChooser, RowsModel, elide_middle
from app.ui.export_menu import add_export_button, worklist_details, worklist_table
from app.ui.labels import number, permit_status_label, state_label
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.common.states import AppState
from app.workflows.ism import worklist as ism_worklist
from app.workflows.ism.worklist import WorklistFilters, WorklistRow

ID_ROLE = Qt.ItemDataRole.UserRole
LIGHT_ROLE = Qt.ItemDataRole.UserRole + 1


class WorklistModel(RowsModel):
    """One page of the worklist. LIGHT_ROLE gives the light ("green", "amber", "red", "overdue", "stopped")."""

    NUMBER, FACILITY, CKYS, PROVINCE, RECEIVED, STATE, DEADLINE, DAYS = range(8)
    SORT_KEYS = {NUMBER: "number", FACILITY: "facility", CKYS: "ckys", PROVINCE: "province",
                 RECEIVED: "received", STATE: "state", DAYS: "urgency"}   # DAYS: urgent first, the default

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[WorklistRow] = []

    def set_rows(self, rows: list[WorklistRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> WorklistRow:
        return self.rows[row]

    def row_of(self, app_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == app_id:
                return i
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1))

    # -- Qt model ------------------------------------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Başvuru no"), self.tr("Tesis"), self.tr("ÇKYS kodu"), self.tr("İl"), self.tr("Alındı"),
                self.tr("Durum"), self.tr("Son gün"), self.tr("Kalan gün")]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == self.DAYS:
            return self.tr("Bildirim süresinin kalan günü; tıklayınca acil dosyalar üstte (renkler: listenin altında)")
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return r.number
            if col == self.FACILITY:
                return r.facility_name
            if col == self.CKYS:
                return r.ckys_code
            if col == self.PROVINCE:
                return r.province_name
            if col == self.RECEIVED:
                return date_text(r.received_on)
            if col == self.STATE:
                return permit_status_label(r.permit.status.state) if r.permit else state_label(r.state)
            if col == self.DEADLINE:
                return date_text(r.deadline) if r.deadline else "—"
            if col == self.DAYS:
                return days_left_text(r.clock)
            return None
        if role == ID_ROLE:
            return r.id
        if role == LIGHT_ROLE:
            return r.light
        if role == Qt.ItemDataRole.DecorationRole and col == self.DAYS and r.light != "stopped":
            return light_icon(r.light)
        if role == Qt.ItemDataRole.BackgroundRole and col in (self.DAYS, self.DEADLINE):
            tint = light_tint(r.light)
            return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STATE and r.permit and r.permit.status.state != "active":
                return QBrush(light_colour("overdue"))      # a permit not in force never reads as issued
            if col in (self.DAYS, self.DEADLINE) and r.light in ("red", "overdue"):
                return QBrush(light_colour("overdue"))
            if col in (self.DAYS, self.DEADLINE) and r.light == "stopped":
                return QBrush(QColor("#757575"))
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.DAYS and r.light in ("red", "overdue"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.DAYS and r.deadline:
                return f"{light_name(r.light)}\n{self.tr('Son gün')}: {date_text(r.deadline)}"
            if col == self.DAYS:
                return light_name(r.light)
            if col == self.RECEIVED:
                return datetime_text(r.received_at)
            if col == self.FACILITY:
                return f"{r.facility_name}\n{self.tr('ÇKYS kodu')}: {r.ckys_code}"
            if col == self.DEADLINE and r.deadline:
                return light_name(r.light)
            if col == self.STATE:
                return f"{state_label(r.state)}: {r.permit.text}" if r.permit else state_label(r.state)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.RECEIVED, self.DEADLINE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class WorklistTable(QTableView):
    """The table: Enter (or a double click) opens the current application."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.doubleClicked.connect(self._open_index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open_index(self, index: QModelIndex) -> None:
        app_id = index.siblingAtColumn(0).data(ID_ROLE)
        if app_id is not None:
            self.open_requested.emit(int(app_id))


class WorklistPanel(QWidget):
    """Filters (state, province, search, the two deadline buttons), the table and the page buttons."""

    open_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offset = 0
        self.limit = ism_worklist.PAGE_SIZE
        self.total = 0
        self._page_token = 0          # the latest page asked for (a page read in a worker for an older one is dropped)
        self.sort_column = WorklistModel.DAYS      # urgent files first (overdue, today, the rest by last day)
        self.descending = False

        self.state_label = QLabel()
        self.state_combo = narrow_combo(QComboBox(), 12)        # the list drops down in full width
        self.state_label.setBuddy(self.state_combo)
        self.province_label = QLabel()
        self.province_combo = QComboBox()
        self.province_label.setBuddy(self.province_combo)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.overdue_button = QPushButton()
        self.today_button = QPushButton()
        for b in (self.overdue_button, self.today_button):
            b.setCheckable(True)
        self.clear_button = QPushButton()

        self.model = WorklistModel(self)
        self.table = WorklistTable()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WorklistModel.FACILITY, QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.table.font())
        bold.setBold(True)
        widths = {WorklistModel.STATE: self.table.fontMetrics().horizontalAdvance("İzin belgesi düzenlendi") + 12,
                  WorklistModel.DAYS: QFontMetrics(bold).horizontalAdvance("Süresi geçti (10 gün)") + 26}
        for col, width in widths.items():   # longer texts elide (the tooltip has them); the facility gets the room
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.sort_column, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.sectionClicked.connect(self._sort_by)
        self.table.open_requested.connect(self.open_requested)
        # long facility names lose their middle (the tooltip has them); the officer hides columns from the header's
        # menu. On a screen narrower than 1600 px the ÇKYS code starts hidden (the facility's tooltip shows it).
        elide_middle(self.table)
        # At 125 % (under 1280 logical px) the receipt and the last day start hidden too (the days left stay; the
        # last day is in their tooltip).
        width = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry().width()
        hidden = (WorklistModel.CKYS,) if width < 1600 else ()
        if width < 1280:
            hidden += (WorklistModel.RECEIVED, WorklistModel.DEADLINE)
        self.columns = ColumnChooser(self.table, "ism-worklist", hidden,
                                     always=(WorklistModel.NUMBER, WorklistModel.FACILITY, WorklistModel.DAYS))
        # İSM users see one province: its column would repeat the same name on every row
        self.columns.set_unavailable({WorklistModel.PROVINCE} if ctx.actor.role.provincial else set())
        self.legend = LightLegend()

        self.count_label = QLabel()
        self.prev_button = QPushButton()
        self.next_button = QPushButton()
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)

        self.actions_row = QHBoxLayout()      # the desk puts its buttons at the start of this row
        self.actions_row.setSpacing(6)
        self.actions_row.addStretch(1)
        self.actions_row.addWidget(self.overdue_button)
        self.actions_row.addWidget(self.today_button)
        # every row matching the filters (not only this page) to XLSX / CSV
        self.exporter = add_export_button(self, ctx, "applications", lambda: worklist_table(self), "basvuru-listesi",
                                          details=lambda: worklist_details(self.filters()))
        self.actions_row.addWidget(self.exporter.button)
        # filters set from the dashboard that have no widget here (several states, a month, "this week"): see
        # app.ui.common.list_routing; the label names them until "Filtreleri temizle"
        self.extra: dict = {}
        self.extra_label = QLabel()
        self.extra_label.setWordWrap(True)
        self.extra_label.setVisible(False)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.state_label)
        filters.addWidget(self.state_combo)
        filters.addSpacing(6)
        filters.addWidget(self.province_label)
        filters.addWidget(self.province_combo)
        filters.addSpacing(6)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.clear_button)
        paging = QHBoxLayout()
        paging.addWidget(self.count_label, 1)
        paging.addWidget(self.prev_button)
        paging.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.actions_row)
        layout.addLayout(filters)
        layout.addWidget(self.extra_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addLayout(paging)

        provincial = ctx.actor.role.provincial
        self.province_label.setVisible(not provincial)
        self.province_combo.setVisible(not provincial)
        self._provinces = [] if provincial else run(self, "", lookups.provinces, ctx).value or []
        collator = QCollator(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
        self._provinces.sort(key=lambda p: collator.sortKey(p.name))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_now)
        self.state_combo.activated.connect(self._filters_changed)
        self.province_combo.activated.connect(self._filters_changed)
        self.overdue_button.toggled.connect(lambda on: self._deadline_toggled(self.overdue_button, on))
        self.today_button.toggled.connect(lambda on: self._deadline_toggled(self.today_button, on))
        self.clear_button.clicked.connect(self.clear_filters)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self._focus_search)

        order = [self.overdue_button, self.today_button, self.state_combo, self.province_combo, self.search,
                 self.clear_button, self.table, self.prev_button, self.next_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.counts = ism_worklist.DeadlineCounts(0, 0, 0, 0)
        self._counted_province: object = ...     # the province the counts belong to (... = not counted yet)
        self._fill_combos()
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        state = self.state_combo.currentData()
        self.state_combo.clear()
        self.state_combo.addItem(self.tr("Tüm durumlar"), None)
        for s in AppState:
            self.state_combo.addItem(state_label(s), s.value)
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(state)))
        province = self.province_combo.currentData()
        self.province_combo.clear()
        self.province_combo.addItem(self.tr("Tüm iller"), None)
        for p in self._provinces:
            self.province_combo.addItem(p.name, p.code)
        self.province_combo.setCurrentIndex(max(0, self.province_combo.findData(province)))

    def retranslate(self) -> None:
        self.state_label.setText(self.tr("D&urum:"))
        self.province_label.setText(self.tr("İ&l:"))
        self.search.setPlaceholderText(self.tr("Tesis, ÇKYS kodu ya da başvuru no"))
        self.search.setToolTip(self.tr("Ara (Ctrl+F): Türkçe büyük-küçük harf fark etmez"))
        self.clear_button.setText(self.tr("Filtreleri temizle"))
        self.prev_button.setText(self.tr("◀ Önceki"))
        self.next_button.setText(self.tr("Sonraki ▶"))
        self.overdue_button.setToolTip(self.tr("Bildirim süresi geçmiş, henüz bildirim yapılmamış başvurular"))
        self.today_button.setToolTip(self.tr("Bildirim süresinin son günü bugün olan başvurular"))
        self._fill_combos()
        self._button_texts()
        self._count_text()
        self.show_extra()
        self.model.retranslate()

    def _button_texts(self) -> None:
        self.overdue_button.setText(self.tr("Süresi geçenler ({n})").format(n=number(self.counts.overdue)))
        self.today_button.setText(self.tr("Bugün son gün ({n})").format(n=number(self.counts.today)))

    def _count_text(self) -> None:
        if self.total == 0:
            self.count_label.setText(self.tr("Bu ölçütlere uyan başvuru yok."))
        else:
            first, last = self.offset + 1, self.offset + len(self.model.rows)
            self.count_label.setText(self.tr("{total} başvurudan {first}–{last} gösteriliyor").format(
                total=number(self.total), first=number(first), last=number(last)))
        self.prev_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + len(self.model.rows) < self.total)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- filters -------------------------------------------------------------------------------------------------

    def filters(self) -> WorklistFilters:
        state = self.state_combo.currentData()
        deadline = "overdue" if self.overdue_button.isChecked() else "today" if self.today_button.isChecked() else ""
        return replace(WorklistFilters(
            state=AppState(state) if state else None, search=self.search.text().strip(), deadline=deadline,
            province_id=None if self.ctx.actor.role.provincial else self.province_combo.currentData(),
            sort=WorklistModel.SORT_KEYS.get(self.sort_column, "received"), descending=self.descending),
            **self.extra)

    def _deadline_toggled(self, button: QPushButton, on: bool) -> None:
        other = self.today_button if button is self.overdue_button else self.overdue_button
        if on and self.extra.pop("deadline", None):     # a button replaces the dashboard's "week" / "running"
            self.show_extra()
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self.table.horizontalHeader().setSortIndicatorShown(not self.filters().deadline)
        self._filters_changed()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._filters_changed()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _filters_changed(self) -> None:
        self.offset = 0
        self.refresh(keep_selection=False, counts=False)

    def clear_filters(self) -> None:
        for b in (self.overdue_button, self.today_button):
            b.blockSignals(True)
            b.setChecked(False)
            b.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.state_combo.setCurrentIndex(0)
        self.province_combo.setCurrentIndex(0)
        self.extra = {}
        self.show_extra()
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self._filters_changed()

    def show_extra(self) -> None:
        """Name the dashboard's filters that apply (or hide the line when none does)."""
        from app.ui.common.list_routing import describe_extra

        self.extra_label.setText(describe_extra(self.extra))
        self.extra_label.setVisible(bool(self.extra))

    def show_overdue(self) -> None:
        self.overdue_button.setChecked(True)

    def _sort_by(self, column: int) -> None:
        header = self.table.horizontalHeader()
        if column == WorklistModel.DAYS and not self.filters().deadline:
            self.sort_column, self.descending = column, False      # urgent first has one direction
            header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
            self._filters_changed()
            return
        if column not in WorklistModel.SORT_KEYS or self.filters().deadline:
            header.setSortIndicator(self.sort_column,
                                    Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder)
            return
        if column == self.sort_column:
            self.descending = not self.descending
        else:
            self.sort_column, self.descending = column, column == WorklistModel.RECEIVED
        order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)
        self._filters_changed()

    # -- loading -------------------------------------------------------------------------------------------------

    def refresh(self, keep_selection: bool = True, counts: bool = True) -> None:
        """Reload the page. `counts=False` (paging, sorting, filters other than the province) keeps the deadline
        button counts: they depend on the province only, and counting every open application each time would
        make paging through 100,000 applications slower than it needs to be."""
        current = self.current_id() if keep_selection else None
        filters = self.filters()
        self._page_token += 1                     # a page read in a worker before this one is dropped
        outcome = run(self, self.tr("Başvuru listesi"), ism_worklist.worklist, self.ctx, filters, self.offset,
                      self.limit)
        rows, total = outcome.value if outcome.ok and outcome.value else ([], 0)
        if not rows and total and self.offset:   # the page emptied (e.g. after a change): go back to the first
            self.offset = 0
            outcome = run(self, self.tr("Başvuru listesi"), ism_worklist.worklist, self.ctx, filters, 0, self.limit)
            rows, total = outcome.value if outcome.ok and outcome.value else ([], 0)
        counted = None
        if counts or filters.province_id != self._counted_province:
            out = run(self, self.tr("Başvuru listesi"), ism_worklist.deadline_counts, self.ctx,
                      WorklistFilters(province_id=filters.province_id))
            counted = out.value if out.ok else None
        self._show_page(rows, total, counted, filters, current)

    def refresh_in_worker(self, select: int | None = None) -> Operation:
        """The same page and counts read in a worker, after a write elsewhere (the window stays responsive; the
        table shows a busy cursor). `select` (else the current row) is selected again when it is on the page."""
        current = select if select is not None else self.current_id()
        filters = self.filters()
        self._page_token += 1
        token = self._page_token

        def read(ctx, filters, offset, limit):  # type: ignore[no-untyped-def]
            rows, total = ism_worklist.worklist(ctx, filters, offset, limit)
            if not rows and total and offset:
                offset = 0
                rows, total = ism_worklist.worklist(ctx, filters, 0, limit)
            return rows, total, offset, ism_worklist.deadline_counts(ctx, WorklistFilters(
                province_id=filters.province_id))

        def shown(value) -> None:  # type: ignore[no-untyped-def]
            if token != self._page_token:
                return                            # the officer paged or filtered meanwhile: that page stands
            rows, total, self.offset, counted = value
            self._show_page(rows, total, counted, filters, current)

        return Operation(self, self.tr("Başvuru listesi"), read, self.ctx, filters, self.offset, self.limit) \
            .busy(self.table, disable=False).success(shown).run()

    def _show_page(self, rows: list[WorklistRow], total: int, counted, filters: WorklistFilters,  # type: ignore[no-untyped-def]
                   current: int | None) -> None:
        self.total = total
        self.model.set_rows(rows)
        if counted:
            self.counts = counted
            self.legend.set_period(counted.period_days)
            self._counted_province = filters.province_id
        self._button_texts()
        self._count_text()
        if current is not None and self.select_application(current):
            return
        if rows:
            self.table.selectRow(0)

    def next_page(self) -> None:
        if self.offset + self.limit < self.total:
            self.offset += self.limit
            self.refresh(keep_selection=False, counts=False)

    def previous_page(self) -> None:
        if self.offset:
            self.offset = max(0, self.offset - self.limit)
            self.refresh(keep_selection=False, counts=False)

    # -- selection -----------------------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(index.siblingAtColumn(0).data(ID_ROLE))

    def select_application(self, app_id: int) -> bool:
        row = self.model.row_of(app_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True
