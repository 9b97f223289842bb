"""Lists written to XLSX (read back with openpyxl) and CSV (Turkish Excel: BOM, ';'), without a database: Turkish
text, real dates, formula-looking text kept as text, a failed write that keeps the earlier file. The audited
export_list on the database is in tests/integration/test_tabular_export.py."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from app.workflows.common import tabular_export


HEADERS = ["Başvuru no", "Tesis", "Alındı", "Kayıt anı", "Sayı", "Not"]
ROWS = [
    ["2026-34-000001", "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi", dt.date(2026, 3, 5),
     dt.datetime(2026, 3, 5, 6, 30, tzinfo=dt.timezone.utc), 12, "=SUM(A1:A3)"],
    ["2026-35-000002", "İĞDIR ÇAĞRI MERKEZİ", dt.date(2026, 12, 31), None, 3.5, "-1+2"],
]


def test_xlsx_reads_back_with_turkish_text_real_dates_and_formula_text_as_text(tmp_path):
    path = tabular_export.write_xlsx(tmp_path / "liste.xlsx", HEADERS, ROWS, sheet_title="Başvurular: Mart/2026")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws.title == "Başvurular  Mart 2026"            # ':' and '/' are not allowed in sheet names
    assert [c.value for c in ws[1]] == HEADERS and ws["A1"].font.bold
    assert ws["B2"].value == "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi"
    assert ws["B3"].value == "İĞDIR ÇAĞRI MERKEZİ"
    assert ws["C2"].is_date and ws["C2"].value.date() == dt.date(2026, 3, 5)
    assert ws["C2"].number_format == "DD.MM.YYYY"
    assert ws["D2"].is_date and ws["D2"].value == dt.datetime(2026, 3, 5, 9, 30)   # Türkiye wall-clock time
    assert ws["E2"].value == 12 and ws["E3"].value == 3.5
    assert ws["F2"].value == "=SUM(A1:A3)" and ws["F2"].data_type == "s"        # text, never a formula
    assert ws["D3"].value is None
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:F3"
    # also without the workbook's cached types: the file itself holds a shared/inline string, no <f> element
    with_formulas = openpyxl.load_workbook(path, data_only=False).active
    assert with_formulas["F2"].data_type == "s"


def test_xlsx_with_a_title_line_puts_the_header_below_it(tmp_path):
    path = tabular_export.write_xlsx(tmp_path / "r.xlsx", ["Gösterge", "Sayı"], [["Alınan başvuru", 8]],
                                     title="İstanbul İl Sağlık Müdürlüğü — Ekim 2026")
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "İstanbul İl Sağlık Müdürlüğü — Ekim 2026"
    assert [ws["A3"].value, ws["B3"].value] == ["Gösterge", "Sayı"]
    assert [ws["A4"].value, ws["B4"].value] == ["Alınan başvuru", 8]


def test_csv_has_a_bom_semicolons_turkish_dates_and_defused_formulas(tmp_path):
    path = tabular_export.write_csv(tmp_path / "liste.csv", HEADERS, ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                 # UTF-8 BOM: Excel reads Turkish letters right
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == HEADERS
    assert rows[1] == ["2026-34-000001", "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi", "05.03.2026",
                       "05.03.2026 09:30", "12", "'=SUM(A1:A3)"]
    assert rows[2] == ["2026-35-000002", "İĞDIR ÇAĞRI MERKEZİ", "31.12.2026", "", "3,5", "'-1+2"]


def test_a_text_with_the_separator_or_a_newline_is_quoted(tmp_path):
    path = tabular_export.write_csv(tmp_path / "q.csv", ["a", "b"], [["x;y", "satır 1\nsatır 2"]])
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f, delimiter=";"))[1] == ["x;y", "satır 1\nsatır 2"]


def test_a_failed_write_keeps_the_earlier_file_and_leaves_no_partial_file(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("önceki içerik", encoding="utf-8")

    def rows():
        yield ["bir", "iki"]
        raise OSError(28, "No space left on device")       # the disk fills up half way

    with pytest.raises(OSError):
        tabular_export.write_csv(path, ["a", "b"], rows())
    assert path.read_text(encoding="utf-8") == "önceki içerik"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.csv"]


def test_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError):
        tabular_export.write_xlsx(tmp_path / "yok" / "x.xlsx", ["a"], [[1]])


# --- audited exports ----------------------------------------------------------------------------------------------
