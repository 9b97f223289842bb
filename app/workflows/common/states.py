"""Application states and the legal transitions between them: the one place they are defined."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.workflows.common.errors import DomainError
from app.workflows.common.messages import joined, msg


class AppState(StrEnum):
    RECEIVED = "received"              # registered by the İSM, examination not started
    UNDER_REVIEW = "under_review"      # İSM is answering the Ek-1 items
    DEFICIENT = "deficient"            # eksik evrak notified; waiting for the applicant
    SUITABLE_NOTIFIED = "suitable_notified"  # the applicant was told it is suitable; not yet sent to SHGM
    FORWARDED = "forwarded"            # sent to SHGM: in its queue
    REJECTED = "rejected"              # not suitable: closed with a reasoned letter
    SHGM_APPROVED = "shgm_approved"    # SHGM decided the areas; ÇKYS record pending
    CKYS_RECORDED = "ckys_recorded"    # areas recorded in ÇKYS; permit may be issued
    PERMIT_ISSUED = "permit_issued"
    SHGM_REJECTED = "shgm_rejected"
    WITHDRAWN = "withdrawn"            # the applicant withdrew the application

    @property
    def label(self) -> str:
        return STATE_LABELS[self]

    @property
    def clock_running(self) -> bool:
        """The İSM's 15-day clock runs only while the İSM owes the applicant a notification (CLOCK_STATES)."""
        return self in CLOCK_STATES


# The states the İSM's 15-day clock runs in: received, or under review (the İSM owes the applicant a letter).
# The one definition: the worklist, the dashboard, the detail page and the desk overviews all use it.
CLOCK_STATES: tuple[AppState, ...] = (AppState.RECEIVED, AppState.UNDER_REVIEW)


STATE_LABELS = {
    AppState.RECEIVED: msg("Durumlar", "Alındı"),
    AppState.UNDER_REVIEW: msg("Durumlar", "İncelemede"),
    AppState.DEFICIENT: msg("Durumlar", "Eksik evrak bildirildi"),
    AppState.SUITABLE_NOTIFIED: msg("Durumlar", "Uygun bildirildi"),
    AppState.FORWARDED: msg("Durumlar", "SHGM'ye iletildi"),
    AppState.REJECTED: msg("Durumlar", "Uygun değil (kapandı)"),
    AppState.SHGM_APPROVED: msg("Durumlar", "SHGM alanları belirledi"),
    AppState.CKYS_RECORDED: msg("Durumlar", "ÇKYS'ye kaydedildi"),
    AppState.PERMIT_ISSUED: msg("Durumlar", "İzin belgesi düzenlendi"),
    AppState.SHGM_REJECTED: msg("Durumlar", "SHGM reddetti"),
    AppState.WITHDRAWN: msg("Durumlar", "Geri çekildi"),
}


@dataclass(frozen=True)
class Transition:
    event: str
    source: AppState
    target: AppState


S = AppState
TRANSITIONS: tuple[Transition, ...] = (
    Transition("start_review", S.RECEIVED, S.UNDER_REVIEW),
    Transition("notify_deficiency", S.UNDER_REVIEW, S.DEFICIENT),
    Transition("record_completion", S.DEFICIENT, S.UNDER_REVIEW),
    Transition("notify_suitable", S.UNDER_REVIEW, S.SUITABLE_NOTIFIED),
    Transition("forward", S.SUITABLE_NOTIFIED, S.FORWARDED),
    Transition("notify_unsuitable", S.UNDER_REVIEW, S.REJECTED),
    Transition("shgm_assign_areas", S.FORWARDED, S.SHGM_APPROVED),
    Transition("shgm_reject", S.FORWARDED, S.SHGM_REJECTED),
    Transition("record_ckys", S.SHGM_APPROVED, S.CKYS_RECORDED),
    Transition("issue_permit", S.CKYS_RECORDED, S.PERMIT_ISSUED),
    Transition("withdraw", S.RECEIVED, S.WITHDRAWN),
    Transition("withdraw", S.UNDER_REVIEW, S.WITHDRAWN),
    Transition("withdraw", S.DEFICIENT, S.WITHDRAWN),
)

FINAL_STATES = frozenset({S.REJECTED, S.PERMIT_ISSUED, S.SHGM_REJECTED, S.WITHDRAWN})


EVENT_LABELS = {
    "receive": msg("Durumlar", "Başvuru kaydı"),
    "start_review": msg("Durumlar", "İncelemeye başlama"),
    "notify_deficiency": msg("Durumlar", "Eksik evrak bildirimi"),
    "record_completion": msg("Durumlar", "Eksiklerin tamamlanması"),
    "notify_suitable": msg("Durumlar", "Uygunluk bildirimi"),
    "forward": msg("Durumlar", "SHGM'ye gönderme"),
    "notify_unsuitable": msg("Durumlar", "Uygun değil bildirimi"),
    "shgm_assign_areas": msg("Durumlar", "SHGM alan belirleme"),
    "shgm_reject": msg("Durumlar", "SHGM ret"),
    "record_ckys": msg("Durumlar", "ÇKYS kaydı"),
    "issue_permit": msg("Durumlar", "İzin belgesi düzenleme"),
    "withdraw": msg("Durumlar", "Geri çekme"),
}


class IllegalTransition(DomainError):
    def __init__(self, event: str, state: AppState):
        self.event, self.state = event, state
        what = EVENT_LABELS.get(event, event)
        allowed = joined(", ", (EVENT_LABELS.get(e, e) for e in allowed_events(state))) if allowed_events(state) \
            else msg("Durumlar", "hiçbir işlem")
        super().__init__(msg("Hatalar", "{what} işlemi '{label}' durumundaki bir başvuruya uygulanamaz. Bu durumda "
                                        "yapılabilecekler: {allowed}.").format(
                             what=what, label=state.label, allowed=allowed))


def next_state(state: AppState, event: str) -> AppState:
    for t in TRANSITIONS:
        if t.source == state and t.event == event:
            return t.target
    raise IllegalTransition(event, state)


def allowed_events(state: AppState) -> list[str]:
    return [t.event for t in TRANSITIONS if t.source == state]
