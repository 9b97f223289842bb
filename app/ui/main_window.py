"""The main window: a desk per unit (İSM, SHGM, KTS, Yönetim) chosen from the left, menus, status bar."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import PySide6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QFont, QIcon, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_TITLE, __version__
from app.config import Settings
from app.ui.application import ICONS_DIR, app_icon
from app.ui.labels import database_text, number, role_label, state_label, vendor_status_label
from app.ui.startup_dialogs import Notice
from app.workflows.common.context import AppContext
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role, VendorStatus
from app.workflows.dashboard import overview

COUNT_ROLE = Qt.ItemDataRole.UserRole


def heading_font(widget: QWidget, scale: float = 1.6) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


class FiguresTable(QTableWidget):
    """A read-only two-column table: a label and a count (the int is also kept in UserRole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_headers(self, label: str, count: str) -> None:
        self.setHorizontalHeaderLabels([label, count])

    def set_rows(self, rows: Sequence[tuple[str, int]], total: tuple[str, int] | None = None) -> None:
        all_rows = [*rows, total] if total is not None else list(rows)
        self.setRowCount(len(all_rows))
        for r, (label, count) in enumerate(all_rows):
            name = QTableWidgetItem(label)
            value = QTableWidgetItem(number(count))
            value.setData(COUNT_ROLE, count)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if total is not None and r == len(all_rows) - 1:
                for item in (name, value):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            self.setItem(r, 0, name)
            self.setItem(r, 1, value)
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)

    def rows(self) -> list[tuple[str, int]]:
        out = []
        for r in range(self.rowCount()):
            label, value = self.item(r, 0), self.item(r, 1)
            out.append((label.text() if label else "", int(value.data(COUNT_ROLE)) if value else 0))
        return out


