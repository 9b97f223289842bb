"""Helpers for the verification service's tests (no tests here): a signed permit in a given state, and the
service itself, in process, the way `ush-izin serve` builds it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from app.models import ServiceLog
from app.storage.database import Target
from app.web.app import create_app
from app.web.database import service_engines
from app.web.service import WebSettings
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions, permits
from tests.support.shgm import SHGM_DAY, forwarded, on_day
from tests.support.shgm import amend as amend_areas
from tests.support.shgm import shgm as shgm_desk
from tests.support.signing import use_test_certificate

AREAS = [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)]
CHECK_DAY = SHGM_DAY + dt.timedelta(days=20)        # the day the service answers on


@dataclass
class Issued:
    approver: AppContext
    permit_id: int
    number: str
    code: str
    pdf: bytes


def issued_permit(ctx: AppContext, cert_folder: Path | None, demo: bool = False) -> Issued:
    """A permit issued on SHGM_DAY, signed with a test certificate (or the demo one when `cert_folder` is None)."""
    if cert_folder is not None:
        use_test_certificate(cert_folder)
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    did = decisions.assign_areas(approver, forwarded(ctx), AREAS)
    decisions.mark_ckys_recorded(approver, did, "CKYS-2026-0000777")
    issued = permits.issue_permit(approver, did)
    assert issued.demo == demo, "the signing certificate is not the one the test asked for"
    pdf = permits.permit_document(approver, issued.permit_id).content
    return Issued(approver, issued.permit_id, issued.number, issued.verification_code, pdf)


def suspend(it: Issued, days: int = 10) -> tuple[dt.date, dt.date]:
    start, end = SHGM_DAY + dt.timedelta(days=5), SHGM_DAY + dt.timedelta(days=5 + days + 30)
    permits.suspend(on_day(it.approver, start), it.permit_id, start, end,
                    "Denetimde hekim Dr. Ayşe Yılmaz'ın belgesi eksik bulundu.", "E-2026-55")
    return start, end


def revoke(it: Issued) -> dt.date:
    day = SHGM_DAY + dt.timedelta(days=7)
    permits.revoke(on_day(it.approver, day), it.permit_id, day, "Tesis sahibi Ali Veli'nin talebi.", "E-2026-77")
    return day


def amend(it: Issued) -> tuple[str, dt.date]:
    day = SHGM_DAY + dt.timedelta(days=3)
    new = amend_areas(on_day(it.approver, day), it.permit_id, [("MUAYENE", None)], "Alan daraltıldı.", day)
    return new.verification_code, day


@contextmanager
def client(target: Target, day: dt.date = CHECK_DAY, password: str | None = None,
           **settings: object) -> Iterator[TestClient]:
    """The service as `ush-izin serve` runs it (read-only reads, the log appended), answering on `day`."""
    read, log = service_engines(target, password)
    app = create_app(read, WebSettings(log_engine=log, clock=FixedClock.on(day, hour=12), **settings))  # type: ignore[arg-type]
    try:
        with TestClient(app, raise_server_exceptions=False, client=("198.51.100.77", 50000)) as c:
            yield c
    finally:
        read.dispose()
        log.dispose()


def log_rows(ctx: AppContext) -> list[ServiceLog]:
    with ctx.read() as s:
        return list(s.scalars(select(ServiceLog).order_by(ServiceLog.id)))
