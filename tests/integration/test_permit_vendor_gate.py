"""Only USBS producers on the KTS active list may serve facilities that hold a USH permit (shared/domain §1, §5):
SHGM cannot issue the permit of an application whose vendor has left the active list since the İSM received it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models import Application, Permit, VendorStatusEvent
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.shgm import SHGM_DAY, forwarded
from tests.support.shgm import shgm as shgm_desk

AREAS = [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)]


@pytest.fixture
def recorded(ctx) -> tuple[object, int, int]:
    """(approver desk, application id, decision id): areas decided and recorded in ÇKYS."""
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    app_id = forwarded(ctx)
    decision_id = shgm.assign_areas(approver, app_id, AREAS)
    shgm.mark_ckys_recorded(approver, decision_id, "CKYS-2026-0000991")
    return approver, app_id, decision_id


def vendor_becomes(ctx, app_id: int, status: str, on: dt.date) -> None:
    with ctx.write() as s:
        vendor_id = s.get(Application, app_id).vendor_id
        s.add(VendorStatusEvent(vendor_id=vendor_id, status=status, effective_on=on,
                                recorded_at=dt.datetime(on.year, on.month, on.day, 9, tzinfo=dt.timezone.utc)))


@pytest.mark.parametrize("status, label", [("passive", "Pasif"), ("deleted", "Silinmiş")])
def test_a_vendor_off_the_active_list_on_the_issue_date_blocks_the_permit(ctx, recorded, status, label):
    approver, app_id, decision_id = recorded
    vendor_becomes(ctx, app_id, status, SHGM_DAY - dt.timedelta(days=1))
    with pytest.raises(ValidationFailed) as refused:
        permits.issue_permit(approver, decision_id)
    message = refused.value.errors["vendor"]
    assert "KTS aktif listesinde değil" in message and label.lower() in message.lower()
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Permit)) == 0


def test_a_vendor_that_becomes_passive_only_after_the_issue_date_does_not_block(ctx, recorded):
    approver, app_id, decision_id = recorded
    vendor_becomes(ctx, app_id, "passive", SHGM_DAY + dt.timedelta(days=1))
    assert permits.issue_permit(approver, decision_id).number
