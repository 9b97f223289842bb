"""SBYS regulation art. 7-8, as dated scenarios: a warning not fixed by its deadline → passive list; passive and
not back on the active list within 3 months → deleted; put on the passive list 3 times within 12 months →
deleted; false documents or a shared access code → deleted at once and no new application for a year; the
deleted producer's access code closes within 3 months (up to 6 on a facility's request).

Each scenario runs the rules with `apply_evaluation` on the given days, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Vendor, VendorStatusEvent
from app.workflows.common.errors import DomainError
from app.workflows.common.vendors import status_on
from app.workflows.kts import registry as kts
from app.workflows.kts.legal import DeletionGround
from tests.support.kts import d, on, onboard, vendor_form

# --- dated scenarios on the database ----------------------------------------------------------------------------

# Operations: ("warn", issued, deadline) · ("fix", n, day) (n-th warning, from 1) · ("back", day) · ("fraud", day)
# · ("run", day, [(kind, effective day), ...]) · ("status", day, status)
SCENARIOS = {
    "warning fixed in time: stays active": [
        ("warn", "2026-02-02", "2026-03-02"), ("fix", 1, "2026-02-27"),
        ("run", "2026-03-10", []), ("status", "2026-03-10", "active")],
    "not fixed by the deadline: passive the next day": [
        ("warn", "2026-02-02", "2026-03-02"),
        ("run", "2026-03-02", []), ("run", "2026-03-03", [("passive", "2026-03-03")]),
        ("status", "2026-03-03", "passive")],
    "passive, back on the last day of 3 months: not deleted": [
        ("warn", "2026-02-02", "2026-03-02"), ("run", "2026-03-03", [("passive", "2026-03-03")]),
        ("fix", 1, "2026-05-20"), ("back", "2026-06-03"),
        ("run", "2026-09-01", []), ("status", "2026-09-01", "active")],
    "passive and not back within 3 months: deleted, access code closes 3 months later": [
        ("warn", "2026-02-02", "2026-03-02"), ("run", "2026-03-03", [("passive", "2026-03-03")]),
        ("run", "2026-06-03", []),
        ("run", "2026-06-04", [("deleted", "2026-06-04"), ("close_access_code", "2026-09-04")]),
        ("status", "2026-06-04", "deleted")],
    "passive on the 31st: the 3 months end on 30 November": [
        ("warn", "2026-08-03", "2026-08-30"), ("run", "2026-08-31", [("passive", "2026-08-31")]),
        ("run", "2026-11-30", []),
        ("run", "2026-12-01", [("deleted", "2026-12-01"), ("close_access_code", "2027-03-01")])],
    "passive 3 times within 12 months: deleted on the third": [
        ("warn", "2026-01-05", "2026-01-09"), ("run", "2026-01-10", [("passive", "2026-01-10")]),
        ("fix", 1, "2026-01-15"), ("back", "2026-01-20"),
        ("warn", "2026-03-02", "2026-04-09"), ("run", "2026-04-10", [("passive", "2026-04-10")]),
        ("fix", 2, "2026-04-15"), ("back", "2026-04-20"),
        ("warn", "2026-11-02", "2026-11-30"),
        ("run", "2026-12-01", [("passive", "2026-12-01"), ("deleted", "2026-12-01"),
                               ("close_access_code", "2027-03-01")]),
        ("status", "2026-12-01", "deleted")],
    "third passive one day more than 12 months after the first: not deleted": [
        ("warn", "2026-01-05", "2026-01-09"), ("run", "2026-01-10", [("passive", "2026-01-10")]),
        ("fix", 1, "2026-01-15"), ("back", "2026-01-20"),
        ("warn", "2026-03-02", "2026-04-09"), ("run", "2026-04-10", [("passive", "2026-04-10")]),
        ("fix", 2, "2026-04-15"), ("back", "2026-04-20"),
        ("warn", "2026-12-01", "2027-01-10"), ("run", "2027-01-11", [("passive", "2027-01-11")]),
        ("status", "2027-01-11", "passive")],
    "false documents: deleted at once, without warning": [
        ("fraud", "2026-04-01"), ("status", "2026-04-01", "deleted"), ("run", "2026-04-02", [])],
}


def check_scenario(ctx, ops):
    """Run a scenario's operations, asserting each "run" (the actions taken) and "status" (the list the vendor is
    on); returns the vendor's id."""
    vid = onboard(ctx)
    warnings: list[int] = []
    for op in ops:
        if op[0] == "warn":
            warnings.append(kts.give_warning(on(ctx, op[1]), vid, d(op[1]), d(op[2]), "Hekim veri bankası sorgusu "
                                             "her görüşmeden önce yapılmıyor."))
        elif op[0] == "fix":
            kts.fix_warning(on(ctx, op[2]), warnings[op[1] - 1], d(op[2]))
        elif op[0] == "back":
            kts.reactivate(on(ctx, op[1]), vid, d(op[1]))
        elif op[0] == "fraud":
            kts.delete_vendor(on(ctx, op[1]), vid, d(op[1]), DeletionGround.FALSE_INFO,
                              "Gerçeğe aykırı ISO/IEC 27001 sertifikası.")
        elif op[0] == "run":
            done = kts.apply_evaluation(on(ctx, op[1]), d(op[1]))
            assert [(a.action.kind, a.action.on.isoformat()) for a in done] == op[2], op
        elif op[0] == "status":
            with ctx.read() as s:
                assert status_on(s, vid, d(op[1])).value == op[2], op
    return vid


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_dated_scenario(ctx, name):
    check_scenario(ctx, SCENARIOS[name])


