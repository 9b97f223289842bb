"""`ush-izin kts access-code issue|rotate|revoke --vendor-tax VKN`: the new code alone on the last line."""

from __future__ import annotations

import pytest

import app.cli.main as cli
from app.models import Vendor
from app.workflows.common.vendor_access import closed_reason, find_code
from tests.support.accounts import cli_admin
from tests.support.kts import VKN, onboard


@pytest.fixture(autouse=True)
def _kts_commands(monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.kts"])


def url(ctx) -> str:
    return ctx.target.url.render_as_string(hide_password=False)


def _opens(ctx, code: str) -> bool:
    with ctx.read() as s:
        row = find_code(s, code)
        return row is not None and closed_reason(s, s.get(Vendor, row.vendor_id), row, ctx.clock.today()) is None


def test_issue_prints_the_code_alone_on_its_last_line_and_it_opens(ctx, capsys, monkeypatch):
    onboard(ctx)
    as_admin = cli_admin(ctx, monkeypatch)
    assert cli.main(["--db", url(ctx), "kts", "access-code", "issue", "--vendor-tax", VKN, *as_admin]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    code = lines[-1]
    assert code.startswith("usbs_") and " " not in code
    assert "Çağrı Sağlık Yazılımları A.Ş." in lines[0]
    assert _opens(ctx, code)
    # a second code while one is open: refused with the Turkish reason, nothing printed as a code
    assert cli.main(["--db", url(ctx), "kts", "access-code", "issue", "--vendor-tax", VKN, *as_admin]) == 2
    assert "açık bir erişim kodu var" in capsys.readouterr().err


def test_rotate_then_revoke(ctx, capsys, monkeypatch):
    onboard(ctx)
    as_admin = cli_admin(ctx, monkeypatch)
    base = ["--db", url(ctx), "kts", "access-code"]
    assert cli.main([*base, "issue", "--vendor-tax", VKN, *as_admin]) == 0
    first = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli.main([*base, "rotate", "--vendor-tax", VKN, *as_admin]) == 0
    second = capsys.readouterr().out.strip().splitlines()[-1]
    assert second != first and _opens(ctx, second) and not _opens(ctx, first)
    assert cli.main([*base, "revoke", "--vendor-tax", VKN, "--reason", "Sözleşme sona erdi.", *as_admin]) == 0
    assert "kapatıldı" in capsys.readouterr().out
    assert not _opens(ctx, second)


def test_an_unknown_vendor_is_a_clear_error(ctx, capsys, monkeypatch):
    as_admin = cli_admin(ctx, monkeypatch)
    assert cli.main(["--db", url(ctx), "kts", "access-code", "issue", "--vendor-tax", "1111111111", *as_admin]) == 2
    assert "1111111111" in capsys.readouterr().err


def test_the_administrator_sets_the_query_rate_every_instance_reads(ctx, capsys, monkeypatch):
    from app.workflows.common.vendor_access import DEFAULT_RATE, query_rate

    as_admin = cli_admin(ctx, monkeypatch)
    with ctx.read() as s:
        assert query_rate(s) == DEFAULT_RATE == 10
    assert cli.main(["--db", url(ctx), "kts", "access-code", "rate", "25", *as_admin]) == 0
    assert "saniyede 25 sorgu" in capsys.readouterr().out
    with ctx.read() as s:
        assert query_rate(s) == 25
    assert cli.main(["--db", url(ctx), "kts", "access-code", "rate", "-1", *as_admin]) == 2
    assert "0 ile 1000" in capsys.readouterr().err
