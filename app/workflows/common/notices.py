"""In-app notices to the İSMs of a province (`notices`): the KTS desk's about USBS producers (SBYS art. 8) and
SHGM's about a permit of the province's facilities being suspended or revoked (issue 17). One list, read on the
İSM desk's notices panel (`kts.registry.notices_for` reads every kind here). No Qt."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.models import Facility, Notice, Permit
from app.workflows.common.context import AppContext

PERMIT_SUSPENDED = "permit_suspended"
PERMIT_REVOKED = "permit_revoked"
PERMIT_NOTICE_KINDS = (PERMIT_SUSPENDED, PERMIT_REVOKED)


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def permit_notice(s: Session, ctx: AppContext, permit: Permit, kind: str, since: dt.date, until: dt.date | None,
                  reason: str) -> None:
    """Tell the facility's İSM that SHGM suspended or revoked its permit (written with the permit's event)."""
    facility = s.get(Facility, permit.facility_id)
    assert facility is not None
    if kind == PERMIT_REVOKED:
        what = f"{_d(since)} tarihinden itibaren iptal edildi"
        consequence = ("İptal edilen izinle uzaktan sağlık hizmeti sunulamaz; belgenin her görüntüsünde ve "
                       "çıktısında “İPTAL EDİLMİŞTİR” yazar.")
    else:
        period = f"{_d(since)}–{_d(until)}" if until else f"{_d(since)} tarihinden itibaren (kaldırılana kadar)"
        what = f"askıya alındı ({period})"
        consequence = "Askı süresince bu izinle uzaktan sağlık hizmeti sunulamaz."
    body = (f"{facility.name} (ÇKYS {facility.ckys_code}) tesisinin {permit.number} numaralı USH faaliyet izni "
            f"{what}.\nGerekçe: {reason}\n\n{consequence}")
    s.add(Notice(province_id=facility.province_id, kind=kind,
                 title=f"İzin {'iptal edildi' if kind == PERMIT_REVOKED else 'askıya alındı'}: {permit.number} "
                       f"{facility.name}"[:250],
                 body=body, created_at=ctx.clock.now()))
