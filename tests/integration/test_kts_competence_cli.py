"""`ush-izin kts plan --year Y [--vendor-tax VKN]` and `ush-izin kts scores --year Y [--format csv|json]`
(SBYS Yönetmeliği md. 20)."""

from __future__ import annotations

import json

import pytest

import app.cli.main as cli
from app.workflows.common.vocabulary import Role
from app.workflows.kts import competence
from app.workflows.kts.scores import Weights
from tests.support.accounts import cli_admin
from tests.support.kts import VKN, application, facility, onboard, user


@pytest.fixture(autouse=True)
def _kts_commands(monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.kts"])


def url(ctx) -> str:
    return ctx.target.url.render_as_string(hide_password=False)


@pytest.fixture
def serving(ctx):
    vid = onboard(ctx)
    for code, province, name in (("35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi"),
                                 ("34-0001", 34, "Özel Kadıköy Umut Tıp Merkezi"),
                                 ("16-0001", 16, "Özel Nilüfer Yaşam Tıp Merkezi")):
        application(ctx, facility(ctx, code, province, name), province, vid, "permit_issued")
    user(ctx, "ism35.memur", Role.ISM_OFFICER, 35, name="Ayşe Öztürk")
    return vid


def test_the_plan_names_three_facilities_in_three_provinces_with_outside_evaluators(ctx, serving, capsys):
    assert cli.main(["--db", url(ctx), "kts", "plan", "--year", "2026", "--vendor-tax", VKN,
                     "--date", "2026-09-15"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Teknik değerlendirme planı 2026 (değerlendirme günü 15.09.2026; SBYS md. 20)")
    tele = out.split("UzakHekim Tele Muayene 3.2")[1].split("UzakHekim İzlem")[0]
    assert tele.count("değerlendirici") == 3
    izmir = next(line for line in tele.splitlines() if "Özel Işıklı Göğüs Tıp Merkezi\til 35" in line)
    assert "hizmet başlangıcı 05.01.2026" in izmir and "(il 35)" not in izmir     # md. 20/4-ç


def test_the_plan_says_why_it_cannot_be_made(ctx, serving, capsys):
    assert cli.main(["--db", url(ctx), "kts", "plan", "--year", "2026", "--date", "2026-03-01"]) == 1
    assert "PLANLANAMADI: Ürünün 01.03.2026 tarihinde en az 6 aydır hizmet verdiği tesis yok" in capsys.readouterr().out
    assert cli.main(["--db", url(ctx), "kts", "plan", "--year", "2026", "--vendor-tax", "1111111111"]) == 1


def test_scores_as_csv_and_json(ctx, serving, capsys):
    assert cli.main(["--db", url(ctx), "kts", "scores", "--year", "2026"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Üretici;VKN;SBYS;KTS listesi;Değerlendirme sayısı")
    assert len(lines) == 3 and lines[1].startswith(f"Çağrı Sağlık Yazılımları A.Ş.;{VKN};UzakHekim")
    assert cli.main(["--db", url(ctx), "kts", "scores", "--year", "2026", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2026 and [r["general"] for r in data["rows"]] == [None, None]


def test_the_administrator_sets_the_weights_the_scores_use(ctx, capsys, monkeypatch):
    assert cli.main(["--db", url(ctx), "kts", "weights"]) == 0
    assert "(Teknik × 70 + Personel × 30) / 100" in capsys.readouterr().out
    as_admin = cli_admin(ctx, monkeypatch)
    assert cli.main(["--db", url(ctx), "kts", "weights", "--technical", "60", "--personnel", "40", *as_admin]) == 0
    out = capsys.readouterr().out
    assert "(Teknik × 60 + Personel × 40) / 100" in out and "ayrı ayrı %5 artış" in out
    with ctx.read() as s:
        assert competence.weights(s) == Weights(60, 40, 5)
    assert cli.main(["--db", url(ctx), "kts", "weights", "--technical", "-1", *as_admin]) != 0
    with ctx.read() as s:
        assert competence.weights(s) == Weights(60, 40, 5)
