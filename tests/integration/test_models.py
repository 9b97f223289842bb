"""Every kind of record survives a round trip on both engines, with Turkish text and times intact."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from app.models import (
    Application,
    ApplicationArea,
    ApplicationProfessional,
    AreaAssignment,
    AuditEntry,
    ChecklistAnswer,
    Document,
    Ek1Version,
    Facility,
    Notification,
    Permit,
    PermitArea,
    PermitEvent,
    PermitRevision,
    Professional,
    ShgmDecision,
    User,
    Vendor,
    VendorProduct,
    VendorStatusEvent,
    WorkPermit,
)
from app.storage.audit import MissingActor, verify_chain
from app.textfold import fold
from app.workflows.common.errors import StaleRecord
from app.workflows.common.states import AppState

NOW = dt.datetime(2026, 11, 23, 8, 30, 15, 123456, tzinfo=dt.timezone.utc)


def _facility(**kw: object) -> Facility:
    name = str(kw.pop("name", "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi"))
    return Facility(ckys_code=str(kw.pop("ckys_code", "CK-1")), name=name, name_fold=fold(name),
                    type_code="ozel", province_id=35, district="Karşıyaka", tax_no="1234567890", **kw)


def test_a_whole_application_with_its_permit_round_trips(ctx):
    content = "Başvuru dilekçesi — İĞÜŞÖÇ ığüşöç".encode()
    with ctx.write() as s:
        fac = _facility(address="Bostanlı Mah. Cemal Gürsel Cad. No: 1", manager_name="Dr. Ayşe Çınar")
        vendor = Vendor(name="Şifa Yazılım A.Ş.", name_fold=fold("Şifa Yazılım A.Ş."), tax_no="9876543210")
        s.add_all([fac, vendor])
        s.flush()
        product = VendorProduct(vendor_id=vendor.id, name="Uzaktan Muayene Sistemi", product_version="2.1")
        pro = Professional(tckn="10000000146", first_name="İlkay", last_name="Güneş", name_fold="ilkay güneş",
                           profession="uzman_hekim", branch_code=None, licence_no="DIP-1")
        s.add_all([product, pro])
        s.flush()
        wp = WorkPermit(professional_id=pro.id, facility_id=fac.id, valid_from=dt.date(2025, 1, 1))
        ek1 = s.scalars(select(Ek1Version)).first()
        appl = Application(number="2026-35-000001", province_id=35, facility_id=fac.id, received_at=NOW,
                           received_on=dt.date(2026, 11, 23), channel="kep", vendor_id=vendor.id,
                           product_id=product.id, ek1_version_id=ek1.id, state=AppState.UNDER_REVIEW.value)
        s.add_all([wp, appl])
        s.flush()
        doc = Document(kind="basvuru_dilekcesi", filename="dilekçe.pdf", size=len(content),
                       sha256=hashlib.sha256(content).hexdigest(), content=content, application_id=appl.id)
        s.add_all([
            doc,
            ApplicationArea(application_id=appl.id, area_code="MUAYENE"),
            ApplicationProfessional(application_id=appl.id, professional_id=pro.id, work_permit_id=wp.id),
            ChecklistAnswer(application_id=appl.id, criterion_id=ek1.criteria[0].id, answer="eksik",
                            note="İmza eksik; yetkili kişinin ıslak imzası gerekiyor.", answered_at=NOW),
            Notification(application_id=appl.id, province_id=35, kind="eksik", sayi="E-1", recipient="Tesis",
                         letter_date=dt.date(2026, 11, 24), sent_on=dt.date(2026, 11, 24), send_channel="kep",
                         recorded_at=NOW),
            VendorStatusEvent(vendor_id=vendor.id, status="active", effective_on=dt.date(2025, 1, 1),
                              recorded_at=NOW),
        ])
        dec = ShgmDecision(application_id=appl.id, facility_id=fac.id, outcome="approved", decided_at=NOW)
        s.add(dec)
        s.flush()
        s.add(AreaAssignment(decision_id=dec.id, area_code="MUAYENE"))
        permit = Permit(number="35-2026-00001", facility_id=fac.id, application_id=appl.id, decision_id=dec.id,
                        issued_on=dt.date(2026, 12, 1))
        s.add(permit)
        s.flush()
        rev = PermitRevision(permit_id=permit.id, revision_no=1, effective_from=dt.date(2026, 12, 1),
                             verification_code="ABCD-EFGH-IJKL", issued_at=NOW)
        s.add(rev)
        s.flush()
        s.add_all([PermitArea(revision_id=rev.id, area_code="MUAYENE"),
                   PermitEvent(permit_id=permit.id, kind="issued", effective_from=dt.date(2026, 12, 1), at=NOW)])
        appl_id, doc_id = appl.id, doc.id

    with ctx.read() as s:
        a = s.get(Application, appl_id)
        assert a.received_at == NOW and a.received_at.tzinfo is not None
        assert [x.area_code for x in a.areas] == ["MUAYENE"]
        assert a.answers[0].note == "İmza eksik; yetkili kişinin ıslak imzası gerekiyor."
        assert a.notifications[0].kind == "eksik"
        f = s.get(Facility, a.facility_id)
        assert f.name == "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi" and f.manager_name == "Dr. Ayşe Çınar"
        d = s.get(Document, doc_id)
        assert d.content == content and d.sha256 == hashlib.sha256(content).hexdigest()
        p = s.scalars(select(Permit)).one()
        assert p.revisions[0].areas[0].area_code == "MUAYENE" and p.events[0].kind == "issued"


def test_every_change_is_audited_with_its_author_and_the_chain_verifies(ctx):
    with ctx.write() as s:
        s.add(_facility())
    with ctx.write() as s:
        f = s.scalars(select(Facility)).one()
        f.name = "Özel İzmir Tıp Merkezi"
    with ctx.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "facilities")
                         .order_by(AuditEntry.id)).all()
        assert [r.action for r in rows] == ["insert", "update"]
        assert rows[1].before["name"] == "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi"
        assert rows[1].after["name"] == "Özel İzmir Tıp Merkezi"
        assert rows[1].username == "sistem"
        ok, count, bad = verify_chain(s)
        assert ok and bad is None and count >= 2


def test_a_change_without_a_known_author_is_refused_and_nothing_is_written(ctx):
    from sqlalchemy.orm import Session

    with Session(ctx.engine) as s, pytest.raises(MissingActor):
        s.add(_facility())
        s.commit()
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Facility)) == 0


def test_a_stale_save_is_refused_not_silently_overwritten(ctx):
    """Two officers open the same record; the second save, based on the old version, is refused."""
    with ctx.write() as s:
        s.add(_facility())
    with ctx.read() as s:
        theirs = s.scalars(select(Facility)).one()  # the second officer's form keeps this copy
    with ctx.write() as s:
        s.scalars(select(Facility)).one().phone = "0232 000 00 00"  # the first officer saves
    with pytest.raises(StaleRecord) as refused, ctx.write() as s:
        s.add(theirs)
        theirs.phone = "0232 111 11 11"
    assert "siz açtıktan sonra" in str(refused.value) and "kaydınız yapılmadı" in str(refused.value)
    with ctx.read() as s:
        f = s.scalars(select(Facility)).one()
        assert (f.phone, f.version) == ("0232 000 00 00", 2)


def test_unique_ckys_code_is_enforced(ctx):
    from sqlalchemy.exc import IntegrityError

    with ctx.write() as s:
        s.add(_facility())
    with pytest.raises(IntegrityError), ctx.write() as s:
        s.add(_facility(name="Başka Tesis"))


def test_users_keep_role_and_province(ctx):
    with ctx.write() as s:
        s.add(User(username="ism35.memur", full_name="Şule Öztürk", role="ism_officer", province_id=35))
    with ctx.read() as s:
        u = s.scalars(select(User).where(User.username == "ism35.memur")).one()
        assert (u.full_name, u.role, u.province_id, u.must_change_password) == ("Şule Öztürk", "ism_officer", 35, True)


def test_turkish_names_sort_in_alphabetical_order_on_postgresql(ctx, db_kind):
    """PostgreSQL sorts name columns with the ICU Turkish collation; SQLite lists sort through fold keys."""
    names = ["Zeynep", "Çağla", "İpek", "Ilgaz", "Cem", "Ömer", "Osman", "Şule", "ılık"]
    with ctx.write() as s:
        for i, n in enumerate(names):
            s.add(_facility(name=n, ckys_code=f"CK-{i}"))
    with ctx.read() as s:
        ordered = s.scalars(select(Facility.name).order_by(Facility.name)).all()
    if db_kind == "postgresql":
        assert ordered == ["Cem", "Çağla", "Ilgaz", "ılık", "İpek", "Osman", "Ömer", "Şule", "Zeynep"]
    else:
        assert sorted(ordered) == sorted(names)


def test_the_audit_trail_names_the_inserted_row_and_never_holds_a_password_hash(ctx):
    import json

    with ctx.write() as s:
        u = User(username="ism06.memur", full_name="Işıl Ünal", role="ism_officer", province_id=6,
                 password_hash="$argon2id$v=19$m=65536,t=3,p=4$gizlituz$gizliozet")
        s.add(u)
        s.flush()
        uid = u.id
    with ctx.write() as s:
        s.get(User, uid).password_hash = "$argon2id$v=19$m=65536,t=3,p=4$yenituz$yeniozet"
    with ctx.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "users")
                         .where(AuditEntry.row_id == str(uid)).order_by(AuditEntry.id)).all()
    assert [r.action for r in rows] == ["insert", "update"]
    text = json.dumps([r.before for r in rows] + [r.after for r in rows], ensure_ascii=False)
    assert "argon2" not in text and "gizliozet" not in text
    assert rows[1].before["password_hash"] != rows[1].after["password_hash"]  # the change itself is visible
