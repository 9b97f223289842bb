"""Translatable display labels for coded domain values.

The Turkish texts repeat the workflow labels (app.workflows.common.states / vocabulary) as literals so that
lupdate can extract them; tests/ui/test_ui_translation.py checks the two never drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role, VendorStatus

CONTEXT = "Etiketler"

STATE_TEXTS = {
    AppState.RECEIVED: QT_TRANSLATE_NOOP("Etiketler", "Alındı"),
    AppState.UNDER_REVIEW: QT_TRANSLATE_NOOP("Etiketler", "İncelemede"),
    AppState.DEFICIENT: QT_TRANSLATE_NOOP("Etiketler", "Eksik evrak bildirildi"),
    AppState.SUITABLE_NOTIFIED: QT_TRANSLATE_NOOP("Etiketler", "Uygun bildirildi"),
    AppState.FORWARDED: QT_TRANSLATE_NOOP("Etiketler", "SHGM'ye iletildi"),
    AppState.REJECTED: QT_TRANSLATE_NOOP("Etiketler", "Uygun değil (kapandı)"),
    AppState.SHGM_APPROVED: QT_TRANSLATE_NOOP("Etiketler", "SHGM alanları belirledi"),
    AppState.CKYS_RECORDED: QT_TRANSLATE_NOOP("Etiketler", "ÇKYS'ye kaydedildi"),
    AppState.PERMIT_ISSUED: QT_TRANSLATE_NOOP("Etiketler", "İzin belgesi düzenlendi"),
    AppState.SHGM_REJECTED: QT_TRANSLATE_NOOP("Etiketler", "SHGM reddetti"),
    AppState.WITHDRAWN: QT_TRANSLATE_NOOP("Etiketler", "Geri çekildi"),
}

ROLE_TEXTS = {
    Role.ISM_OFFICER: QT_TRANSLATE_NOOP("Etiketler", "İSM Personeli"),
    Role.ISM_MANAGER: QT_TRANSLATE_NOOP("Etiketler", "İSM Yöneticisi"),
    Role.SHGM_REVIEWER: QT_TRANSLATE_NOOP("Etiketler", "SHGM İnceleme Uzmanı"),
    Role.SHGM_APPROVER: QT_TRANSLATE_NOOP("Etiketler", "SHGM Onay Yetkilisi"),
    Role.KTS_OFFICER: QT_TRANSLATE_NOOP("Etiketler", "KTS Personeli (SBSGM)"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Etiketler", "Sistem Yöneticisi"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Etiketler", "Denetçi (salt okunur)"),
}

VENDOR_STATUS_TEXTS = {
    VendorStatus.APPLIED: QT_TRANSLATE_NOOP("Etiketler", "Başvuru aşamasında"),
    VendorStatus.ACTIVE: QT_TRANSLATE_NOOP("Etiketler", "Aktif liste"),
    VendorStatus.PASSIVE: QT_TRANSLATE_NOOP("Etiketler", "Pasif liste"),
    VendorStatus.DELETED: QT_TRANSLATE_NOOP("Etiketler", "Silinmiş"),
}


# An issued application's permit as it stands today (permit_status.SHORT_LABELS): the İSM's list and detail.
PERMIT_STATUS_TEXTS = {
    "active": QT_TRANSLATE_NOOP("Etiketler", "İzin: Geçerli"),
    "suspended": QT_TRANSLATE_NOOP("Etiketler", "İzin: Askıda"),
    "revoked": QT_TRANSLATE_NOOP("Etiketler", "İzin: İptal"),
    "not_yet": QT_TRANSLATE_NOOP("Etiketler", "İzin: Henüz yürürlükte değil"),
}


def permit_status_label(state: str) -> str:
    """"İzin: Geçerli / Askıda / İptal" for a permit's `PermitStatus.state`."""
    return QCoreApplication.translate(CONTEXT, PERMIT_STATUS_TEXTS[state])


def state_label(state: AppState) -> str:
    return QCoreApplication.translate(CONTEXT, STATE_TEXTS[state])


def role_label(role: Role) -> str:
    return QCoreApplication.translate(CONTEXT, ROLE_TEXTS[role])


def vendor_status_label(status: VendorStatus) -> str:
    return QCoreApplication.translate(CONTEXT, VENDOR_STATUS_TEXTS[status])


def number(n: int) -> str:
    """A count with the Turkish thousands separator (1.234)."""
    return QLocale().toString(n)


def database_text(engine_name: str, location: str) -> str:
    """'Veritabanı: SQLite — /yol/ush-izin.db' or 'Veritabanı: PostgreSQL — sunucu:5432/ad'."""
    return QCoreApplication.translate("Etiketler", "Veritabanı: {engine} — {location}").format(
        engine=engine_name, location=location)


MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Aylar", "Ocak"), QT_TRANSLATE_NOOP("Aylar", "Şubat"), QT_TRANSLATE_NOOP("Aylar", "Mart"),
    QT_TRANSLATE_NOOP("Aylar", "Nisan"), QT_TRANSLATE_NOOP("Aylar", "Mayıs"), QT_TRANSLATE_NOOP("Aylar", "Haziran"),
    QT_TRANSLATE_NOOP("Aylar", "Temmuz"), QT_TRANSLATE_NOOP("Aylar", "Ağustos"), QT_TRANSLATE_NOOP("Aylar", "Eylül"),
    QT_TRANSLATE_NOOP("Aylar", "Ekim"), QT_TRANSLATE_NOOP("Aylar", "Kasım"), QT_TRANSLATE_NOOP("Aylar", "Aralık"),
)


def month_name(month: int) -> str:
    """The month's name in the interface language (1 → "Ocak" / "January")."""
    return QCoreApplication.translate("Aylar", MONTH_NAMES[month - 1])
