"""The "Dışa aktar" button of every list: Excel (XLSX) or CSV.

    exporter = add_export_button(layout_or_none, panel, "applications", lambda: (headers, rows), "basvurular")

gives a tool button with a menu (XLSX, CSV) and adds the two actions to `panel` too. `get_table()` is called when
the officer exports, so the file holds what the list shows then; its rows may be a generator that fetches page
by page (the İSM worklist exports every matching row, not just the page on screen). The file is written by
app.workflows.common.tabular_export.export_list, which checks the role and records the export in the audit trail.

A save dialog asks for the file; the last folder used is remembered (settings.json, `extra.last_export_folder`).
Success shows the row count in the status bar; a failure (disk full, folder not writable) says so in Turkish and
changes nothing: an earlier file of the same name stays as it was.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from app.config import Settings
from app.ui.common.operations import Operation, Outcome, alive
from app.workflows.common import tabular_export
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError

translate = QCoreApplication.translate   # a name lupdate reads: translate("Context", "text")

log = logging.getLogger(__name__)
EXPORT_ROLE = 0x0100 + 77   # Qt.UserRole + 77: the typed value a cell exports (int, date) instead of its text
TableGetter = Callable[[], tuple[Sequence[str], Iterable[Sequence[Any]]]]
FOLDER_KEY = "last_export_folder"


def last_folder() -> str:
    """The folder of the last export, else the Documents folder."""
    try:
        folder = Settings.load().extra.get(FOLDER_KEY)
    except Exception:  # noqa: BLE001  (an unreadable settings file must not block an export)
        folder = None
    if isinstance(folder, str) and Path(folder).is_dir():
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def remember_folder(folder: Path) -> None:
    try:
        settings = Settings.load()
        settings.extra[FOLDER_KEY] = str(folder)
        settings.save()
    except Exception as exc:  # noqa: BLE001  (not remembering the folder is no reason to fail the export)
        log.info("could not remember the export folder: %s", exc)


def failure_text(exc: OSError, path: Path) -> str:
    """A Turkish sentence for a failed write: what happened and that nothing was lost."""
    if exc.errno == errno.ENOSPC:
        reason = translate("DisaAktar", "Diskte yer kalmadı.")
    elif exc.errno in (errno.EACCES, errno.EPERM):
        reason = translate("DisaAktar", "Bu klasöre yazma izniniz yok.")
    elif exc.errno == errno.EROFS:
        reason = translate("DisaAktar", "Klasör salt okunur bir diskte.")
    elif exc.errno in (errno.ENOENT, errno.ENOTDIR):
        reason = translate("DisaAktar", "Klasör bulunamadı.")
    else:
        reason = exc.strerror or str(exc)
    text = translate("DisaAktar", "Dosya kaydedilemedi: {path}\n\n{reason}\n\nHiçbir şey değişmedi: aynı adlı eski "
                     "bir dosya varsa olduğu gibi duruyor. Başka bir klasör seçip yeniden deneyin.")
    return text.format(path=str(path), reason=reason)


class ExportActions(QObject):
    """The two export actions of one list. Tests replace `ask_path` and `tell`."""

    def __init__(self, parent_widget: QWidget, ctx: AppContext, kind: str, get_table: TableGetter,
                 default_name: str, title: Callable[[], str] | None = None,
                 details: Callable[[], dict] | None = None,
                 write: Callable[[Path], tabular_export.ExportedFile] | None = None) -> None:
        super().__init__(parent_widget)
        self.write = write          # instead of get_table: a workflow that writes (and audits) the file itself
        self.widget = parent_widget
        self.ctx = ctx
        self.kind = kind
        self.get_table = get_table
        self.default_name = default_name
        self.title = title
        self.details = details
        self.last_path: Path | None = None
        self.xlsx_action = QAction(parent_widget)
        self.csv_action = QAction(parent_widget)
        self.xlsx_action.triggered.connect(lambda: self.export(".xlsx"))
        self.csv_action.triggered.connect(lambda: self.export(".csv"))
        self.button = QToolButton(parent_widget)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self.button)
        self._menu.addActions(self.actions)
        self.button.setMenu(self._menu)
        parent_widget.installEventFilter(self)      # the widget's LanguageChange retranslates the texts
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.button.setText(translate("DisaAktar", "Dışa aktar"))
        self.button.setToolTip(translate("DisaAktar", "Listeyi Excel (XLSX) ya da CSV dosyası olarak kaydet"))
        self.xlsx_action.setText(translate("DisaAktar", "Excel'e aktar (XLSX)…"))
        self.xlsx_action.setToolTip(translate("DisaAktar", "Listeyi Excel çalışma kitabı olarak kaydet"))
        self.csv_action.setText(translate("DisaAktar", "CSV olarak aktar…"))
        self.csv_action.setToolTip(translate("DisaAktar",
                                             "Listeyi noktalı virgülle ayrılmış metin (CSV, UTF-8) olarak kaydet"))

    @property
    def actions(self) -> list[QAction]:
        return [self.xlsx_action, self.csv_action]

    def menu(self) -> QMenu:
        return self._menu

    # -- replaced in tests ---------------------------------------------------------------------------------------

    def ask_path(self, suffix: str) -> str | None:
        """The file to write (None: the officer cancelled)."""
        start = str(Path(last_folder()) / f"{self.default_name}{suffix}")
        if suffix == ".xlsx":
            caption = translate("DisaAktar", "Excel'e aktar")
            filters = translate("DisaAktar", "Excel çalışma kitabı (*.xlsx)")
        else:
            caption = translate("DisaAktar", "CSV olarak aktar")
            filters = translate("DisaAktar", "CSV dosyası (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self.widget, caption, start, filters)
        return path or None

    def tell(self, ok: bool, text: str) -> None:
        if ok:
            bar = getattr(self.widget.window(), "statusBar", None)
            if callable(bar):
                bar().showMessage(text, 10000)
            else:
                QMessageBox.information(self.widget, translate("DisaAktar", "Dışa aktarma"), text)
            return
        QMessageBox.warning(self.widget, translate("DisaAktar", "Dışa aktarma başarısız"), text)

    # -- the work ------------------------------------------------------------------------------------------------

    def export(self, suffix: str) -> Operation | None:
        """Ask for the file, then write it in a worker (the list's button waits); `last_path` is set and the officer
        told when it is written. The table's widgets are read here, on the GUI thread; rows that come from the
        database (the whole worklist, the audit trail) are fetched by the worker while it writes."""
        path_text = self.ask_path(suffix)
        if not path_text:
            return None
        path = Path(path_text)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        title = translate("DisaAktar", "Dışa aktarma")
        if self.write is not None:
            op = Operation(self.widget, title, self.write, path)
        else:
            headers, rows = self.get_table()
            write = partial(tabular_export.export_list, title=self.title() if self.title else "",
                            details=self.details() if self.details else None)   # the operation has its own title
            op = Operation(self.widget, title, write, self.ctx, self.kind, path, headers, rows)
        self.last_path = None
        return op.quiet().busy(self.button).finally_(lambda outcome: self._done(outcome, path)).run()

    def _done(self, outcome: Outcome, path: Path) -> None:
        if not alive(self.widget):
            return                          # the list was closed while the file was written
        if outcome.ok and outcome.value is not None:
            self.last_path = outcome.value.path
            remember_folder(path.parent)
            self.tell(True, translate("DisaAktar", "{n} satır kaydedildi: {path}").format(
                n=outcome.value.rows, path=str(path)))
            return
        error = outcome.error
        if isinstance(error, DomainError):
            text = error.message
        elif isinstance(error, OSError):
            log.warning("export to %s failed: %s", path, error)
            text = failure_text(error, path)
        else:
            log.error("export to %s failed: %r", path, error)
            text = translate("DisaAktar", "Dosya kaydedilemedi: {path}\n\nBeklenmeyen bir hata oluştu; hiçbir şey "
                             "değişmedi.\n\nAyrıntı: {error}").format(path=str(path), error=error)
        self.tell(False, text)


def add_export_button(parent_widget: QWidget, ctx: AppContext, kind: str, get_table: TableGetter,
                      default_name: str, title: Callable[[], str] | None = None,
                      details: Callable[[], dict] | None = None,
                      write: Callable[[Path], tabular_export.ExportedFile] | None = None) -> ExportActions:
    """The "Dışa aktar" tool button (`.button`, for the caller's layout) and the two actions, also added to
    `parent_widget` so that a context menu or a shortcut can reach them."""
    exporter = ExportActions(parent_widget, ctx, kind, get_table, default_name, title, details, write)
    parent_widget.addActions(exporter.actions)
    return exporter


def exported_columns(view, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    """The columns an export holds: every column the user may see. One hidden only to save room on a small screen
    (the officer's column choice, app.ui.common.tables.ColumnChooser) is still exported; one this user never sees
    (e.g. the province for an İSM) is not (decision 112)."""
    chooser = getattr(view, "column_chooser", None)
    if chooser is not None:
        return [c for c in range(count) if c not in chooser.unavailable]
    return [c for c in range(count) if not view.isColumnHidden(c)]


def table_widget_contents(table) -> tuple[list[str], list[list[Any]]]:  # type: ignore[no-untyped-def]
    """Headers and rows of a QTableWidget (the columns of `exported_columns`; a cell's EXPORT_ROLE value, when set,
    replaces its text so that counts and dates stay numbers and dates)."""
    columns = exported_columns(table, table.columnCount())
    headers = []
    for c in columns:
        item = table.horizontalHeaderItem(c)
        headers.append(item.text() if item is not None else "")
    rows = []
    for r in range(table.rowCount()):
        if table.isRowHidden(r):
            continue
        row = []
        for c in columns:
            item = table.item(r, c)
            value = item.data(EXPORT_ROLE) if item is not None else None
            row.append(value if value is not None else (item.text() if item is not None else ""))
        rows.append(row)
    return headers, rows


def model_contents(model, view=None) -> tuple[list[str], list[list[Any]]]:  # type: ignore[no-untyped-def]
    """Headers and rows of a Qt item model as displayed (with `view`: the columns of `exported_columns`)."""
    from PySide6.QtCore import Qt

    columns = list(range(model.columnCount())) if view is None else exported_columns(view, model.columnCount())
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    rows = [[model.index(r, c).data() if model.index(r, c).data() is not None else "" for c in columns]
            for r in range(model.rowCount())]
    return headers, rows




def worklist_table(panel) -> tuple[list[str], Iterable[list[Any]]]:  # type: ignore[no-untyped-def]
    """The İSM worklist as exported: every column the user may see, every row matching the panel's filters (not only the
    page), dates as dates; fetched page by page while the file is written."""
    from PySide6.QtCore import Qt

    from app.ui.common.formats import days_left_text
    from app.ui.labels import state_label

    model, view = panel.model, panel.table
    columns = exported_columns(view, model.columnCount())
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    filters = panel.filters()
    ctx = panel.ctx

    def cells(r) -> list[Any]:  # type: ignore[no-untyped-def]
        values = [r.number, r.facility_name, r.ckys_code, r.province_name, r.received_on, state_label(r.state),
                  r.deadline, days_left_text(r.clock)]
        return [values[c] for c in columns]

    from app.workflows.ism.worklist import worklist_rows

    return headers, (cells(r) for r in worklist_rows(ctx, filters))


def worklist_details(filters) -> dict:  # type: ignore[no-untyped-def]
    """The filters of an exported worklist, for the audit entry."""
    out = {"state": filters.state.value if filters.state else None, "search": filters.search,
           "deadline": filters.deadline, "province_id": filters.province_id,
           "states": [s.value for s in filters.states], "received_month": filters.received_month}
    return {"filters": {k: v for k, v in out.items() if v}}


def audit_table(viewer) -> tuple[list[str], Iterable[list[Any]]]:  # type: ignore[no-untyped-def]
    """The audit trail viewer's list as exported: every entry matching its filter (fetched 2,000 at a time),
    newest first, with the fields each entry changed."""
    from app.ui.common.texts import shown
    from app.workflows.admin import audit_view
    from app.workflows.common.field_labels import field_label

    table = viewer.list
    headers = [table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else ""
               for c in range(table.columnCount())] + [translate("DisaAktar", "Değişen alanlar")]
    flt, ctx = viewer.filter(), viewer.ctx

    def rows():  # type: ignore[no-untyped-def]
        page = 0
        while True:
            out = audit_view.search(ctx, flt, page, 2000)
            for e in out.rows:
                yield [e.id, e.at, e.username, viewer.action_text(e.action), shown(e.table_label), e.row_id,
                       ", ".join(shown(field_label(f)) for f in e.changed_fields)]
            page += 1
            if page >= out.pages:
                return

    return headers, rows()
