"""Backup → restore-test round trip on both engines, a tampered backup failing, the tutanak and the 6-month rule."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pdfplumber
import pytest
from sqlalchemy import func, select

import app.cli.main as cli
from app.models import Application, AuditEntry, Base, Document
from app.workflows.admin import backup
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import FixedClock
from app.workflows.common.errors import PermissionDenied
from app.workflows.common.vocabulary import Role
from app.workflows.ism import intake
from tests.support.accounts import cli_admin
from tests.support.ism import TODAY, form, izmir_desk, officer, vendor


@pytest.fixture(autouse=True)
def _admin_commands(monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.admin"])


@pytest.fixture
def filled(ctx):
    """A database with an application, its facility, professional and an attached document."""
    v, p = vendor(ctx)
    intake.receive(izmir_desk(ctx), form(v, p))
    admin = ctx.as_user(default_actor(ctx))
    admin.clock = FixedClock.on(TODAY, hour=14)
    return admin


def _counts(ctx) -> dict[str, int]:
    with ctx.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_backup_then_restore_test_round_trip(filled, tmp_path):
    res = backup.backup(filled, tmp_path / "yedekler")
    manifest = json.loads((res.folder / "manifest.json").read_text(encoding="utf-8"))
    live = _counts(filled)
    # the manifest was taken before the backup's own audit entry was written, and before its signed checkpoint
    # was kept in the live database too (issue 14)
    assert {t: v["count"] for t, v in manifest["tables"].items()} == {
        **live, "audit_entries": live["audit_entries"] - 1, "audit_checkpoints": live["audit_checkpoints"] - 1}
    assert manifest["tables"]["applications"]["count"] == 1 and manifest["tables"]["documents"]["count"] == 1
    assert manifest["engine"] == filled.target.engine_name and manifest["schema_revision"]
    assert len(manifest["file_sha256"]) == 64
    assert "şifre" not in (res.folder / "manifest.json").read_text(encoding="utf-8")

    result = backup.restore_test(filled, res.folder, tmp_path / "deneme")
    assert result.ok, list(backup.summary(result))
    assert all(t.expected == t.found for t in result.tables)
    assert result.report and result.report.is_file()
    with pdfplumber.open(result.report) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "GERİ DÖNÜŞ TESTİ TUTANAĞI" in text and "BAŞARILI" in text
    # both signing sides are named (art. 15: the service receiver's representative also signs); tables by the
    # names officials know
    assert "Testi yapan" in text and filled.actor.full_name in text
    assert "Hizmet alan temsilcisi" in text and "Başvurular" in text and "applications" not in text
    last = backup.last_successful_restore_test(filled)
    assert last is not None and last.result == "BAŞARILI"
    assert not backup.restore_test_overdue(filled)


def test_restore_test_of_a_tampered_backup_fails(filled, tmp_path, db_kind):
    res = backup.backup(filled, tmp_path / "yedekler")
    if db_kind == "sqlite":
        con = sqlite3.connect(res.file)
        con.execute("UPDATE facilities SET name = 'Sahte Tıp Merkezi'")
        con.commit()
        con.close()
    else:
        data = bytearray(res.file.read_bytes())
        data[len(data) // 2] ^= 0xFF
        res.file.write_bytes(bytes(data))
    result = backup.restore_test(filled, res.file, tmp_path / "deneme")
    assert not result.ok and result.result_label == "BAŞARISIZ"
    assert not result.file_hash_ok
    if db_kind == "sqlite":
        bad = [t.table for t in result.tables if not t.ok]
        assert bad == ["facilities"]
    with pdfplumber.open(result.report) as pdf:
        assert "BAŞARISIZ" in "\n".join(page.extract_text() for page in pdf.pages)
    assert backup.last_successful_restore_test(filled) is None
    assert backup.restore_test_overdue(filled)
    with filled.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "restore_test")).one()
    assert entry.after["result"] == "BAŞARISIZ"


def test_a_test_older_than_six_months_is_overdue(filled, tmp_path):
    res = backup.backup(filled, tmp_path / "yedekler")
    backup.restore_test(filled, res.folder, tmp_path / "deneme")
    later = filled.as_user(filled.actor)
    later.clock = FixedClock.on(dt.date(2026, 9, 3))  # tested 2 March: six months ended on 2 September
    assert backup.months_before(dt.date(2026, 9, 3), 6) == dt.date(2026, 3, 3)
    assert backup.restore_test_overdue(later)
    soon = filled.as_user(filled.actor)
    soon.clock = FixedClock.on(dt.date(2026, 9, 2))
    assert not backup.restore_test_overdue(soon)


def test_only_the_administrator_backs_up(filled, tmp_path):
    auditor = filled.as_user(officer(filled, "denetci", Role.AUDITOR, None, "Deniz Ağaoğlu"))
    with pytest.raises(PermissionDenied):
        backup.backup(auditor, tmp_path)


def test_cli_backup_and_restore_test(filled, target, tmp_path, capsys, monkeypatch):
    url = target.url.render_as_string(hide_password=False)
    me = cli_admin(filled, monkeypatch)
    assert cli.main(["--db", url, "backup", str(tmp_path / "y"), *me]) == 0
    out = capsys.readouterr()
    assert "Yedek alındı" in out.out
    if target.password_key and target.url.password:
        assert target.url.password not in out.out + out.err
    folder = next((tmp_path / "y").iterdir())
    assert cli.main(["--db", url, "restore-test", str(folder), "--report", str(tmp_path / "t.pdf"),
                     "--receiver-name", "Gülşen Öztürk", "--receiver-title", "Bilgi İşlem Şube Müdürü",
                     "--receiver-org", "İzmir İl Sağlık Müdürlüğü", *me]) == 0
    out = capsys.readouterr().out
    assert "Sonuç: BAŞARILI" in out and (tmp_path / "t.pdf").is_file()
    with pdfplumber.open(tmp_path / "t.pdf") as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Gülşen Öztürk" in text and "Bilgi İşlem Şube Müdürü" in text and "İzmir İl Sağlık Müdürlüğü" in text


def test_backup_is_consistent_while_documents_are_binary(filled, tmp_path):
    with filled.read() as s:
        content = s.scalar(select(Document.content))
        n_apps = s.scalar(select(func.count(Application.id)))
    assert isinstance(content, bytes) and n_apps == 1
    res = backup.backup(filled, tmp_path)
    assert res.manifest["tables"]["documents"]["sha256"] != res.manifest["tables"]["facilities"]["sha256"]


def test_backup_while_another_desk_writes_is_consistent(filled, tmp_path):
    import threading

    from app.models import Facility

    stop = threading.Event()
    written = []

    def writer():
        i = 0
        while not stop.is_set():
            i += 1
            with filled.write() as s:
                s.add(Facility(ckys_code=f"EŞ-{i}", name=f"Eşzamanlı Tıp Merkezi {i}", name_fold=f"eszamanli {i}",
                               type_code="ozel", province_id=35, tax_no="1234567890"))
            written.append(i)

    t = threading.Thread(target=writer)
    t.start()
    try:
        import time

        while len(written) < 5:
            time.sleep(0.01)
        res = backup.backup(filled, tmp_path / "y")
    finally:
        stop.set()
        t.join()
    result = backup.restore_test(filled, res.folder, tmp_path / "deneme")
    assert result.ok, list(backup.summary(result))
    assert res.manifest["tables"]["facilities"]["count"] >= 5
