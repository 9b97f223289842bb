"""The administrator's screens: login (with the forced first password change), user administration, the
audit viewer and the restore-test warning banner. PySide6 only; all data comes from app.workflows."""

from app.ui.admin.audit_viewer import AuditViewer
from app.ui.admin.banner import RestoreTestBanner
from app.ui.admin.login import ChangePasswordDialog, LoginDialog
from app.ui.admin.user_admin import UserAdminWidget, UserEditDialog

__all__ = ["AuditViewer", "ChangePasswordDialog", "LoginDialog", "RestoreTestBanner", "UserAdminWidget",
           "UserEditDialog"]
