"""The overview workflow functions the desks show (no Qt)."""

from __future__ import annotations

from app.workflows.common.states import AppState
from app.workflows.dashboard import overview
from tests.support.ui import add_applications, add_facility


def test_state_counts_list_every_state_even_when_empty(ctx):
    counts = overview.state_counts(ctx)
    assert set(counts) == set(AppState) and all(n == 0 for n in counts.values())


def test_state_counts_and_summary_count_what_is_there(ctx):
    add_applications(ctx, [AppState.RECEIVED, AppState.WITHDRAWN, AppState.WITHDRAWN])
    counts = overview.state_counts(ctx)
    assert counts[AppState.RECEIVED] == 1 and counts[AppState.WITHDRAWN] == 2 and sum(counts.values()) == 3
    assert overview.database_summary(ctx) == {"facilities": 1, "applications": 3, "permits": 0, "vendors": 0}


def test_has_any_facility(ctx):
    assert overview.has_any_facility(ctx) is False
    add_facility(ctx)
    assert overview.has_any_facility(ctx) is True
