"""The three checks before a professional serves remotely (USH flow chart §3): the facility is authorised for
the area on that date; the professional may practise in Türkiye (not expired, not suspended); the professional
holds a work permit at that facility valid on that date. Every failing reason is given, in Turkish."""

from __future__ import annotations

import pytest

from app.workflows.common.checks import can_serve
from app.workflows.common.permit_status import authorized_areas
from tests.support.kts import TCKN, d, facility, permit, professional, work_permit

DAY = d("2026-06-15")


@pytest.fixture
def world(ctx):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE", "KONSULTASYON"])
    pid = professional(ctx)
    work_permit(ctx, pid, fid)
    return fid


def check(ctx, fid, area="MUAYENE", day=DAY, tckn=TCKN):
    with ctx.read() as s:
        return can_serve(s, tckn, fid, area, day)


def test_all_three_checks_pass(ctx, world):
    assert check(ctx, world) == (True, [])
    assert check(ctx, "35-0001") == (True, [])   # by ÇKYS code too


def test_area_not_covered_by_the_permit(ctx, world):
    ok, reasons = check(ctx, world, area="IZLEM")
    assert not ok and len(reasons) == 1
    assert "'Tıbbi gözlem, izlem ve takip' alanını kapsayan geçerli bir uzaktan sağlık hizmeti faaliyet izni yok" \
        in reasons[0]


@pytest.mark.parametrize("events, day, covered", [
    ([("suspended", "2026-06-01", "2026-06-30")], "2026-06-15", False),
    ([("suspended", "2026-06-01", "2026-06-30")], "2026-07-01", True),
    ([("suspended", "2026-06-01", None)], "2026-09-01", False),
    ([("revoked", "2026-06-15", None)], "2026-06-14", True),
    ([("revoked", "2026-06-15", None)], "2026-06-15", False),
    ([], "2026-01-09", False),                       # before the permit was issued
])
def test_a_suspended_or_revoked_permit_does_not_cover_the_area(ctx, events, day, covered):
    fid = facility(ctx, "35-0002", 35, "Özel Çiğli Polikliniği")
    permit(ctx, fid, ["MUAYENE"], events=events)
    with ctx.read() as s:
        assert ("MUAYENE" in authorized_areas(s, fid, d(day))) is covered


def test_licence_expired(ctx):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"])
    work_permit(ctx, professional(ctx, licence_until="2026-06-14"), fid)
    ok, reasons = check(ctx, fid)
    assert not ok and reasons == ["İlkay Güneş: Türkiye'de mesleğini icra yetkisinin süresi 14.06.2026 tarihinde "
                                  "dolmuş."]


@pytest.mark.parametrize("suspended, day, ok", [
    (("2026-06-01", "2026-06-30"), "2026-06-15", False),
    (("2026-06-01", "2026-06-30"), "2026-06-30", False),
    (("2026-06-01", "2026-06-30"), "2026-07-01", True),
    (("2026-06-16", None), "2026-06-15", True),
    (("2026-06-16", None), "2026-12-01", False),
])
def test_licence_suspended_on_that_date(ctx, suspended, day, ok):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"])
    work_permit(ctx, professional(ctx, suspended=suspended), fid)
    result, reasons = check(ctx, fid, day=d(day))
    assert result is ok
    if not ok:
        assert reasons == [r for r in reasons if "askıya alınmış" in r] and len(reasons) == 1


def test_no_work_permit_at_that_facility_or_not_valid_on_that_date(ctx):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    other = facility(ctx, "35-0002", 35, "Özel Çiğli Polikliniği")
    permit(ctx, fid, ["MUAYENE"])
    pid = professional(ctx)
    work_permit(ctx, pid, other)
    ok, reasons = check(ctx, fid)
    assert not ok and reasons == ["İlkay Güneş: Özel Işıklı Göğüs Tıp Merkezi tesisinde adına düzenlenmiş bir "
                                  "çalışma izni yok."]
    work_permit(ctx, pid, fid, start="2025-01-01", until="2026-06-14")
    ok, reasons = check(ctx, fid)
    assert not ok and "15.06.2026 tarihinde geçerli çalışma izni yok" in reasons[0]
    assert check(ctx, fid, day=d("2026-06-14"))[0]


def test_all_failing_together_gives_every_reason(ctx):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    professional(ctx, licence_until="2026-01-01", suspended=("2026-06-01", None))
    ok, reasons = check(ctx, fid)
    assert not ok and len(reasons) == 4
    assert ["faaliyet izni yok" in reasons[0], "süresi" in reasons[1], "askıya" in reasons[2],
            "çalışma izni yok" in reasons[3]] == [True] * 4


def test_unknown_tckn_facility_and_area(ctx, world):
    ok, reasons = check(ctx, world, tckn="10000000147")
    assert not ok and reasons == ["TC kimlik numarası geçersiz (kontrol hanesi tutmuyor). (10000000147)"]
    ok, reasons = check(ctx, world, tckn="10000000078")
    assert reasons == ["Bu TC kimlik numarasıyla kayıtlı sağlık meslek mensubu yok (10000000078)."]
    ok, reasons = check(ctx, "99-9999")
    assert reasons == ["Sağlık tesisi bulunamadı (99-9999)."]
    ok, reasons = check(ctx, world, area="YOK")
    assert reasons == ["Bilinmeyen USH alanı: YOK."]
