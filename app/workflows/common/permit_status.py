"""A Faaliyet İzin Belgesi on a date: in force, suspended, revoked or not yet issued, the revision in force, and
which USH areas a facility may serve that day. Shared rules: SHGM's permit desk, the verification of a permit
and the USBS checks (`checks.can_serve`, KTS Yetki Sorgulama) all read them from here. No Qt.

A permit's life is its dated events (docs/permits.md): a revocation takes effect on its date and is final; a
suspension lasts until its end date (the first day in force again, decision 17) or an explicit resumption.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.models import Permit, PermitArea, PermitEvent, PermitRevision
from app.workflows.common.errors import NotFound
from app.workflows.common.messages import msg
from app.workflows.common.periods import suspended_on
from app.workflows.common.vocabulary import PermitEventKind as K

STATUS_LABELS = {"active": msg("Durumlar", "Yürürlükte"), "suspended": msg("Durumlar", "Askıda"),
                 "revoked": msg("Durumlar", "İptal edildi"),
                 "not_yet": msg("Durumlar", "Henüz yürürlükte değil")}


@dataclass(frozen=True)
class PermitStatus:
    state: str                       # active, suspended, revoked, not_yet
    since: dt.date | None = None
    until: dt.date | None = None     # suspensions: the day the permit is in force again (None: open-ended)
    reason: str = ""

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.state]


def permit_events(s: Session, permit_id: int) -> list[PermitEvent]:
    """The permit's events in the order they were recorded."""
    return list(s.scalars(select(PermitEvent).where(PermitEvent.permit_id == permit_id).order_by(PermitEvent.id)))


def permit_status(permit: Permit, events: list[PermitEvent], on: dt.date) -> PermitStatus:
    """The permit's status on `on` from its events (`permit_events`)."""
    if on < permit.issued_on:
        return PermitStatus("not_yet")
    if (r := revocation_by(events, on)) is not None:
        return PermitStatus("revoked", r.effective_from, None, r.reason)
    for e in reversed(events):
        if e.kind != K.SUSPENDED or not suspended_on(on, e.effective_from, e.effective_until):
            continue
        resumed = any(r.kind == K.RESUMED and r.id > e.id and e.effective_from <= r.effective_from <= on
                      for r in events)
        if not resumed:
            return PermitStatus("suspended", e.effective_from, e.effective_until, e.reason)
    return PermitStatus("active", permit.issued_on)


def revocation_by(events: list[PermitEvent], on: dt.date) -> PermitEvent | None:
    """The revocation in effect on `on`: the earliest one dated on or before it (an earlier revocation recorded
    later replaces a planned later one; both stay in the history). None: not revoked on that day."""
    return min((e for e in events if e.kind == K.REVOKED and e.effective_from <= on),
               key=lambda e: (e.effective_from, e.id), default=None)


def live_permit(s: Session, facility_id: int, on: dt.date, *, lock: bool = False) -> Permit | None:
    """A permit of the facility that is not revoked by `on` (in force, suspended, or revoked only from a later
    date): while one exists the facility gets no other permit. `lock`: hold its row until the transaction ends."""
    stmt = (select(Permit).where(Permit.facility_id == facility_id,
                                 (Permit.revoked_on.is_(None)) | (Permit.revoked_on > on))
            .order_by(Permit.id).limit(1))
    if lock:
        stmt = stmt.with_for_update()
    return s.scalars(stmt).first()


def status_on(s: Session, permit_id: int, on: dt.date) -> PermitStatus:
    permit = s.get(Permit, permit_id)
    if permit is None:
        raise NotFound(msg("Hatalar", "İzin bulunamadı."))
    return permit_status(permit, permit_events(s, permit_id), on)


def revision_in_force(revisions: Iterable[Any], on: dt.date) -> Any:
    """The revision in force on `on` among a permit's revisions (rows or entities): the highest-numbered one in
    effect that day, or None."""
    return max((r for r in revisions if r.effective_from <= on and (r.superseded_on is None or r.superseded_on > on)),
               key=lambda r: r.revision_no, default=None)


@dataclass(frozen=True)
class PermitFacts:
    """What the checks read of a permit in force: its id, issue date and every revision (oldest first) as rows
    (`id, revision_no, effective_from, superseded_on, vendor_id`)."""

    id: int
    issued_on: dt.date
    revisions: tuple[Any, ...]


# The facility's permits with their revisions, and their events: two prebuilt Core statements for any number of
# permits (the USBS vendor query's hot path; no ORM entities).
_FACILITY_REVISIONS = (
    select(Permit.id.label("permit_id"), Permit.issued_on, PermitRevision.id, PermitRevision.revision_no,
           PermitRevision.effective_from, PermitRevision.superseded_on, PermitRevision.vendor_id)
    .join_from(Permit, PermitRevision, PermitRevision.permit_id == Permit.id)
    .where(Permit.facility_id == bindparam("facility")).order_by(Permit.id, PermitRevision.revision_no))
