"""`ush-izin kts delete --vendor-tax VKN --ground 8/2|8/3 --reason …`: the ground decides the ban (SBYS art. 8/2: no
new application for a year; art. 8/3: none), and the command acts as an authenticated account."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

import app.cli.main as cli
from app.models import Vendor, VendorStatusEvent
from tests.support.accounts import cli_admin
from tests.support.kts import VKN, onboard


@pytest.fixture(autouse=True)
def _kts_commands(monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.kts"])


def url(ctx) -> str:
    return ctx.target.url.render_as_string(hide_password=False)


def _deleted(ctx) -> tuple[str, str, dt.date | None]:
    with ctx.read() as s:
        ev = s.scalars(select(VendorStatusEvent).where(VendorStatusEvent.status == "deleted")).one()
        return ev.ground, ev.legal_basis, s.get(Vendor, ev.vendor_id).reapply_not_before


def test_8_3_deletes_without_a_ban(ctx, capsys, monkeypatch):
    onboard(ctx)
    args = ["--db", url(ctx), "kts", "delete", "--vendor-tax", VKN, "--ground", "8/3", "--date", "2026-04-01",
            "--reason", "Log kayıtları tutulmuyor.", *cli_admin(ctx, monkeypatch)]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "01.04.2026 tarihinde KTS'den silindi (SBYS Yönetmeliği md. 8/3)" in out and "yasağı yok" in out
    assert _deleted(ctx) == ("breach_16_17", "SBYS Yönetmeliği md. 8/3", None)


def test_8_2_deletes_and_names_the_year(ctx, capsys, monkeypatch):
    onboard(ctx)
    args = ["--db", url(ctx), "kts", "delete", "--vendor-tax", VKN, "--ground", "8/2", "--date", "2026-04-01",
            "--reason", "Erişim kodu paylaşıldı.", *cli_admin(ctx, monkeypatch)]
    assert cli.main(args) == 0
    assert "01.04.2027 tarihine kadar kabul edilmez" in capsys.readouterr().out
    assert _deleted(ctx) == ("false_info", "SBYS Yönetmeliği md. 8/2", dt.date(2027, 4, 1))


def test_a_ground_that_is_not_an_officers_is_refused(ctx, capsys, monkeypatch):
    onboard(ctx)
    with pytest.raises(SystemExit):
        cli.main(["--db", url(ctx), "kts", "delete", "--vendor-tax", VKN, "--ground", "8/1", "--reason", "x",
                  *cli_admin(ctx, monkeypatch)])
    assert "8/2" in capsys.readouterr().err
