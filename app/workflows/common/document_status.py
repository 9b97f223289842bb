"""What a stored permit revision or KTS Yetki Belgesi is today, written across the copy that is shown, printed or
saved when it is not in force (issue 17): "İPTAL EDİLMİŞTİR — date", "ASKIDA — period", "YÜRÜRLÜKTEN KALKMIŞTIR",
"GEÇERSİZ — ÜRETİCİ PASİF LİSTEDE". The status comes from the shared rules at display time (`permit_status`,
`vendors.status_on`); the stored, signed file is never changed. No Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Permit, PermitRevision, Vendor, VendorCertificate
from app.workflows.common.messages import msg
from app.workflows.common.permit_status import PermitStatus, permit_events, permit_status
from app.workflows.common.vendors import status_on
from app.workflows.common.vocabulary import VENDOR_STATUS_LABELS, VendorStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stamp:
    """What a shown copy of a document carries across its pages when the document is not in force."""

    headline: str
    detail: str = ""


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def permit_stamp(status: PermitStatus, superseded_on: dt.date | None, today: dt.date) -> Stamp | None:
    """The stamp on a shown permit revision (None: in force): its permit's status today (`permit_status`), then
    whether a newer revision replaced this one (decision 89)."""
    if status.state == "revoked" and status.since is not None:
        return Stamp(f"İPTAL EDİLMİŞTİR — {_d(status.since)}", "Bu izin belgesi geçerli değildir.")
    if status.state == "suspended" and status.since is not None:
        period = f"{_d(status.since)}–{_d(status.until)}" if status.until else f"{_d(status.since)} tarihinden beri"
        return Stamp(f"ASKIDA — {period}", "Askı süresince bu izinle uzaktan sağlık hizmeti sunulamaz.")
    if superseded_on is not None and superseded_on <= today:
        return Stamp("YÜRÜRLÜKTEN KALKMIŞTIR", f"{_d(superseded_on)} tarihinden itibaren yerine yeni revizyon "
                                               "geçerlidir.")
    if status.state == "not_yet":
        return Stamp("HENÜZ YÜRÜRLÜKTE DEĞİL")
    return None


@dataclass(frozen=True)
class CertificateStanding:
    """A KTS Yetki Belgesi on a day: valid or not, why (the verification's answer), and the stamp its shown copy
    carries when it is not valid."""

    valid: bool
    reason: str
    stamp: Stamp | None


def certificate_standing(number: str, vendor_name: str, revoked_on: dt.date | None, valid_from: dt.date,
                         valid_until: dt.date, vendor_status: VendorStatus, day: dt.date) -> CertificateStanding:
    """The one rule for a certificate's standing (SBYS art. 7 and 9): revoked, outside its validity period, or its
    producer not on the active list → not valid. The verification and every shown copy read it from here."""
    who = {"number": number, "vendor": vendor_name}
    if revoked_on and revoked_on <= day:
        return CertificateStanding(False, msg("Belge doğrulama", "{number} ({vendor}): belge {day} tarihinde iptal "
                                                              "edilmiştir.").format(**who, day=_d(revoked_on)),
                                   Stamp(f"İPTAL EDİLMİŞTİR — {_d(revoked_on)}", "Bu belge geçerli değildir."))
    if day < valid_from:
        return CertificateStanding(
            False, msg("Belge doğrulama", "{number} ({vendor}): belge henüz geçerli değil; geçerlilik {day} tarihinde "
                       "başlar.").format(**who, day=_d(valid_from)),
            Stamp("HENÜZ GEÇERLİ DEĞİL", f"Geçerlilik {_d(valid_from)} tarihinde başlar."))
    if day > valid_until:
        return CertificateStanding(
            False, msg("Belge doğrulama", "{number} ({vendor}): belgenin geçerlilik süresi {day} tarihinde sona "
                       "ermiştir.").format(**who, day=_d(valid_until)),
            Stamp(f"SÜRESİ DOLMUŞTUR — {_d(valid_until)}", "Bu belge geçerli değildir."))
    if vendor_status == VendorStatus.PASSIVE:
        return CertificateStanding(
            False, msg("Belge doğrulama", "{number} ({vendor}): üretici pasif listededir; pasif üretici aktif listeye "
                       "dönene kadar KTS Yetki Belgesi kullanamaz.").format(**who),
            Stamp("GEÇERSİZ — ÜRETİCİ PASİF LİSTEDE", "Üretici aktif listeye dönene kadar belge kullanılamaz."))
    if vendor_status != VendorStatus.ACTIVE:
        label = VENDOR_STATUS_LABELS[vendor_status]
        return CertificateStanding(
            False, msg("Belge doğrulama", "{number} ({vendor}): üretici KTS aktif listesinde değil (durumu: "
                       "{status}).").format(**who, status=label),
            Stamp("GEÇERSİZ — ÜRETİCİ AKTİF LİSTEDE DEĞİL", f"Üreticinin durumu: {label}."))
    return CertificateStanding(True, msg("Belge doğrulama", "{number} ({vendor}): geçerli KTS Yetki Belgesi; {start} – "
                                         "{end} arası geçerlidir, üretici aktif listededir.").format(
        **who, start=_d(valid_from), end=_d(valid_until)), None)


def document_stamp(s: Session, document_id: int, today: dt.date) -> Stamp | None:
    """What a stored permit revision or KTS Yetki Belgesi is today when it is not in force (None: in force, or
    another kind of file): from `permit_status` and `vendors.certificate_standing`, the rules every answer uses."""
    rev = s.scalars(select(PermitRevision).where(PermitRevision.document_id == document_id).limit(1)).first()
    if rev is not None:
        permit = s.get(Permit, rev.permit_id)
        assert permit is not None
        status = permit_status(permit, permit_events(s, permit.id), today)
        return permit_stamp(status, rev.superseded_on, today)
    cert = s.scalars(select(VendorCertificate).where(VendorCertificate.document_id == document_id).limit(1)).first()
    if cert is not None:
        vendor = s.get(Vendor, cert.vendor_id)
        assert vendor is not None
        return certificate_standing(cert.number, vendor.name, cert.revoked_on, cert.valid_from, cert.valid_until,
                                    status_on(s, vendor.id, today), today).stamp
    return None


def shown_copy(content: bytes, stamp: Stamp | None) -> bytes:
    """The copy of a stored PDF that is shown, printed or saved: as stored when in force, else with the stamp
    across every page (`app.documents.stamp`; the stored, signed file is never changed)."""
    if stamp is None:
        return content
    from app.documents.stamp import stamp_pdf   # reportlab and pypdf: only when a stamp is needed

    try:
        return stamp_pdf(content, stamp.headline, stamp.detail)
    except Exception:  # noqa: BLE001  (not a readable PDF: no viewer shows it as valid either; it is kept as is)
        log.warning("stored document could not be stamped (%s); shown as stored", stamp.headline, exc_info=True)
        return content
