"""The detail screen and the same-day rule of the 15-day clock (issue 15, item 3; docs/deadline-rules.md rule
10): the officer dating the letter before the completion it answers is told why in Turkish next to the send
date, nothing is lost; the letter sent on the completion day is recorded and shown as sent in time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.ui.common.formats import to_qdate
from app.ui.ism.notice_dialog import NotificationDialog
from app.workflows.common.vocabulary import Answer
from tests.support.clock_scenario import COMPLETED, answer, deficient_then_completed
from tests.support.ism import izmir_desk
from tests.support.ism_ui import main_window


def open_detail(qtbot, ctx, app_id: int):  # type: ignore[no-untyped-def]
    w = main_window(qtbot, ctx)
    d = w.pages[0].desk.open_application(app_id)
    d.keep_window = w
    assert d.isVisible()
    return d


def date_letter(n: NotificationDialog, day: dt.date) -> None:
    n.letter_date.setDate(to_qdate(day))
    n.sent_on.setDate(to_qdate(day))


def test_a_letter_before_the_completion_is_refused_and_one_on_its_day_is_in_time(qtbot, ctx, messages):
    desk = izmir_desk(ctx, dt.date(2026, 3, 25))
    app_id = deficient_then_completed(desk)          # deficiency notice 10 March, completed 20 March
    answer(desk, app_id, Answer.UYGUN)
    d = open_detail(qtbot, desk, app_id)
    assert d.clock_label.text() == ("Son gün 06.04.2026; 12 gün kaldı (eksiklerin tamamlanmasıyla yeniden "
                                    "başladı).")
    qtbot.mouseClick(d.notify_button, Qt.MouseButton.LeftButton)
    n = d.child
    assert isinstance(n, NotificationDialog) and n.kind_label.text() == "Yazı türü: Uygun"
    n.signer_name.setEditText("Dr. Mehmet Şahin")

    date_letter(n, dt.date(2026, 3, 18))
    qtbot.mouseClick(n.save_button, Qt.MouseButton.LeftButton)
    assert n.isVisible() and messages.errors == []
    assert n.error_for("sent_on") == ("Gönderim tarihi (18.03.2026), yazının yanıt verdiği eksik tamamlama "
                                      "tarihinden (20.03.2026) önce olamaz.")
    assert n.signer_name.currentText() == "Dr. Mehmet Şahin"          # what was typed stays
    assert d.state_label.text() == "İncelemede"

    date_letter(n, COMPLETED)                        # the day the applicant completed the file
    qtbot.mouseClick(n.save_button, Qt.MouseButton.LeftButton)
    assert messages.errors == [] and not n.isVisible()
    assert d.state_label.text() == "Uygun bildirildi"
    assert d.clock_label.text() == ("Bildirim 20.03.2026 tarihinde gönderildi (süresinde; son gün 06.04.2026); "
                                    "süre durdu.")