_FACILITY_EVENTS = (
    select(PermitEvent.id, PermitEvent.permit_id, PermitEvent.kind, PermitEvent.effective_from,
           PermitEvent.effective_until, PermitEvent.reason)
    .join_from(PermitEvent, Permit, PermitEvent.permit_id == Permit.id)
    .where(Permit.facility_id == bindparam("facility")).order_by(PermitEvent.id))
_AREAS_OF = select(PermitArea.area_code).where(PermitArea.revision_id == bindparam("revision"))


def revisions_in_force(session: Session, facility_id: int, on_date: dt.date) -> list[tuple[PermitFacts, Any]]:
    """The facility's permits in force on `on_date` (neither suspended nor revoked), oldest first, each with its
    revision in force that day (the highest-numbered one in effect, as `revision_in_force`)."""
    conn = session.connection()
    permits: dict[int, PermitFacts] = {}
    for row in conn.execute(_FACILITY_REVISIONS, {"facility": facility_id}):
        p = permits.get(row.permit_id)
        permits[row.permit_id] = PermitFacts(row.permit_id, row.issued_on, (p.revisions if p else ()) + (row,))
    if not permits:
        return []
    events: dict[int, list[Any]] = {}
    for e in conn.execute(_FACILITY_EVENTS, {"facility": facility_id}):
        events.setdefault(e.permit_id, []).append(e)
    out = []
    for permit in permits.values():
        if permit_status(permit, events.get(permit.id, []), on_date).state != "active":  # type: ignore[arg-type]
            continue
        rev = revision_in_force(permit.revisions, on_date)
        if rev is not None:
            out.append((permit, rev))
    return out


def authorized_areas(session: Session, facility_id: int, on_date: dt.date,
                     in_force: list[tuple[PermitFacts, Any]] | None = None) -> set[str]:
    """Area codes the facility may serve on `on_date`: those of the revision in force, none while suspended
    or after revocation (public API for the vendor and inspection features). `in_force`: `revisions_in_force`
    already read for the same facility and day (can_serve reads it once for this and the producer check)."""
    out: set[str] = set()
    for _permit, rev in in_force if in_force is not None else revisions_in_force(session, facility_id, on_date):
        out |= set(session.connection().execute(_AREAS_OF, {"revision": rev.id}).scalars())
    return out


# What the İSM sees of the permit issued on its application (issue 17): never "issued" alone once it is suspended
# or revoked. Short words for a list column; `PermitBrief.text` with the dates for the application's view.
SHORT_LABELS = {"active": msg("Durumlar", "Geçerli"), "suspended": msg("Durumlar", "Askıda"),
                "revoked": msg("Durumlar", "İptal"), "not_yet": msg("Durumlar", "Henüz yürürlükte değil")}


@dataclass(frozen=True)
class PermitBrief:
    permit_id: int
    number: str
    status: PermitStatus

    @property
    def short_label(self) -> str:
        return SHORT_LABELS[self.status.state]

    @property
    def when(self) -> str:
        """" (12.03.2026)" for a revocation, " (12.03.2026–22.03.2026)" for a suspension, "" when in force."""
        st = self.status
        if st.state == "revoked" and st.since:
            return f" ({st.since:%d.%m.%Y})"
        if st.state == "suspended" and st.since:
            return f" ({st.since:%d.%m.%Y}–{st.until:%d.%m.%Y})" if st.until else f" ({st.since:%d.%m.%Y} tarihinden)"
        return ""

    @property
    def text(self) -> str:
        """"35-2026-00001 — İptal (12.03.2026)", "… — Askıda (12.03.2026–22.03.2026)", "… — Geçerli"."""
        return f"{self.number} — {self.short_label}{self.when}"


def application_permits(s: Session, application_ids: list[int], on: dt.date) -> dict[int, PermitBrief]:
    """Application id → its permit's status on `on` (the newest permit of each; applications without one are
    left out). Two queries for any number of applications."""
    if not application_ids:
        return {}
    permits = {p.application_id: p for p in s.scalars(
        select(Permit).where(Permit.application_id.in_(application_ids)).order_by(Permit.id))}
    if not permits:
        return {}
    events: dict[int, list[PermitEvent]] = {}
    for e in s.scalars(select(PermitEvent).where(PermitEvent.permit_id.in_([p.id for p in permits.values()]))
                       .order_by(PermitEvent.id)):
        events.setdefault(e.permit_id, []).append(e)
    return {app_id: PermitBrief(p.id, p.number, permit_status(p, events.get(p.id, []), on))
            for app_id, p in permits.items() if app_id is not None}
