"""The dashboard: number tiles, charts and the SHGM per-province table; every number opens its list."""

from app.ui.dashboard.widget import DashboardWidget

__all__ = ["DashboardWidget"]
