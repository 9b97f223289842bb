"""The İSM desk asks for the signing certificate's passphrase before it e-signs a letter, like the SHGM desk
(issue 17): where a signing certificate is configured and no keyring keeps its passphrase, saving a notification
letter asks for it once per session; the right one gives an e-signed letter; a wrong one is said so and asked
again; cancelling records and signs nothing and the officer is told so; a wrong passphrase kept in the keyring is
refused with a clear message and nothing is recorded; with no certificate nothing is asked and the letter is saved
to be signed in EBYS."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import secrets
from app.ui.common import passphrase
from app.ui.ism.notice_dialog import NotificationDialog
from app.workflows.common import signing
from app.workflows.common.application_view import application_detail, checklist_rows
from app.workflows.common.states import AppState
from app.workflows.common.stored_documents import document
from app.workflows.common.vocabulary import Answer
from app.workflows.ism import review
from tests.support.ism_ui import receive, vendor
from tests.support.signing import PASSPHRASE, use_test_certificate

CERT_NAME = "İzmir İSM Test Sertifikası"


@pytest.fixture
def no_keyring(tmp_path, monkeypatch) -> Path:
    """A configured, passphrase-protected certificate on a computer without a keyring."""
    path = use_test_certificate(tmp_path / "imza", CERT_NAME)
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    signing.forget_session_passphrases()
    yield path
    signing.forget_session_passphrases()


class Prompt:
    """Stands in for the passphrase dialog: what it was asked and what the officer types (None: Vazgeç)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *answers: str | None) -> None:
        self.asked: list[Path] = []
        self.answers = list(answers)
        monkeypatch.setattr(passphrase, "ask", self)

    def __call__(self, parent, path: Path) -> str | None:  # type: ignore[no-untyped-def]
        self.asked.append(path)
        return self.answers.pop(0) if self.answers else pytest.fail("asked once more than expected")


def letter_dialog(qtbot, ctx, ckys: str, bad_item: int | None = None,  # type: ignore[no-untyped-def]
                  answer: Answer = Answer.UYGUN_DEGIL, vendor_ids: tuple[int, int] | None = None
                  ) -> tuple[int, NotificationDialog]:
    app_id = receive(ctx, vendor_ids or vendor(ctx), ctx.clock.today(), ckys)
    for r in checklist_rows(ctx, app_id):
        bad = r.number == bad_item
        review.answer_item(ctx, app_id, r.criterion_id, answer if bad else Answer.UYGUN,
                           f"{r.number}. madde karşılanmıyor." if bad else "")
    dialog = NotificationDialog(ctx, application_detail(ctx, app_id))
    qtbot.addWidget(dialog)
    dialog.signer_name.setEditText("Dr. Mehmet Şahin")
    return app_id, dialog


def recorded_pdf(ctx, app_id: int) -> tuple[bool, bytes]:  # type: ignore[no-untyped-def]
    n = application_detail(ctx, app_id).notifications[0]
    assert n.document_id is not None
    return n.signed, document(ctx, n.document_id).content


def test_the_passphrase_is_asked_once_and_the_letter_is_e_signed(qtbot, desk_ctx, messages, no_keyring,
                                                                  monkeypatch):
    prompt = Prompt(monkeypatch, PASSPHRASE)
    vendor_ids = vendor(desk_ctx)
    app_id, dialog = letter_dialog(qtbot, desk_ctx, "35-0001", vendor_ids=vendor_ids)
    dialog.save()
    assert prompt.asked == [no_keyring] and messages.errors == []
    assert dialog.saved_id is not None
    signed, pdf = recorded_pdf(desk_ctx, app_id)
    check = signing.check_signature(pdf, [signing.signer_certificate(pdf)])
    assert signed and check.present and check.intact and check.signer == CERT_NAME
    title, text = messages.infos[-1]
    assert title == "Yazı kaydedildi" and f"Yazı e-imzayla imzalandı ({CERT_NAME})." in text

    other_id, other = letter_dialog(qtbot, desk_ctx, "35-0002", bad_item=3, answer=Answer.EKSIK,
                                   vendor_ids=vendor_ids)
    other.save()                                   # the same session: not asked again
    assert prompt.asked == [no_keyring] and recorded_pdf(desk_ctx, other_id)[0]


def test_cancelling_the_passphrase_records_and_signs_nothing_and_says_so(qtbot, desk_ctx, messages, no_keyring,
                                                                         monkeypatch):
    prompt = Prompt(monkeypatch, None)
    app_id, dialog = letter_dialog(qtbot, desk_ctx, "35-0003", bad_item=2)     # Uygun değil: would close the file
    dialog.save()
    assert len(messages.confirmations) == 1 and prompt.asked == [no_keyring]
    d = application_detail(desk_ctx, app_id)
    assert d.notifications == [] and d.state == AppState.UNDER_REVIEW and dialog.saved_id is None
    assert not dialog.message.isHidden()
    assert dialog.message.text().startswith("• Yazı kaydedilmedi ve imzalanmadı: e-imza sertifikasının parolası "
                                            "girilmedi.")
    assert messages.infos == []

    Prompt(monkeypatch, PASSPHRASE)                # Kaydet again, the passphrase typed this time
    dialog.save()
    assert application_detail(desk_ctx, app_id).state == AppState.REJECTED
    assert recorded_pdf(desk_ctx, app_id)[0] and dialog.message.isHidden()


def test_a_wrong_passphrase_is_said_so_and_asked_again(qtbot, desk_ctx, messages, no_keyring, monkeypatch):
    prompt = Prompt(monkeypatch, "yanlış-parola", PASSPHRASE)
    app_id, dialog = letter_dialog(qtbot, desk_ctx, "35-0004")
    dialog.save()
    assert prompt.asked == [no_keyring, no_keyring]
    [(title, text)] = messages.errors
    assert title == "İmza sertifikasının parolası" and "parola yanlış" in text
    assert recorded_pdf(desk_ctx, app_id)[0]


def test_a_wrong_passphrase_kept_in_the_keyring_is_refused_clearly_and_nothing_recorded(qtbot, desk_ctx, messages,
                                                                                       tmp_path, monkeypatch):
    path = use_test_certificate(tmp_path / "imza", CERT_NAME)
    secrets.set_secret(signing.secret_key(str(path)), "eski-parola")
    signing.forget_session_passphrases()
    Prompt(monkeypatch)                            # a passphrase is kept: nothing to ask
    app_id, dialog = letter_dialog(qtbot, desk_ctx, "35-0005")
    dialog.save()
    [(_title, text)] = messages.errors
    assert f"İmza sertifikası açılamadı ({path.name}): parola yanlış" in text
    assert application_detail(desk_ctx, app_id).notifications == [] and dialog.saved_id is None


def test_without_a_certificate_nothing_is_asked_and_the_letter_is_to_be_signed_in_ebys(qtbot, desk_ctx, messages,
                                                                                      monkeypatch):
    Prompt(monkeypatch)
    app_id, dialog = letter_dialog(qtbot, desk_ctx, "35-0006")
    dialog.save()
    signed, pdf = recorded_pdf(desk_ctx, app_id)
    assert not signed and not signing.check_signature(pdf, []).present
    assert "EBYS üzerinden e-imzaya sunun" in messages.infos[-1][1]
