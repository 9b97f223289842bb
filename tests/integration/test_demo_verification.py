"""A permit signed with a demo certificate is never plainly VALID: in a demo database it verifies as a DEMO
document (exit 3), anywhere else it is not valid (exit 1), by file and by code, whichever desk made the demo key."""

from __future__ import annotations

import pytest

from app.cli import main as cli
from app.storage.audit import record_event
from app.workflows.common import signing
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits, verification
from tests.support.shgm import forwarded
from tests.support.shgm import shgm as shgm_desk
from tests.support.signing import use_test_certificate

REQUESTED = [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)]


@pytest.fixture
def approver(ctx):
    return shgm_desk(ctx, Role.SHGM_APPROVER)


def _issue(ctx, approver) -> tuple[permits.IssuedPermit, bytes]:
    did = shgm.assign_areas(approver, forwarded(ctx), REQUESTED)
    shgm.mark_ckys_recorded(approver, did, "CKYS-2026-1")
    issued = permits.issue_permit(approver, did)
    return issued, permits.permit_document(approver, issued.permit_id).content


def _make_demo_database(ctx) -> None:
    with ctx.write() as s:
        record_event(s, "demo_data", "1", {"applications": 0, "seed": 1})


def test_a_demo_signed_permit_is_not_valid_in_a_real_database(ctx, approver, tmp_path, monkeypatch, capsys):
    issued, pdf = _issue(ctx, approver)
    assert issued.demo
    by_file = verification.verify_file(approver, pdf, "cli")
    by_code = verification.verify_code(approver, issued.verification_code, "cli")
    for r in (by_file, by_code):
        assert not r.valid and r.demo and r.status == verification.DEMO_STATUS
        assert "demo" in r.reason and r.line.startswith("INVALID ")
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.permits"])
    url = ctx.target.url.render_as_string(hide_password=False)
    f = tmp_path / "izin.pdf"
    f.write_bytes(pdf)
    assert cli.main(["--db", url, "verify", str(f)]) == 1
    assert cli.main(["--db", url, "verify", "--code", issued.verification_code]) == 1
    out = capsys.readouterr().out
    assert "VALID " not in out.replace("INVALID ", "") and out.count("demo") >= 2


def test_in_a_demo_database_it_is_a_demo_document_never_plainly_valid(ctx, approver, tmp_path, monkeypatch, capsys):
    issued, pdf = _issue(ctx, approver)
    _make_demo_database(ctx)
    for r in (verification.verify_file(approver, pdf), verification.verify_code(approver, issued.verification_code)):
        assert r.valid and r.demo and r.status == "demo"
        assert r.line.startswith("DEMO ") and "DEMO BELGE" in r.reason
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.permits"])
    url = ctx.target.url.render_as_string(hide_password=False)
    f = tmp_path / "izin.pdf"
    f.write_bytes(pdf)
    assert cli.main(["--db", url, "verify", str(f)]) == 3
    assert cli.main(["--db", url, "verify", "--code", issued.verification_code]) == 3
    assert all(line.startswith("DEMO ") for line in capsys.readouterr().out.splitlines())


def test_a_revoked_demo_permit_keeps_its_reason(ctx, approver):
    issued, pdf = _issue(ctx, approver)
    permits.revoke(approver, issued.permit_id, approver.clock.today(), "Denetim")
    r = verification.verify_file(approver, pdf)
    assert not r.valid and r.status == "revoked" and "iptal" in r.reason and "demo" in r.reason


def test_another_desks_demo_certificate_is_a_demo_certificate_too(ctx, approver):
    """The demo certificate of another desk (another key pair) is still a demo certificate."""
    import os

    _issue(ctx, approver)
    assert signing.is_demo_certificate(signing.load_identity().cert_der)
    os.remove(signing.demo_path())
    signing._cache.clear()
    other = signing.load_identity()
    assert other.demo and signing.is_demo_certificate(other.cert_der)


def test_a_configured_certificate_gives_a_plain_valid(ctx, approver, tmp_path):
    use_test_certificate(tmp_path / "imza")
    issued, pdf = _issue(ctx, approver)
    assert not issued.demo
    _make_demo_database(ctx)          # a demo database does not make a genuine signature a demo one
    r = verification.verify_file(approver, pdf)
    assert r.valid and not r.demo and r.status == "valid" and r.line.startswith("VALID ")
    assert not signing.is_demo_certificate(signing.load_identity().cert_der)


def test_the_demo_mark_of_the_system_settings_also_makes_a_demo_database(ctx, approver):
    from app.models import SystemSetting

    _issued, pdf = _issue(ctx, approver)
    with ctx.write() as s:
        s.add(SystemSetting(key=verification.DEMO_MARK, value={"seed": 1}))
    r = verification.verify_file(approver, pdf)
    assert r.valid and r.demo and r.status == "demo" and r.line.startswith("DEMO ")
