"""Same-day events on the 15-day clock (issue 15, item 3; docs/deadline-rules.md rule 10, decision 71).

One dated file (tests/support/clock_scenario.py: received 2 March 2026, deficiency notice 10 March, completed
20 March, new last day 6 April) through every place the clock is read: the application's own page
(application_detail), the worklist (its own SQL for the events), the monthly report, the dashboard's deadline
buckets and `ush-izin deadline`. A letter sent on the day the file was completed answers that completion and is
in time; a letter dated before the completion it answers is refused and nothing is recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.cli.main import main as cli
from app.models import Application, Notification
from app.workflows.common.application_view import application_detail, clock_events
from app.workflows.common.deadlines import READING_B, order_problem
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.states import AppState
from app.workflows.common.system_settings import set_clock_rules
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.dashboard import figures
from app.workflows.ism import intake, notify, reports
from app.workflows.ism import worklist as q
from tests.support.clock_scenario import (
    COMPLETED,
    DEFICIENCY,
    FIRST_DEADLINE,
    RECEIVED,
    SECOND_DEADLINE,
    answer,
    deficient_then_completed,
    letter,
)
from tests.support.demo import as_role, with_demo_data
from tests.support.ism import form, izmir_desk, vendor

END_OF_APRIL = dt.date(2026, 4, 30)


@pytest.fixture
def desk(ctx):
    return izmir_desk(ctx, END_OF_APRIL)       # the letters and completions are recorded afterwards


def rounds(clock) -> list[tuple]:   # type: ignore[no-untyped-def]
    return [(r.start, r.deadline, r.stopped_on, r.met) for r in clock.rounds]


def worklist_clock(desk, app_id: int):  # type: ignore[no-untyped-def]
    return {r.id: r.clock for r in q.worklist(desk)[0]}[app_id]


def month(desk, number: int) -> reports.MonthlyIsmReport:
    return reports.monthly_report(desk, 35, 2026, number)


def cli_clock(desk, capsys, *events: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    url = desk.target.url.render_as_string(hide_password=False)
    code = cli(["--db", url, "deadline", RECEIVED.isoformat(), *events])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_suitable_letter_sent_on_the_completion_day_answers_it_in_time(desk, capsys):
    app_id = deficient_then_completed(desk)
    answer(desk, app_id, Answer.UYGUN)
    letter(desk, app_id, COMPLETED)                  # the same day the applicant completed the file

    shown = application_detail(desk, app_id).clock
    assert shown.light == "stopped" and not shown.overdue and shown.met is True
    assert rounds(shown) == [(RECEIVED, FIRST_DEADLINE, DEFICIENCY, True),
                             (COMPLETED, SECOND_DEADLINE, COMPLETED, True)]
    assert worklist_clock(desk, app_id) == shown
    march = month(desk, 3)
    assert (march.notified_in_time, march.notified_late, march.overdue_open) == (2, 0, 0)
    code, out, _err = cli_clock(desk, capsys, "--eksik", "2026-03-10", "--tamamlama", "2026-03-20",
                                "--bildirim", "2026-03-20")
    assert code == 0
    assert out == "2026-04-06\nSüre 2026-03-20 tarihinde gönderilen yazıyla durdu (süresinde).\n"


def test_a_deficiency_letter_on_the_completion_day_is_not_an_overdue_file(desk):
    app_id = deficient_then_completed(desk)
    answer(desk, app_id, Answer.EKSIK)
    letter(desk, app_id, COMPLETED)                  # still missing: a second deficiency notice, same day

    shown = application_detail(desk, app_id).clock
    assert rounds(shown) == [(RECEIVED, FIRST_DEADLINE, DEFICIENCY, True),
                             (COMPLETED, SECOND_DEADLINE, COMPLETED, True)]
    assert worklist_clock(desk, app_id) == shown
    assert (month(desk, 3).notified_in_time, month(desk, 4).overdue_open) == (2, 0)
    assert figures.deadline_buckets(desk).running == q.deadline_counts(desk).open == 0

    # completed again on 6 April: a third period, last day 21 April, overdue on 30 April everywhere alike
    notify.record_completion(desk, app_id, SECOND_DEADLINE, "KEP-2026-0144")
    shown = application_detail(desk, app_id).clock
    assert shown.running and shown.deadline == dt.date(2026, 4, 21) and shown.days_left == -9
    assert len(shown.rounds) == 3 and worklist_clock(desk, app_id) == shown
    assert [r.id for r in q.worklist(desk, q.WorklistFilters(deadline="overdue"))[0]] == [app_id]
    buckets, counts = figures.deadline_buckets(desk), q.deadline_counts(desk)
    assert (buckets.running, buckets.overdue) == (counts.open, counts.overdue) == (1, 1)
    assert month(desk, 4).overdue_open == 1


def test_a_letter_dated_before_the_completion_it_answers_is_refused(desk, capsys):
    app_id = deficient_then_completed(desk)
    answer(desk, app_id, Answer.UYGUN)
    with pytest.raises(ValidationFailed) as refused:
        letter(desk, app_id, dt.date(2026, 3, 18))
    assert refused.value.errors == {"sent_on": "Gönderim tarihi (18.03.2026), yazının yanıt verdiği eksik "
                                               "tamamlama tarihinden (20.03.2026) önce olamaz."}
    with desk.read() as s:             # nothing recorded: one letter (the deficiency notice), still under review
        assert s.scalar(select(func.count()).select_from(Notification)) == 1
    detail = application_detail(desk, app_id)
    assert detail.state == AppState.UNDER_REVIEW and detail.clock.running
    assert detail.clock.deadline == SECOND_DEADLINE and worklist_clock(desk, app_id) == detail.clock

    code, out, err = cli_clock(desk, capsys, "--eksik", "2026-03-10", "--tamamlama", "2026-03-20",
                               "--bildirim", "2026-03-18")
    assert (code, out) == (2, "")
    assert err == "HATA: Yazı (18.03.2026), yanıt verdiği eksik tamamlamadan (20.03.2026) önce gönderilmiş olamaz.\n"


def test_a_completion_dated_before_the_deficiency_notice_is_refused(desk):
    app_id = deficient_then_completed(desk)
    answer(desk, app_id, Answer.EKSIK)
    letter(desk, app_id, dt.date(2026, 3, 24))
    with pytest.raises(ValidationFailed) as refused:
        notify.record_completion(desk, app_id, dt.date(2026, 3, 23))
    assert refused.value.errors == {"completed_on": "Tamamlama tarihi (23.03.2026), eksik evrak yazısının "
                                                    "gönderim tarihinden (24.03.2026) önce olamaz."}
    assert application_detail(desk, app_id).state == AppState.DEFICIENT
    notify.record_completion(desk, app_id, dt.date(2026, 3, 24))          # the same day is fine
    assert application_detail(desk, app_id).clock.deadline == dt.date(2026, 4, 8)


def test_the_command_line_counts_with_the_stored_clock_rules(desk, capsys):
    """Received Wed 4 March 2026: day 15 is the Ramazan Bayramı eve (19 March). Reading A ends the period that
    morning; with reading B stored in the settings the command says 23 March, as the application's page does."""
    url = desk.target.url.render_as_string(hide_password=False)
    assert cli(["--db", url, "deadline", "2026-03-04"]) == 0
    assert capsys.readouterr().out == "2026-03-19\n"
    with desk.write() as s:
        set_clock_rules(s, READING_B)
    assert cli(["--db", url, "deadline", "2026-03-04"]) == 0
    assert capsys.readouterr().out == "2026-03-23\n"
    app_id = intake.receive(desk, form(*vendor(desk), received=dt.date(2026, 3, 4)))
    assert application_detail(desk, app_id).clock.deadline == dt.date(2026, 3, 23)
    assert worklist_clock(desk, app_id).deadline == dt.date(2026, 3, 23)


