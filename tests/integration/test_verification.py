"""Verifying a permit from its PDF or its code (issue 4): the answer checks the signature, that the file is the
one issued, and the permit's status (anchors A.1, DIVOC#456: revocation, not only the signature)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.cli import main as cli
from app.models import AuditEntry, VerificationCheck
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits, verification
from tests.support.shgm import amend, forwarded, on_day
from tests.support.shgm import shgm as shgm_desk
from tests.support.signing import use_test_certificate

REQUESTED = [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)]


@pytest.fixture(autouse=True)
def _real_certificate(tmp_path):
    """Permits signed with a configured (non-demo) certificate: a demo-signed one is not valid outside a demo
    database (tests/integration/test_demo_verification.py)."""
    use_test_certificate(tmp_path / "imza")


@pytest.fixture
def approver(ctx):
    return shgm_desk(ctx, Role.SHGM_APPROVER)


@pytest.fixture
def issued(ctx, approver) -> permits.IssuedPermit:
    did = shgm.assign_areas(approver, forwarded(ctx), REQUESTED)
    shgm.mark_ckys_recorded(approver, did, "CKYS-2026-1")
    return permits.issue_permit(approver, did)


@pytest.fixture
def pdf(approver, issued) -> bytes:
    return permits.permit_document(approver, issued.permit_id).content


def test_the_issued_file_and_its_code_verify_as_valid_and_each_check_is_recorded(ctx, approver, issued, pdf):
    r = verification.verify_file(approver, pdf, "gui")
    assert r.valid and r.status == "valid" and r.permit_number == "35-2026-00001" and not r.demo
    assert r.line.startswith("VALID Geçerli: 35-2026-00001")
    typed = issued.verification_code.replace("-", " ").lower()
    assert verification.verify_code(approver, typed, "gui").valid
    with ctx.read() as s:
        checks = s.scalars(select(VerificationCheck).order_by(VerificationCheck.id)).all()
        assert [(c.valid, c.source, c.document_kind) for c in checks] == [(True, "gui", "permit")] * 2
        assert checks[0].file_sha256 and checks[0].checked_by == approver.actor.username
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.table_name == "verification_checks")) == 2


def test_a_copy_with_one_changed_byte_fails(approver, pdf):
    changed = bytearray(pdf)
    at = len(pdf) // 3
    changed[at] = (changed[at] + 1) % 256
    r = verification.verify_file(approver, bytes(changed), "cli")
    assert not r.valid and r.status in ("signature_broken", "content_changed", "no_signature")
    assert r.reason.startswith(("İmza bozuk", "İçerik değiştirilmiş"))


def test_content_added_after_signing_is_refused(approver, pdf):
    r = verification.verify_file(approver, pdf + b"\n% eklendi\n", "cli")
    assert not r.valid


def test_a_revoked_permit_verifies_as_revoked_on_its_date(approver, issued, pdf):
    permits.revoke(approver, issued.permit_id, dt.date(2026, 3, 20), "Faaliyet koşulları kaybedildi.")
    later = on_day(approver, dt.date(2026, 4, 1))
    for r in (verification.verify_file(later, pdf), verification.verify_code(later, issued.verification_code)):
        assert not r.valid and r.status == "revoked"
        assert r.reason == "İzin 35-2026-00001 20.03.2026 tarihinde iptal edilmiştir. Gerekçe: Faaliyet koşulları " \
                           "kaybedildi."                       # one language: no "(revoked on …)" any more
    # before the revocation date the same permit is still valid
    assert verification.verify_code(on_day(approver, dt.date(2026, 3, 19)), issued.verification_code).valid


def test_a_superseded_revision_names_the_new_one(approver, issued, pdf):
    amended = amend(on_day(approver, dt.date(2026, 4, 1)), issued.permit_id, [("MUAYENE", None)],
                                  "Alan daraltıldı.")
    later = on_day(approver, dt.date(2026, 4, 2))
    r = verification.verify_file(later, pdf)
    assert not r.valid and r.status == "superseded"
    assert "35-2026-00001 numaralı iznin 2. revizyonu" in r.reason and "superseded" not in r.reason
    new_pdf = permits.permit_document(later, issued.permit_id).content
    assert verification.verify_file(later, new_pdf).valid
    assert verification.verify_code(later, amended.verification_code).valid


def test_a_suspended_permit_is_not_valid_while_suspended(approver, issued):
    permits.suspend(approver, issued.permit_id, dt.date(2026, 4, 1), dt.date(2026, 5, 1), "Denetim sürüyor.")
    r = verification.verify_code(on_day(approver, dt.date(2026, 4, 10)), issued.verification_code)
    assert not r.valid and r.status == "suspended" and "01.04.2026 tarihinden itibaren" in r.reason
    assert verification.verify_code(on_day(approver, dt.date(2026, 5, 1)), issued.verification_code).valid


def test_unknown_codes_and_foreign_files(approver, issued):
    r = verification.verify_code(approver, "AAAA-BBBB-CCCC-DDDD")
    assert not r.valid and r.status == "unknown_code" and "bilinmiyor" in r.reason
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf)
    c.drawString(100, 700, "Sahte belge")
    c.save()
    r = verification.verify_file(approver, buf.getvalue())
    assert not r.valid and r.status == "no_code"


def test_a_file_signed_by_another_certificate_is_refused(approver, issued, pdf, monkeypatch, tmp_path):
    """The same pages re-signed with another key: the signature is intact, but this is not the issued file."""
    import io

    from pypdf import PdfReader, PdfWriter

    from app.workflows.common import signing

    use_test_certificate(tmp_path / "baska")
    other = signing.load_identity()           # another configured certificate: another key pair
    w = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        w.add_page(page)
    w.add_metadata({"/Keywords": f"USH-IZIN:{issued.verification_code}"})
    buf = io.BytesIO()
    w.write(buf)
    forged = signing.sign_pdf(buf.getvalue(), other, reason="sahte")
    r = verification.verify_file(approver, forged)
    assert not r.valid and r.status == "content_changed"      # trusted here, yet not the stored document
    monkeypatch.setattr(signing, "load_identity", lambda *a, **k: (_ for _ in ()).throw(signing.SigningUnavailable("yok")))
    r = verification.verify_file(approver, forged)
    assert not r.valid and r.status == "untrusted"            # only the original's certificate is trusted


def test_cli_verify_exit_codes(ctx, approver, issued, pdf, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.permits"])
    url = ctx.target.url.render_as_string(hide_password=False)
    good = tmp_path / "izin.pdf"
    good.write_bytes(pdf)
    assert cli.main(["--db", url, "verify", str(good)]) == 0
    assert capsys.readouterr().out.startswith("VALID ")
    bad = tmp_path / "izin-degisik.pdf"
    data = bytearray(pdf)
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    assert cli.main(["--db", url, "verify", str(bad)]) == 1
    assert capsys.readouterr().out.startswith("INVALID ")
    assert cli.main(["--db", url, "verify", "--code", issued.verification_code]) == 0
    assert capsys.readouterr().out.startswith("VALID ")
    assert cli.main(["--db", url, "verify", "--code", "ZZZZ-ZZZZ-ZZZZ-ZZZZ"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("INVALID ") and "bilinmiyor" in out and out.count("\n") == 1
    assert cli.main(["--db", url, "verify"]) == 2
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(VerificationCheck)
                        .where(VerificationCheck.source == "cli")) == 4
