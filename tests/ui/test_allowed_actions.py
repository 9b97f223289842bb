"""Only what the officer may do is offered: the SHGM desk asks the same state rules and roles the services use
(shgm.who) and says on the button who may; the KTS desk shows no writing controls to a read-only role."""

from __future__ import annotations

from app.ui.common import operations
from app.ui.kts import KtsDesk
from app.ui.shgm import ShgmDesk
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions, permits
from tests.support.kts import on, user
from tests.support.shgm import forwarded
from tests.support.shgm import shgm as shgm_ctx
from tests.support.signing import use_test_certificate

AREAS = [("MUAYENE", None), ("KONSULTASYON", "KARDIYOLOJI")]     # as the İSM forwarded them


def _desk(qtbot, ctx) -> ShgmDesk:  # type: ignore[no-untyped-def]
    w = ShgmDesk(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(operations.idle, timeout=20000)
    return w


def _marked_decision(ctx, approver=None) -> int:  # type: ignore[no-untyped-def]
    approver = approver or shgm_ctx(ctx, Role.SHGM_APPROVER)
    did = decisions.assign_areas(approver, forwarded(ctx), AREAS)
    decisions.mark_ckys_recorded(approver, did, "CKYS-2026-0000042")
    return did


def test_the_reviewer_is_not_offered_issuing_and_is_told_who_signs(qtbot, ctx, messages):
    _marked_decision(ctx)
    reviewer = _desk(qtbot, shgm_ctx(ctx, Role.SHGM_REVIEWER))
    reviewer.decisions_table.selectRow(0)
    assert not reviewer.issue_button.isEnabled()
    assert "SHGM Onay Yetkilisi" in reviewer.issue_button.toolTip()
    assert reviewer.export_button.isEnabled()                      # the ÇKYS file is the reviewer's work too
    approver = _desk(qtbot, shgm_ctx(ctx, Role.SHGM_APPROVER, username="onay2"))
    approver.decisions_table.selectRow(0)
    assert approver.issue_button.isEnabled() and approver.issue_button.toolTip() == ""


def test_the_auditor_sees_the_shgm_desk_without_its_buttons(qtbot, ctx, messages):
    forwarded(ctx)
    auditor = _desk(qtbot, shgm_ctx(ctx, Role.AUDITOR))
    auditor.queue_table.selectRow(0)
    qtbot.waitUntil(operations.idle, timeout=20000)
    for button in (auditor.assign_button, auditor.reject_button, auditor.ex_officio_button):
        assert not button.isEnabled() and "yalnızca" in button.toolTip()


def test_a_permit_in_force_offers_suspension_not_resumption(qtbot, ctx, messages, tmp_path):
    use_test_certificate(tmp_path / "imza")
    approver = shgm_ctx(ctx, Role.SHGM_APPROVER)
    issued = permits.issue_permit(approver, _marked_decision(ctx, approver))
    desk = _desk(qtbot, shgm_ctx(ctx, Role.SHGM_APPROVER, username="onay2"))
    desk.show_permit(issued.permit_id)
    qtbot.waitUntil(operations.idle, timeout=20000)
    assert desk.current_permit is not None and desk.current_permit.status.state == "active"
    assert desk.suspend_button.isEnabled() and not desk.resume_button.isEnabled()
    reviewer = _desk(qtbot, shgm_ctx(ctx, Role.SHGM_REVIEWER))
    reviewer.show_permit(issued.permit_id)
    qtbot.waitUntil(operations.idle, timeout=20000)
    assert not reviewer.suspend_button.isEnabled() and "Onay Yetkilisi" in reviewer.suspend_button.toolTip()
    assert not reviewer.revoke_button.isEnabled()


def test_the_kts_desk_shows_the_auditor_no_writing_controls(qtbot, ctx, messages):
    auditor = KtsDesk(on(ctx, "2026-03-02", user(ctx, "denetci", Role.AUDITOR)))
    officer = KtsDesk(on(ctx, "2026-03-02"))
    for desk in (auditor, officer):
        qtbot.addWidget(desk)
        desk.show()
    qtbot.waitUntil(operations.idle, timeout=20000)
    for name in ("new_button", "rules_button", "delete_button", "warn_box", "issue_button", "change_box"):
        assert getattr(auditor, name).isHidden(), name
    for button in (auditor.access_tab.issue_button, auditor.audits_tab.plan_button,
                   auditor.competence_screen.evaluate_button):
        assert button.isHidden()
    assert not officer.audits_tab.plan_button.isHidden() and not officer.delete_button.isHidden()
    assert officer.new_button.isVisibleTo(officer) and officer.rules_button.isVisibleTo(officer)
