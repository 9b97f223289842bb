"""SBYS regulation art. 8: when a producer is made passive or deleted, SBSGM notifies the İSMs of the provinces
where the facilities it serves are. Only those provinces get a notice, and it lists their facilities."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Notice
from app.workflows.common.errors import PermissionDenied
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from app.workflows.kts.legal import DeletionGround
from tests.support.kts import application, d, facility, on, onboard, user


@pytest.fixture
def served(ctx):
    vid = onboard(ctx)
    other = onboard(ctx, tax_no="0000000001")
    izmir_a = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    izmir_b = facility(ctx, "35-0002", 35, "Özel Çiğli Şifa Polikliniği")
    ankara = facility(ctx, "06-0001", 6, "Özel Çankaya Ilgaz Tıp Merkezi")
    istanbul = facility(ctx, "34-0001", 34, "Özel Kadıköy Umut Tıp Merkezi")
    bursa = facility(ctx, "16-0001", 16, "Özel Nilüfer Yaşam Tıp Merkezi")
    application(ctx, izmir_a, 35, vid, "permit_issued")
    application(ctx, izmir_a, 35, vid, "received")          # twice: listed once
    application(ctx, izmir_b, 35, vid, "under_review")
    application(ctx, ankara, 6, vid, "forwarded")
    application(ctx, istanbul, 34, vid, "withdrawn")        # does not serve it
    application(ctx, bursa, 16, other, "permit_issued")     # another vendor's facility
    return vid


def test_passive_vendor_notifies_only_the_provinces_it_serves_listing_the_facilities(ctx, served):
    kts.give_warning(on(ctx, "2026-02-02"), served, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    done = kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    assert [(a.action.kind, a.notices) for a in done] == [("passive", 2)]
    izmir = kts.notices_for(ctx, 35)
    assert len(izmir) == 1
    n = izmir[0]
    assert n.kind == "kts_vendor_passive" and n.vendor_id == served
    assert n.title == "USBS üreticisi pasif listeye alındı: Çağrı Sağlık Yazılımları A.Ş."
    assert "03.03.2026 tarihinde pasif listeye alındı" in n.body
    assert "(2):" in n.body and n.body.count("Özel Işıklı Göğüs Tıp Merkezi (ÇKYS 35-0001)") == 1
    assert "Özel Çiğli Şifa Polikliniği (ÇKYS 35-0002)" in n.body and "Ankara" not in n.body
    ankara = kts.notices_for(ctx, 6)
    assert len(ankara) == 1 and "Özel Çankaya Ilgaz Tıp Merkezi" in ankara[0].body
    assert "Işıklı" not in ankara[0].body
    assert kts.notices_for(ctx, 34) == [] and kts.notices_for(ctx, 16) == []


def test_deletion_notifies_again_and_running_twice_adds_nothing(ctx, served):
    kts.give_warning(on(ctx, "2026-02-02"), served, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    kts.apply_evaluation(on(ctx, "2026-06-04"), d("2026-06-04"))
    kts.apply_evaluation(on(ctx, "2026-06-04"), d("2026-06-04"))
    kinds = [n.kind for n in kts.notices_for(ctx, 35)]
    assert kinds == ["kts_vendor_deleted", "kts_vendor_passive"]
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Notice)) == 4


def test_fraud_deletion_notifies_at_once(ctx, served):
    kts.delete_vendor(on(ctx, "2026-04-01"), served, d("2026-04-01"), DeletionGround.FALSE_INFO,
                      "Erişim kodu üçüncü kişiyle paylaşıldı.")
    [n] = kts.notices_for(ctx, 6)
    assert n.kind == "kts_vendor_deleted" and "Erişim kodu üçüncü kişiyle paylaşıldı." in n.body


def test_an_ism_acknowledges_only_its_own_provinces_notices(ctx, served):
    kts.delete_vendor(on(ctx, "2026-04-01"), served, d("2026-04-01"), DeletionGround.FALSE_INFO,
                      "Gerçeğe aykırı belge.")
    [n] = kts.notices_for(ctx, 35)
    ankara = user(ctx, "ism06", Role.ISM_OFFICER, 6)
    with pytest.raises(PermissionDenied):
        kts.acknowledge_notice(on(ctx, "2026-04-02", ankara), n.id)
    izmir = user(ctx, "ism35", Role.ISM_OFFICER, 35)
    kts.acknowledge_notice(on(ctx, "2026-04-02", izmir), n.id)
    assert kts.notices_for(ctx, 35, include_acknowledged=False) == []
    assert kts.notices_for(ctx, 35)[0].acknowledged_at is not None
