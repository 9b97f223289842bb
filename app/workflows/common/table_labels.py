"""The names officials know for the database's tables (the restore-test tutanak, the audit trail, exports' reports).

The schema's names are English identifiers; a table without a label here is shown by its identifier
(tests/integration/test_table_labels.py keeps this list complete).
"""

from __future__ import annotations

from app.workflows.common.messages import Message, msg

TABLE_LABELS: dict[str, Message] = {     # Turkish as str; the interface translates them
    "applications": msg("Tablolar", "Başvurular"),
    "application_areas": msg("Tablolar", "Başvurunun istediği USH alanları"),
    "application_professionals": msg("Tablolar", "Başvurudaki sağlık meslek mensupları"),
    "area_assignments": msg("Tablolar", "SHGM'nin belirlediği USH alanları"),
    "audit_checkpoints": msg("Tablolar", "Denetim kaydı imzalı kontrol noktaları"),
    "audit_entries": msg("Tablolar", "Denetim kaydı"),
    "audit_head": msg("Tablolar", "Denetim kaydının son halkası"),
    "branches": msg("Tablolar", "Branşlar"),
    "checklist_answers": msg("Tablolar", "Ek-1 kontrol listesi cevapları"),
    "competence_criteria_versions": msg("Tablolar", "Teknik değerlendirme ölçütleri (sürümler)"),
    "competence_declarations": msg("Tablolar", "Yetkinlik beyanları"),
    "completions": msg("Tablolar", "Eksiklik tamamlamaları"),
    "deficiencies": msg("Tablolar", "Eksiklikler"),
    "documents": msg("Tablolar", "Belgeler ve ekler"),
    "ek1_criteria": msg("Tablolar", "Ek-1 maddeleri"),
    "ek1_versions": msg("Tablolar", "Ek-1 sürümleri"),
    "facilities": msg("Tablolar", "Sağlık tesisleri"),
    "facility_types": msg("Tablolar", "Tesis türleri"),
    "notices": msg("Tablolar", "İSM duyuruları"),
    "notifications": msg("Tablolar", "Başvuru sahibine bildirim yazıları"),
    "number_sequences": msg("Tablolar", "Numara sayaçları"),
    "permit_areas": msg("Tablolar", "İzin belgesindeki USH alanları"),
    "permit_events": msg("Tablolar", "İzin belgesi işlemleri (askı, iptal, değişiklik)"),
    "permit_revisions": msg("Tablolar", "İzin belgesi sürümleri"),
    "permits": msg("Tablolar", "Faaliyet İzin Belgeleri"),
    "professionals": msg("Tablolar", "Sağlık meslek mensupları"),
    "provinces": msg("Tablolar", "İller"),
    "reference_datasets": msg("Tablolar", "Yüklü başvuru listeleri (sürümler)"),
    "service_log": msg("Tablolar", "Doğrulama hizmeti kaydı"),
    "service_log_key": msg("Tablolar", "Doğrulama hizmeti anahtarı"),
    "shgm_decisions": msg("Tablolar", "SHGM kararları"),
    "state_transitions": msg("Tablolar", "Başvuru durum değişiklikleri"),
    "system_settings": msg("Tablolar", "Ortak ayarlar"),
    "technical_evaluations": msg("Tablolar", "Teknik değerlendirmeler"),
    "users": msg("Tablolar", "Kullanıcılar"),
    "ush_areas": msg("Tablolar", "USH alanları"),
    "vendor_access_codes": msg("Tablolar", "USBS üreticisi erişim kodları"),
    "vendor_audit_findings": msg("Tablolar", "USBS denetim bulguları"),
    "vendor_audits": msg("Tablolar", "USBS üreticisi denetimleri"),
    "vendor_certificates": msg("Tablolar", "KTS Yetki Belgeleri"),
    "vendor_info_changes": msg("Tablolar", "USBS üreticisi bilgi değişiklikleri"),
    "vendor_onboarding_steps": msg("Tablolar", "USBS üreticisi kayıt adımları"),
    "vendor_products": msg("Tablolar", "USBS yazılımları"),
    "vendor_status_events": msg("Tablolar", "KTS liste durumu değişiklikleri"),
    "vendor_warnings": msg("Tablolar", "USBS üreticisine uyarılar"),
    "vendors": msg("Tablolar", "USBS üreticileri"),
    "verification_checks": msg("Tablolar", "Belge doğrulama kayıtları"),
    "work_permits": msg("Tablolar", "Çalışma izinleri"),
}


# Acts recorded in the audit trail as events on no table of their own (app.storage.audit.record_event).
EVENT_LABELS: dict[str, Message] = {
    "backup": msg("Tablolar", "Yedek"),
    "backup_offsite": msg("Tablolar", "Yedeğin başka yerdeki kopyası"),
    "demo_data": msg("Tablolar", "Örnek veri yüklemesi"),
    "export": msg("Tablolar", "Tüm verilerin dışa aktarımı"),
    "list_export": msg("Tablolar", "Liste dışa aktarımı"),
    "login": msg("Tablolar", "Oturum açma"),
    "restore_test": msg("Tablolar", "Geri dönüş testi"),
    "schema": msg("Tablolar", "Veritabanı şeması"),
}


def table_label(name: str) -> str:
    """"Başvurular" for "applications", "Yedek" for a backup event; an unknown name keeps its identifier."""
    return TABLE_LABELS.get(name) or EVENT_LABELS.get(name, name)
