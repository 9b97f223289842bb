"""The İSM's notification to the applicant (it stops the 15-day clock), the applicant's completion of a
deficient file (it starts a new period), forwarding to SHGM and withdrawal."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Application,
    Completion,
    Deficiency,
    Document,
    Facility,
    Notification,
    Province,
)
from app.workflows.common.application_view import (
    ChecklistRow,
    checklist,
    clock_event,
    clock_events,
    clock_of,
    load_application,
    visible_application,
)
from app.workflows.common.context import AppContext
from app.workflows.common.deadlines import ClockEvent, ClockStatus, deadline_from, too_early
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.numbers import letter_number
from app.workflows.common.permissions import ISM, require
from app.workflows.common.states import AppState, IllegalTransition
from app.workflows.common.system_settings import LetterSettings, clock_rules, letter_settings
from app.workflows.common.transitions import apply
from app.workflows.common.vocabulary import NoticeKind
from app.workflows.ism.actions import IsmAction, application_actions
from app.workflows.ism.review import ReviewResult, result_of

SEND_CHANNELS = {"ebys": "EBYS", "kep": "KEP", "e-tebligat": "e-Tebligat", "posta": "Posta", "elden": "Elden"}
KIND_FOR_OUTCOME = {"suitable": NoticeKind.UYGUN, "deficient": NoticeKind.EKSIK, "unsuitable": NoticeKind.UYGUN_DEGIL}
EVENT_FOR_KIND = {NoticeKind.UYGUN: "notify_suitable", NoticeKind.EKSIK: "notify_deficiency",
                  NoticeKind.UYGUN_DEGIL: "notify_unsuitable"}
KIND_LABELS = {NoticeKind.UYGUN: "Uygun", NoticeKind.EKSIK: "Eksik evrak", NoticeKind.UYGUN_DEGIL: "Uygun değil"}


@dataclass
class NoticeInput:
    letter_date: dt.date
    sent_on: dt.date
    send_channel: str
    signer_name: str
    signer_title: str = ""
    recipient: str = ""          # default: the facility's name and address
    sayi: str = ""               # the EBYS sayı; empty: the application numbers it
    required_actions: dict[int, str] = field(default_factory=dict)  # Ek-1 number -> what the applicant must do


def application_clock(ctx: AppContext, app_id: int) -> ClockStatus:
    """The application's 15-day clock (application_view.clock_of: stopped once the state is past the İSM)."""
    with ctx.read() as s:
        return clock_of(s, load_application(s, app_id), ctx.clock.today())


def deadline_after(ctx: AppContext, start: dt.date) -> dt.date:
    """The last day of a period starting the day after `start` (receipt or completion), by the shared rules."""
    with ctx.read() as s:
        return deadline_from(start, clock_rules(s))


def letter_kind(ctx: AppContext, app_id: int) -> NoticeKind | None:
    """Which letter the checklist calls for; None while items are unanswered."""
    with ctx.read() as s:
        visible_application(s, ctx, app_id)
        outcome = result_of(checklist(s, app_id)).outcome
    return KIND_FOR_OUTCOME.get(outcome)


# --- the letter ---------------------------------------------------------------------------------------------------

DEFAULT_ACTION = "Eksik belge/bilgi tamamlanmalıdır."


