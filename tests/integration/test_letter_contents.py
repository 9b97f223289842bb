"""What the İSM's letter says (issue 17): "e-imzalıdır" only on a letter the desk actually e-signed (PAdES, the
permits' path, where a signing certificate is configured) and otherwise that it is to be signed in EBYS, recorded
with the notification; a draft is marked TASLAK; the directorate's contact line; the deficiency letter gives the
time to complete and what follows; the "uygun değil" letter states the remedy, its authority and period."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from app.models import Notification
from app.workflows.admin import letter_settings
from app.workflows.common import signing
from app.workflows.common.application_view import checklist
from app.workflows.common.errors import PermissionDenied, ValidationFailed
from app.workflows.common.stored_documents import document
from app.workflows.common.system_settings import LetterSettings
from app.workflows.common.vocabulary import Answer
from app.workflows.ism import documents, intake, notify, review
from tests.support.ism import form, izmir_desk, vendor
from tests.support.signing import use_test_certificate

EBYS = "Bu yazı EBYS üzerinden e-imza ile imzalanacaktır."


def _red(obj: dict) -> bool:
    colour = obj.get("non_stroking_color")
    return isinstance(colour, (tuple, list)) and len(colour) == 3 and colour[0] > 0.5 > colour[1]


def text(pdf: bytes) -> str:
    """The letter's black print as one line, then " | " and the red draft stamp's text (if any)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        ink = " ".join((p.filter(lambda o: not _red(o)).extract_text() or "").replace("\n", " ") for p in doc.pages)
        red = " ".join((p.filter(_red).extract_text() or "").replace("\n", " ") for p in doc.pages)
    return f"{ink} | {red}"


def examined(desk, answer_for=lambda number: Answer.UYGUN) -> int:  # type: ignore[no-untyped-def]
    v, p = vendor(desk)
    app_id = intake.receive(desk, form(v, p))
    with desk.read() as s:
        rows = checklist(s, app_id)
    for r in rows:
        answer = answer_for(r.number)
        review.answer_item(desk, app_id, r.criterion_id, answer,
                           "" if answer == Answer.UYGUN else f"{r.number}. madde karşılanmıyor")
    return app_id


def notice(desk) -> notify.NoticeInput:  # type: ignore[no-untyped-def]
    return notify.NoticeInput(letter_date=desk.clock.today(), sent_on=desk.clock.today(), send_channel="kep",
                              signer_name="Dr. Mehmet Şahin", signer_title="İl Sağlık Müdürü")


def recorded(desk, notification_id: int) -> tuple[Notification, bytes]:  # type: ignore[no-untyped-def]
    with desk.read() as s:
        n = s.get(Notification, notification_id)
    return n, document(desk, n.document_id).content


def test_without_a_certificate_the_letter_says_it_is_to_be_signed_in_ebys_and_is_not_marked_signed(ctx):
    desk = izmir_desk(ctx)
    app_id = examined(desk)
    draft = text(documents.letter_preview(desk, app_id, notice(desk)))
    assert "TASLAK" in draft and "e-imzalıdır" not in draft
    n, pdf = recorded(desk, notify.notify(desk, app_id, notice(desk)))
    assert EBYS in text(pdf) and "e-imzalıdır" not in text(pdf) and "TASLAK" not in text(pdf)
    assert not n.signed and n.signature_subject == ""
    assert not signing.check_signature(pdf, []).present


def test_with_a_signing_certificate_the_letter_is_e_signed_and_says_so(ctx, tmp_path):
    use_test_certificate(tmp_path, "İzmir İSM Test Sertifikası")
    desk = izmir_desk(ctx)
    app_id = examined(desk)
    draft = text(documents.letter_preview(desk, app_id, notice(desk)))
    assert "e-imzalıdır" not in draft and EBYS not in draft                  # a draft is unsigned and says when
    assert "Bu yazı kaydedildiğinde e-imza ile imzalanacaktır." in draft      # it will be signed: on recording
    n, pdf = recorded(desk, notify.notify(desk, app_id, notice(desk)))
    assert "e-imzalıdır" in text(pdf) and EBYS not in text(pdf)
    assert n.signed and n.signature_subject == "İzmir İSM Test Sertifikası"
    check = signing.check_signature(pdf, [signing.signer_certificate(pdf)])
    assert check.present and check.intact and check.signer == "İzmir İSM Test Sertifikası"


def test_the_deficiency_letter_gives_the_time_to_complete_and_what_follows(ctx):
    desk = izmir_desk(ctx)
    app_id = examined(desk, lambda number: Answer.EKSIK if number == 3 else Answer.UYGUN)
    body = text(documents.letter_preview(desk, app_id, notice(desk)))
    assert "tebliğinden itibaren 30 gün içinde tamamlanması gerekmektedir" in body
    assert "dosyanız kapatılacak" in body


def test_the_unsuitable_letter_states_the_remedy_authority_and_period(ctx):
    desk = izmir_desk(ctx)
    app_id = examined(desk, lambda number: Answer.UYGUN_DEGIL if number == 2 else Answer.UYGUN)
    body = text(documents.letter_preview(desk, app_id, notice(desk)))
    assert "60 (altmış) gün içinde yetkili idare mahkemesinde dava açabilirsiniz" in body
    assert "İdari Yargılama Usulü Kanunu md. 7" in body


def test_the_directorates_contact_line_and_the_period_come_from_the_settings(ctx):
    desk = izmir_desk(ctx)
    app_id = examined(desk, lambda number: Answer.EKSIK if number == 3 else Answer.UYGUN)
    wanted = LetterSettings(address="Cumhuriyet Bulvarı No: 1, Konak / İzmir", phone="0232 123 45 67",
                            email="izmirism@saglik.gov.tr", kep="izmir.ism@hs01.kep.tr", completion_days=20)
    with pytest.raises(PermissionDenied):
        letter_settings.save(desk, 35, wanted)
    with pytest.raises(ValidationFailed) as err:
        letter_settings.save(ctx, 35, LetterSettings(email="yanlış", completion_days=0))
    assert set(err.value.errors) == {"email", "completion_days"}
    letter_settings.save(ctx, 35, wanted)
    body = text(documents.letter_preview(desk, app_id, notice(desk)))
    assert "Adres: Cumhuriyet Bulvarı No: 1, Konak / İzmir" in body
    assert "Tel: 0232 123 45 67" in body and "e-posta: izmirism@saglik.gov.tr" in body
    assert "KEP: izmir.ism@hs01.kep.tr" in body
    assert "20 gün içinde tamamlanması" in body
    assert letter_settings.current(desk, 35) == wanted
