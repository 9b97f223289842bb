"""In-app notices to the İSMs of a province (`notices`): the KTS desk's about USBS producers (SBYS art. 8) and
SHGM's about a permit of the province's facilities being suspended or revoked (issue 17). One list, read on the
İSM desk's notices panel (`kts.registry.notices_for` reads every kind here). No Qt."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from app.models import Facility, Notice, Permit
from app.workflows.common.context import AppContext
from app.workflows.common.messages import Joined, Message, from_json, msg, to_json

PERMIT_SUSPENDED = "permit_suspended"
PERMIT_REVOKED = "permit_revoked"
PERMIT_NOTICE_KINDS = (PERMIT_SUSPENDED, PERMIT_REVOKED)


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def new_notice(*, province_id: int | None, kind: str, title: str, body: str, created_at: dt.datetime,
               vendor_id: int | None = None) -> Notice:
    """A notice whose title and body are kept as the Turkish text (`title`, `body`: what older programs, the CLI and
    the audit trail read) and, when they are Messages, also as Messages (`texts`), so the İSM reads them in the
    interface's language (issue 17)."""
    texts = {k: to_json(v) for k, v in (("title", title), ("body", body)) if isinstance(v, (Message, Joined))}
    return Notice(province_id=province_id, kind=kind, title=str(title)[:250], body=str(body), texts=texts or None,
                  vendor_id=vendor_id, created_at=created_at)


def notice_title_body(notice: Notice) -> tuple[str, str]:
    """A notice's title and body to show: the Messages kept in `texts` (rendered in the reader's language), else the
    stored Turkish text (a notice written before `texts`)."""
    texts = notice.texts or {}
    title, body = texts.get("title"), texts.get("body")
    return (from_json(title) if title is not None else notice.title,
            from_json(body) if body is not None else notice.body)


def permit_notice(s: Session, ctx: AppContext, permit: Permit, kind: str, since: dt.date, until: dt.date | None,
                  reason: str) -> None:
    """Tell the facility's İSM that SHGM suspended or revoked its permit (written with the permit's event)."""
    facility = s.get(Facility, permit.facility_id)
    assert facility is not None
    if kind == PERMIT_REVOKED:
        what = msg("Bildirim", "{since} tarihinden itibaren iptal edildi").format(since=_d(since))
        consequence = msg("Bildirim", "İptal edilen izinle uzaktan sağlık hizmeti sunulamaz; belgenin her "
                          "görüntüsünde ve çıktısında “İPTAL EDİLMİŞTİR” yazar.")
        title = msg("Bildirim", "İzin iptal edildi: {number} {facility}")
    else:
        period = (f"{_d(since)}–{_d(until)}" if until else
                  msg("Bildirim", "{since} tarihinden itibaren (kaldırılana kadar)").format(since=_d(since)))
        what = msg("Bildirim", "askıya alındı ({period})").format(period=period)
        consequence = msg("Bildirim", "Askı süresince bu izinle uzaktan sağlık hizmeti sunulamaz.")
        title = msg("Bildirim", "İzin askıya alındı: {number} {facility}")
    body = msg("Bildirim", "{facility} (ÇKYS {ckys}) tesisinin {number} numaralı USH faaliyet izni {what}.\n"
               "Gerekçe: {reason}\n\n{consequence}").format(
        facility=facility.name, ckys=facility.ckys_code, number=permit.number, what=what, reason=reason,
        consequence=consequence)
    s.add(new_notice(province_id=facility.province_id, kind=kind,
                     title=title.format(number=permit.number, facility=facility.name), body=body,
                     created_at=ctx.clock.now()))