def test_without_any_database_the_command_uses_the_default_rules_and_says_so(capsys):
    assert cli(["deadline", "2026-03-04"]) == 0
    out = capsys.readouterr()
    assert out.out == "2026-03-19\n" and "varsayılan süre kuralları" in out.err


def test_a_mistyped_database_is_an_error_not_the_default_rules(tmp_path, capsys):
    assert cli(["--db", f"sqlite:///{tmp_path / 'yok.db'}", "deadline", "2026-03-04"]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "Veritabanı dosyası bulunamadı" in out.err


def test_the_demo_files_have_only_possible_orders_and_every_reader_agrees(ctx):
    """Demo data is written like the services write (the same steps, dated): no file has an order the services
    would refuse, and the dashboard's buckets equal the worklist's counts of the same clocks."""
    demo = with_demo_data(ctx, 240, seed=3)
    with demo.read() as s:
        problems = {a.number: order_problem(a.received_on, clock_events(s, a.id))
                    for a in s.scalars(select(Application))}
    assert len(problems) == 240 and {n: p for n, p in problems.items() if p} == {}
    shgm = as_role(demo, Role.SHGM_REVIEWER)
    buckets, counts = figures.deadline_buckets(shgm), q.deadline_counts(shgm)
    assert buckets.running == counts.open > 0
    assert (buckets.overdue, buckets.due_today) == (counts.overdue, counts.today)
