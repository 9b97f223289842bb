"""SBYS md. 18-19 at the İSM: the audit of a producer serving the province arrives as a notice naming each facility,
and the İSM reads the audits with their outcome from the notices panel (read only; a 1366×768 screen)."""

from __future__ import annotations

from app.ui.ism.kts_notices import KtsNotices
from app.workflows.common.vocabulary import Role
from app.workflows.kts import audits
from tests.support.kts import application, d, facility, on, onboard, user


def test_the_ism_sees_the_audit_notice_and_the_audits_with_their_outcome(qtbot, ctx):
    vid = onboard(ctx)
    application(ctx, facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi"), 35, vid, "permit_issued")
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), audits.AuditPlan(vid, d("2026-02-02"), mode="remote"))
    findings = [audits.Finding(s, "deficient", "Loglar 2 yıl saklanmıyor.") if s == "f"
                else audits.Finding(s, "conform") for s in "abcdef"]
    audits.record_audit(on(ctx, "2026-02-02"), audit_id, audits.AuditRecord(d("2026-02-02"), findings,
                                                                             deadline=d("2026-03-02")))
    officer = user(ctx, "ism35", Role.ISM_OFFICER, 35, "Şule Öztürk")
    w = KtsNotices(on(ctx, "2026-02-05", officer), 35)
    qtbot.addWidget(w)
    w.show()
    assert w.list.count() == 1 and "USBS üreticisi denetlendi: Çağrı Sağlık Yazılımları A.Ş." in w.list.item(0).text()
    assert "Özel Işıklı Göğüs Tıp Merkezi (ÇKYS 35-0001)" in w.body.toPlainText()
    dialog = w.show_audits()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "Uzaktan, bakanlık ekibi"
    assert dialog.table.item(0, 3).text().startswith("Eksiklik bulundu; uyarı verildi (son gün 02.03.2026)")
    assert "(f) Gizlilik, veri güvenliği ve log kayıtları (md. 16-17): Eksiklik var — Loglar" in \
        dialog.detail.toPlainText()
    assert dialog.width() <= 1366 and dialog.height() <= 768
    dialog.close()
