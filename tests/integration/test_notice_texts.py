"""A notice to the İSM keeps its title and body as messages, so the İSM desk shows it in the interface's language
(issue 17, "One language"); the Turkish title and body stay as before, and a notice written before still reads."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import Notice
from app.workflows.common.clock import TR
from app.workflows.common.messages import Message, catalogue, render
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.ism import officer
from tests.support.kts import application, d, facility, on, onboard
from tests.support.shgm import SHGM_DAY, forwarded, on_day
from tests.support.shgm import shgm as shgm_desk

ENGLISH = catalogue("en")


def english(text: str) -> str:
    return render(text, ENGLISH)


@pytest.fixture
def ism(ctx):
    return on_day(ctx.as_user(officer(ctx, "ism35.yonetici", Role.ISM_MANAGER, 35, "Ayşe Işık")), SHGM_DAY)


def test_a_revoked_permits_notice_keeps_its_messages_and_its_turkish_text(ctx, ism):
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    did = shgm.assign_areas(approver, forwarded(ctx), [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, did, "CKYS-2026-1")
    issued = permits.issue_permit(approver, did)
    permits.revoke(approver, issued.permit_id, SHGM_DAY + dt.timedelta(days=5), "Tesis kapandı.")
    with ctx.read() as s:
        stored = s.scalars(select(Notice).where(Notice.kind == "permit_revoked")).one()
        assert set(stored.texts) == {"title", "body"}
        assert stored.title.startswith(f"İzin iptal edildi: {issued.number} ")
        assert "17.03.2026 tarihinden itibaren iptal edildi.\nGerekçe: " in stored.body
    [notice] = kts.notices_for(ism, 35)
    assert isinstance(notice.title, Message) and isinstance(notice.body, Message)
    assert (notice.title, notice.body) == (stored.title, stored.body)       # the same Turkish text
    assert english(notice.title).startswith(f"Permit revoked: {issued.number} ")
    assert f"The USH activity permit no. {issued.number} of " in english(notice.body)
    assert "was revoked as of 17.03.2026.\nReason: " in english(notice.body)
    assert "A revoked permit may not be used to provide remote health services" in english(notice.body)


def test_a_producers_notice_reads_in_english_with_what_it_means(ctx):
    vid = onboard(ctx)
    application(ctx, facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi"), 35, vid, "permit_issued")
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    reader = on(ctx, "2026-03-04", officer(ctx, "ism35", Role.ISM_OFFICER, 35, "Şule Öztürk"))
    [notice] = kts.notices_for(reader, 35)
    assert notice.title == "USBS üreticisi pasif listeye alındı: Çağrı Sağlık Yazılımları A.Ş."
    assert english(notice.title) == "USBS producer put on the passive list: Çağrı Sağlık Yazılımları A.Ş."
    body = english(notice.body)
    assert "was put on the passive list on 03.03.2026." in body
    assert "Facilities in your province using this producer's software (1):\n• Özel Işıklı Göğüs Tıp Merkezi" in body
    assert "A producer not back on the active list by 03.06.2026 is deleted from KTS (SBYS Regulation art. 8)." in body


def test_a_notice_written_before_the_messages_were_kept_still_reads_in_turkish(ctx, ism):
    with ctx.write() as s:
        s.add(Notice(province_id=35, kind="permit_suspended", title="İzin askıya alındı: USH-35-2026-0001 Eski",
                     body="Eski bildirim metni.", created_at=dt.datetime(2026, 3, 1, 9, 0, tzinfo=TR)))
    [notice] = kts.notices_for(ism, 35)
    assert (notice.title, notice.body) == ("İzin askıya alındı: USH-35-2026-0001 Eski", "Eski bildirim metni.")
    assert english(notice.body) == "Eski bildirim metni."
