"""The SHGM desk through its real widgets: from the queue of forwarded applications to an issued, printed and
verified permit; refusals are shown, not crashed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.ui.common import operations
from app.ui.common.operations import Messages
from app.ui.shgm import ShgmDesk
from app.ui.shgm.dialogs import AreasDialog, DatedDialog, TextDialog
from app.workflows.common.vocabulary import Role
from tests.support.shgm import forwarded
from tests.support.shgm import shgm as shgm_desk
from tests.support.signing import use_test_certificate
from tests.support.ui import type_text


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(Messages, "error", staticmethod(lambda parent, title, text: seen.append(("error", text))))
    monkeypatch.setattr(Messages, "info", staticmethod(lambda parent, title, text: seen.append(("info", text))))
    return seen


@pytest.fixture
def desk(qtbot, ctx):
    app_id = forwarded(ctx)
    w = ShgmDesk(shgm_desk(ctx, Role.SHGM_APPROVER))
    w.app_id = app_id
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def settle(qtbot) -> None:
    """Wait until the operations started (issuing, verifying, amending …) have delivered their results."""
    qtbot.waitUntil(operations.idle, timeout=20000)


def test_from_the_queue_to_an_issued_printed_and_verified_permit(qtbot, desk, messages, tmp_path):
    use_test_certificate(tmp_path / "imza")      # a configured certificate: a demo signature is not valid here
    # the queue: one forwarded application, days since forwarding
    assert desk.queue_table.rowCount() == 1
    assert desk.queue_table.item(0, 1).text() == "Özel Işıklı Göğüs Tıp Merkezi"
    assert desk.queue_table.item(0, 4).text() == "10"
    desk.queue_table.selectRow(0)
    assert "Ek-1" in desk.review_view.toPlainText() and "Kardiyoloji" in desk.review_view.toPlainText()
    assert desk.documents.count() >= 2          # the petition and the İSM's letter

    # areas: untick one → a reason is required, then given
    def fill_areas(dialog):
        assert isinstance(dialog, AreasDialog) and dialog.list.count() == 2
        dialog.show()
        cardio = next(dialog.list.item(i) for i in range(2) if "Kardiyoloji" in dialog.list.item(i).text())
        cardio.setCheckState(Qt.CheckState.Unchecked)
        click(qtbot, dialog.ok_button)
        assert dialog.error.isVisible() and dialog.result() == 0
        type_text(dialog.reason, "Kardiyoloji uzmanının çalışma izni bulunmuyor.")
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = fill_areas
    click(qtbot, desk.assign_button)
    assert desk.queue_table.rowCount() == 0 and messages == []

    # ÇKYS file, then the ÇKYS mark with its reference
    assert desk.decisions_table.rowCount() == 1
    desk.decisions_table.selectRow(0)
    assert not desk.issue_button.isEnabled()
    desk.choose_folder = lambda: str(tmp_path)
    click(qtbot, desk.export_button)
    json_path, csv_path = desk.last_export
    assert json.loads(json_path.read_text(encoding="utf-8"))["areas"][0]["area_code"] == "MUAYENE"
    assert messages and messages[-1][0] == "info"

    def fill_reference(dialog):
        assert isinstance(dialog, TextDialog)
        dialog.show()
        type_text(dialog.edit, "ÇKYS-2026-0042")
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = fill_reference
    click(qtbot, desk.ckys_button)
    assert desk.decisions_table.item(0, 5).text() == "ÇKYS-2026-0042"

    # issue: the permit appears with its PDF
    with qtbot.waitSignal(desk.permit_issued, timeout=20000):
        click(qtbot, desk.issue_button)
    assert desk.tabs.currentWidget() is desk.permits_page
    assert desk.permits_table.item(0, 0).text() == "35-2026-00001"
    assert desk.preview.page_count() == 1 and desk.current_permit.status.state == "active"
    assert desk.decisions_table.rowCount() == 0

    # print through the hook (a PDF printer instead of the print dialog)
    out = tmp_path / "baski.pdf"

    def pdf_printer():
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p
    desk.ask_printer = pdf_printer
    assert desk.print_permit() and out.stat().st_size > 1000

    # verification panel: the code, then the file
    code = desk.current_permit.current.verification_code
    desk.tabs.setCurrentWidget(desk.verify_panel)
    type_text(desk.verify_panel.code, code.lower())
    click(qtbot, desk.verify_panel.code_button)
    settle(qtbot)
    assert desk.verify_panel.answer.text().startswith("GEÇERLİ — Geçerli: 35-2026-00001")
    saved = tmp_path / "izin.pdf"
    saved.write_bytes(desk.preview.data)
    desk.choose_pdf = lambda: str(saved)
    click(qtbot, desk.verify_panel.file_button)
    settle(qtbot)
    assert desk.verify_panel.answer.text().startswith("GEÇERLİ")

    # revoke through the dialog → the code now verifies as revoked
    desk.tabs.setCurrentWidget(desk.permits_page)
    desk.show_permit(desk.current_permit.id)
    settle(qtbot)

    def fill_revoke(dialog):
        assert isinstance(dialog, DatedDialog) and dialog.kind == "revoke"
        dialog.show()
        type_text(dialog.reason, "Denetimde ağır aykırılık.")
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = fill_revoke
    click(qtbot, desk.revoke_button)
    settle(qtbot)
    assert desk.current_permit.status.state == "revoked" and not desk.revoke_button.isEnabled()
    desk.verify_panel.verify_code()
    settle(qtbot)
    assert desk.verify_panel.answer.text().startswith("GEÇERSİZ") and "iptal" in desk.verify_panel.answer.text()


def test_rejecting_needs_reasons_and_an_unknown_code_is_invalid(qtbot, desk, messages):
    desk.queue_table.selectRow(0)

    def fill_reject(dialog):
        dialog.show()
        click(qtbot, dialog.ok_button)
        assert dialog.error.isVisible()
        type_text(dialog.edit, "Altyapı yetersiz.")
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = fill_reject
    click(qtbot, desk.reject_button)
    assert desk.queue_table.rowCount() == 0 and messages == []
    desk.tabs.setCurrentWidget(desk.verify_panel)
    type_text(desk.verify_panel.code, "AAAA-BBBB-CCCC-DDDD")
    click(qtbot, desk.verify_panel.code_button)
    settle(qtbot)
    assert desk.verify_panel.answer.text().startswith("GEÇERSİZ") and "bilinmiyor" in desk.verify_panel.answer.text()


def test_a_reviewer_is_not_offered_issuing_and_a_refusal_is_still_a_message(qtbot, ctx, messages):
    from app.workflows.shgm import decisions as shgm

    app_id = forwarded(ctx)
    reviewer = shgm_desk(ctx, Role.SHGM_REVIEWER)
    did = shgm.assign_areas(reviewer, app_id, [("MUAYENE", None), ("KONSULTASYON", "KARDIYOLOJI")])
    shgm.mark_ckys_recorded(reviewer, did, "CKYS-1")
    w = ShgmDesk(reviewer)
    qtbot.addWidget(w)
    w.decisions_table.selectRow(0)
    assert not w.issue_button.isEnabled() and "Onay Yetkilisi" in w.issue_button.toolTip()
    w.issue_permit()                               # reached another way, the service refuses it as before
    settle(qtbot)
    assert messages and messages[-1][0] == "error" and "yetkiniz yok" in messages[-1][1]


def test_the_desk_switches_to_english_while_open(qtbot, qapp, desk):
    from app.ui import i18n

    assert i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: desk.tabs.tabText(2) == "Permits", timeout=2000)
    assert desk.assign_button.text() == "Decide areas…"
    assert desk.queue_table.horizontalHeaderItem(4).text() == "Days waiting"
    assert desk.verify_panel.code_button.text() == "Verify code"
    i18n.set_language(qapp, "tr")
    qtbot.waitUntil(lambda: desk.tabs.tabText(2) == "İzinler", timeout=2000)


def test_an_ex_officio_decision_is_started_from_the_desk_and_issued_after_ckys(qtbot, ctx, desk, messages):
    from app.ui.shgm.dialogs import ExOfficioDialog
    from tests.support.shgm import ministry_facility

    ministry_facility(ctx)
    ministry_facility(ctx, "35-1111", "Özel Alsancak Kliniği", type_code="ozel")

    def fill(dialog):
        assert isinstance(dialog, ExOfficioDialog)
        dialog.show()
        assert [dialog.facilities.item(i).text() for i in range(dialog.facilities.count())] == [
            "Ankara Şehir Hastanesi (06-9001, Ankara)"]          # only Ministry facilities are offered
        dialog.areas.item(0).setCheckState(Qt.CheckState.Checked)
        type_text(dialog.reason, "Salgın tedbirleri")
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = fill
    click(qtbot, desk.ex_officio_button)
    assert messages == [] and desk.decisions_table.rowCount() == 1
    assert desk.decisions_table.item(0, 1).text() == "Resen" and not desk.issue_button.isEnabled()

    # once in ÇKYS, issuing asks which USBS producer the facility uses (issue 15: no application names one)
    from app.ui.shgm.dialogs import ProducerDialog

    desk.decisions_table.selectRow(0)

    def fill_reference(dialog):
        dialog.show()
        type_text(dialog.edit, "ÇKYS-2026-0005")
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = fill_reference
    click(qtbot, desk.ckys_button)
    assert desk.issue_button.isEnabled()

    def choose(dialog):
        assert isinstance(dialog, ProducerDialog)
        dialog.show()
        assert [dialog.vendor.itemText(i) for i in range(dialog.vendor.count())] == [
            "—", "Çağrı Sağlık Yazılımları A.Ş."]                   # the producers on the active list
        dialog.vendor.setCurrentIndex(1)
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = choose
    with qtbot.waitSignal(desk.permit_issued, timeout=20000):
        click(qtbot, desk.issue_button)
    settle(qtbot)
    assert [kind for kind, _text in messages] == ["info"]            # the permit's number, nothing went wrong
    assert desk.current_permit.number in messages[0][1] and desk.current_permit.ex_officio
    assert desk.current_permit.current.vendor_name == "Çağrı Sağlık Yazılımları A.Ş."


def test_an_amendment_changes_the_usbs_producer_the_facility_uses(qtbot, ctx, desk, messages):
    """Issue 15: the producer the facility uses for USH is recorded per revision; the Onay Yetkilisi changes it in
    the amendment dialog (same areas, another producer is a change; neither changed is refused)."""
    import datetime as dt

    from app.models import Vendor, VendorProduct, VendorStatusEvent
    from app.textfold import fold
    from app.ui.shgm.dialogs import AmendDialog
    from app.workflows.shgm import decisions as shgm
    from app.workflows.shgm import permits

    with ctx.write() as s:
        v = Vendor(name="Ilgaz Bilişim A.Ş.", name_fold=fold("Ilgaz Bilişim A.Ş."), tax_no="9876543210")
        s.add(v)
        s.flush()
        s.add(VendorProduct(vendor_id=v.id, name="Ilgaz Tele", product_version="2.0"))
        s.add(VendorStatusEvent(vendor_id=v.id, status="active", effective_on=dt.date(2025, 6, 1),
                                recorded_at=dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)))
    did = shgm.assign_areas(desk.ctx, desk.app_id, [("MUAYENE", None), ("KONSULTASYON", "KARDIYOLOJI")])
    shgm.mark_ckys_recorded(desk.ctx, did, "CKYS-7")
    issued = permits.issue_permit(desk.ctx, did)
    desk.refresh()
    desk.show_permit(issued.permit_id)
    settle(qtbot)
    assert desk.current_permit.current.vendor_name == "Çağrı Sağlık Yazılımları A.Ş."

    def amend(dialog):
        assert isinstance(dialog, AmendDialog)
        dialog.show()
        assert dialog.vendor.currentText() == "Çağrı Sağlık Yazılımları A.Ş."
        type_text(dialog.reason, "Tesis USBS üreticisini değiştirdi.")
        click(qtbot, dialog.ok_button)
        assert dialog.error.text() == "Alanlar ve USBS üreticisi değişmedi." and dialog.result() == 0
        dialog.vendor.setCurrentIndex(dialog.vendor.findText("Ilgaz Bilişim A.Ş."))
        assert dialog.product.currentText() == "Ilgaz Tele 2.0"
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = amend
    click(qtbot, desk.amend_button)
    settle(qtbot)
    assert messages == [] and desk.current_permit.current.revision_no == 2
    assert desk.current_permit.current.vendor_name == "Ilgaz Bilişim A.Ş."
    assert "USBS üreticisi: Ilgaz Bilişim A.Ş." in desk.permit_summary.toPlainText()


def test_amending_and_suspending_an_issued_permit_from_the_permit_view(qtbot, ctx, desk, messages):
    from app.ui.shgm.dialogs import AmendDialog
    from app.workflows.shgm import decisions as shgm
    from app.workflows.shgm import permits

    did = shgm.assign_areas(desk.ctx, desk.app_id, [("MUAYENE", None), ("KONSULTASYON", "KARDIYOLOJI")])
    shgm.mark_ckys_recorded(desk.ctx, did, "CKYS-7")
    issued = permits.issue_permit(desk.ctx, did)
    desk.refresh()
    desk.show_permit(issued.permit_id)
    settle(qtbot)

    def amend(dialog):
        assert isinstance(dialog, AmendDialog)
        dialog.show()
        for i in range(dialog.list.count()):
            if "Kardiyoloji" in dialog.list.item(i).text():
                dialog.list.item(i).setCheckState(Qt.CheckState.Unchecked)
        type_text(dialog.reason, "Tesisin talebi üzerine daraltıldı.")
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = amend
    click(qtbot, desk.amend_button)
    settle(qtbot)
    # new areas go through ÇKYS first (issue 15): a decision waits on the Kararlar tab, the permit is unchanged
    assert desk.current_permit.current.revision_no == 1
    assert messages[-1][0] == "info" and "alan değişikliği kararı kaydedildi" in messages[-1][1]
    messages.clear()
    assert desk.decisions_table.rowCount() == 1
    assert desk.decisions_table.item(0, 1).text() == f"Değişiklik: {issued.number}"
    desk.decisions_table.selectRow(0)
    assert desk.issue_button.text() == "Değişikliği imzala" and not desk.issue_button.isEnabled()

    def reference(dialog):
        dialog.show()
        type_text(dialog.edit, "ÇKYS-2026-DEG-1")
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = reference
    click(qtbot, desk.ckys_button)
    desk.decisions_table.selectRow(0)

    def sign(dialog):
        assert isinstance(dialog, AmendDialog) and not dialog.list.isEnabled()     # the ÇKYS areas as they are
        assert dialog.reason_text() == "Tesisin talebi üzerine daraltıldı."
        dialog.show()
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = sign
    click(qtbot, desk.issue_button)
    settle(qtbot)
    assert messages == [] and desk.current_permit.current.revision_no == 2
    assert desk.decisions_table.rowCount() == 0
    assert [a.code for a in desk.current_permit.current.areas] == ["MUAYENE"]
    assert "Revizyon 1" in desk.permit_summary.toPlainText()

    def suspend(dialog):
        dialog.show()
        type_text(dialog.reason, "Denetim")
        click(qtbot, dialog.ok_button)
        return dialog.result() == 1
    desk.run_dialog = suspend
    click(qtbot, desk.suspend_button)
    settle(qtbot)
    assert desk.current_permit.status.state == "suspended"
    assert desk.permits_table.item(0, 3).text() == "Askıda"
