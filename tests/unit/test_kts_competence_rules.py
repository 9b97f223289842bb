"""SBYS Yönetmeliği md. 20 without a database: the yearly technical evaluation plan of an SBYS (at least three
facilities where it has served for six months, in different provinces where it serves in more than one, never by an
evaluator working in the facility's province) and the Genel Yetkinlik Puanı arithmetic."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.workflows.kts.evaluation_plan import (
    Evaluator,
    PlanImpossible,
    Planned,
    Site,
    eligible_sites,
    plan_problems,
    propose_plan,
    required_counts,
)
from app.workflows.kts.scores import (
    Band,
    Criterion,
    ScoreError,
    Weights,
    evaluation_score,
    general_score,
    personnel_score,
    technical_score,
)

d = dt.date.fromisoformat
ON = d("2026-09-15")
ISTANBUL, ANKARA, IZMIR, BURSA = 34, 6, 35, 16
MERKEZ = Evaluator("Genel Müdürlük ekibi", ANKARA)
IZMIR_EVAL = Evaluator("İzmir İSM ekibi", IZMIR)


def site(fid: int, province: int, since: str) -> Site:
    return Site(fid, province, d(since), f"Tesis {fid}")


THREE_PROVINCES = [site(1, ISTANBUL, "2025-01-10"), site(2, ISTANBUL, "2025-02-01"), site(3, IZMIR, "2025-06-01"),
                   site(4, BURSA, "2026-01-20"), site(5, ANKARA, "2026-04-01")]


# --- six months of service ----------------------------------------------------------------------------------------

def test_a_facility_counts_once_it_has_served_six_calendar_months_on_the_evaluation_day():
    sites = [site(1, ISTANBUL, "2026-03-15"), site(2, ISTANBUL, "2026-03-16")]
    assert [s.facility_id for s in eligible_sites(sites, ON)] == [1]     # 15.03 + 6 months = 15.09: in time


def test_three_facilities_in_three_provinces_when_the_product_serves_that_widely():
    eligible = eligible_sites(THREE_PROVINCES, ON)
    assert [s.facility_id for s in eligible] == [1, 2, 3, 4]              # Ankara's began on 01.04.2026: too recent
    assert required_counts(eligible) == (3, 3)


def test_fewer_facilities_all_of_them_one_province_no_spread_asked():
    two = [site(1, ISTANBUL, "2025-01-10"), site(2, ISTANBUL, "2025-02-01")]
    assert required_counts(eligible_sites(two, ON)) == (2, 1)
    four_in_two = [*two, site(3, IZMIR, "2025-03-01"), site(4, IZMIR, "2025-03-02")]
    assert required_counts(eligible_sites(four_in_two, ON)) == (3, 2)


# --- the proposal -------------------------------------------------------------------------------------------------

def test_the_desk_proposes_the_longest_serving_facility_of_each_province_with_an_outside_evaluator():
    plan = propose_plan(THREE_PROVINCES, [IZMIR_EVAL, MERKEZ], ON)
    assert [(p.facility_id, p.evaluator.name) for p in plan] == [
        (1, "İzmir İSM ekibi"), (3, "Genel Müdürlük ekibi"), (4, "İzmir İSM ekibi")]
    assert plan_problems(plan, THREE_PROVINCES, ON) == []


def test_a_central_evaluator_works_in_ankara_and_so_never_evaluates_there():
    ankara = [site(7, ANKARA, "2025-01-01")]
    with pytest.raises(PlanImpossible) as refused:
        propose_plan(ankara, [MERKEZ], ON)
    assert "tesisin ilinde görev yapmayan değerlendirici yok" in refused.value.reasons[0]
    assert propose_plan(ankara, [MERKEZ, IZMIR_EVAL], ON) == [Planned(7, IZMIR_EVAL)]


def test_nothing_to_plan_when_no_facility_has_served_six_months():
    with pytest.raises(PlanImpossible) as refused:
        propose_plan([site(1, ISTANBUL, "2026-05-01")], [MERKEZ], ON)
    assert "en az 6 aydır hizmet verdiği tesis yok" in refused.value.reasons[0]


# --- refusing a plan that breaks the article ----------------------------------------------------------------------

def test_a_plan_with_two_facilities_of_one_province_is_refused_when_three_provinces_are_served():
    plan = [Planned(1, IZMIR_EVAL), Planned(2, IZMIR_EVAL), Planned(3, MERKEZ)]
    problems = plan_problems(plan, THREE_PROVINCES, ON)
    assert problems == ["Planın tesisleri 2 ilde; ürün birden fazla ilde hizmet verdiği için değerlendirmeler en az "
                        "3 farklı ilde yapılmalı (SBYS Yönetmeliği md. 20)."]


def test_an_evaluator_of_the_facilitys_province_a_recent_facility_and_too_few_facilities_are_refused():
    plan = [Planned(3, IZMIR_EVAL), Planned(5, IZMIR_EVAL)]
    problems = plan_problems(plan, THREE_PROVINCES, ON)
    assert any("İzmir İSM ekibi tesisin bulunduğu ilde görev yapıyor (md. 20/4-ç)" in p for p in problems)
    assert any("Tesis 5: ürün burada 01.04.2026" in p for p in problems)
    assert any("Planda 2 tesis var; en az 3 tesiste" in p for p in problems)


# --- scores -------------------------------------------------------------------------------------------------------

CRITERIA = [Criterion(1, "Veri gönderimi", 40), Criterion(2, "Hekim veri bankası", 40), Criterion(3, "Destek", 20)]
SCALE = [Band(1, 20), Band(5, 40), Band(10, 60), Band(25, 80), Band(50, 100)]


def test_an_evaluation_scores_points_given_out_of_points_possible():
    assert evaluation_score(CRITERIA, {"1": 30, "2": 40, "3": 15}) == Decimal("85.00")
    assert evaluation_score(CRITERIA, {"1": 33, "2": 21, "3": 13}) == Decimal("67.00")


def test_an_evaluation_missing_a_criterion_or_over_its_maximum_is_refused():
    with pytest.raises(ScoreError) as refused:
        evaluation_score(CRITERIA, {"1": 41, "2": 40})
    assert "1. ölçüt (Veri gönderimi): 41 puan verilemez" in str(refused.value)
    assert "3. ölçüt (Destek) puanlanmamış" in str(refused.value)


def test_the_technical_score_is_the_mean_of_the_years_evaluations_rounded_half_up():
    assert technical_score([Decimal("85"), Decimal("70"), Decimal("60.5")]) == Decimal("71.83")
    assert technical_score([Decimal("80.125"), Decimal("80")]) == Decimal("80.06")
    assert technical_score([]) is None


def test_the_personnel_score_is_the_highest_band_reached():
    assert [personnel_score(SCALE, n) for n in (0, 1, 9, 10, 49, 50, 400)] == [0, 20, 40, 60, 80, 100, 100]


def test_the_general_score_is_the_weighted_average_of_the_two():
    assert general_score(Weights(70, 30), Decimal(80), Decimal(60)) == Decimal("74.00")
    assert general_score(Weights(50, 50), Decimal("71.83"), Decimal(40)) == Decimal("55.92")


def test_open_source_database_and_operating_system_each_raise_the_score_by_five_per_cent_adding_up():
    w = Weights(70, 30)
    assert general_score(w, Decimal(80), Decimal(60), database_open=True) == Decimal("77.70")     # 74 x 1.05
    assert general_score(w, Decimal(80), Decimal(60), os_open=True) == Decimal("77.70")
    assert general_score(w, Decimal(80), Decimal(60), True, True) == Decimal("81.40")              # 74 x 1.10


def test_the_raised_score_never_passes_one_hundred():
    assert general_score(Weights(70, 30), Decimal(96), Decimal(100), True, True) == Decimal(100)
