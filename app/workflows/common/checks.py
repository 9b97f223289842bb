"""The three checks a USBS producer makes before a professional gives remote health service (seeds; USH flow
chart §3): the facility holds a permit covering the area on that date; the professional may practise in
Türkiye (licence not expired, not suspended); the professional holds a work permit at that facility.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Facility, Professional, UshArea, WorkPermit
from app.workflows.common.permit_status import authorized_areas
from app.workflows.common.validation import tckn_error

__all__ = ["can_serve", "find_facility"]


def _fmt(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def find_facility(session: Session, ref: int | str) -> Facility | None:
    """A facility by id or by ÇKYS code."""
    if isinstance(ref, int):
        return session.get(Facility, ref)
    text = ref.strip()
    fac = session.scalars(select(Facility).where(Facility.ckys_code == text)).first()
    if fac is None and text.isascii() and text.isdigit():
        fac = session.get(Facility, int(text))
    return fac


def can_serve(session: Session, tckn: str, facility_id: int | str, area_code: str,
              on_date: dt.date) -> tuple[bool, list[str]]:
    """(True, []) when all three checks pass; otherwise False and every failing reason in Turkish."""
    reasons: list[str] = []
    day = _fmt(on_date)
    tckn = (tckn or "").strip()
    area_code = (area_code or "").strip()
    facility = find_facility(session, facility_id)
    if facility is None:
        reasons.append(f"Sağlık tesisi bulunamadı ({facility_id}).")
    area = session.get(UshArea, area_code) if area_code else None
    if area is None:
        reasons.append(f"Bilinmeyen USH alanı: {area_code or '(boş)'}.")
    if facility is not None and area is not None:
        if area_code not in authorized_areas(session, facility.id, on_date):
            reasons.append(f"{facility.name} tesisinin {day} tarihinde '{area.name}' alanını kapsayan geçerli bir "
                           "uzaktan sağlık hizmeti faaliyet izni yok.")
    pro = None
    if err := tckn_error(tckn):
        reasons.append(f"{err} ({tckn or 'boş'})")
    else:
        pro = session.scalars(select(Professional).where(Professional.tckn == tckn)).first()
        if pro is None:
            reasons.append(f"Bu TC kimlik numarasıyla kayıtlı sağlık meslek mensubu yok ({tckn}).")
    if pro is not None:
        name = f"{pro.first_name} {pro.last_name}"
        if pro.licence_valid_until is not None and pro.licence_valid_until < on_date:
            reasons.append(f"{name}: Türkiye'de mesleğini icra yetkisinin süresi {_fmt(pro.licence_valid_until)} "
                           "tarihinde dolmuş.")
        if (pro.licence_suspended_from is not None and pro.licence_suspended_from <= on_date
                and (pro.licence_suspended_until is None or on_date <= pro.licence_suspended_until)):
            until = (f" {_fmt(pro.licence_suspended_until)} tarihine kadar" if pro.licence_suspended_until
                     else "")
            reasons.append(f"{name}: mesleğini icra yetkisi {_fmt(pro.licence_suspended_from)} tarihinden "
                           f"itibaren{until} askıya alınmış.")
        if facility is not None:
            permits = session.scalars(select(WorkPermit).where(WorkPermit.professional_id == pro.id,
                                                               WorkPermit.facility_id == facility.id)).all()
            if not any(w.valid_from <= on_date and (w.valid_until is None or on_date <= w.valid_until)
                       for w in permits):
                reasons.append(
                    f"{name}: {facility.name} tesisinde {day} tarihinde geçerli çalışma izni yok (kayıtlı çalışma "
                    "izninin süresi bu tarihi kapsamıyor)." if permits else
                    f"{name}: {facility.name} tesisinde adına düzenlenmiş bir çalışma izni yok.")
    return (not reasons), reasons
