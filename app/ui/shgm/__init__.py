"""The SHGM desk (PySide6 only; it reaches the database through app.workflows)."""

from app.ui.shgm.desk import ShgmDesk

__all__ = ["ShgmDesk"]
