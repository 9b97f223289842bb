"""Figures for the dashboard: counts by state, the running clocks' deadline buckets, SHGM's per-province
table and monthly series (applications received, processing times). Read only, no Qt.

Everything is counted in SQL (GROUP BY), so the figures stay fast with 100,000 applications. The one
exception is the deadline buckets: deadlines are never stored, they are derived by the one clock
(deadlines.clock_status over the receipt, notifications and completions, as the worklist and the detail page
derive them), and only for the running set (received / under review), which stays small because the İSM must
answer within 15 days.

Scope: İSM users (provincial roles) always see their own province; the others see every province, or one
when `province_id` is given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Date, and_, cast, func, select
from sqlalchemy.orm import Session

from app.models import Application, Notification, Permit, PermitEvent, Province, StateTransition
from app.workflows.common.application_view import events_by_application
from app.workflows.common.collation import turkish_key
from app.workflows.common.context import AppContext
from app.workflows.common.deadlines import WEEK_DAYS, ClockStatus, clock_in_state, clock_status
from app.workflows.common.permissions import SHGM
from app.workflows.common.states import CLOCK_STATES, AppState
from app.workflows.common.system_settings import clock_rules
from app.workflows.common.vocabulary import PermitEventKind, Role

DECIDED_STATES = (AppState.SHGM_APPROVED, AppState.CKYS_RECORDED, AppState.PERMIT_ISSUED, AppState.SHGM_REJECTED)
SHGM_STATES = (AppState.FORWARDED, *DECIDED_STATES)
LOCAL_OFFSET_HOURS = 3  # Türkiye is UTC+3 all year (no daylight saving since 2016)


# --- scope --------------------------------------------------------------------------------------------------------

def scope_province(ctx: AppContext, province_id: int | None = None) -> int | None:
    """The province the figures cover: an İSM user's own, else the one asked for (None: all)."""
    if ctx.actor.role.provincial:
        return ctx.actor.province_id
    return province_id


def shows_deadlines(role: Role) -> bool:
    """The 15-day clock is the İSM's business: İSM users, the administrator and the auditor see it."""
    return role not in SHGM and role != Role.KTS_OFFICER


def shows_provinces(role: Role) -> bool:
    """The per-province table is for SHGM (and the administrator and the auditor)."""
    return role in SHGM or role in (Role.ADMIN, Role.AUDITOR)


def shows_monthly_report(role: Role) -> bool:
    """The monthly İSM report: İSM users (their province), SHGM, the administrator and the auditor."""
    return role != Role.KTS_OFFICER


def _where_province(stmt, province_id: int | None):  # type: ignore[no-untyped-def]
    return stmt if province_id is None else stmt.where(Application.province_id == province_id)


# --- counts by state ----------------------------------------------------------------------------------------------

def state_counts(ctx: AppContext, province_id: int | None = None) -> dict[AppState, int]:
    """Applications per state in scope (İSM users: their province; others: every province, or `province_id`);
    every state is present (0 when none), a state this version does not know is not counted. The one count by
    state: the dashboard, the desk overviews (overview.state_counts) and the İSM page all read it."""
    scope = scope_province(ctx, province_id)
    counts = {state: 0 for state in AppState}
    stmt = _where_province(select(Application.state, func.count()).group_by(Application.state), scope)
    with ctx.read() as s:
        for state, n in s.execute(stmt):
            if state in counts:
                counts[AppState(state)] = n
    return counts


# --- deadline buckets ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeadlineBuckets:
    """The running clocks (received / under review) by their last day, as of `today`."""

    today: dt.date
    running: int     # every running clock
    overdue: int     # last day before today
    due_today: int   # last day is today
    this_week: int   # last day within the next WEEK_DAYS days (not today)
    later: int       # more time left than that

    @property
    def light(self) -> str:
        """The dashboard's overall light: red when anything is overdue, amber when due today, else green."""
        return "red" if self.overdue else "amber" if self.due_today else "green"


def running_clocks(s: Session, province_id: int | None, today: dt.date) -> list[tuple[int, ClockStatus]]:
    """(application id, clock) of every running clock in scope: the one clock (application_view.clock_of, the
    worklist, the monthly report), replayed from each application's receipt, notifications and completions;
    each combination of state, receipt date and events computed once (thousands of files share a few hundred)."""
    rules = clock_rules(s)
    running = _where_province(select(Application.id).where(
        Application.state.in_([st.value for st in CLOCK_STATES])), province_id)
    rows = s.execute(running.add_columns(Application.state, Application.received_on)).all()
    events = events_by_application(s, running)
    seen: dict[tuple, ClockStatus] = {}
    out = []
    for app_id, state, received_on in rows:
        mine = tuple(events.get(app_id, ()))
        key = (state, received_on, mine)
        clock = seen.get(key)
        if clock is None:
            clock = seen[key] = clock_in_state(AppState(state), clock_status(received_on, mine, today, rules))
        if clock.running:
            out.append((app_id, clock))
    return out


