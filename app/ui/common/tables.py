"""A flat table model that desks subclass for their lists, and what every list does on a small screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
)

from app.config import config_dir


class RowsModel(QAbstractTableModel):
    """A flat table over `self.rows`; a subclass names its columns in `headers()` (translated there)."""

    rows: list[Any]

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


# --- lists on a small screen (1366×768): long texts elided in the middle with the whole text in a tooltip, and
# columns the officer may hide or show again (header context menu, remembered) ------------------------------------

COLUMNS_FILE = "layout.ini"     # the layout memory's file (app.ui.geometry): nothing secret, nothing about data


def _store() -> QSettings:
    return QSettings(str(config_dir() / COLUMNS_FILE), QSettings.Format.IniFormat)


class FullTextTips(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow for it (and the model gives none)."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and text and option.fontMetrics.horizontalAdvance(text) > \
                    view.visualRect(index).width() - 8:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def elide_middle(view: QAbstractItemView) -> None:
    """Long texts lose their middle ("Özel Işıklı…Tıp Merkezi"), the whole text shows as a tooltip."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setWordWrap(False)
    if not isinstance(view.itemDelegate(), FullTextTips):
        view.setItemDelegate(FullTextTips(view))


class ColumnChooser(QObject):
    """The header's context menu lists the columns with a tick each: the officer hides the ones not needed on a
    small screen and shows them again; the choice is kept under `key` (a list's name) for the next start.
    `defaults_hidden` are hidden until the officer chooses otherwise; `always` columns cannot be hidden."""

    def __init__(self, view: QTableView, key: str, defaults_hidden: tuple[int, ...] = (),
                 always: tuple[int, ...] = (0,)) -> None:
        super().__init__(view)
        self.view, self.key, self.always = view, f"columns/{key}/hidden", set(always)
        self.unavailable: set[int] = set()       # columns this user never sees (e.g. the province for an İSM)
        view.column_chooser = self               # exports read it: hidden for room is still exported
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)
        stored = _store().value(self.key)
        if stored is None:
            self.hidden = set(defaults_hidden)
        else:
            values = stored if isinstance(stored, list) else [stored] if stored not in ("", None) else []
            self.hidden = {int(v) for v in values if str(v).lstrip("-").isdigit()}
        self.apply()

    def set_unavailable(self, columns: set[int]) -> None:
        self.unavailable = set(columns)
        self.apply()

    def apply(self) -> None:
        model = self.view.model()
        count = model.columnCount() if model is not None else 0
        for col in range(count):
            self.view.setColumnHidden(col, col in self.unavailable or (col in self.hidden and col not in self.always))

    def menu(self) -> QMenu:
        menu = QMenu(self.view)
        menu.setTitle(QCoreApplication.translate("Ortak", "Sütunlar"))
        model = self.view.model()
        for col in range(model.columnCount()):
            if col in self.unavailable:
                continue
            title = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(col not in self.hidden or col in self.always)
            action.setEnabled(col not in self.always)
            action.toggled.connect(lambda on, c=col: self.set_shown(c, on))
        return menu

    def show_menu(self, pos: QPoint) -> None:
        self.menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    def set_shown(self, column: int, shown: bool) -> None:
        if column in self.always:
            return
        (self.hidden.discard if shown else self.hidden.add)(column)
        store = _store()
        store.setValue(self.key, sorted(self.hidden) or "")
        store.sync()
        self.apply()


def read_only_table(columns: int, *, single: bool = True, wrap: bool = False) -> QTableWidget:
    """A small read-only list of whole rows (the desks' detail tables): no editing, no row numbers, the last
    column stretched; `single`: one row selected at a time; `wrap`: long texts wrap in their cells."""
    t = QTableWidget(0, columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setStretchLastSection(True)
    if wrap:
        t.setWordWrap(True)
    return t


def fill_table(table: QTableWidget, rows: list[tuple], ids: list[int] | None = None, *,
               max_width: int | None = None, fit_rows: bool = False) -> None:
    """Put `rows` (values shown as text, None as empty) into `table`; `ids[r]` goes with row r's items (UserRole).
    Columns fit their contents, at most `max_width` px each but the last; `fit_rows`: rows grow for wrapped text."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if ids is not None:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    if max_width is not None:
        for c in range(table.columnCount() - 1):
            table.setColumnWidth(c, min(table.columnWidth(c), max_width))
    table.horizontalHeader().setStretchLastSection(True)
    if fit_rows:
        table.resizeRowsToContents()
