"""Building blocks for İSM workflow tests: officers, an active vendor, a valid application form."""

from __future__ import annotations

import datetime as dt

from app.models import User, Vendor, VendorProduct, VendorStatusEvent
from app.textfold import fold
from app.workflows.common.clock import TR, FixedClock
from app.workflows.common.context import Actor, AppContext
from app.workflows.common.vocabulary import Role
from app.workflows.ism.intake import DocumentInput, FacilityInput, IntakeForm, ProfessionalInput

TODAY = dt.date(2026, 3, 2)  # a Monday; day 15 is Tue 17 March


def officer(ctx: AppContext, username: str, role: Role, province_id: int | None, name: str) -> Actor:
    with ctx.write() as s:
        u = User(username=username, full_name=name, role=role.value, province_id=province_id)
        s.add(u)
        s.flush()
        return Actor(u.id, u.username, u.full_name, role, province_id)


def izmir_desk(ctx: AppContext, today: dt.date = TODAY) -> AppContext:
    clock = FixedClock.on(today, hour=11)
    actor = officer(ctx, "ism35.memur", Role.ISM_OFFICER, 35, "Şule Öztürk")
    return AppContext(ctx.engine, ctx.target, actor, clock)


def vendor(ctx: AppContext, status: str = "active", since: dt.date = dt.date(2025, 1, 1)) -> tuple[int, int]:
    with ctx.write() as s:
        v = Vendor(name="Çağrı Sağlık Yazılımları A.Ş.", name_fold=fold("Çağrı Sağlık Yazılımları A.Ş."),
                   tax_no="4840847211")
        s.add(v)
        s.flush()
        p = VendorProduct(vendor_id=v.id, name="UzakHekim", product_version="3.2")
        s.add(p)
        s.add(VendorStatusEvent(vendor_id=v.id, status=status, effective_on=since,
                                recorded_at=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)))
        s.flush()
        return v.id, p.id


def form(vendor_id: int, product_id: int, received: dt.date = TODAY, province_id: int = 35,
         ckys: str = "35-0001") -> IntakeForm:
    return IntakeForm(
        received_at=dt.datetime(received.year, received.month, received.day, 9, 30, tzinfo=TR),
        channel="kep", channel_ref="KEP-2026-0042",
        new_facility=FacilityInput(
            ckys_code=ckys, name="Özel Işıklı Göğüs Tıp Merkezi", type_code="ozel", province_id=province_id,
            district="Karşıyaka", address="Bostanlı Mah. Cemal Gürsel Cad. No: 12", tax_no="1234567890",
            mersis_no="0123456789000015", manager_name="Dr. Ayşe Çınar",
        ),
        areas=[("MUAYENE", None), ("KONSULTASYON", "KARDIYOLOJI")],
        vendor_id=vendor_id, product_id=product_id,
        professionals=[ProfessionalInput(tckn="10000000146", first_name="İlkay", last_name="Güneş",
                                         profession="uzman_hekim", branch_code="KARDIYOLOJI", licence_no="D-991",
                                         work_permit_no="ÇB-35-77", work_permit_from=dt.date(2024, 5, 1))],
        documents=[DocumentInput("basvuru_dilekcesi", "dilekçe.pdf", "Başvuru dilekçesi".encode())],
    )
