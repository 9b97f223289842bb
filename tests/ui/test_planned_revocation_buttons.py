"""A revocation planned for a later day can still be replaced by an earlier one from the desk (issue 14): the KTS
desk keeps its İptal button until the planned day comes."""

from __future__ import annotations

from app.ui.kts import KtsDesk
from app.workflows.kts import registry as kts
from tests.support.kts import d, on, onboard


def _desk(qtbot, ctx, day: str) -> KtsDesk:
    desk = KtsDesk(on(ctx, day))
    qtbot.addWidget(desk)
    desk.resize(1280, 800)
    desk.show()
    qtbot.waitExposed(desk)
    desk.detail.setCurrentIndex(3)
    return desk


def test_the_certificate_revoke_button_stays_while_the_revocation_is_only_planned(qtbot, ctx):
    vid = onboard(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    kts.revoke_certificate(on(ctx, "2026-04-01"), cid, d("2026-04-20"), "Üreticinin talebiyle, ay sonunda.")
    before = _desk(qtbot, ctx, "2026-04-01")
    assert before.cert_table.item(0, 4).text() == "20.04.2026"
    assert before.revoke_cert_button.isEnabled()
    after = _desk(qtbot, ctx, "2026-04-20")
    assert not after.revoke_cert_button.isEnabled()


def test_the_permit_dialogs_offer_dates_up_to_thirty_days_ahead(qtbot):
    import datetime as dt

    from app.ui.shgm.dialogs import AmendDialog, DatedDialog

    today = dt.date(2026, 3, 12)
    for kind in ("suspend", "revoke"):
        dialog = DatedDialog(None, kind, "06-2026-00001", today)
        qtbot.addWidget(dialog)
        dialog.date.setDate(dialog.date.date().addDays(400))
        assert dialog.on() == today + dt.timedelta(days=30)
    resume = DatedDialog(None, "resume", "06-2026-00001", today)
    qtbot.addWidget(resume)
    resume.date.setDate(resume.date.date().addDays(400))
    assert resume.on() == today + dt.timedelta(days=400)
    amend = AmendDialog(None, [], [], today)
    qtbot.addWidget(amend)
    amend.date.setDate(amend.date.date().addDays(400))
    assert amend.effective() == today + dt.timedelta(days=30)


def test_the_certificate_revocation_dialog_offers_dates_up_to_thirty_days_ahead(qtbot, ctx):
    from app.ui.kts.dialogs import RevokeCertificateDialog

    dialog = RevokeCertificateDialog(on(ctx, "2026-04-01"), 1, "KTS-YB-2026-00001")
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(400))
    assert dialog.date_edit.date().toString("yyyy-MM-dd") == "2026-05-01"


def test_the_shgm_desk_warns_of_a_facility_with_two_live_permits_from_before_migration_0007(qtbot, ctx):
    import datetime as dt

    from app.models import Permit
    from app.ui.shgm.desk import ShgmDesk
    from app.workflows.common.vocabulary import Role
    from tests.support.kts import facility, permit
    from tests.support.shgm import shgm as shgm_desk

    fid = facility(ctx, "35-8001", 35, "Özel Çınar Tıp Merkezi")
    older = permit(ctx, fid, ["MUAYENE"], issued="2026-01-10")
    with ctx.write() as s:      # as migration 0007 leaves a clash it found: the older one marked
        s.get(Permit, older).duplicate_of = older
    newer = permit(ctx, fid, ["MUAYENE"], issued="2026-02-10")
    with ctx.write() as s:
        s.get(Permit, older).duplicate_of = newer
    desk = ShgmDesk(shgm_desk(ctx, Role.SHGM_APPROVER))
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    desk.show_permit(newer)
    from app.ui.common import operations
    qtbot.waitUntil(operations.idle, timeout=20_000)
    assert "birden fazla iptal edilmemiş izni var" in desk.permit_summary.toPlainText()
    assert dt.date(2026, 2, 10) == desk.current_permit.issued_on
