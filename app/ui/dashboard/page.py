"""The "Özet" page of the main window: the dashboard first and, for roles without the İSM desk (SHGM, KTS), the
list behind a clicked number on the same page.

Where a number leads: roles that have the İSM desk (İSM users, the administrator, the auditor) get the İSM
worklist with the filter applied (the main window switches to it). SHGM and KTS users have no İSM desk and the
SHGM queue only holds forwarded files, so they get the same read-only application list (the İSM worklist, every
province, the İSM's write buttons absent) on this page, with "◀ Özete dön" to go back; Enter opens the
application read-only (docs/decisions.md). Both come through the İSM desk's public entry, app.ui.ism.entry.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.ui.common.desk_page import ICONS_DIR
from app.ui.common.list_routing import apply_to_worklist
from app.ui.dashboard.widget import DashboardWidget
from app.workflows.common.context import AppContext


class ApplicationList(QWidget):
    """A read-only application list: the İSM worklist panel with a way back to the dashboard."""

    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.ui.ism import entry

        self.ctx = ctx
        self.detail_dialog = None
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.title = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.panel = entry.application_list(ctx)
        self.panel.open_requested.connect(self.open_application)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("◀ Özete dön"))
        self.title.setText(self.tr("Başvurular"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_application(self, app_id: int):  # type: ignore[no-untyped-def]
        from app.ui.ism import entry  # read-only for roles outside the İSM

        if self.detail_dialog is not None:
            self.detail_dialog.close()
        dialog = entry.application_window(self.ctx, app_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "detail_dialog", None))
        self.detail_dialog = dialog
        dialog.open()
        return dialog


class DashboardPage(QWidget):
    """Navigation page "Özet". `open_list(dict)` is re-emitted for the main window when `routes_outside` (the
    role has the İSM desk); otherwise the list opens here."""

    open_list = Signal(dict)

    def __init__(self, ctx: AppContext, routes_outside: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.routes_outside = routes_outside
        self.dashboard = DashboardWidget(ctx)
        self.dashboard.open_list.connect(self._open_list)
        self.list: ApplicationList | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.dashboard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def nav_text(self) -> str:
        return self.tr("Özet")

    def icon(self) -> QIcon:
        path = str(ICONS_DIR / "app.svg")
        icon = QIcon(path)
        icon.addFile(path, QSize(), QIcon.Mode.Selected)
        return icon

    def refresh(self) -> None:
        self.dashboard.refresh()
        if self.list is not None and self.stack.currentWidget() is self.list:
            self.list.panel.refresh()

    def show_loading(self) -> None:
        self.dashboard.show_loading()

    def retranslate(self) -> None:
        pass     # the children retranslate themselves on LanguageChange

    def _open_list(self, payload: dict) -> None:
        if self.routes_outside:
            self.open_list.emit(payload)
            return
        self.show_list(payload)

    def show_list(self, payload: dict) -> ApplicationList:
        if self.list is None:
            self.list = ApplicationList(self.ctx)
            self.list.back.connect(self.show_dashboard)
            self.stack.addWidget(self.list)
        apply_to_worklist(self.list.panel, payload)
        self.stack.setCurrentWidget(self.list)
        self.list.panel.table.setFocus()
        return self.list

    def show_dashboard(self) -> None:
        self.stack.setCurrentWidget(self.dashboard)
