"""SBYS regulation art. 7-8 as pure rules, without a database: calendar months, the next actions computed from a
vendor's facts (warnings, status history), and the onboarding stage codes. The dated scenarios on the database are in
tests/integration/test_kts_rules_on_the_database.py."""

from __future__ import annotations

import datetime as dt

import pytest

from app.demo.names import ONBOARDING_STAGES
from app.workflows.common.vendor_rules import Action, VendorFacts, WarningFact, add_months, next_actions
from app.workflows.kts import registry as kts

d = dt.date.fromisoformat


# --- months -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("start, months, end", [
    ("2026-03-03", 3, "2026-06-03"),
    ("2026-08-31", 3, "2026-11-30"),   # no 31 November: the month's last day
    ("2026-11-30", 3, "2027-02-28"),
    ("2027-11-30", 3, "2028-02-29"),   # leap year
    ("2026-01-31", 1, "2026-02-28"),
    ("2026-12-01", -12, "2025-12-01"),
    ("2026-02-28", 12, "2027-02-28"),
])
def test_months_are_calendar_months_ending_on_the_corresponding_day(start, months, end):
    assert add_months(d(start), months) == d(end)


def facts(events, warnings=(), code_issued=None, closes=None) -> VendorFacts:
    return VendorFacts(1, tuple((s, d(x)) for s, x in events),
                       tuple(WarningFact(i, d(a), d(b), d(c) if c else None, "eksik")
                             for i, (a, b, c) in enumerate(warnings, start=1)),
                       d(code_issued) if code_issued else None, d(closes) if closes else None)


def kinds(actions: list[Action]) -> list[tuple[str, str]]:
    return [(a.kind, a.on.isoformat()) for a in actions]


@pytest.mark.parametrize("today, expected", [
    ("2026-03-02", []),                                        # deadline day: still in time
    ("2026-03-03", [("passive", "2026-03-03")]),               # the day after: passive
    ("2026-06-03", [("passive", "2026-03-03")]),               # 3 months end on 03.06 (inclusive)
    ("2026-06-04", [("passive", "2026-03-03"), ("deleted", "2026-06-04"), ("close_access_code", "2026-09-04")]),
])
def test_an_unfixed_warning_leads_to_passive_then_deleted_even_when_the_rules_run_late(today, expected):
    f = facts([("applied", "2025-09-01"), ("active", "2025-12-01")], [("2026-02-02", "2026-03-02", None)],
              code_issued="2025-11-20")
    assert kinds(next_actions(f, d(today))) == expected


def test_a_warning_fixed_after_its_deadline_still_made_the_vendor_passive():
    f = facts([("active", "2025-12-01")], [("2026-02-02", "2026-03-02", "2026-03-05")])
    assert kinds(next_actions(f, d("2026-03-10"))) == [("passive", "2026-03-03")]


def test_a_warning_dealt_with_before_the_vendor_came_back_is_not_counted_again():
    f = facts([("active", "2025-12-01"), ("passive", "2026-03-03"), ("active", "2026-04-01")],
              [("2026-02-02", "2026-03-02", "2026-03-20")])
    assert next_actions(f, d("2026-12-01")) == []


def test_stage_codes_are_those_of_the_demo_data():
    assert kts.STAGES == ONBOARDING_STAGES
    assert set(kts.STAGE_LABELS) == set(kts.STAGES)
