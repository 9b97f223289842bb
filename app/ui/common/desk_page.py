"""A desk's page in the main window: a heading, what the desk does, and its figures in a side panel next to the
desk's working widget (each desk's page is in its own package: app.ui.ism.page, app.ui.shgm.page, …)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.operations import Operation, alive
from app.ui.common.screen import narrow
from app.ui.labels import number
from app.workflows.common.context import AppContext

ICONS_DIR = Path(__file__).resolve().parents[3] / "resources" / "icons"
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
        self._figures: Operation | None = None   # the figures being read in a worker
        self._figures_again = False
        self._desk_factory: Callable[[], QWidget] | None = None
        self._desk_just_built = False

    @property
    def desk(self) -> QWidget:
        """The desk's working widget; one embedded with `embed_later` is built here, on first use."""
        if self._desk_factory is not None:
            factory, self._desk_factory = self._desk_factory, None
            placeholder, desk = self._desk, factory()
            self.splitter.replaceWidget(self.splitter.indexOf(placeholder), desk)
            placeholder.deleteLater()
            self._desk, self._desk_just_built = desk, True
        return self._desk

    def refresh_desk(self) -> None:
        """Read the desk's lists again (`desk.refresh()`), unless the desk was built just now: a desk reads its
        lists when it is built, once is enough."""
        fresh = self._desk_factory is not None or self._desk_just_built
        desk = self.desk
        self._desk_just_built = False
        if not fresh:
            desk.refresh()  # type: ignore[attr-defined]

    @desk.setter
    def desk(self, widget: QWidget) -> None:
        self._desk = widget

    def embed_later(self, factory: Callable[[], QWidget], side_extra: QWidget | None = None) -> None:
        """`embed`, with the desk built when first used (shown or refreshed): a page behind the dashboard costs
        nothing until the officer opens it (issue 12: the main window comes at once after the login)."""
        self.embed(QWidget(), side_extra)
        self._desk_factory = factory

    def showEvent(self, event: QShowEvent) -> None:
        if self._desk_factory is not None:
            self.desk  # noqa: B018  (builds the desk embedded with embed_later)
        super().showEvent(event)

    def embed(self, desk: QWidget, side_extra: QWidget | None = None) -> None:
        """Put the desk's working widget in the middle and the figures in a side panel the officer can fold."""
        self.desk = desk
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            layout.takeAt(0)
        side = QWidget()
        tight = narrow(self)          # 125 % on 1366 px: a narrower side panel and margins (app.ui.common.screen)
        side.setMinimumWidth(150 if tight else 200)
        side.setMaximumWidth(360)
        if tight:
            layout.setContentsMargins(10, 8, 10, 8)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.table_title)
        side_layout.addWidget(self.table)
        side_layout.addWidget(self.footnote)
        if side_extra is not None:
            side_layout.addWidget(side_extra, 1)    # it takes the height left
        else:
            side_layout.addStretch(1)
        # The side column scrolls on its own: its figures and notices never make the page taller than the screen
        # (at 125 % on 768 px the İSM's notices pushed the work list's last rows and page buttons off-screen).
        column = QScrollArea()
        column.setWidget(side)
        column.setWidgetResizable(True)
        column.setFrameShape(QFrame.Shape.NoFrame)
        column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.setMinimumWidth(side.minimumWidth())
        column.setMaximumWidth(side.maximumWidth())
        self.splitter = QSplitter()
        self.splitter.addWidget(desk)
        self.splitter.addWidget(column)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        # a page with more than its figures beside them (the İSM's notices) starts with a wider side column
        self.splitter.setSizes([900, 215 if side_extra is None else 300])
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
        """Read the figures again, in a worker (`load` only calls workflows); the figures table shows a busy cursor
        and keeps the last figures until the new ones arrive. A refresh asked for meanwhile runs once, after."""
        if self._figures is not None:
            self._figures_again = True
            return
        self._figures_again = False
        if not self.data:
            self.render()              # the heading and the labels at once; the figures follow
        self._figures = Operation(self, self.heading.text(), self.load).busy(self.table, disable=False) \
            .finally_(self._figures_read).run()

    def _figures_read(self, outcome) -> None:  # type: ignore[no-untyped-def]
        self._figures = None
        if not alive(self):
            return
        if outcome.ok and outcome.value is not None:
            self.data = outcome.value
            self.render()
        if self._figures_again:
            self.refresh()

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