def test_fraud_refuses_a_new_application_for_one_year_and_closes_the_code_in_3_months(ctx):
    vid = check_scenario(ctx, SCENARIOS["false documents: deleted at once, without warning"])
    with ctx.read() as s:
        v = s.get(Vendor, vid)
        assert v.reapply_not_before == d("2027-04-01")
        assert v.access_code_closes_on == d("2026-07-01")
    with pytest.raises(DomainError, match="01.04.2027 tarihine kadar kabul edilemez"):
        kts.register_vendor(on(ctx, "2027-03-31"), vendor_form("2027-03-31"))
    assert kts.register_vendor(on(ctx, "2027-04-01"), vendor_form("2027-04-01")) == vid
    with ctx.read() as s:
        assert status_on(s, vid, d("2027-04-01")).value == "applied"
        assert kts.next_stage(s, vid) == "document_check"   # a new application starts the stages again


def test_the_access_code_may_stay_open_up_to_6_months_on_a_facility_request(ctx):
    from tests.support.kts import facility

    vid = check_scenario(ctx, SCENARIOS["false documents: deleted at once, without warning"])
    fid = facility(ctx, "35-0009", 35, "Özel Ilıca Tıp Merkezi")
    with pytest.raises(DomainError, match="en çok 6 ay"):
        kts.extend_access_code(on(ctx, "2026-05-01"), vid, d("2026-10-02"), fid, "E-123")
    kts.extend_access_code(on(ctx, "2026-05-01"), vid, d("2026-10-01"), fid, "E-123")
    with ctx.read() as s:
        assert s.get(Vendor, vid).access_code_closes_on == d("2026-10-01")
        assert kts.access_code_open(d("2026-10-01"), d("2025-09-02"), d("2026-09-30"))
        assert not kts.access_code_open(d("2026-10-01"), d("2025-09-02"), d("2026-10-01"))


def test_a_deleted_vendor_cannot_apply_while_not_deleted_and_a_second_registration_is_refused(ctx):
    onboard(ctx)
    with pytest.raises(DomainError, match="kayıtlı bir üretici var"):
        kts.register_vendor(on(ctx, "2026-01-05"), vendor_form("2026-01-05"))


def test_evaluation_is_idempotent_and_each_action_is_audited(ctx):
    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Log kayıtları saklanmıyor.")
    first = kts.apply_evaluation(on(ctx, "2026-07-01"), d("2026-07-01"))
    assert [a.action.kind for a in first] == ["passive", "deleted", "close_access_code"]
    with ctx.read() as s:
        audited = s.scalar(select(func.count()).select_from(AuditEntry))
        events = s.scalar(select(func.count()).select_from(VendorStatusEvent))
    assert kts.apply_evaluation(on(ctx, "2026-07-01"), d("2026-07-01")) == []
    assert kts.apply_evaluation(on(ctx, "2026-07-02"), d("2026-07-02")) == []
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audited
        assert s.scalar(select(func.count()).select_from(VendorStatusEvent)) == events
        rows = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "vendor_status_events",
                                                  AuditEntry.action == "insert")).all()
        assert {r.after["status"] for r in rows} >= {"passive", "deleted"}
        assert all(r.username == "kts.uzman" for r in rows)


def test_evaluate_reads_only(ctx):
    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    with ctx.read() as s:
        actions = kts.evaluate(s, vid, d("2026-03-03"))
    assert [(a.kind, a.on) for a in actions] == [("passive", dt.date(2026, 3, 3))]
    assert "02.03.2026 tarihine kadar giderilmedi" in actions[0].reason
    with ctx.read() as s:
        assert kts.evaluate(s, vid, d("2026-03-03")) == actions   # nothing was written


def test_warnings_are_only_for_active_vendors_and_a_vendor_with_an_open_warning_cannot_come_back(ctx):
    vid = onboard(ctx)
    wid = kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03"))
    with pytest.raises(DomainError, match="yalnızca aktif listedeki"):
        kts.give_warning(on(ctx, "2026-03-04"), vid, d("2026-03-04"), d("2026-04-04"), "Başka eksik.")
    with pytest.raises(DomainError, match="Giderilmemiş uyarısı"):
        kts.reactivate(on(ctx, "2026-03-10"), vid, d("2026-03-10"))
    kts.fix_warning(on(ctx, "2026-03-09"), wid, d("2026-03-09"))
    kts.reactivate(on(ctx, "2026-03-10"), vid, d("2026-03-10"))


def test_two_desks_applying_the_rules_at_once_write_each_action_once(ctx):
    import threading

    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    results, failures = [], []
    start = threading.Barrier(2)

    def desk():
        try:
            start.wait()
            results.append(kts.apply_evaluation(on(ctx, "2026-03-03"), d("2026-03-03")))
        except Exception as exc:  # noqa: BLE001
            failures.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert sorted(len(r) for r in results) == [0, 1]
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(VendorStatusEvent)
                        .where(VendorStatusEvent.status == "passive")) == 1
