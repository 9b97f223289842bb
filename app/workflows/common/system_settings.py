"""Settings every desk on a shared database agrees on (stored in system_settings)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.models import SystemSetting
from app.workflows.common.deadlines import DEFAULT_RULES, ClockRules


def clock_rules(session: Session) -> ClockRules:
    row = session.get(SystemSetting, "clock_rules")
    return rules_from_value(None if row is None else row.value)


def rules_from_value(value: dict[str, Any] | None) -> ClockRules:
    """The rules from the stored value of the "clock_rules" setting (None: no row, the defaults). A read-only
    query may select the value alone (the İSM worklist does, for each page) and build the rules here."""
    if value is None:
        return DEFAULT_RULES
    return ClockRules(
        period_days=int(value.get("period_days", DEFAULT_RULES.period_days)),
        eve_is_working_day=bool(value.get("eve_is_working_day", DEFAULT_RULES.eve_is_working_day)),
    )


def set_clock_rules(session: Session, rules: ClockRules) -> None:
    """Change the shared clock rules (audited like every write; the caller checks the role)."""
    row = session.get(SystemSetting, "clock_rules")
    value = {"period_days": rules.period_days, "eve_is_working_day": rules.eve_is_working_day}
    if row is None:
        session.add(SystemSetting(key="clock_rules", value=value))
    else:
        row.value = value
