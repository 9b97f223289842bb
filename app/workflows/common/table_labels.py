"""The names officials know for the database's tables (the restore-test tutanak, the audit trail, exports' reports).

The schema's names are English identifiers; a table without a label here is shown by its identifier
(tests/unit/test_table_labels.py keeps this list complete).
"""

from __future__ import annotations

TABLE_LABELS: dict[str, str] = {
    "applications": "Başvurular",
    "application_areas": "Başvurunun istediği USH alanları",
    "application_professionals": "Başvurudaki sağlık meslek mensupları",
    "area_assignments": "SHGM'nin belirlediği USH alanları",
    "audit_checkpoints": "Denetim kaydı imzalı kontrol noktaları",
    "audit_entries": "Denetim kaydı",
    "audit_head": "Denetim kaydının son halkası",
    "branches": "Branşlar",
    "checklist_answers": "Ek-1 kontrol listesi cevapları",
    "competence_criteria_versions": "Teknik değerlendirme ölçütleri (sürümler)",
    "competence_declarations": "Yetkinlik beyanları",
    "completions": "Eksiklik tamamlamaları",
    "deficiencies": "Eksiklikler",
    "documents": "Belgeler ve ekler",
    "ek1_criteria": "Ek-1 maddeleri",
    "ek1_versions": "Ek-1 sürümleri",
    "facilities": "Sağlık tesisleri",
    "facility_types": "Tesis türleri",
    "notices": "İSM duyuruları",
    "notifications": "Başvuru sahibine bildirim yazıları",
    "number_sequences": "Numara sayaçları",
    "permit_areas": "İzin belgesindeki USH alanları",
    "permit_events": "İzin belgesi işlemleri (askı, iptal, değişiklik)",
    "permit_revisions": "İzin belgesi sürümleri",
    "permits": "Faaliyet İzin Belgeleri",
    "professionals": "Sağlık meslek mensupları",
    "provinces": "İller",
    "reference_datasets": "Yüklü başvuru listeleri (sürümler)",
    "service_log": "Doğrulama hizmeti kaydı",
    "service_log_key": "Doğrulama hizmeti anahtarı",
    "shgm_decisions": "SHGM kararları",
    "state_transitions": "Başvuru durum değişiklikleri",
    "system_settings": "Ortak ayarlar",
    "technical_evaluations": "Teknik değerlendirmeler",
    "users": "Kullanıcılar",
    "ush_areas": "USH alanları",
    "vendor_access_codes": "USBS üreticisi erişim kodları",
    "vendor_audit_findings": "USBS denetim bulguları",
    "vendor_audits": "USBS üreticisi denetimleri",
    "vendor_certificates": "KTS Yetki Belgeleri",
    "vendor_info_changes": "USBS üreticisi bilgi değişiklikleri",
    "vendor_onboarding_steps": "USBS üreticisi kayıt adımları",
    "vendor_products": "USBS yazılımları",
    "vendor_status_events": "KTS liste durumu değişiklikleri",
    "vendor_warnings": "USBS üreticisine uyarılar",
    "vendors": "USBS üreticileri",
    "verification_checks": "Belge doğrulama kayıtları",
    "work_permits": "Çalışma izinleri",
}


def table_label(name: str) -> str:
    """"Başvurular" for "applications"; an unknown table keeps its identifier."""
    return TABLE_LABELS.get(name, name)
