"""The İSM desk's labels repeat the workflow labels, and the desk speaks English when asked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui import i18n
from app.ui.ism import texts
from app.workflows.common.states import EVENT_LABELS
from app.workflows.common.vocabulary import ANSWER_LABELS, CHANNEL_LABELS
from app.workflows.ism.notify import KIND_LABELS, SEND_CHANNELS
from app.workflows.ism.review import OUTCOME_LABELS
from tests.support.ism_ui import main_window, receive, vendor


def test_the_desk_labels_are_the_workflow_labels():
    assert texts.ANSWER_TEXTS == ANSWER_LABELS
    assert texts.OUTCOME_TEXTS == OUTCOME_LABELS
    assert texts.CHANNEL_TEXTS == CHANNEL_LABELS
    assert texts.SEND_CHANNEL_TEXTS == SEND_CHANNELS
    assert texts.NOTICE_KIND_TEXTS == KIND_LABELS
    assert {k: texts.EVENT_TEXTS[k] for k in EVENT_LABELS} == EVENT_LABELS


def test_the_desk_in_english_and_back(qtbot, qapp, desk_ctx, messages):
    receive(desk_ctx, vendor(desk_ctx), desk_ctx.clock.today(), "35-0001")
    assert i18n.set_language(qapp, "en") is True
    w = main_window(qtbot, desk_ctx)
    desk = w.pages[0].desk
    panel = desk.worklist
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["Application no", "Facility", "ÇKYS code", "Province", "Received", "State", "Last day",
                       "Days left"]
    assert desk.new_button.text() == "&New application…"
    assert panel.overdue_button.text() == "Overdue (0)" and panel.today_button.text() == "Due today (0)"
    assert panel.model.index(0, 7).data() == "15 days" and panel.model.index(0, 5).data() == "Received"
    d = desk.open_application(panel.current_id())
    assert d.forward_button.text() == "&Send to SHGM" and d.result_label.text() == "Review not finished"
    assert d.clock_label.text() == "Last day 17.03.2026; 15 days left."
    d.close()

    i18n.set_language(qapp, "tr")
    qtbot.waitUntil(lambda: desk.new_button.text() == "Yeni &başvuru…", timeout=2000)
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Başvuru no"
    assert panel.overdue_button.text() == "Süresi geçenler (0)"
    assert panel.model.index(0, 7).data() == "15 gün"
