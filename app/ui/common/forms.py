"""Per-field error lines under form fields, keyed like ValidationFailed.errors."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from app.ui.common.style import ERROR_COLOUR


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


class FieldErrors:
    """Error labels under form fields, keyed like ValidationFailed.errors ("facility.tax_no", "channel" …)."""

    def __init__(self) -> None:
        self.fields: dict[str, tuple[QWidget | None, QLabel]] = {}

    def add_row(self, form: QFormLayout, key: str, label: QLabel | str, field: QWidget,
                marked: QWidget | None = None) -> QLabel:
        """Add `label: field` to the form with an error line under it; returns the error label."""
        err = error_label()
        form.addRow(label, field)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, err)
        self.fields[key] = (marked or field, err)
        return err

    def register(self, key: str, widget: QWidget | None, err: QLabel) -> None:
        self.fields[key] = (widget, err)

    def clear(self) -> None:
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
            err.setText(message)
            err.setVisible(True)
            if widget is not None:
                mark_invalid(widget, True)
        return unplaced

    def message(self, key: str) -> str:
        entry = self.fields.get(key)
        return entry[1].text() if entry else ""
