"""The SHGM permit view lists the permit's public verifications through the web service (issue 16): how many,
and the latest with when, how and what the service answered."""

from __future__ import annotations

import datetime as dt

from app.ui.common import operations
from app.ui.shgm import ShgmDesk
from app.workflows.common.service_log import Request, log_request
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions, permits
from tests.support.shgm import forwarded
from tests.support.shgm import shgm as shgm_desk
from tests.support.signing import use_test_certificate


def test_the_permit_view_shows_its_public_verifications(qtbot, ctx, tmp_path):
    use_test_certificate(tmp_path)
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    did = decisions.assign_areas(approver, forwarded(ctx), [("MUAYENE", None), ("KONSULTASYON", "KARDIYOLOJI")])
    decisions.mark_ckys_recorded(approver, did, "CKYS-7")
    issued = permits.issue_permit(approver, did)
    at = dt.datetime(2026, 3, 20, 9, 15, tzinfo=dt.timezone.utc)
    for kind, answer in (("page", "gecerli"), ("file", "belge_gecersiz"), ("api", "gecerli")):
        log_request(ctx.engine, Request(kind, answer, code=issued.verification_code, permit_id=issued.permit_id,
                                        facility_id=1), at)
    desk = ShgmDesk(approver)
    qtbot.addWidget(desk)
    desk.resize(1200, 760)
    desk.show()
    desk.refresh()
    desk.show_permit(issued.permit_id)
    qtbot.waitUntil(operations.idle, timeout=20000)
    text = desk.permit_summary.toPlainText()
    assert "Kamuya açık doğrulamalar: 3 sorgu (son 3)" in text
    assert "Web sayfası — Geçerli" in text and "Belge yükleme — Belge doğrulanamadı" in text
    assert "Web API — Geçerli" in text
