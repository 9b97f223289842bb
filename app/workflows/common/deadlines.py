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
from itertools import groupby
from typing import TYPE_CHECKING, Literal, Sequence

from app.workflows.common.messages import msg

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


def add_working_days(start: dt.date, days: int, rules: ClockRules = DEFAULT_RULES,
                     calendar: HolidayCalendar | None = None) -> dt.date:
    """The `days`-th working day after `start` (a period in working days, e.g. SBYS art. 6/5's 10 working days):
    weekends and official holidays do not count; a half-day eve counts as `working_day` says."""
    d = start
    while days > 0:
        d += dt.timedelta(days=1)
        if working_day(d, rules, calendar):
            days -= 1
    return d


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


RED_DAYS = 2     # the light turns red with this many days left (or fewer); the legend under the lists says so
AMBER_DAYS = 5   # amber with this many days left (or fewer)


def traffic_light(days_left: int) -> str:
    if days_left < 0:
        return "overdue"
    if days_left <= RED_DAYS:
        return "red"
    if days_left <= AMBER_DAYS:
        return "amber"
    return "green"


def in_order(events: Sequence[ClockEvent]) -> list[ClockEvent]:
    """The events in the order they happened (docs/deadline-rules.md rule 10): by date and, on one day, as the
    file's steps follow each other — the applicant's completion answers the deficiency notice before it, the
    İSM's letter answers the receipt or the completion before it. So on a day the İSM waits for the applicant
    its completion comes first, and on a day the İSM owes a letter the letter does (a deficiency notice before
    a final one). Whatever the order the events are given in, the same day gives the same order; events that
    fit no step (impossible through the services, `order_problem`) keep their given order after those that do."""
    out: list[ClockEvent] = []
    waiting = False                 # a deficiency notice waits for the applicant's completion
    for _day, group in groupby(sorted(events, key=lambda e: e.on), key=lambda e: e.on):
        pending = list(group)
        while pending:
            step = _next_step(pending, waiting)
            pending.remove(step)
            out.append(step)
            if step.kind != "notified":
                waiting = step.kind == "deficiency_notified"
    return out


def _next_step(pending: list[ClockEvent], waiting: bool) -> ClockEvent:
    if waiting:
        return next((e for e in pending if e.kind == "completed"), pending[0])
    letters = [e for e in pending if e.kind != "completed"]
    return min(letters, key=lambda e: e.kind == "notified") if letters else pending[0]


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def too_early(new: ClockEvent, received: dt.date, events: Sequence[ClockEvent]) -> str | None:
    """Why `new` cannot follow the application's recorded `events` (receipt `received`), in Turkish; None when
    it can. Each step answers the one before it (a letter the receipt or the applicant's completion, a
    completion the deficiency notice), so it is never dated before the latest of them; the same day is fine
    (`in_order` puts the answer after what it answers)."""
    letter = new.kind != "completed"
    if letter and new.on < received:
        return msg("Süreler", "Gönderim tarihi başvuru tarihinden önce olamaz.")
    latest = max(events, key=lambda e: (e.on, e.kind == "completed"), default=None)
    if latest is None or new.on >= latest.on:
        return None
    if letter and latest.kind == "completed":
        return msg("Süreler", "Gönderim tarihi ({day}), yazının yanıt verdiği eksik tamamlama tarihinden ({before}) "
                              "önce olamaz.").format(day=_d(new.on), before=_d(latest.on))
    if letter:
        return msg("Süreler", "Gönderim tarihi ({day}), önceki yazının gönderim tarihinden ({before}) önce "
                              "olamaz.").format(day=_d(new.on), before=_d(latest.on))
    return msg("Süreler", "Tamamlama tarihi ({day}), eksik evrak yazısının gönderim tarihinden ({before}) önce "
                          "olamaz.").format(day=_d(new.on), before=_d(latest.on))


def order_problem(received: dt.date, events: Sequence[ClockEvent]) -> str | None:
    """Why these dated events cannot have happened, in Turkish (None when they can): put in order
    (`in_order`), each must follow the one before it as the services allow — a letter after the receipt or a
    completion, a completion after a deficiency notice, nothing after a final letter (`too_early` for dates)."""
    done: list[ClockEvent] = []
    for ev in in_order(events):
        problem = too_early(ev, received, done)
        if problem:
            return problem
        last = done[-1] if done else None
        if last is not None and last.kind == "notified":
            return msg("Süreler", "Nihai yazıdan ({last}) sonra başka olay olamaz ({day}).").format(
                last=_d(last.on), day=_d(ev.on))
        if ev.kind == "completed" and (last is None or last.kind != "deficiency_notified"):
            return msg("Süreler", "Tamamlama ({day}) ancak bir eksik evrak yazısından sonra olabilir.").format(
                day=_d(ev.on))
        if ev.kind != "completed" and last is not None and last.kind == "deficiency_notified":
            later = next((e.on for e in in_order(events) if e.kind == "completed" and e.on > ev.on), None)
            if later is not None:
                return msg("Süreler", "Yazı ({day}), yanıt verdiği eksik tamamlamadan ({later}) önce gönderilmiş "
                                      "olamaz.").format(day=_d(ev.on), later=_d(later))
            return msg("Süreler", "Eksik evrak yazısından ({last}) sonra, eksikler tamamlanmadan yeni yazı ({day}) "
                                  "gönderilemez.").format(last=_d(last.on), day=_d(ev.on))
        done.append(ev)
    return None


def clock_status(received: dt.date, events: Sequence[ClockEvent], today: dt.date,
                 rules: ClockRules = DEFAULT_RULES, calendar: HolidayCalendar | None = None) -> ClockStatus:
    """Replay the events in the order they happened (`in_order`: by date; on one day a completion before the
    letter that answers it, a deficiency notice before the completion that answers it).

    - any notification dispatched on X stops the running round on X;
    - "notified" (suitable / not suitable) stops the clock for good: later events are ignored;
    - "completed" on C after a deficiency notice opens a new round with deadline_from(C); a completion while
      a round is still running (no deficiency notice yet) changes nothing, so the earlier deadline stands.
    """
    rounds = [Round(received, deadline_from(received, rules, calendar))]   # None: the official calendar
    for ev in in_order(events):
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
