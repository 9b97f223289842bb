"""What a reader sees in a real browser (issue 16): a real `ush-izin serve` process and a headless Chromium, on a
phone and on a desktop. A permit's page says its status in large words with its public facts and never a TC
kimlik number or a person's name; an unknown code says so; the permit's own PDF uploaded through the form checks
out. Each page's screenshot is kept in the test's folder (and in USH_SHOTS_DIR when set)."""

from __future__ import annotations

import re

import pytest
from selenium.webdriver.common.by import By

from tests.support.browser import (  # noqa: F401
    DESKTOP,
    PHONE,
    chromium,
    screenshot,
    submit,
    viewport,
    visible_text,
)
from tests.support.served import UNKNOWN_CODE, served_permits  # noqa: F401

SCREENS = [pytest.param(PHONE, True, id="telefon"), pytest.param(DESKTOP, False, id="masaustu")]
TC_LIKE = re.compile(r"\b[1-9]\d{10}\b")


@pytest.fixture
def page(chromium, served_permits, request, tmp_path):  # noqa: F811
    """open(path, name) → the visible text of the page at `path`, on the screen of this parametrisation."""
    base, _ = served_permits
    size, mobile = request.node.callspec.params["size"], request.node.callspec.params["mobile"]
    viewport(chromium, size, mobile)
    screen = "telefon" if mobile else "masaustu"
    engine = request.node.callspec.params.get("db_kind", "")

    def open_(path: str, name: str) -> str:
        chromium.get(base + path)
        shown = visible_text(chromium)
        screenshot(chromium, tmp_path, f"{name}-{screen}-{engine}")
        return shown

    return open_


def _private(shown: str, prepared) -> None:  # type: ignore[no-untyped-def]
    for item in prepared.personal:
        assert item not in shown, item
    assert not TC_LIKE.search(shown), TC_LIKE.search(shown)


def _d(day) -> str:  # type: ignore[no-untyped-def]
    return f"{day:%d.%m.%Y}"


@pytest.mark.parametrize(("size", "mobile"), SCREENS)
def test_a_valid_permit_reads_geçerli_with_its_facility_and_areas(page, served_permits, size, mobile):  # noqa: F811
    _, prepared = served_permits
    shown = page(f"/dogrula/{prepared.codes['valid'].lower().replace('-', '')}", "gecerli")   # as typed by hand
    assert "Geçerli" in shown.splitlines()
    for fact in (prepared.facilities["valid"], prepared.numbers["valid"], "35-0101", "İzmir / Karşıyaka",
                 "Muayene", "Kardiyoloji", "Sağlık Hizmetleri Genel Müdürlüğü", prepared.codes["valid"]):
        assert fact in shown, fact
    assert "DEMO" not in shown
    _private(shown, prepared)


@pytest.mark.parametrize(("size", "mobile"), SCREENS)
def test_a_suspended_permit_reads_askıda_with_since_and_until(page, served_permits, size, mobile):  # noqa: F811
    _, prepared = served_permits
    shown = page(f"/dogrula/{prepared.codes['suspended']}", "askida")
    start, end = prepared.suspended
    assert "Askıda" in shown.splitlines()
    assert f"Başlangıç: {_d(start)} · Bitiş: {_d(end)}" in shown
    assert prepared.facilities["suspended"] in shown and "Bugün yürürlükte USH alanı yok." in shown
    assert "belgesi eksik" not in shown                  # the decision's reason is not public, its basis is
    _private(shown, prepared)


@pytest.mark.parametrize(("size", "mobile"), SCREENS)
def test_a_revoked_permit_reads_iptal_edilmiş_with_its_date(page, served_permits, size, mobile):  # noqa: F811
    _, prepared = served_permits
    shown = page(f"/dogrula/{prepared.codes['revoked']}", "iptal")
    assert "İptal edilmiş" in shown.splitlines()
    assert f"İptal tarihi: {_d(prepared.revoked_on)}" in shown and prepared.facilities["revoked"] in shown
    assert "talebi" not in shown
    _private(shown, prepared)


@pytest.mark.parametrize(("size", "mobile"), SCREENS)
def test_a_replaced_revision_leads_to_the_one_in_force(page, served_permits, chromium, size, mobile):  # noqa: F811
    _, prepared = served_permits
    shown = page(f"/dogrula/{prepared.codes['superseded']}", "yenilenmis")
    assert "Yenilenmiş" in shown.splitlines() and f"Yenilenme tarihi: {_d(prepared.amended_on)}" in shown
    assert "bugünkü alanlar yürürlükteki belgededir" in shown and "USH alanı yok" not in shown
    submit(chromium, chromium.find_element(By.PARTIAL_LINK_TEXT, "2. revizyonu"))
    now = visible_text(chromium)
    assert chromium.current_url.endswith(f"/dogrula/{prepared.current_code}")
    assert "Geçerli" in now.splitlines() and "Revizyon 2" in now and "Kardiyoloji" not in now
    _private(shown + now, prepared)


@pytest.mark.parametrize(("size", "mobile"), SCREENS)
def test_an_unknown_code_says_it_was_not_found(page, served_permits, size, mobile):  # noqa: F811
    shown = page(f"/dogrula/{UNKNOWN_CODE}", "bilinmiyor")
    assert "Kod bulunamadı" in shown and UNKNOWN_CODE in shown and "belge geçerli değildir" in shown
    assert "Traceback" not in shown


@pytest.mark.parametrize(("size", "mobile"), SCREENS)
def test_the_form_takes_a_typed_code_and_the_permit_pdf(page, served_permits, chromium, tmp_path,  # noqa: F811
                                                        size, mobile):
    _, prepared = served_permits
    shown = page("/dogrula", "form")
    assert "Doğrulama kodu" in shown and "Belgeyi doğrula" in shown
    chromium.find_element(By.ID, "kod").send_keys(prepared.codes["revoked"])
    submit(chromium, chromium.find_element(By.CSS_SELECTOR, "form[method=get] button"))
    assert "İptal edilmiş" in visible_text(chromium).splitlines()

    pdf = tmp_path / "izin-belgesi.pdf"
    pdf.write_bytes(prepared.valid_pdf)
    chromium.get(chromium.current_url.split("/dogrula")[0] + "/dogrula")
    chromium.find_element(By.ID, "belge").send_keys(str(pdf))
    submit(chromium, chromium.find_element(By.CSS_SELECTOR, "form[method=post] button"))
    result = visible_text(chromium)
    screenshot(chromium, tmp_path, f"belge-{'telefon' if mobile else 'masaustu'}")
    assert "Belge sağlam: imza geçerli, içerik kayıtlı belgeyle aynı." in result
    assert "Geçerli" in result.splitlines() and prepared.facilities["valid"] in result
    _private(result, prepared)
