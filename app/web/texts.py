"""The pages' and the API's words: Turkish first, English through `?lang=en` (no JavaScript, no cookie)."""

from __future__ import annotations

LANGS = ("tr", "en")

# key -> (Turkish, English)
TEXTS: dict[str, tuple[str, str]] = {
    "title": ("USH Faaliyet İzin Belgesi doğrulama", "USH activity permit verification"),
    "issuer_line": ("T.C. Sağlık Bakanlığı · Sağlık Hizmetleri Genel Müdürlüğü",
                    "Republic of Türkiye Ministry of Health · General Directorate of Health Services"),
    "switch": ("English", "Türkçe"),
    "code_label": ("Doğrulama kodu", "Verification code"),
    "code_hint": ("Belgenin altındaki kod, ör. ABCD-EFGH-JKLM-NPQR (tire ve büyük/küçük harf fark etmez)",
                  "The code under the QR, e.g. ABCD-EFGH-JKLM-NPQR (dashes and case do not matter)"),
    "check": ("Sorgula", "Check"),
    "or_file": ("ya da belgenin PDF dosyasını yükleyin", "or upload the permit's PDF file"),
    "file_label": ("İzin belgesi (PDF, en çok 10 MB)", "Permit (PDF, at most 10 MB)"),
    "file_check": ("Belgeyi doğrula", "Verify the document"),
    "gecerli": ("Geçerli", "Valid"),
    "askida": ("Askıda", "Suspended"),
    "iptal": ("İptal edilmiş", "Revoked"),
    "yenilenmis": ("Yenilenmiş", "Superseded"),
    "yururlukte_degil": ("Henüz yürürlükte değil", "Not yet in force"),
    "gecersiz": ("Geçersiz", "Not valid"),
    "since": ("Başlangıç", "Since"),
    "until": ("Bitiş", "Until"),
    "until_open": ("kaldırılana kadar", "until lifted"),
    "revoked_on": ("İptal tarihi", "Revoked on"),
    "superseded_on": ("Yenilenme tarihi", "Superseded on"),
    "reason_category": ("Dayanak", "Legal basis"),
    "current": ("Yürürlükteki belge", "Document in force"),
    "current_link": ("{number} numaralı iznin {rev}. revizyonu", "revision {rev} of permit {number}"),
    "number": ("İzin numarası", "Permit number"),
    "revision": ("Revizyon", "Revision"),
    "facility": ("Sağlık tesisi", "Health facility"),
    "ckys": ("ÇKYS kodu", "ÇKYS code"),
    "place": ("İl / ilçe", "Province / district"),
    "areas": ("Bugün yürürlükteki USH alanları", "USH areas in force today"),
    "no_areas": ("Bugün yürürlükte USH alanı yok.", "No USH area in force today."),
    "see_current": ("Bu revizyon yenilendi: bugünkü alanlar yürürlükteki belgededir.",
                    "This revision was superseded: today's areas are in the document in force."),
    "issued_on": ("Düzenlenme tarihi", "Issue date"),
    "revision_from": ("Bu revizyonun yürürlük tarihi", "This revision in force from"),
    "issuing_unit": ("Düzenleyen birim", "Issuing unit"),
    "code": ("Doğrulama kodu", "Verification code"),
    "checked_at": ("Sorgu tarihi", "Checked on"),
    "demo": ("DEMO BELGE — resmî geçerliliği yoktur. Bu bir örnek veritabanındaki örnek belgedir.",
             "DEMO DOCUMENT — no legal validity. A sample document in a demo database."),
    "demo_invalid": ("Bu belge demo sertifikasıyla imzalanmış bir örnek belgedir; geçerli değildir.",
                     "This document was signed with a demo certificate; it is not valid."),
    "unknown_title": ("Kod bulunamadı", "Code not found"),
    "unknown": ("“{code}” kodu bu sistemde düzenlenmiş bir USH faaliyet izin belgesine ait değil. Kodu belgedeki "
                "gibi yazdığınızdan emin olun; yine bulunamazsa belge geçerli değildir.",
                "The code “{code}” does not belong to any USH activity permit issued by this system. Check that "
                "you typed it as printed; if it is still not found, the document is not valid."),
    "again": ("Başka bir belge sorgula", "Check another document"),
    "file_title": ("Belge doğrulama sonucu", "Document check"),
    "file_ok": ("Belge sağlam: imza geçerli, içerik kayıtlı belgeyle aynı.",
                "The document is intact: valid signature, same content as the stored document."),
    "file_bad": ("Belge doğrulanamadı", "The document could not be verified"),
    "no_personal": ("Bu sayfada kişisel veri gösterilmez.", "No personal data is shown on this page."),
    "error_title": ("Bir sorun oluştu", "Something went wrong"),
    "err_internal": ("Beklenmeyen bir hata oluştu; sorgunuz tamamlanamadı. Lütfen biraz sonra yeniden deneyin.",
                     "An unexpected error occurred; your request was not completed. Please try again later."),
    "err_unavailable": ("Doğrulama hizmeti şu anda kullanılamıyor; lütfen biraz sonra yeniden deneyin.",
                        "The verification service is unavailable at the moment; please try again later."),
    "err_too_large": ("Dosya çok büyük: en çok 10 MB yüklenebilir.", "The file is too large: at most 10 MB."),
    "err_not_pdf": ("Yüklenen dosya bir PDF değil. Lütfen izin belgesinin PDF dosyasını seçin.",
                    "The uploaded file is not a PDF. Please choose the permit's PDF file."),
    "err_no_file": ("Dosya seçilmedi. Lütfen izin belgesinin PDF dosyasını seçin.",
                    "No file was chosen. Please choose the permit's PDF file."),
    "err_empty_code": ("Doğrulama kodunu yazın.", "Please type the verification code."),
    "err_not_found": ("Aradığınız sayfa bulunamadı.", "The page you are looking for does not exist."),
    "err_method": ("Bu adres bu yöntemle kullanılamaz.", "This address does not accept this method."),
    "err_unreadable": ("İstek okunamadı; lütfen formu yeniden gönderin.",
                       "The request could not be read; please send the form again."),
    "err_bad_request": ("İstek geçersiz: {detail}", "Invalid request: {detail}"),
}


def lang_of(value: str | None) -> str:
    return "en" if (value or "").lower().startswith("en") else "tr"


def text(key: str, lang: str, **kw: object) -> str:
    tr, en = TEXTS[key]
    s = en if lang == "en" else tr
    return s.format(**kw) if kw else s
