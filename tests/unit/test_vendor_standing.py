"""A producer's standing on a day (common.vendor_rules.standing, issue 15): the recorded list events plus what SBYS
art. 7-8 make due by that day, with the reason of the change that began the status. Pure: no database."""

from __future__ import annotations

import datetime as dt

from app.workflows.common.vendor_rules import VendorFacts, WarningFact, standing
from app.workflows.common.vocabulary import VendorStatus

d = dt.date.fromisoformat
ANNOUNCED = ("active", d("2025-12-01"))


def facts(*events, warnings=(), notes=(), code_issued="2025-09-02", code_closes=None) -> VendorFacts:
    return VendorFacts(7, (("applied", d("2025-09-01")), *events), tuple(warnings),
                       d(code_issued) if code_issued else None, d(code_closes) if code_closes else None,
                       tuple(notes))


WARNING = WarningFact(1, d("2026-03-02"), d("2026-03-16"), None, "Log kayıtları eksik")


def test_active_until_the_warnings_last_day_then_passive_from_the_next_day_though_not_recorded():
    f = facts(ANNOUNCED, warnings=[WARNING])
    assert standing(f, d("2026-03-16")).status == VendorStatus.ACTIVE
    st = standing(f, d("2026-03-17"))
    assert (st.status, st.since, st.due, st.legal_basis) == (VendorStatus.PASSIVE, d("2026-03-17"), True,
                                                             "SBYS Yönetmeliği md. 7")
    assert "16.03.2026 tarihine kadar giderilmedi" in st.reason


def test_recording_the_passive_change_gives_the_same_status_and_reason_no_longer_due():
    due = standing(facts(ANNOUNCED, warnings=[WARNING]), d("2026-04-01"))
    recorded = standing(facts(ANNOUNCED, ("passive", d("2026-03-17")), warnings=[WARNING],
                              notes=[("", ""), ("", ""), (due.reason, due.legal_basis)]), d("2026-04-01"))
    assert (recorded.status, recorded.since, recorded.reason, recorded.legal_basis) == \
        (due.status, due.since, due.reason, due.legal_basis)
    assert due.due and not recorded.due


def test_three_months_passive_deletes_and_the_access_code_closes_three_months_later():
    f = facts(ANNOUNCED, warnings=[WARNING])
    assert standing(f, d("2026-06-17")).status == VendorStatus.PASSIVE        # the last day to come back
    st = standing(f, d("2026-06-18"))
    assert (st.status, st.since, st.access_code_closes_on) == (VendorStatus.DELETED, d("2026-06-18"),
                                                               d("2026-09-18"))
    assert st.access_code_open(d("2026-09-17")) and not st.access_code_open(d("2026-09-18"))


def test_a_recorded_closing_day_wins_and_no_code_is_never_open():
    st = standing(facts(ANNOUNCED, ("deleted", d("2026-05-04")), code_closes="2026-11-04"), d("2026-10-01"))
    assert st.access_code_closes_on == d("2026-11-04") and st.access_code_open(d("2026-10-01"))
    none = standing(facts(ANNOUNCED, ("deleted", d("2026-05-04")), code_issued=None), d("2026-05-05"))
    assert not none.access_code_open(d("2026-05-05"))


def test_a_producer_with_no_events_is_still_applying():
    st = standing(VendorFacts(3, (), (), None, None), d("2026-01-01"))
    assert (st.status, st.since, st.due) == (VendorStatus.APPLIED, None, False)


def test_passive_then_deleted_is_one_time_off_the_active_list():
    st = standing(facts(ANNOUNCED, warnings=[WARNING]), d("2026-07-01"))
    assert (st.status, st.since, st.off_list_since) == (VendorStatus.DELETED, d("2026-06-18"), d("2026-03-17"))
    assert standing(facts(ANNOUNCED), d("2026-07-01")).off_list_since is None     # active: not off the list
