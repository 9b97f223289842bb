"""The İSM desk's entry for the other desks: what the dashboard ("Özet") opens of the İSM, and nothing else.

SHGM and KTS users click a dashboard number and get the İSM's application list read-only on the dashboard page,
open one application read-only, or open the monthly İSM report. This module is the only one of app.ui.ism that
another desk imports; the desks' independence contract in pyproject.toml ignores exactly those imports. Each
function imports its screen on first use (start-up loads none of them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.workflows.common.context import AppContext


def application_list(ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """The İSM worklist panel (app.ui.ism.worklist.WorklistPanel): without the İSM's write buttons for roles
    outside the İSM; `open_requested(int)` asks for an application's window."""
    from app.ui.ism.worklist import WorklistPanel

    return WorklistPanel(ctx, parent)


def application_window(ctx: AppContext, app_id: int, parent: QWidget | None = None) -> QDialog:
    """One application's window (read-only for roles outside the province's İSM), not yet shown."""
    from app.ui.ism.detail import ApplicationDetailDialog

    return ApplicationDetailDialog(ctx, app_id, parent)


def monthly_report(ctx: AppContext, parent: QWidget | None = None, province_id: int | None = None) -> QDialog:
    """The monthly İSM report dialog, not yet shown."""
    from app.ui.ism.report_screen import MonthlyReportDialog

    return MonthlyReportDialog(ctx, parent, province_id)
