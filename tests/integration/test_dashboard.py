"""Dashboard figures (app.workflows.dashboard.figures) against counts made independently, row by row in Python, on demo
data — on every engine chosen with --db."""

from __future__ import annotations

import collections
import datetime as dt

import pytest
from sqlalchemy import select

from app.models import Application, Notification, Permit, PermitEvent, StateTransition
from app.workflows.common.application_view import clock_of
from app.workflows.common.clock import TR, FixedClock
from app.workflows.common.collation import turkish_key
from app.workflows.common.context import AppContext
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role
from app.workflows.dashboard import figures as dashboard
from app.workflows.ism import worklist as ism_worklist
from tests.support.demo import TODAY, as_role, with_demo_data

ISTANBUL = 34


@pytest.fixture
def demo(ctx) -> AppContext:
    return with_demo_data(ctx, 400, seed=7)


def all_apps(ctx: AppContext) -> list[Application]:
    with ctx.read() as s:
        return list(s.scalars(select(Application)))


def test_counts_by_state_equal_a_count_of_the_rows(demo):
    apps = all_apps(demo)
    expected = collections.Counter(AppState(a.state) for a in apps)
    assert dashboard.state_counts(demo) == {s: expected.get(s, 0) for s in AppState}
    assert sum(dashboard.state_counts(demo).values()) == 400


def test_an_ism_officer_sees_only_the_counts_of_the_own_province(demo):
    officer = as_role(demo, Role.ISM_OFFICER, ISTANBUL)
    expected = collections.Counter(AppState(a.state) for a in all_apps(demo) if a.province_id == ISTANBUL)
    assert sum(expected.values()) > 0
    # asking for another province changes nothing for a provincial user
    assert dashboard.state_counts(officer, province_id=6) == {s: expected.get(s, 0) for s in AppState}
    d = dashboard.dashboard(officer)
    assert d.province_id == ISTANBUL and d.province_name == "İstanbul" and d.provinces is None
    assert d.deadlines is not None


def test_deadline_buckets_equal_the_clock_of_each_running_application(demo):
    today = demo.clock.today()
    with demo.read() as s:
        clocks = [clock_of(s, a, today) for a in s.scalars(select(Application).where(
            Application.state.in_(["received", "under_review"])))]
    assert clocks and all(c.running for c in clocks)
    left = [c.days_left for c in clocks]
    b = dashboard.deadline_buckets(demo)
    assert (b.running, b.overdue, b.due_today, b.this_week, b.later) == (
        len(left), sum(n < 0 for n in left), sum(n == 0 for n in left), sum(1 <= n <= 7 for n in left),
        sum(n > 7 for n in left))
    assert b.overdue + b.due_today + b.this_week + b.later == b.running
    worklist = ism_worklist.deadline_counts(demo)
    assert (worklist.open, worklist.overdue, worklist.today) == (b.running, b.overdue, b.due_today)


def test_deadline_buckets_on_a_later_day_show_overdue_clocks(demo):
    later = AppContext(demo.engine, demo.target, demo.actor, FixedClock.on(TODAY + dt.timedelta(days=30)))
    b = dashboard.deadline_buckets(later)
    assert b.running > 0 and b.overdue == b.running and b.light == "red"
    assert ism_worklist.deadline_counts(later).overdue == b.overdue


