"""The clock rules are shared through the database, so every province counts the 15 days alike."""

import datetime as dt

from sqlalchemy import select

from app.models import AuditEntry
from app.workflows.common.deadlines import deadline_from
from app.workflows.common.system_settings import clock_rules, set_clock_rules


def test_default_rules_treat_an_eve_as_a_working_day(ctx):
    with ctx.read() as s:
        rules = clock_rules(s)
    assert (rules.period_days, rules.eve_is_working_day) == (15, True)
    # Received Wed 4 March 2026: day 15 is the Ramazan Bayramı eve (reading A ends that day).
    assert deadline_from(dt.date(2026, 3, 4), rules) == dt.date(2026, 3, 19)


def test_switching_to_reading_b_rolls_an_eve_over_and_is_audited(ctx):
    with ctx.read() as s:
        rules = clock_rules(s)
    with ctx.write() as s:
        set_clock_rules(s, type(rules)(period_days=15, eve_is_working_day=False))
    with ctx.read() as s:
        assert deadline_from(dt.date(2026, 3, 4), clock_rules(s)) == dt.date(2026, 3, 23)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "system_settings")).one()
        assert entry.before["value"]["eve_is_working_day"] is True
        assert entry.after["value"]["eve_is_working_day"] is False
