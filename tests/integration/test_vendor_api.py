"""`POST /api/v1/hizmet-sorgu`: a USBS vendor asks with its access code whether a professional may serve; the
answer is `can_serve`'s; a missing or wrong code is 401, a closed code or a vendor off the active list 403, too
many requests 429, a bad body 422 (Turkish problem+json), and every query is logged without the TC number."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.models import ServiceLog
from app.web import vendor_api
from app.web.app import create_app
from app.web.service import WebSettings
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vendor_access import set_query_rate
from app.workflows.kts import access_codes
from app.workflows.kts import registry as kts
from tests.support.kts import TCKN, d, facility, on, onboard, permit, professional, work_permit

TODAY = "2026-06-15"
URL = "/api/v1/hizmet-sorgu"
ASK = {"tckn": TCKN, "ckys_kodu": "35-0001", "alan": "MUAYENE", "tarih": TODAY}


def service(ctx: AppContext, today: str = TODAY) -> TestClient:
    """The verification service in process (httpx through Starlette's TestClient), on the day `today`."""
    vendor_api.limiter = vendor_api.Limiter()   # fresh buckets per test
    return TestClient(create_app(ctx.engine, WebSettings(clock=FixedClock.on(d(today)))), base_url="http://usbs")


@pytest.fixture
def world(ctx):
    """An active vendor with an access code; a facility using it with a permit for MUAYENE; a professional with
    a work permit there."""
    vid = onboard(ctx)
    code = access_codes.issue(on(ctx, "2026-01-05"), vid).code
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=vid)
    work_permit(ctx, professional(ctx), fid)
    return {"vendor_id": vid, "code": code, "facility_id": fid}