@dataclass(frozen=True)
class Letter:
    """The notification letter: what `notify` records and `documents.letter_preview` shows, both from
    `draft_letter`."""

    kind: NoticeKind
    province_name: str
    sayi: str
    recipient: str                           # name, then the address after a line break
    application_number: str
    received_on: dt.date
    reasons: list[str]                       # Uygun değil: the items that failed, with the officer's notes
    missing: list[tuple[str, str]]           # Eksik evrak: (item, what the applicant must do)
    deficient: list[ChecklistRow]            # Eksik evrak: the items behind `missing`, in the same order
    notice: NoticeInput
    settings: LetterSettings = LetterSettings()  # the directorate's contact line, the completion period

    @property
    def body(self) -> str:
        """What the notification keeps as its text: the reasons, or the missing items."""
        return "\n".join(self.reasons or [item for item, _action in self.missing])

    @property
    def file_name(self) -> str:
        return f"bildirim-{self.application_number}-{self.kind.value}.pdf"

    def pdf(self, *, signed: bool = False, draft: bool = False, signs_on_record: bool = False) -> bytes:
        """The letter; `signed`: it is about to be e-signed by the desk ("e-imzalıdır"), else it says it is to be
        signed in EBYS; `draft`: not recorded yet, TASLAK across every page."""
        from app.documents.letters import LetterData, render_letter

        name, _, address = self.recipient.partition("\n")
        return render_letter(LetterData(
            kind=self.kind.value, province_name=self.province_name, sayi=self.sayi,
            letter_date=self.notice.letter_date, recipient_name=name, recipient_address=address,
            application_number=self.application_number, received_on=self.received_on, reasons=self.reasons,
            missing=self.missing, signer_name=self.notice.signer_name.strip(),
            signer_title=self.notice.signer_title.strip(),
            cc=["Sağlık Hizmetleri Genel Müdürlüğü"] if self.kind == NoticeKind.UYGUN else [],
            sender_address=self.settings.address_line, sender_contact=self.settings.contact_line, signed=signed,
            completion_days=self.settings.completion_days if self.kind == NoticeKind.EKSIK else 0, draft=draft,
            signs_on_record=signs_on_record,
        ))

    def draft_pdf(self) -> bytes:
        """The letter before it is recorded: TASLAK across every page, whatever is printed from it; where a signing
        certificate is set it says it will be e-signed when recorded (not "to be signed in EBYS")."""
        from app.workflows.common import signing

        return self.pdf(draft=True, signs_on_record=signing.certificate_configured())

    def signed_pdf(self) -> tuple[bytes, str]:
        """The letter to record: e-signed (PAdES, the permits' path) where a signing certificate is configured,
        with the certificate's name; else unsigned, saying it is to be signed in EBYS, and ""."""
        from app.workflows.common import signing

        identity = signing.configured_identity()
        if identity is None:
            return self.pdf(), ""
        return signing.sign_pdf(self.pdf(signed=True), identity, reason=f"{self.sayi} sayılı yazı",
                                location=self.province_name), identity.subject


def required_kind(result: ReviewResult) -> NoticeKind:
    """The letter the Ek-1 result calls for; refused while items are unanswered."""
    kind = KIND_FOR_OUTCOME.get(result.outcome)
    if kind is None:
        numbers = ", ".join(str(r.number) for r in result.unanswered)
        raise ValidationFailed({"checklist": msg("İSM", "Ek-1 incelemesi tamamlanmadı; cevaplanmamış maddeler: "
                                                        "{numbers}.").format(numbers=numbers)})
    return kind


def default_recipient(facility_name: str, facility_address: str) -> str:
    """Who the letter goes to when the officer changes nothing: the facility's name, then its address."""
    return f"{facility_name}\n{facility_address}".strip()


def compose_letter(result: ReviewResult, notice: NoticeInput, sayi: str, *, province_name: str,
                   facility_name: str, facility_address: str, application_number: str,
                   received_on: dt.date, settings: LetterSettings = LetterSettings()) -> Letter:
    """The letter for this Ek-1 result and these values, numbered `sayi`: its kind, recipient (default: the
    facility's name and address), the reasons (Uygun değil) or the missing items with what the applicant must do
    (Eksik evrak; DEFAULT_ACTION where the officer wrote nothing). Refused while items are unanswered."""
    kind = required_kind(result)
    recipient = notice.recipient.strip() or default_recipient(facility_name, facility_address)
    item = [f"Madde {r.number} — {r.title}: {r.note}" for r in result.reasons]
    deficient = list(result.reasons) if kind == NoticeKind.EKSIK else []
    missing = [(text, notice.required_actions.get(r.number, "").strip() or DEFAULT_ACTION)
               for text, r in zip(item, result.reasons, strict=True)] if kind == NoticeKind.EKSIK else []
    reasons = item if kind == NoticeKind.UYGUN_DEGIL else []
    return Letter(kind, province_name, sayi, recipient, application_number, received_on, reasons, missing,
                  deficient, notice, settings)


