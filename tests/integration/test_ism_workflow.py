"""The İSM's work on an application, as the USH flow chart describes it (shared/domain §2, §7):
receive → examine the Ek-1 items → notify the applicant within 15 days → forward suitable ones to SHGM."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models import Application, ChecklistAnswer, Deficiency, Document, Notification, StateTransition
from app.workflows.common.context import AppContext
from app.workflows.common.deadlines import deadline_from
from app.workflows.common.errors import PermissionDenied, StaleRecord, ValidationFailed
from app.workflows.common.states import AppState, IllegalTransition
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.ism import intake, review
from app.workflows.ism import notify as nt
from tests.support.ism import TODAY, form, izmir_desk, officer, vendor


@pytest.fixture
def desk(ctx) -> AppContext:
    return izmir_desk(ctx)


@pytest.fixture
def received(desk) -> int:
    v, p = vendor(desk)
    return intake.receive(desk, form(v, p))


def answer_all(desk: AppContext, app_id: int, answer: Answer = Answer.UYGUN, **special: tuple[Answer, str]):
    with desk.read() as s:
        rows = review.checklist(s, app_id)
    for r in rows:
        a, note = special.get(f"m{r.number}", (answer, ""))
        review.answer_item(desk, app_id, r.criterion_id, a, note)


def notice(desk: AppContext, **kw) -> nt.NoticeInput:
    base = dict(letter_date=desk.clock.today(), sent_on=desk.clock.today(), send_channel="kep",
                signer_name="Dr. Mehmet Şahin", signer_title="İl Sağlık Müdürü")
    base.update(kw)
    return nt.NoticeInput(**base)


# --- intake ---------------------------------------------------------------------------------------------------

def test_a_received_application_is_numbered_and_carries_the_ek1_items_in_force(desk, received):
    with desk.read() as s:
        app = s.get(Application, received)
        assert app.number == "2026-35-000001" and app.state == AppState.RECEIVED
        assert app.received_on == TODAY
        assert s.scalar(select(func.count()).select_from(ChecklistAnswer)
                        .where(ChecklistAnswer.application_id == received)) == 12
        doc = s.scalars(select(Document).where(Document.application_id == received)).one()
        assert doc.filename == "dilekçe.pdf" and len(doc.sha256) == 64
        t = s.scalars(select(StateTransition).where(StateTransition.application_id == received)).one()
        assert (t.event, t.to_state, t.actor_id) == ("receive", "received", desk.actor.user_id)


def test_the_clock_starts_the_day_after_receipt(desk, received):
    status = nt.application_clock(desk, received)
    assert status.running and status.deadline == dt.date(2026, 3, 17) and status.days_left == 15


def test_bad_input_is_refused_with_every_reason_in_turkish_and_nothing_is_saved(desk):
    v, p = vendor(desk)
    f = form(v, p)
    f.new_facility.tax_no = "1234567891"
    f.professionals[0].tckn = "12345678901"
    f.received_at = dt.datetime(2026, 4, 1, 9, tzinfo=dt.timezone.utc)
    f.areas = []
    with pytest.raises(ValidationFailed) as err:
        intake.receive(desk, f)
    e = err.value.errors
    assert "ileri bir tarih" in e["received_at"]
    assert "Vergi" in e["facility.tax_no"] or "vergi" in e["facility.tax_no"]
    assert "TC kimlik" in e["professionals.1.tckn"]
    assert "USH alanı" in e["areas"]
    with desk.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 0


def test_the_officer_is_warned_when_the_vendor_is_not_on_the_active_list(desk):
    v, p = vendor(desk, status="passive", since=dt.date(2026, 1, 10))
    warnings = intake.warnings(desk, form(v, p))
    assert len(warnings) == 1 and "KTS aktif listesinde değil" in warnings[0] and "Pasif" in warnings[0]
    v2, p2 = vendor_active_other(desk)
    assert intake.warnings(desk, form(v2, p2)) == []


def vendor_active_other(desk):
    from app.models import Vendor, VendorProduct, VendorStatusEvent

    with desk.write() as s:
        v = Vendor(name="Ege Bilişim", name_fold="ege bilişim", tax_no="7350046410")
        s.add(v)
        s.flush()
        p = VendorProduct(vendor_id=v.id, name="TeleTıp", product_version="1")
        s.add_all([p, VendorStatusEvent(vendor_id=v.id, status="active", effective_on=dt.date(2025, 6, 1),
                                        recorded_at=desk.clock.now())])
        s.flush()
        return v.id, p.id


def test_an_izmir_officer_cannot_register_an_application_of_ankara(desk):
    v, p = vendor(desk)
    with pytest.raises(PermissionDenied, match="başka bir ile ait"):
        intake.receive(desk, form(v, p, province_id=6))


def test_an_shgm_reviewer_cannot_do_the_ism_examination(ctx, desk, received):
    reviewer = officer(ctx, "shgm.uzman", Role.SHGM_REVIEWER, None, "Cem Yılmaz")
    other = AppContext(ctx.engine, ctx.target, reviewer, desk.clock)
    with desk.read() as s:
        crit = review.checklist(s, received)[0].criterion_id
    with pytest.raises(PermissionDenied, match="yetkiniz yok"):
        review.answer_item(other, received, crit, Answer.UYGUN)


# --- Ek-1 examination -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("answers, outcome", [
    ({}, "suitable"),
    ({"m3": (Answer.UYGULANMAZ, "")}, "suitable"),
    ({"m5": (Answer.EKSIK, "Çalışma belgesi yok")}, "deficient"),
    ({"m6": (Answer.UYGUN_DEGIL, "Üretici pasif listede")}, "unsuitable"),
    ({"m5": (Answer.EKSIK, "Çalışma belgesi yok"), "m6": (Answer.UYGUN_DEGIL, "Üretici pasif listede")},
     "unsuitable"),
])
def test_the_overall_result_follows_from_the_items(desk, received, answers, outcome):
    answer_all(desk, received, **answers)
    result = review.review_result(desk, received)
    assert result.outcome == outcome
    assert [f"m{r.number}" for r in result.reasons] == [k for k, (a, _) in answers.items()
                                                         if a.value == {"deficient": "eksik",
                                                                        "unsuitable": "uygun_degil"}.get(outcome)]


def test_the_first_answer_starts_the_examination_and_unsuitable_needs_a_reason(desk, received):
    with desk.read() as s:
        first = review.checklist(s, received)[0]
    with pytest.raises(ValidationFailed, match="açıklama"):
        review.answer_item(desk, received, first.criterion_id, Answer.UYGUN_DEGIL, "")
    review.answer_item(desk, received, first.criterion_id, Answer.UYGUN)
    with desk.read() as s:
        assert s.get(Application, received).state == AppState.UNDER_REVIEW
    assert review.review_result(desk, received).outcome == "incomplete"


def test_an_answer_based_on_a_stale_screen_is_refused(desk, received):
    with desk.read() as s:
        row = review.checklist(s, received)[0]
    review.answer_item(desk, received, row.criterion_id, Answer.UYGUN, expected_version=row.version)
    with pytest.raises(StaleRecord, match="Şule Öztürk"):
        review.answer_item(desk, received, row.criterion_id, Answer.EKSIK, "eksik", expected_version=row.version)


# --- notification and forwarding ------------------------------------------------------------------------------

def test_a_suitable_application_is_notified_then_forwarded_to_shgm_and_the_clock_stops(desk, received):
    answer_all(desk, received)
    nid = nt.notify(desk, received, notice(desk))
    with desk.read() as s:
        n = s.get(Notification, nid)
        assert n.kind == "uygun" and n.sayi == "USH-35-2026-00001" and n.document_id is not None
        assert s.get(Application, received).state == AppState.SUITABLE_NOTIFIED
    status = nt.application_clock(desk, received)
    assert not status.running and status.met is True and status.light == "stopped"
    nt.forward(desk, received)
    with desk.read() as s:
        assert s.get(Application, received).state == AppState.FORWARDED


def test_an_unsuitable_application_closes_with_a_reasoned_letter(desk, received):
    answer_all(desk, received, m6=(Answer.UYGUN_DEGIL, "Üretici KTS pasif listesinde"))
    nid = nt.notify(desk, received, notice(desk))
    with desk.read() as s:
        n = s.get(Notification, nid)
        assert n.kind == "uygun_degil" and "Üretici KTS pasif listesinde" in n.body
        assert s.get(Application, received).state == AppState.REJECTED


def test_a_deficiency_notice_stops_the_clock_and_completion_starts_a_new_15_days(desk, received):
    answer_all(desk, received, m5=(Answer.EKSIK, "Dr. İlkay Güneş'in çalışma belgesi yok"))
    nt.notify(desk, received, notice(desk, required_actions={5: "Çalışma belgesini gönderin."}))
    with desk.read() as s:
        d = s.scalars(select(Deficiency).where(Deficiency.application_id == received)).one()
        assert d.required_action == "Çalışma belgesini gönderin." and d.resolved_on is None
        assert s.get(Application, received).state == AppState.DEFICIENT
    assert not nt.application_clock(desk, received).running
    later = AppContext(desk.engine, desk.target, desk.actor, type(desk.clock).on(dt.date(2026, 3, 20)))
    nt.record_completion(later, received, dt.date(2026, 3, 20), "KEP-2026-0099")
    status = nt.application_clock(later, received)
    assert status.running and status.deadline == deadline_from(dt.date(2026, 3, 20)) == dt.date(2026, 4, 6)
    with desk.read() as s:
        assert s.get(Application, received).state == AppState.UNDER_REVIEW
        assert s.scalars(select(Deficiency)).one().resolved_on == dt.date(2026, 3, 20)


def test_a_late_notification_is_recorded_as_late(desk, received):
    answer_all(desk, received)
    late_day = dt.date(2026, 3, 20)
    late = AppContext(desk.engine, desk.target, desk.actor, type(desk.clock).on(late_day))
    assert nt.application_clock(late, received).overdue
    nt.notify(late, received, notice(late))
    status = nt.application_clock(late, received)
    assert status.met is False and not status.running


def test_notifying_before_every_item_is_answered_is_refused(desk, received):
    with pytest.raises(ValidationFailed, match="cevaplanmamış maddeler: 1, 2"):
        nt.notify(desk, received, notice(desk))


def test_a_send_date_in_the_future_is_refused(desk, received):
    answer_all(desk, received)
    with pytest.raises(ValidationFailed, match="ileri bir tarih"):
        nt.notify(desk, received, notice(desk, sent_on=TODAY + dt.timedelta(days=1)))


def test_forwarding_an_application_still_under_review_is_refused_and_nothing_changes(desk, received):
    with pytest.raises(IllegalTransition, match="SHGM'ye gönderme"):
        nt.forward(desk, received)
    with desk.read() as s:
        assert s.get(Application, received).state == AppState.RECEIVED
