"""The public pages (issue 16): anyone with a printed permit sees its status today in large words and its public
facts, never a TC kimlik number or a person's name; Turkish first, English on request; no JavaScript."""

from __future__ import annotations

import re

import pytest

from app.storage.audit import record_event
from tests.support import web

PERSONAL = ("10000000146", "1234567890", "Ayşe Çınar", "İlkay", "Güneş", "Ayşe Yılmaz", "Ali Veli")


@pytest.fixture
def issued(ctx, tmp_path) -> web.Issued:
    return web.issued_permit(ctx, tmp_path / "cert")


def _word(html: str) -> str:
    m = re.search(r'<div class="word">(.*?)</div>', html)
    assert m, html
    return m.group(1)


def _no_personal_data(html: str) -> None:
    for item in PERSONAL:
        assert item not in html, item
    assert "<script" not in html.lower()


def test_a_valid_permit_shows_geçerli_and_its_public_facts(ctx, issued):
    with web.client(ctx.target) as c:
        r = c.get(f"/dogrula/{issued.code}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert _word(r.text) == "Geçerli"
    for fact in (issued.number, "Revizyon 1", "Özel Işıklı Göğüs Tıp Merkezi", "35-0001", "İzmir / Karşıyaka",
                 "Muayene", "Kardiyoloji", "12.03.2026", "Sağlık Hizmetleri Genel Müdürlüğü", issued.code):
        assert fact in r.text, fact
    assert "DEMO" not in r.text
    _no_personal_data(r.text)


def test_a_suspended_permit_shows_askıda_with_its_dates_but_not_the_reason(ctx, issued):
    start, end = web.suspend(issued)
    with web.client(ctx.target, day=start) as c:
        html = c.get(f"/dogrula/{issued.code}").text
    assert _word(html) == "Askıda"
    assert f"{start:%d.%m.%Y}" in html and f"{end:%d.%m.%Y}" in html
    assert "Uzaktan Sağlık Hizmetlerinin Sunumu Hakkında Yönetmelik" in html    # the legal basis, not the reason
    assert "Bugün yürürlükte USH alanı yok." in html
    _no_personal_data(html)


def test_a_revoked_permit_shows_iptal_edilmiş_with_its_date(ctx, issued):
    day = web.revoke(issued)
    with web.client(ctx.target) as c:
        html = c.get(f"/dogrula/{issued.code}").text
    assert _word(html) == "İptal edilmiş" and f"İptal tarihi: {day:%d.%m.%Y}" in html
    _no_personal_data(html)


def test_a_superseded_revision_links_to_the_revision_in_force(ctx, issued):
    new_code, day = web.amend(issued)
    with web.client(ctx.target) as c:
        old = c.get(f"/dogrula/{issued.code}").text
        new = c.get(f"/dogrula/{new_code}").text
    assert _word(old) == "Yenilenmiş" and f"{day:%d.%m.%Y}" in old
    assert f'href="/dogrula/{new_code}"' in old and "2. revizyonu" in old
    assert _word(new) == "Geçerli" and "Revizyon 2" in new and "Kardiyoloji" not in new


def test_an_unknown_code_is_a_clear_404_page(ctx, issued):
    with web.client(ctx.target) as c:
        r = c.get("/dogrula/AAAA-BBBB-CCCC-DDDD")
    assert r.status_code == 404 and "Kod bulunamadı" in r.text and "AAAA-BBBB-CCCC-DDDD" in r.text
    assert "Traceback" not in r.text


@pytest.mark.parametrize("form", ["lower", "no_dashes", "old_payload", "spaces"])
def test_the_code_is_accepted_with_or_without_dashes_in_either_case_and_as_the_old_qr_payload(ctx, issued, form):
    typed = {"lower": issued.code.lower(), "no_dashes": issued.code.replace("-", ""),
             "old_payload": f"USH-IZIN:{issued.code}", "spaces": issued.code.replace("-", " ")}[form]
    with web.client(ctx.target) as c:
        r = c.get(f"/dogrula/{typed}")
    assert r.status_code == 200 and _word(r.text) == "Geçerli" and issued.number in r.text


def test_a_demo_signed_permit_says_so_in_red(ctx, tmp_path):
    issued = web.issued_permit(ctx, None, demo=True)
    with web.client(ctx.target) as c:
        outside = c.get(f"/dogrula/{issued.code}").text
    assert _word(outside) == "Geçersiz" and 'class="demo"' in outside and "demo sertifikasıyla" in outside
    with ctx.write() as s:
        record_event(s, "demo_data", "1", {"applications": 0, "seed": 1})
    with web.client(ctx.target) as c:
        inside = c.get(f"/dogrula/{issued.code}").text
    assert _word(inside) == "Geçerli" and 'class="demo"' in inside and "DEMO BELGE" in inside


def test_english_on_request_and_the_switch_back(ctx, issued):
    with web.client(ctx.target) as c:
        en = c.get(f"/dogrula/{issued.code}?lang=en").text
        tr = c.get(f"/dogrula/{issued.code}").text
        form = c.get("/dogrula?lang=en").text
    assert '<html lang="en">' in en and _word(en) == "Valid" and "Permit number" in en
    assert f'href="/dogrula/{issued.code}"' in en and "Türkçe" in en     # back to Turkish: the same page
    assert '<html lang="tr">' in tr and f'href="/dogrula/{issued.code}?lang=en"' in tr
    assert "Verification code" in form and 'name="lang" value="en"' in form and "?lang=en" in form


def test_the_form_takes_a_code_or_a_pdf_without_javascript(ctx, issued):
    with web.client(ctx.target) as c:
        form = c.get("/dogrula")
        typed = c.get("/dogrula", params={"kod": f" {issued.code.lower()} "}, follow_redirects=False)
        empty = c.get("/dogrula", params={"kod": "  "})
        pasted = c.get("/dogrula", params={"kod": f"https://usbs.saglik.gov.tr/dogrula/{issued.code}"},
                       follow_redirects=False)
        home = c.get("/", follow_redirects=False)
    assert form.status_code == 200 and 'method="get" action="/dogrula"' in form.text
    assert 'enctype="multipart/form-data"' in form.text and 'type="file"' in form.text
    assert "<script" not in form.text.lower()
    assert typed.status_code == 303 and typed.headers["location"] == f"/dogrula/{issued.code.lower()}"
    assert empty.status_code == 400 and "Doğrulama kodunu yazın." in empty.text
    assert pasted.headers["location"] == f"/dogrula/{issued.code}"
    assert home.status_code == 307 and home.headers["location"] == "/dogrula"


def test_an_uploaded_permit_is_checked_like_ush_izin_verify(ctx, issued):
    tampered = issued.pdf.replace(b"/Producer", b"/Pxoducer", 1)
    with web.client(ctx.target) as c:
        good = c.post("/dogrula/belge", files={"belge": ("izin.pdf", issued.pdf, "application/pdf")})
        bad = c.post("/dogrula/belge", files={"belge": ("izin.pdf", tampered, "application/pdf")})
    assert good.status_code == 200 and "Belge sağlam" in good.text and _word(good.text) == "Geçerli"
    assert bad.status_code == 200 and "Belge doğrulanamadı" in bad.text and "Belge sağlam" not in bad.text
    _no_personal_data(good.text)


def test_the_english_page_gives_the_answer_in_english_the_turkish_one_in_turkish(ctx, issued):
    tampered = issued.pdf.replace(b"/Producer", b"/Pxoducer", 1)
    with web.client(ctx.target) as c:
        english = c.post("/dogrula/belge?lang=en", files={"belge": ("izin.pdf", tampered, "application/pdf")})
        turkish = c.post("/dogrula/belge", files={"belge": ("izin.pdf", tampered, "application/pdf")})
    assert "Signature broken: the document&#39;s content was changed after it was signed." in english.text \
        or "Signature broken: the document's content was changed after it was signed." in english.text
    assert "İmza bozuk: belge imzalandıktan sonra içeriği değiştirilmiş." in turkish.text
    assert "signature broken" not in turkish.text.lower()


def test_an_upload_that_is_no_pdf_too_big_or_missing_gets_a_turkish_page(ctx, issued):
    with web.client(ctx.target, max_upload=200_000) as c:
        text_file = c.post("/dogrula/belge", files={"belge": ("not.pdf", b"merhaba", "application/pdf")})
        big = c.post("/dogrula/belge", files={"belge": ("big.pdf", b"%PDF-1.7\n" + b"0" * 300_000, "application/pdf")})
        missing = c.post("/dogrula/belge", data={"x": "1"})
    assert text_file.status_code == 415 and "PDF değil" in text_file.text
    assert big.status_code == 413 and "Dosya çok büyük" in big.text
    assert missing.status_code == 400 and "Dosya seçilmedi" in missing.text
    for r in (text_file, big, missing):
        assert r.headers["content-type"].startswith("text/html") and "Traceback" not in r.text
