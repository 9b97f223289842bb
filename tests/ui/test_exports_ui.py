""""Dışa aktar" on the lists: the İSM worklist exports every matching row (not only the page), the other lists what
they show; a failed write says so in Turkish and changes nothing; the last folder is remembered."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from app.models import AuditEntry
from app.ui import export_menu
from app.ui.common import operations
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role
from tests.support.demo import TODAY, as_role, with_demo_data
from tests.support.ui import show_main_window as window


@pytest.fixture
def demo(ctx) -> AppContext:
    return with_demo_data(ctx, 200, seed=5)


def settle(qtbot) -> None:
    """Wait until the export, written in a worker, has told the officer."""
    qtbot.waitUntil(operations.idle, timeout=20000)


def wire(exporter, path: Path) -> list[tuple[bool, str]]:  # type: ignore[no-untyped-def]
    told: list[tuple[bool, str]] = []
    exporter.ask_path = lambda suffix: str(path)
    exporter.tell = lambda ok, text: told.append((ok, text))
    return told


def sheet_rows(path: Path) -> list[list[object]]:
    return [[c.value for c in row] for row in openpyxl.load_workbook(path).active.iter_rows()]


def exports(ctx: AppContext) -> list[AuditEntry]:
    """Completed list exports (each is also recorded as "started" before its first byte)."""
    with ctx.read() as s:
        return [e for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == "list_export")
                                     .order_by(AuditEntry.id))   # in the order written (PostgreSQL keeps none)
                if e.after.get("state") == "finished"]


def test_the_worklist_exports_every_matching_row_not_only_the_page(qtbot, demo, user_ctx, tmp_path):
    admin = AppContext(user_ctx.engine, user_ctx.target, user_ctx.actor, FixedClock.on(TODAY))
    w = window(qtbot, admin)
    w.show_page(1)
    panel = w.pages[0].desk.worklist
    panel.limit = 25
    panel.refresh()
    assert panel.total == 200 and panel.model.rowCount() == 25
    panel.table.column_chooser.set_shown(2, False)    # hidden for room on the screen: still in the file
    assert panel.table.isColumnHidden(2)
    told = wire(panel.exporter, tmp_path / "liste.xlsx")
    panel.exporter.xlsx_action.trigger()
    settle(qtbot)
    rows = sheet_rows(tmp_path / "liste.xlsx")
    assert rows[0] == ["Başvuru no", "Tesis", "ÇKYS kodu", "İl", "Alındı", "Durum", "Son gün", "Kalan gün"]
    assert len(rows) == 201 and len({r[0] for r in rows[1:]}) == 200
    assert rows[1][0] == panel.model.rows[0].number                 # the list's order
    first = panel.model.rows[0]
    assert rows[1][4] == dt.datetime.combine(first.received_on, dt.time())   # a real date cell
    assert told == [(True, f"200 satır kaydedildi: {tmp_path / 'liste.xlsx'}")]
    [entry] = exports(admin)
    assert entry.row_id == "applications" and entry.after["rows"] == 200 and entry.username == "yonetici"


def test_a_filtered_worklist_exports_its_filter_as_csv(qtbot, demo, tmp_path):
    officer = as_role(demo, Role.ISM_OFFICER, 34)
    w = window(qtbot, officer)
    tile = w.dashboard.dashboard.tiles["state:permit_issued"]
    qtbot.mouseClick(tile, Qt_Left())
    panel = w.pages[0].desk.worklist
    wire(panel.exporter, tmp_path / "izinli")                        # no suffix typed: added
    panel.exporter.csv_action.trigger()
    settle(qtbot)
    with (tmp_path / "izinli.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][0] == "Başvuru no" and "İl" not in rows[0]       # the hidden province column stays out
    assert len(rows) - 1 == tile.count > 0
    assert {r[4] for r in rows[1:]} == {"İzin belgesi düzenlendi"}
    assert exports(officer)[0].after["filters"] == {"state": "permit_issued"}


def Qt_Left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_failed_export_says_so_and_keeps_the_old_file(qtbot, demo, tmp_path):
    w = window(qtbot, as_role(demo, Role.ISM_OFFICER, 34))
    panel = w.pages[0].desk.worklist
    missing = tmp_path / "yok" / "liste.xlsx"
    told = wire(panel.exporter, missing)
    panel.exporter.export(".xlsx")
    settle(qtbot)
    assert panel.exporter.last_path is None
    [(ok, text)] = told
    assert not ok and "Dosya kaydedilemedi" in text and "Klasör bulunamadı." in text and "Hiçbir şey değişmedi" in text
    # a disk that fills up half way: the earlier file of that name is still there, unchanged
    old = tmp_path / "liste.csv"
    old.write_text("önceki", encoding="utf-8")
    told = wire(panel.exporter, old)

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    panel.exporter.get_table = lambda: (["a"], (full() for _ in range(1)))
    panel.exporter.export(".csv")
    settle(qtbot)
    assert old.read_text(encoding="utf-8") == "önceki"
    assert told[0][0] is False and "Diskte yer kalmadı." in told[0][1]
    assert exports(demo) == []


def test_the_last_folder_is_remembered(qtbot, demo, tmp_path):
    w = window(qtbot, as_role(demo, Role.ISM_OFFICER, 34))
    exporter = w.dashboard.dashboard.exporter
    wire(exporter, tmp_path / "pano.xlsx")
    exporter.xlsx_action.trigger()
    settle(qtbot)
    assert export_menu.last_folder() == str(tmp_path)
    rows = sheet_rows(tmp_path / "pano.xlsx")
    assert rows[0] == ["Bölüm", "Gösterge", "Değer"]
    assert ["Duruma göre başvurular", "Toplam başvuru", w.dashboard.dashboard.tiles["total"].count] in rows


def test_shgm_exports_the_province_table_and_its_queue(qtbot, demo, tmp_path):
    reviewer = as_role(demo, Role.SHGM_REVIEWER)
    w = window(qtbot, reviewer)
    board = w.dashboard.dashboard
    wire(board.province_exporter, tmp_path / "iller.xlsx")
    board.province_exporter.xlsx_action.trigger()
    settle(qtbot)
    rows = sheet_rows(tmp_path / "iller.xlsx")
    assert rows[0] == ["İl", "SHGM'de bekleyen", "Karar verilen", "İzin belgesi düzenlenen"]
    assert rows[1:] == [[r[0], int(r[1]), int(r[2]), int(r[3])] for r in board.province_rows()]   # numbers
    desk = w.pages[0].desk
    wire(desk.queue_exporter, tmp_path / "kuyruk.csv")
    desk.queue_exporter.csv_action.trigger()
    settle(qtbot)
    with (tmp_path / "kuyruk.csv").open(encoding="utf-8-sig", newline="") as f:
        queue = list(csv.reader(f, delimiter=";"))
    assert queue[0] == ["Başvuru no", "Sağlık tesisi", "İl", "SHGM'ye geliş", "Bekleyen gün"]
    assert len(queue) - 1 == desk.queue_table.rowCount() > 0


def test_the_administrator_exports_users_audit_trail_and_vendors(qtbot, demo, user_ctx, tmp_path):
    admin = AppContext(user_ctx.engine, user_ctx.target, user_ctx.actor, FixedClock.on(TODAY))
    w = window(qtbot, admin)
    admin_page = w.pages[3]
    wire(admin_page.users.exporter, tmp_path / "kullanicilar.xlsx")
    admin_page.users.exporter.xlsx_action.trigger()
    settle(qtbot)
    users = sheet_rows(tmp_path / "kullanicilar.xlsx")
    assert len(users) - 1 == admin_page.users.table.rowCount() > 0
    audit = admin_page.audit
    audit.search()
    wire(audit.exporter, tmp_path / "denetim.csv")
    audit.exporter.csv_action.trigger()
    settle(qtbot)
    with (tmp_path / "denetim.csv").open(encoding="utf-8-sig", newline="") as f:
        entries = list(csv.reader(f, delimiter=";"))
    # every entry, not one page; the export's own "started" entry (written before its first byte) is in it too
    assert len(entries) - 2 == audit.current.total > audit.list.rowCount()
    kts = w.pages[2].desk
    wire(kts.exporter, tmp_path / "ureticiler.xlsx")
    kts.exporter.xlsx_action.trigger()
    settle(qtbot)
    assert len(sheet_rows(tmp_path / "ureticiler.xlsx")) - 1 == kts.vendor_table.rowCount() > 0
    assert [e.row_id for e in exports(admin)] == ["users", "audit_trail", "kts_vendors"]