def test_the_province_table_equals_counts_per_province(demo):
    shgm = as_role(demo, Role.SHGM_REVIEWER)
    rows = dashboard.province_table(shgm)
    expected: dict[int, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for a in all_apps(demo):
        st = AppState(a.state)
        if st == AppState.FORWARDED:
            expected[a.province_id][0] += 1
        if st in dashboard.DECIDED_STATES:
            expected[a.province_id][1] += 1
        if st == AppState.PERMIT_ISSUED:
            expected[a.province_id][2] += 1
    assert {r.province_id: [r.forwarded, r.decided, r.permits] for r in rows} == dict(expected)
    names = [r.name for r in rows]
    assert names == sorted(names, key=turkish_key)   # Turkish order: "Çorum" after "Bursa"
    d = dashboard.dashboard(shgm)
    assert d.deadlines is None and d.provinces == rows and d.province_id is None


def test_monthly_series_cover_twelve_months_and_sum_to_the_totals(demo):
    months = dashboard.monthly_series(demo)
    assert [(m.year, m.month) for m in months][0] == (2025, 12) and [m.key for m in months][-1] == "2026-11"
    assert len(months) == 12
    since = dt.date(2025, 12, 1)
    apps = all_apps(demo)
    assert sum(m.received for m in months) == sum(1 for a in apps if a.received_on >= since)
    by_month = collections.Counter(a.received_on.strftime("%Y-%m") for a in apps if a.received_on >= since)
    assert {m.key: m.received for m in months} == {m.key: by_month.get(m.key, 0) for m in months}


def _average(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def test_processing_times_equal_a_computation_from_the_records(demo):
    months = dashboard.monthly_series(demo)
    with demo.read() as s:
        received = {a.id: a.received_on for a in s.scalars(select(Application))}
        first: dict[int, dt.date] = {}
        for n in s.scalars(select(Notification)):
            first[n.application_id] = min(first.get(n.application_id, n.sent_on), n.sent_on)
        forwarded = {t.application_id: t.at.astimezone(TR).date()
                     for t in s.scalars(select(StateTransition).where(StateTransition.event == "forward"))}
        issued = {p.application_id: e.effective_from for e, p in s.execute(
            select(PermitEvent, Permit).join(Permit, Permit.id == PermitEvent.permit_id)
            .where(PermitEvent.kind == "issued", Permit.application_id.is_not(None)))}
    notify: dict[str, list[float]] = collections.defaultdict(list)
    for app_id, sent in first.items():
        notify[sent.strftime("%Y-%m")].append((sent - received[app_id]).days)
    permit: dict[str, list[float]] = collections.defaultdict(list)
    for app_id, on in issued.items():
        if app_id in forwarded:
            permit[on.strftime("%Y-%m")].append((on - forwarded[app_id]).days)
    assert any(m.notify_days for m in months) and any(m.permit_days for m in months)
    for m in months:
        assert m.notified == len(notify.get(m.key, []))
        assert m.permits == len(permit.get(m.key, []))
        assert m.notify_days == pytest.approx(_average(notify.get(m.key, [])))
        assert m.permit_days == pytest.approx(_average(permit.get(m.key, [])))


def test_a_province_scope_sums_to_less_than_the_whole(demo):
    whole = dashboard.monthly_series(demo)
    istanbul = dashboard.monthly_series(as_role(demo, Role.ISM_MANAGER, ISTANBUL))
    assert 0 < sum(m.received for m in istanbul) < sum(m.received for m in whole)
    assert sum(m.received for m in istanbul) == sum(
        1 for a in all_apps(demo) if a.province_id == ISTANBUL and a.received_on >= dt.date(2025, 12, 1))


def test_an_empty_database_gives_zeros(ctx):
    d = dashboard.dashboard(ctx)
    assert d.total == 0 and d.deadlines is not None and d.deadlines.running == 0
    assert d.provinces == [] and len(d.months) == 12
    assert all(m.received == 0 and m.notify_days is None and m.permit_days is None for m in d.months)


def test_the_first_notification_and_forwarding_are_the_earliest_whatever_their_ids(demo):
    """The monthly series take each application's earliest notification and earliest forwarding (by date and
    time), not the first row written: rows added later with earlier dates move an application's figures, and a
    later forwarding or notification changes nothing. Checked for the whole country and the province."""
    with demo.read() as s:
        fw = s.execute(select(StateTransition, Permit.application_id, PermitEvent.effective_from)
                       .join(Permit, Permit.application_id == StateTransition.application_id)
                       .join(PermitEvent, PermitEvent.permit_id == Permit.id)
                       .where(StateTransition.event == "forward", PermitEvent.kind == "issued",
                              PermitEvent.effective_from >= dt.date(2026, 6, 1))
                       .order_by(StateTransition.id)).first()
        assert fw is not None
        forward, permit_app, permit_on = fw
        n = s.scalars(select(Notification).where(Notification.sent_on >= dt.date(2026, 6, 1))
                      .order_by(Notification.id)).first()
        assert n is not None
        app_of_n, province_of_permit = n.application_id, s.get(Application, permit_app).province_id
        first_sent = min(s.scalars(select(Notification.sent_on).where(Notification.application_id == app_of_n)))
        received_n = s.get(Application, app_of_n).received_on
        first_at = min(s.scalars(select(StateTransition.at).where(
            StateTransition.application_id == permit_app, StateTransition.event == "forward")))

    def months(ctx):  # type: ignore[no-untyped-def]
        return {m.key: m for m in dashboard.monthly_series(ctx)}

    whole, province = demo, as_role(demo, Role.ISM_MANAGER, province_of_permit)
    before = {"whole": months(whole), "province": months(province)}
    earlier_at = first_at - dt.timedelta(days=9)
    earlier_sent = first_sent - dt.timedelta(days=3)
    with demo.write() as s:
        for at in (earlier_at, first_at + dt.timedelta(days=2)):      # an earlier and a later forwarding
            s.add(StateTransition(application_id=permit_app, event="forward", from_state="under_review",
                                  to_state="forwarded", at=at, reason="test"))
        for k, sent in enumerate((earlier_sent, first_sent + dt.timedelta(days=5))):
            s.add(Notification(application_id=app_of_n, province_id=n.province_id, kind="uygun", sayi=f"TEST-{k}",
                               letter_date=sent, recipient="Test", sent_on=sent, send_channel="elden",
                               recorded_at=dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc)))
    after = {"whole": months(whole), "province": months(province)}

    permit_key = permit_on.strftime("%Y-%m")
    for scope in ("whole", "province"):
        b, a = before[scope][permit_key], after[scope][permit_key]
        assert a.permits == b.permits
        # one permit's days grow by the 9 days (its forwarding is now 9 days earlier, in local dates)
        old_days = (permit_on - first_at.astimezone(TR).date()).days
        new_days = (permit_on - earlier_at.astimezone(TR).date()).days
        assert new_days - old_days == 9
        assert a.permit_days * a.permits == pytest.approx(b.permit_days * b.permits + 9)
    old_key, new_key = first_sent.strftime("%Y-%m"), earlier_sent.strftime("%Y-%m")
    b, a = before["whole"], after["whole"]
    total_before = {k: (m.notify_days or 0) * m.notified for k, m in b.items()}
    total_after = {k: (m.notify_days or 0) * m.notified for k, m in a.items()}
    assert sum(m.notified for m in a.values()) == sum(m.notified for m in b.values())
    # the application's first notification moved 3 days earlier: 3 days fewer in all, maybe another month
    assert sum(total_after.values()) == pytest.approx(sum(total_before.values()) - 3)
    if old_key != new_key:
        assert a[new_key].notified == b[new_key].notified + 1 and a[old_key].notified == b[old_key].notified - 1
    assert (earlier_sent - received_n).days == (first_sent - received_n).days - 3