def deadline_buckets(ctx: AppContext, province_id: int | None = None) -> DeadlineBuckets:
    today = ctx.clock.today()
    with ctx.read() as s:
        left = [c.days_left for _id, c in running_clocks(s, scope_province(ctx, province_id), today)
                if c.days_left is not None]
    return DeadlineBuckets(
        today=today, running=len(left), overdue=sum(1 for n in left if n < 0),
        due_today=sum(1 for n in left if n == 0), this_week=sum(1 for n in left if 1 <= n <= WEEK_DAYS),
        later=sum(1 for n in left if n > WEEK_DAYS),
    )


# --- SHGM: per province -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProvinceRow:
    province_id: int
    name: str
    forwarded: int   # in SHGM's queue (forwarded, not decided yet)
    decided: int     # SHGM decided: areas assigned (also those recorded in ÇKYS / with a permit) or rejected
    permits: int     # applications whose permit was issued


def province_table(ctx: AppContext) -> list[ProvinceRow]:
    """One row per province with any application that reached SHGM, in Turkish alphabetical order."""
    # Counted per (province, state) over every state and narrowed to SHGM's states here: the GROUP BY alone is
    # read from the (province_id, state) index (SQLite: 100,000 entries in order, ~10 ms), where a state filter
    # made SQLite read the matching applications' rows through the state index (~50 ms). Names come after.
    stmt = (select(Application.province_id, Application.state, func.count())
            .group_by(Application.province_id, Application.state))
    stmt = _where_province(stmt, scope_province(ctx))
    shgm_states = {st.value for st in SHGM_STATES}
    rows: dict[int, dict] = {}
    with ctx.read() as s:
        for province_id, state, n in s.execute(stmt):
            if state not in shgm_states:
                continue
            row = rows.setdefault(province_id, {"forwarded": 0, "decided": 0, "permits": 0})
            if state == AppState.FORWARDED:
                row["forwarded"] += n
            else:
                row["decided"] += n
            if state == AppState.PERMIT_ISSUED:
                row["permits"] += n
        names = {pid: name for pid, name in s.execute(select(Province.id, Province.name))} if rows else {}
    out = [ProvinceRow(pid, names[pid], r["forwarded"], r["decided"], r["permits"]) for pid, r in rows.items()]
    out.sort(key=lambda r: turkish_key(r.name))
    return out


# --- monthly series -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MonthPoint:
    year: int
    month: int
    received: int = 0                 # applications received in the month
    notify_days: float | None = None  # average days from receipt to the first notification sent in the month
    notified: int = 0                 # how many first notifications were sent in the month
    permit_days: float | None = None  # average days from forwarding to SHGM to the permit issued in the month
    permits: int = 0                  # how many of those permits were issued in the month

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)


def last_months(today: dt.date, count: int = 12) -> list[tuple[int, int]]:
    """(year, month) of the `count` months ending with today's month, oldest first."""
    y, m = today.year, today.month
    out = []
    for _ in range(count):
        out.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def _days(s: Session, later: ColumnElement, earlier: ColumnElement) -> ColumnElement:
    """Days between two dates, in SQL on either engine."""
    if s.get_bind().dialect.name == "postgresql":
        return later - earlier
    return func.julianday(later) - func.julianday(earlier)


def _local_date(s: Session, moment: ColumnElement) -> ColumnElement:
    """The Türkiye date of a UTC timestamp column."""
    if s.get_bind().dialect.name == "postgresql":
        return cast(func.timezone("Europe/Istanbul", moment), Date)
    return func.date(moment, f"+{LOCAL_OFFSET_HOURS} hours")


def _by_month(s: Session, day: ColumnElement, days: ColumnElement | None, since: dt.date,
              base) -> dict[tuple[int, int], tuple[int, float | None]]:  # type: ignore[no-untyped-def]
    """(count, average of `days`) per (year, month) of `day` since `since`. Grouped by the day in SQL (a few
    hundred groups, no date function per row: the received index is read in order) and folded into months
    here; `days` is a whole number of days on both engines, so the sums are exact and the average is the same
    sum / count an SQL avg() computes."""
    columns = [day, func.count()] + ([func.sum(days)] if days is not None else [])
    stmt = base.with_only_columns(*columns).where(day >= since).group_by(day)
    counts: dict[tuple[int, int], int] = {}
    sums: dict[tuple[int, int], float] = {}
    for row in s.execute(stmt):
        d = row[0]
        if isinstance(d, str):      # a bare SQLite date from an aggregate without its type
            d = dt.date.fromisoformat(d[:10])
        key = (d.year, d.month)
        counts[key] = counts.get(key, 0) + int(row[1])
        if days is not None and row[2] is not None:
            sums[key] = sums.get(key, 0) + row[2]
    return {key: (n, float(sums[key]) / n if key in sums else None) for key, n in counts.items()}


