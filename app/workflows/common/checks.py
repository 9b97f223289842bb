"""Who may give remote health service (seeds; USH flow chart §1 and §3): the facility holds a permit covering the
area on that date; the USBS producer the facility uses for USH that day (the permit revision in force names it) is
on the KTS active list ("KTS'de Aktif Listede Yayımlanan USBS Yazılım Üreticileri, USH Faaliyet İzni Almış Sağlık
Tesislerinde Hizmet Verebilir"; decision on producers that leave the list in docs/decisions.md); the professional
is verifiably authorised to practise in Türkiye (a licence record, not expired, not suspended); the professional
holds a work permit at that facility.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Facility, Permit, PermitRevision, Professional, UshArea, Vendor, WorkPermit
from app.workflows.common import system_settings, vendors
from app.workflows.common.messages import msg
from app.workflows.common.periods import suspended_on
from app.workflows.common.permit_status import authorized_areas, revisions_in_force
from app.workflows.common.validation import tckn_error
from app.workflows.common.vocabulary import VendorStatus

__all__ = ["can_serve", "find_facility", "facility_producer", "producer_problem"]

ACTIVE_LIST_RULE = ("Yalnızca KTS'de aktif listede yayımlanan USBS üreticileri USH faaliyet izni almış sağlık "
                    "tesislerinde hizmet verebilir.")


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


def facility_producer(session: Session, facility_id: int, on_date: dt.date,
                      in_force: list[tuple[Permit, PermitRevision]] | None = None,
                      ) -> tuple[PermitRevision, dt.date] | None:
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


def producer_problem(session: Session, facility: Facility, on_date: dt.date,
                     keep_existing: bool | None = None, *, known: vendors.Standing | None = None,
                     in_force: list[tuple[Permit, PermitRevision]] | None = None) -> str | None:
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
        return (f"{facility.name} tesisinin {day} tarihinde yürürlükteki izninde USH için kullandığı USBS üreticisi "
                "kayıtlı değil; üreticinin KTS aktif listesinde olduğu doğrulanamadı.")
    # `known`: a producer's standing on `on_date` the caller already has (the vendor query's own), not read twice
    st = known if known is not None and known.vendor_id == rev.vendor_id else vendors.standing(session, rev.vendor_id,
                                                                                               on_date)
    if st.status == VendorStatus.ACTIVE:
        return None
    vendor = session.get(Vendor, rev.vendor_id)
    head = (f"{facility.name} tesisinin USH için kullandığı USBS üreticisi {vendor.name if vendor else rev.vendor_id}"
            f" {day} tarihinde")
    keep = system_settings.producer_keeps_facilities(session) if keep_existing is None else keep_existing
    left = st.off_list_since or st.since   # a facility taken on while the producer was off the list is new
    existing = left is not None and serving_since < left
    if st.status == VendorStatus.DELETED:
        if not st.access_code_open(on_date):
            closed = (f"yazılım erişim kodu {_fmt(st.access_code_closes_on)} tarihinde kapatıldı"
                      if st.access_code_closes_on and st.access_code_closes_on <= on_date
                      else "yazılım erişim kodu yok")
            return f"{head} KTS'den silinmiş ve {closed} (durumu: {vendors.describe(st)}). {ACTIVE_LIST_RULE}"
        if keep and existing:
            return None
        code = (f"; yazılım erişim kodu {_fmt(st.access_code_closes_on)} tarihine kadar açık"
                if st.access_code_closes_on else "")
        new = " Silinen üretici aktif listeye dönene kadar yeni tesise hizmet veremez." if keep else ""
        return f"{head} KTS'den silinmiş{code} (durumu: {vendors.describe(st)}). {ACTIVE_LIST_RULE}{new}"
    if st.status == VendorStatus.PASSIVE:
        if keep and existing:
            return None
        new = " Pasif listedeki üretici aktif listeye dönene kadar yeni tesise hizmet veremez." if keep else ""
        return f"{head} KTS pasif listesinde (durumu: {vendors.describe(st)}). {ACTIVE_LIST_RULE}{new}"
    return f"{head} KTS aktif listesinde değil (durumu: {vendors.describe(st)}). {ACTIVE_LIST_RULE}"


def can_serve(session: Session, tckn: str, facility_id: int | str, area_code: str,
              on_date: dt.date, *, keep_existing: bool | None = None,
              known: vendors.Standing | None = None) -> tuple[bool, list[str]]:
    """(True, []) when every check passes; otherwise False and every failing reason in Turkish.

    `keep_existing`: overrides the setting on producers that leave the active list (`producer_problem`); `known`:
    a producer's standing on `on_date` already read (it changes no answer, it saves reading it again)."""
    reasons: list[str] = []
    day = _fmt(on_date)
    tckn = (tckn or "").strip()
    area_code = (area_code or "").strip()
    facility = find_facility(session, facility_id)
    if facility is None:
        reasons.append(msg("Yetki sorgulama", "Sağlık tesisi bulunamadı ({ref}).").format(ref=facility_id))
    area = session.get(UshArea, area_code) if area_code else None
    if area is None:
        reasons.append(msg("Yetki sorgulama", "Bilinmeyen USH alanı: {code}.").format(code=area_code or "—"))
    if facility is not None and area is not None:
        in_force = revisions_in_force(session, facility.id, on_date)     # read once for both checks
        if area_code not in authorized_areas(session, facility.id, on_date, in_force):
            reasons.append(msg("Yetki sorgulama", "{facility} tesisinin {day} tarihinde '{area}' alanını kapsayan "
                               "geçerli bir uzaktan sağlık hizmeti faaliyet izni yok.").format(
                facility=facility.name, day=day, area=area.name))
        elif problem := producer_problem(session, facility, on_date, keep_existing, known=known, in_force=in_force):
            reasons.append(problem)
    pro = None
    if err := tckn_error(tckn):
        reasons.append(msg("Yetki sorgulama", "{error} ({tckn})").format(error=err, tckn=tckn or "—"))
    else:
        pro = session.scalars(select(Professional).where(Professional.tckn == tckn)).first()
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
            permits = session.scalars(select(WorkPermit).where(WorkPermit.professional_id == pro.id,
                                                               WorkPermit.facility_id == facility.id)).all()
            if not any(w.valid_from <= on_date and (w.valid_until is None or on_date <= w.valid_until)
                       for w in permits):
                text = msg("Yetki sorgulama", "{name}: {facility} tesisinde {day} tarihinde geçerli çalışma izni yok "
                           "(kayıtlı çalışma izninin süresi bu tarihi kapsamıyor).") if permits else \
                    msg("Yetki sorgulama", "{name}: {facility} tesisinde adına düzenlenmiş bir çalışma izni yok.")
                reasons.append(text.format(name=name, facility=facility.name, day=day))
    return (not reasons), reasons
