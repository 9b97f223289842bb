"""Personal data and secrets never reach the log: one redaction function on many shapes, and every engine made with
hide_parameters. A real SQL error on the database is in tests/integration/test_sql_error_logging.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.logging_setup import redact

TCKN = "10000000146"
NAME = "Ayşe Yılmaz"

SECRET_SHAPES = [
    ("postgresql://ush:Gizli-Parola1@db.local:5432/ush", "Gizli-Parola1"),
    ("postgresql+psycopg://ush:p@ss/w0rd@host/db", "p@ss/w0rd"),
    ("postgresql://:yalnizparola@host/db", "yalnizparola"),
    ("postgresql://ush@host/db?password=Qwerty123&sslmode=require", "Qwerty123"),
    ("postgresql://ush@host/db?sslmode=require&PASSWORD=Qwerty123", "Qwerty123"),
    ("host=h user=u password='iki kelime' dbname=d", "iki kelime"),
    ('host=h password="cift tirnak" dbname=d', "cift tirnak"),
    ('{"password": "hunter2", "user": "x"}', "hunter2"),
    ('{"db_password":"hunter2"}', "hunter2"),
    ("{'password': 'hunter2'}", "hunter2"),
    ("connect(password='hunter2', host='h')", "hunter2"),
    ("PGPASSWORD=abc123 pg_dump -Fc", "abc123"),
    ("env PGPASSWORD='x y z' ok", "x y z"),
    ("USH_DB_PASSWORD: hunter2", "hunter2"),
    ("passphrase=sertifika-parolasi", "sertifika-parolasi"),
    ("Passphrase: 'sertifika parolasi'", "sertifika parolasi"),
    ("secret=abc.def", "abc.def"),
    ("parola=Gizli123 ve şifre: Gizli456", "Gizli123"),
    ("parola=Gizli123 ve şifre: Gizli456", "Gizli456"),
    ("keyring.set_password('ush-izin', 'db:u@h:5432/d', 'hunter2')", "hunter2"),
    ('set_password("ush-izin", "signing:/x/imza.p12", "p12 parolasi")', "p12 parolasi"),
    ("secrets.set_secret('signing:/x.p12', 'hunter2')", "hunter2"),
    ("users.password_hash = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA'", "c2FsdA$aGFzaA"),
    ("hash $argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA kaydedildi", "c2FsdA$aGFzaA"),
    ("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY-----", "MIIEvQIBADANBg"),
]


@pytest.mark.parametrize(("shape", "secret"), SECRET_SHAPES)
def test_redaction_removes_the_secret(shape: str, secret: str) -> None:
    out = redact(shape)
    assert secret not in out
    assert "***" in out


@pytest.mark.parametrize("message", [
    f"Key (tckn)=({TCKN}) already exists.",
    f"TC kimlik no {TCKN} bulunamadı",
    f"[parameters: ('{TCKN}', 'Ayşe Yılmaz')]",
    f"tckn={TCKN}",
    f'"tckn": "{TCKN}"',
])
def test_redaction_masks_tc_kimlik_numbers(message: str) -> None:
    out = redact(message)
    assert TCKN not in out
    assert "100******46" in out


@pytest.mark.parametrize("harmless", [
    "sqlite:////home/memur/ush-izin.db",
    "postgresql://ush@sunucu/ush_izin",
    "postgresql+psycopg://ush@127.0.0.1:5432/ush_izin",
    "2026-12-03 07:43:03 INFO app.ui started",
    "Kullanıcı adı ya da parola yanlış.",
    "izin 2026/000123 düzenlendi",
    "",
])
def test_redaction_leaves_harmless_text(harmless: str) -> None:
    assert redact(harmless) == harmless


def test_every_engine_is_made_with_hidden_parameters() -> None:
    """Only app.storage.database creates engines (new_engine, with hide_parameters=True)."""
    root = Path(__file__).resolve().parents[2] / "app"
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "database.py" and path.parent.name == "storage":
            continue
        if re.search(r"\bcreate_engine\s*\(", path.read_text(encoding="utf-8")):
            offenders.append(str(path.relative_to(root)))
    assert offenders == []
