"""The KTS desk's "Erişim kodu" tab: the officer gives, renews and closes a vendor's software access code; the
new code is shown once (copy, print the receipt sheet) and never again; the vendor's queries are listed page by
page without TC kimlik numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication

from app.ui.common import operations
from app.ui.kts import KtsDesk
from app.ui.kts.access_code_tab import NewCodeDialog
from app.workflows.common.service_log import Request, log_request
from app.workflows.kts import access_codes
from tests.support.kts import TCKN, facility, on, onboard

UTC = dt.timezone.utc


def make_desk(qtbot, ctx, day: str) -> KtsDesk:
    desk = KtsDesk(on(ctx, day))
    qtbot.addWidget(desk)
    desk.resize(1366, 768)
    desk.show()
    qtbot.waitExposed(desk)
    return desk


@pytest.fixture
def shown(monkeypatch):
    """The codes the desk showed in its one-time dialog (the dialog itself is tried on its own below)."""
    codes: list[str] = []
    monkeypatch.setattr("app.ui.kts.access_code_tab.AccessCodeTab.show_code",
                        lambda self, issued: codes.append(issued.code))
    return codes


def test_the_officer_gives_the_code_it_is_shown_once_and_the_file_keeps_only_its_public_part(qtbot, ctx, shown):
    vid = onboard(ctx)
    desk = make_desk(qtbot, ctx, "2026-01-05")
    desk.select_vendor(vid)
    tab = desk.access_tab
    titles = [desk.detail.tabText(i) for i in range(desk.detail.count()) if desk.detail.widget(i).isAncestorOf(tab)]
    assert titles == ["Erişim kodu"]
    assert tab.issue_button.isEnabled() and not tab.rotate_button.isEnabled()
    tab.issue_button.click()
    qtbot.waitUntil(operations.idle, timeout=10000)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    code = shown[0]
    lookup = code.split("_")[1]
    assert f"usbs_{lookup}_…" in tab.state_label.text()
    assert not tab.issue_button.isEnabled() and tab.rotate_button.isEnabled() and tab.revoke_button.isEnabled()
    visible = [tab.codes_table.item(r, c).text() for r in range(tab.codes_table.rowCount())
               for c in range(tab.codes_table.columnCount())]
    assert code not in " ".join(visible) + tab.state_label.text()
    # another visit to the vendor: still only the public part, the code is not shown again
    desk.load(vid)
    assert len(shown) == 1 and code not in tab.state_label.text()


def test_renewing_asks_first_and_shows_the_new_code_closing_means_a_reason(qtbot, ctx, shown, monkeypatch):
    vid = onboard(ctx)
    access_codes.issue(on(ctx, "2026-01-05"), vid)
    desk = make_desk(qtbot, ctx, "2026-02-01")
    desk.select_vendor(vid)
    tab = desk.access_tab
    monkeypatch.setattr(tab, "confirm", lambda *a: False)
    tab.rotate_button.click()
    assert shown == []                                      # the officer said no: nothing happened
    monkeypatch.setattr(tab, "confirm", lambda *a: True)
    tab.rotate_button.click()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    qtbot.waitUntil(operations.idle, timeout=10000)
    assert tab.codes_table.rowCount() == 2 and "Yerine yeni kod verildi" in tab.codes_table.item(1, 4).text()
    monkeypatch.setattr(tab, "ask_reason", lambda: "Firma yetkilisi değişti.")
    tab.revoke_button.click()
    qtbot.waitUntil(operations.idle, timeout=10000)
    qtbot.waitUntil(lambda: tab.issue_button.isEnabled(), timeout=5000)
    assert "Firma yetkilisi değişti" in tab.codes_table.item(0, 4).text()
    assert not tab.revoke_button.isEnabled()


def test_the_new_code_dialog_copies_prints_and_forgets_the_code(qtbot, ctx):
    vid = onboard(ctx)
    issued = access_codes.issue(on(ctx, "2026-01-05"), vid)
    dialog = NewCodeDialog(issued)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code_edit.text() == issued.code and dialog.code_edit.isReadOnly()
    assert "yalnızca şimdi gösterilir" in dialog.warning.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == issued.code
    assert dialog.sheet().startswith(b"%PDF")
    dialog.close_button.click()
    assert dialog.code_edit.text() == "" and dialog.issued is None
    assert QGuiApplication.clipboard().text() != issued.code      # taken off the clipboard too


def test_the_vendors_queries_are_listed_page_by_page_without_tc_numbers(qtbot, ctx):
    vid = onboard(ctx)
    fid = facility(ctx, "35-0001", 35, "Özel Işıklı Göğüs Tıp Merkezi")
    start = dt.datetime(2026, 3, 1, 9, tzinfo=UTC)
    for i in range(55):
        log_request(ctx.engine, Request(kind="vendor-query", answer="uygun" if i % 2 else "liste-disi",
                                        vendor_id=vid, facility_id=fid, code="35-0001", detail="MUAYENE",
                                        tckn=TCKN), start + dt.timedelta(minutes=i))
    desk = make_desk(qtbot, ctx, "2026-03-02")
    desk.select_vendor(vid)
    tab = desk.access_tab
    assert tab.queries_table.rowCount() == 50 and tab.page_label.text() == "Sayfa 1/2 (55 sorgu)"
    assert tab.queries_table.item(0, 1).text() == "Özel Işıklı Göğüs Tıp Merkezi (35-0001)"
    assert tab.queries_table.item(0, 3).text() == "Reddedildi: üretici aktif listede değil"
    assert not tab.prev_button.isEnabled()
    tab.next_button.click()
    assert tab.queries_table.rowCount() == 5 and tab.page_label.text().startswith("Sayfa 2/2")
    cells = " ".join(tab.queries_table.item(r, c).text() for r in range(tab.queries_table.rowCount())
                     for c in range(4))
    assert TCKN not in cells
