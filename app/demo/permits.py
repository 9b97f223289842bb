"""Demo permits and letters, numbered in date order once every application is written; ex officio permits."""

from __future__ import annotations

import datetime as dt

from app.demo import names
from app.demo.cases import T_ASSIGN, T_DECISION, T_DEF, T_NOTE, T_TRANS, CaseBuilder, PermitPlan
from app.demo.common import DAY, Timeline, unique_value
from app.demo.parties import FacilityRef
from app.models import Permit, PermitArea, PermitEvent, PermitRevision
from app.workflows.common.vocabulary import PermitEventKind as K

T_PERMIT, T_REV, T_PAREA, T_PEVENT = (Permit.__table__, PermitRevision.__table__, PermitArea.__table__,
                                      PermitEvent.__table__)
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def write_notifications(b: CaseBuilder) -> None:
    """Letters get their sayı per province and year in letter-date order, then the deficiencies they list."""
    for letter in sorted(b.notifications, key=lambda n: (n.letter_date, n.id)):
        plate, year = letter.facility.plate, letter.letter_date.year
        seq = b.numbers.next(f"notification:{plate}:{year}")
        note, transition = letter.rows(f"USH-{plate:02d}-{year}-{seq:05d}")  # as numbers.letter_number writes it
        b.out.add(T_NOTE, note)
        b.out.add(T_TRANS, transition)
    for row in b.deficiencies:
        b.out.add(T_DEF, row)


def add_ex_officio(b: CaseBuilder, facilities: list[FacilityRef]) -> None:
    """Ministry facilities given a permit by SHGM without an İSM application (resen izin)."""
    rng, cal, today = b.rng, b.cal, b.today
    needs_permission = {code for code, _, needs in b.ref.areas if needs}
    for f in facilities:
        timeline = Timeline(rng)
        decided_on = cal.on_or_before(today - rng.randint(30, 400) * DAY)
        recorded_on = min(today, cal.on_or_after(decided_on + rng.randint(1, 5) * DAY))
        issued_on = min(today, cal.on_or_after(recorded_on + rng.randint(1, 10) * DAY))
        decided_at, recorded_at, issued_at = (timeline.at(decided_on), timeline.at(recorded_on),
                                              timeline.at(issued_on))
        areas = [a for a in b.pick_areas([]) if a[0] not in needs_permission]
        reason = rng.choice(names.EX_OFFICIO_REASONS)
        did = b.out.next_id(T_DECISION)
        b.out.add(T_DECISION, {
            "id": did, "application_id": None, "facility_id": f.id, "outcome": "approved", "reasons": reason,
            "area_difference_reason": "", "ex_officio": True, "decided_by_id": b.staff.approver.id,
            "decided_at": decided_at, "ckys_exported_at": decided_at + (recorded_at - decided_at) / 2,
            "ckys_recorded_at": recorded_at,
            "ckys_reference": f"CKYS-{recorded_on.year}-{rng.randint(1_000_000, 9_999_999)}",
            "version": 2, "created_at": decided_at,
        })
        for code, branch in areas:
            b.out.add(T_ASSIGN, {"id": b.out.next_id(T_ASSIGN), "decision_id": did, "area_code": code,
                                 "branch_code": branch})
        b.permits.append(PermitPlan(f, None, did, issued_on, issued_at, areas, reason, b.leading_vendor(issued_on)))


def _verification_code(b: CaseBuilder) -> str:
    return unique_value(b.ref.taken["verification"], lambda: "".join(b.rng.choices(BASE32, k=12)))


def _later_events(b: CaseBuilder, plan: PermitPlan) -> list[tuple[K, dt.date, dt.date | None, str]]:
    """What happened to a permit after issue: a few amended, suspended (some resumed) or revoked."""
    rng, cal, today = b.rng, b.cal, b.today
    span = (today - plan.issued_on).days
    if span < 30:
        return []
    on = cal.on_or_after(plan.issued_on + rng.randint(30, span) * DAY)
    if on > today:
        return []
    r = rng.random()
    if r < 0.06:
        return [(K.AMENDED, on, None, "")]
    if r < 0.09:
        until = on + rng.randint(30, 120) * DAY if rng.random() < 0.5 else None
        events = [(K.SUSPENDED, on, until, rng.choice(names.SUSPENSION_REASONS))]
        if until is not None and until <= today:
            events.append((K.RESUMED, until, None, "Aykırılık giderildi; faaliyete yeniden izin verildi."))
        return events
    if r < 0.105:
        return [(K.REVOKED, on, None, rng.choice(names.REVOCATION_REASONS))]
    return []


