"""The İSM desk's notices panel in the interface's language (issue 17, "One language"): a permit SHGM revoked and a
producer KTS put on the passive list read in English in the English interface, and exactly as before in Turkish."""

from __future__ import annotations

import datetime as dt
import re

from app.ui import i18n
from app.ui.ism.kts_notices import KtsNotices
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.ism import officer
from tests.support.kts import application, d, facility, on, onboard
from tests.support.shgm import SHGM_DAY, forwarded
from tests.support.shgm import shgm as shgm_desk

TURKISH_ONLY = re.compile(r"[çğıöşüÇĞİÖŞÜ]")
OFFICIAL = ("ÇKYS", "İSM", "“İPTAL EDİLMİŞTİR”")    # official names and the document's own stamp
REASON = "Tesis faaliyetini sonlandırdı."
VENDOR, CLINIC = "Çağrı Sağlık Yazılımları A.Ş.", "Özel Işıklı Göğüs Tıp Merkezi"


def turkish_left(text: str, *data: str) -> list[str]:
    for value in (*OFFICIAL, *data):
        text = text.replace(value, "")
    return TURKISH_ONLY.findall(text)


def panel(qtbot, ctx) -> tuple[KtsNotices, str]:
    """İzmir's notices: the permit revoked on 17.03.2026, then its producer put on the passive list (older)."""
    vid = onboard(ctx, tax_no="0000000001")
    application(ctx, facility(ctx, "35-0901", 35, CLINIC), 35, vid, "permit_issued")
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    did = shgm.assign_areas(approver, forwarded(ctx), [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, did, "CKYS-2026-1")
    issued = permits.issue_permit(approver, did)
    permits.revoke(approver, issued.permit_id, SHGM_DAY + dt.timedelta(days=5), REASON)
    reader = on(ctx, "2026-03-18", officer(ctx, "ism35", Role.ISM_OFFICER, 35, "Şule Öztürk"))
    w = KtsNotices(reader, 35)
    qtbot.addWidget(w)
    w.show()
    assert w.list.count() == 2
    return w, issued.number


def texts(w: KtsNotices) -> list[tuple[str, str]]:
    out = []
    for row in range(w.list.count()):
        w.list.setCurrentRow(row)
        out.append((w.list.item(row).text(), w.body.toPlainText()))
    return out


def test_the_ism_reads_a_revoked_permit_and_a_passive_producer_in_english(qtbot, qapp, ctx):
    i18n.set_language(qapp, "tr")
    w, number = panel(qtbot, ctx)
    turkish = texts(w)
    facility_name = turkish[0][0].split(f"{number} ", 1)[1]     # the permit's facility (the test data's name)
    try:
        assert i18n.set_language(qapp, "en")
        qapp.processEvents()                          # the language change reaches the panel
        (revoked_title, revoked), (passive_title, passive) = texts(w)
        assert revoked_title.endswith(f" · Permit revoked: {number} {facility_name}")
        assert f"The USH activity permit no. {number} of {facility_name} (ÇKYS " in revoked
        assert "was revoked as of 17.03.2026.\nReason: " in revoked
        assert "A revoked permit may not be used to provide remote health services" in revoked
        assert passive_title.endswith(f" · USBS producer put on the passive list: {VENDOR}")
        assert "was put on the passive list on 03.03.2026." in passive
        assert f"Facilities in your province using this producer's software (1):\n• {CLINIC} (ÇKYS 35-0901)" in passive
        assert "What it means: Only USBS producers published on the KTS active list may serve" in passive
        for text in (revoked_title, revoked, passive_title, passive):
            assert not turkish_left(text, VENDOR, CLINIC, facility_name, REASON, "Eksik alanlar."), text
    finally:
        i18n.set_language(qapp, "tr")
        qapp.processEvents()
    assert texts(w) == turkish                        # back in Turkish: the text the İSM always read
    (revoked_title, revoked), (passive_title, passive) = turkish
    assert f"İzin iptal edildi: {number} " in revoked_title
    assert "17.03.2026 tarihinden itibaren iptal edildi.\nGerekçe: " in revoked
    assert "belgenin her görüntüsünde ve çıktısında “İPTAL EDİLMİŞTİR” yazar." in revoked
    assert passive_title.endswith(f"USBS üreticisi pasif listeye alındı: {VENDOR}")
    assert "03.03.2026 tarihinde pasif listeye alındı.\nGerekçe: " in passive
    assert f"İlinizde bu üreticinin yazılımını kullanan tesisler (1):\n• {CLINIC} (ÇKYS 35-0901)" in passive
