"""What each desk may do, as the regulation and the flow charts say it: the rule functions the services enforce
and the desks ask to enable their buttons (no database: the rules are pure)."""

from __future__ import annotations

import pytest

from app.workflows.common.context import Actor
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role, VendorStatus
from app.workflows.ism.actions import IsmAction, application_actions, may_act, may_receive
from app.workflows.kts.registry import STAGES, VendorAction, vendor_actions
from app.workflows.shgm.decisions import DecisionAction, areas_differ, decision_actions, review_actions
from app.workflows.shgm.permits import PermitAction, permit_actions

I, P, K, D = IsmAction, PermitAction, VendorAction, DecisionAction


def actor(role: Role, province_id: int | None = None) -> Actor:
    return Actor(user_id=1, username="u", full_name="U", role=role, province_id=province_id)


# --- İSM: the application ---------------------------------------------------------------------------------------

def test_the_ism_answers_the_ek1_items_only_before_it_has_notified():
    assert I.ANSWER in application_actions(AppState.RECEIVED)          # the first answer starts the examination
    assert I.ANSWER in application_actions(AppState.UNDER_REVIEW)
    for state in set(AppState) - {AppState.RECEIVED, AppState.UNDER_REVIEW}:
        assert I.ANSWER not in application_actions(state), state


def test_a_notification_needs_every_ek1_item_answered_and_an_examination_under_way():
    assert I.NOTIFY in application_actions(AppState.UNDER_REVIEW, review_complete=True)
    assert I.NOTIFY not in application_actions(AppState.UNDER_REVIEW, review_complete=False)
    for state in set(AppState) - {AppState.UNDER_REVIEW}:
        assert I.NOTIFY not in application_actions(state), state


def test_completion_only_of_a_deficient_file_and_forwarding_only_of_a_suitable_one():
    assert application_actions(AppState.DEFICIENT) == {I.RECORD_COMPLETION, I.WITHDRAW}
    assert application_actions(AppState.SUITABLE_NOTIFIED) == {I.FORWARD}


@pytest.mark.parametrize("state", [AppState.RECEIVED, AppState.UNDER_REVIEW, AppState.DEFICIENT])
def test_the_applicant_may_withdraw_until_the_ism_has_decided(state):
    assert I.WITHDRAW in application_actions(state)


@pytest.mark.parametrize("state", [AppState.FORWARDED, AppState.REJECTED, AppState.SHGM_APPROVED,
                                   AppState.CKYS_RECORDED, AppState.PERMIT_ISSUED, AppState.SHGM_REJECTED,
                                   AppState.WITHDRAWN])
def test_nothing_is_left_to_the_ism_once_the_file_is_closed_or_with_shgm(state):
    assert application_actions(state) == frozenset()


def test_only_the_provinces_ism_staff_act_on_its_applications():
    izmir = actor(Role.ISM_OFFICER, 35)
    assert may_act(izmir, 35) and may_act(actor(Role.ISM_MANAGER, 35), 35)
    assert not may_act(izmir, 6)
    for role in (Role.SHGM_REVIEWER, Role.SHGM_APPROVER, Role.KTS_OFFICER, Role.ADMIN, Role.AUDITOR):
        assert not may_act(actor(role), 35), role
    assert application_actions(AppState.UNDER_REVIEW, actor=izmir, province_id=6) == frozenset()
    assert I.ANSWER in application_actions(AppState.UNDER_REVIEW, actor=izmir, province_id=35)


def test_only_ism_staff_register_new_applications():
    assert may_receive(actor(Role.ISM_OFFICER, 35)) and may_receive(actor(Role.ISM_MANAGER, 35))
    for role in (Role.SHGM_REVIEWER, Role.SHGM_APPROVER, Role.KTS_OFFICER, Role.ADMIN, Role.AUDITOR):
        assert not may_receive(actor(role)), role


# --- SHGM: decisions and permits --------------------------------------------------------------------------------

