"""A producer has one status on a day (issue 15): SBYS art. 7 puts a producer on the passive list the day after an
audit warning's deadline passes unfixed. That is the status every desk sees from that day on, whether or not the
KTS unit has applied the rules yet: SHGM's permit gate, the İSM intake warning and vendor picker, the KTS lists and
the KTS Yetki Belgesi check. Applying the rules only records it.

The story: the producer is active since 01.01.2025; on 02.03.2026 an audit warning gives it until 10.03.2026;
nothing is fixed, so it is passive from 11.03.2026. SHGM comes to issue the facility's permit on 12.03.2026.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import Application, VendorCertificate, VendorWarning
from app.workflows.common import lookups
from app.workflows.common import vendors as producers
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.vocabulary import Role, VendorStatus
from app.workflows.dashboard import overview
from app.workflows.ism import intake
from app.workflows.kts import queries as kts_queries
from app.workflows.kts import registry as kts
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.ism import form
from tests.support.kts import d, on, user
from tests.support.shgm import SHGM_DAY, forwarded
from tests.support.shgm import shgm as shgm_desk

PASSIVE_FROM = d("2026-03-11")


@pytest.fixture
def story(ctx):
    """(approver, decision id, vendor id, certificate code, İSM desk): the application's producer was warned on 02.03.2026
    (deadline 10.03.2026) after getting a KTS Yetki Belgesi on 05.03.2026; nobody has applied the rules."""
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    app_id = forwarded(ctx)
    decision_id = shgm.assign_areas(approver, app_id, [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, decision_id, "CKYS-2026-0000991")
    with ctx.write() as s:
        vid = s.get(Application, app_id).vendor_id
    cert_id = kts.issue_certificate(on(ctx, "2026-03-05"), vid, d("2026-03-05"), d("2027-03-04"))
    with ctx.write() as s:
        s.add(VendorWarning(vendor_id=vid, issued_on=d("2026-03-02"), deadline=d("2026-03-10"),
                            description="Hekim veri bankası sorgusu kayıt tutmuyor"))
        code = s.get(VendorCertificate, cert_id).verification_code
    return approver, decision_id, vid, code, on(ctx, SHGM_DAY, user(ctx, "ism35.memur", Role.ISM_OFFICER, 35))


def answers(ctx, approver, decision_id, vid, code, desk) -> dict:
    """What each desk says about the producer on 12.03.2026."""
    with ctx.read() as s:
        st = producers.standing(s, vid, SHGM_DAY)
    with pytest.raises(ValidationFailed) as gate:
        permits.issue_permit(approver, decision_id)
    picked = next(v for v in lookups.vendors(desk, SHGM_DAY) if v.id == vid)
    warning = intake.warnings(desk, form(vid, picked.products[0].id, received=SHGM_DAY))
    listed = {r.id: r for r in kts_queries.vendors(on(ctx, SHGM_DAY), SHGM_DAY, VendorStatus.PASSIVE)}
    active = {r.id for r in kts_queries.vendors(on(ctx, SHGM_DAY), SHGM_DAY, VendorStatus.ACTIVE)}
    valid, reason = kts.verify_certificate(on(ctx, SHGM_DAY), code)
    return {"standing": (st.status, st.since), "gate": gate.value.errors["vendor"], "picker": picked.status,
            "intake": warning, "passive list": vid in listed, "active list": vid in active,
            "due on the list": listed[vid].due if vid in listed else None, "certificate": (valid, reason),
            "counts": overview.vendor_status_counts(on(ctx, SHGM_DAY), SHGM_DAY)[VendorStatus.PASSIVE]}


def test_every_desk_sees_the_passive_status_that_is_due_but_not_yet_recorded(ctx, story):
    approver, decision_id, vid, code, desk = story
    got = answers(ctx, approver, decision_id, vid, code, desk)
    assert got["standing"] == (VendorStatus.PASSIVE, PASSIVE_FROM)
    assert ("11.03.2026 tarihinden beri; kural gereği; KTS henüz kaydetmedi; gerekçe: Denetimde verilen uyarı "
            "(02.03.2026) 10.03.2026 tarihine kadar giderilmedi") in got["gate"]
    assert "12.03.2026 tarihinde KTS aktif listesinde değil (durumu: Pasif liste" in got["gate"]
    assert got["picker"] == VendorStatus.PASSIVE
    assert len(got["intake"]) == 1 and "KTS aktif listesinde değil (durumu: Pasif liste (11.03.2026" in \
        got["intake"][0]
    assert got["passive list"] and not got["active list"] and got["due on the list"] is True
    assert got["certificate"][0] is False and "pasif" in got["certificate"][1]
    assert got["counts"] == 1


def test_applying_the_rules_records_what_every_desk_already_said(ctx, story):
    approver, decision_id, vid, code, desk = story
    before = answers(ctx, approver, decision_id, vid, code, desk)
    applied = kts.apply_evaluation(on(ctx, SHGM_DAY))
    assert [(a.vendor_id, a.action.kind, a.action.on) for a in applied] == [(vid, "passive", PASSIVE_FROM)]
    after = answers(ctx, approver, decision_id, vid, code, desk)
    assert after["due on the list"] is False
    assert after["gate"] == before["gate"].replace("; kural gereği; KTS henüz kaydetmedi", "")
    assert after["intake"][0] == before["intake"][0].replace("; kural gereği; KTS henüz kaydetmedi", "")
    for key in ("standing", "picker", "passive list", "active list", "certificate", "counts"):
        assert after[key] == before[key], key
    assert kts.apply_evaluation(on(ctx, SHGM_DAY)) == []
    with ctx.read() as s:
        assert s.scalars(select(VendorWarning.fixed_on)).all() == [None]


def _many_producers(ctx, count: int, start: int) -> None:
    from app.models import Vendor, VendorProduct, VendorStatusEvent
    from app.textfold import fold

    with ctx.write() as s:
        for i in range(start, start + count):
            name = f"Üretici {i:04d} A.Ş."
            v = Vendor(name=name, name_fold=fold(name), tax_no=f"{9_000_000_000 + i}")
            s.add(v)
            s.flush()
            s.add(VendorProduct(vendor_id=v.id, name="Ürün", product_version="1"))
            s.add(VendorStatusEvent(vendor_id=v.id, status="active", effective_on=d("2025-06-01"),
                                    recorded_at=dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)))
            s.add(VendorWarning(vendor_id=v.id, issued_on=d("2026-03-02"), deadline=d("2026-03-10"),
                                description="Eksik"))


def test_the_lists_read_every_producers_status_in_a_few_queries_however_many_there_are(ctx):
    """The one answer must not cost a query per producer: the KTS list, the picker and the counts read the same
    number of statements for 20 producers as for 60."""
    from sqlalchemy import event

    def statements(fn) -> int:
        seen = []
        listener = lambda *args: seen.append(1)  # noqa: E731
        event.listen(ctx.engine, "before_cursor_execute", listener)
        try:
            fn()
        finally:
            event.remove(ctx.engine, "before_cursor_execute", listener)
        return len(seen)

    readers = {
        "KTS list": lambda: kts_queries.vendors(on(ctx, SHGM_DAY), SHGM_DAY),
        "picker": lambda: lookups.vendors(on(ctx, SHGM_DAY), SHGM_DAY),
        "counts": lambda: overview.vendor_status_counts(on(ctx, SHGM_DAY), SHGM_DAY),
    }
    on(ctx, SHGM_DAY)   # the officer exists before counting
    _many_producers(ctx, 20, 0)
    few = {name: statements(fn) for name, fn in readers.items()}
    _many_producers(ctx, 40, 20)
    many = {name: statements(fn) for name, fn in readers.items()}
    assert many == few and all(n <= 8 for n in many.values()), (few, many)
    assert overview.vendor_status_counts(on(ctx, SHGM_DAY), SHGM_DAY)[VendorStatus.PASSIVE] == 60   # all due