def _amended_areas(b: CaseBuilder, areas: list[tuple[str, str | None]]) -> tuple[list[tuple[str, str | None]], str]:
    have = {code for code, _ in areas}
    extra = [(code, name) for code, name, needs in b.ref.areas if code not in have and not needs]
    if extra:
        code, name = b.rng.choice(extra)
        return sorted(areas + [(code, None)], key=lambda a: (a[0], a[1] or "")), \
            f"Tesisin talebi üzerine \"{name}\" alanı eklendi."
    if len(areas) > 1:
        return areas[:-1], "Tesisin talebi üzerine bir USH alanı izinden çıkarıldı."
    return areas, "Tesisin unvan değişikliği nedeniyle belge yeniden düzenlendi."


def _replaced_by(plans: list[PermitPlan]) -> dict[int, dt.date]:
    """Plan index → the day the facility's next permit is issued (a facility holds one live permit: the earlier
    one is revoked that day at the latest)."""
    nxt: dict[int, dt.date] = {}
    last: dict[int, int] = {}
    for i, plan in enumerate(plans):
        if (j := last.get(plan.facility.id)) is not None:
            nxt[j] = plan.issued_on
        last[plan.facility.id] = i
    return nxt


def _until(later: list[tuple[K, dt.date, dt.date | None, str]], day: dt.date | None
           ) -> list[tuple[K, dt.date, dt.date | None, str]]:
    """The events before `day`, ending with a revocation on `day` unless one came earlier."""
    if day is None:
        return later
    kept = [e for e in later if e[1] < day]
    if not any(kind == K.REVOKED for kind, *_ in kept):
        kept.append((K.REVOKED, day, None, names.REPLACED_REASON))
    return kept


def write_permits(b: CaseBuilder) -> None:
    out, approver = b.out, b.staff.approver
    plans = sorted(b.permits, key=lambda p: (p.issued_on, p.issued_at, p.decision_id))
    replaced = _replaced_by(plans)
    for i, plan in enumerate(plans):
        plate, year = plan.facility.plate, plan.issued_on.year
        number = f"{plate:02d}-{year}-{b.numbers.next(f'permit:{plate}:{year}'):05d}"
        later = _until(_later_events(b, plan), replaced.get(i))
        pid = out.next_id(T_PERMIT)
        out.add(T_PERMIT, {
            "id": pid, "number": number, "facility_id": plan.facility.id, "application_id": plan.application_id,
            "decision_id": plan.decision_id, "ex_officio": plan.application_id is None,
            "ex_officio_reason": plan.ex_officio_reason, "issued_on": plan.issued_on, "valid_until": None,
            "revoked_on": min((on for kind, on, _, _ in later if kind == K.REVOKED), default=None),
            "version": 1 + len(later), "created_at": plan.issued_at,
        })
        timeline = Timeline(b.rng)
        timeline.last = plan.issued_at
        events = [(K.ISSUED, plan.issued_on, None, "", plan.issued_at, number)]
        revisions = [(plan.issued_on, plan.issued_at, plan.areas)]
        for kind, on, until, reason in later:
            at = timeline.at(on)
            if kind == K.AMENDED:
                areas, reason = _amended_areas(b, plan.areas)
                revisions.append((on, at, areas))
            events.append((kind, on, until, reason, at, f"SHGM-{on.year}-{b.rng.randint(1_000, 99_999)}"))
        for i, (effective, issued_at, areas) in enumerate(revisions):
            rid = out.next_id(T_REV)
            out.add(T_REV, {
                "id": rid, "permit_id": pid, "revision_no": i + 1, "effective_from": effective,
                "superseded_on": revisions[i + 1][0] if i + 1 < len(revisions) else None,
                "verification_code": _verification_code(b), "signer_id": approver.id,
                "signer_name": approver.name, "document_id": None, "issued_at": issued_at,
                "vendor_id": plan.producer[0], "product_id": plan.producer[1],
            })
            for code, branch in areas:
                out.add(T_PAREA, {"id": out.next_id(T_PAREA), "revision_id": rid, "area_code": code,
                                  "branch_code": branch})
        for kind, on, until, reason, at, ref in events:
            out.add(T_PEVENT, {
                "id": out.next_id(T_PEVENT), "permit_id": pid, "kind": kind.value, "effective_from": on,
                "effective_until": until, "reason": reason, "legal_basis": names.USH_REGULATION,
                "document_ref": ref, "actor_id": approver.id, "at": at,
            })
