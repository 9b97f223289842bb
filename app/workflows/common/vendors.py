"""A USBS producer's KTS list status on a date: the one answer every desk asks (issue 15).

`standing` counts the recorded status events and the changes the SBYS list rules (`vendor_rules`, art. 7-8) make
due by that date but nobody has recorded yet (a warning's deadline passed, three months passive, an access code
closing), with the reason and legal basis of the change. The SHGM permit gate, the İSM intake warning, the vendor
picker, the KTS lists and certificate check and `checks.can_serve` all read it; the KTS desk's "apply the rules"
only records what it already says. `standings` loads the facts of many producers in three queries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Vendor, VendorStatusEvent, VendorWarning
from app.workflows.common.messages import joined, msg, trimmed
from app.workflows.common.vendor_rules import Standing, VendorFacts, WarningFact
from app.workflows.common.vendor_rules import standing as _standing
from app.workflows.common.vocabulary import VENDOR_STATUS_LABELS, VendorStatus

__all__ = ["Standing", "describe", "load_facts", "not_active_warning", "standing", "standing_from",
           "standings", "status_on"]


def load_facts(session: Session, vendor_ids: Iterable[int] | None = None) -> dict[int, VendorFacts]:
    """The dated facts of the producers (all when `vendor_ids` is None), in three queries."""
    ids = None if vendor_ids is None else sorted(set(vendor_ids))
    if ids == []:
        return {}
    vq = select(Vendor.id, Vendor.access_code_issued_on, Vendor.access_code_closes_on)
    eq = select(VendorStatusEvent.vendor_id, VendorStatusEvent.status, VendorStatusEvent.effective_on,
                VendorStatusEvent.reason, VendorStatusEvent.legal_basis).order_by(VendorStatusEvent.id)
    wq = select(VendorWarning.vendor_id, VendorWarning.id, VendorWarning.issued_on, VendorWarning.deadline,
                VendorWarning.fixed_on, VendorWarning.description).order_by(VendorWarning.id)
    if ids is not None:
        vq = vq.where(Vendor.id.in_(ids))
        eq = eq.where(VendorStatusEvent.vendor_id.in_(ids))
        wq = wq.where(VendorWarning.vendor_id.in_(ids))
    events: dict[int, list[tuple[str, dt.date]]] = {}
    notes: dict[int, list[tuple[str, str]]] = {}
    for vid, status, on, reason, basis in session.execute(eq):
        events.setdefault(vid, []).append((status, on))
        notes.setdefault(vid, []).append((reason or "", basis or ""))
    warnings: dict[int, list[WarningFact]] = {}
    for vid, *fact in session.execute(wq):
        warnings.setdefault(vid, []).append(WarningFact(*fact))
    return {vid: VendorFacts(vid, tuple(events.get(vid, ())), tuple(warnings.get(vid, ())), issued, closes,
                             tuple(notes.get(vid, ())))
            for vid, issued, closes in session.execute(vq)}


standing_from = _standing   # the standing on a day from facts already loaded (`load_facts`)


def standing(session: Session, vendor_id: int, day: dt.date) -> Standing:
    """Producer `vendor_id` on `day` (applied and due list changes alike; an unknown id: still applying)."""
    facts = load_facts(session, [vendor_id]).get(vendor_id)
    return _standing(facts, day) if facts else Standing(vendor_id, VendorStatus.APPLIED, None)


def standings(session: Session, day: dt.date, vendor_ids: Iterable[int] | None = None) -> dict[int, Standing]:
    """Every producer's (or those of `vendor_ids`) standing on `day`, loaded at once."""
    return {vid: _standing(facts, day) for vid, facts in load_facts(session, vendor_ids).items()}


def status_on(session: Session, vendor_id: int, day: dt.date) -> VendorStatus:
    return standing(session, vendor_id, day).status


def _fmt(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def describe(st: Standing) -> str:
    """The status for a message, with since when and why: "Pasif liste (16.03.2026 tarihinden beri; gerekçe: …
    (SBYS Yönetmeliği md. 7))"; a change the rules made due but KTS has not recorded yet says so."""
    label = VENDOR_STATUS_LABELS[st.status]
    if st.since is None or st.status == VendorStatus.APPLIED:
        return label
    parts = [msg("KTS durumları", "{day} tarihinden beri").format(day=_fmt(st.since))]
    if st.due:
        parts.append(msg("KTS durumları", "kural gereği; KTS henüz kaydetmedi"))
    if st.reason and st.legal_basis:
        parts.append(msg("KTS durumları", "gerekçe: {reason} ({basis})").format(reason=trimmed(st.reason, "."),
                                                                               basis=st.legal_basis))
    elif st.reason:
        parts.append(msg("KTS durumları", "gerekçe: {reason}").format(reason=trimmed(st.reason, ".")))
    return msg("KTS durumları", "{label} ({parts})").format(label=label, parts=joined("; ", parts))


def not_active_warning(session: Session, vendor_id: int, day: dt.date) -> str | None:
    """The warning the İSM officer must see when the chosen USBS vendor is not on the KTS active list that day."""
    st = standing(session, vendor_id, day)
    if st.status == VendorStatus.ACTIVE:
        return None
    vendor = session.get(Vendor, vendor_id)
    name = vendor.name if vendor else f"#{vendor_id}"
    return msg("KTS durumları", "Dikkat: {name} {day} tarihinde KTS aktif listesinde değil (durumu: {status}). "
               "Yalnızca aktif listedeki USBS üreticileri USH izinli tesislere hizmet verebilir.").format(
        name=name, day=_fmt(day), status=describe(st))

