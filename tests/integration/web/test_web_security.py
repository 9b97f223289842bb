"""Security of the verification service (issue 16): headers on every answer, no stack trace or SQL ever in a
response, a read-only connection to the data."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.web.database import service_engines
from app.workflows.common import verification
from tests.support import web


@pytest.fixture
def issued(ctx, tmp_path) -> web.Issued:
    return web.issued_permit(ctx, tmp_path / "cert")


def test_every_answer_carries_the_security_headers_and_api_answers_are_not_stored(ctx, issued):
    with web.client(ctx.target) as c:
        answers = [c.get(f"/dogrula/{issued.code}"), c.get("/dogrula"), c.get("/dogrula/YOK"),
                   c.get(f"/api/v1/izin/{issued.code}"), c.get("/api/v1/izin/YOK"), c.get("/yok-boyle-sayfa")]
    for r in answers:
        csp = r.headers["content-security-policy"]
        assert "script-src" not in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
        assert "server" not in r.headers or "uvicorn" not in r.headers["server"]
    assert [r.headers["cache-control"] for r in answers[3:5]] == ["no-store", "no-store"]


def test_an_unexpected_error_is_a_turkish_answer_without_a_trace(ctx, issued, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("SELECT secret FROM permits WHERE tckn = '10000000146'")

    monkeypatch.setattr(verification, "public_permit", broken)
    with web.client(ctx.target) as c:
        page = c.get(f"/dogrula/{issued.code}")
        api = c.get(f"/api/v1/izin/{issued.code}")
    assert page.status_code == 500 and "Beklenmeyen bir hata oluştu" in page.text
    assert api.status_code == 500 and api.headers["content-type"] == "application/problem+json"
    for r in (page, api):
        assert "SELECT" not in r.text and "10000000146" not in r.text and "Traceback" not in r.text
        assert "RuntimeError" not in r.text


def test_a_database_that_cannot_be_read_is_503_not_its_error(ctx, issued, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def down(*_a, **_k):
        raise OperationalError("SELECT * FROM permit_revisions", {}, Exception("connection refused to 10.0.0.5"))

    monkeypatch.setattr(verification, "public_permit", down)
    with web.client(ctx.target) as c:
        r = c.get(f"/api/v1/izin/{issued.code}?lang=en")
    assert r.status_code == 503 and "unavailable" in r.json()["detail"]
    assert "10.0.0.5" not in r.text and "permit_revisions" not in r.text


def test_unknown_addresses_and_methods_get_turkish_answers(ctx):
    with web.client(ctx.target) as c:
        page = c.get("/yok-boyle-sayfa")
        method = c.delete("/dogrula")
        api = c.get("/api/v1/yok")
    assert page.status_code == 404 and "Aradığınız sayfa bulunamadı." in page.text
    assert method.status_code == 405 and "yöntemle kullanılamaz" in method.text
    assert api.status_code == 404 and api.headers["content-type"] == "application/problem+json"


@pytest.mark.engines("sqlite")
def test_on_sqlite_the_service_reads_through_a_read_only_connection(ctx, issued):
    read, log = service_engines(ctx.target)
    try:
        with read.connect() as c:
            assert c.execute(text("SELECT count(*) FROM permits")).scalar() == 1
            for sql in ("UPDATE permits SET revoked_on = '2026-01-01'", "DELETE FROM service_log",
                        "INSERT INTO service_log (at, kind, code, answer, detail, client) "
                        "VALUES ('2026-01-01', 'page', '', 'x', '', '')"):
                with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
                    c.execute(text(sql))
    finally:
        read.dispose()
        log.dispose()
