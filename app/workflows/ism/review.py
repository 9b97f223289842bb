"""The İSM's Ek-1 examination: answering items and deriving the overall result (the rows themselves are read by
app.workflows.common.application_view, which SHGM's review shares)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.models import ChecklistAnswer, Ek1Criterion, User
from app.workflows.common.application_view import ChecklistRow, checklist, load_application, visible_application
from app.workflows.common.context import AppContext
from app.workflows.common.errors import NotFound, StaleRecord, ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.permissions import ISM, require
from app.workflows.common.states import AppState
from app.workflows.common.transitions import apply
from app.workflows.common.vocabulary import ANSWER_LABELS, Answer
from app.workflows.ism.actions import IsmAction, application_actions

OUTCOME_LABELS = {
    "suitable": "Uygun",
    "deficient": "Eksik evrak",
    "unsuitable": "Uygun değil",
    "incomplete": "İnceleme tamamlanmadı",
}


@dataclass(frozen=True)
class ReviewResult:
    """suitable (all met), deficient (some Eksik), unsuitable (some Uygun Değil) or incomplete (unanswered).

    Uygun Değil outranks Eksik: a substantive failure cannot be cured by sending documents.
    """

    outcome: str
    reasons: list[ChecklistRow]     # the items behind the outcome
    unanswered: list[ChecklistRow]

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self.outcome]


def result_of(rows: list[ChecklistRow]) -> ReviewResult:
    unanswered = [r for r in rows if r.answer is None]
    failed = [r for r in rows if r.answer == Answer.UYGUN_DEGIL]
    missing = [r for r in rows if r.answer == Answer.EKSIK]
    if unanswered:
        return ReviewResult("incomplete", [], unanswered)
    if failed:
        return ReviewResult("unsuitable", failed, [])
    if missing:
        return ReviewResult("deficient", missing, [])
    return ReviewResult("suitable", [], [])


def review_result(ctx: AppContext, app_id: int) -> ReviewResult:
    with ctx.read() as s:
        visible_application(s, ctx, app_id)
        return result_of(checklist(s, app_id))


def answer_item(ctx: AppContext, app_id: int, criterion_id: int, answer: Answer | None, note: str = "",
                expected_version: int | None = None) -> ChecklistRow:
    """Record the officer's answer to one Ek-1 item. The first answer starts the examination."""
    note = note.strip()
    if answer in (Answer.UYGUN_DEGIL, Answer.EKSIK) and not note:
        what = msg("İSM", "neden uygun olmadığını") if answer == Answer.UYGUN_DEGIL else \
            msg("İSM", "neyin eksik olduğunu")
        raise ValidationFailed({"note": msg("İSM", "{value} cevabı için açıklamaya {what} yazın.").format(
                                            value=ANSWER_LABELS[answer], what=what)})
    with ctx.write() as s:
        app = load_application(s, app_id)
        require(ctx.actor, ISM, app.province_id, msg("Yetki", "Ek-1 inceleme"))
        state = AppState(app.state)
        if IsmAction.ANSWER not in application_actions(state):
            raise ValidationFailed({"state": msg("İSM", "'{label}' durumundaki başvurunun Ek-1 cevapları "
                                                        "değiştirilemez.").format(label=state.label)})
        if state == AppState.RECEIVED:
            apply(s, ctx, app, "start_review")
        row = s.scalars(select(ChecklistAnswer).where(ChecklistAnswer.application_id == app_id,
                                                      ChecklistAnswer.criterion_id == criterion_id)).first()
        if row is None:
            raise NotFound(msg("İSM", "Bu madde başvurunun Ek-1 listesinde yok."))
        if expected_version is not None and row.version != expected_version:
            who = s.get(User, row.answered_by_id) if row.answered_by_id else None
            raise StaleRecord(msg("Hatalar", "Bu Ek-1 maddesi"), who.full_name if who else None)
        row.answer = answer.value if answer else None
        row.note = note
        row.answered_by_id = ctx.actor.user_id
        row.answered_at = ctx.clock.now()
        s.flush()
        crit = s.get(Ek1Criterion, criterion_id)
        assert crit is not None
        return ChecklistRow(row.id, crit.id, crit.number, crit.title, crit.check_text, answer, note, row.version)