def bearer(code: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {code}"}


def test_the_answer_is_uygun_when_every_check_passes(ctx, world):
    with service(ctx) as http:
        r = http.post(URL, json=ASK, headers=bearer(world["code"]))
    assert r.status_code == 200
    assert r.json() == {"uygun": True, "gerekceler": [], "tarih": TODAY}
    assert r.headers["cache-control"] == "no-store"


def test_the_answer_gives_every_failing_reason_as_can_serve_does(ctx, world):
    with service(ctx) as http:
        r = http.post(URL, json={**ASK, "alan": "TELEPSIKIYATRI", "tarih": "2031-02-01"}, headers=bearer(world["code"]))
    body = r.json()
    assert r.status_code == 200 and body["uygun"] is False
    assert any("Bilinmeyen USH alanı" in g or "alanını kapsayan" in g for g in body["gerekceler"])
    assert any("süresi" in g and "dolmuş" in g for g in body["gerekceler"])      # licence until 31.12.2030


def test_the_date_defaults_to_today_in_turkiye(ctx, world):
    ask = {k: v for k, v in ASK.items() if k != "tarih"}
    with service(ctx) as http:
        r = http.post(URL, json=ask, headers=bearer(world["code"]))
    assert r.status_code == 200 and r.json()["tarih"] == TODAY


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Basic dXNlcjpwYXNz"}, {"Authorization": "Bearer "}])
def test_no_access_code_is_401_with_a_bearer_challenge(ctx, world, headers):
    with service(ctx) as http:
        r = http.post(URL, json=ASK, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert r.headers["content-type"].startswith("application/problem+json")
    assert "Authorization: Bearer" in r.json()["detail"]


def test_a_wrong_code_is_401_and_tells_nothing_about_the_vendor(ctx, world):
    code = world["code"]
    wrong = code[:-2] + ("xy" if not code.endswith("xy") else "zz")
    with service(ctx) as http:
        for bad in (wrong, "usbs_aaaaaaaaaa_" + "b" * 43, "rastgele-bir-metin"):
            r = http.post(URL, json=ASK, headers=bearer(bad))
            assert r.status_code == 401 and 'error="invalid_token"' in r.headers["www-authenticate"]
            assert "Çağrı" not in r.text


def test_a_revoked_or_rotated_code_is_403_with_the_reason(ctx, world):
    vid = world["vendor_id"]
    new = access_codes.rotate(on(ctx, "2026-03-01"), vid).code
    with service(ctx) as http:
        old = http.post(URL, json=ASK, headers=bearer(world["code"]))
        ok = http.post(URL, json=ASK, headers=bearer(new))
    assert old.status_code == 403 and "01.03.2026" in old.json()["detail"]
    assert "KTS birimince kapatıldı" in old.json()["detail"]
    assert ok.status_code == 200


def test_a_vendor_off_the_active_list_on_that_date_is_403_citing_art_8(ctx, world):
    vid = world["vendor_id"]
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik e-Nabız alanları.")
    # passive from 03.03.2026 by the rules, even before anyone applies them
    with service(ctx, "2026-03-10") as http:
        r = http.post(URL, json={**ASK, "tarih": "2026-03-10"}, headers=bearer(world["code"]))
        before = http.post(URL, json={**ASK, "tarih": "2026-03-01"}, headers=bearer(world["code"]))
    assert r.status_code == 403
    detail = r.json()["detail"]
    assert "10.03.2026 tarihinde KTS aktif listesinde değil" in detail and "md. 8/4" in detail
    assert "Pasif" in detail
    assert before.status_code == 200     # on a day it was active, the vendor may ask


def test_the_deleted_vendors_code_is_refused_once_the_rules_close_it(ctx, world):
    vid = world["vendor_id"]
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik e-Nabız alanları.")
    kts.apply_evaluation(on(ctx, "2026-06-10"), d("2026-06-10"))     # deleted 04.06.2026, code closes 04.09.2026
    with service(ctx, "2026-09-04") as http:
        r = http.post(URL, json={**ASK, "tarih": "2026-03-01"}, headers=bearer(world["code"]))
    assert r.status_code == 403 and r.json()["title"] == "Erişim kodu kapalı"
    assert "04.09.2026" in r.json()["detail"]


@pytest.mark.parametrize("body, field", [
    ({**ASK, "tckn": 10000000146}, "tckn"),
    ({k: v for k, v in ASK.items() if k != "alan"}, "alan"),
    ({**ASK, "tarih": "15.06.2026"}, "tarih"),
    ({**ASK, "tarih": "2026-02-30"}, "tarih"),
    ({**ASK, "fazla": 1}, "fazla"),
    ({**ASK, "ckys_kodu": "x" * 65}, "ckys_kodu"),
])
def test_a_bad_body_is_422_naming_each_field_in_turkish(ctx, world, body, field):
    with service(ctx) as http:
        r = http.post(URL, json=body, headers=bearer(world["code"]))
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    assert field in r.json()["hatalar"] and r.json()["title"] == "Geçersiz istek"


@pytest.mark.parametrize("content", [b"", b"{", b"[1, 2]", b"\xff\xfe", b"null"])
def test_a_body_that_is_not_a_json_object_is_422_never_500(ctx, world, content):
    with service(ctx) as http:
        r = http.post(URL, content=content, headers={**bearer(world["code"]), "Content-Type": "application/json"})
    assert r.status_code == 422 and "govde" in r.json()["hatalar"]


def test_an_oversized_body_is_413(ctx, world):
    with service(ctx) as http:
        r = http.post(URL, content=b"{" + b" " * 5000 + b"}", headers=bearer(world["code"]))
    assert r.status_code == 413


def test_more_than_the_set_rate_per_code_is_429_with_retry_after(ctx, world):
    with ctx.write() as s:
        set_query_rate(s, 3)
    http = service(ctx)
    vendor_api.limiter = vendor_api.Limiter(clock=lambda: 1000.0)   # the requests all within the same instant
    with http:
        codes = [http.post(URL, json=ASK, headers=bearer(world["code"])).status_code for _ in range(4)]
        last = http.post(URL, json=ASK, headers=bearer(world["code"]))
    assert codes == [200, 200, 200, 429]
    assert last.status_code == 429 and int(last.headers["retry-after"]) >= 1
    assert "saniyede en çok 3" in last.json()["detail"]


def test_every_query_is_logged_with_vendor_facility_area_and_answer_and_the_tc_only_as_a_keyed_hash(ctx, world):
    with service(ctx) as http:
        http.post(URL, json=ASK, headers=bearer(world["code"]))
        http.post(URL, json={**ASK, "alan": "YOKBOYLEALAN"}, headers=bearer(world["code"]))
        http.post(URL, json=ASK, headers=bearer("yanlis"))
    with ctx.read() as s:
        rows = s.scalars(select(ServiceLog).where(ServiceLog.kind == "vendor-query").order_by(ServiceLog.id)).all()
    assert [(r.vendor_id, r.facility_id, r.detail, r.answer) for r in rows] == [
        (world["vendor_id"], world["facility_id"], "MUAYENE", "uygun"),
        (world["vendor_id"], world["facility_id"], "YOKBOYLEALAN", "uygun-degil"),
        (None, None, "", "yetkisiz")]
    assert rows[0].tckn_hash and len(rows[0].tckn_hash) == 64 and TCKN not in rows[0].tckn_hash
    page = access_codes.vendor_queries(on(ctx, TODAY), world["vendor_id"])
    assert [r.answer for r in page.rows] == ["uygun-degil", "uygun"]
    assert page.rows[0].facility == "Özel Işıklı Göğüs Tıp Merkezi (35-0001)"


def test_the_openapi_page_documents_the_query(ctx, world):
    with service(ctx) as http:
        spec = http.get("/openapi.json").json()
    op = spec["paths"][URL]["post"]
    assert set(op["responses"]) >= {"200", "401", "403", "422", "429"}
    assert "tckn" in op["requestBody"]["content"]["application/json"]["schema"]["properties"]


def test_a_query_that_cannot_be_logged_is_not_answered(ctx, world, tmp_path):
    from sqlalchemy import create_engine

    broken = create_engine(f"sqlite:///{tmp_path / 'no-such-folder' / 'log.db'}")
    vendor_api.limiter = vendor_api.Limiter()
    app = create_app(ctx.engine, WebSettings(clock=FixedClock.on(d(TODAY)), log_engine=broken))
    with TestClient(app, base_url="http://usbs") as http:
        r = http.post(URL, json=ASK, headers=bearer(world["code"]))
    assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem+json")
    assert "uygun" not in r.json() and "sqlite" not in r.text.lower()
    assert r.headers["x-content-type-options"] == "nosniff"


def test_where_producers_keep_their_facilities_a_passive_vendor_asks_on_and_can_serve_decides(ctx, world):
    """Decision 73: with `producer_keeps_facilities` on, a producer that left the active list keeps the facilities
    it served before; the query is not refused at the door, `can_serve` answers for the facility."""
    from app.workflows.common import system_settings

    vid = world["vendor_id"]
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik e-Nabız alanları.")
    with ctx.write() as s:
        system_settings.set_producer_keeps_facilities(s, True)
    with service(ctx, "2026-03-10") as http:
        r = http.post(URL, json={**ASK, "tarih": "2026-03-10"}, headers=bearer(world["code"]))
    assert r.status_code == 200 and r.json()["uygun"] is True


def test_an_unknown_facility_is_a_reason_naming_the_code_asked_for(ctx, world):
    with service(ctx) as http:
        r = http.post(URL, json={**ASK, "ckys_kodu": "99-9999"}, headers=bearer(world["code"]))
    assert r.status_code == 200 and r.json()["uygun"] is False
    assert "Sağlık tesisi bulunamadı (99-9999)." in r.json()["gerekceler"]


MAX_STATEMENTS = 8    # docs/performance.md: the code with its vendor, the facility, the area, the facility's revisions
                      # and events, the areas in force, the professional with work permits, the log row (was 16; the
                      # vendor's events and warnings are kept a few seconds by the instance: FactsCache)


@pytest.mark.parametrize("day", [TODAY, "2026-07-01"])
def test_a_vendor_query_costs_at_most_a_few_database_statements(ctx, world, day):
    """The hot path stays cheap: one answered query (every check passes, the longest path) sends no more than
    MAX_STATEMENTS statements to the database, the service log row included."""
    from sqlalchemy import event

    sent: list[str] = []

    def count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        if not statement.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK")):
            sent.append(statement)

    with service(ctx) as http:
        http.post(URL, json=ASK, headers=bearer(world["code"]))       # connections made, settings read
        event.listen(ctx.engine, "before_cursor_execute", count)
        try:
            r = http.post(URL, json={**ASK, "tarih": day}, headers=bearer(world["code"]))
        finally:
            event.remove(ctx.engine, "before_cursor_execute", count)
    assert r.status_code == 200 and r.json()["uygun"] is True
    assert sum(s.lstrip().upper().startswith("INSERT") for s in sent) == 1          # the log row
    assert len(sent) <= MAX_STATEMENTS, "\n---\n".join(sent)


class Ticks:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_list_change_reaches_the_answers_within_seconds_and_a_revoked_code_is_refused_at_once(ctx, world):
    """Each instance keeps a producer's list events a few seconds (docs/decisions.md): a producer taken back onto
    the active list on the KTS desk is answered once they pass; the access code is read on every request, so
    rotating it away refuses the old code on the very next query, inside those seconds."""
    ticks = Ticks()
    vendor_api.limiter = vendor_api.Limiter()
    app = create_app(ctx.engine, WebSettings(clock=FixedClock.on(d("2026-03-10"))))
    app.state.vendor_facts = vendor_api.FactsCache(clock=ticks)
    vid = world["vendor_id"]
    ask = {**ASK, "tarih": "2026-03-10"}
    warning = kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik e-Nabız alanları.")
    with TestClient(app, base_url="http://usbs") as http:
        passive = http.post(URL, json=ask, headers=bearer(world["code"]))      # passive since 03.03.2026
        kts.fix_warning(on(ctx, "2026-03-10"), warning, d("2026-03-09"))
        kts.reactivate(on(ctx, "2026-03-10"), vid, d("2026-03-10"))
        same_seconds = http.post(URL, json=ask, headers=bearer(world["code"]))
        ticks.now += vendor_api.FACTS_SECONDS
        active = http.post(URL, json=ask, headers=bearer(world["code"]))
        new = access_codes.rotate(on(ctx, "2026-03-10"), vid).code
        old = http.post(URL, json=ask, headers=bearer(world["code"]))          # same second: the code is read
        renewed = http.post(URL, json=ask, headers=bearer(new))
    assert passive.status_code == same_seconds.status_code == 403
    assert active.status_code == 200 and active.json()["uygun"] is True
    assert old.status_code == 403 and "KTS birimince kapatıldı" in old.json()["detail"]
    assert renewed.status_code == 200
