"""The JSON API (issue 16): the same facts as the page, a PDF's check, and errors as Turkish problem+json (4xx,
never 500)."""

from __future__ import annotations

import pytest

from tests.support import web


@pytest.fixture
def issued(ctx, tmp_path) -> web.Issued:
    return web.issued_permit(ctx, tmp_path / "cert")


def test_a_valid_permits_facts_as_json(ctx, issued):
    with web.client(ctx.target) as c:
        r = c.get(f"/api/v1/izin/{issued.code.lower().replace('-', '')}")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    body = r.json()
    assert body["durum"] == "gecerli" and body["izin_no"] == issued.number and body["revizyon"] == 1
    assert body["dogrulama_kodu"] == issued.code and body["ckys_kodu"] == "35-0001" and body["il"] == "İzmir"
    assert {(a["kod"], a["dal"]) for a in body["alanlar"]} == {("MUAYENE", ""), ("KONSULTASYON", "Kardiyoloji")}
    assert body["duzenlenme_tarihi"] == "2026-03-12" and body["demo"] is False
    assert "10000000146" not in r.text and "tckn" not in r.text


def test_suspended_revoked_and_superseded_answer_their_durum(ctx, issued):
    start, end = web.suspend(issued)
    with web.client(ctx.target, day=start) as c:
        suspended = c.get(f"/api/v1/izin/{issued.code}").json()
    assert (suspended["durum"], suspended["baslangic"], suspended["bitis"]) == \
        ("askida", start.isoformat(), end.isoformat())
    assert suspended["alanlar"] == [] and "Ayşe Yılmaz" not in str(suspended)
    day = web.revoke(issued)
    with web.client(ctx.target) as c:
        revoked = c.get(f"/api/v1/izin/USH-IZIN:{issued.code}").json()
    assert (revoked["durum"], revoked["baslangic"]) == ("iptal", day.isoformat()) and "Ali Veli" not in str(revoked)


def test_a_superseded_revision_names_the_code_in_force(ctx, issued):
    new_code, _day = web.amend(issued)
    with web.client(ctx.target) as c:
        old = c.get(f"/api/v1/izin/{issued.code}").json()
    assert old["durum"] == "yenilenmis" and old["yururlukteki_kod"] == new_code


def test_an_unknown_code_is_a_404_problem(ctx):
    with web.client(ctx.target) as c:
        r = c.get("/api/v1/izin/AAAA-BBBB-CCCC-DDDD")
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    assert r.json()["status"] == 404 and "bu sistemde düzenlenmiş" in r.json()["detail"]


def test_a_pdf_upload_answers_the_file_check_as_json(ctx, issued):
    tampered = issued.pdf.replace(b"/Producer", b"/Pxoducer", 1)
    with web.client(ctx.target) as c:
        good = c.post("/api/v1/dogrula", files={"belge": ("izin.pdf", issued.pdf, "application/pdf")})
        bad = c.post("/api/v1/dogrula", files={"belge": ("izin.pdf", tampered, "application/pdf")})
    assert good.status_code == 200 and good.json()["gecerli"] is True and good.json()["sonuc"] == "valid"
    assert good.json()["izin"]["izin_no"] == issued.number
    assert bad.status_code == 200 and bad.json()["gecerli"] is False
    assert bad.json()["sonuc"] in ("signature_broken", "content_changed")


def _chunks(data: bytes, size: int = 65536):
    for i in range(0, len(data), size):
        yield data[i:i + size]


def test_no_pdf_an_oversize_body_or_no_file_is_a_4xx_problem_never_500(ctx):
    limit = 100_000
    big = b"%PDF-1.7\n" + b"0" * 400_000
    multipart_big = (b"--b\r\nContent-Disposition: form-data; name=\"belge\"; filename=\"b.pdf\"\r\n"
                     b"Content-Type: application/pdf\r\n\r\n" + big + b"\r\n--b--\r\n")
    with web.client(ctx.target, max_upload=limit) as c:
        answers = {
            "not a pdf": c.post("/api/v1/dogrula", files={"belge": ("x.pdf", b"GIF89a...", "image/gif")}),
            "declared too big": c.post("/api/v1/dogrula", files={"belge": ("b.pdf", big, "application/pdf")}),
            "streamed too big": c.post("/api/v1/dogrula", content=_chunks(multipart_big),
                                       headers={"content-type": "multipart/form-data; boundary=b"}),
            "just under the envelope": c.post("/api/v1/dogrula", files={"belge": (
                "b.pdf", b"%PDF-1.7\n" + b"0" * (limit + 10), "application/pdf")}),
            "no file": c.post("/api/v1/dogrula", data={"x": "1"}),
            "not multipart": c.post("/api/v1/dogrula", content=b"{}", headers={"content-type": "application/json"}),
            "broken multipart": c.post("/api/v1/dogrula", content=b"--b\r\nContent-Disposition: form-data",
                                       headers={"content-type": "multipart/form-data"}),     # no boundary
        }
    statuses = {k: r.status_code for k, r in answers.items()}
    assert statuses == {"not a pdf": 415, "declared too big": 413, "streamed too big": 413,
                        "just under the envelope": 413, "no file": 400, "not multipart": 400,
                        "broken multipart": 400}
    for r in answers.values():
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["detail"] and "Traceback" not in r.text
    assert "PDF değil" in answers["not a pdf"].json()["detail"]
    assert "10 MB" in answers["streamed too big"].json()["detail"]
    assert "Dosya seçilmedi" in answers["not multipart"].json()["detail"]
    assert answers["broken multipart"].json()["detail"] == "İstek okunamadı; lütfen formu yeniden gönderin."


def test_the_openapi_page_documents_the_api(ctx):
    with web.client(ctx.target) as c:
        docs = c.get("/docs")
        spec = c.get("/openapi.json").json()
    assert docs.status_code == 200 and "swagger-ui" in docs.text
    assert {"/api/v1/izin/{code}", "/api/v1/dogrula"} <= set(spec["paths"])
    assert "/dogrula/{code}" not in spec["paths"]       # pages are not API
    csp = docs.headers["content-security-policy"]
    assert "'unsafe-inline'" not in csp and "'sha256-" in csp and "frame-ancestors 'none'" in csp
