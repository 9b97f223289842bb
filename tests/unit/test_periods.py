"""One reading of a suspension's dates for permits and licences (decision 17): from the first day up to, not
including, the end date, which is the first day in force again; no end date: until lifted."""

import datetime as dt

import pytest

from app.workflows.common.periods import suspended_on

D = dt.date


@pytest.mark.parametrize("day, start, end, expected", [
    (D(2026, 5, 31), D(2026, 6, 1), D(2026, 6, 30), False),
    (D(2026, 6, 1), D(2026, 6, 1), D(2026, 6, 30), True),
    (D(2026, 6, 29), D(2026, 6, 1), D(2026, 6, 30), True),
    (D(2026, 6, 30), D(2026, 6, 1), D(2026, 6, 30), False),
    (D(2030, 1, 1), D(2026, 6, 1), None, True),
    (D(2026, 6, 1), None, None, False),
])
def test_a_suspension_covers_its_first_day_but_not_its_end_date(day, start, end, expected):
    assert suspended_on(day, start, end) is expected
