"""Translatable display labels for the İSM desk's coded values (answers, results, channels, letters, events).

The Turkish texts repeat the workflow labels (app.workflows.common.vocabulary, review, notify, states) as literals so
that lupdate can extract them; tests/ui/test_ism_texts.py checks they never drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.workflows.common.states import EVENT_LABELS
from app.workflows.common.vocabulary import Answer, Channel, NoticeKind

CONTEXT = "IsmEtiketleri"

ANSWER_TEXTS = {
    Answer.UYGUN: QT_TRANSLATE_NOOP("IsmEtiketleri", "Uygun"),
    Answer.UYGUN_DEGIL: QT_TRANSLATE_NOOP("IsmEtiketleri", "Uygun Değil"),
    Answer.EKSIK: QT_TRANSLATE_NOOP("IsmEtiketleri", "Eksik"),
    Answer.UYGULANMAZ: QT_TRANSLATE_NOOP("IsmEtiketleri", "Uygulanmaz"),
}

OUTCOME_TEXTS = {
    "suitable": QT_TRANSLATE_NOOP("IsmEtiketleri", "Uygun"),
    "deficient": QT_TRANSLATE_NOOP("IsmEtiketleri", "Eksik evrak"),
    "unsuitable": QT_TRANSLATE_NOOP("IsmEtiketleri", "Uygun değil"),
    "incomplete": QT_TRANSLATE_NOOP("IsmEtiketleri", "İnceleme tamamlanmadı"),
}

CHANNEL_TEXTS = {
    Channel.EBYS: QT_TRANSLATE_NOOP("IsmEtiketleri", "EBYS (evrak sayısı)"),
    Channel.KEP: QT_TRANSLATE_NOOP("IsmEtiketleri", "KEP"),
    Channel.EDEVLET: QT_TRANSLATE_NOOP("IsmEtiketleri", "e-Devlet"),
    Channel.ELDEN: QT_TRANSLATE_NOOP("IsmEtiketleri", "Elden"),
}

SEND_CHANNEL_TEXTS = {
    "ebys": QT_TRANSLATE_NOOP("IsmEtiketleri", "EBYS"),
    "kep": QT_TRANSLATE_NOOP("IsmEtiketleri", "KEP"),
    "e-tebligat": QT_TRANSLATE_NOOP("IsmEtiketleri", "e-Tebligat"),
    "posta": QT_TRANSLATE_NOOP("IsmEtiketleri", "Posta"),
    "elden": QT_TRANSLATE_NOOP("IsmEtiketleri", "Elden"),
}

NOTICE_KIND_TEXTS = {
    NoticeKind.UYGUN: QT_TRANSLATE_NOOP("IsmEtiketleri", "Uygun"),
    NoticeKind.EKSIK: QT_TRANSLATE_NOOP("IsmEtiketleri", "Eksik evrak"),
    NoticeKind.UYGUN_DEGIL: QT_TRANSLATE_NOOP("IsmEtiketleri", "Uygun değil"),
}

EVENT_TEXTS = {
    "receive": QT_TRANSLATE_NOOP("IsmEtiketleri", "Başvuru kaydı"),
    "start_review": QT_TRANSLATE_NOOP("IsmEtiketleri", "İncelemeye başlama"),
    "notify_deficiency": QT_TRANSLATE_NOOP("IsmEtiketleri", "Eksik evrak bildirimi"),
    "record_completion": QT_TRANSLATE_NOOP("IsmEtiketleri", "Eksiklerin tamamlanması"),
    "notify_suitable": QT_TRANSLATE_NOOP("IsmEtiketleri", "Uygunluk bildirimi"),
    "forward": QT_TRANSLATE_NOOP("IsmEtiketleri", "SHGM'ye gönderme"),
    "notify_unsuitable": QT_TRANSLATE_NOOP("IsmEtiketleri", "Uygun değil bildirimi"),
    "shgm_assign_areas": QT_TRANSLATE_NOOP("IsmEtiketleri", "SHGM alan belirleme"),
    "shgm_reject": QT_TRANSLATE_NOOP("IsmEtiketleri", "SHGM ret"),
    "record_ckys": QT_TRANSLATE_NOOP("IsmEtiketleri", "ÇKYS kaydı"),
    "issue_permit": QT_TRANSLATE_NOOP("IsmEtiketleri", "İzin belgesi düzenleme"),
    "withdraw": QT_TRANSLATE_NOOP("IsmEtiketleri", "Geri çekme"),
}

# Kinds of attached documents (Document.kind codes; ASCII so they survive exports).
DOCUMENT_KIND_TEXTS = {
    "basvuru_dilekcesi": QT_TRANSLATE_NOOP("IsmEtiketleri", "Başvuru dilekçesi / formu"),
    "ruhsat": QT_TRANSLATE_NOOP("IsmEtiketleri", "Faaliyet izin belgesi / ruhsat"),
    "personel_listesi": QT_TRANSLATE_NOOP("IsmEtiketleri", "Meslek mensupları listesi"),
    "calisma_belgesi": QT_TRANSLATE_NOOP("IsmEtiketleri", "Çalışma belgesi"),
    "kts_yetki_belgesi": QT_TRANSLATE_NOOP("IsmEtiketleri", "KTS Yetki Belgesi"),
    "altyapi_formu": QT_TRANSLATE_NOOP("IsmEtiketleri", "Altyapı ve donanım bilgi formu"),
    "cihaz_listesi": QT_TRANSLATE_NOOP("IsmEtiketleri", "Tıbbi cihaz listesi (ÜTS)"),
    "onam_metni": QT_TRANSLATE_NOOP("IsmEtiketleri", "Bilgilendirme ve onam metni"),
    "veri_guvenligi": QT_TRANSLATE_NOOP("IsmEtiketleri", "Kayıt ve veri güvenliği politikası"),
    "fiyat_listesi": QT_TRANSLATE_NOOP("IsmEtiketleri", "Fiyat listesi"),
    "taahhutname": QT_TRANSLATE_NOOP("IsmEtiketleri", "Taahhütname"),
    "bildirim_yazisi": QT_TRANSLATE_NOOP("IsmEtiketleri", "Bildirim yazısı"),
    "diger": QT_TRANSLATE_NOOP("IsmEtiketleri", "Diğer"),
}
ATTACHABLE_KINDS = tuple(k for k in DOCUMENT_KIND_TEXTS if k != "bildirim_yazisi")


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def answer_label(answer: Answer | None) -> str:
    return _t(ANSWER_TEXTS[answer]) if answer else ""


def outcome_label(outcome: str) -> str:
    return _t(OUTCOME_TEXTS[outcome])


def channel_label(code: str) -> str:
    try:
        return _t(CHANNEL_TEXTS[Channel(code)])
    except ValueError:
        return code


def send_channel_label(code: str) -> str:
    source = SEND_CHANNEL_TEXTS.get(code)
    return _t(source) if source else code


def notice_kind_label(kind: NoticeKind) -> str:
    return _t(NOTICE_KIND_TEXTS[kind])


def event_label(event: str) -> str:
    source = EVENT_TEXTS.get(event)
    return _t(source) if source else EVENT_LABELS.get(event, event)


def document_kind_label(kind: str) -> str:
    source = DOCUMENT_KIND_TEXTS.get(kind)
    return _t(source) if source else kind
