"""Officer-facing texts for database problems raised by the storage layer (codes plus Turkish messages)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.workflows.connection import DatabaseUnavailable

CONTEXT = "Hatalar"

# One general sentence per reason. In Turkish the storage layer's own message (which names the file or
# server) is shown; when a translation is active, this sentence is shown and the original goes to details.
REASON_TEXTS = {
    "corrupt": QT_TRANSLATE_NOOP(
        "Hatalar", "Yerel veritabanı dosyası bozuk ya da açılamıyor. Dosyaya dokunulmadı."),
    "unreachable": QT_TRANSLATE_NOOP(
        "Hatalar", "PostgreSQL sunucusuna bağlanılamadı. Sunucu kapalı olabilir ya da ağ bağlantısı yok."),
    "auth": QT_TRANSLATE_NOOP(
        "Hatalar", "PostgreSQL sunucusu kullanıcı adını ya da parolayı kabul etmedi."),
    "missing_db": QT_TRANSLATE_NOOP("Hatalar", "Sunucuda bu adda bir veritabanı yok."),
    "newer_schema": QT_TRANSLATE_NOOP(
        "Hatalar", "Bu veritabanı uygulamanın daha yeni bir sürümüyle güncellenmiş; bu sürüm onu açamaz. "
        "Veritabanına dokunulmadı. Lütfen uygulamayı güncelleyin."),
    "foreign": QT_TRANSLATE_NOOP(
        "Hatalar", "Bu veritabanı USH İzin'e ait değil. Veritabanına dokunulmadı; başka bir veritabanı seçin."),
    "password_in_config": QT_TRANSLATE_NOOP(
        "Hatalar", "Ayar dosyasındaki veritabanı adresinde parola var. Parolayı adresten silin ve "
        "Ayarlar'dan girin."),
    "no_backup": QT_TRANSLATE_NOOP(
        "Hatalar", "Veritabanı şeması güncellenmeli, ancak önce yedek alınamadı."),
    "bad_url": QT_TRANSLATE_NOOP("Hatalar", "Veritabanı adresi geçersiz."),
}

NO_SECURE_STORE = QT_TRANSLATE_NOOP(
    "Hatalar", "Bu bilgisayarda güvenli anahtar deposu (keyring) bulunamadı; parola kaydedilmedi. "
    "Parola bu oturum boyunca bellekte tutulacak ve her açılışta sorulacak.")


def message_for(error: DatabaseUnavailable) -> str:
    """The main text to show for a database problem, in the interface language."""
    source = REASON_TEXTS.get(error.reason)
    if source is not None:
        translated = QCoreApplication.translate(CONTEXT, source)
        if translated != source:
            return translated
    return error.message


def details_for(error: DatabaseUnavailable, where: str = "") -> str:
    """Everything a technician needs: reason code, database, the original message and the driver's text."""
    lines = []
    if where:
        lines.append(where)
    lines.append(QCoreApplication.translate("Hatalar", "Neden kodu: {reason}").format(reason=error.reason))
    if message_for(error) != error.message:
        lines.append(error.message)
    if error.detail:
        lines.append("")
        lines.append(error.detail)
    return "\n".join(lines)


def no_secure_store_text() -> str:
    return QCoreApplication.translate(CONTEXT, NO_SECURE_STORE)
