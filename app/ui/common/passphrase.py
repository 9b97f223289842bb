"""Asks for the signing certificate's passphrase once per session where no keyring keeps it.

Every desk that signs calls `ready_to_sign(parent)` before the signing action (SHGM: issue, amend, ex officio
permit; İSM: recording a notification letter where a signing certificate is configured): when the configured
certificate cannot be opened with what is kept, the officer types its passphrase; it is checked by opening the
certificate and kept in memory until the application ends (never written anywhere). A wrong passphrase is said
so and asked again; cancelling cancels the action. With no certificate configured nothing is asked.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.ui.common.operations import Messages
from app.workflows.admin import certificates
from app.workflows.common.errors import DomainError


def _title() -> str:
    return QCoreApplication.translate("ImzaParolasi", "İmza sertifikasının parolası")


def _dialog(parent: QWidget | None, path: Path) -> str | None:
    text, ok = QInputDialog.getText(
        parent, _title(),
        QCoreApplication.translate(
            "ImzaParolasi",
            "{name} sertifikasının parolası (bu oturum boyunca bellekte tutulur, hiçbir yere yazılmaz):",
        ).format(name=path.name), QLineEdit.EchoMode.Password)
    return text if ok else None


ask: Callable[[QWidget | None, Path], str | None] = _dialog     # tests replace it


def ready_to_sign(parent: QWidget | None) -> bool:
    """True when signing can go ahead (nothing to ask, or the right passphrase was given); False on cancel."""
    path = certificates.passphrase_needed()
    while path is not None:
        passphrase = ask(parent, path)
        if passphrase is None:
            return False
        try:
            certificates.unlock_for_session(path, passphrase)
        except DomainError as exc:
            Messages.error(parent, _title(), exc.message)
            continue
        return True
    return True
