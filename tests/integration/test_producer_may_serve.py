"""The USH flow chart: "KTS'de Aktif Listede Yayımlanan USBS Yazılım Üreticileri, USH Faaliyet İzni Almış Sağlık
Tesislerinde Hizmet Verebilir." `can_serve` (Yetki Sorgulama, `ush-izin can-serve`) checks the producer the facility
uses for USH on that date, named by the permit revision in force, by its KTS status that day: recorded list
changes and those the SBYS rules (art. 7-8) make due alike. A producer that leaves the active list stops serving
(decision on the setting in docs/decisions.md).

The story: the producer is announced on 01.12.2025; the facility's permit names it from 10.01.2026; an audit
warning of 02.03.2026 with a deadline of 16.03.2026 is not fixed, so the producer is passive from 17.03.2026
(art. 7); not back within three months (until 17.06.2026), it is deleted on 18.06.2026 (art. 8), and its access
code closes three months later, on 18.09.2026.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.models import Vendor, VendorProduct, VendorStatusEvent
from app.textfold import fold
from app.workflows.common import system_settings
from app.workflows.common.checks import can_serve
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.kts import TCKN, d, facility, on, onboard, permit, professional, work_permit
from tests.support.shgm import SHGM_DAY, forwarded, on_day
from tests.support.shgm import shgm as shgm_desk

CLINIC = "Özel Işıklı Göğüs Tıp Merkezi"
REQUESTED = [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)]


@pytest.fixture
def producer(ctx) -> int:
    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-03-02"), vid, d("2026-03-02"), d("2026-03-16"),
                     "Log kayıtları SAMİLOG'a uygun tutulmuyor")
    return vid


@pytest.fixture
def clinic(ctx, producer) -> int:
    fid = facility(ctx, "35-0001", 35, CLINIC)
    permit(ctx, fid, ["MUAYENE"], issued="2026-01-10", vendor_id=producer)
    work_permit(ctx, professional(ctx), fid)
    return fid


def check(ctx, fid, day: str, **kw):
    with ctx.read() as s:
        return can_serve(s, TCKN, fid, "MUAYENE", d(day), **kw)


def test_an_active_producer_serves_the_permitted_facility(ctx, clinic):
    assert check(ctx, clinic, "2026-01-10") == (True, [])
    assert check(ctx, clinic, "2026-03-16") == (True, [])      # the warning's last day: still active


def test_a_passive_producer_does_not_serve_even_before_kts_records_it(ctx, clinic):
    ok, reasons = check(ctx, clinic, "2026-03-17")              # the rules make it passive; nobody applied them
    assert not ok and len(reasons) == 1
    assert reasons[0].startswith(f"{CLINIC} tesisinin USH için kullandığı USBS üreticisi Çağrı Sağlık Yazılımları "
                                 "A.Ş. 17.03.2026 tarihinde KTS pasif listesinde")
    assert "17.03.2026 tarihinden beri; kural gereği; KTS henüz kaydetmedi" in reasons[0]
    assert "16.03.2026 tarihine kadar giderilmedi" in reasons[0] and "SBYS Yönetmeliği md. 7" in reasons[0]
    assert "Yalnızca KTS'de aktif listede yayımlanan USBS üreticileri" in reasons[0]

    kts.apply_evaluation(on(ctx, "2026-03-20"))                 # recording it changes nothing but the note
    ok, after = check(ctx, clinic, "2026-03-17")
    assert not ok and after == [reasons[0].replace("; kural gereği; KTS henüz kaydetmedi", "")]


def test_a_deleted_producer_does_not_serve_whether_its_access_code_is_open_or_closed(ctx, clinic):
    ok, reasons = check(ctx, clinic, "2026-07-01")
    assert not ok and "KTS'den silinmiş; yazılım erişim kodu 18.09.2026 tarihine kadar açık" in reasons[0]
    assert "18.06.2026 tarihinden beri" in reasons[0] and "SBYS Yönetmeliği md. 8" in reasons[0]
    ok, reasons = check(ctx, clinic, "2026-09-18")
    assert not ok and "KTS'den silinmiş ve yazılım erişim kodu 18.09.2026 tarihinde kapatıldı" in reasons[0]


def test_where_the_ministry_lets_producers_keep_the_facilities_they_already_serve(ctx, clinic):
    """The setting (docs/decisions.md): a passive producer, or a deleted one while its access code is open, goes
    on serving a facility it served before it left the active list, but takes on no new one; a closed access code
    ends it for all."""
    newcomer = facility(ctx, "35-0002", 35, "Özel Çiğli Polikliniği")
    permit(ctx, newcomer, ["MUAYENE"], issued="2026-03-20", vendor_id=clinic and _vendor_of(ctx, clinic))
    work_permit(ctx, _professional_id(ctx), newcomer)
    with ctx.write() as s:
        system_settings.set_producer_keeps_facilities(s, True)
    assert check(ctx, clinic, "2026-04-01") == (True, [])       # passive, but served since 10.01.2026
    ok, reasons = check(ctx, newcomer, "2026-04-01")
    assert not ok and "Pasif listedeki üretici aktif listeye dönene kadar yeni tesise hizmet veremez." in reasons[0]
    assert check(ctx, clinic, "2026-09-17") == (True, [])       # deleted, access code open until 18.09.2026
    ok, reasons = check(ctx, clinic, "2026-09-18")
    assert not ok and "kapatıldı" in reasons[0]
    assert not check(ctx, clinic, "2026-04-01", keep_existing=False)[0]   # the caller may override the setting
    ok, reasons = check(ctx, newcomer, "2026-07-01")             # taken on while passive, now deleted: still new
    assert not ok and "Silinen üretici aktif listeye dönene kadar yeni tesise hizmet veremez." in reasons[0]


def _vendor_of(ctx, fid: int) -> int:
    from app.workflows.common.checks import facility_producer

    with ctx.read() as s:
        return facility_producer(s, fid, d("2026-03-20"))[0].vendor_id


def _professional_id(ctx) -> int:
    from sqlalchemy import select

    from app.models import Professional

    with ctx.read() as s:
        return s.scalars(select(Professional.id).where(Professional.tckn == TCKN)).one()


def test_a_producer_that_never_reached_the_active_list_or_is_not_on_record(ctx):
    applying = onboard(ctx, announced="2025-12-01", tax_no="4840847211")
    with ctx.write() as s:   # a second producer that has only applied
        v = Vendor(name="Güneş Yazılım Ltd. Şti.", name_fold=fold("Güneş Yazılım Ltd. Şti."), tax_no="1234567890")
        s.add(v)
        s.flush()
        s.add(VendorStatusEvent(vendor_id=v.id, status="applied", effective_on=d("2025-11-01"),
                                recorded_at=dt.datetime(2025, 11, 1, tzinfo=dt.timezone.utc)))
        newcomer = v.id
    assert applying
    fid = facility(ctx, "35-0003", 35, "Özel Bornova Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=newcomer)
    work_permit(ctx, professional(ctx), fid)
    ok, reasons = check(ctx, fid, "2026-06-15")
    assert not ok and reasons == [
        "Özel Bornova Tıp Merkezi tesisinin USH için kullandığı USBS üreticisi Güneş Yazılım Ltd. Şti. 15.06.2026 "
        "tarihinde KTS aktif listesinde değil (durumu: Başvuru aşamasında). Yalnızca KTS'de aktif listede yayımlanan "
        "USBS üreticileri USH faaliyet izni almış sağlık tesislerinde hizmet verebilir."]
    other = facility(ctx, "35-0004", 35, "Özel Karşıyaka Polikliniği")
    permit(ctx, other, ["MUAYENE"])                              # e.g. an ex officio permit: no producer recorded
    ok, reasons = check(ctx, other, "2026-06-15")
    assert not ok and "yürürlükteki izninde USH için kullandığı USBS üreticisi kayıtlı değil; üreticinin KTS aktif " \
        "listesinde olduğu doğrulanamadı." in reasons[0]


# --- an amendment changes the producer -----------------------------------------------------------------------------

def _second_producer(ctx, status: str = "active", since: str = "2025-06-01") -> tuple[int, int]:
    with ctx.write() as s:
        v = Vendor(name="Ilgaz Bilişim A.Ş.", name_fold=fold("Ilgaz Bilişim A.Ş."), tax_no="9876543210")
        s.add(v)
        s.flush()
        p = VendorProduct(vendor_id=v.id, name="Ilgaz Tele", product_version="2.0")
        s.add(p)
        s.add(VendorStatusEvent(vendor_id=v.id, status=status, effective_on=d(since),
                                recorded_at=dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)))
        s.flush()
        return v.id, p.id


@pytest.fixture
def issued(ctx):
    """A permit issued on 12.03.2026 through SHGM; its revision names the application's producer."""
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    app_id = forwarded(ctx)
    decision_id = shgm.assign_areas(approver, app_id, REQUESTED)
    shgm.mark_ckys_recorded(approver, decision_id, "CKYS-2026-0000991")
    got = permits.issue_permit(approver, decision_id)
    info = permits.permit(approver, got.permit_id)
    work_permit(ctx, _professional_id(ctx), info.facility_id)     # the professional named in the application
    return approver, got.permit_id, info.facility_id, app_id


