"""A permit or KTS Yetki Belgesi that is not in force never looks valid (issue 17): every shown, printed or saved
copy carries its status across the page (İPTAL EDİLMİŞTİR — date, ASKIDA — period, YÜRÜRLÜKTEN KALKMIŞTIR), read
at display time from the one status rule; the stored, signed PDF stays exactly as signed."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pdfplumber
import pytest

from app.models import Document, VendorCertificate, VendorStatusEvent
from app.workflows.common import stored_documents
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.ism import officer, vendor
from tests.support.kts import d, on
from tests.support.shgm import SHGM_DAY, amend, forwarded, on_day
from tests.support.shgm import shgm as shgm_desk

STATUS_WORDS = ("İPTAL EDİLMİŞTİR", "ASKIDA", "YÜRÜRLÜKTEN KALKMIŞTIR", "GEÇERSİZ —", "SÜRESİ DOLMUŞTUR")


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


@pytest.fixture
def approver(ctx):
    return shgm_desk(ctx, Role.SHGM_APPROVER)


@pytest.fixture
def issued(ctx, approver) -> permits.IssuedPermit:
    app_id = forwarded(ctx)
    did = shgm.assign_areas(approver, app_id, [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, did, "CKYS-2026-1")
    return permits.issue_permit(approver, did)


def stored_sha(ctx, document_id: int) -> str:
    with ctx.read() as s:
        return hashlib.sha256(bytes(s.get(Document, document_id).content)).hexdigest()


def test_a_permit_in_force_is_shown_exactly_as_signed(ctx, approver, issued):
    shown = permits.permit_document(approver, issued.permit_id)
    assert hashlib.sha256(shown.content).hexdigest() == stored_sha(ctx, issued.document_id)
    assert not any(word in text_of(shown.content) for word in STATUS_WORDS)


def test_a_revoked_permit_says_so_on_every_copy_and_the_stored_one_is_untouched(ctx, approver, issued):
    before = stored_sha(ctx, issued.document_id)
    permits.revoke(approver, issued.permit_id, SHGM_DAY, "Tesis faaliyetine son verdi.")
    shown = permits.permit_document(approver, issued.permit_id).content
    assert "İPTAL EDİLMİŞTİR — 12.03.2026" in text_of(shown)
    # the İSM's copy (its application's documents) is stamped alike
    ism = on_day(ctx.as_user(officer(ctx, "ism35.yonetici", Role.ISM_MANAGER, 35, "Ayşe Işık")), SHGM_DAY)
    assert "İPTAL EDİLMİŞTİR — 12.03.2026" in text_of(stored_documents.document(ism, issued.document_id).content)
    assert stored_sha(ctx, issued.document_id) == before


def test_a_suspended_permit_shows_its_period_and_is_plain_again_after_it(ctx, approver, issued):
    until = SHGM_DAY + dt.timedelta(days=10)
    permits.suspend(approver, issued.permit_id, SHGM_DAY, until, "Denetimde eksiklik tespit edildi.")
    assert "ASKIDA — 12.03.2026–22.03.2026" in text_of(permits.permit_document(approver, issued.permit_id).content)
    later = on_day(approver, until)
    assert "ASKIDA" not in text_of(permits.permit_document(later, issued.permit_id).content)


def test_a_replaced_revision_says_it_is_no_longer_in_force_and_the_new_one_does_not(ctx, approver, issued):
    areas = [("MUAYENE", None)]
    new = amend(approver, issued.permit_id, areas, "Alan eklendi.")
    old = text_of(permits.permit_document(approver, issued.permit_id, revision_no=1).content)
    assert "YÜRÜRLÜKTEN KALKMIŞTIR" in old
    assert "YÜRÜRLÜKTEN KALKMIŞTIR" not in text_of(permits.permit_document(approver, issued.permit_id).content)
    assert new.revision_no == 2


def passive_from(ctx, vendor_id: int, day: dt.date) -> None:
    with ctx.write() as s:
        s.add(VendorStatusEvent(vendor_id=vendor_id, status="passive", effective_on=day, reason="Uyarı giderilmedi.",
                                recorded_at=dt.datetime(2026, 3, 3, tzinfo=dt.timezone.utc)))


def certificate(ctx) -> tuple[int, int, str]:
    vid, _product = vendor(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    with ctx.read() as s:
        return vid, cid, s.get(VendorCertificate, cid).verification_code


def test_a_certificate_is_stamped_when_revoked_or_its_vendor_is_passive(ctx):
    vid, cid, _code = certificate(ctx)
    assert not any(w in text_of(kts.certificate_pdf(on(ctx, "2026-01-20"), cid)[1]) for w in STATUS_WORDS)
    passive_from(ctx, vid, d("2026-03-03"))
    assert "GEÇERSİZ — ÜRETİCİ PASİF LİSTEDE" in text_of(kts.certificate_pdf(on(ctx, "2026-03-03"), cid)[1])
    kts.revoke_certificate(on(ctx, "2026-03-04"), cid, d("2026-03-04"), "Üretici talebiyle iptal.")
    assert "İPTAL EDİLMİŞTİR — 04.03.2026" in text_of(kts.certificate_pdf(on(ctx, "2026-03-05"), cid)[1])


def test_the_verification_answer_and_the_stamp_come_from_the_same_rule(ctx):
    _vid, cid, code = certificate(ctx)
    valid, reason = kts.verify_certificate(on(ctx, "2027-02-01"), code)
    assert not valid and "sona ermiştir" in reason
    assert "SÜRESİ DOLMUŞTUR — 14.01.2027" in text_of(kts.certificate_pdf(on(ctx, "2027-02-01"), cid)[1])


def test_the_ism_is_told_when_shgm_suspends_or_revokes_its_permit(ctx, approver, issued):
    ism = on_day(ctx.as_user(officer(ctx, "ism35.yonetici", Role.ISM_MANAGER, 35, "Ayşe Işık")), SHGM_DAY)
    assert kts.notices_for(ism, 35) == []
    permits.suspend(approver, issued.permit_id, SHGM_DAY, SHGM_DAY + dt.timedelta(days=10), "Denetim bulgusu.")
    permits.revoke(approver, issued.permit_id, SHGM_DAY + dt.timedelta(days=5), "Tesis kapandı.")
    revoked, suspended = kts.notices_for(ism, 35)
    assert suspended.kind == "permit_suspended" and issued.number in suspended.title
    assert "askıya alındı (12.03.2026–22.03.2026)" in suspended.body and "Denetim bulgusu." in suspended.body
    assert revoked.kind == "permit_revoked" and "17.03.2026 tarihinden itibaren iptal edildi" in revoked.body
    assert all(n.acknowledged_at is None for n in (revoked, suspended))
    assert kts.notices_for(on_day(ctx.as_user(officer(ctx, "ism06.memur", Role.ISM_OFFICER, 6, "Can Er")),
                                  SHGM_DAY), 6) == []