class DeskPage(QWidget):
    """A desk's page: heading, what the desk does, and its current figures."""

    icon_name = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setFont(heading_font(self))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.table_title = QLabel()
        self.table_title.setFont(heading_font(self, 1.1))
        self.table_title.setWordWrap(True)
        self.table = FiguresTable()
        self.table.setMaximumWidth(640)
        self.footnote = QLabel()
        self.footnote.setWordWrap(True)
        self.footnote.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addSpacing(8)
        layout.addWidget(self.table_title)
        layout.addWidget(self.table)
        layout.addWidget(self.footnote)
        layout.addStretch(1)
        self.data: dict = {}

    def embed(self, desk: QWidget, side_extra: QWidget | None = None) -> None:
        """Put the desk's working widget in the middle and the figures in a side panel the officer can fold."""
        self.desk = desk
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            layout.takeAt(0)
        side = QWidget()
        side.setMinimumWidth(200)
        side.setMaximumWidth(360)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.table_title)
        side_layout.addWidget(self.table)
        side_layout.addWidget(self.footnote)
        if side_extra is not None:
            side_layout.addWidget(side_extra, 1)
        side_layout.addStretch(1)
        self.splitter = QSplitter()
        self.splitter.addWidget(desk)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([900, 215])
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addWidget(self.splitter, 1)

    def nav_text(self) -> str:
        raise NotImplementedError

    def icon(self) -> QIcon:
        path = str(ICONS_DIR / f"{self.icon_name}.svg")
        icon = QIcon(path)
        icon.addFile(path, QSize(), QIcon.Mode.Selected)   # no tinted box behind the selected icon
        return icon

    def refresh(self) -> None:
        """Reload the figures from the database."""
        self.data = self.load()
        self.render()

    def load(self) -> dict:
        raise NotImplementedError

    def render(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class IsmPage(DeskPage):
    """The İSM desk: the worklist (app.ui.ism) in the middle, the counts per state in a side panel."""

    icon_name = "ism"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from app.ui.ism.desk import IsmDesk

        desk = IsmDesk(ctx)
        desk.changed.connect(self.refresh_figures)
        from PySide6.QtWidgets import QPushButton

        self.report_button = QPushButton()       # the monthly İSM report (app.ui.ism.report_screen)
        self.report_button.clicked.connect(self.open_report)
        desk.worklist.actions_row.insertWidget(2, self.report_button)
        self.notices = None
        if ctx.actor.role.provincial and ctx.actor.province_id is not None:
            from app.ui.kts.notices import KtsNotices  # vendors made passive/deleted that serve this province

            self.notices = KtsNotices(ctx, ctx.actor.province_id)
        self.embed(desk, self.notices)

    def refresh(self) -> None:
        super().refresh()
        self.desk.refresh()
        if self.notices is not None:
            self.notices.refresh()

    def refresh_figures(self) -> None:
        super().refresh()

    def open_report(self):  # type: ignore[no-untyped-def]
        from app.ui.ism.report_screen import MonthlyReportDialog

        dialog = MonthlyReportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def nav_text(self) -> str:
        return self.tr("İSM")

    def load(self) -> dict:
        return {"states": overview.state_counts(self.ctx)}   # an İSM user's own province

    def render(self) -> None:
        self.heading.setText(self.tr("İSM — İl Sağlık Müdürlüğü"))
        if hasattr(self, "report_button"):
            self.report_button.setText(self.tr("Aylık &rapor…"))
            self.report_button.setToolTip(self.tr("Aylık İSM raporu: alınan başvurular, bildirimler, iletilenler, "
                                                  "izin belgeleri"))
        self.description.setText(self.tr(
            "Başvuru kabulü, Ek-1 kontrol listesine göre inceleme ve başvuru sahibine 15 gün içinde "
            "bildirim (uygun, uygun değil ya da eksik evrak)."))
        self.table_title.setText(self.tr("Duruma göre başvurular"))
        self.table.set_headers(self.tr("Durum"), self.tr("Başvuru"))
        counts: dict[AppState, int] = self.data.get("states", {})
        self.table.set_rows([(state_label(s), counts.get(s, 0)) for s in AppState],
                            (self.tr("Toplam"), sum(counts.values())))
        running = sum(n for s, n in counts.items() if s.clock_running)
        self.footnote.setText(self.tr("15 günlük bildirim süresi işleyen başvuru: {n}").format(n=number(running)))


class ShgmPage(DeskPage):
    icon_name = "shgm"
    STATES = (AppState.FORWARDED, AppState.SHGM_APPROVED, AppState.CKYS_RECORDED, AppState.PERMIT_ISSUED,
              AppState.SHGM_REJECTED)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from app.ui.shgm.desk import ShgmDesk

        self.embed(ShgmDesk(ctx))

    def refresh(self) -> None:
        super().refresh()
        self.desk.refresh()

    def nav_text(self) -> str:
        return self.tr("SHGM")

    def load(self) -> dict:
        return {"states": overview.state_counts(self.ctx), "summary": overview.database_summary(self.ctx)}

    def render(self) -> None:
        self.heading.setText(self.tr("SHGM — Sağlık Hizmetleri Genel Müdürlüğü"))
        self.description.setText(self.tr(
            "İSM'den gelen başvurularda USH alanlarının belirlenmesi, ÇKYS kaydı ve Faaliyet İzin Belgesi "
            "düzenlenmesi."))
        self.table_title.setText(self.tr("SHGM'deki başvurular"))
        self.table.set_headers(self.tr("Durum"), self.tr("Başvuru"))
        counts: dict[AppState, int] = self.data.get("states", {})
        self.table.set_rows([(state_label(s), counts.get(s, 0)) for s in self.STATES])
        permits = self.data.get("summary", {}).get("permits", 0)
        self.footnote.setText(self.tr("Kayıtlı Faaliyet İzin Belgesi: {n}").format(n=number(permits)))


class KtsPage(DeskPage):
    icon_name = "kts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from app.ui.kts.desk import KtsDesk

        self.embed(KtsDesk(ctx))

    def refresh(self) -> None:
        super().refresh()
        self.desk.refresh()

    def nav_text(self) -> str:
        return self.tr("KTS")

    def load(self) -> dict:
        return {"vendors": overview.vendor_status_counts(self.ctx)}

    def render(self) -> None:
        self.heading.setText(self.tr("KTS — Kayıt ve Tescil Sistemi"))
        self.description.setText(self.tr(
            "USBS üreticilerinin kaydı ve denetimi; aktif, pasif ve silinmiş listelerin takibi (SBSGM)."))
        self.table_title.setText(self.tr("Liste durumuna göre USBS üreticileri"))
        self.table.set_headers(self.tr("Liste"), self.tr("Üretici"))
        counts: dict[VendorStatus, int] = self.data.get("vendors", {})
        self.table.set_rows([(vendor_status_label(s), counts.get(s, 0)) for s in VendorStatus],
                            (self.tr("Toplam"), sum(counts.values())))
        self.footnote.setText(self.tr("Durum, bugün geçerli olan son liste kararına göredir."))


class AdminPage(DeskPage):
    icon_name = "yonetim"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from app.ui.admin import AuditViewer, RestoreTestBanner, UserAdminWidget

        self.banner = RestoreTestBanner(ctx)
        self.tabs = QTabWidget()
        self.users = UserAdminWidget(ctx)
        self.audit = AuditViewer(ctx)
        from app.ui.admin.maintenance import MaintenancePanel

        self.maintenance = MaintenancePanel(ctx)      # backup, restore test, export, demo data
        self.maintenance.restore_tested.connect(self.banner.refresh)
        self.maintenance.changed.connect(self._data_changed)
        self.tabs.addTab(self.users, "")
        self.tabs.addTab(self.audit, "")
        self.tabs.addTab(self.maintenance, "")
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.banner)
        box_layout.addWidget(self.tabs, 1)
        self.embed(box)

    def refresh(self) -> None:
        super().refresh()
        self.banner.refresh()
        self.maintenance.refresh()

    def _data_changed(self) -> None:
        window = self.window()
        (window.refresh if hasattr(window, "refresh") else self.refresh)()

    def nav_text(self) -> str:
        return self.tr("Yönetim")

    def load(self) -> dict:
        return {"summary": overview.database_summary(self.ctx), "admin": overview.admin_summary(self.ctx)}

    def render(self) -> None:
        self.heading.setText(self.tr("Yönetim"))
        if hasattr(self, "tabs"):
            self.tabs.setTabText(0, self.tr("Kullanıcılar"))
            self.tabs.setTabText(1, self.tr("Denetim kaydı"))
            self.tabs.setTabText(2, self.tr("Bakım"))
        self.description.setText(self.tr("Kullanıcı hesapları, veritabanı yedekleri ve denetim kaydı."))
        self.table_title.setText(self.tr("Veritabanının içeriği"))
        self.table.set_headers(self.tr("Kayıt"), self.tr("Adet"))
        summary = self.data.get("summary", {})
        admin = self.data.get("admin", {})
        self.table.set_rows([
            (self.tr("Sağlık tesisi"), summary.get("facilities", 0)),
            (self.tr("Başvuru"), summary.get("applications", 0)),
            (self.tr("Faaliyet İzin Belgesi"), summary.get("permits", 0)),
            (self.tr("USBS üreticisi"), summary.get("vendors", 0)),
            (self.tr("Kullanıcı"), admin.get("users", 0)),
            (self.tr("Denetim kaydı girdisi"), admin.get("audit_entries", 0)),
        ])
        t = self.ctx.target
        self.footnote.setText(database_text(t.engine_name, t.location))


