"""Issuing a permit takes seconds (signing): the Onay Yetkilisi sees a progress dialog while it runs and is told
the new permit's number when it is done."""

from __future__ import annotations

from app.ui.common import operations
from app.ui.common.operations import Operation
from app.ui.shgm import ShgmDesk
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions
from tests.support.shgm import forwarded
from tests.support.shgm import shgm as shgm_ctx
from tests.support.signing import use_test_certificate


def test_issuing_shows_progress_and_names_the_permit_number(qtbot, ctx, messages, tmp_path, monkeypatch):
    use_test_certificate(tmp_path / "imza")
    approver = shgm_ctx(ctx, Role.SHGM_APPROVER)
    did = decisions.assign_areas(approver, forwarded(ctx), [("MUAYENE", None), ("KONSULTASYON", "KARDIYOLOJI")])
    decisions.mark_ckys_recorded(approver, did, "CKYS-2026-0000042")
    progress_labels = []
    opened = Operation._open_dialog
    monkeypatch.setattr(Operation, "_open_dialog", lambda self: progress_labels.append(self.label) or opened(self))
    desk = ShgmDesk(approver)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitUntil(operations.idle, timeout=20000)
    desk.decisions_table.selectRow(0)
    with qtbot.waitSignal(desk.permit_issued, timeout=20000):
        desk.issue_button.click()
    qtbot.waitUntil(operations.idle, timeout=20000)
    assert progress_labels and "imzalanıyor" in progress_labels[0]
    number = desk.current_permit.number
    title, text = messages.infos[-1]
    assert title == "İzin belgesi düzenlendi" and number in text and "e-imzalandı" in text
