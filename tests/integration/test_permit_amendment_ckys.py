"""An amendment of a permit's USH areas goes the way of the first issue (shared/domain §2 step 4: SHGM "records
them in ÇKYS"): SHGM's decision on the new areas, the ÇKYS file, the ÇKYS mark, then the Onay Yetkilisi signs the
permit's new revision, which carries the new ÇKYS reference."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.workflows.common.errors import PermissionDenied, ValidationFailed
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.ism import officer
from tests.support.shgm import forwarded, on_day
from tests.support.shgm import shgm as shgm_desk

REQUESTED = [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)]
NARROWER = [("MUAYENE", None)]


@pytest.fixture
def approver(ctx):
    return shgm_desk(ctx, Role.SHGM_APPROVER)


@pytest.fixture
def reviewer(ctx):
    return shgm_desk(ctx, Role.SHGM_REVIEWER)


@pytest.fixture
def issued(ctx, approver) -> permits.IssuedPermit:
    decision_id = shgm.assign_areas(approver, forwarded(ctx), REQUESTED)
    shgm.mark_ckys_recorded(approver, decision_id, "CKYS-2026-0000777")
    return permits.issue_permit(approver, decision_id)


def test_new_areas_cannot_be_signed_without_an_amendment_recorded_in_ckys(approver, issued):
    with pytest.raises(ValidationFailed) as refused:
        permits.amend_areas(approver, issued.permit_id, NARROWER, "Kardiyoloji çıkarıldı.")
    assert "ÇKYS" in refused.value.errors["ckys"]
    decision_id = permits.start_amendment(approver, issued.permit_id, NARROWER, "Kardiyoloji çıkarıldı.")
    with pytest.raises(ValidationFailed) as unmarked:
        permits.amend_areas(approver, issued.permit_id, NARROWER, "Kardiyoloji çıkarıldı.", decision_id=decision_id)
    assert "işaretlenmeden" in unmarked.value.errors["ckys"]
    assert permits.permit(approver, issued.permit_id).current.revision_no == 1


def test_the_reviewer_decides_the_amendment_exports_and_marks_it_and_the_approver_signs(ctx, approver, reviewer,
                                                                                         issued, tmp_path):
    decision_id = permits.start_amendment(reviewer, issued.permit_id, NARROWER, "Tesisin talebiyle daraltıldı.")
    pending = {d.id: d for d in shgm.decisions(reviewer)}[decision_id]
    assert pending.amends_permit_number == issued.number and pending.permit_id is None
    assert pending.stage == "Alanlar belirlendi; ÇKYS dosyası bekliyor"
    json_path, _csv = shgm.ckys_export(reviewer, decision_id, tmp_path)
    record = json.loads(json_path.read_text(encoding="utf-8"))
    assert record["decision"]["amends_permit"] == {"number": issued.number, "reason": "Tesisin talebiyle daraltıldı."}
    assert [a["area_code"] for a in record["areas"]] == ["MUAYENE"]
    shgm.mark_ckys_recorded(reviewer, decision_id, "CKYS-2026-DEG-12")
    assert shgm.decision(reviewer, decision_id).stage == "ÇKYS'ye kaydedildi; değişikliğin imzası bekliyor"
    with pytest.raises(PermissionDenied):       # the reviewer decides; the Onay Yetkilisi signs (decision 16)
        permits.amend_areas(reviewer, issued.permit_id, NARROWER, "x", decision_id=decision_id)
    with pytest.raises(ValidationFailed) as other_areas:
        permits.amend_areas(approver, issued.permit_id, [("IZLEM", None)], "x", decision_id=decision_id)
    assert "ÇKYS'ye kaydedilen" in other_areas.value.errors["areas"]
    with pytest.raises(ValidationFailed):       # an amendment is not a new permit
        permits.issue_permit(approver, decision_id)
    later = on_day(approver, dt.date(2026, 3, 20))
    signed = permits.amend_areas(later, issued.permit_id, NARROWER, "Tesisin talebiyle daraltıldı.",
                                 decision_id=decision_id)
    assert signed.revision_no == 2 and signed.number == issued.number
    assert decision_id not in {d.id for d in shgm.decisions(reviewer)}       # done: off the pending list
    done = shgm.decision(reviewer, decision_id)
    assert done.stage == "Değişiklik imzalandı" and done.permit_id == issued.permit_id
    with pytest.raises(ValidationFailed) as twice:
        permits.amend_areas(later, issued.permit_id, REQUESTED, "geri", decision_id=decision_id)
    assert "zaten imzalandı" in twice.value.errors["decision"]      # a decision is signed once
    assert permits.permit(later, issued.permit_id).current.revision_no == 2


def test_one_pending_amendment_per_permit_and_only_a_real_change(approver, issued):
    with pytest.raises(ValidationFailed) as same:
        permits.start_amendment(approver, issued.permit_id, REQUESTED, "aynı")
    assert "değişiklik yok" in same.value.errors["areas"]
    first = permits.start_amendment(approver, issued.permit_id, NARROWER, "daralt")
    with pytest.raises(ValidationFailed) as second:
        permits.start_amendment(approver, issued.permit_id, [("IZLEM", None)], "başka")
    assert f"karar {first}" in second.value.errors["areas"]


def test_only_shgm_starts_an_amendment(ctx, issued):
    ism = ctx.as_user(officer(ctx, "izmir.uzman", Role.ISM_OFFICER, 35, "Ayşe Yılmaz"))
    with pytest.raises(PermissionDenied):
        permits.start_amendment(ism, issued.permit_id, NARROWER, "yetkisiz")