def draft_letter(s: Session, app: Application, notice: NoticeInput, result: ReviewResult, sayi: str) -> Letter:
    """`compose_letter` for this application (its facility and province read here): what `notify` records and
    `documents.letter_preview` shows."""
    facility = s.get(Facility, app.facility_id)
    province = s.get(Province, app.province_id)
    assert facility is not None and province is not None
    return compose_letter(result, notice, sayi, province_name=province.name, facility_name=facility.name,
                          facility_address=facility.address, application_number=app.number,
                          received_on=app.received_on, settings=letter_settings(s, app.province_id))


# --- recording it -------------------------------------------------------------------------------------------------

def notify(ctx: AppContext, app_id: int, notice: NoticeInput) -> int:
    """Record the letter sent to the applicant (its send date stops the clock); returns the notification id.

    The kind of letter follows from the checklist: Uygun, Eksik evrak (with what is missing) or Uygun değil
    (with the reasons). The letter PDF is made and kept with the notification, e-signed where a signing
    certificate is configured (`Letter.signed_pdf`; `signed` records it).
    """
    with ctx.write() as s:
        app = load_application(s, app_id)
        require(ctx.actor, ISM, app.province_id, msg("Yetki", "bildirim"))
        state = AppState(app.state)
        result = result_of(checklist(s, app_id))
        kind = required_kind(result)
        if IsmAction.NOTIFY not in application_actions(state):
            raise IllegalTransition(EVENT_FOR_KIND[kind], state)
        _check_dates(notice, app, ctx.clock.today())
        _check_order(s, app, clock_event(kind.value, notice.sent_on), "sent_on")
        sayi = notice.sayi.strip() or letter_number(s, app.province_id, notice.letter_date.year)
        if s.scalar(select(Notification.id).where(Notification.province_id == app.province_id,
                                                  Notification.sayi == sayi)):
            raise ValidationFailed({"sayi": msg("İSM", "{sayi} sayılı bir yazı bu ilde zaten kayıtlı.").format(
                                                sayi=sayi)})
        letter = draft_letter(s, app, notice, result, sayi)
        pdf, signature = letter.signed_pdf()
        doc = Document(kind="bildirim_yazisi", filename=letter.file_name,
                       media_type="application/pdf", size=len(pdf), sha256=hashlib.sha256(pdf).hexdigest(),
                       content=pdf, application_id=app.id, facility_id=app.facility_id,
                       uploaded_by_id=ctx.actor.user_id)
        s.add(doc)
        s.flush()
        n = Notification(application_id=app.id, province_id=app.province_id, kind=kind.value, sayi=sayi,
                         letter_date=notice.letter_date, recipient=letter.recipient, body=letter.body,
                         signer_id=None, signer_name=notice.signer_name.strip(),
                         sent_on=notice.sent_on, send_channel=notice.send_channel, document_id=doc.id,
                         signed=bool(signature), signature_subject=signature[:200],
                         recorded_by_id=ctx.actor.user_id, recorded_at=ctx.clock.now())
        s.add(n)
        s.flush()
        for r, (_item, action) in zip(letter.deficient, letter.missing, strict=True):
            s.add(Deficiency(application_id=app.id, notification_id=n.id, criterion_id=r.criterion_id,
                             description=f"{r.title}: {r.note}", required_action=action))
        apply(s, ctx, app, EVENT_FOR_KIND[kind], f"{sayi} sayılı yazı, {notice.sent_on:%d.%m.%Y}")
        return n.id


