"""The administrator's screens: login (with the forced first password change), user administration, the
audit viewer and the maintenance reminders banner. PySide6 only; all data comes from app.workflows.

The names below are imported on first use (PEP 562): start-up imports `app.ui.admin.login` to paint the
login dialog at once, before the database layer the other screens need is loaded (issue 12).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.ui.admin.audit_viewer import AuditViewer
    from app.ui.admin.banner import MaintenanceBanner
    from app.ui.admin.login import ChangePasswordDialog, LoginDialog
    from app.ui.admin.user_admin import UserAdminWidget, UserEditDialog

_WHERE = {"AuditViewer": "audit_viewer", "MaintenanceBanner": "banner", "ChangePasswordDialog": "login",
          "LoginDialog": "login", "UserAdminWidget": "user_admin", "UserEditDialog": "user_admin"}

__all__ = ["AuditViewer", "ChangePasswordDialog", "LoginDialog", "MaintenanceBanner", "UserAdminWidget",
           "UserEditDialog"]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
