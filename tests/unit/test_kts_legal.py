"""SBYS regulation readings as pure rules (issue 15): which deletion bans a new application (art. 8/2 only), the
documents of art. 6/3-c, the four audit tests, and the 10 working days of art. 6/5 counted over Turkish holidays.
The same rules on the database: tests/integration/test_kts_legal_fidelity.py."""

from __future__ import annotations

import datetime as dt

import pytest

from app.workflows.kts.legal import (
    AUDIT_TESTS,
    GAP_ISO,
    GAP_SPICE_CMMI,
    GAP_UTS,
    DeletionGround,
    audit_passed,
    audit_tests_due,
    document_gaps_for,
    info_change_deadline,
    info_change_late,
    notice_consequence,
    reapply_not_before,
)

d = dt.date.fromisoformat
G = DeletionGround


@pytest.mark.parametrize("ground, deleted, first_day", [
    (G.FALSE_INFO, "2026-04-01", "2027-04-01"),      # "bir yıl": the corresponding day, an application then is in
    (G.FALSE_INFO, "2028-02-29", "2029-02-28"),      # no 29 February: the month's last day, as the other periods
    (G.BREACH_16_17, "2026-04-01", None),            # art. 8/3 names no ban
    (G.PASSIVE_LIST, "2026-04-01", None),            # nor do the list rules' deletions
])
def test_only_art_8_2_bars_a_new_application_for_one_year(ground, deleted, first_day):
    assert reapply_not_before(ground, d(deleted)) == (d(first_day) if first_day else None)


ISO, SPICE, CMMI, UTS = "kts_iso27001", "kts_spice", "kts_cmmi", "kts_uts"


@pytest.mark.parametrize("kinds, uts, gaps", [
    ((ISO, SPICE), (False, False), []),
    ((ISO, CMMI), (False,), []),
    ((ISO, UTS), (False,), [GAP_SPICE_CMMI]),         # no software needs ÜTS: the ÜTS record replaces nothing
    ((ISO, UTS), (True, True), []),                   # all need ÜTS: the ÜTS record instead of SPICE/CMMI
    ((ISO, SPICE), (True,), [GAP_UTS]),
    ((ISO, UTS), (True, False), [GAP_SPICE_CMMI]),    # both kinds of software: both
    ((ISO, SPICE), (True, False), [GAP_UTS]),
    ((ISO, CMMI, UTS), (True, False), []),
    ((), (False,), [GAP_ISO, GAP_SPICE_CMMI]),
    ((), (True,), [GAP_ISO, GAP_UTS]),
])
def test_6_3_c_documents(kinds, uts, gaps):
    assert document_gaps_for(kinds, uts) == gaps


def test_the_audit_is_complete_only_when_the_latest_result_of_all_four_tests_passed():
    three = [(t, "successful") for t in AUDIT_TESTS[:3]]
    assert not audit_passed(three)
    assert audit_tests_due(three) == ["usbs_screens"]
    failed_then_passed = [*three, ("usbs_screens", "failed"), ("usbs_screens", "successful")]
    assert audit_passed(failed_then_passed)
    assert not audit_passed([*failed_then_passed, ("enabiz_data", "failed")])   # the latest result counts
    # a row recorded before the tests were separate stands for all four
    assert audit_passed([(None, "successful")])
    assert audit_tests_due([(None, "failed")]) == list(AUDIT_TESTS)


@pytest.mark.parametrize("changed, last_day", [
    ("2026-12-07", "2026-12-21"),    # Monday → two weeks later (weekends do not count)
    ("2026-10-23", "2026-11-09"),    # 29 October (Cumhuriyet Bayramı) skipped; the eve 28 October counts
    ("2026-03-13", "2026-03-30"),    # Ramazan Bayramı 20-22 March 2026
    ("2026-05-22", "2026-06-10"),    # Kurban Bayramı 27-30 May 2026 (the eve 26 May counts)
])
def test_6_5_ten_working_days_from_the_day_after_the_change(changed, last_day):
    assert info_change_deadline(d(changed)) == d(last_day)
    assert not info_change_late(d(changed), d(last_day))
    assert info_change_late(d(changed), d(last_day) + dt.timedelta(days=1))


def test_the_passive_notice_says_the_facilities_may_not_use_it_and_what_they_do():
    text = notice_consequence("passive", d("2026-03-03"))
    assert "tesisler bu üreticinin USBS'si üzerinden uzaktan sağlık hizmeti sunamaz" in text
    assert "aktif listedeki bir üreticinin USBS'sine geçmeli ve üretici değişikliğini İSM'ye bildirmelidir" in text
    assert "03.06.2026 tarihine kadar aktif listeye dönmeyen üretici KTS'den silinir" in text


def test_with_the_setting_a_passive_producer_keeps_its_facilities_and_the_notice_says_so():
    text = notice_consequence("passive", d("2026-03-03"), keeps_facilities=True)
    assert "sunamaz" not in text and "daha önce hizmet verdiği tesislerde hizmete devam edebilir" in text
    deleted = notice_consequence("deleted", d("2026-04-01"), G.BREACH_16_17, keeps_facilities=True)
    assert "yazılım erişim kodu açık kaldığı sürece" in deleted and "01.07.2026 tarihinde kapanır" in deleted


def test_the_deletion_notice_names_the_ban_only_for_art_8_2():
    assert "yeni başvurusu 01.04.2027 tarihine kadar kabul edilmez" in notice_consequence(
        "deleted", d("2026-04-01"), G.FALSE_INFO)
    for ground in (G.BREACH_16_17, G.PASSIVE_LIST):
        text = notice_consequence("deleted", d("2026-04-01"), ground)
        assert "kabul edilmez" not in text and "yeni başvuruya yasak getirmez" in text
        assert "sunamaz" in text and "01.07.2026 tarihinde kapanır" in text and "01.10.2026" in text
    assert "erişim kodu" not in notice_consequence("deleted", d("2026-04-01"), G.BREACH_16_17,
                                                   access_code_issued=False)


def test_the_demo_data_records_the_same_four_audit_tests():
    from app.demo.names import AUDIT_TESTS as DEMO_TESTS

    assert DEMO_TESTS == AUDIT_TESTS