def monthly_series(ctx: AppContext, province_id: int | None = None, months: int = 12) -> list[MonthPoint]:
    """The last `months` months (today's included, oldest first): applications received, and the average
    processing times of the work finished in each month — receipt → first notification (by the month the
    notification was sent) and forwarding to SHGM → permit (by the month the permit was issued)."""
    scope = scope_province(ctx, province_id)
    keys = last_months(ctx.clock.today(), months)
    since = dt.date(*keys[0], 1)
    with ctx.read() as s:
        received = _by_month(s, Application.received_on, None, since,
                             _where_province(select(Application.id), scope))

        # Each application's first notification (its earliest sent_on, read from the (application_id, sent_on)
        # index of migration 0005 without touching the notification rows), narrowed to the scope before it is
        # grouped: a notification carries its application's province (notify.py), so a province's first
        # notifications come from that province's rows alone (the unique (province_id, sayi) index).
        first_q = select(Notification.application_id.label("app_id"), func.min(Notification.sent_on).label("sent_on"))
        if scope is not None:
            first_q = first_q.where(Notification.province_id == scope)
        first = (first_q.group_by(Notification.application_id)
                 .having(func.min(Notification.sent_on) >= since).subquery())
        notified = _by_month(
            s, first.c.sent_on, _days(s, first.c.sent_on, Application.received_on), since,
            _where_province(select(Application.id).join(first, first.c.app_id == Application.id), scope))

        # The permits issued since `since` in scope first (the applications table only joined for a province),
        # then each one's first forwarding: the earliest `at` of its "forward" transitions, read from the
        # (event, application_id, at) index of migration 0005 (no transition rows read); an application without
        # a forwarding has no processing time and is left out, as before.
        issued_q = (select(Permit.application_id.label("app_id"), func.min(PermitEvent.effective_from).label("on"))
                    .join(PermitEvent, PermitEvent.permit_id == Permit.id)
                    .where(PermitEvent.kind == PermitEventKind.ISSUED.value))
        if scope is not None:
            issued_q = issued_q.join(Application, Application.id == Permit.application_id).where(
                Application.province_id == scope)
        issued = (issued_q.group_by(Permit.application_id)
                  .having(func.min(PermitEvent.effective_from) >= since).subquery())
        forwarded = (select(issued.c.on.label("on"), func.min(StateTransition.at).label("at"))
                     .join(StateTransition, and_(StateTransition.application_id == issued.c.app_id,
                                                 StateTransition.event == "forward"))
                     .group_by(issued.c.app_id, issued.c.on).subquery())
        permits = _by_month(s, forwarded.c.on, _days(s, forwarded.c.on, _local_date(s, forwarded.c.at)), since,
                            select(forwarded.c.on))
    out = []
    for key in keys:
        n_received, _ = received.get(key, (0, None))
        n_notified, notify_days = notified.get(key, (0, None))
        n_permits, permit_days = permits.get(key, (0, None))
        out.append(MonthPoint(key[0], key[1], n_received, notify_days, n_notified, permit_days, n_permits))
    return out


# --- everything for one dashboard ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Dashboard:
    role: Role
    province_id: int | None          # the scope (None: every province)
    province_name: str
    today: dt.date
    states: dict[AppState, int]
    deadlines: DeadlineBuckets | None                 # None when the role has no İSM clock to watch
    provinces: list[ProvinceRow] | None               # None unless SHGM, administrator or auditor
    months: list[MonthPoint] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.states.values())


def dashboard(ctx: AppContext, province_id: int | None = None) -> Dashboard:
    """The figures the dashboard of the acting user's role shows."""
    role = ctx.actor.role
    scope = scope_province(ctx, province_id)
    name = ""
    if scope is not None:
        with ctx.read() as s:
            province = s.get(Province, scope)
            name = province.name if province else ""
    return Dashboard(
        role=role, province_id=scope, province_name=name, today=ctx.clock.today(),
        states=state_counts(ctx, scope),
        deadlines=deadline_buckets(ctx, scope) if shows_deadlines(role) else None,
        provinces=province_table(ctx) if shows_provinces(role) and scope is None else None,
        months=monthly_series(ctx, scope),
    )
