"""The worklist opens with the urgent files on top (issue 17): files past their 15-day notification period first,
then the ones whose last day is today, then the other running clocks by last day, then everything else newest
first. The database pages this order, so the tenth page is the tenth page of that one long list, on both engines.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.workflows.common.vocabulary import Role
from app.workflows.ism import worklist as q
from tests.support.demo import TODAY, as_role, with_demo_data

N = 240


@pytest.fixture
def officer(ctx):
    demo = with_demo_data(ctx, N, seed=5)
    # a few days after the demo's day: some files are overdue, some due today, some still running
    return as_role(demo, Role.SHGM_REVIEWER, day=TODAY + dt.timedelta(days=9))


def _rank(row, today):  # type: ignore[no-untyped-def]
    if not row.clock.running:
        return 3
    return q.urgency(row.clock, today)


def test_the_default_order_is_overdue_then_today_then_running_then_the_rest(officer):
    today = officer.clock.today()
    rows, total = q.worklist(officer, q.WorklistFilters(), 0, 1000)
    assert total == N == len(rows)
    ranks = [_rank(r, today) for r in rows]
    assert ranks == sorted(ranks)
    assert {0, 3} <= set(ranks), "the demo data must hold overdue files and closed ones"
    overdue = [r.clock.deadline for r in rows if _rank(r, today) == 0]
    assert overdue == sorted(overdue), "the longest overdue first"
    running = [r.clock.deadline for r in rows if _rank(r, today) == 2]
    assert running == sorted(running), "the nearest last day first"
    rest = [(r.received_on, r.received_at) for r in rows if _rank(r, today) == 3]
    assert rest == sorted(rest, reverse=True), "the files without a running clock newest first"


def test_pages_of_the_default_order_join_into_the_one_long_list(officer):
    whole = [r.id for r in q.worklist(officer, q.WorklistFilters(), 0, 1000)[0]]
    paged: list[int] = []
    for offset in range(0, N, 23):
        rows, total = q.worklist(officer, q.WorklistFilters(), offset, 23)
        assert total == N
        paged += [r.id for r in rows]
    assert paged == whole and len(set(paged)) == N


def test_a_province_and_a_search_keep_the_urgent_first_order(officer):
    everything = q.worklist(officer, q.WorklistFilters(), 0, 1000)[0]
    today = officer.clock.today()
    overdue = next(r for r in everything if _rank(r, today) == 0)
    desk = as_role(officer, Role.ISM_OFFICER, _province_of(officer, overdue.id), day=today)
    rows, total = q.worklist(desk, q.WorklistFilters(), 0, 1000)
    assert rows[0].clock.overdue and total == len(rows)
    assert {r.province_name for r in rows} == {overdue.province_name}
    found, _ = q.worklist(officer, q.WorklistFilters(search=overdue.ckys_code), 0, 1000)
    assert found and overdue.id in {r.id for r in found}
    assert [_rank(r, today) for r in found] == sorted(_rank(r, today) for r in found)


def _province_of(ctx, app_id: int) -> int:  # type: ignore[no-untyped-def]
    from app.workflows.common.application_view import application_detail

    return application_detail(ctx, app_id).province_id
