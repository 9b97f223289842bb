"""The İSM worklist: the filters turned into SQL, the count and one page at a time, each row with its 15-day
clock; the deadline figures above the list; every row for an export of the whole list.

Read only, no Qt. The statements are built once per shape of the filters (their values are parameters) and run
on one pooled connection in one read transaction. The 15-day clock is derived the same way as
`application_view.clock_of` (from receipt, notifications and completions through `deadlines.clock_status`, in
the application's state through `deadlines.clock_in_state`), only for many applications at once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    CompoundSelect,
    Connection,
    Date,
    Integer,
    Select,
    String,
    TypeDecorator,
    any_,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from app.models import Application, Completion, Facility, Notification, Province, SystemSetting
from app.textfold import fold
from app.workflows.common.collation import sqlite_turkish_key, turkish_key
from app.workflows.common.context import AppContext
from app.workflows.common.deadlines import (
    WEEK_DAYS,
    ClockEvent,
    ClockRules,
    ClockStatus,
    clock_in_state,
    clock_status,
)
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.permit_status import PermitBrief, application_permits
from app.workflows.common.states import CLOCK_STATES, AppState
from app.workflows.common.system_settings import rules_from_value
from app.workflows.common.vocabulary import NoticeKind
from app.workflows.ism.reports import month_bounds

PAGE_SIZE = 200
DeadlineFilter = Literal["", "overdue", "today", "week", "running"]
SortKey = Literal["urgency", "number", "facility", "ckys", "province", "received", "state"]


@dataclass(frozen=True)
class WorklistFilters:
    state: AppState | None = None
    search: str = ""                  # facility name (Turkish case-folded) or ÇKYS code, a part of either
    deadline: DeadlineFilter = ""     # "overdue": open and past the last day; "today": open, last day today
    province_id: int | None = None    # only for users who see every province
    states: tuple[AppState, ...] = ()  # several states at once (the dashboard's "decided" column)
    received_month: str = ""          # "2026-03": received in that month (a dashboard chart bar)
    sort: SortKey = "urgency"         # urgent files first (`_urgent_first_page`), the list's default order
    descending: bool = True           # not for "urgency": urgent first is its one direction


@dataclass(frozen=True, slots=True)
class WorklistRow:
    id: int
    number: str
    facility_name: str
    ckys_code: str
    province_name: str
    received_at: dt.datetime
    received_on: dt.date
    state: AppState
    clock: ClockStatus
    permit: PermitBrief | None = None     # the permit issued on it, its status today (Geçerli / Askıda / İptal)

    @property
    def deadline(self) -> dt.date | None:
        return self.clock.deadline if self.clock.running else None

    @property
    def days_left(self) -> int | None:
        return self.clock.days_left

    @property
    def light(self) -> str:
        return self.clock.light


@dataclass(frozen=True)
class DeadlineCounts:
    open: int        # clock running
    overdue: int
    today: int       # last day is today
    soon: int        # 1..5 days left
    period_days: int = 15   # the clock's period from the stored clock rules (the legend under the list says it)


_Shape = tuple[str, ...]    # which filters apply (their values are parameters): a key for built statements


def _scope_shape(ctx: AppContext, filters: WorklistFilters) -> tuple[_Shape, dict[str, Any]]:
    """Which conditions `_scope_where` adds for these filters, and their values (the statement's parameters)."""
    shape: list[str] = []
    params: dict[str, Any] = {}
    actor = ctx.actor
    province = actor.province_id if actor.role.provincial else filters.province_id
    if actor.role.provincial or province is not None:
        shape.append("province")
        params["province"] = province
    if filters.state is not None:
        shape.append("state")
        params["state"] = filters.state.value
    if filters.states:
        shape.append("states")
        params["states"] = [st.value for st in filters.states]
    if filters.received_month:
        shape.append("month")
        params["first_day"], params["last_day"] = month_days(filters.received_month)
    text = filters.search.strip()
    if text:
        # what `contains(text, autoescape=True)` does to a literal, done here since the text is a parameter
        shape.append("search_number" if _NUMBER_CHARS.issuperset(text) else "search")
        params["search_fold"] = _like_escaped(fold(text))
        params["search_text"] = _like_escaped(text)
    return tuple(shape), params


_LIKE_ESCAPE = "/"


def _like_escaped(text: str) -> str:
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _scope_where(stmt: Select, shape: _Shape) -> Select:
    """The WHERE part, on `applications` alone, with the values as named parameters (`_scope_shape`): the
    facility search is a sub-query on `facilities`, so counting and paging never join 100,000 rows to look at a
    few. Parameters without a value are required: a statement run without them fails, it never reuses one."""
    if "province" in shape:
        stmt = stmt.where(Application.province_id == bindparam("province", type_=Integer))
    if "state" in shape:
        stmt = stmt.where(Application.state == bindparam("state", type_=String))
    if "states" in shape:
        stmt = stmt.where(Application.state.in_(bindparam("states", expanding=True, type_=String)))
    if "month" in shape:
        stmt = stmt.where(Application.received_on >= bindparam("first_day", type_=Date),
                          Application.received_on <= bindparam("last_day", type_=Date))
    if "search" in shape or "search_number" in shape:
        facilities = select(Facility.id).where(or_(
            Facility.name_fold.contains(bindparam("search_fold", type_=String), escape=_LIKE_ESCAPE),
            Facility.ckys_code.icontains(bindparam("search_text", type_=String), escape=_LIKE_ESCAPE)))
        if "search_number" in shape:    # an application number has digits and dashes only
            stmt = stmt.where(or_(Application.facility_id.in_(facilities),
                                  Application.number.contains(bindparam("search_text", type_=String),
                                                              escape=_LIKE_ESCAPE)))
        else:
            stmt = stmt.where(Application.facility_id.in_(facilities))
    return stmt


def _scope(ctx: AppContext, stmt: Select, filters: WorklistFilters) -> tuple[Select, dict[str, Any]]:
    """`stmt` restricted to the filters (and the user's province), and the parameters to run it with."""
    shape, params = _scope_shape(ctx, filters)
    return _scope_where(stmt, shape), params


_NUMBER_CHARS = frozenset("0123456789-")


_FROM_ISO = dt.datetime.fromisoformat


def _utc_from_sqlite(value: str | None) -> dt.datetime | None:
    """A UTCDateTime as SQLite stores it ("2026-03-01 07:12:33.000000", UTC without offset) read in one C call;
    the same value as the column's own type gives (UTCDateTime: naive means UTC, an offset is converted)."""
    if value is None:
        return None
    try:
        return _FROM_ISO(value + "+00:00")
    except ValueError:
        parsed = _FROM_ISO(value)        # already with an offset (or not a timestamp: raises, as the type does)
        return parsed.replace(tzinfo=dt.timezone.utc) if parsed.tzinfo is None else parsed.astimezone(dt.timezone.utc)


class _SqliteUTC(TypeDecorator[dt.datetime]):
    """Reads a UTCDateTime column on SQLite without the generic path (parse, then the decorator's Python hook,
    then `replace(tzinfo=…)` for each value): ~1 µs less per row of a page. Used for reading only."""

    impl = String
    cache_ok = True

    def result_processor(self, dialect: Any, coltype: Any) -> Callable[[Any], dt.datetime | None]:
        return _utc_from_sqlite


def _row_columns(dialect: str) -> tuple[Any, ...]:
    """A worklist row after its id: number, facility, ÇKYS, province, received_at, received_on, state."""
    received_at: Any = Application.received_at
    if dialect == "sqlite":
        received_at = type_coerce(Application.received_at, _SqliteUTC()).label("received_at")
    return (Application.number, Facility.name, Facility.ckys_code, Province.name, received_at,
            Application.received_on, Application.state)


def _base(dialect: str) -> Select:
    return (select(Application.id, *_row_columns(dialect))
            .join(Facility, Application.facility_id == Facility.id)
            .join(Province, Application.province_id == Province.id))


def facility_sort_key(dialect: str):  # type: ignore[no-untyped-def]
    """What the worklist sorts facilities by. PostgreSQL: the name itself (ICU tr-TR collation; an index on
    facilities(name) serves it). SQLite: `sqlite_turkish_key(name_fold)` (an index on that expression serves
    it)."""
    if dialect == "postgresql":
        return Facility.name
    return sqlite_turkish_key(Facility.name_fold)


_Ranks = tuple[tuple[int, int], ...]     # (province id, rank in Turkish alphabetical order)


def _province_ranks(conn: Connection) -> _Ranks:
    """Provinces in Turkish alphabetical order (81 names sorted in Python), read on each call."""
    names = conn.execute(select(Province.id, Province.name)).all()
    return tuple((pid, i) for i, (pid, _name) in enumerate(sorted(names, key=lambda r: turkish_key(r[1]))))


def _directed(columns: Sequence[Any], descending: bool) -> list[Any]:
    return [c.desc() if descending else c.asc() for c in columns]


def _sort_columns(dialect: str, stmt: Select, sort: SortKey, ranks: _Ranks = ()) -> tuple[Select, list[Any]]:
    """The sort columns, the last one the id (and the statement with the join the sort needs). The received sort
    goes by received_on first: it is the local date of received_at (so the order is the same) and it is
    indexed. The province sort is a CASE over province_id with `ranks` (`_province_ranks`)."""
    if sort == "facility":
        stmt = stmt.join(Facility, Application.facility_id == Facility.id)
        columns = [facility_sort_key(dialect)]
    elif sort == "ckys":
        stmt = stmt.join(Facility, Application.facility_id == Facility.id)
        columns = [Facility.ckys_code]
    elif sort == "number":
        columns = [Application.number]
    elif sort == "province":
        columns = [case(dict(ranks), value=Application.province_id, else_=len(ranks))
                   if ranks else Application.province_id]
    elif sort == "state":
        columns = [case({st.value: i for i, st in enumerate(AppState)}, value=Application.state, else_=99)]
    else:
        columns = [Application.received_on, Application.received_at]
    columns.append(Application.id)
    return stmt, columns


def _ids_in(dialect: str, column: Any, name: str = "ids") -> ColumnElement[bool]:
    """`column` among the ids given as ONE parameter "ids" (`_ids_value`): `= ANY(array)` on PostgreSQL, `IN
    (SELECT value FROM json_each(json text))` on SQLite. A page's 200 ids as 200 expanded parameters cost more in
    SQLAlchemy (each one coerced and rendered on every call) than the query itself, and any number of ids fits."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(Integer)))
    if dialect == "sqlite":
        return column.in_(select(literal_column("value")).select_from(func.json_each(bindparam(name, type_=String))))
    return column.in_(bindparam(name, expanding=True))


def _ids_value(dialect: str, ids: Sequence[int]) -> object:
    return json.dumps([int(i) for i in ids]) if dialect == "sqlite" else [int(i) for i in ids]


def _events_statement(notification_in: ColumnElement[bool], completion_in: ColumnElement[bool]) -> CompoundSelect:
    """Each application's clock events as (application id, kind, date), in one query: the notifications by id,
    then the completions by id, as application_view.clock_events reads them (the order only keeps the clocks'
    cache keys stable: clock_status puts the events in the order they happened, `deadlines.in_order`). The kind
    is mapped to the clock's event kind in SQL, as application_view.clock_event maps it."""
    kind = case((Notification.kind == NoticeKind.EKSIK.value, literal_column("'deficiency_notified'")),
                else_=literal_column("'notified'"))
    return union_all(
        select(Notification.application_id.label("app_id"), kind.label("kind"), Notification.sent_on.label("day"),
               literal_column("0").label("src"), Notification.id.label("eid"))
        .where(notification_in),
        select(Completion.application_id, literal_column("'completed'"), Completion.completed_on,
               literal_column("1"), Completion.id)
        .where(completion_in),
    ).order_by(literal_column("src"), literal_column("eid"))


@lru_cache(maxsize=None)
def _page_statements(dialect: str) -> tuple[Select, CompoundSelect]:
    """The page's rows and its clock events, by ids (parameter "ids"); built once per dialect."""
    return (_base(dialect).where(_ids_in(dialect, Application.id)),
            _events_statement(_ids_in(dialect, Notification.application_id),
                              _ids_in(dialect, Completion.application_id)))


Event = tuple[str, dt.date]    # (ClockEvent kind, date), as the events query returns them


def _events(conn: Connection, stmt: CompoundSelect, params: dict[str, object] | None = None
            ) -> dict[int, list[Event]]:
    events: dict[int, list[Event]] = defaultdict(list)
    for app_id, kind, day, _src, _eid in conn.execute(stmt, params).all():
        events[app_id].append((kind, day))
    return events


_SETTING = select(SystemSetting.value).where(SystemSetting.key == "clock_rules")
_NO_EVENTS: tuple[Event, ...] = ()


_ClockKey = tuple[str, dt.date, tuple[Event, ...]]    # (state, receipt date, events)
_CLOCK_CACHE: dict[tuple[dt.date, ClockRules], dict[_ClockKey, ClockStatus]] = {}   # by (today, rules)
_CLOCK_CACHE_MAX = 50_000     # clocks of one day and rules (~a few MB); emptied when full


class _Clocks:
    """clock_status for many applications: the same state and receipt date with the same events, on the same day
    under the same rules, gives the same clock, so each combination is computed once per process (thousands of
    open applications share a few hundred dates; a page turn meets the clocks of the last one). The clocks are
    kept per (today, rules): a new day or changed settings never reuse a clock. The rules are read once per
    call (read-only sessions: a plain select of the stored value, or a column of the worklist's count)."""

    def __init__(self, ctx: AppContext, rules: ClockRules) -> None:
        self.ctx = ctx
        self.today = ctx.clock.today()
        self.rules = rules

    @classmethod
    def read(cls, conn: Connection, ctx: AppContext) -> _Clocks:
        return cls(ctx, rules_from_value(conn.scalar(_SETTING)))

    def lookup(self) -> Callable[..., ClockStatus]:
        """The clock function for this day and these rules (for a page of rows: today and the rules are looked
        up once, not hashed again for each row)."""
        day_rules = (self.today, self.rules)
        table = _CLOCK_CACHE.get(day_rules)
        if table is None:
            if len(_CLOCK_CACHE) >= 4:        # other days or other rules: not needed any more
                _CLOCK_CACHE.clear()
            table = _CLOCK_CACHE[day_rules] = {}
        today, rules = day_rules

        def clock(state: str, received_on: dt.date, events: Sequence[Event] = _NO_EVENTS) -> ClockStatus:
            key = (state, received_on, tuple(events))
            found = table.get(key)
            if found is None:
                found = clock_in_state(_STATE_OF[state], clock_status(
                    received_on, [ClockEvent(kind, day) for kind, day in events],  # type: ignore[arg-type]
                    today, rules))
                if len(table) >= _CLOCK_CACHE_MAX:
                    table.clear()
                table[key] = found
            return found

        return clock

    def __call__(self, state: str, received_on: dt.date, events: Sequence[Event] = _NO_EVENTS) -> ClockStatus:
        return self.lookup()(state, received_on, events)


_STATE_OF = {st.value: st for st in AppState}   # stored value -> AppState, once per row of a page


def _page(conn: Connection, ids: Sequence[int], clocks: _Clocks) -> list[WorklistRow]:
    """The rows of these applications, in this order (one query for the rows, joined only for them)."""
    if not ids:
        return []
    dialect = conn.dialect.name
    rows_stmt, _events_stmt = _page_statements(dialect)
    raw = {r[0]: r for r in conn.execute(rows_stmt, {"ids": _ids_value(dialect, ids)}).all()}
    return _rows(conn, clocks, [raw[i] for i in ids if i in raw])


def _rows(conn: Connection, clocks: _Clocks, raw: Sequence[Any]) -> list[WorklistRow]:
    """WorklistRows from (id, number, facility, ÇKYS, province, received_at, received_on, state) tuples, with
    their clocks (the events of all of them in one query)."""
    if not raw:
        return []
    dialect = conn.dialect.name
    events = _events(conn, _page_statements(dialect)[1], {"ids": _ids_value(dialect, [r[0] for r in raw])})
    clock = clocks.lookup()
    state_of = _STATE_OF
    rows = [WorklistRow(app_id, number, name, ckys, province, received_at, received_on, state_of[state],
                        clock(state, received_on, events.get(app_id, _NO_EVENTS)))
            for app_id, number, name, ckys, province, received_at, received_on, state in raw]
    return _with_permits(conn, rows, clocks.today)


def _with_permits(conn: Connection, rows: list[WorklistRow], today: dt.date) -> list[WorklistRow]:
    """The permit's status today on the rows whose permit was issued (two queries, only when there are such)."""
    issued = [r.id for r in rows if r.state == AppState.PERMIT_ISSUED]
    if not issued:
        return rows
    with Session(bind=conn) as s:
        briefs = application_permits(s, issued, today)
    return [replace(r, permit=briefs[r.id]) if r.id in briefs else r for r in rows]


def _sorted_rows(dialect: str, where: Select, sort: SortKey, descending: bool, ranks: _Ranks) -> Select:
    """One page's rows in one statement: the page's ids (with their sort keys) sorted and cut on `applications`
    alone (with only the join the sort needs), as a derived table; its rows joined afterwards and put back in
    the same order by the same keys (200 rows). Offset and limit are the parameters "offset" and "limit"."""
    stmt, columns = _sort_columns(dialect, where, sort, ranks)
    keys = [c.label(f"k{i}") for i, c in enumerate(columns)]
    page = (stmt.with_only_columns(*keys).order_by(*_directed(columns, descending))
            .offset(bindparam("offset", type_=Integer)).limit(bindparam("limit", type_=Integer))
            .subquery("page"))
    page_id = page.c[keys[-1].name]          # the last sort column is the id
    return (select(page_id, *_row_columns(dialect)).select_from(page)
            .join(Application, Application.id == page_id)
            .join(Facility, Application.facility_id == Facility.id)
            .join(Province, Application.province_id == Province.id)
            .order_by(*_directed([page.c[k.name] for k in keys], descending)))


@lru_cache(maxsize=256)
def _list_statements(dialect: str, shape: _Shape, sort: SortKey, descending: bool,
                     ranks: _Ranks = ()) -> tuple[Select, Select]:
    """The count (with the stored clock rules as a second column) and the page's rows, for one combination of
    filters (`_scope_shape`: which ones, their values are parameters) and sort; built once per process. Reusing
    the same statement objects saves building them and their cache key on every page (SQLAlchemy memoises the
    key on the object): ~1 ms of a 5 ms page on SQLite."""
    where = _scope_where(select(Application.id), shape)
    return (where.with_only_columns(func.count(Application.id), _SETTING.scalar_subquery()),
            _sorted_rows(dialect, where, sort, descending, ranks))


def worklist(ctx: AppContext, filters: WorklistFilters = WorklistFilters(), offset: int = 0,
             limit: int = PAGE_SIZE) -> tuple[list[WorklistRow], int]:
    """One page of the worklist and the number of applications matching the filters.

    İSM users see their province only. Without a deadline filter the database filters, sorts and pages
    (ids first, on `applications` with only the join the sort needs; then the page's rows); the deadline
    filters look at the open applications only (the only ones whose clock runs), sorted by last day.
    Three statements: the count (with the clock rules), the page's rows, their clock events, in one read
    transaction (`ctx.read_connection`: one snapshot on SQLite).
    """
    with ctx.read_connection() as conn:
        if filters.deadline:
            return _deadline_page(conn, ctx, filters, offset, limit)
        if filters.sort == "urgency":
            return _urgent_first_page(conn, ctx, filters, offset, limit)
        dialect = conn.dialect.name
        shape, params = _scope_shape(ctx, filters)
        ranks = _province_ranks(conn) if filters.sort == "province" else ()
        count_stmt, page_stmt = _list_statements(dialect, shape, filters.sort, filters.descending, ranks)
        total, setting = conn.execute(count_stmt, params).one()
        total = total or 0
        if offset >= total:
            return [], total
        raw = conn.execute(page_stmt, {**params, "offset": int(offset), "limit": int(limit)}).all()
        return _rows(conn, _Clocks(ctx, rules_from_value(setting)), raw), total


@dataclass(frozen=True)
class _OpenClock:
    id: int
    received_on: dt.date
    clock: ClockStatus


def _open_clocks(conn: Connection, filters: WorklistFilters, clocks: _Clocks) -> list[_OpenClock]:
    """The clock of every open application in scope (received / under review: a few thousand rows at most, never
    the whole table): no joins, and the events in one query through the same filter."""
    states = [st.value for st in CLOCK_STATES
              if filters.state in (None, st) and (not filters.states or st in filters.states)]
    if not states:
        return []
    where, params = _scope(clocks.ctx, select(Application.id), replace(filters, state=None))
    where = where.where(Application.state.in_(states))
    raw = conn.execute(where.add_columns(Application.received_on, Application.state), params).all()
    events = _events(conn, _events_statement(Notification.application_id.in_(where),
                                             Completion.application_id.in_(where)), params)
    clock = clocks.lookup()
    return [_OpenClock(app_id, received_on, clock(state, received_on, events.get(app_id, _NO_EVENTS)))
            for app_id, received_on, state in raw]


def _deadline_matches(deadline: str, clock: ClockStatus, today: dt.date) -> bool:
    if deadline == "overdue":
        return clock.overdue
    if deadline == "today":
        return clock.deadline == today
    if deadline == "week":
        return clock.days_left is not None and 1 <= clock.days_left <= WEEK_DAYS
    return True                        # "running": every running clock


def month_days(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of "YYYY-MM" (a dashboard chart bar), as the monthly report bounds its month."""
    try:
        year, number = (int(part) for part in month.split("-"))
        return month_bounds(year, number)
    except (ValueError, ValidationFailed):
        raise ValidationFailed({"received_month": msg("İSM", "Geçersiz ay: {month!r} (beklenen biçim YYYY-AA).").format(
                                                      month=month)}) from None


def _deadline_page(conn: Connection, ctx: AppContext, filters: WorklistFilters, offset: int,
                   limit: int) -> tuple[list[WorklistRow], int]:
    """Open applications overdue (or due today), by last day, then receipt (date, then number order)."""
    today = ctx.clock.today()
    clocks = _Clocks.read(conn, ctx)
    rows = [r for r in _open_clocks(conn, filters, clocks) if r.clock.running and (
        _deadline_matches(filters.deadline, r.clock, today))]
    rows.sort(key=lambda r: (r.clock.deadline or today, r.received_on, r.id))
    return _page(conn, [r.id for r in rows[offset:offset + limit]], clocks), len(rows)


def urgency(clock: ClockStatus, today: dt.date) -> int:
    """How urgent a running clock is: 0 overdue, 1 last day today, 2 any other running clock."""
    return 0 if clock.overdue else 1 if clock.deadline == today else 2


@lru_cache(maxsize=64)
def _rest_statement(dialect: str, shape: _Shape) -> Select:
    """The applications in scope whose clock does not run (ids in the parameter "skip" left out), newest first."""
    where = _scope_where(select(Application.id), shape).where(~_ids_in(dialect, Application.id, "skip"))
    return _sorted_rows(dialect, where, "received", True, ())


def _urgent_first_page(conn: Connection, ctx: AppContext, filters: WorklistFilters, offset: int,
                       limit: int) -> tuple[list[WorklistRow], int]:
    """Urgent files first (decision 100): the running clocks (a few thousand at most, as `_open_clocks` reads
    them) overdue, then due today, then the others, each by last day then receipt; after them every other
    application in scope newest first, paged by the database (offset counted past the running ones)."""
    dialect = conn.dialect.name
    shape, params = _scope_shape(ctx, filters)
    count_stmt, _page_stmt = _list_statements(dialect, shape, "received", True, ())
    total, setting = conn.execute(count_stmt, params).one()
    total = total or 0
    clocks = _Clocks(ctx, rules_from_value(setting))
    today = clocks.today
    running = [r for r in _open_clocks(conn, filters, clocks) if r.clock.running]
    running.sort(key=lambda r: (urgency(r.clock, today), r.clock.deadline or today, r.received_on, r.id))
    head = [r.id for r in running[offset:offset + limit]]
    rows = _page(conn, head, clocks)
    room = limit - len(head)
    if room > 0 and offset + len(head) < total:
        raw = conn.execute(_rest_statement(dialect, shape), {
            **params, "skip": _ids_value(dialect, [r.id for r in running]),
            "offset": max(0, offset - len(running)), "limit": room}).all()
        rows += _rows(conn, clocks, raw)
    return rows, total


def deadline_counts(ctx: AppContext, filters: WorklistFilters = WorklistFilters()) -> DeadlineCounts:
    """How many open applications in scope are overdue, due today and due within five days."""
    today = ctx.clock.today()
    with ctx.read_connection() as conn:
        clocks = _Clocks.read(conn, ctx)
        rows = [r.clock for r in _open_clocks(conn, replace(filters, state=None, deadline=""), clocks)
                if r.clock.running]
    return DeadlineCounts(
        period_days=clocks.rules.period_days,
        open=len(rows),
        overdue=sum(1 for c in rows if c.overdue),
        today=sum(1 for c in rows if c.deadline == today),
        soon=sum(1 for c in rows if c.days_left is not None and 1 <= c.days_left <= 5),
    )

def worklist_rows(ctx: AppContext, filters: WorklistFilters, page_size: int = 1000) -> Iterator[WorklistRow]:
    """Every worklist row matching `filters`, fetched from the database a page at a time in the list's order,
    for exports of the whole list rather than the page on screen."""
    offset = 0
    while True:
        rows, total = worklist(ctx, filters, offset, page_size)
        yield from rows
        offset += page_size
        if not rows or offset >= total:
            return