@dataclass(frozen=True)
class RecordedLetter:
    """What the officer is told after recording a letter: its sayı and whether the desk e-signed it."""

    id: int
    sayi: str
    signed: bool
    signature_subject: str


def recorded_letter(ctx: AppContext, notification_id: int) -> RecordedLetter:
    with ctx.read() as s:
        n = s.get(Notification, notification_id)
        if n is None:
            raise ValidationFailed({"notification": msg("İSM", "Yazı kaydı bulunamadı.")})
        visible_application(s, ctx, n.application_id)
        return RecordedLetter(n.id, n.sayi, n.signed, n.signature_subject)


def _check_dates(notice: NoticeInput, app: Application, today: dt.date) -> None:
    e: dict[str, str] = {}
    if notice.send_channel not in SEND_CHANNELS:
        e["send_channel"] = msg("İSM", "Gönderim kanalını seçin.")
    if not notice.signer_name.strip():
        e["signer_name"] = msg("İSM", "Yazıyı imzalayan yetkilinin adı zorunludur.")
    if notice.sent_on > today:
        e["sent_on"] = msg("İSM", "Gönderim tarihi ileri bir tarih olamaz; yazı gönderildikten sonra kaydedin.")
    if notice.sent_on < app.received_on:
        e["sent_on"] = msg("Süreler", "Gönderim tarihi başvuru tarihinden önce olamaz.")
    if notice.letter_date > notice.sent_on:
        e["letter_date"] = msg("İSM", "Yazı tarihi gönderim tarihinden sonra olamaz.")
    if e:
        raise ValidationFailed(e)


def _check_order(s: Session, app: Application, new: ClockEvent, field_name: str) -> None:
    """Refuse a letter dated before the completion it answers, or a completion dated before the deficiency
    notice it answers (deadlines.too_early; the same day is fine: docs/deadline-rules.md rule 10)."""
    problem = too_early(new, app.received_on, clock_events(s, app.id))
    if problem:
        raise ValidationFailed({field_name: problem})


def record_completion(ctx: AppContext, app_id: int, completed_on: dt.date, channel_ref: str = "") -> None:
    """The applicant sent what was missing: the examination resumes and a new 15-day period runs."""
    with ctx.write() as s:
        app = load_application(s, app_id)
        require(ctx.actor, ISM, app.province_id, msg("Yetki", "eksik tamamlama"))
        if completed_on > ctx.clock.today():
            raise ValidationFailed({"completed_on": msg("İSM", "Tamamlama tarihi ileri bir tarih olamaz.")})
        _check_order(s, app, clock_event("completed", completed_on), "completed_on")
        apply(s, ctx, app, "record_completion", channel_ref)
        s.add(Completion(application_id=app.id, completed_on=completed_on, channel_ref=channel_ref.strip(),
                         recorded_by_id=ctx.actor.user_id, recorded_at=ctx.clock.now()))
        for d in s.scalars(select(Deficiency).where(Deficiency.application_id == app_id,
                                                    Deficiency.resolved_on.is_(None))):
            d.resolved_on = completed_on


def forward(ctx: AppContext, app_id: int, note: str = "") -> None:
    """Send a suitable application to SHGM: it appears in SHGM's queue."""
    with ctx.write() as s:
        app = load_application(s, app_id)
        require(ctx.actor, ISM, app.province_id, msg("Yetki", "SHGM'ye gönderme"))
        apply(s, ctx, app, "forward", note)


def withdraw(ctx: AppContext, app_id: int, reason: str) -> None:
    if not reason.strip():
        raise ValidationFailed({"reason": msg("İSM", "Geri çekme için başvuru sahibinin talebini (gerekçe) yazın.")})
    with ctx.write() as s:
        app = load_application(s, app_id)
        require(ctx.actor, ISM, app.province_id, msg("Yetki", "geri çekme"))
        apply(s, ctx, app, "withdraw", reason.strip())
