"""The one wrapper every workflow call from a screen goes through, and the messages it shows.

`run()` shows a wait cursor, turns a DomainError into the officer's Turkish message (or hands a ValidationFailed
back to the form, which shows it next to the fields), and never lets an unexpected exception kill the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.workflows.common.errors import DomainError, ValidationFailed

log = logging.getLogger(__name__)
T = TypeVar("T")


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
        box.addButton(QCoreApplication.translate("Ortak", "Vazgeç"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is ok


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
            "Ortak", "İşlem tamamlanamadı; beklenmeyen bir hata oluştu. Hiçbir değişiklik kaydedilmedi.\n\n"
            "Ayrıntı: {error}").format(error=exc))
        return Outcome(False, error=exc)
    QGuiApplication.restoreOverrideCursor()
    return Outcome(True, value)
