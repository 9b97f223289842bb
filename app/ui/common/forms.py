"""Per-field error lines under form fields, keyed like ValidationFailed.errors; the data-entry dialogs' guard
against losing what was typed (DiscardGuard)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
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


def edited_signal(widget: QWidget):  # type: ignore[no-untyped-def]
    """The signal a field gives when its value changes (None for widgets that have no single value)."""
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateTimeEdit):            # QDateEdit too
        return widget.dateTimeChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


class FieldErrors:
    """Error labels under form fields, keyed like ValidationFailed.errors ("facility.tax_no", "channel" …).

    An error shown after a refused save is re-checked as soon as its field is edited: with the field's check
    (`check`, the same validation function the service uses) the message follows the value; without one it
    disappears (the service checks again on the next save). A field with a check and no error is judged when the
    officer finishes it (Enter or leaving it), not while typing. `on_change` hears the messages still shown."""

    def __init__(self) -> None:
        self.fields: dict[str, tuple[QWidget | None, QLabel]] = {}
        self.checks: dict[str, Callable[[], object | None]] = {}
        self.current: dict[str, str] = {}
        self.on_change: Callable[[dict[str, str]], None] | None = None

    def _watch(self, key: str, widget: QWidget | None) -> None:
        signal = edited_signal(widget) if widget is not None else None
        if signal is not None:
            signal.connect(lambda *_a, k=key: self.recheck(k, typing=True))
        if isinstance(widget, QLineEdit):      # a field without an error is judged when the officer leaves it
            widget.editingFinished.connect(lambda k=key: self.recheck(k))

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
        widget, err = self.fields[key]
        if problem is None:
            self.current.pop(key, None)
            err.clear()
            err.setVisible(False)
        else:
            self.current[key] = str(problem)
            err.setText(shown(problem))       # type: ignore[arg-type]
            err.setVisible(True)
        if widget is not None:
            mark_invalid(widget, problem is not None)
        if self.on_change is not None:
            self.on_change(dict(self.current))

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

    def clear(self) -> None:
        self.current = {}
        for widget, err in self.fields.values():
            err.clear()
            err.setVisible(False)
            if widget is not None:
                mark_invalid(widget, False)

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show each message next to its field; returns the keys that have no field here."""
        self.clear()
        unplaced = []
        for key, message in errors.items():
            if key not in self.fields:
                unplaced.append(key)
                continue
            widget, err = self.fields[key]
            self.current[key] = message
            err.setText(shown(message))        # a workflow's message, in the interface's language
            err.setVisible(True)
            if widget is not None:
                mark_invalid(widget, True)
        return unplaced

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
