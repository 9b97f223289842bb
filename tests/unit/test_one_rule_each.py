"""Rules written once and used everywhere (issue 12): the notification letter's content, the states the 15-day
clock runs in, the attachment size limit and the count by state each have one definition, pinned here."""

from __future__ import annotations

import datetime as dt

import pytest

from app.workflows.common.application_view import ChecklistRow
from app.workflows.common.deadlines import clock_in_state, clock_status
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.states import CLOCK_STATES, AppState
from app.workflows.common.stored_documents import MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB, attachment_problem
from app.workflows.common.vocabulary import Answer, NoticeKind
from app.workflows.dashboard import figures, overview
from app.workflows.ism.notify import DEFAULT_ACTION, NoticeInput, compose_letter, default_recipient
from app.workflows.ism.review import result_of

DAY = dt.date(2026, 3, 2)


def row(number: int, answer: Answer | None, note: str = "") -> ChecklistRow:
    return ChecklistRow(number, 100 + number, number, f"Madde başlığı {number}", "", answer, note, 1)


def letter(rows: list[ChecklistRow], **notice_values):  # type: ignore[no-untyped-def]
    notice = NoticeInput(letter_date=DAY, sent_on=DAY, send_channel="kep", signer_name=" Dr. Mehmet Şahin ",
                         **notice_values)
    return compose_letter(result_of(rows), notice, "E-123", province_name="İzmir",
                          facility_name="Özel Işıklı Göğüs Tıp Merkezi", facility_address="Bostanlı Mah. No: 12",
                          application_number="2026-35-000001", received_on=DAY)


# --- the notification letter (notify.compose_letter: saving and the preview) ----------------------------------

def test_a_suitable_file_gets_the_uygun_letter_addressed_to_the_facility():
    got = letter([row(1, Answer.UYGUN), row(2, Answer.UYGULANMAZ)])
    assert got.kind == NoticeKind.UYGUN and got.sayi == "E-123" and got.province_name == "İzmir"
    assert got.recipient == "Özel Işıklı Göğüs Tıp Merkezi\nBostanlı Mah. No: 12"
    assert got.recipient == default_recipient("Özel Işıklı Göğüs Tıp Merkezi", "Bostanlı Mah. No: 12")   # the form's
    assert (got.reasons, got.missing, got.deficient, got.body) == ([], [], [], "")
    assert got.file_name == "bildirim-2026-35-000001-uygun.pdf"


def test_an_unsuitable_item_outranks_a_missing_one_and_its_note_is_the_reason():
    got = letter([row(1, Answer.EKSIK, "imza yok"), row(2, Answer.UYGUN_DEGIL, "alan ruhsatta yok")],
                 recipient="Dr. Ayşe Çınar\nKarşıyaka")
    assert got.kind == NoticeKind.UYGUN_DEGIL and got.recipient == "Dr. Ayşe Çınar\nKarşıyaka"
    assert got.reasons == ["Madde 2 — Madde başlığı 2: alan ruhsatta yok"] and got.missing == []
    assert got.body == "Madde 2 — Madde başlığı 2: alan ruhsatta yok" and got.deficient == []


def test_missing_items_carry_what_the_applicant_must_do_or_the_default():
    rows = [row(1, Answer.EKSIK, "imza yok"), row(2, Answer.UYGUN), row(3, Answer.EKSIK, "sözleşme eksik")]
    got = letter(rows, required_actions={1: "  İmzalı dilekçe gönderilmelidir. "})
    assert got.kind == NoticeKind.EKSIK and got.reasons == []
    assert got.missing == [("Madde 1 — Madde başlığı 1: imza yok", "İmzalı dilekçe gönderilmelidir."),
                           ("Madde 3 — Madde başlığı 3: sözleşme eksik", DEFAULT_ACTION)]
    assert [r.number for r in got.deficient] == [1, 3]      # one Deficiency row per missing item, same order
    assert got.body == "Madde 1 — Madde başlığı 1: imza yok\nMadde 3 — Madde başlığı 3: sözleşme eksik"


def test_no_letter_while_items_are_unanswered():
    with pytest.raises(ValidationFailed) as err:
        letter([row(1, Answer.UYGUN), row(2, None), row(7, None)])
    assert "cevaplanmamış maddeler: 2, 7" in err.value.errors["checklist"]


# --- the states the 15-day clock runs in (states.CLOCK_STATES, deadlines.clock_in_state) ---------------------

def test_the_clock_runs_while_the_ism_owes_a_letter_and_nowhere_else():
    assert CLOCK_STATES == (AppState.RECEIVED, AppState.UNDER_REVIEW)
    assert [s for s in AppState if s.clock_running] == list(CLOCK_STATES)


@pytest.mark.parametrize("state", list(AppState), ids=str)
def test_a_running_clock_shows_as_stopped_outside_the_clock_states(state):
    running = clock_status(DAY, [], DAY + dt.timedelta(days=20))
    assert running.running and running.overdue
    shown = clock_in_state(state, running)
    if state in CLOCK_STATES:
        assert shown == running
    else:
        assert (shown.running, shown.days_left, shown.overdue, shown.light) == (False, None, False, "stopped")
        assert shown.deadline == running.deadline and shown.rounds == running.rounds


# --- the attachment limit (stored_documents) ------------------------------------------------------------------

def test_an_attachment_may_be_up_to_50_mb_and_not_empty():
    assert MAX_ATTACHMENT_MB == 50 and MAX_ATTACHMENT_BYTES == 50 * 1024 * 1024
    assert attachment_problem("dilekçe.pdf", MAX_ATTACHMENT_BYTES) is None
    assert attachment_problem("büyük.pdf", MAX_ATTACHMENT_BYTES + 1) == "büyük.pdf: dosya 50 MB'tan büyük."
    assert attachment_problem("", 0) == "Belge boş bir dosya."


# --- applications per state ------------------------------------------------------------------------------------

def test_the_desk_overviews_count_by_state_with_the_dashboards_function():
    assert overview.state_counts is figures.state_counts
