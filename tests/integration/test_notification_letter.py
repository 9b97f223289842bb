"""The notification letter is made once (notify.draft_letter): the preview the officer reads before recording is
the letter `notify` records (marked TASLAK until then), and the notification, its deficiencies and its PDF carry
the same content. "e-imzalıdır" only on a letter the desk actually signed (issue 17)."""

from __future__ import annotations

import io

import pdfplumber
from sqlalchemy import select

from app.models import Deficiency, Document, Notification
from app.workflows.common.application_view import checklist
from app.workflows.common.stored_documents import document
from app.workflows.common.vocabulary import Answer
from app.workflows.ism import documents, intake, notify, review
from tests.support.ism import form, izmir_desk, vendor


def text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _ink(obj: dict) -> bool:
    """Black print (the letter), not the red draft stamp."""
    colour = obj.get("non_stroking_color")
    return not (isinstance(colour, (tuple, list)) and len(colour) == 3 and colour[0] > 0.5 > colour[1])


def letter_lines(pdf: bytes) -> list[str]:
    """The letter's own lines, without the draft's red stamp."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(p.filter(_ink).extract_text() or "" for p in doc.pages).splitlines()


def test_the_preview_is_the_recorded_letter(ctx):
    desk = izmir_desk(ctx)
    v, p = vendor(desk)
    app_id = intake.receive(desk, form(v, p))
    with desk.read() as s:
        rows = checklist(s, app_id)
    for r in rows:
        missing = r.number in (3, 5)
        review.answer_item(desk, app_id, r.criterion_id, Answer.EKSIK if missing else Answer.UYGUN,
                           f"{r.number}. maddenin belgesi yok" if missing else "")
    notice = notify.NoticeInput(letter_date=desk.clock.today(), sent_on=desk.clock.today(), send_channel="kep",
                                signer_name="Dr. Mehmet Şahin", signer_title="İl Sağlık Müdürü", sayi="E-35-777",
                                required_actions={3: "Noter onaylı sözleşme gönderilmelidir."})
    draft = documents.letter_preview(desk, app_id, notice)
    preview = letter_lines(draft)

    notification_id = notify.notify(desk, app_id, notice)
    with desk.read() as s:
        n = s.get(Notification, notification_id)
        deficiencies = s.scalars(select(Deficiency).where(Deficiency.notification_id == notification_id)
                                 .order_by(Deficiency.id)).all()
        stored = s.get(Document, n.document_id)
        assert stored is not None and stored.filename == "bildirim-2026-35-000001-eksik.pdf"
    recorded = text(document(desk, n.document_id).content)
    assert letter_lines(document(desk, n.document_id).content) == preview
    assert "TASLAK" in text(draft) and "TASLAK" not in recorded
    assert "E-35-777" in recorded and "Noter onaylı sözleşme gönderilmelidir." in recorded
    assert n.kind == "eksik" and n.sayi == "E-35-777"
    assert [line.split(" — ")[0] for line in n.body.splitlines()] == ["Madde 3", "Madde 5"]
    assert [d.required_action for d in deficiencies] == ["Noter onaylı sözleşme gönderilmelidir.",
                                                          notify.DEFAULT_ACTION]


def test_an_empty_sayi_is_a_placeholder_in_the_preview_only(ctx):
    desk = izmir_desk(ctx)
    v, p = vendor(desk)
    app_id = intake.receive(desk, form(v, p))
    with desk.read() as s:
        rows = checklist(s, app_id)
    for r in rows:
        review.answer_item(desk, app_id, r.criterion_id, Answer.UYGUN)
    notice = notify.NoticeInput(letter_date=desk.clock.today(), sent_on=desk.clock.today(), send_channel="kep",
                                signer_name="Dr. Mehmet Şahin")
    assert documents.PREVIEW_SAYI in text(documents.letter_preview(desk, app_id, notice))
    notification_id = notify.notify(desk, app_id, notice)
    with desk.read() as s:
        n = s.get(Notification, notification_id)
        assert n.kind == "uygun" and n.body == "" and n.sayi and n.sayi != documents.PREVIEW_SAYI
    assert documents.PREVIEW_SAYI not in text(document(desk, n.document_id).content)
