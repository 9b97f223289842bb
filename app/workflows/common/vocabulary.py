"""Coded values used across the domain, with their Turkish labels."""

from __future__ import annotations

from enum import StrEnum

from app.workflows.common.messages import msg


class Role(StrEnum):
    ISM_OFFICER = "ism_officer"
    ISM_MANAGER = "ism_manager"
    SHGM_REVIEWER = "shgm_reviewer"
    SHGM_APPROVER = "shgm_approver"
    KTS_OFFICER = "kts_officer"
    ADMIN = "admin"
    AUDITOR = "auditor"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]

    @property
    def provincial(self) -> bool:
        return self in (Role.ISM_OFFICER, Role.ISM_MANAGER)


ROLE_LABELS = {      # Messages: the Turkish label, translated where the interface shows a workflow's message
    Role.ISM_OFFICER: msg("Roller", "İSM Personeli"),
    Role.ISM_MANAGER: msg("Roller", "İSM Yöneticisi"),
    Role.SHGM_REVIEWER: msg("Roller", "SHGM İnceleme Uzmanı"),
    Role.SHGM_APPROVER: msg("Roller", "SHGM Onay Yetkilisi"),
    Role.KTS_OFFICER: msg("Roller", "KTS Personeli (SBSGM)"),
    Role.ADMIN: msg("Roller", "Sistem Yöneticisi"),
    Role.AUDITOR: msg("Roller", "Denetçi (salt okunur)"),
}


class Channel(StrEnum):
    EBYS = "ebys"
    KEP = "kep"
    EDEVLET = "edevlet"
    ELDEN = "elden"


CHANNEL_LABELS = {
    Channel.EBYS: msg("Kanallar", "EBYS (evrak sayısı)"),
    Channel.KEP: msg("Kanallar", "KEP"),
    Channel.EDEVLET: msg("Kanallar", "e-Devlet"),
    Channel.ELDEN: msg("Kanallar", "Elden"),
}


class Answer(StrEnum):
    """Answers to an Ek-1 item."""

    UYGUN = "uygun"
    UYGUN_DEGIL = "uygun_degil"
    EKSIK = "eksik"
    UYGULANMAZ = "uygulanmaz"


ANSWER_LABELS = {
    Answer.UYGUN: msg("Cevaplar", "Uygun"),
    Answer.UYGUN_DEGIL: msg("Cevaplar", "Uygun Değil"),
    Answer.EKSIK: msg("Cevaplar", "Eksik"),
    Answer.UYGULANMAZ: msg("Cevaplar", "Uygulanmaz"),
}


class NoticeKind(StrEnum):
    UYGUN = "uygun"
    UYGUN_DEGIL = "uygun_degil"
    EKSIK = "eksik"


# Letters to the applicant and attached documents by the names officials know (Document.kind codes are ASCII so
# they survive exports; never shown as such).
NOTICE_KIND_LABELS = {
    NoticeKind.UYGUN: msg("Belge türleri", "Uygun"),
    NoticeKind.EKSIK: msg("Belge türleri", "Eksik evrak"),
    NoticeKind.UYGUN_DEGIL: msg("Belge türleri", "Uygun değil"),
}
DOCUMENT_KIND_LABELS = {
    "basvuru_dilekcesi": msg("Belge türleri", "Başvuru dilekçesi / formu"),
    "ruhsat": msg("Belge türleri", "Faaliyet izin belgesi / ruhsat"),
    "personel_listesi": msg("Belge türleri", "Meslek mensupları listesi"),
    "calisma_belgesi": msg("Belge türleri", "Çalışma belgesi"),
    "kts_yetki_belgesi": msg("Belge türleri", "KTS Yetki Belgesi"),
    "altyapi_formu": msg("Belge türleri", "Altyapı ve donanım bilgi formu"),
    "cihaz_listesi": msg("Belge türleri", "Tıbbi cihaz listesi (ÜTS)"),
    "onam_metni": msg("Belge türleri", "Bilgilendirme ve onam metni"),
    "veri_guvenligi": msg("Belge türleri", "Kayıt ve veri güvenliği politikası"),
    "fiyat_listesi": msg("Belge türleri", "Fiyat listesi"),
    "taahhutname": msg("Belge türleri", "Taahhütname"),
    "bildirim_yazisi": msg("Belge türleri", "Bildirim yazısı"),
    "izin_belgesi": msg("Belge türleri", "Faaliyet İzin Belgesi"),
    "kts_certificate": msg("Belge türleri", "KTS Yetki Belgesi"),
    "diger": msg("Belge türleri", "Diğer"),
}


def document_kind_label(kind: str) -> str:
    """"Başvuru dilekçesi / formu" for "basvuru_dilekcesi"; an unknown kind is "Belge"."""
    return DOCUMENT_KIND_LABELS.get(kind, msg("Belge türleri", "Belge"))


class VendorStatus(StrEnum):
    APPLIED = "applied"
    ACTIVE = "active"
    PASSIVE = "passive"
    DELETED = "deleted"


VENDOR_STATUS_LABELS = {
    VendorStatus.APPLIED: msg("KTS durumları", "Başvuru aşamasında"),
    VendorStatus.ACTIVE: msg("KTS durumları", "Aktif liste"),
    VendorStatus.PASSIVE: msg("KTS durumları", "Pasif liste"),
    VendorStatus.DELETED: msg("KTS durumları", "Silinmiş"),
}


class PermitEventKind(StrEnum):
    ISSUED = "issued"
    AMENDED = "amended"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    REVOKED = "revoked"
