"""The dashboard of the acting user's role: number tiles (deadlines with traffic lights, applications per
state), two charts (applications per month, processing times) and, for SHGM, the administrator and the
auditor, a per-province table. Every number clicks through to its list: `open_list(dict)` carries the filter.

open_list payload (keys present only when they filter; an empty dict means "every application in scope"):

    {"state": "under_review"}                    one AppState value
    {"states": ["shgm_approved", ...]}           several AppState values (the "decided" column)
    {"deadline": "overdue"}                      running clocks past their last day
    {"deadline": "today"}                        running clocks whose last day is today
    {"deadline": "week"}                         last day within the next 7 days (not today)
    {"deadline": "running"}                      every running clock (state received or under review)
    {"province_id": 34, ...}                     one province (plate code), alone or with "state"/"states"
    {"received_month": "2026-03"}                applications received in that month

İSM users' payloads never carry province_id: their lists are always their own province.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import date_text
from app.ui.common.changes import Changes, hub
from app.ui.common.operations import Operation, alive
from app.ui.common.style import DEADLINE_TILE_LIGHTS
from app.ui.dashboard.charts import ProcessingChart, ReceivedChart
from app.ui.dashboard.tiles import Tile
from app.ui.export_menu import EXPORT_ROLE, add_export_button, table_widget_contents
from app.ui.labels import number, state_label
from app.workflows.common.context import AppContext
from app.workflows.common.permissions import SHGM
from app.workflows.common.states import AppState
from app.workflows.dashboard import figures
from app.workflows.dashboard.figures import DECIDED_STATES, SHGM_STATES, Dashboard

PAYLOAD_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
DEADLINE_TILES = tuple(DEADLINE_TILE_LIGHTS.items())   # (tile, light): the colours of the lists' dots
TILE_COLUMNS = 6


class CountItem(QTableWidgetItem):
    """A table cell that shows a Turkish-formatted count and sorts by its number."""

    def __init__(self, count: int, payload: dict) -> None:
        super().__init__(number(count))
        self.setData(COUNT_ROLE, count)
        self.setData(EXPORT_ROLE, count)
        self.setData(PAYLOAD_ROLE, payload)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.data(COUNT_ROLE) or 0) < int(other.data(COUNT_ROLE) or 0)


class NameItem(QTableWidgetItem):
    """A province name that sorts in Turkish alphabetical order (the rows come sorted; keep that order)."""

    def __init__(self, name: str, rank: int, payload: dict) -> None:
        super().__init__(name)
        self.setData(COUNT_ROLE, rank)
        self.setData(PAYLOAD_ROLE, payload)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.data(COUNT_ROLE) or 0) < int(other.data(COUNT_ROLE) or 0)


class DashboardWidget(QWidget):
    """`DashboardWidget(ctx)`; `refresh()` reloads the figures; `open_list(dict)` asks for a list (see above)."""

    open_list = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, province_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.province_id = province_id
        self.data: Dashboard | None = None
        self.loading = False          # show_loading(): "…" until the first refresh
        self._running: Operation | None = None
        self._again = False
        self._waiting: list = []
        self._stale = False
        hub().changed.connect(self._changed)
        role = ctx.actor.role
        self.shgm_view = role in SHGM

        self.heading = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.scope_label = QLabel()
        self.scope_label.setStyleSheet("color: palette(placeholder-text);")
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.scope_label, 1, Qt.AlignmentFlag.AlignBottom)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.open_report)
        self.report_button.setVisible(figures.shows_monthly_report(role))
        self.exporter = add_export_button(self, ctx, "dashboard", self.figures_table, "gosterge-paneli")
        top.addWidget(self.report_button)
        top.addWidget(self.exporter.button)
        top.addWidget(self.refresh_button)

        section_font = QFont(self.font())
        section_font.setPointSizeF(section_font.pointSizeF() * 1.15)
        section_font.setBold(True)

        self.tiles: dict[str, Tile] = {}
        # deadlines (İSM, administrator, auditor)
        self.deadline_title = QLabel()
        self.deadline_title.setFont(section_font)
        self.deadline_box = QWidget()
        deadline_row = QHBoxLayout(self.deadline_box)
        deadline_row.setContentsMargins(0, 0, 0, 0)
        for key, light in DEADLINE_TILES:
            tile = self._tile(f"deadline:{key}", {"deadline": key}, light)
            deadline_row.addWidget(tile)
        show_deadlines = figures.shows_deadlines(role)
        self.deadline_title.setVisible(show_deadlines)
        self.deadline_box.setVisible(show_deadlines)

        # applications per state
        self.state_title = QLabel()
        self.state_title.setFont(section_font)
        self.states_shown = list(SHGM_STATES) if self.shgm_view else list(AppState)
        state_box = QWidget()
        grid = QGridLayout(state_box)
        grid.setContentsMargins(0, 0, 0, 0)
        keys = [(f"state:{s.value}", {"state": s.value}) for s in self.states_shown]
        if not self.shgm_view:
            keys.append(("total", {}))
        columns = min(TILE_COLUMNS, len(keys))
        for i, (key, payload) in enumerate(keys):
            grid.addWidget(self._tile(key, payload, "neutral"), i // columns, i % columns)
        for c in range(columns):
            grid.setColumnStretch(c, 1)

        # charts
        self.received_chart = ReceivedChart()
        self.received_chart.month_clicked.connect(lambda key: self.open_list.emit({"received_month": key}))
        self.processing_chart = ProcessingChart()
        self.charts = [self.received_chart, self.processing_chart]
        charts = QHBoxLayout()
        charts.addWidget(self.received_chart, 1)
        charts.addWidget(self.processing_chart, 1)

        # SHGM: per province
        self.province_title = QLabel()
        self.province_title.setFont(section_font)
        self.province_table = QTableWidget(0, 4)
        self.province_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.province_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.province_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.province_table.verticalHeader().setVisible(False)
        self.province_table.setAlternatingRowColors(True)
        self.province_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.province_table.setSortingEnabled(True)
        self.province_table.setMinimumHeight(240)
        self.province_table.setMaximumHeight(420)
        self.province_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        header = self.province_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.province_table.cellClicked.connect(self._cell_clicked)
        self.province_table.cellActivated.connect(self._cell_clicked)
        self.province_hint = QLabel()
        self.province_hint.setStyleSheet("color: palette(placeholder-text);")
        self.province_exporter = add_export_button(self.province_table, ctx, "dashboard", self.province_export,
                                                   "illere-gore-shgm")
        province_head = QHBoxLayout()
        province_head.addWidget(self.province_title, 1)
        province_head.addWidget(self.province_exporter.button)
        show_provinces = figures.shows_provinces(role) and not role.provincial and province_id is None
        for w in (self.province_title, self.province_table, self.province_hint, self.province_exporter.button):
            w.setVisible(show_provinces)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.deadline_title)
        layout.addWidget(self.deadline_box)
        layout.addSpacing(6)
        layout.addWidget(self.state_title)
        layout.addWidget(state_box)
        layout.addSpacing(6)
        layout.addLayout(charts)
        layout.addLayout(province_head)
        layout.addWidget(self.province_table)
        layout.addWidget(self.province_hint)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.retranslate()

    def _tile(self, key: str, payload: dict, light: str) -> Tile:
        tile = Tile(key, payload, light)
        tile.activated.connect(self.open_list)
        self.tiles[key] = tile
        return tile

    # -- data ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the figures in a worker (busy cursor on the board; the last figures stay until the new ones
        arrive). A refresh asked for while one runs is done once, after it."""
        if self._running is not None:
            self._again = True
            return
        self._again = False
        self._running = Operation(self, self.tr("Gösterge paneli"), figures.dashboard, self.ctx, self.province_id) \
            .busy(self, disable=False).finally_(self._counted).run()

    def _counted(self, outcome) -> None:  # type: ignore[no-untyped-def]
        self._running = None
        if not alive(self):
            return
        if outcome.ok and outcome.value is not None:
            self.data = outcome.value
        self.render()
        if self._again:
            self.refresh()
            return
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()

    def _changed(self, changes: Changes) -> None:
        """A write elsewhere: the figures change only when an application changed state (or a permit, a vendor,
        the whole data set). Counted now when the board is on screen, else the next time it is shown."""
        if not (changes.states or changes.has("permit", "vendor")):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def when_counted(self, callback) -> None:  # type: ignore[no-untyped-def]
        """Call `callback` once the figures being counted have been shown (at once when none are)."""
        if self._running is None:
            callback()
        else:
            self._waiting.append(callback)

    def show_loading(self) -> None:
        """The state before the first figures arrive (the main window loads them after its first paint):
        the captions, "…" for every number and "yükleniyor…" where the scope and date will be."""
        self.loading = True
        self.render()

    def _deadline_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "overdue": (self.tr("Süresi geçti"),
                        self.tr("15 günlük bildirim süresi geçmiş, henüz bildirim yapılmamış başvurular")),
            "today": (self.tr("Bugün son gün"), self.tr("Bildirim süresinin son günü bugün olan başvurular")),
            "week": (self.tr("7 gün içinde dolacak"),
                     self.tr("Bildirim süresi önümüzdeki 7 gün içinde dolacak başvurular (bugün hariç)")),
            "running": (self.tr("Süresi işleyen (toplam)"),
                        self.tr("Alındı ya da İncelemede durumundaki, süresi işleyen tüm başvurular")),
        }

    def _render_loading(self) -> None:
        self.scope_label.setText(self.tr("yükleniyor…"))
        for key, (caption, tip) in self._deadline_texts().items():
            self.tiles[f"deadline:{key}"].set_loading(caption, tip)
        for state in self.states_shown:
            self.tiles[f"state:{state.value}"].set_loading(state_label(state))
        if "total" in self.tiles:
            self.tiles["total"].set_loading(self.tr("Toplam başvuru"))

    def render(self) -> None:
        d = self.data
        if d is None:
            if self.loading:
                self._render_loading()
            return
        self.loading = False
        if d.province_id is not None:
            scope = self.tr("{province} ili").format(province=d.province_name)
        else:
            scope = self.tr("Tüm iller")
        self.scope_label.setText(self.tr("{scope} · {day} itibarıyla").format(scope=scope, day=date_text(d.today)))
        if d.deadlines is not None:
            b = d.deadlines
            counts = {"overdue": b.overdue, "today": b.due_today, "week": b.this_week, "running": b.running}
            for key, (caption, tip) in self._deadline_texts().items():
                self.tiles[f"deadline:{key}"].set_value(counts[key], caption, tip)
        for state in self.states_shown:
            self.tiles[f"state:{state.value}"].set_value(d.states.get(state, 0), state_label(state))
        if "total" in self.tiles:
            self.tiles["total"].set_value(d.total, self.tr("Toplam başvuru"))
        self.received_chart.set_points(d.months)
        self.processing_chart.set_points(d.months)
        self._fill_provinces()

    def _fill_provinces(self) -> None:
        rows = self.data.provinces if self.data is not None else None
        table = self.province_table
        table.setSortingEnabled(False)
        table.setRowCount(len(rows or []))
        decided = [s.value for s in DECIDED_STATES]
        for r, row in enumerate(rows or []):
            where = {"province_id": row.province_id}
            table.setItem(r, 0, NameItem(row.name, r, {**where, "states": [s.value for s in SHGM_STATES]}))
            table.setItem(r, 1, CountItem(row.forwarded, {**where, "state": AppState.FORWARDED.value}))
            table.setItem(r, 2, CountItem(row.decided, {**where, "states": decided}))
            table.setItem(r, 3, CountItem(row.permits, {**where, "state": AppState.PERMIT_ISSUED.value}))
        table.setSortingEnabled(True)
        if rows:
            self.province_hint.setText(self.tr(
                "Toplam: SHGM'de bekleyen {forwarded}, karar verilen {decided}, izin belgesi düzenlenen {permits}. "
                "Bir sayıya tıklayın: başvuru listesi açılır.").format(
                forwarded=number(sum(r.forwarded for r in rows)), decided=number(sum(r.decided for r in rows)),
                permits=number(sum(r.permits for r in rows))))
        else:
            self.province_hint.setText(self.tr("SHGM'ye iletilmiş başvuru yok."))

    def _cell_clicked(self, row: int, column: int) -> None:
        item = self.province_table.item(row, column)
        if item is not None and item.data(PAYLOAD_ROLE) is not None:
            self.open_list.emit(dict(item.data(PAYLOAD_ROLE)))

    def open_report(self) -> None:
        from app.ui.ism import entry

        dialog = entry.monthly_report(self.ctx, self, self.province_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog = dialog
        dialog.open()

    def province_export(self):  # type: ignore[no-untyped-def]
        return table_widget_contents(self.province_table)

    def figures_table(self) -> tuple[list[str], list[list[object]]]:
        """Every number on the dashboard as a three-column table (section, figure, value) for the export."""
        headers = [self.tr("Bölüm"), self.tr("Gösterge"), self.tr("Değer")]
        rows: list[list[object]] = []
        d = self.data
        if d is None:
            return headers, rows
        scope = self.scope_label.text()
        rows.append([self.tr("Kapsam"), scope, ""])
        if d.deadlines is not None:
            section = self.deadline_title.text()
            for key, _light in DEADLINE_TILES:
                tile = self.tiles[f"deadline:{key}"]
                rows.append([section, tile.caption_label.text(), tile.count])
        section = self.state_title.text()
        for key, tile in self.tiles.items():
            if not key.startswith("deadline:"):
                rows.append([section, tile.caption_label.text(), tile.count])
        from app.ui.dashboard.charts import month_label

        received, times = self.tr("Aylara göre alınan başvurular"), self.tr("Ortalama işlem süreleri (gün)")
        for p in d.months:
            rows.append([received, month_label(p.year, p.month), p.received])
        for p in d.months:
            label = month_label(p.year, p.month)
            if p.notify_days is not None:
                rows.append([times, self.tr("{month}: başvuru → ilk bildirim").format(month=label),
                             round(p.notify_days, 1)])
            if p.permit_days is not None:
                rows.append([times, self.tr("{month}: SHGM'ye iletim → izin belgesi").format(month=label),
                             round(p.permit_days, 1)])
        return headers, rows

    def province_rows(self) -> list[list[str]]:
        """The table as shown (tests and exports)."""
        t = self.province_table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

    # -- texts ---------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Gösterge paneli"))
        self.refresh_button.setText(self.tr("&Yenile"))
        self.refresh_button.setToolTip(self.tr("Sayıları veritabanından yeniden oku"))
        self.report_button.setText(self.tr("Aylık İSM &raporu…"))
        self.report_button.setToolTip(self.tr("Bir ilin bir aydaki başvuru, bildirim ve izin sayıları"))
        self.deadline_title.setText(self.tr("Bildirim süreleri (15 gün)"))
        self.state_title.setText(self.tr("SHGM'deki başvurular") if self.shgm_view else
                                 self.tr("Duruma göre başvurular"))
        self.province_title.setText(self.tr("İllere göre SHGM işlemleri"))
        self.province_table.setHorizontalHeaderLabels([
            self.tr("İl"), self.tr("SHGM'de bekleyen"), self.tr("Karar verilen"), self.tr("İzin belgesi düzenlenen")])
        self.render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
