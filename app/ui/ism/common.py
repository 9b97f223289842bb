"""Shared pieces of the İSM desk: the one wrapper every workflow call goes through, messages, dates, the
traffic light, and per-field error labels.

`run()` is the only place the desk calls a workflow: it shows a wait cursor, turns a DomainError into the
officer's Turkish message (or hands a ValidationFailed back to the form, which shows it next to the fields),
and never lets an unexpected exception kill the window.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QDate, QDateTime, QModelIndex, QPersistentModelIndex, QPointF, Qt, QTime,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget

from app.workflows.clock import TR
from app.workflows.deadlines import ClockStatus
from app.workflows.errors import DomainError, ValidationFailed

log = logging.getLogger(__name__)
T = TypeVar("T")
CONTEXT = "IsmOrtak"

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5a00"
WARNING_BACKGROUND = "#fff4d6"
OK_COLOUR = "#1b7a2f"

# The traffic light: green > 5 days, amber ≤ 5, red ≤ 2, overdue < 0, stopped (no clock running).
LIGHT_COLOURS = {"green": "#2e7d32", "amber": "#f0a202", "red": "#d32f2f", "overdue": "#7b1010",
                 "stopped": "#9e9e9e"}
LIGHT_TINTS = {"green": "#e6f4e7", "amber": "#fff1d0", "red": "#fddcd8", "overdue": "#f6c4c0"}


def tr(text: str) -> str:
    return QCoreApplication.translate("IsmOrtak", text)


# --- messages (monkeypatched in tests) -----------------------------------------------------------------------------

class Messages:
    @staticmethod
    def error(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @staticmethod
    def info(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @staticmethod
    def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("IsmOrtak", "Vazgeç"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is ok


# --- the operation wrapper ----------------------------------------------------------------------------------------

@dataclass
class Outcome(Generic[T]):
    ok: bool
    value: T | None = None
    error: Exception | None = None

    @property
    def field_errors(self) -> dict[str, str]:
        return self.error.errors if isinstance(self.error, ValidationFailed) else {}


def run(parent: QWidget | None, title: str, fn: Callable[..., T], *args: Any,
        show_validation: bool = True, quiet: bool = False, **kwargs: Any) -> Outcome[T]:
    """Call a workflow function for a screen. Domain errors are shown to the officer in Turkish; with
    show_validation=False a ValidationFailed is only returned (the form shows it next to its fields); with
    quiet=True nothing is shown (the caller shows the error in place, e.g. instead of a preview)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        value = fn(*args, **kwargs)
    except DomainError as exc:
        QGuiApplication.restoreOverrideCursor()
        if not quiet and (show_validation or not isinstance(exc, ValidationFailed)):
            Messages.error(parent, title, exc.message)
        return Outcome(False, error=exc)
    except Exception as exc:  # noqa: BLE001  (the officer is told; the window stays usable)
        QGuiApplication.restoreOverrideCursor()
        if quiet:
            log.info("workflow call failed: %s: %s", getattr(fn, "__name__", fn), exc)
            return Outcome(False, error=exc)
        log.exception("workflow call failed: %s", getattr(fn, "__name__", fn))
        Messages.error(parent, title, QCoreApplication.translate(
            "IsmOrtak", "İşlem tamamlanamadı; beklenmeyen bir hata oluştu. Hiçbir değişiklik kaydedilmedi.\n\n"
            "Ayrıntı: {error}").format(error=exc))
        return Outcome(False, error=exc)
    QGuiApplication.restoreOverrideCursor()
    return Outcome(True, value)


# --- dates ---------------------------------------------------------------------------------------------------------

def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    """An aware moment as the Türkiye wall-clock time shown in a QDateTimeEdit."""
    local = moment.astimezone(TR)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(q: QDateTime) -> dt.datetime:
    """A QDateTimeEdit's wall-clock value read as Türkiye time (aware)."""
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=TR)


def date_text(day: dt.date | None) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}" if day else ""


def datetime_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(TR)
    return f"{date_text(local.date())} {local.hour:02d}:{local.minute:02d}"


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("IsmOrtak", "{n} bayt").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("IsmOrtak", "{n} KB").format(n=f"{size / 1024:.1f}".replace(".", ","))
    return QCoreApplication.translate("IsmOrtak", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}".replace(".", ","))


# --- the traffic light ---------------------------------------------------------------------------------------------

def light_colour(light: str) -> QColor:
    return QColor(LIGHT_COLOURS.get(light, LIGHT_COLOURS["stopped"]))


def light_tint(light: str) -> QColor | None:
    tint = LIGHT_TINTS.get(light)
    return QColor(tint) if tint else None


@lru_cache(maxsize=16)
def light_icon(light: str, size: int = 14) -> QIcon:
    """A filled dot in the light's colour (a hollow grey ring when the clock is stopped)."""
    ratio = 2
    pix = QPixmap(size * ratio, size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = light_colour(light)
    r = size / 2 - 1.5
    if light == "stopped":
        p.setPen(colour)
        p.setBrush(Qt.BrushStyle.NoBrush)
        r -= 1
    else:
        p.setPen(colour.darker(130))
        p.setBrush(colour)
    p.drawEllipse(QPointF(size / 2, size / 2), r, r)
    p.end()
    return QIcon(pix)


def days_left_text(clock: ClockStatus) -> str:
    if not clock.running or clock.days_left is None:
        return "—"
    n = clock.days_left
    if n < 0:
        if n == -1:   # English needs the singular; pyside6-lupdate 6.11 reads no plural forms (%n)
            return QCoreApplication.translate("IsmOrtak", "Süresi geçti (1 gün)")
        return QCoreApplication.translate("IsmOrtak", "Süresi geçti ({n} gün)").format(n=-n)
    if n == 0:
        return QCoreApplication.translate("IsmOrtak", "Bugün son gün")
    if n == 1:
        return QCoreApplication.translate("IsmOrtak", "1 gün")
    return QCoreApplication.translate("IsmOrtak", "{n} gün").format(n=n)


def light_name(light: str) -> str:
    names = {
        "green": QCoreApplication.translate("IsmOrtak", "Yeşil: 5 günden fazla var"),
        "amber": QCoreApplication.translate("IsmOrtak", "Sarı: 5 gün ya da daha az kaldı"),
        "red": QCoreApplication.translate("IsmOrtak", "Kırmızı: 2 gün ya da daha az kaldı"),
        "overdue": QCoreApplication.translate("IsmOrtak", "Süresi geçti"),
        "stopped": QCoreApplication.translate("IsmOrtak", "Süre işlemiyor (bildirim yapıldı ya da dosya kapandı)"),
    }
    return names.get(light, "")


# --- field errors --------------------------------------------------------------------------------------------------

INVALID_STYLE = f'*[invalid="true"] {{ border: 1px solid {ERROR_COLOUR}; }}'


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


# --- Turkish alphabetical order ------------------------------------------------------------------------------------

def turkish_sorted(items, key=lambda x: x):  # type: ignore[no-untyped-def]
    """Sort by Turkish alphabetical order (ç after c, ı before i, İ with i …) without a system locale."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    return sorted(items, key=lambda x: collator.sortKey(key(x)))
