"""Building blocks for the KTS tests (no tests here): a KTS officer on a given day, a vendor taken through the
onboarding stages, facilities served through applications, a facility with a permit and a professional."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.models import (
    Application,
    Ek1Version,
    Facility,
    Permit,
    PermitArea,
    PermitEvent,
    PermitRevision,
    Professional,
    User,
    WorkPermit,
)
from app.textfold import fold
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import Actor, AppContext
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from app.workflows.kts.legal import AUDIT_TESTS

UTC = dt.timezone.utc
VKN = "4840847211"
MERSIS = "0484084721100015"
TCKN = "10000000146"


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def user(ctx: AppContext, username: str, role: Role, province_id: int | None = None,
         name: str = "Gökçe Işıklar") -> Actor:
    with ctx.write() as s:
        found = s.scalars(select(User).where(User.username == username)).first()
        if found is None:
            found = User(username=username, full_name=name, role=role.value, province_id=province_id)
            s.add(found)
            s.flush()
        return Actor(found.id, found.username, found.full_name, role, province_id)


def on(ctx: AppContext, day: dt.date | str, actor: Actor | None = None) -> AppContext:
    """The context of a KTS officer (or `actor`) working on `day`."""
    day = d(day) if isinstance(day, str) else day
    who = actor or user(ctx, "kts.uzman", Role.KTS_OFFICER, name="Gökçe Işıklar")
    return AppContext(ctx.engine, ctx.target, who, FixedClock.on(day))


def vendor_form(applied: str = "2025-09-01", tax_no: str = VKN, name: str = "Çağrı Sağlık Yazılımları A.Ş.") -> kts.VendorInput:
    return kts.VendorInput(name=name, tax_no=tax_no, mersis_no=MERSIS, signatory_name="Şükrü Ağca",
                           applied_on=d(applied), address="Kızılay Mah. Atatürk Bulvarı No: 5, Çankaya/Ankara",
                           products=[kts.ProductInput("UzakHekim Tele Muayene", "3.2"),
                                     kts.ProductInput("UzakHekim İzlem", "1.0")])


AFTER_DOCS = ("confidentiality_agreement", "test_firm_code", "ckys_test_data", "erapor_erecete_test_data",
              "audit_appointment")


def onboard(ctx: AppContext, applied: str = "2025-09-01", announced: str = "2025-12-01",
            tax_no: str = VKN, name: str = "Çağrı Sağlık Yazılımları A.Ş.") -> int:
    """A vendor taken through every stage and announced on the active list on `announced`."""
    start = d(applied)
    c = on(ctx, start)
    vid = kts.register_vendor(c, vendor_form(applied, tax_no, name))
    kts.add_vendor_document(c, vid, "kts_iso27001", "iso27001.pdf", b"%PDF iso")
    kts.add_vendor_document(c, vid, "kts_cmmi", "cmmi.pdf", b"%PDF cmmi")
    day = start + dt.timedelta(days=1)
    c = on(ctx, day)
    kts.record_step(c, vid, "document_check", "completed", day)
    for stage in AFTER_DOCS:
        kts.record_step(c, vid, stage, "completed", day)
    for test in AUDIT_TESTS:
        kts.record_step(c, vid, "audit", "successful", day, audit_test=test)
    kts.record_step(c, vid, "web_service_check", "successful", day)
    kts.record_step(c, vid, "real_environment_info", "completed", day)
    kts.announce(on(ctx, announced), vid, d(announced))
    return vid


def facility(ctx: AppContext, code: str, province_id: int, name: str) -> int:
    with ctx.write() as s:
        f = Facility(ckys_code=code, name=name, name_fold=fold(name), type_code="ozel", province_id=province_id,
                     district="Merkez", tax_no="1234567890")
        s.add(f)
        s.flush()
        return f.id


_numbers = iter(range(1, 10_000))


def application(ctx: AppContext, facility_id: int, province_id: int, vendor_id: int, state: str = "received") -> int:
    with ctx.write() as s:
        ek1 = s.scalars(select(Ek1Version)).first()
        a = Application(number=f"2026-{province_id:02d}-{next(_numbers):06d}-{facility_id}", province_id=province_id,
                        facility_id=facility_id, received_at=dt.datetime(2026, 1, 5, 9, tzinfo=UTC),
                        received_on=d("2026-01-05"), channel="kep", ek1_version_id=ek1.id, vendor_id=vendor_id,
                        state=state)
        s.add(a)
        s.flush()
        return a.id


def permit(ctx: AppContext, facility_id: int, areas: list[str], issued: str = "2026-01-10",
           events: list[tuple[str, str, str | None]] = (), vendor_id: int | None = None) -> int:
    """A permit with one revision from `issued`; `vendor_id`: the USBS producer the facility uses for USH."""
    with ctx.write() as s:
        revoked = [d(start) for kind, start, _ in events if kind == "revoked"]
        p = Permit(number=f"P-{facility_id}-{next(_numbers)}", facility_id=facility_id, issued_on=d(issued),
                   revoked_on=min(revoked, default=None))
        s.add(p)
        s.flush()
        r = PermitRevision(permit_id=p.id, revision_no=1, effective_from=d(issued),
                           verification_code=f"V{p.id:011d}", issued_at=dt.datetime(2026, 1, 10, tzinfo=UTC),
                           vendor_id=vendor_id)
        s.add(r)
        s.flush()
        for a in areas:
            s.add(PermitArea(revision_id=r.id, area_code=a))
        for kind, start, until in events:
            s.add(PermitEvent(permit_id=p.id, kind=kind, effective_from=d(start),
                              effective_until=d(until) if until else None, at=dt.datetime(2026, 1, 10, tzinfo=UTC)))
        return p.id


def professional(ctx: AppContext, tckn: str = TCKN, licence_until: str | None = "2030-12-31",
                 suspended: tuple[str, str | None] | None = None, licence_no: str = "D-991") -> int:
    with ctx.write() as s:
        pro = Professional(tckn=tckn, first_name="İlkay", last_name="Güneş", name_fold=fold("İlkay Güneş"),
                           profession="uzman hekim", licence_no=licence_no,
                           licence_valid_until=d(licence_until) if licence_until else None,
                           licence_suspended_from=d(suspended[0]) if suspended else None,
                           licence_suspended_until=d(suspended[1]) if suspended and suspended[1] else None)
        s.add(pro)
        s.flush()
        return pro.id


def work_permit(ctx: AppContext, professional_id: int, facility_id: int, start: str = "2025-06-01",
                until: str | None = None) -> int:
    with ctx.write() as s:
        w = WorkPermit(professional_id=professional_id, facility_id=facility_id, permit_no="ÇB-1",
                       valid_from=d(start), valid_until=d(until) if until else None)
        s.add(w)
        s.flush()
        return w.id
