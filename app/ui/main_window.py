"""The main window: a desk per unit (İSM, SHGM, KTS, Yönetim) chosen from the left, menus, status bar.

It only assembles: each desk's page lives in the desk's package (app.ui.ism.page, app.ui.shgm.page,
app.ui.kts.page, app.ui.admin.page; their base is app.ui.common.desk_page) and the dashboard in
app.ui.dashboard.page."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import PySide6
from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app import APP_TITLE, __version__
from app.config import Settings
from app.ui.admin.page import AdminPage
from app.ui.application import app_icon
from app.ui.common import screen
from app.ui.common.desk_page import DeskPage, FiguresTable, heading_font
from app.ui.ism.page import IsmPage
from app.ui.kts.page import KtsPage
from app.ui.labels import database_text, role_label
from app.ui.shgm.page import ShgmPage
from app.ui.startup_dialogs import Notice
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role

__all__ = ["AdminPage", "DeskPage", "IsmPage", "KtsPage", "MainWindow", "ShgmPage", "pages_for"]


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
    then loads what is visible (the dashboard and the page in front); `ready` is emitted when that is done
    (`loaded` is True). The other desk pages read their lists and figures when first brought to the front, so
    the window is usable at once after the login (issue 12). Without it (tests, a window built by hand) every
    page is loaded in the constructor, as before."""

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
        self._unread: set[int] = set()       # desk pages (index in `pages`) not read yet (defer_load: until shown)
        self.nav.currentRowChanged.connect(self._page_shown)
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
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))   # F1
        self.guide_action.triggered.connect(self.show_guide)
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
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
        # a first start takes most of a large screen (its lists then show every column); on 1366×768 the whole
        # screen (app.ui.common.screen caps the size, with or without a remembered geometry)
        area = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(max(1280, int(area.width() * 0.85)), max(760, int(area.height() * 0.85)))
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
        self.dashboard.refresh()
        current = self.nav.currentRow() - 1
        self._unread = {i for i in range(len(self.pages)) if i != current}
        if 0 <= current < len(self.pages):
            self.pages[current].refresh()
        self.loaded = True
        if self.notes:
            self.statusBar().showMessage(" ".join(self.notes))
        self.dashboard.dashboard.when_counted(self.ready.emit)    # the figures are counted in a worker

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
        self.guide_action.setText(self.tr("&Kullanım kılavuzu…"))
        self.about_action.setText(self.tr("&Hakkında…"))
        t = self.ctx.target
        self.db_label.setText(database_text(t.engine_name, t.location))
        a = self.ctx.actor
        self.user_label.setText(self.tr("Kullanıcı: {name} ({role})").format(name=a.full_name,
                                                                              role=role_label(a.role)))

    def _fit_nav(self) -> None:
        """The page list as wide as its names need in the current language ("Administration" is longer than
        "Yönetim"), measured in the list's own font and style (the item's padding, the text's margins), so that no
        name is cut at any scaling. On a narrow screen (125 % on 1366 px, issue 17) the names go under the icons,
        and a name of several words may take two lines: there its longest word sets the width."""
        metrics = self.nav.fontMetrics()
        texts = [self.nav.item(r).text() for r in range(self.nav.count())]
        margins = self.nav.contentsMargins()
        chrome = margins.left() + margins.right() + 2 * self.nav.spacing()
        if screen.narrow(self):
            self.nav.setViewMode(QListView.ViewMode.IconMode)
            self.nav.setFlow(QListView.Flow.TopToBottom)
            self.nav.setMovement(QListView.Movement.Static)
            self.nav.setWordWrap(True)
            widest = max((metrics.horizontalAdvance(word) for t in texts for word in t.split()), default=0)
            extra = self._nav_text_extra()
            width = max(self.nav.iconSize().width(), widest + metrics.averageCharWidth()) + extra.width()
            height = 2 * metrics.lineSpacing() + extra.height()               # two lines of text under the icon
            for r in range(self.nav.count()):
                self.nav.item(r).setSizeHint(QSize(width, height))
            self.nav.setFixedWidth(width + chrome)
            return
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        room = widest + metrics.averageCharWidth()               # a little air after the longest name
        width = room + self._nav_text_extra().width()
        for r in range(self.nav.count()):
            self.nav.item(r).setSizeHint(QSize(width, max(48, self.nav.iconSize().height() + 20)))
        self.nav.setFixedWidth(width + chrome)

    def nav_text_room(self, row: int, size: QSize | None = None) -> QRect:
        """Where the style draws the text of the page list's item `row` (in its own rectangle, or in one of `size`),
        less the margins the item delegate keeps on either side: a name wider than this is cut with "…"."""
        index = self.nav.model().index(row, 0)
        option = QStyleOptionViewItem()
        self.nav.initViewItemOption(option)
        self.nav.itemDelegate().initStyleOption(option, index)
        option.rect = self.nav.visualRect(index) if size is None else QRect(0, 0, size.width(), size.height())
        style = self.nav.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self.nav)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.nav) + 1
        return rect.adjusted(margin, 0, -margin, 0)

    def _nav_text_extra(self) -> QSize:
        """How much larger an item is than the room its text gets (the icon beside or above it, padding, margins)."""
        self.nav.ensurePolished()
        if not self.nav.count():
            return QSize(0, 0)
        probe = QSize(400, 400)
        room = self.nav_text_room(0, probe)
        return QSize(max(0, probe.width() - room.width()), max(0, probe.height() - room.height()))

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
        self._unread = set()

    def _page_shown(self, row: int) -> None:
        """A desk page not read since the start (defer_load) reads its lists and figures when first shown (a desk
        built only now, DeskPage.embed_later, gets its tables' remembered column layout too)."""
        index = row - 1
        if index in self._unread:
            self._unread.discard(index)
            self.pages[index].refresh()
            from app.ui import geometry

            self.table_layouts = geometry.remember_tables(self, "main", skip=(FiguresTable,))

    def ism_page(self) -> IsmPage | None:
        return next((p for p in self.pages if isinstance(p, IsmPage)), None)

    def open_list(self, payload: dict) -> None:
        """A dashboard number clicked: the İSM worklist with that filter (roles without the İSM desk see the list
        on the dashboard page itself, app.ui.dashboard.page)."""
        from app.ui.common.list_routing import apply_to_worklist

        page = self.ism_page()
        if page is None:
            self.dashboard.show_list(payload)
            return
        self.nav.setCurrentRow(1 + self.pages.index(page))
        apply_to_worklist(page.desk.worklist, payload)
        page.desk.worklist.table.setFocus()

    def make_about_dialog(self) -> AboutDialog:
        return AboutDialog(self, self.ctx)

    def make_guide(self):  # type: ignore[no-untyped-def]
        from app.ui.help import HelpDialog

        return HelpDialog(self.ctx, self)

    def show_guide(self) -> None:
        """Yardım → Kullanım kılavuzu (F1): the desk guides, the shortcuts and the folders (app.ui.help)."""
        self.make_guide().exec()

    def show_about(self) -> None:
        self.make_about_dialog().exec()

    def open_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        result = SettingsDialog.edit(self, self.settings, ctx=self.ctx)
        if result is not None and result.connection_changed:
            Notice.info(self, self.tr("Ayarlar"), self.tr(
                "Yeni veritabanı bağlantısı uygulama yeniden başlatıldığında kullanılacak."))
        if result is not None and result.data_dir_changed:
            Notice.info(self, self.tr("Ayarlar"), self.tr(
                "Yeni veri klasörü uygulama yeniden başlatıldığında kullanılacak; hiçbir dosya taşınmadı."))
