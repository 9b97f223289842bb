"""Layout memory: the main window's size, position and state, and every table's column widths, order and sort.

Kept with QSettings in an INI file in the user config folder (`layout.ini` next to settings.json, so
USH_CONFIG_DIR moves it too); nothing here is a secret or affects the data. Tables are keyed by their place in
the window (class names and object names of their ancestors), so the same screen finds its layout again.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.config import config_dir
from app.ui.common.tables import ColumnChooser

LAYOUT_FILE = "layout.ini"
SAVE_DELAY_MS = 400   # a column drag resizes many times; write once it stops


def store() -> QSettings:
    return QSettings(str(config_dir() / LAYOUT_FILE), QSettings.Format.IniFormat)


def _read(key: str) -> QByteArray | None:
    value = store().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _write(key: str, value: QByteArray) -> None:
    s = store()
    s.setValue(key, value)
    s.sync()


# --- windows ------------------------------------------------------------------------------------------------------

def save_window(window: QWidget, name: str) -> None:
    _write(f"windows/{name}/geometry", window.saveGeometry())
    save_state = getattr(window, "saveState", None)
    if callable(save_state):
        _write(f"windows/{name}/state", save_state())


def restore_window(window: QWidget, name: str) -> bool:
    """Put the window back where it was; False when nothing was remembered (the caller's size stays)."""
    geometry = _read(f"windows/{name}/geometry")
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    state = _read(f"windows/{name}/state")
    restore_state = getattr(window, "restoreState", None)
    if state is not None and callable(restore_state):
        restore_state(state)
    return True


# --- tables -------------------------------------------------------------------------------------------------------

def table_key(view: QWidget, root: QWidget | None = None) -> str:
    """The table's place: ancestors' class (and object) names from `root` down, with the index among siblings of
    the same class, e.g. ``AdminPage/QSplitter/QWidget/QTabWidget/.../AuditViewer/QTableWidget#0``."""
    parts = []
    w: QObject | None = view
    while w is not None and w is not root:
        parent = w.parent()
        name = type(w).__name__ + (f"[{w.objectName()}]" if w.objectName() else "")
        if parent is not None:
            same = [c for c in parent.children() if type(c) is type(w)]
            if len(same) > 1:
                name += f"#{same.index(w)}"
        parts.append(name)
        w = parent
    return "/".join(reversed(parts))


class HeaderMemory(QObject):
    """Restores a header's saved state once it has columns, and saves it (debounced) whenever the officer
    resizes, moves or sorts a column."""

    def __init__(self, header: QHeaderView, key: str) -> None:
        super().__init__(header)
        self.header, self.base_key = header, f"tables/{key}/header"
        self.restored = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.restore()
        header.sectionCountChanged.connect(lambda _old, _new: self.restore())
        header.sectionResized.connect(self._changed)
        header.sectionMoved.connect(self._changed)
        header.sortIndicatorChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if self.restored:
            self.timer.start()

    @property
    def key(self) -> str:
        # the column count is part of the key: a table that gained a column starts afresh
        return f"{self.base_key}/{self.header.count()}"

    def restore(self) -> None:
        if self.restored or self.header.count() == 0:
            return
        self.restored = True
        state = _read(self.key)
        if state is not None:
            view = self.header.parent()
            # a list sorted by the database (sorting not enabled on the view) owns its sort: the remembered
            # indicator would name another column than the one the rows are in (the worklist opens urgent first)
            keep_sort = isinstance(view, QTableView) and not view.isSortingEnabled()
            section, order = self.header.sortIndicatorSection(), self.header.sortIndicatorOrder()
            self.header.restoreState(state)
            if keep_sort:
                self.header.setSortIndicator(section, order)
            for chooser in view.findChildren(ColumnChooser) if view is not None else ():
                chooser.apply()          # the columns the officer chose to hide (app.ui.common.tables)

    def save(self) -> None:
        self.timer.stop()
        if self.restored and self.header.count():
            _write(self.key, self.header.saveState())


def remember_table(view: QAbstractItemView, key: str) -> HeaderMemory | None:
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    if header is None:
        return None
    existing = header.findChild(HeaderMemory)
    return existing if existing is not None else HeaderMemory(header, key)


def remember_tables(root: QWidget, prefix: str, skip: tuple[type, ...] = ()) -> list[HeaderMemory]:
    """Remember the column layout of every table under `root` (not of the `skip` classes)."""
    out = []
    for view in root.findChildren(QTableView):
        if skip and isinstance(view, skip):
            continue
        memory = remember_table(view, f"{prefix}/{table_key(view, root)}")
        if memory is not None:
            out.append(memory)
    return out


def save_tables(memories: list[HeaderMemory]) -> None:
    for m in memories:
        m.save()
