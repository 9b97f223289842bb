"""One language on the screen (issue 17), for what a workflow *answers* rather than raises: the Yetki Sorgulama
reasons, the verification of a revoked permit, the reason the KTS list rules give, the administrator's backup
reminder and a refused evaluation plan read in English in the English interface and stay Turkish in Turkish
(the CLI, the web service and the tests of the rules read the same Turkish text)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from app.ui import i18n
from app.ui.admin import MaintenanceBanner
from app.ui.common import operations
from app.ui.common.operations import Messages
from app.ui.kts import KtsDesk, YetkiSorgulama
from app.models import PermitRevision
from app.ui.shgm.verify_panel import VerifyPanel
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import TR, FixedClock
from app.workflows.kts import registry as kts
from tests.support.kts import TCKN, application, d, facility, on, onboard, permit, professional, work_permit

TURKISH_ONLY = re.compile(r"[çğıöşüÇĞİÖŞÜ]")
VENDOR, CLINIC = "Çağrı Sağlık Yazılımları A.Ş.", "Özel Işıklı Göğüs Tıp Merkezi"
CODE = "ABCD-EFGH-JKLM-NPQR"


OFFICIAL = ("ÇKYS", "İSM", "e-Nabız", "e-Reçete")    # names of official systems, kept in English too


def turkish_left(text: str, *data: str) -> list[str]:
    """The Turkish-only letters left once official names, recorded names and free text (data, not interface) are
    taken out."""
    for value in (*OFFICIAL, *data):
        text = text.replace(value, "")
    return TURKISH_ONLY.findall(text)


@pytest.fixture
def errors(monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(Messages, "error", staticmethod(lambda parent, title, text: told.append(text)))
    return told


def ask(qtbot, ctx, day: str) -> YetkiSorgulama:
    screen = YetkiSorgulama(on(ctx, day))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.tckn_edit, TCKN)
    qtbot.keyClicks(screen.facility_edit, "35-0001")
    screen.area_combo.setCurrentIndex(screen.area_combo.findData("MUAYENE"))
    return screen


def reasons(screen: YetkiSorgulama) -> list[str]:
    screen.check_button.click()
    return [screen.reasons.item(i).text() for i in range(screen.reasons.count())]


def test_yetki_sorgulama_says_why_a_passive_producer_may_not_serve_in_english(qtbot, qapp, ctx):
    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-03-02"), vid, d("2026-03-02"), d("2026-03-16"), "Eksik log kayıtları")
    fid = facility(ctx, "35-0001", 35, CLINIC)
    permit(ctx, fid, ["MUAYENE"], vendor_id=vid)
    work_permit(ctx, professional(ctx), fid)
    screen = ask(qtbot, ctx, "2026-04-01")
    assert i18n.set_language(qapp, "en")
    [reason] = reasons(screen)
    assert reason.startswith(f"• On 01.04.2026 the USBS producer {VENDOR} used by {CLINIC} for USH is on the KTS "
                             "passive list (status: Passive list (since 17.03.2026; ")
    assert "The warning given at the audit (02.03.2026) was not remedied by 16.03.2026" in reason
    assert reason.endswith("Only USBS producers published on the KTS active list may serve health facilities "
                           "holding a USH activity permit.")
    assert not turkish_left(reason, VENDOR, CLINIC, "Eksik log kayıtları"), reason
    i18n.set_language(qapp, "tr")
    [reason] = reasons(screen)
    assert f"{CLINIC} tesisinin USH için kullandığı USBS üreticisi {VENDOR} 01.04.2026 tarihinde KTS pasif " \
           "listesinde" in reason
    assert "Denetimde verilen uyarı (02.03.2026) 16.03.2026 tarihine kadar giderilmedi" in reason


def test_the_verification_of_a_revoked_permit_reads_in_english(qtbot, qapp, ctx):
    fid = facility(ctx, "35-0001", 35, CLINIC)
    pid = permit(ctx, fid, ["MUAYENE"], events=[("revoked", "2026-03-12", None)])
    with ctx.write() as s:
        s.execute(update(PermitRevision).where(PermitRevision.permit_id == pid).values(verification_code=CODE))
    user = ctx.as_user(default_actor(ctx))
    panel = VerifyPanel(user, choose_pdf=lambda: "")
    qtbot.addWidget(panel)
    assert i18n.set_language(qapp, "en")
    qtbot.keyClicks(panel.code, CODE)
    panel.verify_code()
    qtbot.waitUntil(lambda: panel.result is not None, timeout=5000)
    answer = panel.answer.text()
    assert answer.startswith("INVALID — ") and "was revoked on 12.03.2026" in answer, answer
    assert not turkish_left(answer), answer
    i18n.set_language(qapp, "tr")                       # the panel renders its answer again in Turkish
    qtbot.waitUntil(lambda: panel.answer.text().startswith("GEÇERSİZ — "), timeout=2000)
    assert "12.03.2026 tarihinde iptal edilmiştir" in panel.answer.text()


def test_the_reason_the_list_rules_give_reads_in_english_on_the_kts_desk(qtbot, qapp, ctx):
    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Erişim kayıtları eksik.")
    desk = KtsDesk(on(ctx, "2026-03-03"))
    qtbot.addWidget(desk)
    assert i18n.set_language(qapp, "en")
    qtbot.mouseClick(desk.rules_button, Qt.MouseButton.LeftButton)
    line = desk.results.item(0).text()
    assert line.startswith(f"03.03.2026 · {VENDOR}: ") and "The warning given at the audit (02.02.2026) was not " \
        "remedied by 02.03.2026: Erişim kayıtları eksik." in line, line
    assert not turkish_left(line, VENDOR, "Erişim kayıtları eksik."), line


def test_the_administrators_backup_reminder_reads_in_english(qtbot, qapp, ctx, tmp_path):
    from app.workflows.admin import backup

    admin = ctx.as_user(default_actor(ctx))
    admin.clock = FixedClock(dt.datetime(2026, 11, 23, 14, 10, tzinfo=TR).astimezone(dt.timezone.utc))
    res = backup.backup(admin, tmp_path)
    backup.restore_test(admin, res.folder, tmp_path / "s")
    banner = MaintenanceBanner(admin)
    qtbot.addWidget(banner)
    banner.show()
    assert "Hiçbir yedeğin başka bir fiziksel yere kopyalandığı kaydedilmemiş (SBYS md. 15)." in banner.label.text()
    assert i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: banner.label.text().startswith("Off-site copy"), timeout=2000)
    text = banner.label.text()
    assert "No backup has been recorded as copied to another physical location (SBYS art. 15)." in text, text
    assert not turkish_left(text), text


def test_a_refused_evaluation_plan_says_why_in_english(qtbot, qapp, ctx, errors):
    vid = onboard(ctx)
    application(ctx, facility(ctx, "35-0001", 35, CLINIC), 35, vid, "permit_issued")   # serving since 05.01.2026
    desk = KtsDesk(on(ctx, "2026-03-20"))
    qtbot.addWidget(desk)
    screen = desk.competence_screen
    desk.pages.setCurrentWidget(screen)
    qtbot.waitUntil(operations.idle)
    assert i18n.set_language(qapp, "en")
    screen.propose()
    assert errors == ["On 20.03.2026 the product has not served any facility for at least 6 months; no technical "
                      "evaluation can be planned (SBYS Regulation art. 20)."]
    i18n.set_language(qapp, "tr")
    screen.propose()
    assert errors[1] == ("Ürünün 20.03.2026 tarihinde en az 6 aydır hizmet verdiği tesis yok; teknik değerlendirme "
                         "planlanamaz (SBYS Yönetmeliği md. 20).")


def test_the_ism_reads_a_producers_audit_and_its_outcome_in_english(qtbot, qapp, ctx):
    from app.ui.ism.kts_notices import KtsNotices
    from app.workflows.common.vocabulary import Role
    from app.workflows.kts import audits
    from tests.support.kts import user

    vid = onboard(ctx)
    application(ctx, facility(ctx, "35-0001", 35, CLINIC), 35, vid, "permit_issued")
    audit_id = audits.plan_audit(on(ctx, "2026-01-20"), audits.AuditPlan(vid, d("2026-02-02"), mode="remote"))
    findings = [audits.Finding(s, "deficient" if s == "f" else "conform", "Loglar 2 yıl saklanmıyor." if s == "f"
                               else "") for s in "abcdef"]
    audits.record_audit(on(ctx, "2026-02-02"), audit_id, audits.AuditRecord(d("2026-02-02"), findings,
                                                                             deadline=d("2026-03-02")))
    assert i18n.set_language(qapp, "en")
    w = KtsNotices(on(ctx, "2026-02-05", user(ctx, "ism35", Role.ISM_OFFICER, 35, "Şule Öztürk")), 35)
    qtbot.addWidget(w)
    dialog = w.show_audits()
    assert dialog.table.item(0, 2).text() == "Remote, ministry team"
    assert dialog.table.item(0, 3).text() == ("Deficiency found; a warning was given (last day 02.03.2026). The time "
                                              "to remedy is still running (last day 02.03.2026).")
    assert "(f) Confidentiality, data security and logs (art. 16-17): Deficient — Loglar" in dialog.detail.toPlainText()
    assert not turkish_left(dialog.detail.toPlainText(), "Loglar 2 yıl saklanmıyor.")
    dialog.close()