def test_an_amendment_changes_the_producer_from_its_effective_date(ctx, issued):
    approver, permit_id, fid, app_id = issued
    from app.models import Application, PermitRevision

    with ctx.read() as s:
        first = s.get(Application, app_id).vendor_id
        assert s.query(PermitRevision).filter_by(permit_id=permit_id).one().vendor_id == first
    with ctx.write() as s:   # the first producer goes to the passive list on 25.03.2026
        s.add(VendorStatusEvent(vendor_id=first, status="passive", effective_on=d("2026-03-25"), reason="Uyarı",
                                legal_basis="SBYS Yönetmeliği md. 7",
                                recorded_at=dt.datetime(2026, 3, 25, tzinfo=dt.timezone.utc)))
    second, product = _second_producer(ctx)
    amended = permits.amend_areas(on_day(approver, d("2026-04-01")), permit_id, REQUESTED,
                                  "Tesis USBS üreticisini değiştirdi.", producer=(second, product))
    assert amended.revision_no == 2
    assert check(ctx, fid, "2026-03-24") == (True, [])
    ok, reasons = check(ctx, fid, "2026-03-31")                  # revision 1: the first producer, now passive
    assert not ok and "Çağrı Sağlık Yazılımları A.Ş. 31.03.2026 tarihinde KTS pasif listesinde" in reasons[0]
    assert check(ctx, fid, "2026-04-01") == (True, [])           # revision 2: Ilgaz Bilişim, active


