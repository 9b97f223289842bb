"""The İSM's 15-day notification period, as written in shared/domain/ush-regulation.md §7-§8 and
ush-regulation-research.md §5.1-§5.4 (the worked-examples table of §5.2 is the oracle).

Holiday dates: shared/toolchain.md §7 (holidays 0.109, Turkey, public + half_day)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from app.workflows.common.deadlines import (
    DEFAULT_RULES,
    READING_B,
    ClockEvent,
    ClockRules,
    HolidayCalendar,
    clock_status,
    deadline_from,
    default_calendar,
    in_order,
    notification_deadline,
    order_problem,
    too_early,
    traffic_light,
    working_day,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
D = date.fromisoformat


# --- research §5.2, worked examples: received, day 15, note, deadline A (eve works), deadline B (eve is holiday)
WORKED_EXAMPLES = [
    ("2026-03-02", "2026-03-17", "ordinary", "2026-03-17", "2026-03-17"),
    ("2026-03-04", "2026-03-19", "Ramazan Bayramı eve", "2026-03-19", "2026-03-23"),
    ("2026-03-05", "2026-03-20", "Ramazan Bayramı day 1", "2026-03-23", "2026-03-23"),
    ("2026-05-11", "2026-05-26", "Kurban Bayramı eve", "2026-05-26", "2026-06-01"),
    ("2025-10-13", "2025-10-28", "Republic Day eve", "2025-10-28", "2025-10-30"),
    ("2025-05-21", "2025-06-05", "Kurban Bayramı eve", "2025-06-05", "2025-06-10"),
    ("2025-03-14", "2025-03-29", "eve on a Saturday, bayram to 1 Apr", "2025-04-02", "2025-04-02"),
    ("2026-12-17", "2027-01-01", "New Year", "2027-01-04", "2027-01-04"),
    ("2027-04-30", "2027-05-15", "Kurban eve on Saturday; 19 May inside the bayram", "2027-05-20", "2027-05-20"),
]


@pytest.mark.parametrize("received, day15, note, deadline_a, deadline_b", WORKED_EXAMPLES,
                         ids=[f"{r[0]} {r[2]}" for r in WORKED_EXAMPLES])
def test_worked_examples_of_research_5_2(received, day15, note, deadline_a, deadline_b):
    # Day 0 = receipt day; day 15 = receipt + 15 calendar days.
    assert deadline_from(D(received), ClockRules(period_days=15, eve_is_working_day=True)) >= D(day15)
    assert (D(day15) - D(received)).days == 15
    # Reading A (default): an eve is a working morning, the period ends that day at 13:00.
    assert notification_deadline(D(received)) == D(deadline_a)
    assert deadline_from(D(received)) == D(deadline_a)
    # Reading B: the eve counts as a holiday and the period rolls over.
    assert deadline_from(D(received), READING_B) == D(deadline_b)


# --- the last day: weekdays, weekends, national holidays, bayrams (both readings agree on all of these)
LAST_DAY_CASES = [
    # received, expected deadline, why
    ("2026-06-10", "2026-06-25", "ordinary weekday: Thu 25 Jun is day 15"),
    ("2026-12-16", "2026-12-31", "31 December is neither a holiday nor a half day"),
    ("2026-02-20", "2026-03-09", "day 15 on Saturday 7 Mar -> Monday"),
    ("2026-02-21", "2026-03-09", "day 15 on Sunday 8 Mar -> Monday"),
    ("2026-04-08", "2026-04-24", "23 April (Thu) -> Fri 24 Apr"),
    ("2026-04-16", "2026-05-04", "1 May (Fri) -> Mon 4 May"),
    ("2026-05-04", "2026-05-20", "19 May (Tue) -> Wed 20 May"),
    ("2026-06-30", "2026-07-16", "15 July (Wed) -> Thu 16 Jul"),
    ("2027-08-15", "2027-08-31", "30 August (Mon) -> Tue 31 Aug"),
    ("2026-10-14", "2026-10-30", "29 October (Thu) -> Fri 30 Oct"),
    ("2025-12-17", "2026-01-02", "1 January 2026 (Thu) across the year boundary -> Fri 2 Jan"),
    ("2026-12-17", "2027-01-04", "1 January 2027 (Fri) across the year boundary -> Mon 4 Jan"),
    # bayrams: day 15 inside the bayram -> first working day after it
    ("2025-03-16", "2025-04-02", "Ramazan Bayramı 2025 (30 Mar-1 Apr): day 15 Mon 31 Mar"),
    ("2025-05-22", "2025-06-10", "Kurban Bayramı 2025 (6-9 Jun): day 15 Fri 6 Jun"),
    ("2026-03-06", "2026-03-23", "Ramazan Bayramı 2026 (20-22 Mar): day 15 Sat 21 Mar"),
    ("2026-05-12", "2026-06-01", "Kurban Bayramı 2026 (27-30 May): day 15 Wed 27 May"),
    ("2027-02-22", "2027-03-12", "Ramazan Bayramı 2027 (9-11 Mar): day 15 Tue 9 Mar"),
    ("2027-05-02", "2027-05-20", "Kurban Bayramı 2027 (16-19 May): day 15 Mon 17 May"),
]


@pytest.mark.parametrize("received, expected, why", LAST_DAY_CASES, ids=[c[2] for c in LAST_DAY_CASES])
def test_last_day_rolls_to_next_working_day(received, expected, why):
    assert notification_deadline(D(received)) == D(expected)
    assert deadline_from(D(received), READING_B) == D(expected)


@pytest.mark.parametrize("received, day15, deadline_b", [
    ("2026-10-13", "2026-10-28", "2026-10-30"),  # Wed 28 Oct eve, Thu 29 Oct holiday
    ("2027-10-13", "2027-10-28", "2027-11-01"),  # Thu 28 Oct eve, Fri 29 Oct holiday, weekend
])
def test_day_15_on_28_october_eve(received, day15, deadline_b):
    assert notification_deadline(D(received)) == D(day15)                      # reading A: ends at 13:00
    assert deadline_from(D(received), ClockRules(eve_is_working_day=False)) == D(deadline_b)  # reading B


def test_period_length_is_a_setting():
    assert deadline_from(D("2026-03-02"), ClockRules(period_days=30)) == D("2026-04-01")


# --- working days
@pytest.mark.parametrize("day, reading_a, reading_b", [
    ("2026-03-17", True, True),    # ordinary Tuesday
    ("2026-03-07", False, False),  # Saturday
    ("2026-03-08", False, False),  # Sunday
    ("2026-03-19", True, False),   # Ramazan Bayramı eve (half day)
    ("2026-03-20", False, False),  # Ramazan Bayramı
    ("2026-10-28", True, False),   # Cumhuriyet Bayramı eve
    ("2026-10-29", False, False),  # Cumhuriyet Bayramı
    ("2026-12-31", True, True),    # not a half day
    ("2027-05-19", False, False),  # 19 May and Kurban Bayramı together
])
def test_working_day(day, reading_a, reading_b):
    assert working_day(D(day)) is reading_a
    assert working_day(D(day), DEFAULT_RULES) is reading_a
    assert working_day(D(day), READING_B) is reading_b


def test_holiday_names_are_turkish_and_eves_are_half_days_only():
    cal = default_calendar()
    assert cal.holiday_name(D("2026-01-01")) == "Yılbaşı"
    assert cal.holiday_name(D("2026-10-29")) == "Cumhuriyet Bayramı"
    assert cal.holiday_name(D("2026-03-19")) == "Ramazan Bayramı (saat 13.00'ten)"
    assert cal.holiday_name(D("2027-05-19")) == "Atatürk'ü Anma, Gençlik ve Spor Bayramı; Kurban Bayramı"
    assert cal.holiday_name(D("2026-03-17")) is None
    assert cal.is_half_day(D("2026-05-26")) and not cal.is_holiday(D("2026-05-26"))
    assert cal.is_holiday(D("2026-05-27")) and not cal.is_half_day(D("2026-05-27"))


def test_lookups_in_2033_and_beyond_work():
    cal = HolidayCalendar()
    assert cal.is_holiday(D("2033-10-29"))
    assert cal.is_half_day(D("2033-10-28"))
    assert cal.holiday_name(D("2033-04-23")) == "Ulusal Egemenlik ve Çocuk Bayramı"
    assert "(tahmini)" in cal.holiday_name(D("2033-01-02"))  # estimated Islamic dates from 2033
    assert deadline_from(D("2033-02-24"), calendar=cal) == D("2033-03-15")  # Kurban Bayramı 11-14 Mar 2033
    assert notification_deadline(D("2040-06-01")) >= D("2040-06-16")


def test_importing_the_module_does_not_load_holidays():
    code = "import sys, app.workflows.common.deadlines; print(sorted(m for m in sys.modules if m.startswith('holidays')))"
    result = subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "[]"


# --- traffic light
@pytest.mark.parametrize("days_left, light", [
    (15, "green"), (6, "green"), (5, "amber"), (3, "amber"), (2, "red"), (1, "red"), (0, "red"),
    (-1, "overdue"), (-10, "overdue"),
])
def test_traffic_light(days_left, light):
    assert traffic_light(days_left) == light


# --- the clock over an application's life (received Mon 2 Mar 2026, deadline Tue 17 Mar)
RECEIVED = D("2026-03-02")
DEADLINE = D("2026-03-17")


@pytest.mark.parametrize("today, days_left, light", [
    ("2026-03-11", 6, "green"),
    ("2026-03-12", 5, "amber"),
    ("2026-03-14", 3, "amber"),
    ("2026-03-15", 2, "red"),
    ("2026-03-17", 0, "red"),
    ("2026-03-18", -1, "overdue"),
])
def test_running_clock(today, days_left, light):
    st = clock_status(RECEIVED, [], D(today))
    assert st.running and st.deadline == DEADLINE
    assert st.days_left == days_left and st.light == light
    assert st.overdue is (days_left < 0)
    assert st.met is None
    assert [(r.start, r.deadline, r.stopped_on) for r in st.rounds] == [(RECEIVED, DEADLINE, None)]


def test_notified_in_time_stops_the_clock_and_is_met():
    st = clock_status(RECEIVED, [ClockEvent("notified", D("2026-03-16"))], today=D("2026-04-20"))
    assert not st.running and st.light == "stopped"
    assert st.deadline == DEADLINE and st.days_left is None and not st.overdue
    assert st.met is True
    assert st.rounds[0].stopped_on == D("2026-03-16")


def test_notified_on_the_last_day_is_met():
    st = clock_status(RECEIVED, [ClockEvent("notified", DEADLINE)], today=DEADLINE)
    assert st.met is True


def test_notified_late_is_not_met():
    st = clock_status(RECEIVED, [ClockEvent("notified", D("2026-03-19"))], today=D("2026-03-20"))
    assert not st.running and st.light == "stopped" and not st.overdue
    assert st.met is False


def test_deficiency_notice_stops_the_round():
    st = clock_status(RECEIVED, [ClockEvent("deficiency_notified", D("2026-03-10"))], today=D("2026-03-30"))
    assert not st.running and st.met is True and st.deadline == DEADLINE and st.light == "stopped"


def test_completion_after_deficiency_starts_a_new_full_period():
    events = [ClockEvent("deficiency_notified", D("2026-03-10")), ClockEvent("completed", D("2026-04-01"))]
    st = clock_status(RECEIVED, events, today=D("2026-04-06"))
    assert st.running
    assert st.deadline == deadline_from(D("2026-04-01")) == D("2026-04-16")
    assert st.days_left == 10 and st.light == "green"
    assert [(r.start, r.deadline, r.stopped_on) for r in st.rounds] == [
        (RECEIVED, DEADLINE, D("2026-03-10")),
        (D("2026-04-01"), D("2026-04-16"), None),
    ]
    assert st.rounds[0].met is True


def test_second_deficiency_and_completion_make_a_third_round():
    events = [
        ClockEvent("completed", D("2026-05-04")),          # order of the list does not matter
        ClockEvent("deficiency_notified", D("2026-03-10")),
        ClockEvent("completed", D("2026-04-01")),
        ClockEvent("deficiency_notified", D("2026-04-10")),
    ]
    st = clock_status(RECEIVED, events, today=D("2026-05-18"))
    assert st.running
    assert st.deadline == deadline_from(D("2026-05-04")) == D("2026-05-20")  # day 15 = 19 May, a holiday
    assert st.days_left == 2 and st.light == "red"
    assert [r.start for r in st.rounds] == [RECEIVED, D("2026-04-01"), D("2026-05-04")]
    assert [r.stopped_on for r in st.rounds] == [D("2026-03-10"), D("2026-04-10"), None]

    done = clock_status(RECEIVED, [*events, ClockEvent("notified", D("2026-05-21"))], today=D("2026-06-01"))
    assert not done.running and done.met is False and done.deadline == D("2026-05-20")
    assert len(done.rounds) == 3


def test_final_notification_stops_for_good():
    events = [
        ClockEvent("deficiency_notified", D("2026-03-10")),
        ClockEvent("notified", D("2026-04-15")),           # e.g. not suitable: never completed
        ClockEvent("completed", D("2026-04-20")),          # too late: ignored
    ]
    st = clock_status(RECEIVED, events, today=D("2026-05-01"))
    assert not st.running and st.light == "stopped" and len(st.rounds) == 1


def test_completion_while_running_keeps_the_earlier_deadline():
    st = clock_status(RECEIVED, [ClockEvent("completed", D("2026-03-05"))], today=D("2026-03-06"))
    assert st.running and st.deadline == DEADLINE and len(st.rounds) == 1


def test_clock_uses_the_chosen_reading():
    received = D("2026-03-04")  # day 15 = Ramazan Bayramı eve
    assert clock_status(received, [], D("2026-03-18")).deadline == D("2026-03-19")
    st = clock_status(received, [], D("2026-03-18"), rules=READING_B, calendar=HolidayCalendar())
    assert st.deadline == D("2026-03-23") and st.days_left == 5 and st.light == "amber"


def test_unknown_event_kind_is_rejected():
    with pytest.raises(ValueError):
        ClockEvent("received", RECEIVED)


# --- same-day events (docs/deadline-rules.md rule 10): a completion, then the letter that answers it
DEFICIENCY = ClockEvent("deficiency_notified", D("2026-03-10"))
COMPLETED = ClockEvent("completed", D("2026-03-20"))       # new period: day 15 = Sat 4 April, so Mon 6 April


@pytest.mark.parametrize("kind", ["notified", "deficiency_notified"])
def test_a_letter_sent_on_the_completion_day_answers_it_in_time(kind):
    answer = ClockEvent(kind, D("2026-03-20"))
    for events in ([DEFICIENCY, answer, COMPLETED], [COMPLETED, answer, DEFICIENCY], [answer, DEFICIENCY, COMPLETED]):
        st = clock_status(RECEIVED, events, today=D("2026-04-30"))
        assert not st.running and not st.overdue and st.met is True and st.light == "stopped"
        assert [(r.start, r.deadline, r.stopped_on) for r in st.rounds] == [
            (RECEIVED, DEADLINE, D("2026-03-10")), (D("2026-03-20"), D("2026-04-06"), D("2026-03-20"))]


def test_a_completion_on_the_day_of_the_deficiency_notice_follows_it():
    same_day = [ClockEvent("completed", D("2026-03-10")), DEFICIENCY]
    st = clock_status(RECEIVED, same_day, today=D("2026-03-12"))
    assert st.running and st.deadline == D("2026-03-25") and len(st.rounds) == 2


def test_one_day_with_every_step_follows_the_file():
    """Deficiency notice, completion, a second notice, a second completion and the final letter, all on 10
    March, given in any order: five steps, three rounds, each answered the day it began."""
    day = D("2026-03-10")
    events = [ClockEvent("notified", day), ClockEvent("completed", day), ClockEvent("deficiency_notified", day),
              ClockEvent("completed", day), ClockEvent("deficiency_notified", day)]
    assert [e.kind for e in in_order(events)] == ["deficiency_notified", "completed", "deficiency_notified",
                                                  "completed", "notified"]
    st = clock_status(RECEIVED, events, today=D("2026-04-30"))
    assert [r.start for r in st.rounds] == [RECEIVED, day, day] and st.met is True and not st.running


def test_a_letter_before_the_completion_it_answers_is_too_early():
    assert too_early(ClockEvent("notified", D("2026-03-18")), RECEIVED, [DEFICIENCY, COMPLETED]) == (
        "Gönderim tarihi (18.03.2026), yazının yanıt verdiği eksik tamamlama tarihinden (20.03.2026) önce olamaz.")
    assert too_early(ClockEvent("notified", D("2026-03-20")), RECEIVED, [DEFICIENCY, COMPLETED]) is None
    assert too_early(ClockEvent("completed", D("2026-03-09")), RECEIVED, [DEFICIENCY]) == (
        "Tamamlama tarihi (09.03.2026), eksik evrak yazısının gönderim tarihinden (10.03.2026) önce olamaz.")
    assert too_early(ClockEvent("completed", D("2026-03-10")), RECEIVED, [DEFICIENCY]) is None
    assert too_early(ClockEvent("notified", D("2026-03-01")), RECEIVED, []) == (
        "Gönderim tarihi başvuru tarihinden önce olamaz.")


@pytest.mark.parametrize("events, problem", [
    ([DEFICIENCY, COMPLETED, ClockEvent("notified", D("2026-03-18"))],
     "Yazı (18.03.2026), yanıt verdiği eksik tamamlamadan (20.03.2026) önce gönderilmiş olamaz."),
    ([ClockEvent("completed", D("2026-03-05")), DEFICIENCY],
     "Tamamlama (05.03.2026) ancak bir eksik evrak yazısından sonra olabilir."),
    ([DEFICIENCY, ClockEvent("notified", D("2026-03-12"))],
     "Eksik evrak yazısından (10.03.2026) sonra, eksikler tamamlanmadan yeni yazı (12.03.2026) gönderilemez."),
    ([ClockEvent("notified", D("2026-03-12")), ClockEvent("completed", D("2026-03-12"))],
     "Nihai yazıdan (12.03.2026) sonra başka olay olamaz (12.03.2026)."),
    ([ClockEvent("deficiency_notified", D("2026-02-27"))], "Gönderim tarihi başvuru tarihinden önce olamaz."),
])
def test_impossible_orders_are_named(events, problem):
    assert order_problem(RECEIVED, events) == problem


def test_possible_orders_have_no_problem():
    assert order_problem(RECEIVED, []) is None
    assert order_problem(RECEIVED, [DEFICIENCY, COMPLETED, ClockEvent("notified", D("2026-03-20"))]) is None
    assert order_problem(RECEIVED, [ClockEvent("notified", RECEIVED)]) is None
