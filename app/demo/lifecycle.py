"""The life of one demo application: which steps happen on which days, up to `today`.

Pure timing and outcomes (no rows): the steps follow states.TRANSITIONS, the İSM mostly answers within the
15-day period and sometimes late, deficiency rounds restart the period on completion, SHGM takes weeks.
A forced target state makes the walk take the path to that state and stop there (so small demos show every state).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from app.demo.common import DAY, Calendar
from app.workflows.common.states import FINAL_STATES, AppState, next_state

S = AppState
APPROVED_PATH = frozenset({S.SHGM_APPROVED, S.CKYS_RECORDED, S.PERMIT_ISSUED})

# How many days before `today` a forced application is received, so that its path fits in the past.
FORCED_AGE = {
    S.RECEIVED: (0, 1), S.UNDER_REVIEW: (3, 12), S.DEFICIENT: (20, 60), S.SUITABLE_NOTIFIED: (8, 20),
    S.FORWARDED: (20, 40),
    S.REJECTED: (30, 200), S.SHGM_APPROVED: (50, 90), S.CKYS_RECORDED: (70, 110), S.PERMIT_ISSUED: (130, 300),
    S.SHGM_REJECTED: (100, 250), S.WITHDRAWN: (30, 300),
}


@dataclass(slots=True)
class Step:
    event: str
    on: dt.date
    state: AppState  # the state after this step
    late: bool = False  # a notification sent after the 15-day period ended


def _after(rng: random.Random, cal: Calendar, day: dt.date, low: int, high: int) -> dt.date:
    return cal.on_or_after(day + rng.randint(low, high) * DAY)


def _review_outcome(rng: random.Random, rounds: int, target: AppState | None) -> str:
    if target is not None:
        if target == S.WITHDRAWN:
            return "withdraw"
        if target == S.DEFICIENT:
            return "notify_deficiency"
        return "notify_unsuitable" if target == S.REJECTED else "notify_suitable"
    r = rng.random()
    if r < 0.02:
        return "withdraw"
    if r < 0.02 + (0.30, 0.12, 0.0)[min(rounds, 2)]:
        return "notify_deficiency"
    return "notify_unsuitable" if rng.random() < 0.15 else "notify_suitable"


def _review_step(rng: random.Random, cal: Calendar, day: dt.date, period_start: dt.date, rounds: int,
                 target: AppState | None) -> tuple[str, dt.date, bool]:
    event = _review_outcome(rng, rounds, target)
    if event == "withdraw":
        return event, _after(rng, cal, day, 1, 10), False
    deadline = cal.deadline(period_start)
    earliest = max(day, period_start + 2 * DAY)
    if earliest <= deadline and rng.random() < 0.85:
        # Officers tend to use the period: answers cluster towards the last days rather than spread evenly.
        on = cal.on_or_after(earliest + int((deadline - earliest).days * rng.random() ** 0.6 + 0.5) * DAY)
    else:  # late: the officer answers after the period (the report shows these as missed)
        on = _after(rng, cal, max(day, deadline), 1, 20)
    return event, on, on > deadline


def _next(rng: random.Random, cal: Calendar, state: AppState, day: dt.date, period_start: dt.date, rounds: int,
          target: AppState | None) -> tuple[str, dt.date, bool] | None:
    if state == S.RECEIVED:
        if target == S.WITHDRAWN and rng.random() < 0.5 or target is None and rng.random() < 0.02:
            return "withdraw", _after(rng, cal, day, 1, 10), False
        return "start_review", _after(rng, cal, day, *((0, 3) if rng.random() < 0.8 else (4, 12))), False
    if state == S.UNDER_REVIEW:
        return _review_step(rng, cal, day, period_start, rounds, target)
    if state == S.DEFICIENT:
        r = rng.random()
        if r < 0.75:
            return "record_completion", _after(rng, cal, day, 3, 45), False
        if r < 0.85:
            return "withdraw", _after(rng, cal, day, 10, 60), False
        return None  # the applicant never answers: the file waits
    if state == S.SUITABLE_NOTIFIED:  # the file goes to SHGM by EBYS a few days after the letter
        return "forward", _after(rng, cal, day, *((0, 3) if rng.random() < 0.8 else (4, 10))), False
    if state == S.FORWARDED:
        approve = target in APPROVED_PATH or target is None and rng.random() < 0.88
        return ("shgm_assign_areas" if approve else "shgm_reject"), _after(rng, cal, day, 7, 60), False
    if state == S.SHGM_APPROVED:
        return "record_ckys", _after(rng, cal, day, 1, 15), False
    if state == S.CKYS_RECORDED:
        return "issue_permit", _after(rng, cal, day, 1, 20), False
    return None


def plan_lifecycle(rng: random.Random, cal: Calendar, received_on: dt.date, today: dt.date,
                   target: AppState | None = None) -> list[Step]:
    """Steps from receipt until a final state, the first step after `today`, or the forced target."""
    steps = [Step("receive", received_on, S.RECEIVED)]
    state, day, period_start, rounds = S.RECEIVED, received_on, received_on, 0
    while state not in FINAL_STATES and state != target:
        nxt = _next(rng, cal, state, day, period_start, rounds, target)
        if nxt is None:
            break
        event, on, late = nxt
        if on > today:
            if target is None:
                break
            on = max(day, today)  # a forced path squeezed into the past: keep it, on the last possible day
        state, day = next_state(state, event), on
        steps.append(Step(event, on, state, late))
        if event == "notify_deficiency":
            rounds += 1
        elif event == "record_completion":
            period_start = on
    return steps


def forced_received_on(rng: random.Random, cal: Calendar, target: AppState, today: dt.date) -> dt.date:
    low, high = FORCED_AGE.get(target, (30, 200))
    return cal.on_or_before(today - rng.randint(low, high) * DAY)
