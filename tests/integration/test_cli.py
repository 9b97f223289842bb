"""The `ush-izin` command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import __version__
from app.cli.main import main


def test_deadline_prints_the_last_day_on_its_own_line(capsys):
    # Received Thu 5 March 2026: day 15 is the first day of Ramazan Bayramı, so Monday 23 March.
    assert main(["deadline", "2026-03-05"]) == 0
    assert capsys.readouterr().out == "2026-03-23\n"


def test_an_impossible_date_is_refused_with_a_turkish_message(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["deadline", "2026-02-30"])
    assert exc.value.code == 2
    assert "geçersiz tarih" in capsys.readouterr().err


def test_db_upgrade_creates_a_new_database_and_status_reports_it(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'yeni.db'}"
    assert main(["--db", url, "db", "upgrade"]) == 0
    assert "Şema güncel" in capsys.readouterr().out
    assert main(["--db", url, "db", "status"]) == 0
    out = capsys.readouterr().out
    assert "SQLite" in out and "current" in out


def test_db_upgrade_on_a_corrupt_file_fails_clearly_and_keeps_the_file(tmp_path, capsys):
    bad = tmp_path / "bozuk.db"
    bad.write_bytes(b"x" * 4096)
    assert main(["--db", f"sqlite:///{bad}", "db", "upgrade"]) == 2
    assert "HATA:" in capsys.readouterr().err
    assert bad.read_bytes() == b"x" * 4096


def test_python_dash_m_app_and_the_console_script_both_answer():
    out = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"USH İzin {__version__}"
    helped = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True, text=True, check=True)
    for command in ("run", "db", "demo-data", "deadline"):
        assert command in helped.stdout


def test_demo_data_fills_an_empty_database_and_refuses_a_second_time(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert main(["--db", url, "demo-data", "--applications", "40", "--seed", "3", "--today", "2026-11-23"]) == 0
    assert "applications: 40" in capsys.readouterr().out
    assert main(["--db", url, "demo-data", "--applications", "40", "--seed", "3"]) == 2
    assert "zaten başvuru var" in capsys.readouterr().err
