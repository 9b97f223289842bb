"""What a worklist page holds must not depend on how it is fetched (issue 8: the page is one statement for its
rows, one for the clock events of all of them; clocks are kept per process).

Pinned on demo data, on both engines: every row's clock is the one the application's own screen shows
(`application_detail`, through application_view.clock_of), also after the clock rules change and on another day; every sort,
both ways, pages without gaps or repeats and in the same order as one long page; the received sort is newest
first by receipt then id; the deadline filters agree with the clocks; same-day events are put in the order they
happened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.workflows.common.application_view import application_detail
from app.workflows.common.deadlines import READING_B
from app.workflows.common.system_settings import clock_rules, set_clock_rules
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.ism import intake, review
from app.workflows.ism import notify as nt
from app.workflows.ism import worklist as q
from tests.support.demo import TODAY, as_role, with_demo_data
from tests.support.ism import TODAY as TODAY_ISM
from tests.support.ism import form, izmir_desk, vendor

N = 240


@pytest.fixture
def demo(ctx):
    return with_demo_data(ctx, N, seed=3)


def _all(ctx, filters=q.WorklistFilters()):
    rows, total = q.worklist(ctx, filters, 0, 1000)
    assert len(rows) == total
    return rows


def _clocks_match_the_detail(ctx) -> int:
    rows = _all(ctx)
    assert len(rows) == N
    for r in rows:
        assert r.clock == application_detail(ctx, r.id).clock, r.number
    return sum(1 for r in rows if r.clock.running)


def test_every_row_carries_the_clock_of_its_own_screen(demo):
    shgm = as_role(demo, Role.SHGM_REVIEWER)
    running = _clocks_match_the_detail(shgm)
    assert running > 0
    # with events: deficiency notices, completions, final letters (not only untouched receipts)
    assert any(len(r.clock.rounds) > 1 for r in _all(shgm))
    assert any(not r.clock.running and r.clock.met is not None for r in _all(shgm))


def test_changed_clock_rules_and_another_day_reach_the_worklist(demo):
    shgm = as_role(demo, Role.SHGM_REVIEWER)
    before = {r.id: r.clock for r in _all(shgm)}           # fills the per-process clock cache
    with demo.write() as s:
        assert clock_rules(s).eve_is_working_day
        set_clock_rules(s, READING_B)
    _clocks_match_the_detail(shgm)
    later = as_role(demo, Role.SHGM_REVIEWER, day=TODAY + dt.timedelta(days=3))
    _clocks_match_the_detail(later)
    after = {r.id: r.clock for r in _all(later)}
    same_day = [i for i, c in before.items() if c.running and after[i].running and c.deadline == after[i].deadline]
    assert same_day and all(after[i].days_left == before[i].days_left - 3 for i in same_day)


SORTS = ["urgency", "received", "number", "facility", "ckys", "province", "state"]


@pytest.mark.parametrize("descending", [True, False])
def test_every_sort_pages_like_one_long_page(demo, descending):
    shgm = as_role(demo, Role.SHGM_REVIEWER)
    for sort in SORTS:
        filters = q.WorklistFilters(sort=sort, descending=descending)   # type: ignore[arg-type]
        whole = [r.id for r in _all(shgm, filters)]
        assert len(whole) == len(set(whole)) == N
        paged = []
        for offset in range(0, N, 37):
            rows, total = q.worklist(shgm, filters, offset, 37)
            assert total == N
            paged += [r.id for r in rows]
        assert paged == whole, sort
    rows = _all(shgm, q.WorklistFilters(sort="received", descending=descending))
    keys = [(r.received_on, r.received_at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    numbers = [r.number for r in _all(shgm, q.WorklistFilters(sort="number", descending=descending))]
    assert numbers == sorted(numbers, reverse=descending)


def test_a_province_desk_and_the_deadline_filters_agree_with_the_clocks(demo):
    shgm = as_role(demo, Role.SHGM_REVIEWER)
    everything = _all(shgm)
    province = max({r.province_name for r in everything}, key=lambda p: sum(r.province_name == p for r in everything))
    pid = application_detail(shgm, next(r.id for r in everything if r.province_name == province)).province_id
    desk = as_role(demo, Role.ISM_OFFICER, pid)
    mine = _all(desk)
    assert {r.id for r in mine} == {r.id for r in everything if r.province_name == province}
    by_id = {r.id: r for r in mine}
    overdue = _all(desk, q.WorklistFilters(deadline="overdue"))
    assert {r.id for r in overdue} == {r.id for r in mine if r.clock.running and r.clock.overdue}
    running = _all(desk, q.WorklistFilters(deadline="running"))
    assert {r.id for r in running} == {r.id for r in mine if r.clock.running}
    assert all(r.clock == by_id[r.id].clock for r in running)
    counts = q.deadline_counts(desk)
    assert (counts.open, counts.overdue) == (len(running), len(overdue))


def _deficient(desk, app_id: int, on: dt.date) -> None:
    with desk.read() as s:
        rows = review.checklist(s, app_id)
    for r in rows:
        answer, note = (Answer.EKSIK, "Çalışma belgesi yok") if r.number == 5 else (Answer.UYGUN, "")
        review.answer_item(desk, app_id, r.criterion_id, answer, note)
    nt.notify(desk, app_id, nt.NoticeInput(letter_date=on, sent_on=on, send_channel="kep",
                                           signer_name="Dr. Mehmet Şahin", required_actions={5: "Gönderin."}))


def test_a_completion_on_the_day_of_the_deficiency_notice_opens_a_new_period(ctx):
    """Same-day events are put in the order they happened (deadlines.in_order), whatever their ids: here the
    notification's id is higher than the completion's, and the completion still reopens the clock."""
    desk = izmir_desk(ctx)
    v, p = vendor(desk)
    other = intake.receive(desk, form(v, p, ckys="35-0001"))
    mine = intake.receive(desk, form(v, p, ckys="35-0002"))
    _deficient(desk, other, TODAY_ISM)
    nt.record_completion(desk, other, TODAY_ISM)
    _deficient(desk, other, TODAY_ISM)                      # notifications 1 and 2, completion 1: other's
    _deficient(desk, mine, TODAY_ISM)                       # notification 3
    nt.record_completion(desk, mine, TODAY_ISM, "KEP-1")    # completion 2, the same day
    rows = {r.id: r for r in q.worklist(desk)[0]}
    assert rows[mine].clock == application_detail(desk, mine).clock
    assert rows[mine].clock.running and len(rows[mine].clock.rounds) == 2
    assert rows[other].clock == application_detail(desk, other).clock and not rows[other].clock.running


def test_statements_built_once_take_each_call_s_values(demo):
    """The count and page statements are built once per combination of filters and sort, the values being
    parameters: calls with the same filters but other values (another province, state, month, search) each get
    their own rows, and a search for LIKE's wildcards finds them literally."""
    from app.models import Application, Facility
    from app.textfold import fold

    shgm = as_role(demo, Role.SHGM_REVIEWER)
    everything = _all(shgm)
    with demo.read() as s:
        facts = {a.id: (a.province_id, a.state, a.received_on, a.number, f.name_fold, f.ckys_code)
                 for a, f in s.query(Application, Facility).join(Facility, Application.facility_id == Facility.id)}

    def expected(keep) -> list[int]:   # type: ignore[no-untyped-def]
        return [r.id for r in everything if keep(*facts[r.id])]

    provinces = sorted({p for p, *_ in facts.values()}, key=lambda p: -sum(f[0] == p for f in facts.values()))[:3]
    for pid in provinces:
        assert [r.id for r in _all(shgm, q.WorklistFilters(province_id=pid))] == expected(lambda p, *_: p == pid)
        assert [r.id for r in _all(as_role(demo, Role.ISM_OFFICER, pid))] == expected(lambda p, *_: p == pid)
    for st in {r.state for r in everything}:
        assert [r.id for r in _all(shgm, q.WorklistFilters(state=st))] == expected(lambda _p, s, *_: s == st.value)
        assert [r.id for r in _all(shgm, q.WorklistFilters(states=(st,)))] == expected(
            lambda _p, s, *_: s == st.value)
    for month in sorted({f"{f[2]:%Y-%m}" for f in facts.values()})[-3:]:
        assert [r.id for r in _all(shgm, q.WorklistFilters(received_month=month))] == expected(
            lambda _p, _s, d, *_: f"{d:%Y-%m}" == month)
    texts = [fold(everything[0].facility_name)[2:6], fold(everything[-1].facility_name)[1:4],
             everything[5].number[-4:], "%", "_", "/", "a%", "1_"]
    for text in texts:
        rows = _all(shgm, q.WorklistFilters(search=text))

        def hit(_p, _s, _d, number, name_fold, ckys, text=text) -> bool:  # type: ignore[no-untyped-def]
            return (fold(text) in name_fold or text.lower() in ckys.lower()
                    or (set(text) <= set("0123456789-") and text in number))
        assert [r.id for r in rows] == expected(hit), text
    assert _all(shgm, q.WorklistFilters(search=texts[0])), "the search finds something"


def test_received_at_reads_as_its_column_type_gives_it(demo):
    """The page reads received_at on SQLite without the column type's generic path: the same aware UTC values."""
    from sqlalchemy.dialects import sqlite

    from app.models import Application
    from app.models.base import UTCDateTime

    shgm = as_role(demo, Role.SHGM_REVIEWER)
    with demo.read() as s:
        stored = dict(s.query(Application.id, Application.received_at))
    rows = _all(shgm)
    assert all(r.received_at == stored[r.id] and r.received_at.utcoffset() == dt.timedelta(0) for r in rows)
    generic = UTCDateTime().dialect_impl(sqlite.dialect()).result_processor(sqlite.dialect(), None)
    for text in ("2026-03-01 07:12:33.000000", "2026-03-01 07:12:33.250000", "2026-03-01 07:12:33",
                 "2026-03-01 07:12", "2026-03-01 10:12:33+03:00", "2026-03-01T07:12:33.000001+00:00", None):
        assert q._utc_from_sqlite(text) == generic(text), text
        if text:
            assert q._utc_from_sqlite(text).tzinfo == dt.timezone.utc  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        q._utc_from_sqlite("not a time")
