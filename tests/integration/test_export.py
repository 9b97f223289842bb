"""Export: per-table counts equal the tables, Turkish text survives, binary content per format, role and audit."""

from __future__ import annotations

import base64
import csv
import hashlib
import json

import pytest
from sqlalchemy import func, select

import app.cli.main as cli
from app.models import AuditEntry, Base, Document
from app.workflows.admin import export
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.errors import PermissionDenied, ValidationFailed
from app.workflows.common.vocabulary import Role
from app.workflows.ism import intake
from tests.support.accounts import cli_admin
from tests.support.ism import form, izmir_desk, officer, vendor


@pytest.fixture
def filled(ctx):
    v, p = vendor(ctx)
    intake.receive(izmir_desk(ctx), form(v, p))
    return ctx.as_user(default_actor(ctx))


def _counts(ctx) -> dict[str, int]:
    with ctx.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_json_export_counts_and_turkish_text(filled, tmp_path):
    before = _counts(filled)
    res = export.export(filled, tmp_path, "json")
    # the export's "started" entry is written before the first byte, so the export contains it
    assert res.counts == {**before, "audit_entries": before["audit_entries"] + 1}
    manifest = json.loads((res.folder / "manifest.json").read_text(encoding="utf-8"))
    for table, meta in manifest["tables"].items():
        lines = (res.folder / meta["file"]).read_text(encoding="utf-8").splitlines()
        assert len(lines) == meta["count"] == res.counts[table]
        assert hashlib.sha256((res.folder / meta["file"]).read_bytes()).hexdigest() == meta["sha256"]
    facilities = [json.loads(x) for x in (res.folder / "facilities.jsonl").read_text(encoding="utf-8").splitlines()]
    assert facilities[0]["name"] == "Özel Işıklı Göğüs Tıp Merkezi"
    assert "Karşıyaka" == facilities[0]["district"]
    doc = json.loads((res.folder / "documents.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert base64.b64decode(doc["content"]) == "Başvuru dilekçesi".encode()
    assert doc["filename"] == "dilekçe.pdf"
    apps = [json.loads(x) for x in (res.folder / "applications.jsonl").read_text(encoding="utf-8").splitlines()]
    assert apps[0]["received_at"].endswith("+00:00") and len(apps[0]["received_on"]) == 10
    with filled.read() as s:
        started, finished = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "export")
                                      .order_by(AuditEntry.id)).all()
    assert started.after["state"] == "started" and finished.after["state"] == "finished"
    assert finished.username == "yonetici" and finished.after["format"] == "json"
    assert finished.after["personal_data"] == "full"


def test_csv_export_leaves_binary_out_with_its_sha256(filled, tmp_path):
    res = export.export(filled, tmp_path, "csv")
    with (res.folder / "documents.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "content" not in rows[0]
    assert rows[0]["sha256"] == hashlib.sha256("Başvuru dilekçesi".encode()).hexdigest()
    assert res.manifest["tables"]["documents"]["omitted_columns"] == ["content"]
    with (res.folder / "facilities.csv").open(encoding="utf-8", newline="") as f:
        fac = list(csv.DictReader(f))
    assert fac[0]["name"] == "Özel Işıklı Göğüs Tıp Merkezi"
    for table, meta in res.manifest["tables"].items():
        with (res.folder / meta["file"]).open(encoding="utf-8", newline="") as f:
            assert sum(1 for _ in csv.reader(f)) - 1 == meta["count"]


def test_export_needs_admin_or_auditor(filled, tmp_path):
    ism = filled.as_user(officer(filled, "ism35.mudur", Role.ISM_MANAGER, 35, "Şule Öztürk"))
    with pytest.raises(PermissionDenied):
        export.export(ism, tmp_path, "json")
    auditor = filled.as_user(officer(filled, "denetci", Role.AUDITOR, None, "Deniz Ağaoğlu"))
    assert export.export(auditor, tmp_path, "csv").counts["applications"] == 1
    with pytest.raises(ValidationFailed):
        export.export(auditor, tmp_path, "xml")


def test_cli_export(filled, target, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.admin"])
    url = target.url.render_as_string(hide_password=False)
    assert cli.main(["--db", url, "export", str(tmp_path), "--format", "csv", *cli_admin(filled, monkeypatch)]) == 0
    out = capsys.readouterr().out
    assert "applications: 1" in out and "Toplam:" in out


def test_document_binary_is_bytes(filled):
    with filled.read() as s:
        assert isinstance(s.scalar(select(Document.content)), bytes)
