"""SBYS Yönetmeliği md. 20 on the database: each year the desk proposes technical evaluations of an SBYS at three
facilities where it has served six months, in different provinces, by evaluators from elsewhere, and refuses a plan
that breaks the article; the evaluations are scored against the published criteria, and the Genel Yetkinlik Puanı
(weighted, raised for an open-source database and operating system) is published and exported."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Application, TechnicalEvaluation, Vendor
from app.workflows.common.errors import DomainError, PermissionDenied, ValidationFailed
from app.workflows.common.vocabulary import Role
from app.workflows.kts import competence
from app.workflows.kts.evaluation_plan import Evaluator, PlanImpossible, Planned
from app.workflows.kts.scores import Weights
from tests.support.kts import application, d, facility, on, onboard, user

DAY = d("2026-09-15")
FULL = {"1": 20, "2": 20, "3": 15, "4": 15, "5": 15, "6": 15}        # the example criteria: 100 points


@pytest.fixture
def world(ctx):
    vid = onboard(ctx)
    sites = {
        "izmir": facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi"),
        "izmir2": facility(ctx, "35-0002", 35, "Özel Çiğli Şifa Polikliniği"),
        "istanbul": facility(ctx, "34-0001", 34, "Özel Kadıköy Umut Tıp Merkezi"),
        "bursa": facility(ctx, "16-0001", 16, "Özel Nilüfer Yaşam Tıp Merkezi"),
        "ankara": facility(ctx, "06-0001", 6, "Özel Çankaya Ilgaz Tıp Merkezi"),
    }
    for name, fid in sites.items():
        app_id = application(ctx, fid, _province(name), vid, "permit_issued")
        if name == "ankara":                      # began in April: not six months by 15.09.2026
            with ctx.write() as s:
                s.get(Application, app_id).received_on = d("2026-04-01")
    user(ctx, "ism35.memur", Role.ISM_OFFICER, 35, name="Ayşe Öztürk")
    with ctx.read() as s:
        product_id = s.get(Vendor, vid).products[0].id
    return vid, product_id, sites


def _province(name: str) -> int:
    return {"izmir": 35, "izmir2": 35, "istanbul": 34, "bursa": 16, "ankara": 6}[name]


def test_the_desk_proposes_three_provinces_and_outside_evaluators_and_saves_the_plan(ctx, world):
    vid, product_id, sites = world
    kts = on(ctx, "2026-09-01")
    plan = competence.propose(kts, product_id, DAY)
    assert sorted(r.province_id for r in plan) == [16, 34, 35]
    assert all(r.province_id != r.evaluator_province_id for r in plan)
    ids = competence.save_plan(kts, product_id, 2026, DAY,
                               [Planned(r.facility_id, Evaluator(r.evaluator_name, r.evaluator_province_id))
                                for r in plan])
    assert len(ids) == 3
    with pytest.raises(DomainError, match="2026 yılının planı zaten kayıtlı"):
        competence.save_plan(kts, product_id, 2026, DAY, [])


def test_a_plan_breaking_the_article_is_refused_and_nothing_is_written(ctx, world):
    vid, product_id, sites = world
    izmir_eval = Evaluator("Ayşe Öztürk", 35)
    central = Evaluator("Gökçe Işıklar", 6)
    bad = [Planned(sites["izmir"], izmir_eval), Planned(sites["izmir2"], central), Planned(sites["ankara"], izmir_eval)]
    with pytest.raises(PlanImpossible) as refused:
        competence.save_plan(on(ctx, "2026-09-01"), product_id, 2026, DAY, bad)
    text = "\n".join(refused.value.reasons)
    assert "Ayşe Öztürk tesisin bulunduğu ilde görev yapıyor (md. 20/4-ç)" in text
    assert "Özel Çankaya Ilgaz Tıp Merkezi: ürün burada 01.04.2026" in text
    assert "en az 3 farklı ilde" in text
    with ctx.read() as s:
        assert s.scalars(select(TechnicalEvaluation)).all() == []


def test_scores_from_the_published_criteria_and_scale_weighted_and_raised(ctx, world):
    vid, product_id, sites = world
    kts = on(ctx, "2026-09-01")
    central, izmir_eval = Evaluator("Gökçe Işıklar", 6), Evaluator("Ayşe Öztürk", 35)
    ids = competence.save_plan(kts, product_id, 2026, DAY, [
        Planned(sites["izmir"], central), Planned(sites["istanbul"], izmir_eval), Planned(sites["bursa"], central)])
    done = on(ctx, "2026-10-01")
    assert competence.record_evaluation(done, ids[0], DAY, FULL) == 100
    assert competence.record_evaluation(done, ids[1], DAY, {**FULL, "1": 10, "3": 5}) == 80      # 80 / 100
    with pytest.raises(ValidationFailed) as refused:
        competence.record_evaluation(done, ids[2], DAY, {**FULL, "6": 16})
    assert "6. ölçüt" in refused.value.errors["item_scores"] and "0 ile 15" in refused.value.errors["item_scores"]
    competence.record_evaluation(done, ids[2], DAY, {**FULL, "2": 6})                          # 86
    competence.declare(done, competence.Declaration(product_id, 2026, staff_count=12, database_name="PostgreSQL",
                                                    database_open=True, os_name="Windows Server"))
    row = next(r for r in competence.scores(done, 2026) if r.product.startswith("UzakHekim Tele Muayene"))
    # technical (100 + 80 + 86) / 3 = 88.67; personnel 12 staff -> 60; 0.7 x 88.67 + 0.3 x 60 = 80.07; +5 % -> 84.07
    assert (row.evaluations, row.technical, row.personnel, row.raise_percent) == (3, Decimal("88.67"), 60, 5)
    assert row.general == Decimal("84.07") and row.status == "Aktif liste"
    ctx_admin = on(ctx, "2026-10-01", user(ctx, "yonetici2", Role.ADMIN))
    competence.set_weights(ctx_admin, Weights(50, 50, 5))
    row = next(r for r in competence.scores(done, 2026) if r.product.startswith("UzakHekim Tele Muayene"))
    assert row.general == Decimal("78.05")             # (88.67 + 60) / 2 = 74.335 -> x 1.05 = 78.05
    with pytest.raises(PermissionDenied):
        competence.set_weights(done, Weights(60, 40, 5))


def test_the_published_list_exports_as_csv_and_json(ctx, world, tmp_path):
    vid, product_id, sites = world
    c = on(ctx, "2026-10-01")
    competence.declare(c, competence.Declaration(product_id, 2026, staff_count=3))
    out = competence.export_scores(c, 2026, tmp_path / "puanlar.csv")
    text = (tmp_path / "puanlar.csv").read_text(encoding="utf-8-sig")
    assert out.rows == 2 and text.startswith("Üretici;VKN;SBYS;KTS listesi")
    assert "Çağrı Sağlık Yazılımları A.Ş." in text
    competence.export_scores(c, 2026, tmp_path / "puanlar.json")
    data = json.loads((tmp_path / "puanlar.json").read_text(encoding="utf-8"))
    assert data["year"] == 2026 and {r["personnel"] for r in data["rows"]} == {"20", None}


def test_an_ism_officer_neither_plans_nor_records_evaluations(ctx, world):
    vid, product_id, sites = world
    ism = user(ctx, "ism35.memur", Role.ISM_OFFICER, 35)
    with pytest.raises(PermissionDenied):
        competence.propose(on(ctx, "2026-09-01", ism), product_id, DAY)
    with pytest.raises(PermissionDenied):
        competence.save_plan(on(ctx, "2026-09-01", ism), product_id, 2026, DAY, [])
