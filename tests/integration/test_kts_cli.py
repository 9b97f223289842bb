"""`ush-izin can-serve`, `ush-izin kts evaluate` and `ush-izin kts verify`."""

from __future__ import annotations

import pytest

import app.cli.main as cli
from app.models import VendorCertificate
from app.workflows.kts import registry as kts
from tests.support.kts import TCKN, d, facility, on, onboard, permit, professional, work_permit


@pytest.fixture(autouse=True)
def _kts_commands(monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.kts"])


def url(ctx) -> str:
    return ctx.target.url.render_as_string(hide_password=False)


def test_can_serve_says_uygun(ctx, capsys):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=onboard(ctx))   # its USBS producer is on the KTS active list
    work_permit(ctx, professional(ctx), fid)
    code = cli.main(["--db", url(ctx), "can-serve", "--tckn", TCKN, "--facility", "35-0001", "--area", "MUAYENE",
                     "--date", "2026-06-15"])
    assert code == 0
    assert capsys.readouterr().out == "UYGUN (15.06.2026)\n"
    assert cli.main(["--db", url(ctx), "can-serve", "--tckn", TCKN, "--facility", str(fid), "--area", "MUAYENE",
                     "--date", "2026-06-15"]) == 0


def test_can_serve_names_a_producer_that_is_due_to_be_passive(ctx, capsys):
    """The command gives the same answer as the desk: a warning's deadline passed makes the producer passive
    (SBYS art. 7) before anyone has applied the rules."""
    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-03-02"), vid, d("2026-03-02"), d("2026-03-16"), "Eksik alanlar.")
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=vid)
    work_permit(ctx, professional(ctx), fid)
    code = cli.main(["--db", url(ctx), "can-serve", "--tckn", TCKN, "--facility", "35-0001", "--area", "MUAYENE",
                     "--date", "2026-03-17"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1 and out[0] == "UYGUN DEĞİL (17.03.2026)"
    assert len(out) == 2 and "17.03.2026 tarihinde KTS pasif listesinde" in out[1]


def test_can_serve_says_uygun_degil_with_every_reason(ctx, capsys):
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    professional(ctx, licence_until="2026-01-01")
    code = cli.main(["--db", url(ctx), "can-serve", "--tckn", TCKN, "--facility", "35-0001", "--area", "MUAYENE",
                     "--date", "2026-06-15"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[0] == "UYGUN DEĞİL (15.06.2026)"
    assert len(out) == 4 and all(line.startswith("- ") for line in out[1:])
    assert "faaliyet izni yok" in out[1] and "01.01.2026" in out[2] and "çalışma izni" in out[3]
    assert fid


def test_a_bad_date_is_refused(ctx, capsys):
    with pytest.raises(SystemExit):
        cli.main(["--db", url(ctx), "can-serve", "--tckn", TCKN, "--facility", "1", "--area", "MUAYENE",
                  "--date", "2026-02-30"])
    assert "geçersiz tarih" in capsys.readouterr().err


def test_kts_evaluate_prints_and_applies_the_actions_once(ctx, capsys):
    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-02-02"), vid, d("2026-02-02"), d("2026-03-02"), "Eksik alanlar.")
    assert cli.main(["--db", url(ctx), "kts", "evaluate", "--date", "2026-03-03", "--dry-run"]) == 0
    assert "1 işlem (kaydedilmedi)" in capsys.readouterr().out
    assert cli.main(["--db", url(ctx), "kts", "evaluate", "--date", "2026-03-03"]) == 0
    out = capsys.readouterr().out
    assert "KTS kuralları 03.03.2026: 1 işlem" in out
    assert "PASİF\t03.03.2026\tÇağrı Sağlık Yazılımları A.Ş.\t" in out and "md. 7" in out
    assert cli.main(["--db", url(ctx), "kts", "evaluate", "--date", "2026-03-03"]) == 0
    assert "0 işlem" in capsys.readouterr().out


def test_kts_verify(ctx, capsys):
    vid = onboard(ctx)
    cid = kts.issue_certificate(on(ctx, "2026-01-15"), vid, d("2026-01-15"), d("2027-01-14"))
    with ctx.read() as s:
        code = s.get(VendorCertificate, cid).verification_code
    assert cli.main(["--db", url(ctx), "kts", "verify", code, "--date", "2026-02-01"]) == 0
    assert capsys.readouterr().out.startswith("GEÇERLİ: KTS-YB-2026-00001")
    assert cli.main(["--db", url(ctx), "kts", "verify", code, "--date", "2027-02-01"]) == 1
    assert "GEÇERSİZ" in capsys.readouterr().out


def test_the_administrator_decides_whether_producers_keep_their_facilities(ctx, capsys, monkeypatch):
    """Decision 73's setting: off by default (only active-list producers serve); the administrator turns it on and
    can_serve then lets a passive producer go on serving the facility it served before."""
    from tests.support.accounts import cli_admin

    vid = onboard(ctx)
    kts.give_warning(on(ctx, "2026-03-02"), vid, d("2026-03-02"), d("2026-03-16"), "Eksik alanlar.")
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    permit(ctx, fid, ["MUAYENE"], vendor_id=vid)
    work_permit(ctx, professional(ctx), fid)
    serve = ["--db", url(ctx), "can-serve", "--tckn", TCKN, "--facility", "35-0001", "--area", "MUAYENE",
             "--date", "2026-04-01"]
    assert cli.main(["--db", url(ctx), "kts", "keep-facilities"]) == 0
    assert "tesislerine de hizmet veremez" in capsys.readouterr().out
    assert cli.main(serve) == 1
    capsys.readouterr()
    as_admin = cli_admin(ctx, monkeypatch)
    assert cli.main(["--db", url(ctx), "kts", "keep-facilities", "evet", *as_admin]) == 0
    assert "tesislerine devam edebilir; yeni tesise hizmet veremez" in capsys.readouterr().out
    assert cli.main(serve) == 0 and capsys.readouterr().out == "UYGUN (01.04.2026)\n"


def test_only_the_administrator_changes_whether_producers_keep_their_facilities(ctx):
    from app.workflows.common import system_settings
    from app.workflows.common.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        system_settings.change_producer_keeps_facilities(on(ctx, "2026-04-01"), True)   # a KTS officer
    assert system_settings.read_producer_keeps_facilities(ctx) is False
