"""The İSM's KTS notices: the vendor serving its facilities became passive or was deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.ism.kts_notices import KtsNotices
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from tests.support.kts import application, d, facility, on, onboard, user


def test_the_ism_reads_and_acknowledges_its_notices(qtbot, ctx):
    vid = onboard(ctx)
    izmir = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    ankara = facility(ctx, "06-0001", 6, "Özel Çankaya Tıp Merkezi")
    application(ctx, izmir, 35, vid, "permit_issued")
    application(ctx, ankara, 6, vid, "permit_issued")
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    kts.apply_evaluation(on(ctx, "2026-06-04"), d("2026-06-04"))
    officer = user(ctx, "ism35", Role.ISM_OFFICER, 35, "Şule Öztürk")
    w = KtsNotices(on(ctx, "2026-06-05", officer), 35)
    qtbot.addWidget(w)
    w.show()
    assert w.list.count() == 2
    assert "KTS'den silindi" in w.list.item(0).text() and "pasif listeye alındı" in w.list.item(1).text()
    assert "Özel Işıklı Göğüs Tıp Merkezi (ÇKYS 35-0001)" in w.body.toPlainText()
    assert "Çankaya" not in w.body.toPlainText()
    assert w.list.item(0).font().bold()
    qtbot.mouseClick(w.ack_button, Qt.MouseButton.LeftButton)
    assert not w.list.item(0).font().bold() and w.list.item(1).font().bold()
    w.unread_only.setChecked(True)
    assert w.list.count() == 1
    w.list.setCurrentRow(0)
    qtbot.mouseClick(w.ack_button, Qt.MouseButton.LeftButton)
    assert w.list.count() == 0 and not w.ack_button.isEnabled()
