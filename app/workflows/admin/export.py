"""Export of all data in an open format (docs/export-format.md): one file per table plus a manifest.

- JSON: `<table>.jsonl`, one JSON object per line (UTF-8, keys in column order, ISO 8601 dates; times in UTC
  with offset); binary content (documents.content) as base64 text.
- CSV: `<table>.csv`, UTF-8 with a BOM-less header row, comma separated, RFC 4180 quoting; booleans true/false,
  NULL as an empty field, JSON columns as JSON text; binary content is left out (the column `content` is not
  written) — its SHA-256 is already in the row (`documents.sha256`) and the size in `documents.size`.
- `manifest.json`: format, time, engine, schema revision, who exported, and per table the file name, the
  record count and the file's SHA-256 (SBYS art. 14(4): record counts per table with every delivery).

Needs the administrator (full export) or the auditor role (masked export: TC kimlik numbers masked, attached
files left out); never contains credential material (password hashes, lockout state, secrets: those columns are
left out and such keys inside JSON values hidden). Written under a hidden partial name, files 0600 in a 0700
folder, renamed into place when complete; recorded in the audit trail as "started" before the first byte and
"finished" after (app.workflows.admin.audited_writes). `progress(done, total)` counts tables; `cancel()` is checked
between tables and every 2,000 rows. A cancelled export removes its partial folder and is recorded as cancelled.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import decimal
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, LargeBinary, select

from app.storage.files import partial_path, private_file_opener
from app.workflows.admin.audited_writes import audited_folder, cleanup_unfinished
from app.workflows.admin.backup import data_tables, file_sha256, schema_revision
from app.workflows.common.clock import TR
from app.workflows.common.context import AppContext
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.masking import is_credential_field, scrub
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require
from app.workflows.common.progress import (
    CancelCheck,
    Progress,
    WorkCancelled,
    report,
    stop_if_cancelled,
)
from app.workflows.common.vocabulary import Role

FORMATS = ("json", "csv")
EXPORT_FORMAT = "ush-izin-export/1"
EXPORTERS = (Role.ADMIN, Role.AUDITOR)
FULL_EXPORTERS = (Role.ADMIN,)     # the auditor's export is masked (docs/decisions.md)
CANCEL_EVERY = 2_000   # rows between cancel checks


class ExportCancelled(WorkCancelled):
    def __init__(self) -> None:
        super().__init__(msg("Yönetim", "Dışa aktarma iptal edildi; yarım kalan klasör silindi, hiçbir dosya "
                                        "bırakılmadı."))


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return (value.astimezone(dt.UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(_json_value(value))


@dataclass
class ExportResult:
    folder: Path
    manifest: dict[str, Any]

    @property
    def counts(self) -> dict[str, int]:
        return {t: v["count"] for t, v in self.manifest["tables"].items()}


def export(ctx: AppContext, folder: Path | str, fmt: str = "json", *, progress: Progress | None = None,
           cancel: CancelCheck | None = None) -> ExportResult:
    """Write every table to `folder/ush-izin-disa-aktarim-<time>/` in `fmt` (json or csv); audited.

    The administrator gets the full export; the auditor the masked one (TC kimlik numbers masked, attached
    files left out: decision 19). Nobody gets credential material (password hashes, lockout state, secrets).
    Audited "started" before the first byte and "finished" when the complete folder is renamed into place
    (app.workflows.admin.audited_writes). Raises ExportCancelled when `cancel()` says so; the partial folder is
    removed then and the export recorded as cancelled.
    """
    require(ctx.actor, EXPORTERS, action=msg("Yetki", "verileri dışa aktarmak"))
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise ValidationFailed({"format": msg("Yönetim", "Biçim json ya da csv olmalı.")})
    stop_if_cancelled(cancel, ExportCancelled)
    cleanup_unfinished(ctx)
    masked = ctx.actor.role not in FULL_EXPORTERS
    now = ctx.clock.now()
    out = Path(folder) / f"ush-izin-disa-aktarim-{now.astimezone(TR):%Y%m%d-%H%M%S}-{fmt}"
    n = 1
    while out.exists() or partial_path(out).exists():
        n += 1
        out = Path(folder) / f"ush-izin-disa-aktarim-{now.astimezone(TR):%Y%m%d-%H%M%S}-{fmt}-{n}"
    with audited_folder(ctx, "export", out, {"format": fmt, "personal_data": "masked" if masked else "full"}
                        ) as writing:
        manifest, mtext = _write_tables(ctx, writing.path, fmt, now, progress, cancel, masked)
        stop_if_cancelled(cancel, ExportCancelled)   # last chance before the export is recorded
        tables = manifest["tables"]
        writing.finish({"records": sum(t["count"] for t in tables.values()), "tables": len(tables),
                        "manifest_sha256": hashlib.sha256(mtext.encode("utf-8")).hexdigest()})
    return ExportResult(out, manifest)


def _kept_columns(table: Any, fmt: str, masked: bool) -> tuple[list[Any], list[str]]:
    """The columns written and the names left out: credential columns always, binary content in CSV (its
    SHA-256 and size are in the row) and in the masked export (attached files hold personal data)."""
    omitted = []
    for c in table.columns:
        if is_credential_field(c.name) or (isinstance(c.type, LargeBinary) and (fmt == "csv" or masked)):
            omitted.append(c.name)
    return [c for c in table.columns if c.name not in omitted], omitted


def _write_tables(ctx: AppContext, out: Path, fmt: str, now: dt.datetime, progress: Progress | None,
                  cancel: CancelCheck | None, masked: bool = False) -> tuple[dict[str, Any], str]:
    tables: dict[str, Any] = {}
    all_tables = data_tables()
    report(progress, 0, len(all_tables))
    # one read transaction (REPEATABLE READ on PostgreSQL): all files describe the same moment
    conn_ctx = ctx.engine.connect()
    if ctx.target.is_postgres:
        conn_ctx = conn_ctx.execution_options(isolation_level="REPEATABLE READ")
    with conn_ctx as conn, conn.begin():
        revision = schema_revision(conn)
        for done, table in enumerate(all_tables):
            stop_if_cancelled(cancel, ExportCancelled)
            kept, omitted = _kept_columns(table, fmt, masked)
            order = list(table.primary_key.columns) or list(table.columns)
            # values as the exporter may see them: credential keys inside JSON (audit before/after) hidden,
            # TC kimlik numbers masked in the masked export
            scrubbed = [c.name for c in kept if masked or isinstance(c.type, JSON)]
            path = out / f"{table.name}.{'jsonl' if fmt == 'json' else 'csv'}"
            count = 0
            rows = conn.execution_options(stream_results=True, yield_per=2000).execute(
                select(*kept).order_by(*order)).mappings()
            if scrubbed:
                rows = (_scrubbed(row, scrubbed, masked) for row in rows)  # type: ignore[assignment]
            with open(path, "w", encoding="utf-8", newline="", opener=private_file_opener) as f:
                if fmt == "json":
                    for row in rows:
                        f.write(json.dumps({c.name: _json_value(row[c.name]) for c in kept}, ensure_ascii=False,
                                           default=_json_value) + "\n")
                        count += 1
                        if count % CANCEL_EVERY == 0:
                            stop_if_cancelled(cancel, ExportCancelled)
                else:
                    w = csv.writer(f, lineterminator="\r\n")
                    w.writerow([c.name for c in kept])
                    for row in rows:
                        w.writerow([_csv_value(row[c.name]) for c in kept])
                        count += 1
                        if count % CANCEL_EVERY == 0:
                            stop_if_cancelled(cancel, ExportCancelled)
            tables[table.name] = {"file": path.name, "count": count, "sha256": file_sha256(path),
                                  "columns": [c.name for c in kept], "omitted_columns": omitted}
            report(progress, done + 1, len(all_tables))
    manifest = {
        "format": EXPORT_FORMAT, "data_format": fmt, "exported_at": now.astimezone(dt.UTC).isoformat(),
        "engine": ctx.target.engine_name, "schema_revision": revision, "exported_by": ctx.actor.username,
        "personal_data": "masked" if masked else "full", "tables": tables,
    }
    mtext = json.dumps(manifest, ensure_ascii=False, indent=2)
    with open(out / "manifest.json", "w", encoding="utf-8", opener=private_file_opener) as f:
        f.write(mtext)
    return manifest, mtext


def _scrubbed(row: Any, names: list[str], masked: bool) -> dict[str, Any]:
    out = dict(row)
    for name in names:
        out[name] = scrub(out[name], full_tckn=not masked, key=name)
    return out
