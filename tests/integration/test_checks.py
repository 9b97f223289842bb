"""The checks before a professional serves remotely (USH flow chart §1, §3): the facility is authorised for the
area on that date and its USBS producer is on the KTS active list (tests/integration/test_producer_may_serve.py);
the professional may practise in Türkiye (a licence record, not expired, not suspended); the professional holds a
work permit at that facility valid on that date. Every failing reason is given, in Turkish."""

from __future__ import annotations

import pytest

from app.workflows.common.checks import can_serve
from app.workflows.common.permit_status import authorized_areas
from tests.support.kts import TCKN, d, facility, onboard, permit, professional, work_permit

DAY = d("2026-06-15")


@pytest.fixture
def producer(ctx):
    """A USBS producer on the KTS active list since 01.12.2025."""
    return onboard(ctx)


@pytest.fixture
def world(ctx, producer):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE", "KONSULTASYON"], vendor_id=producer)
    pid = professional(ctx)
    work_permit(ctx, pid, fid)
    return fid


def check(ctx, fid, area="MUAYENE", day=DAY, tckn=TCKN):
    with ctx.read() as s:
        return can_serve(s, tckn, fid, area, day)


def test_all_checks_pass(ctx, world):
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


def test_licence_expired(ctx, producer):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=producer)
    work_permit(ctx, professional(ctx, licence_until="2026-06-14"), fid)
    ok, reasons = check(ctx, fid)
    assert not ok and reasons == ["İlkay Güneş: Türkiye'de mesleğini icra yetkisinin süresi 14.06.2026 tarihinde "
                                  "dolmuş."]


# A suspension's end date is read as for permits (decision 17): the first day the licence is in force again.
@pytest.mark.parametrize("suspended, day, ok", [
    (("2026-06-01", "2026-06-30"), "2026-05-31", True),
    (("2026-06-01", "2026-06-30"), "2026-06-01", False),
    (("2026-06-01", "2026-06-30"), "2026-06-29", False),
    (("2026-06-01", "2026-06-30"), "2026-06-30", True),
    (("2026-06-16", None), "2026-06-15", True),
    (("2026-06-16", None), "2026-12-01", False),
])
def test_licence_suspended_on_that_date(ctx, producer, suspended, day, ok):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=producer)
    work_permit(ctx, professional(ctx, suspended=suspended), fid)
    result, reasons = check(ctx, fid, day=d(day))
    assert result is ok
    if not ok:
        assert reasons == [r for r in reasons if "askıya alınmış" in r] and len(reasons) == 1


def test_no_work_permit_at_that_facility_or_not_valid_on_that_date(ctx, producer):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    other = facility(ctx, "35-0002", 35, "Özel Çiğli Polikliniği")
    permit(ctx, fid, ["MUAYENE"], vendor_id=producer)
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


@pytest.mark.parametrize("licence_no, licence_until", [("", None), ("   ", "2030-12-31")])
def test_a_professional_without_a_licence_record_could_not_be_verified(ctx, producer, licence_no, licence_until):
    """Authorised to practise in Türkiye is shown by a diploma/registration record: none on file (no number) is
    "could not be verified", never UYGUN, whatever the other fields say."""
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=producer)
    work_permit(ctx, professional(ctx, licence_no=licence_no, licence_until=licence_until), fid)
    ok, reasons = check(ctx, fid)
    assert not ok and reasons == ["İlkay Güneş: Türkiye'de mesleğini icra yetkisi doğrulanamadı (diploma/tescil "
                                  "kaydı yok)."]


def test_a_licence_number_without_an_end_date_is_authorised_without_end(ctx, producer):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=producer)
    work_permit(ctx, professional(ctx, licence_until=None), fid)
    assert check(ctx, fid, day=d("2040-01-01")) == (True, [])


def test_unknown_tckn_facility_and_area(ctx, world):
    ok, reasons = check(ctx, world, tckn="10000000147")
    assert not ok and reasons == ["TC kimlik numarası geçersiz (kontrol hanesi tutmuyor). (10000000147)"]
    ok, reasons = check(ctx, world, tckn="10000000078")
    assert reasons == ["Bu TC kimlik numarasıyla kayıtlı sağlık meslek mensubu yok (10000000078)."]
    ok, reasons = check(ctx, "99-9999")
    assert reasons == ["Sağlık tesisi bulunamadı (99-9999)."]
    ok, reasons = check(ctx, world, area="YOK")
    assert reasons == ["Bilinmeyen USH alanı: YOK."]
