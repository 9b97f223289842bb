"""The İSM's PDFs made before anything is recorded: the notification letter's preview (the same letter
`notify.notify` records, from `notify.draft_letter`) and the İnceleme Formu. No Qt.

Stored files (attachments, recorded letters) are read through app.workflows.common.stored_documents.
"""

from __future__ import annotations

from app.models import User
from app.workflows.common.application_view import application_detail, checklist, visible_application
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import ANSWER_LABELS, CHANNEL_LABELS, Channel
from app.workflows.ism.notify import NoticeInput, draft_letter
from app.workflows.ism.review import OUTCOME_LABELS, result_of

PREVIEW_SAYI = "(kayıtta verilecek)"     # the preview's sayı when the officer left it empty


def letter_preview(ctx: AppContext, app_id: int, notice: NoticeInput) -> bytes:
    """The letter `notify.notify` would record with these values, as a draft: TASLAK across every page, so a copy
    printed before it is recorded is never taken for the letter (the sayı is a placeholder when empty)."""
    with ctx.read() as s:
        app = visible_application(s, ctx, app_id)
        letter = draft_letter(s, app, notice, result_of(checklist(s, app_id)),
                              notice.sayi.strip() or PREVIEW_SAYI)
    return letter.draft_pdf()


def review_form_pdf(ctx: AppContext, app_id: int) -> bytes:
    """The "İnceleme Formu": the Ek-1 answers with the officer's name and today's date, as PDF."""
    from app.documents.review_form import ReviewFormData, ReviewItem, render_review_form

    d = application_detail(ctx, app_id)
    with ctx.read() as s:
        user = s.get(User, ctx.actor.user_id) if ctx.actor.user_id else None
        title = user.title if user is not None else ""
    channel = CHANNEL_LABELS.get(Channel(d.channel), d.channel) if d.channel in set(Channel) else d.channel
    extra = [("Başvuru kanalı", f"{channel} {d.channel_ref}".strip())]
    return render_review_form(ReviewFormData(
        province_name=d.province_name, application_number=d.number, received_on=d.received_on,
        facility_name=d.facility.name, facility_ckys=d.facility.ckys_code, facility_type=d.facility.type_name,
        vendor_name=d.vendor_name, product=d.product_label, requested_areas=[a.label for a in d.areas],
        ek1_title=d.ek1_title,
        items=[ReviewItem(r.number, r.title, ANSWER_LABELS[r.answer] if r.answer else "", r.note)
               for r in d.checklist],
        result_label=OUTCOME_LABELS[result_of(d.checklist).outcome], officer_name=ctx.actor.full_name,
        officer_title=title, printed_on=ctx.clock.today(), extra_info=extra,
    ))
