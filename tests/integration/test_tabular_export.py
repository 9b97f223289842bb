"""Lists to XLSX (read back with openpyxl) and CSV (Turkish Excel: BOM, ';'); the audited export_list: role check,
audit entry, every worklist row fetched in pages, and a failed write that changes nothing."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from app.demo.data import generate
from app.models import AuditEntry
from app.workflows.common import tabular_export
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import Actor, AppContext
from app.workflows.common.errors import PermissionDenied, ValidationFailed
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role
from app.workflows.ism import worklist as ism_worklist
from app.workflows.ism.worklist import WorklistFilters

HEADERS = ["Başvuru no", "Tesis", "Alındı", "Kayıt anı", "Sayı", "Not"]
ROWS = [
    ["2026-34-000001", "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi", dt.date(2026, 3, 5),
     dt.datetime(2026, 3, 5, 6, 30, tzinfo=dt.timezone.utc), 12, "=SUM(A1:A3)"],
    ["2026-35-000002", "İĞDIR ÇAĞRI MERKEZİ", dt.date(2026, 12, 31), None, 3.5, "-1+2"],
]


def as_role(ctx: AppContext, role: Role, province_id: int | None = None) -> AppContext:
    return ctx.as_user(Actor(None, f"test.{role.value}", "Deneme Kullanıcı", role, province_id))


def events(ctx: AppContext) -> list[AuditEntry]:
    """The list exports that were completed (each export is also recorded as "started" before its first byte)."""
    return [e for e in all_events(ctx) if (e.after or {}).get("state") == "finished"]


def all_events(ctx: AppContext) -> list[AuditEntry]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.table_name == "list_export")
                              .order_by(AuditEntry.id)))


def test_export_list_writes_the_file_and_an_audit_entry(ctx, tmp_path):
    officer = as_role(ctx, Role.ISM_OFFICER, 34)
    done = tabular_export.export_list(officer, "applications", tmp_path / "b.xlsx", HEADERS, ROWS,
                                      details={"filters": {"state": "received"}})
    assert done.rows == 2 and done.format == "xlsx"
    assert openpyxl.load_workbook(done.path).active["B3"].value == "İĞDIR ÇAĞRI MERKEZİ"
    [entry] = events(ctx)
    assert entry.username == "test.ism_officer" and entry.action == "event" and entry.row_id == "applications"
    assert entry.after["rows"] == 2 and entry.after["file"] == "b.xlsx" and entry.after["format"] == "xlsx"
    assert entry.after["filters"] == {"state": "received"}


def test_a_role_that_may_not_see_a_list_cannot_export_it(ctx, tmp_path):
    officer = as_role(ctx, Role.ISM_OFFICER, 34)
    with pytest.raises(PermissionDenied, match="denetim kaydı"):
        tabular_export.export_list(officer, "audit_trail", tmp_path / "d.csv", ["a"], [[1]])
    with pytest.raises(PermissionDenied):
        tabular_export.export_list(as_role(ctx, Role.KTS_OFFICER), "shgm_queue", tmp_path / "q.csv", ["a"], [[1]])
    assert not (tmp_path / "d.csv").exists() and not (tmp_path / "q.csv").exists()
    assert all_events(ctx) == []


def test_an_unknown_suffix_is_refused(ctx, tmp_path):
    with pytest.raises(ValidationFailed):
        tabular_export.export_list(ctx, "dashboard", tmp_path / "x.pdf", ["a"], [[1]])


def test_a_failed_export_writes_no_audit_entry_and_keeps_the_old_file(ctx, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "b.csv"
    path.write_text("eski", encoding="utf-8")

    def rows():
        yield ["1"]
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        tabular_export.export_list(ctx, "dashboard", path, ["a"], rows())
    assert path.read_text(encoding="utf-8") == "eski" and events(ctx) == []
    assert [e.after["state"] for e in all_events(ctx)] == ["started", "failed"]
    assert sorted(p.name for p in folder.iterdir()) == ["b.csv"]


def test_the_worklist_export_holds_every_matching_row_fetched_in_pages(ctx):
    today = dt.date(2026, 11, 23)
    clocked = AppContext(ctx.engine, ctx.target, ctx.actor, FixedClock.on(today))
    generate(clocked, 250, seed=3, today=today)
    filters = WorklistFilters(states=(AppState.PERMIT_ISSUED, AppState.SHGM_REJECTED), sort="number",
                              descending=False)
    rows = list(ism_worklist.worklist_rows(clocked, filters, page_size=7))
    _page, total = ism_worklist.worklist(clocked, filters, 0, 1)
    assert total > 7 and len(rows) == total                   # several pages, none lost or repeated
    assert [r.number for r in rows] == sorted(r.number for r in rows)
    assert len({r.id for r in rows}) == total
    assert {r.state for r in rows} == {AppState.PERMIT_ISSUED, AppState.SHGM_REJECTED}
