"""SBYS regulation readings for KTS (issue 15) as pure functions: the grounds of deletion (art. 8), the documents
of art. 6/3-c, the four audit tests of the onboarding, and the 10 working days of art. 6/5.

No database here (app.workflows.kts.registry and app.workflows.kts.info_changes use them). The texts and our
readings: docs/kts-rules.md, docs/decisions.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import StrEnum

from app.workflows.common.deadlines import add_working_days
from app.workflows.common.messages import joined, msg
from app.workflows.common.vendor_rules import REAPPLY_BAN_YEARS, add_months

ART6 = msg("KTS", "SBYS Yönetmeliği md. 6")
ART6_5 = msg("KTS", "SBYS Yönetmeliği md. 6/5")
ART8 = msg("KTS", "SBYS Yönetmeliği md. 8")


# --- art. 8: the grounds of deletion ---------------------------------------------------------------------------------

class DeletionGround(StrEnum):
    # The list rules (`vendor_rules.next_actions`): not back on the active list within 3 months of being made
    # passive, or made passive 3 times within a year. The text names no ban for these.
    PASSIVE_LIST = "passive_list"
    # art. 8/2: false information or documents, misleading data sending or standards conformity, the access code
    # shared with third parties for unfair gain: deleted without warning, no new application for one year.
    FALSE_INFO = "false_info"
    # art. 8/3: a breach of art. 16-17 (where health data is kept, logs): deleted; the text names no ban.
    BREACH_16_17 = "breach_16_17"


# The grounds an officer chooses (the list rules apply PASSIVE_LIST themselves).
OFFICER_GROUNDS = (DeletionGround.FALSE_INFO, DeletionGround.BREACH_16_17)
GROUND_BASIS = {
    DeletionGround.PASSIVE_LIST: ART8,
    DeletionGround.FALSE_INFO: msg("KTS", "SBYS Yönetmeliği md. 8/2"),
    DeletionGround.BREACH_16_17: msg("KTS", "SBYS Yönetmeliği md. 8/3"),
}
GROUND_LABELS = {
    DeletionGround.PASSIVE_LIST: "Pasif listeden süresinde dönmeme ya da bir yılda 3 kez pasif listeye alınma",
    DeletionGround.FALSE_INFO: "Gerçeğe aykırı bilgi/belge, yanıltıcı veri gönderimi ya da standartlara uygunluk, "
                               "yazılım erişim kodunun üçüncü kişilerle paylaşılması",
    DeletionGround.BREACH_16_17: "Kişisel sağlık verilerinin saklanması (md. 16) ya da kayıt/log (md. 17) "
                                 "hükümlerine aykırılık",
}
# How a deletion's reason starts (the status event, the notices to the İSMs).
GROUND_REASON_HEAD = {
    DeletionGround.FALSE_INFO: msg("KTS", "Uyarı yapılmaksızın silindi (md. 8/2)"),
    DeletionGround.BREACH_16_17: msg("KTS", "md. 16-17 hükümlerine aykırılık nedeniyle silindi (md. 8/3)"),
}


def reapply_not_before(ground: DeletionGround, deleted_on: dt.date) -> dt.date | None:
    """The first day a new application is accepted after a deletion on `deleted_on`; None: no ban.

    Only art. 8/2 bans ("bir yıl süreyle yeni başvurusu kabul edilmez"); the year is counted like the other
    periods of the list rules (calendar months, the corresponding day: an application that day is accepted).
    """
    if ground == DeletionGround.FALSE_INFO:
        return add_months(deleted_on, 12 * REAPPLY_BAN_YEARS)
    return None


# --- art. 6/3-c: the documents -------------------------------------------------------------------------------------

ISO27001, SPICE, CMMI, UTS = "kts_iso27001", "kts_spice", "kts_cmmi", "kts_uts"
GAP_ISO = "ISO/IEC 27001 sertifikası (TÜRKAK akrediteli kuruluştan)"
GAP_SPICE_CMMI = "SPICE (en az 2. seviye) ya da CMMI (en az 3. seviye) belgesi"
GAP_UTS = "ÜTS kaydı (ÜTS kaydı gerektiren yazılımlar için)"


def document_gaps_for(kinds: Iterable[str], products_need_uts: Iterable[bool]) -> list[str]:
    """What a producer still lacks for a complete document check (art. 6/3-c): ISO/IEC 27001 always; SPICE or CMMI,
    unless every one of its products needs ÜTS registration, when the ÜTS record replaces them; the ÜTS record
    too as soon as one product needs it ("both" for a producer of both kinds of software)."""
    have = set(kinds)
    flags = list(products_need_uts)
    some_uts = any(flags)
    all_uts = bool(flags) and all(flags)
    gaps = []
    if ISO27001 not in have:
        gaps.append(GAP_ISO)
    if not all_uts and not have & {SPICE, CMMI}:
        gaps.append(GAP_SPICE_CMMI)
    if some_uts and UTS not in have:
        gaps.append(GAP_UTS)
    return gaps


# --- the four audit tests of the onboarding (flow chart, stage 1) ----------------------------------------------------

AUDIT_TESTS = ("enabiz_data", "ckys_data_bank", "erapor_erecete", "usbs_screens")
AUDIT_TEST_LABELS = {
    "enabiz_data": "e-Nabız veri gönderimi testi",
    "ckys_data_bank": "ÇKYS hekim veri bankası entegrasyonu testi",
    "erapor_erecete": "e-Rapor / e-Reçete entegrasyonu kontrolü",
    "usbs_screens": "USBS ekranlarının kontrolü",
}


def audit_results(results: Iterable[tuple[str | None, str]]) -> dict[str, str]:
    """Each test's latest outcome from (test, outcome) in recording order; a result without a test (recorded before
    the tests were separate) stands for all four."""
    latest: dict[str, str] = {}
    for test, outcome in results:
        for t in ((test,) if test else AUDIT_TESTS):
            latest[t] = outcome
    return latest


def audit_passed(results: Iterable[tuple[str | None, str]]) -> bool:
    """The audit stage is complete only when the latest result of every one of the four tests is successful."""
    latest = audit_results(results)
    return all(latest.get(t) == "successful" for t in AUDIT_TESTS)


def audit_tests_due(results: Iterable[tuple[str | None, str]]) -> list[str]:
    """The tests still to pass (never tried, or failed last), in the flow chart's order."""
    latest = audit_results(results)
    return [t for t in AUDIT_TESTS if latest.get(t) != "successful"]


