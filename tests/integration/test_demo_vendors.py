"""Demo vendors carry their real-environment access code as the KTS desk shows it (SBYS art. 6, 8): given on the
onboarding step, closed three months after a deletion, so the list rules have nothing left to do on the demo day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.demo.data import generate
from app.models import Vendor, VendorOnboardingStep, VendorStatusEvent
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vendor_rules import add_months
from app.workflows.kts import registry as kts

TODAY = dt.date(2026, 11, 23)


def test_access_codes_follow_the_onboarding_step_and_close_three_months_after_deletion(ctx):
    clocked = AppContext(ctx.engine, ctx.target, ctx.actor, FixedClock.on(TODAY))
    generate(clocked, 300, seed=4, today=TODAY)
    with ctx.read() as s:
        vendors = s.scalars(select(Vendor)).all()
        given = deleted = 0
        for v in vendors:
            step = s.scalar(select(VendorOnboardingStep.done_on).where(
                VendorOnboardingStep.vendor_id == v.id, VendorOnboardingStep.stage == "real_environment_info"))
            assert v.access_code_issued_on == step
            deleted_on = s.scalar(select(VendorStatusEvent.effective_on).where(
                VendorStatusEvent.vendor_id == v.id, VendorStatusEvent.status == "deleted"))
            expected_close = add_months(deleted_on, 3) if step and deleted_on else None
            assert v.access_code_closes_on == expected_close
            given += step is not None
            deleted += expected_close is not None
            assert not [a for a in kts.evaluate(s, v.id, TODAY) if a.kind == "close_access_code"]
        assert given >= 10 and deleted >= 1
