"""Who may give remote health service (seeds; USH flow chart §1 and §3): the facility holds a permit covering the
area on that date; the USBS producer the facility uses for USH that day (the permit revision in force names it) is
on the KTS active list ("KTS'de Aktif Listede Yayımlanan USBS Yazılım Üreticileri, USH Faaliyet İzni Almış Sağlık
Tesislerinde Hizmet Verebilir"; decision on producers that leave the list in docs/decisions.md); the professional
is verifiably authorised to practise in Türkiye (a licence record, not expired, not suspended); the professional
holds a work permit at that facility.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from sqlalchemy import and_, bindparam, select
from sqlalchemy.orm import Session

from app.models import Facility, Professional, UshArea, Vendor, WorkPermit
from app.workflows.common import system_settings, vendors
from app.workflows.common.messages import msg
from app.workflows.common.periods import suspended_on
from app.workflows.common.permit_status import PermitFacts, authorized_areas, revisions_in_force
from app.workflows.common.validation import tckn_error
from app.workflows.common.vocabulary import VendorStatus

__all__ = ["FacilityRef", "can_serve", "facility_producer", "facility_ref", "find_facility", "producer_problem"]

ACTIVE_LIST_RULE = msg("Yetki sorgulama", "Yalnızca KTS'de aktif listede yayımlanan USBS üreticileri USH faaliyet "
                       "izni almış sağlık tesislerinde hizmet verebilir.")


def _fmt(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


class FacilityRef(NamedTuple):
    """What the checks need of a facility: its id and name."""

    id: int
    name: str


# Prebuilt Core statements of the checks (can_serve is the USBS vendor query's hot path): only the columns read.
_FACILITY_BY_CODE = select(Facility.id, Facility.name).where(Facility.ckys_code == bindparam("code")).limit(1)
_FACILITY_BY_ID = select(Facility.id, Facility.name).where(Facility.id == bindparam("id"))
_AREA_NAME = select(UshArea.name).where(UshArea.code == bindparam("code"))
# the professional with their work permits at the facility asked (none when no facility): one statement
_PROFESSIONAL = (
    select(Professional.id, Professional.first_name, Professional.last_name, Professional.licence_no,
           Professional.licence_valid_until, Professional.licence_suspended_from,
           Professional.licence_suspended_until, WorkPermit.id.label("work_permit_id"), WorkPermit.valid_from,
           WorkPermit.valid_until)
    .outerjoin(WorkPermit, and_(WorkPermit.professional_id == Professional.id,
                                WorkPermit.facility_id == bindparam("facility")))
    .where(Professional.tckn == bindparam("tckn")).order_by(Professional.id))


def facility_ref(session: Session, ref: int | str | FacilityRef) -> FacilityRef | None:
    """A facility by id or by ÇKYS code (a code of digits only that no facility has: an id)."""
    if isinstance(ref, FacilityRef):
        return ref
    conn = session.connection()
    if isinstance(ref, int):
        row = conn.execute(_FACILITY_BY_ID, {"id": ref}).first()
        return FacilityRef(*row) if row else None
    text = ref.strip()
    row = conn.execute(_FACILITY_BY_CODE, {"code": text}).first()
    if row is None and text.isascii() and text.isdigit():
        row = conn.execute(_FACILITY_BY_ID, {"id": int(text)}).first()
    return FacilityRef(*row) if row else None


def find_facility(session: Session, ref: int | str) -> Facility | None:
    """A facility by id or by ÇKYS code (`facility_ref`), as an entity."""
    found = facility_ref(session, ref)
    return session.get(Facility, found.id) if found else None


def facility_producer(session: Session, facility_id: int, on_date: dt.date,
                      in_force: list[tuple[PermitFacts, Any]] | None = None,
                      ) -> tuple[Any, dt.date] | None:
    """The permit revision in force on `on_date` (of a permit in force that day) and since when the facility has
    used that revision's producer under the permit (earlier revisions naming the same producer count); None when
    no permit is in force. `in_force`: `revisions_in_force` already read for the same facility and day."""
    for permit, rev in in_force if in_force is not None else revisions_in_force(session, facility_id, on_date):
        since = rev.effective_from
        for older in sorted(permit.revisions, key=lambda r: r.revision_no, reverse=True):
            if older.revision_no >= rev.revision_no:
                continue
            if older.vendor_id != rev.vendor_id:
                break
            since = older.effective_from
        return rev, since
    return None


def producer_problem(session: Session, facility: Facility | FacilityRef, on_date: dt.date,
                     keep_existing: bool | None = None, *, known: vendors.Standing | None = None,
                     in_force: list[tuple[PermitFacts, Any]] | None = None) -> str | None:
    """Why the facility's USBS producer may not serve it on `on_date` (None: it may, or no permit is in force).

    The producer's status is `vendors.standing` (recorded and due list changes alike). Active: may serve. Passive,
    or deleted with its access code still open: only where `keep_existing` (the setting
    `system_settings.producer_keeps_facilities` when None) lets a producer that leaves the active list go on
    serving the facilities it already served; deleted with the code closed, applying, or a facility taken on after
    the producer left the list: never (SBYS art. 7-8; docs/decisions.md)."""
    found = facility_producer(session, facility.id, on_date, in_force)
    if found is None:
        return None
    rev, serving_since = found
    day = _fmt(on_date)
    if rev.vendor_id is None:
        return msg("Yetki sorgulama", "{facility} tesisinin {day} tarihinde yürürlükteki izninde USH için kullandığı "
                   "USBS üreticisi kayıtlı değil; üreticinin KTS aktif listesinde olduğu doğrulanamadı.").format(
            facility=facility.name, day=day)
    # `known`: a producer's standing on `on_date` the caller already has (the vendor query's own), not read twice
    st = known if known is not None and known.vendor_id == rev.vendor_id else vendors.standing(session, rev.vendor_id,
                                                                                               on_date)
    if st.status == VendorStatus.ACTIVE:
        return None
    vendor = session.get(Vendor, rev.vendor_id)
    head = msg("Yetki sorgulama", "{facility} tesisinin USH için kullandığı USBS üreticisi {vendor} {day} "
               "tarihinde").format(facility=facility.name, vendor=vendor.name if vendor else rev.vendor_id, day=day)
    rule = ACTIVE_LIST_RULE
    status = vendors.describe(st)
    keep = system_settings.producer_keeps_facilities(session) if keep_existing is None else keep_existing
    left = st.off_list_since or st.since   # a facility taken on while the producer was off the list is new
    existing = left is not None and serving_since < left
    if st.status == VendorStatus.DELETED:
        if not st.access_code_open(on_date):
            closed = (msg("Yetki sorgulama", "yazılım erişim kodu {day} tarihinde kapatıldı").format(
                day=_fmt(st.access_code_closes_on))
                if st.access_code_closes_on and st.access_code_closes_on <= on_date
                else msg("Yetki sorgulama", "yazılım erişim kodu yok"))
            return msg("Yetki sorgulama", "{head} KTS'den silinmiş ve {closed} (durumu: {status}). {rule}").format(
                head=head, closed=closed, status=status, rule=rule)
        if keep and existing:
            return None
        code = (msg("Yetki sorgulama", "; yazılım erişim kodu {day} tarihine kadar açık").format(
            day=_fmt(st.access_code_closes_on)) if st.access_code_closes_on else "")
        new = msg("Yetki sorgulama", " Silinen üretici aktif listeye dönene kadar yeni tesise hizmet veremez.") \
            if keep else ""
        return msg("Yetki sorgulama", "{head} KTS'den silinmiş{code} (durumu: {status}). {rule}{new}").format(
            head=head, code=code, status=status, rule=rule, new=new)
    if st.status == VendorStatus.PASSIVE:
        if keep and existing:
            return None
        new = msg("Yetki sorgulama", " Pasif listedeki üretici aktif listeye dönene kadar yeni tesise hizmet "
                  "veremez.") if keep else ""
        return msg("Yetki sorgulama", "{head} KTS pasif listesinde (durumu: {status}). {rule}{new}").format(
            head=head, status=status, rule=rule, new=new)
    return msg("Yetki sorgulama", "{head} KTS aktif listesinde değil (durumu: {status}). {rule}").format(
        head=head, status=status, rule=rule)


def can_serve(session: Session, tckn: str, facility_id: int | str | FacilityRef, area_code: str,
              on_date: dt.date, *, keep_existing: bool | None = None,
              known: vendors.Standing | None = None) -> tuple[bool, list[str]]:
    """(True, []) when every check passes; otherwise False and every failing reason in Turkish.

    `keep_existing`: overrides the setting on producers that leave the active list (`producer_problem`); `known`:
    a producer's standing on `on_date` already read (it changes no answer, it saves reading it again). Few prebuilt
    Core statements, no ORM entities: the USBS vendor query (app.web.vendor_api) runs this on every request."""
    reasons: list[str] = []
    day = _fmt(on_date)
    tckn = (tckn or "").strip()
    area_code = (area_code or "").strip()
    conn = session.connection()
    facility = facility_ref(session, facility_id)
    if facility is None:
        reasons.append(msg("Yetki sorgulama", "Sağlık tesisi bulunamadı ({ref}).").format(ref=facility_id))
    area_name = conn.execute(_AREA_NAME, {"code": area_code}).scalar() if area_code else None
    if area_name is None:
        reasons.append(msg("Yetki sorgulama", "Bilinmeyen USH alanı: {code}.").format(code=area_code or "—"))
    if facility is not None and area_name is not None:
        in_force = revisions_in_force(session, facility.id, on_date)     # read once for both checks
        if area_code not in authorized_areas(session, facility.id, on_date, in_force):
            reasons.append(msg("Yetki sorgulama", "{facility} tesisinin {day} tarihinde '{area}' alanını kapsayan "
                               "geçerli bir uzaktan sağlık hizmeti faaliyet izni yok.").format(
                facility=facility.name, day=day, area=area_name))
        elif problem := producer_problem(session, facility, on_date, keep_existing, known=known, in_force=in_force):
            reasons.append(problem)
    pro = None
    if err := tckn_error(tckn):
        reasons.append(msg("Yetki sorgulama", "{error} ({tckn})").format(error=err, tckn=tckn or "—"))
    else:
        rows = conn.execute(_PROFESSIONAL, {"tckn": tckn, "facility": facility.id if facility else None}).all()
        pro = rows[0] if rows else None
        if pro is None:
            reasons.append(msg("Yetki sorgulama", "Bu TC kimlik numarasıyla kayıtlı sağlık meslek mensubu yok "
                               "({tckn}).").format(tckn=tckn))
    if pro is not None:
        name = f"{pro.first_name} {pro.last_name}"
        if not (pro.licence_no or "").strip():
            # No diploma / registration number: nothing to verify the authorisation against (decision in
            # docs/decisions.md); "not known to be invalid" is not "authorised".
            reasons.append(msg("Yetki sorgulama", "{name}: Türkiye'de mesleğini icra yetkisi doğrulanamadı "
                               "(diploma/tescil kaydı yok).").format(name=name))
        elif pro.licence_valid_until is not None and pro.licence_valid_until < on_date:
            reasons.append(msg("Yetki sorgulama", "{name}: Türkiye'de mesleğini icra yetkisinin süresi {day} "
                               "tarihinde dolmuş.").format(name=name, day=_fmt(pro.licence_valid_until)))
        if suspended_on(on_date, pro.licence_suspended_from, pro.licence_suspended_until):
            text = msg("Yetki sorgulama", "{name}: mesleğini icra yetkisi {since} tarihinden itibaren askıya "
                       "alınmış (askı {until} tarihinde sona eriyor).") if pro.licence_suspended_until else \
                msg("Yetki sorgulama", "{name}: mesleğini icra yetkisi {since} tarihinden itibaren askıya alınmış.")
            reasons.append(text.format(name=name, since=_fmt(pro.licence_suspended_from),
                                       until=_fmt(pro.licence_suspended_until) if pro.licence_suspended_until else ""))
        if facility is not None:
            permits = [w for w in rows if w.id == pro.id and w.work_permit_id is not None]
            if not any(w.valid_from <= on_date and (w.valid_until is None or on_date <= w.valid_until)
                       for w in permits):
                text = msg("Yetki sorgulama", "{name}: {facility} tesisinde {day} tarihinde geçerli çalışma izni yok "
                           "(kayıtlı çalışma izninin süresi bu tarihi kapsamıyor).") if permits else \
                    msg("Yetki sorgulama", "{name}: {facility} tesisinde adına düzenlenmiş bir çalışma izni yok.")
                reasons.append(text.format(name=name, facility=facility.name, day=day))
    return (not reasons), reasons