# --- art. 6/5: changes to a registered producer's information --------------------------------------------------------

INFO_CHANGE_WORKING_DAYS = 10
INFO_SUBJECTS = {
    "name": "Unvan",
    "address": "Adres",
    "signatory": "Firma yetkilisi",
    "products": "Ürünler (USBS yazılımları)",
    "documents": "Belgeler (ISO/IEC 27001, SPICE/CMMI, ÜTS)",
    "other": "Diğer",
}


def info_change_deadline(changed_on: dt.date) -> dt.date:
    """The last day to enter a change of `changed_on` in KTS: 10 working days, counted from the day after."""
    return add_working_days(changed_on, INFO_CHANGE_WORKING_DAYS)


def info_change_late(changed_on: dt.date, notified_on: dt.date) -> bool:
    return notified_on > info_change_deadline(changed_on)


# --- art. 8: what a notice to the İSMs tells them -------------------------------------------------------------------

def _fmt(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def notice_consequence(kind: str, on: dt.date, ground: DeletionGround | None = None,
                       access_code_issued: bool = True, keeps_facilities: bool = False) -> str:
    """What a producer made passive (kind "passive") or deleted ("deleted") on `on` means for the USH facilities
    using its USBS, and what they have to do: the notice an İSM acts on.

    The flow chart: only producers published on the KTS active list may serve facilities holding a USH permit, so
    by default (decision 73) the producer's USBS may not be used for USH from that day; `keeps_facilities` is the
    shared setting that lets it keep the facilities it served (a deleted one while its access code is open). The
    access code stays open 3 months (up to 6 on a facility's request, art. 8) for the move. What the facilities
    must do is our reading (docs/decisions.md).
    """
    rules = msg("KTS", "Yalnızca KTS aktif listesinde yayımlanan USBS yazılım üreticileri USH Faaliyet İzni almış "
                "sağlık tesislerinde hizmet verebilir.")
    stop = msg("KTS", "yukarıdaki tesisler bu üreticinin USBS'si üzerinden uzaktan sağlık hizmeti sunamaz (Yetki "
               "Sorgulama UYGUN DEĞİL yanıtı verir)")
    move = msg("KTS", "Tesislerin yapması gereken: İSM tesisleri bilgilendirir. USH sunmaya devam edecek tesis aktif "
               "listedeki bir üreticinin USBS'sine geçmeli ve üretici değişikliğini İSM'ye bildirmelidir (izin "
               "değişikliği)")
    if kind == "passive":
        back_by = _fmt(add_months(on, 3))
        if keeps_facilities:
            means = msg("KTS", "üretici, bakanlık ayarı gereği, daha önce hizmet verdiği tesislerde hizmete devam "
                        "edebilir; yeni bir tesise hizmet veremez")
            todo = msg("KTS", "Tesislerin yapması gereken: İSM tesisleri bilgilendirir. Tesisler üreticinin durumunu "
                       "izlemeli ve aktif listedeki bir üreticiye geçişi hazırlamalıdır")
        else:
            means = stop
            todo = msg("KTS", "{move}; üretici aktif listeye dönerse tesis bu üreticiyle yeniden hizmet "
                       "verebilir").format(move=move)
        return msg("KTS", "Ne anlama gelir: {rules} Üretici {on} tarihinden itibaren aktif listede değildir: {means}; "
                   "üretici KTS Yetki Belgesi alamaz ve bu üreticiyi kullanan başvurulara USH izni verilmez.\n"
                   "{todo}. {back_by} tarihine kadar aktif listeye dönmeyen üretici KTS'den silinir "
                   "({art}).").format(rules=rules, on=_fmt(on), means=means, todo=todo, back_by=back_by, art=ART8)
    lines: list[str] = []
    close, longest = _fmt(add_months(on, 3)), _fmt(add_months(on, 6))
    if keeps_facilities and access_code_issued:
        lines.append(msg("KTS", "Ne anlama gelir: {rules} Silinen üretici, bakanlık ayarı gereği, yazılım erişim kodu "
                         "açık kaldığı sürece daha önce hizmet verdiği tesislerde hizmete devam edebilir; yeniden "
                         "aktif listeye alınana kadar yeni bir tesise hizmet veremez.").format(rules=rules))
    else:
        lines.append(msg("KTS", "Ne anlama gelir: {rules} Silinen üretici {on} tarihinden itibaren aktif listede "
                         "değildir: {stop}; yeniden aktif listeye alınana kadar yeni bir tesise hizmet "
                         "veremez.").format(rules=rules, on=_fmt(on), stop=stop))
    if access_code_issued:
        lines.append(msg("KTS", "Üreticinin yazılım erişim kodu {close} tarihinde kapanır; tesisin resmî talebiyle en "
                         "çok {longest} tarihine kadar açık tutulabilir. Bu süre tesislerin kayıtlarını ve veri "
                         "gönderimini yeni USBS'ye taşıması içindir; kod kapandıktan sonra üreticinin yazılımı "
                         "Bakanlık sistemlerine erişemez.").format(close=close, longest=longest))
        lines.append(msg("KTS", "{move}, erişim kodu kapanmadan; taşıma için daha uzun süre gerekiyorsa SBSGM'ye "
                         "resmî yazıyla uzatma talep edebilir.").format(move=move))
    else:
        lines.append(joined("", [move, "."]))
    ban = reapply_not_before(ground, on) if ground else None
    if ban is not None:
        lines.append(msg("KTS", "Üreticinin yeni başvurusu {day} tarihine kadar kabul edilmez ({basis}).").format(
                         day=_fmt(ban), basis=GROUND_BASIS[ground]))
    else:
        lines.append(msg("KTS", "Üretici {art}'ya göre yeniden başvurabilir; bu silme yeni başvuruya yasak "
                         "getirmez.").format(art=ART6))
    return joined("\n", lines)
