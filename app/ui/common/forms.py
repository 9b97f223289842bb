"""Per-field error lines under form fields, keyed like ValidationFailed.errors; the data-entry dialogs' guard
against losing what was typed (DiscardGuard)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from app.ui.common.operations import Messages
from app.ui.common.style import ERROR_COLOUR
from app.ui.common.texts import shown


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setVisible(False)
    return label


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def edited_signals(widget: QWidget) -> list:
    """The signals a field gives when the officer changes its value (none for widgets without a value). A table's
    changes are its model's (a cell edited, a box ticked, a row added or removed): see FieldErrors.register_table."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):                # an editable one is typed into without changing its index
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QDateTimeEdit):            # QDateEdit too
        return [widget.dateTimeChanged]
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QAbstractItemView) and widget.selectionModel() is not None:
        return [widget.selectionModel().currentChanged]     # a list to pick from: another row picked
    return []


def on_any_edit(root: QWidget, changed: Callable[[], None]) -> None:
    """Call `changed` whenever the officer changes any input under `root` (a field typed into, a box ticked, a row
    of a list picked, a table's cell edited): a form whose one error line says what is still wrong checks again
    (the SHGM dialogs), so a fixed problem's message goes at once."""
    for w in root.findChildren(QWidget):
        signals = list(edited_signals(w))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            signals += [model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset]
        for signal in signals:     # (a closing form's lists and texts empty themselves: not an edit)
            signal.connect(lambda *_a: changed() if shiboken6.isValid(root) else None)


def _row_of(key: str, prefix: str) -> int | None:
    """The row (from 0) a table error is about: "documents.2" and "professionals.2.tckn" are row 1."""
    rest = key[len(prefix) + 1:].split(".", 1)[0] if key.startswith(prefix + ".") else ""
    return int(rest) - 1 if rest.isdigit() else None


def _with_row(key: str, prefix: str, row: int) -> str:
    tail = key[len(prefix) + 1:].split(".", 1)
    return ".".join([prefix, str(row + 1), *tail[1:]])


class _Table:
    """A table whose errors FieldErrors keeps: `prefix` (the table as a whole) and `prefix.N…` (its row N)."""

    def __init__(self, prefix: str, view: QAbstractItemView, check: Callable[[], dict[str, object]] | None,
                 show: Callable[[dict[str, str]], None] | None) -> None:
        self.prefix, self.view, self.check, self.show = prefix, view, check, show

    def owns(self, key: str) -> bool:
        return key == self.prefix or key.startswith(self.prefix + ".")


