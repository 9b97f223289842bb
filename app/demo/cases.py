"""Demo applications turned into rows: the application, its steps, the İSM's answers and letters, SHGM's decision.

Letters (notifications) and permits are held back and numbered at the end in date order, so their numbers
increase with their dates as real numbering would; deficiencies wait with them because they point at letters.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from app.demo import names
from app.demo.common import DAY, Calendar, Ek1Ref, Reference, Timeline, local_moment
from app.demo.lifecycle import Step, plan_lifecycle
from app.demo.parties import FacilityRef, Person, Staff, VendorRef
from app.demo.writer import BulkWriter
from app.models import (
    Application,
    ApplicationArea,
    ApplicationProfessional,
    AreaAssignment,
    ChecklistAnswer,
    Completion,
    Deficiency,
    Notification,
    ShgmDecision,
    StateTransition,
)
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Answer, Channel, NoticeKind

T_APP, T_AREA, T_APRO = Application.__table__, ApplicationArea.__table__, ApplicationProfessional.__table__
T_ANSWER, T_NOTE, T_DEF = ChecklistAnswer.__table__, Notification.__table__, Deficiency.__table__
T_DONE, T_TRANS = Completion.__table__, StateTransition.__table__
T_DECISION, T_ASSIGN = ShgmDecision.__table__, AreaAssignment.__table__

SHGM_EVENTS = {"shgm_assign_areas": "approver", "shgm_reject": "approver", "record_ckys": "reviewer",
               "issue_permit": "approver"}
CHANNELS = {True: ((Channel.KEP, 45), (Channel.EDEVLET, 30), (Channel.ELDEN, 15), (Channel.EBYS, 10)),
            False: ((Channel.EBYS, 70), (Channel.KEP, 20), (Channel.ELDEN, 10))}
SEND_CHANNELS = {True: (("kep", 60), ("e-tebligat", 25), ("posta", 10), ("elden", 5)),
                 False: (("ebys", 80), ("kep", 15), ("elden", 5))}


@dataclass
class PermitPlan:
    facility: FacilityRef
    application_id: int | None
    decision_id: int
    issued_on: dt.date
    issued_at: dt.datetime
    areas: list[tuple[str, str | None]]
    ex_officio_reason: str = ""
    producer: tuple[int | None, int | None] = (None, None)   # the USBS producer the facility uses (its revisions)


@dataclass(slots=True)
class Letter:
    """A notification held until all are numbered, with the transition it caused (whose reason cites the sayı)."""

    id: int
    application_id: int
    facility: FacilityRef
    kind: NoticeKind
    lines: tuple[str, ...]
    letter_date: dt.date
    sent_on: dt.date
    send_channel: str
    signer: Person
    recorded_by_id: int
    transition: dict | None = None  # the state_transitions row, its reason filled in with the sayı

    def rows(self, sayi: str) -> tuple[dict, dict]:
        """The notification and its transition, written as app.workflows.ism.notify records them."""
        assert self.transition is not None
        self.transition["reason"] = f"{sayi} sayılı yazı, {self.sent_on:%d.%m.%Y}"
        return {
            "id": self.id, "application_id": self.application_id, "province_id": self.facility.plate,
            "kind": self.kind.value, "sayi": sayi, "letter_date": self.letter_date,
            "recipient": f"{self.facility.name}\n{self.facility.address}", "body": "\n".join(self.lines),
            "signer_id": self.signer.id, "signer_name": self.signer.name, "sent_on": self.sent_on,
            "send_channel": self.send_channel, "document_id": None, "recorded_by_id": self.recorded_by_id,
            "recorded_at": self.transition["at"],
        }, self.transition


class Numbers:
    """number_sequences counters, continuing from what the database already issued."""

    def __init__(self, existing: dict[str, int]):
        self.existing = existing
        self.used: dict[str, int] = {}

    def next(self, key: str) -> int:
        value = self.used.get(key, self.existing.get(key, 0)) + 1
        self.used[key] = value
        return value


def _weighted(rng: random.Random, pairs: tuple[tuple, ...]):  # type: ignore[no-untyped-def]
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


@dataclass
class CaseBuilder:
    rng: random.Random
    ref: Reference
    out: BulkWriter
    staff: Staff
    cal: Calendar
    today: dt.date
    vendors: list[VendorRef]
    numbers: Numbers
    notifications: list[Letter] = field(default_factory=list)
    deficiencies: list[dict] = field(default_factory=list)
    permits: list[PermitPlan] = field(default_factory=list)
    producers: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)   # application → producer
    _vendor_days: dict[dt.date, tuple[list[VendorRef], list[float]]] = field(default_factory=dict)

    # --- choices ---------------------------------------------------------------------------------------------

    def leading_vendor(self, day: dt.date) -> tuple[int | None, int | None]:
        """The active vendor with the largest market share on `day` and its first product (no random draw, so the
        rest of the demo stays as it was): the producer of an ex officio permit."""
        active = [v for v in self.vendors if v.status_on(day) == "active" and v.products]
        if not active:
            return None, None
        v = max(active, key=lambda x: (x.weight, -x.id))
        return v.id, v.products[0]

    def _vendor(self, day: dt.date) -> tuple[int | None, int | None]:
        """A USBS vendor on the KTS active list on `day`, by market share."""
        if day not in self._vendor_days:
            active = [v for v in self.vendors if v.status_on(day) == "active" and v.products]
            cum, total = [], 0.0
            for v in active:
                total += v.weight
                cum.append(total)
            self._vendor_days[day] = (active, cum)
        active, cum = self._vendor_days[day]
        if not active:
            return None, None
        v = self.rng.choices(active, cum_weights=cum)[0]
        return v.id, self.rng.choice(v.products)

    def pick_areas(self, branches: list[str]) -> list[tuple[str, str | None]]:
        areas = self.ref.areas
        pool = list(range(len(areas)))
        picked: list[int] = []
        for _ in range(min(len(pool), self.rng.choice((1, 1, 2, 2, 2, 3, 3, 4)))):
            weights = [names.AREA_WEIGHTS.get(areas[i][0], 1) for i in pool]
            i = self.rng.choices(pool, weights=weights)[0]
            pool.remove(i)
            picked.append(i)
        if all(areas[i][2] for i in picked) and pool:  # something SHGM can grant without Ministry permission
            picked.append(next(i for i in pool if not areas[i][2]))
        picked.sort()
        return [(areas[i][0], self.rng.choice(branches) if branches and self.rng.random() < 0.5 else None)
                for i in picked]

    def channel_ref(self, channel: Channel, day: dt.date) -> str:
        r = self.rng
        if channel == Channel.EBYS:
            return f"E-{r.randint(10_000_000, 99_999_999)}-{r.randint(100, 999)}-{r.randint(1_000, 99_999)}"
        if channel == Channel.KEP:
            return f"KEP-{day:%Y%m%d}-{r.randint(100_000, 999_999)}"
        if channel == Channel.EDEVLET:
            return f"EDV-{r.randint(1_000_000_000, 9_999_999_999)}"
        return f"Dilekçe {r.randint(1, 9_999)}"

    # --- one application -------------------------------------------------------------------------------------

    def add_application(self, app_id: int, number: str, facility: FacilityRef, received_on: dt.date,
                        minute: int, target: AppState | None) -> AppState:
        rng, out = self.rng, self.out
        officer = self.staff.officer[facility.plate]
        received_at = local_moment(received_on, minute)
        steps = plan_lifecycle(rng, self.cal, received_on, self.today, target)
        chosen = rng.sample(facility.staff, rng.randint(1, min(3, len(facility.staff))))
        areas = self.pick_areas(sorted({b for _, _, b in chosen if b}))
        vendor_id, product_id = self._vendor(received_on)
        self.producers[app_id] = (vendor_id, product_id)
        channel = _weighted(rng, CHANNELS[facility.private])
        ek1 = self.ref.ek1_on(received_on)
        state = steps[-1].state
        out.add(T_APP, {
            "id": app_id, "number": number, "province_id": facility.plate, "facility_id": facility.id,
            "received_at": received_at, "received_on": received_on, "channel": channel.value,
            "channel_ref": self.channel_ref(channel, received_on), "vendor_id": vendor_id,
            "product_id": product_id, "ek1_version_id": ek1.id, "state": state.value, "note": "",
            "created_by_id": officer.id, "version": len(steps), "created_at": received_at,
        })
        for code, branch in areas:
            out.add(T_AREA, {"id": out.next_id(T_AREA), "application_id": app_id, "area_code": code,
                             "branch_code": branch})
        for pid, wid, _ in chosen:
            out.add(T_APRO, {"id": out.next_id(T_APRO), "application_id": app_id, "professional_id": pid,
                             "work_permit_id": wid})
        _Walk(self, app_id, facility, officer, ek1, areas, received_on, received_at).run(steps)
        return state


class _Walk:
    """Writes the rows of one application's steps, in order, with increasing timestamps."""

    def __init__(self, b: CaseBuilder, app_id: int, facility: FacilityRef, officer: Person,
                 ek1: Ek1Ref, areas: list[tuple[str, str | None]], received_on: dt.date, received_at: dt.datetime):
        self.b, self.rng, self.out = b, b.rng, b.out
        self.app_id, self.facility, self.officer = app_id, facility, officer
        self.ek1, self.areas, self.received_on = ek1, areas, received_on
        self.timeline = Timeline(b.rng)
        self.timeline.last = received_at
        self.received_at = received_at
        self.answers: dict[int, tuple[str | None, str]] = {}  # criterion id -> (answer, note): the latest snapshot
        self.answered_at: dt.datetime | None = None
        self.open_deficiencies: list[dict] = []
        self.decision: dict | None = None
        self.granted: list[tuple[str, str | None]] = []
        self._pending_note: Letter | None = None
        self._completion_ref = ""

    # -- the answers to Ek-1 -------------------------------------------------------------------------------------

    def _not_applicable(self, number: int) -> bool:
        if number == 8:  # devices: only with remote monitoring of clinical parameters
            return all(code != names.DEVICE_AREA for code, _ in self.areas)
        return number == 11 and not self.facility.private  # price lists concern private patients

    def _snapshot(self, day: dt.date, special: dict[int, tuple[str, str]]) -> None:
        """All items answered: `special` item numbers get their answer and note, the rest uygun/uygulanmaz."""
        self.answers = {}
        for cid, number, _ in self.ek1.criteria:
            if number in special:
                self.answers[cid] = special[number]
            elif self._not_applicable(number):
                self.answers[cid] = (Answer.UYGULANMAZ.value, "")
            else:
                self.answers[cid] = (Answer.UYGUN.value, "")
        self.answered_at = self.timeline.at(day)
        self.timeline.last = self.answered_at + dt.timedelta(minutes=len(self.answers))

    def _partial(self, day: dt.date) -> None:
        """Review in progress: the first items answered (the first answer started it), the rest still open."""
        done = self.rng.randint(1, len(self.ek1.criteria))
        self._snapshot(day, {})
        for cid, number, _ in self.ek1.criteria[done:]:
            self.answers[cid] = (None, "")

    def _pick(self, texts: dict[int, object], low: int, high: int) -> list[int]:
        """Item numbers to find fault with: ones we have texts for, else any item that applies (other Ek-1s)."""
        applicable = [n for _, n, _ in self.ek1.criteria if not self._not_applicable(n)]
        numbers = [n for n in applicable if n in texts] or applicable
        return sorted(self.rng.sample(numbers, min(len(numbers), self.rng.randint(low, high))))

    def _title(self, number: int) -> str:
        return next(title for _, n, title in self.ek1.criteria if n == number)

    def _deficiency_text(self, number: int) -> tuple[str, str]:
        title = self._title(number)
        return names.DEFICIENCY_TEXTS.get(number, (f"{title}: belge eksik.", f"{title} belgesinin gönderilmesi."))

    def _rejection_text(self, number: int) -> str:
        return names.REJECTION_TEXTS.get(number) or f"{self._title(number)} yönünden uygun bulunmadı."

    # -- steps -------------------------------------------------------------------------------------------------

    def _actor(self, event: str) -> int:
        role = SHGM_EVENTS.get(event)
        return getattr(self.b.staff, role).id if role else self.officer.id

    def run(self, steps: list[Step]) -> None:
        previous: AppState | None = None
        last_review = None
        for step in steps:
            handler = getattr(self, f"_on_{step.event}", None)
            reason = handler(step) if handler else ""
            at = self.received_at if step.event == "receive" else self.timeline.at(step.on)
            transition = {
                "id": self.out.next_id(T_TRANS), "application_id": self.app_id, "event": step.event,
                "from_state": previous.value if previous else None, "to_state": step.state.value, "at": at,
                "actor_id": self._actor(step.event), "reason": reason or "",
            }
            if step.event.startswith("notify_"):  # written with its letter, once the letter has its sayı
                assert self._pending_note is not None
                self._pending_note.transition = transition
            else:
                self.out.add(T_TRANS, transition)
            self._after(step, at)
            if step.event == "start_review":
                last_review = step
            previous = step.state
        if previous == AppState.UNDER_REVIEW and not self.answers and last_review is not None:
            self._partial(max(last_review.on, min(self.b.today, last_review.on + 2 * DAY)))
        self._flush()

    def _notify(self, step: Step, kind: NoticeKind, lines: list[str]) -> Letter:
        rng, b = self.rng, self.b
        letter_date = step.on
        if rng.random() < 0.2:  # signed the day before it was sent
            letter_date = max(b.cal.on_or_before(step.on - DAY), self.received_on)
        letter = Letter(
            self.out.next_id(T_NOTE), self.app_id, self.facility, kind, tuple(lines), letter_date, step.on,
            _weighted(rng, SEND_CHANNELS[self.facility.private]), b.staff.manager[self.facility.plate],
            self.officer.id,
        )
        b.notifications.append(letter)
        self._pending_note = letter
        return letter

    def _item(self, number: int, note: str) -> str:
        return f"Madde {number} — {self._title(number)}: {note}"  # as app.workflows.ism.notify words a reason

    def _on_notify_deficiency(self, step: Step) -> str:
        numbers = self._pick(names.DEFICIENCY_TEXTS, 1, 3)
        texts = {n: self._deficiency_text(n) for n in numbers}
        self._snapshot(step.on, {n: (Answer.EKSIK.value, texts[n][0]) for n in numbers})
        note = self._notify(step, NoticeKind.EKSIK, [self._item(n, texts[n][0]) for n in numbers])
        ids = {n: cid for cid, n, _ in self.ek1.criteria}
        for n in numbers:
            row = {"id": self.out.next_id(T_DEF), "application_id": self.app_id, "notification_id": note.id,
                   "criterion_id": ids[n], "description": f"{self._title(n)}: {texts[n][0]}",
                   "required_action": texts[n][1], "resolved_on": None, "version": 1}
            self.b.deficiencies.append(row)
            self.open_deficiencies.append(row)
        return ""

    def _on_record_completion(self, step: Step) -> str:
        for row in self.open_deficiencies:
            row["resolved_on"], row["version"] = step.on, 2
        self.open_deficiencies = []
        self._completion_ref = self.b.channel_ref(Channel.KEP, step.on)
        return self._completion_ref  # the workflow records the completion's reference as the reason

    def _on_notify_suitable(self, step: Step) -> str:
        self._snapshot(step.on, {})
        self._notify(step, NoticeKind.UYGUN, [])
        return ""

    def _on_forward(self, step: Step) -> str:
        return "Başvuru dosyası EBYS ile SHGM'ye gönderildi."

    def _on_notify_unsuitable(self, step: Step) -> str:
        numbers = self._pick(names.REJECTION_TEXTS, 1, 2)
        notes = {n: self._rejection_text(n) for n in numbers}
        self._snapshot(step.on, {n: (Answer.UYGUN_DEGIL.value, notes[n]) for n in numbers})
        self._notify(step, NoticeKind.UYGUN_DEGIL, [self._item(n, notes[n]) for n in numbers])
        return ""

    def _on_withdraw(self, step: Step) -> str:
        return self.rng.choice(names.WITHDRAW_REASONS)

    def _on_shgm_assign_areas(self, step: Step) -> str:
        needs_permission = {code for code, _, needs in self.b.ref.areas if needs}
        reasons = []
        granted = [a for a in self.areas if a[0] not in needs_permission]
        if len(granted) < len(self.areas):
            reasons.append(names.MINISTRY_PERMISSION_REASON)
        if len(granted) > 1 and self.rng.random() < 0.1:
            dropped = granted.pop(self.rng.randrange(len(granted)))
            area_name = next(name for code, name, _ in self.b.ref.areas if code == dropped[0])
            reasons.append(names.AREA_DROP_REASON.format(area=area_name))
        self.granted = granted
        self._decision("approved", "", " ".join(reasons))
        return ""

    def _on_shgm_reject(self, step: Step) -> str:
        reason = self.rng.choice(names.SHGM_REJECTION_REASONS)
        self._decision("rejected", reason, "")
        return reason

    def _decision(self, outcome: str, reasons: str, difference: str) -> None:
        self.decision = {
            "id": self.out.next_id(T_DECISION), "application_id": self.app_id, "facility_id": self.facility.id,
            "outcome": outcome, "reasons": reasons, "area_difference_reason": difference, "ex_officio": False,
            "decided_by_id": self.b.staff.approver.id, "decided_at": None, "ckys_exported_at": None,
            "ckys_recorded_at": None, "ckys_reference": None, "version": 1, "created_at": None,
        }

    def _after(self, step: Step, at: dt.datetime) -> None:
        """Timestamps that are only known once the step's moment is."""
        if step.event == "record_completion":
            self.out.add(T_DONE, {"id": self.out.next_id(T_DONE), "application_id": self.app_id,
                                  "completed_on": step.on, "channel_ref": self._completion_ref,
                                  "recorded_by_id": self.officer.id, "recorded_at": at})
        elif step.event in ("shgm_assign_areas", "shgm_reject"):
            assert self.decision is not None
            self.decision["decided_at"] = self.decision["created_at"] = at
            if step.event == "shgm_assign_areas" and self.rng.random() < 0.4:  # export file made, not yet recorded
                self.decision["ckys_exported_at"] = at + dt.timedelta(hours=self.rng.randint(1, 48))
        elif step.event == "record_ckys":
            assert self.decision is not None
            half = (at - self.decision["decided_at"]) / 2
            self.decision.update(ckys_exported_at=self.decision["decided_at"] + half, ckys_recorded_at=at,
                                 ckys_reference=f"CKYS-{step.on.year}-{self.rng.randint(1_000_000, 9_999_999)}",
                                 version=2)
        elif step.event == "issue_permit":
            assert self.decision is not None
            self.b.permits.append(PermitPlan(self.facility, self.app_id, self.decision["id"], step.on, at,
                                             list(self.granted),
                                             producer=self.b.producers.get(self.app_id, (None, None))))

    def _flush(self) -> None:
        out = self.out
        # Intake creates one unanswered row per Ek-1 item; answering fills it in (version 2).
        for i, (cid, _, _) in enumerate(self.ek1.criteria):
            answer, note = self.answers.get(cid, (None, ""))
            out.add(T_ANSWER, {
                "id": out.next_id(T_ANSWER), "application_id": self.app_id, "criterion_id": cid,
                "answer": answer, "note": note, "answered_by_id": self.officer.id if answer else None,
                "answered_at": self.answered_at + dt.timedelta(minutes=i) if answer and self.answered_at else None,
                "version": 2 if answer else 1,
            })
        if self.decision is not None:
            exported = self.decision["ckys_exported_at"]
            if exported is not None and exported.astimezone(dt.timezone.utc).date() > self.b.today:
                self.decision["ckys_exported_at"] = None  # not in the future
            out.add(T_DECISION, self.decision)
            if self.decision["outcome"] == "approved":
                for code, branch in self.granted:
                    out.add(T_ASSIGN, {"id": out.next_id(T_ASSIGN), "decision_id": self.decision["id"],
                                       "area_code": code, "branch_code": branch})
