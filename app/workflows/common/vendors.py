"""A vendor's KTS list status on a given date, derived from its dated status events."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Vendor, VendorStatusEvent
from app.workflows.common.vocabulary import VENDOR_STATUS_LABELS, VendorStatus


def status_on(session: Session, vendor_id: int, day: dt.date) -> VendorStatus:
    latest = session.scalars(
        select(VendorStatusEvent.status)
        .where(VendorStatusEvent.vendor_id == vendor_id, VendorStatusEvent.effective_on <= day)
        .order_by(VendorStatusEvent.effective_on.desc(), VendorStatusEvent.id.desc()).limit(1)
    ).first()
    return VendorStatus(latest) if latest else VendorStatus.APPLIED


def not_active_warning(session: Session, vendor_id: int, day: dt.date) -> str | None:
    """The warning the İSM officer must see when the chosen USBS vendor is not on the KTS active list."""
    status = status_on(session, vendor_id, day)
    if status == VendorStatus.ACTIVE:
        return None
    vendor = session.get(Vendor, vendor_id)
    name = vendor.name if vendor else f"#{vendor_id}"
    return (f"Dikkat: {name} {day.strftime('%d.%m.%Y')} tarihinde KTS aktif listesinde değil "
            f"(durumu: {VENDOR_STATUS_LABELS[status]}). Yalnızca aktif listedeki USBS üreticileri USH "
            "izinli tesislere hizmet verebilir.")
