"""Read-only figures for the desk overview pages: applications per state and what the database holds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.models import Application, AuditEntry, Facility, Permit, User, Vendor
from app.workflows.common.context import AppContext
from app.workflows.common.vendors import standings
from app.workflows.common.vocabulary import VendorStatus
from app.workflows.dashboard.figures import state_counts

__all__ = ["admin_summary", "database_summary", "has_any_facility", "state_counts", "vendor_status_counts"]


def database_summary(ctx: AppContext) -> dict[str, int]:
    """How many facilities, applications, permits and vendors the database holds."""
    models = {"facilities": Facility, "applications": Application, "permits": Permit, "vendors": Vendor}
    with ctx.read() as s:
        return {key: s.scalar(select(func.count()).select_from(model)) or 0 for key, model in models.items()}


def has_any_facility(ctx: AppContext) -> bool:
    with ctx.read() as s:
        return s.scalar(select(Facility.id).limit(1)) is not None


def vendor_status_counts(ctx: AppContext, on: dt.date | None = None) -> dict[VendorStatus, int]:
    """USBS vendors per KTS list status on a date (today by default); every status is present.

    A vendor's status is the one shared answer (`common.vendors.standings`): its recorded status events and the
    changes the list rules make due by that date; a vendor with none yet is still applying.
    """
    on = on or ctx.clock.today()
    counts = {status: 0 for status in VendorStatus}
    with ctx.read() as s:
        for st in standings(s, on).values():
            counts[st.status] += 1
    return counts


def admin_summary(ctx: AppContext) -> dict[str, int]:
    """Figures for the administration desk: user accounts and audit trail entries."""
    with ctx.read() as s:
        return {
            "users": s.scalar(select(func.count()).select_from(User)) or 0,
            "audit_entries": s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        }
