"""Read services check role and scope (issue 14): an İSM officer of another province is refused, the right roles
still read. One test per read service: permit details, history and PDF, stored documents (vendor files, permit
PDFs, attachments), KTS Yetki Belgesi PDFs, KTS notices, the KTS vendor list and file (both engines)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from app.models import Document, Notice, PermitRevision, VendorCertificate
from app.workflows.common.context import Actor, AppContext
from app.workflows.common.errors import PermissionDenied
from app.workflows.common.vocabulary import Role
from app.workflows.kts import queries as kts_queries
from app.workflows.kts import registry as kts
from app.workflows.shgm import permits
from tests.support.kts import facility, on, permit, user

IZMIR, ANKARA = 35, 6
UTC = dt.timezone.utc


@pytest.fixture
def world(ctx: AppContext) -> dict:
    fid = facility(ctx, "35-7001", IZMIR, "Özel Işıklı Tıp Merkezi")
    pid = permit(ctx, fid, ["MUAYENE"])
    with ctx.write() as s:
        pdf = b"%PDF-1.7 izin"
        doc = Document(kind="izin_belgesi", filename="izin.pdf", media_type="application/pdf", size=len(pdf),
                       sha256=hashlib.sha256(pdf).hexdigest(), content=pdf, facility_id=fid)
        s.add(doc)
        s.flush()
        rev = s.query(PermitRevision).filter_by(permit_id=pid).one()
        rev.document_id = doc.id
        from app.models import Vendor
        from app.textfold import fold
        v = Vendor(name="Çağrı Yazılım A.Ş.", name_fold=fold("Çağrı Yazılım A.Ş."), tax_no="1234567890")
        s.add(v)
        s.flush()
        vdoc = Document(kind="kts_iso27001", filename="iso.pdf", media_type="application/pdf", size=3,
                        sha256=hashlib.sha256(b"iso").hexdigest(), content=b"iso", vendor_id=v.id)
        cdoc = Document(kind=kts.CERTIFICATE_DOCUMENT_KIND, filename="KTS-YB.pdf", media_type="application/pdf",
                        size=3, sha256=hashlib.sha256(b"cer").hexdigest(), content=b"cer", vendor_id=v.id)
        s.add_all([vdoc, cdoc])
        s.flush()
        cert = VendorCertificate(vendor_id=v.id, number="KTS-YB-2026-00001", valid_from=dt.date(2026, 1, 1),
                                 valid_until=dt.date(2027, 1, 1), verification_code="ABCDEFGHJKLM",
                                 document_id=cdoc.id, issued_at=dt.datetime(2026, 1, 2, tzinfo=UTC))
        s.add(cert)
        for province in (IZMIR, ANKARA):
            s.add(Notice(province_id=province, kind="kts_vendor_passive", title=f"Bildirim {province}", body="…",
                         vendor_id=v.id, created_at=dt.datetime(2026, 2, 1, tzinfo=UTC)))
        s.flush()
        ids = dict(facility=fid, permit=pid, permit_doc=doc.id, vendor=v.id, vendor_doc=vdoc.id, cert=cert.id,
                   cert_doc=cdoc.id)
    roles = {
        "ism35": user(ctx, "ism35.memur", Role.ISM_OFFICER, IZMIR, "Şule Öztürk"),
        "ism35m": user(ctx, "ism35.mudur", Role.ISM_MANAGER, IZMIR, "İlkay Çelik"),
        "ism06": user(ctx, "ism06.memur", Role.ISM_OFFICER, ANKARA, "Gökhan Ağca"),
        "ism06m": user(ctx, "ism06.mudur", Role.ISM_MANAGER, ANKARA, "Ümit Işık"),
        "shgm": user(ctx, "shgm.uzman", Role.SHGM_REVIEWER, None, "Öykü Şahin"),
        "onay": user(ctx, "shgm.onay", Role.SHGM_APPROVER, None, "Çağla Demir"),
        "kts": user(ctx, "kts.memur", Role.KTS_OFFICER, None, "Kâmil Işık"),
        "admin": user(ctx, "yonetici2", Role.ADMIN, None, "Sistem Yöneticisi"),
        "auditor": user(ctx, "denetci", Role.AUDITOR, None, "Denetçi"),
    }
    return {"ctx": ctx, "ids": ids, "as": {k: on(ctx, "2026-03-02", a) for k, a in roles.items()}}


def _check(world: dict, call, allowed: set[str]) -> None:
    for name, c in world["as"].items():
        if name in allowed:
            call(c)
        else:
            with pytest.raises(PermissionDenied):
                call(c)


PERMIT_READERS = {"ism35", "ism35m", "shgm", "onay", "admin", "auditor"}
KTS_READERS = {"kts", "admin", "auditor"}


def test_permit_details(world):
    pid = world["ids"]["permit"]
    _check(world, lambda c: permits.permit(c, pid), PERMIT_READERS)


def test_permit_history(world):
    fid = world["ids"]["facility"]
    _check(world, lambda c: permits.history(c, fid), PERMIT_READERS)


def test_permit_pdf(world):
    pid = world["ids"]["permit"]
    _check(world, lambda c: permits.permit_document(c, pid), PERMIT_READERS)
    _check(world, lambda c: permits.permit_document(c, pid, revision_no=1), PERMIT_READERS)


def test_the_refusal_says_why_in_turkish(world):
    with pytest.raises(PermissionDenied) as other:
        permits.permit(world["as"]["ism06"], world["ids"]["permit"])
    assert "başka bir ile ait" in other.value.message
    with pytest.raises(PermissionDenied) as role:
        kts.certificate_pdf(world["as"]["ism35"], world["ids"]["cert"])
    assert "yetkiniz yok" in role.value.message


def test_kts_certificate_pdf(world):
    cid = world["ids"]["cert"]
    _check(world, lambda c: kts.certificate_pdf(c, cid), KTS_READERS)


def test_kts_notices_of_a_province(world):
    _check(world, lambda c: kts.notices_for(c, IZMIR), {"ism35", "ism35m"} | KTS_READERS)
    _check(world, lambda c: kts.notices_for(c, ANKARA), {"ism06", "ism06m"} | KTS_READERS)
    assert [n.title for n in kts.notices_for(world["as"]["ism35"], IZMIR)] == [f"Bildirim {IZMIR}"]


def test_kts_vendor_list_and_file(world):
    vid = world["ids"]["vendor"]
    _check(world, lambda c: kts_queries.vendors(c, dt.date(2026, 3, 2)), KTS_READERS)
    _check(world, lambda c: kts_queries.vendor_file(c, vid, dt.date(2026, 3, 2)), KTS_READERS)


def test_stored_documents_by_what_they_belong_to(world):
    from app.workflows.common.stored_documents import document

    ids = world["ids"]
    _check(world, lambda c: document(c, ids["vendor_doc"]), KTS_READERS)
    _check(world, lambda c: document(c, ids["cert_doc"]), KTS_READERS)
    _check(world, lambda c: document(c, ids["permit_doc"]), PERMIT_READERS)


def test_an_application_file_stays_with_its_province(world):
    from app.workflows.common.stored_documents import document
    from app.workflows.ism import intake
    from tests.support.ism import form, vendor

    ctx = world["ctx"]
    vid, prod = vendor(ctx)
    app_id = intake.receive(world["as"]["ism35"], form(vid, prod, received=dt.date(2026, 3, 2), ckys="35-7002"))
    with ctx.read() as s:
        doc_id = s.query(Document.id).filter_by(application_id=app_id).first()[0]
    _check(world, lambda c: document(c, doc_id), set(world["as"]) - {"ism06", "ism06m"})


def test_an_applications_checklist_result_and_letter_kind_stay_with_its_province(world):
    from app.workflows.common.lookups import signers
    from app.workflows.ism import intake, notify, review
    from tests.support.ism import form, vendor

    ctx = world["ctx"]
    vid, prod = vendor(ctx)
    app_id = intake.receive(world["as"]["ism35"], form(vid, prod, received=dt.date(2026, 3, 2), ckys="35-7003"))
    others = {"ism06", "ism06m"}
    _check(world, lambda c: review.review_result(c, app_id), set(world["as"]) - others)
    _check(world, lambda c: notify.letter_kind(c, app_id), set(world["as"]) - others)
    assert signers(world["as"]["ism06"], IZMIR) == []
    assert [n for n, _ in signers(world["as"]["ism35"], IZMIR)] == ["İlkay Çelik", "Şule Öztürk"]
