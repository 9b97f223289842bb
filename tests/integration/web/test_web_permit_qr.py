"""The permit's QR (issue 16): new permits carry `<verification base URL>/dogrula/<code>` (a system setting only
the administrator changes) and print it under the QR; permits made before keep verifying by file and by code."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

import pytest
from pypdf import PdfReader

from app.workflows.common.errors import PermissionDenied, ValidationFailed
from app.workflows.common.system_settings import read_verification_base_url, set_verification_base_url
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import verification
from tests.support import web
from tests.support.shgm import on_day
from tests.support.shgm import shgm as shgm_desk

BASE = "https://usbs.saglik.gov.tr/izin"


def _page_text(pdf: bytes) -> str:
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def test_only_the_administrator_sets_a_well_formed_base_url(ctx):
    assert set_verification_base_url(ctx, f" {BASE}/dogrula/ ") == BASE        # ctx acts as the system (admin)
    assert read_verification_base_url(ctx) == BASE
    with pytest.raises(ValidationFailed, match="https://alan.adi"):
        set_verification_base_url(ctx, "usbs.saglik.gov.tr?x=1")
    with pytest.raises(PermissionDenied):
        set_verification_base_url(shgm_desk(ctx, Role.SHGM_APPROVER), "https://baska.example")
    assert read_verification_base_url(ctx) == BASE


def test_a_new_permit_prints_the_address_its_qr_opens_and_the_page_answers_there(ctx, tmp_path, monkeypatch):
    import app.documents.permit as document

    encoded: list[str] = []
    real = document.QrCodeWidget
    monkeypatch.setattr(document, "QrCodeWidget", lambda value, **kw: encoded.append(value) or real(value, **kw))
    before = web.issued_permit(ctx, tmp_path / "cert")              # no base URL yet: the old payload
    assert encoded == [f"USH-IZIN:{before.code}"]
    assert "/dogrula/" not in _page_text(before.pdf)
    set_verification_base_url(ctx, BASE)
    new_code, _day = web.amend(before)
    from app.workflows.shgm import permits

    pdf = permits.permit_document(before.approver, before.permit_id).content
    url = f"{BASE}/dogrula/{new_code}"
    assert encoded[-1] == url
    assert url in _page_text(pdf).replace("\n", "")
    later = on_day(before.approver, web.CHECK_DAY)
    assert verification.verify_file(later, pdf).status == "valid"
    old = verification.verify_file(later, before.pdf)                 # the old permit's document still verifies
    assert old.status == "superseded" and old.code == before.code
    with web.client(ctx.target) as c:
        r = c.get(urlsplit(url).path.removeprefix("/izin"))          # the reverse proxy strips its prefix
    assert r.status_code == 200 and "Geçerli" in r.text and "Revizyon 2" in r.text