def test_an_amendment_to_a_producer_off_the_active_list_is_refused(ctx, issued):
    approver, permit_id, _fid, _app = issued
    second, product = _second_producer(ctx, status="passive", since="2026-02-01")
    with pytest.raises(ValidationFailed) as refused:
        permits.amend_areas(on_day(approver, d("2026-04-01")), permit_id, REQUESTED, "Üretici değişti.",
                            producer=(second, product))
    assert "Seçilen USBS üreticisi (Ilgaz Bilişim A.Ş.) 01.04.2026 tarihinde KTS aktif listesinde değil" in \
        refused.value.errors["vendor"]
    with pytest.raises(ValidationFailed) as same:               # same areas, same producer: nothing to amend
        permits.amend_areas(on_day(approver, d("2026-04-01")), permit_id, REQUESTED, "Aynı.")
    assert "değişiklik yok" in same.value.errors["areas"]
    assert SHGM_DAY < d("2026-04-01")


def test_an_ex_officio_permit_records_the_producer_the_official_chooses(ctx):
    """No application names the producer of a Ministry facility's ex officio permit: the Onay Yetkilisi chooses
    one on the active list; without one, Yetki Sorgulama cannot verify the producer."""
    from tests.support.shgm import ministry_facility

    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    passive, passive_product = _second_producer(ctx, status="passive", since="2026-01-05")
    fid = ministry_facility(ctx)
    with pytest.raises(ValidationFailed) as refused:
        permits.issue_ex_officio(approver, fid, [("MUAYENE", None)], "Salgın tedbirleri", "CKYS-2026-1",
                                 producer=(passive, passive_product))
    assert "Seçilen USBS üreticisi (Ilgaz Bilişim A.Ş.) 12.03.2026 tarihinde KTS aktif listesinde değil" in \
        refused.value.errors["vendor"]
    active = onboard(ctx)
    got = permits.issue_ex_officio(approver, fid, [("MUAYENE", None)], "Salgın tedbirleri", "CKYS-2026-2",
                                   producer=(active, None))
    assert permits.permit(approver, got.permit_id).current.vendor_name == "Çağrı Sağlık Yazılımları A.Ş."
    work_permit(ctx, professional(ctx), fid)
    assert check(ctx, fid, "2026-03-12") == (True, [])


def test_the_ism_is_told_of_a_facility_whose_permit_names_the_producer(ctx, clinic):
    """SBYS art. 8: the İSMs of the provinces where the producer's facilities are get a notice; a facility is one
    the producer serves when its permit names it, even with no application naming it (an amendment, ex officio)."""
    kts.apply_evaluation(on(ctx, "2026-03-20"))
    notices = kts.notices_for(on(ctx, "2026-03-20"), 35)
    assert len(notices) == 1 and f"• {CLINIC} (ÇKYS 35-0001)" in notices[0].body
    assert notices[0].title.startswith("USBS üreticisi pasif listeye alındı")
