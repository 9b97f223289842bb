"""Demo data (SBYS md. 18 → 7): every warning of a demo producer comes from an audit that found the deficiency, so
the KTS desk's Denetimler tab reads audit → warning → outcome as for real data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.demo.data import generate
from app.models import VendorAudit, VendorAuditFinding, VendorWarning
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.kts import audits
from tests.support.kts import on

TODAY = dt.date(2026, 11, 23)


def test_every_demo_warning_has_the_audit_that_found_it(ctx):
    generate(AppContext(ctx.engine, ctx.target, ctx.actor, FixedClock.on(TODAY)), 300, seed=4, today=TODAY)
    with ctx.read() as s:
        warnings = s.scalars(select(VendorWarning)).all()
        found = {a.warning_id: a for a in s.scalars(select(VendorAudit))}
        assert warnings and set(found) == {w.id for w in warnings}
        for w in warnings:
            a = found[w.id]
            assert (a.vendor_id, a.performed_on, a.outcome) == (w.vendor_id, w.issued_on, "deficient")
            results = s.scalars(select(VendorAuditFinding.result).where(VendorAuditFinding.audit_id == a.id)).all()
            assert sorted(results) == ["conform"] * 5 + ["deficient"]
    vendor = warnings[0].vendor_id
    row = audits.vendor_audits(on(ctx, TODAY), vendor)[0]
    assert row.result_text.startswith("Eksiklik bulundu; uyarı verildi")
