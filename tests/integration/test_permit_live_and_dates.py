"""One live permit per facility, and dates that cannot block the real action (issue 14), on both engines.

- The database refuses a second permit that is not revoked (partial unique index, migration 0007); the services
  refuse it first with a Turkish message: sequentially (two ex officio decisions) and concurrently (two threads).
- A suspension, revocation or change of areas is dated at most 30 days ahead; "revoked" is judged as of the
  action's date, and an earlier revocation replaces a later planned one. The same for the KTS Yetki Belgesi.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.models import Permit, VendorCertificate
from app.workflows.common import signing
from app.workflows.common.errors import DomainError, ValidationFailed
from app.workflows.common.permit_status import status_on
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits, verification
from tests.support.kts import on as kts_on
from tests.support.kts import onboard
from tests.support.shgm import SHGM_DAY, amend, ministry_facility, on_day
from tests.support.shgm import shgm as shgm_desk
from tests.support.signing import use_test_certificate

AREAS = [("MUAYENE", None)]
D = dt.timedelta


@pytest.fixture
def approver(ctx):
    return shgm_desk(ctx, Role.SHGM_APPROVER)


def _decision(approver, fid: int, ref: str) -> int:
    did = shgm.start_ex_officio(approver, fid, AREAS, "Salgın tedbirleri kapsamında resen izin")
    shgm.mark_ckys_recorded(approver, did, ref)
    return did


def _permits(ctx, fid: int) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count(Permit.id)).where(Permit.facility_id == fid))


# --- one live permit ----------------------------------------------------------------------------------------------

def test_two_ex_officio_decisions_give_one_permit(ctx, approver):
    fid = ministry_facility(ctx)
    first, second = _decision(approver, fid, "CKYS-1"), _decision(approver, fid, "CKYS-2")
    permits.issue_permit(approver, first)
    with pytest.raises(ValidationFailed) as refused:
        permits.issue_permit(approver, second)
    assert "yalnızca bir izni" in refused.value.errors["facility"]
    assert _permits(ctx, fid) == 1
    # a third decision is refused at once while the permit is live
    with pytest.raises(ValidationFailed):
        shgm.start_ex_officio(approver, fid, AREAS, "yine")


def test_two_permits_issued_at_once_give_one(ctx, approver):
    fid = ministry_facility(ctx)
    ids = [_decision(approver, fid, f"CKYS-{i}") for i in (1, 2)]
    signing.load_identity()   # the signing identity is made once, before the race
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def issue(did: int) -> None:
        start.wait()
        try:
            outcomes.append(permits.issue_permit(approver, did))
        except Exception as exc:  # noqa: BLE001
            outcomes.append(exc)

    threads = [threading.Thread(target=issue, args=(did,)) for did in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    issued = [o for o in outcomes if isinstance(o, permits.IssuedPermit)]
    refused = [o for o in outcomes if isinstance(o, ValidationFailed)]
    assert len(issued) == 1 and len(refused) == 1, outcomes
    assert "yalnızca bir izni" in refused[0].errors["facility"]
    assert _permits(ctx, fid) == 1


def test_the_database_itself_refuses_a_second_live_permit(ctx, approver):
    """Whoever writes the tables (a desk user with psql, a bulk load) meets the same rule."""
    fid = ministry_facility(ctx)
    permits.issue_permit(approver, _decision(approver, fid, "CKYS-1"))
    with pytest.raises(IntegrityError):
        with ctx.write() as s:
            s.add(Permit(number="X-1", facility_id=fid, issued_on=SHGM_DAY))
    with ctx.write() as s:   # a revoked one is no rival
        s.add(Permit(number="X-2", facility_id=fid, issued_on=SHGM_DAY, revoked_on=SHGM_DAY))
    with pytest.raises(IntegrityError):   # nor can the live one's revocation be simply wiped
        with ctx.write() as s:
            s.scalars(select(Permit).where(Permit.number == "X-2")).one().revoked_on = None
    assert _permits(ctx, fid) == 2


def test_a_new_permit_once_the_revocation_has_taken_effect(ctx, approver):
    fid = ministry_facility(ctx)
    got = permits.issue_permit(approver, _decision(approver, fid, "CKYS-1"))
    permits.revoke(approver, got.permit_id, SHGM_DAY + D(days=10), "Tesis faaliyetine son verdi.")
    # revoked only from a later day: still live until then
    with pytest.raises(ValidationFailed):
        shgm.start_ex_officio(approver, fid, AREAS, "yeni")
    later = on_day(approver, SHGM_DAY + D(days=10))
    again = permits.issue_permit(later, _decision(later, fid, "CKYS-2"))
    assert again.number != got.number and _permits(ctx, fid) == 2


# --- dates: bounded, judged as of the action's day, an earlier revocation replaces a later one --------------------

@pytest.fixture
def permit_id(ctx, approver) -> int:
    fid = ministry_facility(ctx)
    return permits.issue_permit(approver, _decision(approver, fid, "CKYS-1")).permit_id


@pytest.mark.parametrize("days", [31, 365, 3650])
def test_far_future_dates_are_refused(approver, permit_id, days):
    far = SHGM_DAY + D(days=days)
    with pytest.raises(ValidationFailed) as revoke:
        permits.revoke(approver, permit_id, far, "ileride")
    assert "en çok 30 gün" in revoke.value.errors["on_date"]
    with pytest.raises(ValidationFailed) as suspend:
        permits.suspend(approver, permit_id, far, None, "ileride")
    assert "en çok 30 gün" in suspend.value.errors["from_date"]
    with pytest.raises(ValidationFailed) as amend:
        permits.amend_areas(approver, permit_id, [("IZLEM", None)], "ileride", effective_on=far)
    assert "en çok 30 gün" in amend.value.errors["effective_on"]
    assert permits.permit(approver, permit_id).events[-1].kind.value == "issued"


def test_thirty_days_ahead_is_allowed(ctx, approver, permit_id):
    start = SHGM_DAY + D(days=30)
    permits.suspend(approver, permit_id, start, None, "Planlı denetim askısı")
    with ctx.read() as s:    # in force up to the planned day, suspended from it on
        assert status_on(s, permit_id, start - D(days=1)).state == "active"
        assert (status_on(s, permit_id, start).state, status_on(s, permit_id, start).since) == ("suspended", start)


def test_a_planned_revocation_leaves_the_days_before_it_open_and_an_earlier_one_replaces_it(ctx, approver, permit_id,
                                                                                            tmp_path):
    use_test_certificate(tmp_path / "imza")   # the amended revision is verified below: not a demo signature
    planned = SHGM_DAY + D(days=20)
    permits.revoke(approver, permit_id, planned, "Planlı kapanış")
    # the days before it are open: suspend, resume, change the areas
    permits.suspend(approver, permit_id, SHGM_DAY + D(days=2), None, "Denetim")
    permits.resume(approver, permit_id, SHGM_DAY + D(days=4), "Giderildi")
    amend(approver, permit_id, [("MUAYENE", None), ("IZLEM", None)], "Alan eklendi",
          effective_on=SHGM_DAY + D(days=5))
    # on or after the planned day: refused, judged as of the action's day
    with pytest.raises(ValidationFailed) as late:
        permits.suspend(approver, permit_id, planned + D(days=1), None, "sonra")
    assert "iptal edilecek" in late.value.errors["permit"]
    with pytest.raises(ValidationFailed):
        permits.revoke(approver, permit_id, planned + D(days=3), "daha geç")
    # the real, earlier revocation replaces the planned one
    real = SHGM_DAY + D(days=7)
    permits.revoke(approver, permit_id, real, "Aykırılık")
    info = permits.permit(on_day(approver, real), permit_id)
    assert info.status.state == "revoked" and info.status.since == real
    assert [e.kind.value for e in info.events].count("revoked") == 2
    assert "planlanan iptalin yerine" in info.events[-1].reason
    assert permits.permit(on_day(approver, planned + D(days=1)), permit_id).status.since == real
    with ctx.read() as s:
        assert s.get(Permit, permit_id).revoked_on == real
    # verification follows the earlier date
    code = info.current.verification_code
    assert verification.verify_code(on_day(approver, real - D(days=1)), code).status != "revoked"
    assert verification.verify_code(on_day(approver, real), code).status == "revoked"


def test_a_revocation_in_effect_is_final(approver, permit_id):
    permits.revoke(approver, permit_id, SHGM_DAY, "Aykırılık")
    later = on_day(approver, SHGM_DAY + D(days=3))
    for attempt in (lambda: permits.revoke(later, permit_id, SHGM_DAY, "yine"),
                    lambda: permits.suspend(later, permit_id, SHGM_DAY + D(days=1), None, "geriye dönük"),
                    lambda: permits.amend_areas(later, permit_id, [("IZLEM", None)], "x",
                                                effective_on=SHGM_DAY + D(days=3))):
        with pytest.raises(ValidationFailed) as refused:
            attempt()
        assert "iptal edilmiş" in refused.value.errors["permit"]
    assert permits.permit(later, permit_id).actions == frozenset()


def test_the_desk_keeps_its_buttons_while_the_revocation_is_only_planned(approver, permit_id):
    permits.revoke(approver, permit_id, SHGM_DAY + D(days=10), "Planlı kapanış")
    assert permits.PermitAction.REVOKE in permits.permit(approver, permit_id).actions


# --- KTS Yetki Belgesi --------------------------------------------------------------------------------------------

@pytest.fixture
def certificate(ctx) -> tuple[int, str, dt.date]:
    vid = onboard(ctx)
    today = dt.date(2026, 1, 10)
    cid = kts.issue_certificate(kts_on(ctx, today), vid, today, dt.date(2027, 1, 10))
    with ctx.read() as s:
        return cid, s.get(VendorCertificate, cid).verification_code, today


def test_certificate_revocation_far_ahead_is_refused(ctx, certificate):
    cid, _code, today = certificate
    for days in (31, 200):
        with pytest.raises(ValidationFailed) as far:
            kts.revoke_certificate(kts_on(ctx, today), cid, today + D(days=days), "Üretici talep etti.")
        assert "en çok 30 gün" in far.value.errors["on"]


def test_certificate_an_earlier_revocation_replaces_a_planned_one(ctx, certificate):
    cid, code, today = certificate
    desk = kts_on(ctx, today)
    kts.revoke_certificate(desk, cid, today + D(days=25), "Planlı iptal, üretici talebi.")
    with pytest.raises(DomainError) as later:
        kts.revoke_certificate(desk, cid, today + D(days=28), "Daha geç bir tarih.")
    assert "planlanmış" in later.value.message
    kts.revoke_certificate(desk, cid, today + D(days=5), "Gerçeğe aykırı belge.")
    with ctx.read() as s:
        assert s.get(VendorCertificate, cid).revoked_on == today + D(days=5)
    assert kts.verify_certificate(kts_on(ctx, today + D(days=4)), code)[0]
    valid, reason = kts.verify_certificate(kts_on(ctx, today + D(days=5)), code)
    assert not valid and "iptal edilmiştir" in reason
    # in effect now: final
    with pytest.raises(DomainError) as final:
        kts.revoke_certificate(kts_on(ctx, today + D(days=6)), cid, today + D(days=2), "Daha erken.")
    assert "zaten iptal edildi" in final.value.message
