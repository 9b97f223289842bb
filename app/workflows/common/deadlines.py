"""The İSM's 15-day notification clock: pure date arithmetic, no database, no Qt.

Rules (shared/domain/ush-regulation.md §7-§8, ush-regulation-research.md §5.1-§5.4, docs/deadline-rules.md):
the period starts the day after the start event (receipt, or completion of the file), runs in calendar days,
and a last day on a weekend or full-day official holiday rolls to the next working day. Half-day eves are
working days unless ClockRules(eve_is_working_day=False). Administrative leave is not a holiday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, Sequence

if TYPE_CHECKING:
    from app.workflows.common.states import AppState

EventKind = Literal["notified", "deficiency_notified", "completed"]


@dataclass(frozen=True)
class ClockRules:
    period_days: int = 15
    eve_is_working_day: bool = True  # reading A: an arife ends the period at 13:00; False = reading B (roll over)


DEFAULT_RULES = ClockRules()
READING_B = ClockRules(eve_is_working_day=False)


class HolidayCalendar:
    """Turkish official holidays (public) and half-day eves (half_day), Turkish names, any year on demand."""

    def __init__(self) -> None:
        import holidays  # deferred: importing/building holidays costs startup time

        # Years are populated lazily by the holidays objects themselves (expand=True): 2033 works as well as 2026.
        self._public = holidays.Turkey(language="tr", categories=(holidays.PUBLIC,))
        self._half = holidays.Turkey(language="tr", categories=(holidays.HALF_DAY,))

    def is_holiday(self, d: dt.date) -> bool:
        return d in self._public

    def is_half_day(self, d: dt.date) -> bool:
        return d in self._half

    def holiday_name(self, d: dt.date) -> str | None:
        return self._public.get(d) or self._half.get(d)

    def working_day(self, d: dt.date, rules: ClockRules = DEFAULT_RULES) -> bool:
        if d.weekday() >= 5 or self.is_holiday(d):
            return False
        return rules.eve_is_working_day or not self.is_half_day(d)


@lru_cache(maxsize=1)
def default_calendar() -> HolidayCalendar:
    return HolidayCalendar()


def working_day(d: dt.date, rules: ClockRules = DEFAULT_RULES, calendar: HolidayCalendar | None = None) -> bool:
    return (calendar or default_calendar()).working_day(d, rules)


def deadline_from(start: dt.date, rules: ClockRules = DEFAULT_RULES,
                  calendar: HolidayCalendar | None = None) -> dt.date:
    """Last day of the period that starts the day after `start` (receipt or completion date)."""
    if calendar is None:
        return _default_deadline(start, rules)
    return _deadline(start, rules, calendar)


@lru_cache(maxsize=8192)
def _default_deadline(start: dt.date, rules: ClockRules) -> dt.date:
    """deadline_from with the official calendar, kept per process: the calendar is fixed data and the rules are
    part of the key (changed settings never reuse a day computed under the old ones)."""
    return _deadline(start, rules, default_calendar())


def _deadline(start: dt.date, rules: ClockRules, cal: HolidayCalendar) -> dt.date:
    d = start + dt.timedelta(days=rules.period_days)
    while not cal.working_day(d, rules):
        d += dt.timedelta(days=1)
    return d


def notification_deadline(received: dt.date) -> dt.date:
    return deadline_from(received)


# --- the clock over an application's life (derived from events, never stored) ---

@dataclass(frozen=True)
class ClockEvent:
    kind: EventKind
    on: dt.date

    def __post_init__(self) -> None:
        if self.kind not in ("notified", "deficiency_notified", "completed"):
            raise ValueError(f"unknown clock event kind: {self.kind!r}")


@dataclass(frozen=True)
class Round:
    start: dt.date                      # receipt or completion date (day 0)
    deadline: dt.date
    stopped_on: dt.date | None = None   # dispatch date of the İSM's notification
    stopped_by: EventKind | None = None

    @property
    def met(self) -> bool | None:
        return None if self.stopped_on is None else self.stopped_on <= self.deadline


@dataclass(frozen=True)
class ClockStatus:
    running: bool
    deadline: dt.date | None
    days_left: int | None
    overdue: bool
    met: bool | None
    light: str
    rounds: list[Round] = field(default_factory=list)


WEEK_DAYS = 7   # "this week" (dashboard, worklist filter): the last day falls within the next seven days, not today


def traffic_light(days_left: int) -> str:
    if days_left < 0:
        return "overdue"
    if days_left <= 2:
        return "red"
    if days_left <= 5:
        return "amber"
    return "green"


def clock_status(received: dt.date, events: Sequence[ClockEvent], today: dt.date,
                 rules: ClockRules = DEFAULT_RULES, calendar: HolidayCalendar | None = None) -> ClockStatus:
    """Replay the events (by date; same-day events keep their given order).

    - any notification dispatched on X stops the running round on X;
    - "notified" (suitable / not suitable) stops the clock for good: later events are ignored;
    - "completed" on C after a deficiency notice opens a new round with deadline_from(C); a completion while
      a round is still running (no deficiency notice yet) changes nothing, so the earlier deadline stands.
    """
    rounds = [Round(received, deadline_from(received, rules, calendar))]   # None: the official calendar
    for ev in sorted(events, key=lambda e: e.on):
        cur = rounds[-1]
        if ev.kind == "completed":
            if cur.stopped_by == "deficiency_notified":
                rounds.append(Round(ev.on, deadline_from(ev.on, rules, calendar)))
            continue
        if cur.stopped_on is None:
            rounds[-1] = Round(cur.start, cur.deadline, ev.on, ev.kind)
        if ev.kind == "notified":  # final decision letter: the clock stops for good
            break
    cur = rounds[-1]
    if cur.stopped_on is not None:
        return ClockStatus(False, cur.deadline, None, False, cur.met, "stopped", rounds)
    days_left = (cur.deadline - today).days
    return ClockStatus(True, cur.deadline, days_left, days_left < 0, None, traffic_light(days_left), rounds)


def clock_in_state(state: AppState, clock: ClockStatus) -> ClockStatus:
    """The clock as an application in `state` shows it: outside the states the clock runs in
    (`AppState.clock_running`) it is stopped, even when no letter stopped it (a withdrawal sends none)."""
    if clock.running and not state.clock_running:
        return replace(clock, running=False, days_left=None, overdue=False, light="stopped")
    return clock
