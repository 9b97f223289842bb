"""Every request that verifies or queries is logged (issue 16): time, kind, code, facility, permit, answer; the
client's network only; a TC kimlik number only as a keyed hash. A request that cannot be logged is not answered."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

import pytest
from sqlalchemy import select, text

from app.models import ServiceLogKey
from app.workflows.common.service_log import Request, client_prefix, log_request, permit_requests
from app.workflows.shgm import permits
from tests.support import web


@pytest.fixture
def issued(ctx, tmp_path) -> web.Issued:
    return web.issued_permit(ctx, tmp_path / "cert")


def test_page_api_and_file_verifications_are_each_logged_with_the_answer(ctx, issued):
    web.revoke(issued)
    with web.client(ctx.target) as c:
        c.get(f"/dogrula/{issued.code.lower()}")
        c.get(f"/api/v1/izin/{issued.code}")
        c.get("/api/v1/izin/AAAA-BBBB-CCCC-DDDD")
        c.post("/api/v1/dogrula", files={"belge": ("izin.pdf", issued.pdf, "application/pdf")})
        c.get("/dogrula")                                  # the form verifies nothing: not logged
    rows = web.log_rows(ctx)
    assert [(r.kind, r.answer, r.code) for r in rows] == [
        ("page", "iptal", issued.code), ("api", "iptal", issued.code), ("api", "bilinmiyor", "AAAA-BBBB-CCCC-DDDD"),
        ("file", "iptal", issued.code)]
    assert {r.permit_id for r in rows} == {issued.permit_id, None}
    assert all(r.client == "198.51.100.0/24" for r in rows)
    assert rows[3].file_sha256 == hashlib.sha256(issued.pdf).hexdigest() and rows[3].detail == "api: revoked"
    assert all(r.at.date() == web.CHECK_DAY for r in rows)


def test_public_verifications_appear_on_the_permits_history(ctx, issued):
    with web.client(ctx.target) as c:
        c.get(f"/dogrula/{issued.code}")
        c.get(f"/dogrula/{issued.code}?lang=en")
    with ctx.read() as s:
        history = permit_requests(s, issued.permit_id)
    assert [(h.kind_label, h.answer_label) for h in history] == [("Web sayfası", "Geçerli")] * 2
    shown = permits.permit(issued.approver, issued.permit_id).public_checks     # what the SHGM desk shows
    assert shown.count == 2 and [c.answer for c in shown.latest] == ["gecerli", "gecerli"]


def test_a_tc_kimlik_number_is_kept_only_as_a_keyed_hash(ctx):
    at = dt.datetime(2026, 4, 1, 12, tzinfo=dt.timezone.utc)
    log_request(ctx.engine, Request("vendor-query", "uygun", vendor_id=7, tckn="10000000146",
                                    client="2001:db8:abcd:12::7"), at)
    row = web.log_rows(ctx)[-1]
    with ctx.read() as s:
        key = bytes(s.scalar(select(ServiceLogKey.key)))
    assert len(key) == 32
    assert row.tckn_hash == hmac.new(key, b"10000000146", hashlib.sha256).hexdigest()
    assert row.tckn_hash != hashlib.sha256(b"10000000146").hexdigest()      # not a plain, guessable digest
    assert "10000000146" not in repr(vars(row)) and row.client == "2001:db8:abcd::/48"


def test_client_addresses_are_truncated_to_their_network():
    assert client_prefix("203.0.113.77") == "203.0.113.0/24"
    assert client_prefix("::ffff:203.0.113.77") == "203.0.113.0/24"
    assert client_prefix("2001:db8:1:2:3::9") == "2001:db8:1::/48"
    assert client_prefix("testclient") == "" and client_prefix(None) == ""


def test_a_request_that_cannot_be_logged_is_not_answered(ctx, issued):
    with ctx.engine.begin() as c:                # the log cannot be written (a full disk, a lost primary …)
        c.execute(text("ALTER TABLE service_log RENAME TO service_log_gone"))
    with web.client(ctx.target) as c:
        r = c.get(f"/api/v1/izin/{issued.code}")
    assert r.status_code == 503 and "gecerli" not in r.text and issued.number not in r.text
    assert "service_log" not in r.text and "kullanılamıyor" in r.json()["detail"]


def test_what_is_not_shaped_like_a_code_is_not_kept(ctx, issued):
    with web.client(ctx.target) as c:
        c.get("/dogrula/10000000146")                     # a TC kimlik number typed into the code box
    row = web.log_rows(ctx)[-1]
    assert (row.answer, row.code, row.detail) == ("bilinmiyor", "", "biçim dışı")