class FieldErrors:
    """Every error a refused save showed in a form, keyed like ValidationFailed.errors ("facility.tax_no",
    "channel", "documents.2", "professionals.1.tckn" …), and the one rule for all of them: an error goes as soon as
    the officer changes what it is about, it does not wait for the next save.

    A field's error is re-checked when its field is edited: with the field's check (`check`, the same validation
    function the service uses) the message follows the value; without one it disappears (the service checks again
    on the next save). A field with a check and no error is judged when the officer finishes it (Enter or leaving
    it), not while typing. A table's errors (`register_table`) are re-checked the same way when a cell is edited,
    a box ticked or a row added or removed. `current` is every message still shown (also those that have no field
    here); `on_change` hears it after each change, so a form's summary and tab markers follow."""

    def __init__(self) -> None:
        self.fields: dict[str, tuple[QWidget | None, QLabel]] = {}
        self.checks: dict[str, Callable[[], object | None]] = {}
        self.tables: list[_Table] = []
        self.current: dict[str, str] = {}
        self.on_change: Callable[[dict[str, str]], None] | None = None
        self._showing = False            # a table redrawn by us tells its model changed: not the officer's edit

    def _watch(self, key: str, widget: QWidget | None) -> None:
        for signal in edited_signals(widget) if widget is not None else []:
            signal.connect(lambda *_a, k=key: self.recheck(k, typing=True))
        if isinstance(widget, QLineEdit):      # a field without an error is judged when the officer leaves it
            widget.editingFinished.connect(lambda k=key: self.recheck(k))

    def watch(self, key: str, *signals) -> None:  # type: ignore[no-untyped-def]
        """More changes that are about `key` (the facility's error also goes when the officer picks "new")."""
        for signal in signals:
            signal.connect(lambda *_a, k=key: self.recheck(k, typing=True))

    def check(self, key: str, fn: Callable[[], object | None]) -> None:
        """Re-validate `key` with `fn` (returns None or the message) whenever its field is edited."""
        self.checks[key] = fn

    def recheck(self, key: str, typing: bool = False) -> None:
        """Check `key` again. While typing (`typing`) only a field already showing an error is re-checked, so its
        message goes as soon as the value is right but a half-typed value is not called wrong."""
        if key not in self.current and (key not in self.checks or typing):
            return
        problem = self.checks[key]() if key in self.checks else None
        if problem is None and key not in self.current:
            return
        changed = dict(self.current)
        if problem is None:
            changed.pop(key, None)
        else:
            changed[key] = problem if isinstance(problem, str) else str(problem)   # a Message stays one
        self._apply(changed)

    def add_row(self, form: QFormLayout, key: str, label: QLabel | str, field: QWidget,
                marked: QWidget | None = None) -> QLabel:
        """Add `label: field` to the form with an error line under it; returns the error label."""
        err = error_label()
        form.addRow(label, field)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, err)
        self.fields[key] = (marked or field, err)
        self._watch(key, field)
        return err

    def register(self, key: str, widget: QWidget | None, err: QLabel) -> None:
        self.fields[key] = (widget, err)
        self._watch(key, widget)

    def register_table(self, key: str, view: QAbstractItemView, err: QLabel | None = None,
                       check: Callable[[], dict[str, object]] | None = None,
                       show: Callable[[dict[str, str]], None] | None = None) -> None:
        """A table's errors: `key` is about the table as a whole ("En az bir USH alanı seçin", shown in `err` and
        marking the table) and `key.N…` about its row N counting from 1 ("documents.2", "professionals.2.tckn"),
        which `show` draws on the table (tints, tool tips) whenever they change.

        When the officer changes the table, its shown errors are checked again: with `check` (all the table's
        problems now, keyed the same way, by the service's own validation) each message follows its row; without
        one the message of an edited row and the whole table's message go. A removed row takes its messages with
        it and the rows after it keep theirs under their new numbers."""
        table = _Table(key, view, check, show)
        self.tables.append(table)
        if err is not None:
            self.fields[key] = (view, err)
        model = view.model()
        model.dataChanged.connect(lambda top, bottom, *_a, t=table: self._table_edited(t, range(top.row(),
                                                                                                bottom.row() + 1)))
        model.rowsInserted.connect(lambda _p, first, last, t=table: self._rows_moved(t, first, last - first + 1))
        model.rowsRemoved.connect(lambda _p, first, last, t=table: self._rows_moved(t, first, first - last - 1))
        model.modelReset.connect(lambda t=table: self._table_edited(t, None))

    def _table_edited(self, table: _Table, rows: range | None, keys: dict[str, str] | None = None) -> None:
        """Re-check the table's shown errors about `rows` (None: every row) and about the table as a whole."""
        if self._showing or not shiboken6.isValid(table.view):     # a closing form's table empties itself
            return
        before = dict(self.current) if keys is None else keys
        mine = [k for k in before if table.owns(k)]
        touched = [k for k in mine if k == table.prefix or rows is None or table.check is not None
                   or _row_of(k, table.prefix) in rows]
        if not touched and keys is None:
            return
        problems = {k: v if isinstance(v, str) else str(v) for k, v in table.check().items()} \
            if table.check is not None else {}
        after = {k: m for k, m in before.items() if k not in touched}
        after.update({k: problems[k] for k in touched if k in problems})
        self._apply(after)

    def _rows_moved(self, table: _Table, first: int, count: int) -> None:
        """`count` rows added at `first` (or, when negative, removed from it): the rows' messages move with them."""
        if self._showing or not shiboken6.isValid(table.view):
            return
        renumbered: dict[str, str] = {}
        for key, message in self.current.items():
            row = _row_of(key, table.prefix) if table.owns(key) else None
            if row is None or row < first:
                renumbered[key] = message
            elif count < 0 and row < first - count:
                continue                                  # the removed row's message goes with it
            else:
                renumbered[_with_row(key, table.prefix, row + count)] = message
        self._table_edited(table, range(0), renumbered)

    def _apply(self, errors: dict[str, str]) -> None:
        """Show `errors` (the messages still standing after an edit) and tell `on_change`."""
        if errors == self.current:
            return
        self._draw(errors)
        if self.on_change is not None:
            self.on_change(dict(self.current))

    def _draw(self, errors: dict[str, str]) -> None:
        self.current = dict(errors)
        for key, (widget, err) in self.fields.items():
            if not shiboken6.isValid(err):
                continue                       # a form being closed
            message = errors.get(key)
            if message is None:
                err.clear()
            else:
                err.setText(shown(message))    # a workflow's message, in the interface's language
            err.setVisible(message is not None)
            if widget is not None:
                mark_invalid(widget, message is not None)
        self._showing = True
        try:
            for table in self.tables:
                if table.show is not None:
                    table.show({k: m for k, m in errors.items() if table.owns(k)})
        finally:
            self._showing = False

    def clear(self) -> None:
        self._draw({})

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show each message next to its field (a table's on the table); returns the keys that have no place
        here (they stay in `current` until the next save)."""
        self._draw(errors)
        return [k for k in errors if k not in self.fields and not any(t.owns(k) for t in self.tables)]

    def message(self, key: str) -> str:
        entry = self.fields.get(key)
        return entry[1].text() if entry else ""


# -- no silent loss ------------------------------------------------------------------------------------------------

def widget_values(root: QWidget) -> list[object]:
    """What an officer has entered in `root`'s input widgets, in a comparable form (read-only fields left out)."""
    out: list[object] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            if not w.isReadOnly() and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
                out.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            if not w.isReadOnly():
                out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            data = w.currentData()
            out.append(w.currentText() if w.isEditable() or data is None else data)
        elif isinstance(w, QDateTimeEdit):
            out.append(w.dateTime().toString("yyyy-MM-dd HH:mm"))
        elif isinstance(w, QSpinBox):
            out.append(w.value())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            out.append(w.isChecked())
        elif isinstance(w, QTableWidget):
            out.append([(item.text(), item.checkState()) for r in range(w.rowCount()) for c in range(w.columnCount())
                        if (item := w.item(r, c)) is not None])
    return out


class DiscardGuard:
    """Mix into a data-entry dialog (before QDialog in the bases); what it holds when first shown (or at
    `watch_edits()`) is its starting point: Esc,
    the title bar's close button and Vazgeç then ask before throwing away what was typed. `entered()` is what
    counts as the form's content (every input widget by default; a dialog with tables of its own adds them)."""

    def watch_edits(self) -> None:
        self._at_start = self.entered()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if getattr(self, "_at_start", None) is None:     # filled by now (a subclass's fields, a record's values)
            self.watch_edits()
        super().showEvent(event)  # type: ignore[misc]

    def entered(self) -> object:
        return widget_values(self)  # type: ignore[arg-type]

    def has_unsaved_edits(self) -> bool:
        start = getattr(self, "_at_start", None)
        return start is not None and self.entered() != start

    def reject(self) -> None:
        if self.has_unsaved_edits() and not Messages.confirm(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("Ortak", "Kaydedilmemiş bilgiler"),
                QCoreApplication.translate("Ortak", "Bu formda kaydedilmemiş bilgiler var. Kapatırsanız "
                                                    "girdikleriniz kaybolur.\n\nKaydetmeden kapatılsın mı?"),
                QCoreApplication.translate("Ortak", "Kaydetmeden kapat")):
            return                                       # Vazgeç: the form stays open with everything in it
        super().reject()  # type: ignore[misc]
