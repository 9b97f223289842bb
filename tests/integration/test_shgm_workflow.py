"""SHGM's part of the flow chart (shared/domain §2, steps 4-6): the queue of forwarded applications, the USH
area decision or the rejection, the ÇKYS record produced as a file and marked with its reference."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from sqlalchemy import select

from app.models import Application, AreaAssignment, ShgmDecision, StateTransition
from app.workflows.common.errors import PermissionDenied, ValidationFailed
from app.workflows.common.states import AppState, IllegalTransition
from app.workflows.common.vocabulary import Role
from app.workflows.common.application_view import application_detail
from app.workflows.shgm import decisions as shgm
from tests.support.ism import TODAY
from tests.support.shgm import SHGM_DAY, forwarded, ministry_facility
from tests.support.shgm import shgm as shgm_desk

REQUESTED = [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)]


@pytest.fixture
def app_id(ctx) -> int:
    return forwarded(ctx)


@pytest.fixture
def reviewer(ctx):
    return shgm_desk(ctx, Role.SHGM_REVIEWER)


def test_the_queue_lists_forwarded_applications_oldest_first_with_days_waiting(ctx, reviewer, app_id):
    with ctx.write() as s:   # a second application forwarded earlier: it must come first
        t = s.scalars(select(StateTransition).where(StateTransition.application_id == app_id,
                                                    StateTransition.event == "forward")).one()
        t.at = t.at - dt.timedelta(days=3)
    rows = shgm.queue(reviewer)
    assert [r.application_id for r in rows] == [app_id]
    row = rows[0]
    assert row.facility_name == "Özel Işıklı Göğüs Tıp Merkezi" and row.province_name == "İzmir"
    assert row.days_waiting == (SHGM_DAY - TODAY).days + 3 and row.area_count == 2


def test_the_review_view_shows_the_isms_work_read_only(reviewer, app_id):
    view = shgm.review_view(reviewer, app_id)
    assert view.detail.facility.name == "Özel Işıklı Göğüs Tıp Merkezi"
    assert len(view.detail.checklist) == 12 and all(r.answer_label == "Uygun" for r in view.detail.checklist)
    assert [n.kind.value for n in view.detail.notifications] == ["uygun"]
    assert {d.filename for d in view.detail.documents} >= {"dilekçe.pdf"}
    assert sorted(a.key for a in view.requested) == sorted(REQUESTED, key=lambda k: (k[0], k[1] or ""))
    assert view.decision is None and view.days_waiting == (SHGM_DAY - TODAY).days


def test_assigning_all_requested_areas_approves_the_application(ctx, reviewer, app_id):
    did = shgm.assign_areas(reviewer, app_id, REQUESTED)
    with ctx.read() as s:
        assert s.get(Application, app_id).state == AppState.SHGM_APPROVED
        d = s.get(ShgmDecision, did)
        assert (d.outcome, d.decided_by_id, d.area_difference_reason) == ("approved", reviewer.actor.user_id, "")
        got = {(c, b) for c, b in s.execute(select(AreaAssignment.area_code, AreaAssignment.branch_code)
                                            .where(AreaAssignment.decision_id == did))}
    assert got == set(REQUESTED)
    assert shgm.queue(reviewer) == []


def test_fewer_areas_than_requested_need_a_reason(ctx, reviewer, app_id):
    with pytest.raises(ValidationFailed) as err:
        shgm.assign_areas(reviewer, app_id, [("MUAYENE", None)])
    assert "gerekçe" in err.value.errors["difference_reason"]
    did = shgm.assign_areas(reviewer, app_id, [("MUAYENE", None)], "Kardiyoloji uzmanının çalışma izni yok.")
    with ctx.read() as s:
        assert s.get(ShgmDecision, did).area_difference_reason == "Kardiyoloji uzmanının çalışma izni yok."


def test_areas_that_were_not_requested_cannot_be_granted(reviewer, app_id):
    with pytest.raises(ValidationFailed) as err:
        shgm.assign_areas(reviewer, app_id, [("MUAYENE", None), ("IZLEM", None)], "ek alan")
    assert "istenmeyen" in err.value.errors["areas"]
    with pytest.raises(ValidationFailed):
        shgm.assign_areas(reviewer, app_id, [], "hiçbiri")


def test_a_rejection_carries_its_reasons_to_the_ism(ctx, reviewer, app_id):
    with pytest.raises(ValidationFailed):
        shgm.reject(reviewer, app_id, "  ")
    shgm.reject(reviewer, app_id, ["USBS ürünü KTS kaydıyla uyuşmuyor.", "Altyapı yetersiz."])
    desk = ctx.as_user(ctx.actor)  # the İSM reads the application: state and reasons are visible
    detail = application_detail(desk, app_id)
    assert detail.state == AppState.SHGM_REJECTED and detail.state.label == "SHGM reddetti"
    last = detail.transitions[-1]
    assert last.event == "shgm_reject" and "KTS kaydıyla uyuşmuyor" in last.reason
    with pytest.raises(IllegalTransition):
        shgm.assign_areas(reviewer, app_id, REQUESTED)


def test_an_ism_officer_cannot_decide_for_shgm(ctx, app_id):
    from app.workflows.common.context import AppContext
    from tests.support.ism import officer

    actor = officer(ctx, "ism35.mudur", Role.ISM_MANAGER, 35, "Hasan Er")
    desk = AppContext(ctx.engine, ctx.target, actor, ctx.clock)
    with pytest.raises(PermissionDenied):
        shgm.assign_areas(desk, app_id, REQUESTED)
    with pytest.raises(PermissionDenied):
        shgm.queue(desk)


def test_the_ckys_export_writes_json_and_csv_and_the_mark_records_the_reference(ctx, reviewer, app_id, tmp_path):
    did = shgm.assign_areas(reviewer, app_id, REQUESTED)
    json_path, csv_path = shgm.ckys_export(reviewer, did, tmp_path / "ckys")
    record = json.loads(json_path.read_text(encoding="utf-8"))
    assert record["schema"] == "ush-izin/ckys-ush-alan/1"
    assert record["facility"]["ckys_code"] == "35-0001"
    assert record["facility"]["name"] == "Özel Işıklı Göğüs Tıp Merkezi"
    assert record["facility"]["province_code"] == 35 and record["facility"]["province_name"] == "İzmir"
    assert record["application"]["number"] == "2026-35-000001"
    assert [(a["area_code"], a["branch_code"]) for a in record["areas"]] == [("KONSULTASYON", "KARDIYOLOJI"),
                                                                             ("MUAYENE", None)]
    assert record["areas"][0]["branch_name"] == "Kardiyoloji" and record["decision"]["ex_officio"] is False
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8-sig"), delimiter=";"))
    assert [(r["alan_kodu"], r["brans_kodu"]) for r in rows] == [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", "")]
    assert rows[0]["tesis_adi"] == "Özel Işıklı Göğüs Tıp Merkezi" and rows[0]["il_kodu"] == "35"
    assert rows[0]["resen"] == "hayır" and rows[0]["karar_no"] == str(did)
    with ctx.read() as s:
        assert s.get(ShgmDecision, did).ckys_exported_at is not None
    with pytest.raises(ValidationFailed):
        shgm.mark_ckys_recorded(reviewer, did, " ")
    shgm.mark_ckys_recorded(reviewer, did, "ÇKYS-2026-000123")
    with ctx.read() as s:
        d = s.get(ShgmDecision, did)
        assert d.ckys_reference == "ÇKYS-2026-000123" and d.ckys_recorded_at is not None
        assert s.get(Application, app_id).state == AppState.CKYS_RECORDED
    with pytest.raises(ValidationFailed):
        shgm.mark_ckys_recorded(reviewer, did, "ÇKYS-2026-000124")
    info = shgm.decision(reviewer, did)
    assert "ÇKYS'ye kaydedildi" in info.stage and [d.id for d in shgm.decisions(reviewer)] == [did]


def test_ex_officio_decisions_only_for_ministry_facilities(ctx, reviewer):
    private = ministry_facility(ctx, "35-7777", "Özel Çiğli Polikliniği", type_code="ozel")
    with pytest.raises(ValidationFailed) as err:
        shgm.start_ex_officio(reviewer, private, [("MUAYENE", None)], "Salgın tedbiri")
    assert "Bakanlığa bağlı" in err.value.errors["facility"]
    ministry = ministry_facility(ctx)
    with pytest.raises(ValidationFailed) as err:
        shgm.start_ex_officio(reviewer, ministry, [("MUAYENE", None)], "")
    assert "gerekçe" in err.value.errors["reason"]
    did = shgm.start_ex_officio(reviewer, ministry, [("MUAYENE", None)], "Salgın tedbirleri kapsamında")
    info = shgm.decision(reviewer, did)
    assert info.ex_officio and info.application_id is None and [a.code for a in info.areas] == ["MUAYENE"]
