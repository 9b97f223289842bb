"""KTS: a USBS vendor's software access code (SBYS art. 6/4, 8/4): given after the confidentiality agreement,
shown once and stored only as a hash, rotated and revoked by the KTS desk, closed by the rules after deletion."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import AuditEntry, ServiceLog, Vendor, VendorAccessCode
from app.workflows.common.errors import DomainError, PermissionDenied, ValidationFailed
from app.workflows.common.service_log import Request, log_request
from app.workflows.common.vendor_access import closed_reason, find_code, lookup_of
from app.workflows.common.vocabulary import Role
from app.workflows.kts import access_codes
from app.workflows.kts import registry as kts
from app.workflows.kts.access_codes import CodeAction
from tests.support.kts import AFTER_DOCS, AUDIT_TESTS, TCKN, d, facility, on, onboard, user, vendor_form

UTC = dt.timezone.utc


def _check_open(ctx, code: str, day: str) -> str | None:
    """None when `code` is a known code open on `day`, else why not."""
    with ctx.read() as s:
        row = find_code(s, code)
        if row is None:
            return "unknown"
        return closed_reason(s, s.get(Vendor, row.vendor_id), row, d(day))


def test_the_code_is_given_only_after_the_audit_the_web_service_check_and_the_agreement(ctx):
    c = on(ctx, "2025-09-01")
    vid = kts.register_vendor(c, vendor_form())
    kts.add_vendor_document(c, vid, "kts_iso27001", "iso.pdf", b"%PDF iso")
    kts.add_vendor_document(c, vid, "kts_cmmi", "cmmi.pdf", b"%PDF cmmi")
    kts.record_step(c, vid, "document_check", "completed", d("2025-09-01"))
    assert access_codes.access_code_file(c, vid).actions == frozenset()
    with pytest.raises(DomainError, match="gizlilik sözleşmesi"):
        access_codes.issue(c, vid)
    kts.record_step(c, vid, AFTER_DOCS[0], "completed", d("2025-09-01"))
    # the agreement alone is not enough: the code is for the real environment, after the audit and the web
    # service check (SBYS md. 6; the flow chart's "gerçek ortam bilgileri")
    assert access_codes.access_code_file(c, vid).actions == frozenset()
    with pytest.raises(DomainError, match="web servis"):
        access_codes.issue(c, vid)
    for stage in AFTER_DOCS[1:AFTER_DOCS.index("audit_appointment") + 1]:
        kts.record_step(c, vid, stage, "completed", d("2025-09-01"))
    for test in AUDIT_TESTS:
        kts.record_step(c, vid, "audit", "successful", d("2025-09-01"), audit_test=test)
    assert access_codes.access_code_file(c, vid).actions == frozenset()
    kts.record_step(c, vid, "web_service_check", "successful", d("2025-09-01"))
    assert access_codes.access_code_file(c, vid).actions == {CodeAction.ISSUE}
    issued = access_codes.issue(c, vid)
    assert issued.code.startswith("usbs_") and len(issued.code) >= 40
    assert issued.vendor_name == "Çağrı Sağlık Yazılımları A.Ş." and issued.signatory_name == "Şükrü Ağca"
    assert _check_open(ctx, issued.code, "2025-09-01") is None


def test_the_code_is_shown_once_and_stored_only_as_a_hash(ctx):
    vid = onboard(ctx)
    issued = access_codes.issue(on(ctx, "2026-01-05"), vid)
    with ctx.read() as s:
        row = s.get(VendorAccessCode, issued.code_id)
        trail = " ".join(f"{e.before} {e.after}" for e in s.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "vendor_access_codes")))
    secret = issued.code.split("_", 2)[2]
    assert row.lookup == lookup_of(issued.code) and secret not in row.secret_hash
    assert row.secret_hash not in trail and "«gizli»" in trail and secret not in trail
    # the desk's file never holds the code: only its public lookup part
    file = access_codes.access_code_file(on(ctx, "2026-01-05"), vid)
    assert file.open_code is not None and file.open_code.lookup == row.lookup
    assert issued.code not in repr(file)


def test_a_wrong_or_malformed_code_is_not_found(ctx):
    vid = onboard(ctx)
    issued = access_codes.issue(on(ctx, "2026-01-05"), vid)
    wrong = issued.code[:-1] + ("A" if issued.code[-1] != "A" else "B")
    for bad in (wrong, "", "usbs_", issued.code.upper(), "Bearer " + issued.code):
        assert _check_open(ctx, bad, "2026-01-05") == "unknown"


def test_one_open_code_at_a_time_rotation_closes_the_old_one_at_once(ctx):
    vid = onboard(ctx)
    c = on(ctx, "2026-01-05")
    first = access_codes.issue(c, vid)
    with pytest.raises(DomainError, match="açık bir erişim kodu var"):
        access_codes.issue(c, vid)
    c2 = on(ctx, "2026-02-10")
    second = access_codes.rotate(c2, vid)
    assert second.code != first.code
    assert "KTS birimince kapatıldı" in _check_open(ctx, first.code, "2026-02-10")
    assert _check_open(ctx, first.code, "2026-02-09") is None        # it opened until the day it was replaced
    assert _check_open(ctx, second.code, "2026-02-10") is None
    file = access_codes.access_code_file(c2, vid)
    assert [r.id for r in file.codes] == [second.code_id, first.code_id]
    assert file.actions == {CodeAction.ROTATE, CodeAction.REVOKE}


def test_revoking_needs_a_reason_and_closes_the_code_from_today(ctx):
    vid = onboard(ctx)
    issued = access_codes.issue(on(ctx, "2026-01-05"), vid)
    c = on(ctx, "2026-03-01")
    with pytest.raises(ValidationFailed):
        access_codes.revoke(c, vid, " ")
    access_codes.revoke(c, vid, "Firma yetkilisi kodun kaybolduğunu bildirdi.")
    reason = _check_open(ctx, issued.code, "2026-03-01")
    assert "01.03.2026" in reason and "kaybolduğunu" in reason
    assert access_codes.access_code_file(c, vid).actions == {CodeAction.ISSUE}
    with pytest.raises(DomainError, match="açık bir erişim kodu yok"):
        access_codes.revoke(c, vid, "İkinci kez kapatma denemesi.")


def test_the_deleted_vendors_code_closes_three_months_after_deletion_and_the_extension_moves_it(ctx):
    vid = onboard(ctx)
    issued = access_codes.issue(on(ctx, "2026-01-05"), vid)
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik e-Nabız alanları.")
    # passive from 03.03.2026, not back within 3 months: deleted on 04.06.2026; the code closes on 04.09.2026
    kts.apply_evaluation(on(ctx, "2026-06-10"), d("2026-06-10"))
    assert _check_open(ctx, issued.code, "2026-09-03") is None
    assert "04.09.2026" in _check_open(ctx, issued.code, "2026-09-04")
    assert access_codes.access_code_file(on(ctx, "2026-06-10"), vid).actions == {CodeAction.REVOKE}
    with pytest.raises(DomainError, match="silin"):
        access_codes.rotate(on(ctx, "2026-06-10"), vid)
    fid = facility(ctx, "06-0001", 6, "Özel Çankaya Tıp Merkezi")
    kts.extend_access_code(on(ctx, "2026-08-01"), vid, d("2026-11-04"), fid, "2026/123")
    assert _check_open(ctx, issued.code, "2026-11-03") is None
    assert "04.11.2026" in _check_open(ctx, issued.code, "2026-11-04")


def test_only_the_kts_desk_gives_codes_and_reads_them(ctx):
    vid = onboard(ctx)
    ism = user(ctx, "ism35.memur", Role.ISM_OFFICER, province_id=35)
    c = on(ctx, "2026-01-05", ism)
    with pytest.raises(PermissionDenied):
        access_codes.issue(c, vid)
    with pytest.raises(PermissionDenied):
        access_codes.access_code_file(c, vid)
    with pytest.raises(PermissionDenied):
        access_codes.vendor_queries(c, vid)
    auditor = on(ctx, "2026-01-05", user(ctx, "denetci", Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        access_codes.issue(auditor, vid)
    assert access_codes.access_code_file(auditor, vid).codes == []


def test_the_desk_lists_a_vendors_queries_newest_first_page_by_page_without_tc_numbers(ctx):
    vid = onboard(ctx)
    other = onboard(ctx, tax_no="1234567890", name="Başka Yazılım Ltd.")
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    start = dt.datetime(2026, 3, 1, 9, tzinfo=UTC)
    for i in range(7):
        log_request(ctx.engine, Request(kind="vendor-query", answer="uygun" if i % 2 else "uygun-degil",
                                        vendor_id=vid, facility_id=fid, code="35-0001", detail="MUAYENE",
                                        tckn=TCKN, client="203.0.113.7"), start + dt.timedelta(minutes=i))
    log_request(ctx.engine, Request(kind="vendor-query", answer="uygun-degil", vendor_id=vid, code="99-9999",
                                    detail="MUAYENE", tckn=TCKN), start + dt.timedelta(hours=1))
    log_request(ctx.engine, Request(kind="vendor-query", answer="uygun", vendor_id=other, facility_id=fid),
                start)
    c = on(ctx, "2026-03-02")
    first = access_codes.vendor_queries(c, vid, page=1, page_size=5)
    assert first.total == 8 and first.pages == 2 and len(first.rows) == 5
    assert first.rows[0].facility == "99-9999"                        # a facility nobody has: the code asked for
    assert first.rows[1].facility == "Özel Işıklı Göğüs Tıp Merkezi (35-0001)"
    assert first.rows[1].area == "MUAYENE" and first.rows[1].at > first.rows[2].at
    second = access_codes.vendor_queries(c, vid, page=2, page_size=5)
    assert len(second.rows) == 3 and second.rows[-1].answer == "uygun-degil"
    assert TCKN not in repr(first) + repr(second)
    with ctx.read() as s:
        assert s.scalar(select(ServiceLog.tckn_hash).where(ServiceLog.vendor_id == vid).limit(1)) != TCKN


def test_the_rules_close_the_code_even_before_anyone_records_the_deletion(ctx):
    """The deletion and the code's closing are due by the rules' own dates (decision 75): nobody ran 'Kuralları
    uygula', and the code still closes three months after the deletion the rules made due."""
    vid = onboard(ctx)
    issued = access_codes.issue(on(ctx, "2026-01-05"), vid)
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik e-Nabız alanları.")
    assert _check_open(ctx, issued.code, "2026-09-03") is None
    assert "04.09.2026" in _check_open(ctx, issued.code, "2026-09-04")
    with ctx.read() as s:
        assert s.get(Vendor, vid).access_code_closes_on is None       # nothing recorded
