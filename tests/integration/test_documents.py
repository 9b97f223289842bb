"""Printed documents (app.documents): letters and the Ek-1 review form, read back from the PDF bytes.

Pure tests: no database, no Qt. Text is read back with pdfplumber, fonts are inspected with pypdf.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from app.documents import LetterData, ReviewFormData, ReviewItem, render_letter, render_review_form
from app.documents.common import format_date_long, format_date_short, tr_upper, unit_for_province
from app.documents.fonts import FONT_DIR

ROOT = Path(__file__).resolve().parents[2]
LETTER_DAY = dt.date(2026, 11, 23)
RECEIVED = dt.date(2026, 11, 10)
FACILITY = "Özel Işıklı Göğüs Tıp Merkezi"
FACILITY_UPPER = "ÖZEL IŞIKLI GÖĞÜS TIP MERKEZİ"
SIGNER = "Dr. Şükrü Çağlayan"
SAYI = "E-12345678-010.99-4567"
APP_NO = "2026-35-000123"
TURKISH = "İĞÜŞÖÇ ığüşöç"

REASONS = [
    "Madde 6 — USBS ve üretici: Üretici KTS aktif listesinde değildir (pasif listede, 02.11.2026).",
    f"Madde 8 — Tıbbi cihazlar: Uzaktan izlemde kullanılacak nabız oksimetresi ÜTS'de kayıtlı değildir; {TURKISH}.",
    "Madde 3 — Talep edilen USH alanları: Talep edilen Çocuk Psikiyatrisi alanı, tesisin ruhsatında kayıtlı "
    "uzmanlık dalları arasında yer almamaktadır.",
]
MISSING = [
    ("Madde 5 — Çalışma belgesi / çalışma izni: Dr. Gülşen Işıkçı için çalışma belgesi sunulmamıştır.",
     "ÇKYS'de adına düzenlenmiş çalışma belgesinin örneği gönderilmelidir."),
    (f"Madde 9 — Hasta bilgilendirme ve onam metinleri: Onam metninde açık rıza bölümü yoktur; {TURKISH}.",
     "Onam metni, görüntü ve ses kaydı için açık rıza alınacak şekilde düzenlenerek gönderilmelidir."),
    ("Madde 12 — Taahhütname", "Yetkili kişi tarafından imzalanmış taahhütname aslı gönderilmelidir."),
]
COMPLETION = ("Eksiklerin tamamlanmasının ardından başvurunuz yeniden incelenecek ve tamamlama tarihinden "
              "itibaren 15 günlük süre yeniden başlayacaktır.")
LONG_NOTE_LAST = "SONKELİMEĞÜŞ"
LONG_NOTE = ("Hasta bilgilendirme metninde acil durumlar, kayıt ve açık rıza hususları eksiktir; ığüşöç İĞÜŞÖÇ. "
             * 6)[:600 - len(LONG_NOTE_LAST) - 1] + " " + LONG_NOTE_LAST  # exactly 600 characters


def letter(kind: str, **kw) -> LetterData:
    base = dict(kind=kind, province_name="İzmir", sayi=SAYI, letter_date=LETTER_DAY, recipient_name=FACILITY,
                recipient_address="Şehit Nevres Bulvarı No: 12/3\nKonak / İZMİR", application_number=APP_NO,
                received_on=RECEIVED, signer_name=SIGNER, signer_title="İl Sağlık Müdürü")
    base.update(kw)
    return LetterData(**base)


def review_form(items: list[ReviewItem] | None = None, **kw) -> ReviewFormData:
    if items is None:
        items = [
            ReviewItem(1, "Başvuru dilekçesi / formu", "Uygun", ""),
            ReviewItem(2, "Geçerli faaliyet izin belgesi / ruhsat", "Uygun", "Ruhsat 12.03.2019, 35-ÖSM-112."),
            ReviewItem(3, "Talep edilen USH alanları", "Uygun Değil", "Çocuk Psikiyatrisi ruhsatta kayıtlı değil."),
            ReviewItem(5, "Çalışma belgesi / çalışma izni", "Eksik", f"Dr. Gülşen Işıkçı; {TURKISH}"),
            ReviewItem(6, "USBS ve üretici", "Uygun", "Işık Yazılım A.Ş. & Ar-Ge <Tele> — KTS aktif liste."),
            ReviewItem(7, "Altyapı ve teknik donanım", "", ""),
            ReviewItem(8, "Tıbbi cihazlar", "Uygulanmaz", "Cihaz kullanılmayacak."),
            ReviewItem(9, "Hasta bilgilendirme ve onam metinleri", "Eksik", LONG_NOTE),
        ]
    base = dict(province_name="İzmir", application_number=APP_NO, received_on=RECEIVED, facility_name=FACILITY,
                facility_ckys="123456", facility_type="Tıp merkezi", vendor_name="Işık Yazılım Ar-Ge A.Ş.",
                product="IşıkTele USBS 4.2",
                requested_areas=["Muayene, gözlem, takip — Göğüs Hastalıkları", "Danışmanlık — Çocuk Psikiyatrisi"],
                ek1_title="Ek-1 (çalışma sürümü, resmî metinle doğrulanmadı)", items=items,
                result_label="Uygun değil", officer_name=SIGNER, officer_title="Sağlık Hizmetleri Şube Müdürü",
                printed_on=LETTER_DAY)
    base.update(kw)
    return ReviewFormData(**base)


def flat(text: str) -> str:
    return " ".join(text.split())


def page_texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [p.extract_text() or "" for p in doc.pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def table_cells(pdf: bytes) -> list[str]:
    """Every cell of every ruled table, white space collapsed (cells wrap onto several lines)."""
    out = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                out += [flat(c) for row in table for c in row if c]
    return out


def assert_dejavu_only(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{font['/BaseFont']} not embedded"
    assert names and all("DejaVu" in n for n in names), names
    assert not any("Helvetica" in n or "Times" in n for n in names), names
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        used = {c["fontname"] for p in doc.pages for c in p.chars}
    assert used and all("DejaVu" in f for f in used), used


# --- helpers --------------------------------------------------------------------------------------------------


def test_turkish_dates_without_locale():
    assert format_date_long(LETTER_DAY) == "23 Kasım 2026"
    assert format_date_short(LETTER_DAY) == "23.11.2026"
    assert format_date_short(dt.date(2027, 1, 4)) == "04.01.2027"
    months = [format_date_long(dt.date(2026, m, 1)).split()[1] for m in range(1, 13)]
    assert months == ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
                      "Kasım", "Aralık"]


def test_turkish_upper_case():
    assert tr_upper(FACILITY) == FACILITY_UPPER
    assert tr_upper("istanbul ılıca çiğdem") == "İSTANBUL ILICA ÇİĞDEM"


def test_unit_names():
    assert unit_for_province("İzmir") == "İzmir İl Sağlık Müdürlüğü"
    assert unit_for_province("Sağlık Hizmetleri Genel Müdürlüğü") == "Sağlık Hizmetleri Genel Müdürlüğü"


def test_fonts_ship_with_the_repository():
    assert FONT_DIR == ROOT / "resources" / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "README.md", "LICENSE.txt"):
        assert (FONT_DIR / name).is_file(), name


def test_package_imports_neither_qt_nor_the_database():
    code = ("import sys, app.documents; bad = sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'sqlalchemy', 'alembic') or m.startswith(('app.models', 'app.ui', 'app.storage', "
            "'app.workflows'))); print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


# --- letters ----------------------------------------------------------------------------------------------------


def check_letter_frame(pdf: bytes) -> str:
    """What every letter carries; returns the whole text."""
    assert pdf.startswith(b"%PDF")
    pages = page_texts(pdf)
    text = "\n".join(pages)
    lines = text.splitlines()
    assert lines[:3] == ["T.C.", "SAĞLIK BAKANLIĞI", "İzmir İl Sağlık Müdürlüğü"]
    sayi_line = next(line for line in lines if line.startswith("Sayı"))
    assert SAYI in sayi_line and sayi_line.endswith("23.11.2026"), sayi_line  # date right, same line
    assert "Konu : Uzaktan Sağlık Hizmeti Faaliyet İzni Başvurusu" in text
    assert FACILITY_UPPER in lines
    assert "Şehit Nevres Bulvarı No: 12/3" in lines and "Konak / İZMİR" in lines
    assert "İlgi : 10.11.2026 tarihli ve 2026-35-000123 sayılı başvurunuz." in text
    assert "Bilgilerinizi rica ederim." in text
    # not signed by the desk: no "e-imzalıdır", it is to be signed in EBYS (issue 17)
    assert "e-imzalıdır" not in text and "Bu yazı EBYS üzerinden e-imza ile imzalanacaktır." in lines
    assert SIGNER in lines and "İl Sağlık Müdürü" in lines
    assert "Bu belge USH İzin ile üretilmiştir." in text
    assert f"Sayfa {len(pages)}/{len(pages)}" in pages[-1]
    assert "Uzaktan Sağlık Hizmetlerinin Sunumu Hakkında Yönetmeliğin Ek-1'inde" in flat(text)
    assert "madde" not in flat(text).split("Yönetmeliğin")[1][:20].lower()  # no unconfirmed article numbers
    assert_dejavu_only(pdf)
    return text


def test_letter_uygun():
    pdf = render_letter(letter("uygun", cc=["Sağlık Hizmetleri Genel Müdürlüğü"]))
    text = check_letter_frame(pdf)
    body = flat(text)
    assert "incelenmiş ve uygun bulunmuştur." in body
    assert "Bakanlığımız Sağlık Hizmetleri Genel Müdürlüğüne gönderilmiştir." in body
    assert "USH alanlarının belirlenmesi" in body and "Faaliyet İzin Belgesinin düzenlenmesi" in body
    assert "Dağıtım:" in text and "Gereği:" in text and "Bilgi:" in text
    assert "Sağlık Hizmetleri Genel Müdürlüğü" in text.split("Dağıtım:")[1]
    assert FACILITY in text.split("Dağıtım:")[1]          # Gereği: the applicant, as written
    assert "Sayfa 1/1" in text


def test_letter_uygun_degil_lists_every_reason():
    pdf = render_letter(letter("uygun_degil", reasons=REASONS))
    text = check_letter_frame(pdf)
    body = flat(text)
    assert "aşağıda belirtilen gerekçelerle uygun bulunmamıştır:" in body
    for n, reason in enumerate(REASONS, start=1):
        assert f"{n}. {flat(reason)}" in body
    assert TURKISH in body
    assert "60 (altmış) gün içinde yetkili idare mahkemesinde dava açabilirsiniz" in body   # the remedy, issue 17
    assert "Dağıtım:" not in text  # no cc: a single addressee


def test_letter_eksik_tabulates_what_is_missing():
    pdf = render_letter(letter("eksik", missing=MISSING, completion_note=COMPLETION))
    text = check_letter_frame(pdf)
    cells = table_cells(pdf)
    assert cells[:3] == ["No", "Eksik husus", "Yapılması gereken"]
    for item, action in MISSING:
        assert flat(item) in cells and flat(action) in cells
    assert COMPLETION in flat(text)
    assert "eksiklikler tespit edilmiştir" in flat(text)


def test_letter_as_the_notification_workflow_builds_it():
    """app.workflows.ism.notify passes no subject and no completion note: the defaults fill them."""
    data = LetterData(kind="eksik", province_name="İzmir", sayi="USH-35-2026-00007", letter_date=LETTER_DAY,
                      recipient_name=FACILITY, recipient_address="Konak / İZMİR", application_number=APP_NO,
                      received_on=RECEIVED, reasons=[], missing=MISSING[:1], signer_name=SIGNER, signer_title="",
                      cc=[])
    text = all_text(render_letter(data))
    assert "USH-35-2026-00007" in text and "Uzaktan Sağlık Hizmeti Faaliyet İzni Başvurusu" in text
    assert COMPLETION in flat(text)


def test_letter_to_a_person_and_long_letter_runs_to_two_pages():
    reasons = [f"Madde {i} — Başlık {i}: " + f"Gerekçe metni {TURKISH}. " * 4 for i in range(1, 21)]
    pdf = render_letter(letter("uygun_degil", reasons=reasons, recipient_is_person=True,
                               recipient_name="Ayşe Işık", cc=["Sağlık Hizmetleri Genel Müdürlüğü"],
                               attachments=["İnceleme formu (2 sayfa)"],
                               sender_address="Adres: Cumhuriyet Bulvarı No: 148 Konak / İZMİR"))
    pages = page_texts(pdf)
    assert len(pages) == 2
    assert "Sayfa 1/2" in pages[0] and "Sayfa 2/2" in pages[1]
    assert f"Sayı : {SAYI} — 23.11.2026" in pages[1]           # running head on the continuation page
    assert "Sayın Ayşe Işık" in pages[0]
    body = flat("\n".join(pages))
    for n, reason in enumerate(reasons, start=1):
        assert f"{n}. {flat(reason)}" in body
    assert SIGNER in pages[1] and "Ek:" in pages[1] and "1- İnceleme formu (2 sayfa)" in pages[1]
    assert "Adres: Cumhuriyet Bulvarı No: 148 Konak / İZMİR" in pages[0]


@pytest.mark.parametrize("kind, kw, message", [
    ("ret", {}, "Bilinmeyen yazı türü"),
    ("uygun_degil", {"reasons": ["  "]}, "gerekçe"),
    ("eksik", {"missing": []}, "eksik husus"),
    ("uygun", {"recipient_name": " "}, "muhatab"),
])
def test_letter_refuses_incomplete_data(kind, kw, message):
    with pytest.raises(ValueError, match=message):
        render_letter(letter(kind, **kw))


# --- review form ------------------------------------------------------------------------------------------------


def test_review_form_content():
    data = review_form()
    pdf = render_review_form(data)
    pages = page_texts(pdf)
    text = "\n".join(pages)
    body = flat(text)
    assert text.splitlines()[:5] == ["T.C.", "SAĞLIK BAKANLIĞI", "İzmir İl Sağlık Müdürlüğü", "İNCELEME FORMU",
                                     "USH Faaliyet İzni Başvurusu — Ek-1 Kontrol Listesi"]
    cells = table_cells(pdf)
    for value in (APP_NO, "10.11.2026", FACILITY, "123456", "Tıp merkezi", "Işık Yazılım Ar-Ge A.Ş.",
                  "IşıkTele USBS 4.2", "Ek-1 (çalışma sürümü, resmî metinle doğrulanmadı)"):
        assert value in cells, value
    assert "• Muayene, gözlem, takip — Göğüs Hastalıkları • Danışmanlık — Çocuk Psikiyatrisi" in cells
    assert ["No", "Madde", "Sonuç", "Açıklama"] == cells[cells.index("No"):cells.index("No") + 4]
    for item in data.items:
        assert flat(item.title) in cells
        assert (item.answer_label or "—") in cells
        if item.note:
            assert flat(item.note) in cells               # escaped markup survives: "&", "<Tele>"
    assert "Işık Yazılım A.Ş. & Ar-Ge <Tele> — KTS aktif liste." in cells
    assert f"Dr. Gülşen Işıkçı; {TURKISH}" in cells
    assert "İNCELEME SONUCU" in text and "Uygun değil" in cells
    assert "Toplam 8 madde — Uygun: 3, Uygun Değil: 1, Eksik: 2, Uygulanmaz: 1, Cevaplanmamış: 1" in body
    assert "İnceleyen" in text and "İmza" in text
    lines = text.splitlines()
    assert f"Adı Soyadı {SIGNER}" in lines and "Unvanı Sağlık Hizmetleri Şube Müdürü" in lines
    assert "Tarih 23.11.2026" in lines
    assert f"Sayfa 1/{len(pages)}" in pages[0]
    assert_dejavu_only(pdf)


def test_review_form_long_note_wraps_and_is_not_cut():
    assert len(LONG_NOTE) == 600
    pdf = render_review_form(review_form())
    text = all_text(pdf)
    assert LONG_NOTE_LAST in text
    assert flat(LONG_NOTE) in table_cells(pdf)          # whole note, in one cell, on several lines
    note_lines = [line for line in text.splitlines() if "ığüşöç" in line]
    assert len(note_lines) >= 5


def test_review_form_with_thirty_items_runs_to_two_pages():
    items = [ReviewItem(i, f"Madde başlığı {i} — {TURKISH}", "Uygun", f"Not {i}: belge görüldü.")
             for i in range(1, 31)]
    pdf = render_review_form(review_form(items, result_label="Uygun"))
    pages = page_texts(pdf)
    assert len(pages) == 2
    assert "Sayfa 1/2" in pages[0] and "Sayfa 2/2" in pages[1]
    assert "İnceleme Formu — Başvuru No: 2026-35-000123" in pages[1]   # running head
    assert "No Madde Sonuç Açıklama" in pages[1]                      # header row repeated
    cells = table_cells(pdf)
    for item in items:
        assert flat(item.title) in cells and item.note in cells
    assert "İnceleyen" in pages[1] and SIGNER in pages[1]
    assert_dejavu_only(pdf)


def test_review_form_note_longer_than_a_page_splits_across_pages():
    huge = "Çok uzun açıklama ığüşöç. " * 300 + "BİTİŞ"
    pdf = render_review_form(review_form([ReviewItem(1, "Uzun not", "Eksik", huge)], result_label="Eksik evrak"))
    pages = page_texts(pdf)
    assert len(pages) >= 3
    text = "\n".join(pages)
    assert text.count("ığüşöç") == 300 and "BİTİŞ" in text
    assert f"Sayfa {len(pages)}/{len(pages)}" in pages[-1]


def test_review_form_for_shgm_and_without_items():
    pdf = render_review_form(replace(review_form([]), province_name="Sağlık Hizmetleri Genel Müdürlüğü",
                                     requested_areas=[], result_label="İnceleme tamamlanmadı"))
    text = all_text(pdf)
    assert text.splitlines()[2] == "Sağlık Hizmetleri Genel Müdürlüğü"
    assert "Kontrol listesinde madde yok." in text and "İnceleme tamamlanmadı" in text
