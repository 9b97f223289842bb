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
    Channel.EBYS: "EBYS (evrak sayısı)",
    Channel.KEP: "KEP",
    Channel.EDEVLET: "e-Devlet",
    Channel.ELDEN: "Elden",
}


class Answer(StrEnum):
    """Answers to an Ek-1 item."""

    UYGUN = "uygun"
    UYGUN_DEGIL = "uygun_degil"
    EKSIK = "eksik"
    UYGULANMAZ = "uygulanmaz"


ANSWER_LABELS = {
    Answer.UYGUN: "Uygun",
    Answer.UYGUN_DEGIL: "Uygun Değil",
    Answer.EKSIK: "Eksik",
    Answer.UYGULANMAZ: "Uygulanmaz",
}


class NoticeKind(StrEnum):
    UYGUN = "uygun"
    UYGUN_DEGIL = "uygun_degil"
    EKSIK = "eksik"


class VendorStatus(StrEnum):
    APPLIED = "applied"
    ACTIVE = "active"
    PASSIVE = "passive"
    DELETED = "deleted"


VENDOR_STATUS_LABELS = {
    VendorStatus.APPLIED: "Başvuru aşamasında",
    VendorStatus.ACTIVE: "Aktif liste",
    VendorStatus.PASSIVE: "Pasif liste",
    VendorStatus.DELETED: "Silinmiş",
}


class PermitEventKind(StrEnum):
    ISSUED = "issued"
    AMENDED = "amended"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    REVOKED = "revoked"
