"""The dashboard's month window (app.workflows.dashboard.figures.last_months)."""

from __future__ import annotations

import datetime as dt

from app.workflows.dashboard import figures as dashboard


def test_last_months_cross_the_year():
    assert dashboard.last_months(dt.date(2026, 2, 10), 4) == [(2025, 11), (2025, 12), (2026, 1), (2026, 2)]
