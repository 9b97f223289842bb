"""A control character already in the data (NUL, ESC …) does not crash an XLSX export: it is shown as U+FFFD."""

from __future__ import annotations

from openpyxl import load_workbook

from app.workflows.common.tabular_export import write_csv, write_xlsx

NASTY = ["a\x00b", "renk \x1b[31mkırmızı", "zil\x07", "satır\x0bsonu", "ok\ttab\nsatır", "=1+1"]


def test_xlsx_with_control_characters(tmp_path):
    path = write_xlsx(tmp_path / "liste.xlsx", ["Ad\x00", "Değer"], [[v, i] for i, v in enumerate(NASTY)],
                      sheet_title="Liste\x01", title="Başlık\x02")
    ws = load_workbook(path).active
    values = [ws.cell(row=r, column=1).value for r in range(4, 4 + len(NASTY))]
    assert values[0] == "a\ufffdb" and values[1] == "renk \ufffd[31mkırmızı" and values[2] == "zil\ufffd"
    assert values[4] == "ok\ttab\nsatır" and values[5] == "=1+1"
    assert ws.cell(row=3, column=1).value == "Ad\ufffd"


def test_csv_keeps_the_text(tmp_path):
    path = write_csv(tmp_path / "liste.csv", ["Ad"], [[v] for v in NASTY])
    text = path.read_text(encoding="utf-8-sig")
    assert "a\x00b" in text and "'=1+1" in text


def test_a_list_file_is_private_and_a_killed_writers_temporary_file_goes(tmp_path):
    import os
    import stat

    stale = tmp_path / ".liste.csv.999999999.tmp"       # a writer with that process id is long gone
    stale.write_text("yarım", encoding="utf-8")
    path = write_csv(tmp_path / "liste.csv", ["Ad"], [["Ayşe"]])
    assert not stale.exists()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
