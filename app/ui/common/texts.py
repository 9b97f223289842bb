"""A workflow's message (app.workflows.common.messages) in the interface's language: the one place the UI
translates what a workflow says (the templates are in resources/translations/ush_workflows_en.ts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.workflows.common.messages import render


def shown(text: Any) -> str:
    """A Message (or a joined list of them) translated, its arguments filled in; a plain str as it is."""
    return str(render(text, QCoreApplication.translate))


def shown_errors(errors: dict[str, Any]) -> dict[str, str]:
    """A ValidationFailed's field errors, each translated."""
    return {key: shown(text) for key, text in errors.items()}
