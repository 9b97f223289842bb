"""One dated file for the 15-day clock's same-day rules (docs/deadline-rules.md rule 10), written through the
İSM's services: received Mon 2 March 2026 (last day Tue 17 March), a deficiency notice on 10 March, the file
completed on Fri 20 March (the new last day is Mon 6 April: day 15 is Saturday 4 April)."""

from __future__ import annotations

import datetime as dt

from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Answer
from app.workflows.ism import intake, notify, review
from tests.support.ism import form, vendor

RECEIVED = dt.date(2026, 3, 2)
FIRST_DEADLINE = dt.date(2026, 3, 17)
DEFICIENCY = dt.date(2026, 3, 10)
COMPLETED = dt.date(2026, 3, 20)
SECOND_DEADLINE = dt.date(2026, 4, 6)


def received_file(desk: AppContext, ckys: str = "35-0001") -> int:
    return intake.receive(desk, form(*vendor(desk), received=RECEIVED, ckys=ckys))


def answer(desk: AppContext, app_id: int, item5: Answer) -> None:
    """Every Ek-1 item suitable, item 5 (the work permit) as given."""
    with desk.read() as s:
        rows = review.checklist(s, app_id)
    for r in rows:
        if r.answer != (item5 if r.number == 5 else Answer.UYGUN):
            note = "Çalışma belgesi yok" if r.number == 5 and item5 == Answer.EKSIK else ""
            review.answer_item(desk, app_id, r.criterion_id, item5 if r.number == 5 else Answer.UYGUN, note)


def letter(desk: AppContext, app_id: int, sent_on: dt.date) -> int:
    """The letter the checklist calls for, dated and sent on `sent_on`."""
    return notify.notify(desk, app_id, notify.NoticeInput(
        letter_date=sent_on, sent_on=sent_on, send_channel="kep", signer_name="Dr. Mehmet Şahin",
        required_actions={5: "Çalışma belgesini gönderin."}))


def deficient_then_completed(desk: AppContext, ckys: str = "35-0001") -> int:
    """Received, a deficiency notice on 10 March, completed on 20 March: the İSM owes a letter by 6 April."""
    app_id = received_file(desk, ckys)
    answer(desk, app_id, Answer.EKSIK)
    letter(desk, app_id, DEFICIENCY)
    notify.record_completion(desk, app_id, COMPLETED, "KEP-2026-0101")
    return app_id