def test_shgm_decides_areas_or_rejects_only_an_application_forwarded_to_it():
    assert review_actions(AppState.FORWARDED) == {D.ASSIGN_AREAS, D.REJECT}
    for state in set(AppState) - {AppState.FORWARDED}:
        assert review_actions(state) == frozenset(), state


def test_an_approved_decision_goes_to_the_permit_through_the_ckys_record():
    assert decision_actions("approved", ckys_recorded=False, has_permit=False) == {D.EXPORT_CKYS, D.MARK_CKYS}
    assert decision_actions("approved", ckys_recorded=True, has_permit=False) == {D.EXPORT_CKYS, D.ISSUE_PERMIT}
    assert decision_actions("approved", ckys_recorded=True, has_permit=True) == {D.EXPORT_CKYS}   # one permit


def test_a_rejected_decision_has_no_ckys_record_and_no_permit():
    assert decision_actions("rejected", ckys_recorded=False, has_permit=False) == frozenset()


def test_granting_fewer_areas_than_requested_needs_a_reason():
    requested = [("MUAYENE", None), ("KONSULTASYON", "KARDIYOLOJI")]
    assert not areas_differ(requested, list(reversed(requested)))
    assert areas_differ(requested, [("MUAYENE", None)])


def test_a_permit_in_force_may_be_amended_suspended_or_revoked_but_not_resumed():
    assert permit_actions("active") == {P.AMEND, P.SUSPEND, P.REVOKE}
    assert permit_actions("not_yet") == {P.AMEND, P.SUSPEND, P.REVOKE}


def test_a_suspended_permit_may_be_resumed_not_suspended_again():
    assert permit_actions("suspended") == {P.AMEND, P.RESUME, P.REVOKE}


@pytest.mark.parametrize("state", ["active", "suspended", "not_yet", "revoked"])
def test_revocation_is_final(state):
    assert permit_actions(state, revoked=True) == frozenset()     # even a revocation dated later
    assert permit_actions("revoked") == frozenset()


# --- KTS: USBS vendors ------------------------------------------------------------------------------------------

def test_an_applicant_goes_through_the_stages_in_order_and_is_announced_at_its_stage():
    assert vendor_actions(VendorStatus.APPLIED, "document_check") == {K.RECORD_STEP, K.DELETE}
    assert vendor_actions(VendorStatus.APPLIED, "kts_announcement") == {K.ANNOUNCE, K.DELETE}
    assert vendor_actions(VendorStatus.APPLIED, None) == {K.DELETE}
    # the stages with a function of their own are not recorded as plain steps
    assert K.RECORD_STEP not in vendor_actions(VendorStatus.APPLIED, "authorisation_certificate")
    plain = [s for s in STAGES if s not in ("application", "kts_announcement", "authorisation_certificate")]
    assert all(K.RECORD_STEP in vendor_actions(VendorStatus.APPLIED, s) for s in plain)


def test_only_an_active_vendor_is_warned_and_gets_a_kts_yetki_belgesi():     # SBYS art. 7 and 9
    assert vendor_actions(VendorStatus.ACTIVE) == {K.WARN, K.ISSUE_CERTIFICATE, K.DELETE}
    for status in (VendorStatus.APPLIED, VendorStatus.PASSIVE, VendorStatus.DELETED):
        assert not {K.WARN, K.ISSUE_CERTIFICATE} & vendor_actions(status, "document_check"), status


def test_only_a_passive_vendor_goes_back_to_the_active_list():               # SBYS art. 7
    assert vendor_actions(VendorStatus.PASSIVE) == {K.REACTIVATE, K.DELETE}
    assert K.REACTIVATE not in vendor_actions(VendorStatus.ACTIVE)


def test_fraud_deletes_at_once_and_a_deleted_vendor_has_nothing_more_done_to_it():   # SBYS art. 8
    for status in (VendorStatus.APPLIED, VendorStatus.ACTIVE, VendorStatus.PASSIVE):
        assert K.DELETE in vendor_actions(status), status
    assert vendor_actions(VendorStatus.DELETED, "document_check") == frozenset()