DESKS_BY_ROLE: dict[Role, tuple[type[DeskPage], ...]] = {
    Role.ISM_OFFICER: (IsmPage,),
    Role.ISM_MANAGER: (IsmPage,),
    Role.SHGM_REVIEWER: (ShgmPage,),
    Role.SHGM_APPROVER: (ShgmPage,),
    Role.KTS_OFFICER: (KtsPage,),
    Role.ADMIN: (IsmPage, ShgmPage, KtsPage, AdminPage),
    Role.AUDITOR: (IsmPage, ShgmPage, KtsPage, AdminPage),
}


def pages_for(role: Role) -> tuple[type[DeskPage], ...]:
    """What you cannot work on is not offered: each role sees its own desks (the administrator and the
    auditor see all, the auditor read-only)."""
    return DESKS_BY_ROLE[role]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.ctx = ctx
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(APP_TITLE)
        self.title.setFont(heading_font(self, 1.8))
        self.version = QLabel()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.qt_version = QLabel()
        self.database = QLabel()
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        for w in (self.title, self.version, self.description, self.qt_version, self.database):
            text.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(12)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{app} hakkında").format(app=APP_TITLE))
        self.version.setText(self.tr("Sürüm {version}").format(version=__version__))
        self.description.setText(self.tr(
            "Uzaktan sağlık hizmeti (USH) faaliyet izni başvurularının İSM, SHGM ve KTS birimlerinde "
            "takibi."))
        self.qt_version.setText(self.tr("Qt {qt} · PySide6 {pyside}").format(
            qt=qVersion(), pyside=PySide6.__version__))
        t = self.ctx.target
        self.database.setText(database_text(t.engine_name, t.location))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Kapat"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    """`defer_load=True` (the application's start): the window is built without figures, shows "yükleniyor…"
    and, once it is on screen, runs `after_show` (each returns status-bar notes, e.g. the KTS list rules) and
    then loads every page; `ready` is emitted when that is done (`loaded` is True). Without it (tests, a
    window built by hand) the figures are loaded in the constructor, as before."""

    ready = Signal()

    def __init__(self, ctx: AppContext, settings: Settings | None = None, notes: Iterable[str] = (),
                 defer_load: bool = False, after_show: Sequence[Callable[[], Iterable[str] | None]] = ()) -> None:
        super().__init__()
        self.ctx = ctx
        self.loaded = False
        self._after_show = list(after_show)
        self._load_scheduled = False
        self._loading = False
        self.settings = settings or Settings()
        self.setWindowIcon(app_icon())

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(190)
        self.nav.setFont(heading_font(self.nav, 1.1))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setObjectName("nav")
        self.nav.setStyleSheet(
            "QListWidget#nav { border: none; border-right: 1px solid palette(mid); background: palette(base);"
            " padding: 6px; outline: 0; }"
            "QListWidget#nav::item { padding: 4px 6px; border-radius: 6px; }"
            "QListWidget#nav::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
            "QListWidget#nav::item:hover:!selected { background: palette(alternate-base); }")
        self.stack = QStackedWidget()
        self.pages: list[DeskPage] = [cls(ctx) for cls in pages_for(ctx.actor.role)]
        # "Özet" (the dashboard) is the first page for every role; `pages` keeps the desks only
        from app.ui.dashboard.page import DashboardPage

        self.dashboard = DashboardPage(ctx, routes_outside=self.ism_page() is not None)
        self.dashboard.open_list.connect(self.open_list)
        for page in (self.dashboard, *self.pages):
            item = QListWidgetItem(page.icon(), "")
            item.setSizeHint(QSize(170, 48))
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        ism = self.ism_page()
        if ism is not None:
            # Ctrl+N ("Yeni başvuru") from any page, not only while the İSM desk is shown; the desk page comes to
            # the front so the new application is seen in its list once saved.
            self.addAction(ism.desk.new_action)
            ism.desk.new_action.triggered.connect(lambda: self.nav.setCurrentRow(1 + self.pages.index(ism)))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.file_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        # Keyboard: Ctrl+, settings, F5 refresh, Ctrl+1…9 the pages in the order of the left-hand list.
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.refresh_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        self.desk_menu = self.menuBar().addMenu("")
        self.desk_actions: list[QAction] = []
        for row in range(min(self.nav.count(), 9)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self.show_page(r))
            self.desk_menu.addAction(action)
            self.desk_actions.append(action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

        self.db_label = QLabel()
        self.user_label = QLabel()
        for label in (self.db_label, self.user_label):
            label.setContentsMargins(8, 0, 8, 0)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.notes = list(notes)

        self.nav.setCurrentRow(0)
        if defer_load:
            self.dashboard.show_loading()
        else:
            self.refresh()
            self.loaded = True
        self.retranslate()
        if self.notes:
            self.statusBar().showMessage(" ".join(self.notes))
        self.resize(1280, 760)
        from app.ui import geometry

        geometry.restore_window(self, "main")          # size, place and state as the officer left them
        self.table_layouts = geometry.remember_tables(self, "main", skip=(FiguresTable,))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:
            QTimer.singleShot(250, self._load_after_show)   # in case no paint comes (e.g. shown minimised)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.loaded and not self._load_scheduled:
            self._load_scheduled = True
            # the next loop tick comes after this paint has reached the screen: the window is there at once
            QTimer.singleShot(0, self._load_after_show)

    def _load_after_show(self) -> None:
        if self.loaded or self._loading:
            return
        self._loading = True
        for work in self._after_show:
            self.notes.extend(work() or ())
        self._after_show = []
        self.refresh()
        self.loaded = True
        if self.notes:
            self.statusBar().showMessage(" ".join(self.notes))
        self.ready.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        from app.ui import geometry

        geometry.save_window(self, "main")
        geometry.save_tables(self.table_layouts)
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(APP_TITLE)
        for row, page in enumerate((self.dashboard, *self.pages)):
            self.nav.item(row).setText(page.nav_text())
            if row < len(self.desk_actions):
                self.desk_actions[row].setText(page.nav_text())
                self.nav.item(row).setToolTip(f"{page.nav_text()} (Ctrl+{row + 1})")
        self._fit_nav()
        self.desk_menu.setTitle(self.tr("&Görünüm"))
        self.file_menu.setTitle(self.tr("&Dosya"))
        self.settings_action.setText(self.tr("&Ayarlar…"))
        self.refresh_action.setText(self.tr("&Yenile"))
        self.quit_action.setText(self.tr("Çı&kış"))
        self.help_menu.setTitle(self.tr("&Yardım"))
        self.about_action.setText(self.tr("&Hakkında…"))
        t = self.ctx.target
        self.db_label.setText(database_text(t.engine_name, t.location))
        a = self.ctx.actor
        self.user_label.setText(self.tr("Kullanıcı: {name} ({role})").format(name=a.full_name,
                                                                              role=role_label(a.role)))

    def _fit_nav(self) -> None:
        """Wide enough for the longest page name in the current language ("Administration" is longer than
        "Yönetim"): icon, text and the item padding."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(190, widest + self.nav.iconSize().width() + 48))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def nav_labels(self) -> list[str]:
        return [self.nav.item(r).text() for r in range(self.nav.count())]

    def show_page(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    def refresh(self) -> None:
        self.dashboard.refresh()
        for page in self.pages:
            page.refresh()

    def ism_page(self) -> IsmPage | None:
        return next((p for p in self.pages if isinstance(p, IsmPage)), None)

    def open_list(self, payload: dict) -> None:
        """A dashboard number clicked: the İSM worklist with that filter (roles without the İSM desk see the list
        on the dashboard page itself, app.ui.dashboard.page)."""
        from app.ui.dashboard.routing import apply_to_worklist

        page = self.ism_page()
        if page is None:
            self.dashboard.show_list(payload)
            return
        self.nav.setCurrentRow(1 + self.pages.index(page))
        apply_to_worklist(page.desk.worklist, payload)
        page.desk.worklist.table.setFocus()

    def make_about_dialog(self) -> AboutDialog:
        return AboutDialog(self, self.ctx)

    def show_about(self) -> None:
        self.make_about_dialog().exec()

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        result = SettingsDialog.edit(self, self.settings)
        if result is not None and result.connection_changed:
            Notice.info(self, self.tr("Ayarlar"), self.tr(
                "Yeni veritabanı bağlantısı uygulama yeniden başlatıldığında kullanılacak."))
        if result is not None and result.data_dir_changed:
            Notice.info(self, self.tr("Ayarlar"), self.tr(
                "Yeni veri klasörü uygulama yeniden başlatıldığında kullanılacak; hiçbir dosya taşınmadı."))
