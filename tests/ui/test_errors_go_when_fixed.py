"""Issue 17, "feedback and no silent loss": every error a refused save shows goes as soon as the officer changes
what it is about, on every tab of the application form (an area ticked, a file removed, a cell corrected) and in
the other forms, without pressing Kaydet again; the summary and the tabs' red follow. The page list's names are
never cut ("Yönet…" at 125 % on 1366×768), in Turkish or English, at 100 % or 125 %."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui import i18n
from app.ui.common.forms import FieldErrors
from app.ui.common.style import ERROR_COLOUR
from app.ui.ism.intake_form import ApplicationFormDialog
from tests.support.ism import form, vendor
from tests.support.ism_ui import edit_cell


def _red(d: ApplicationFormDialog, tab: str) -> bool:
    return d.tabs.tabBar().tabTextColor(d.tab_keys.index(tab)) == QColor(ERROR_COLOUR)


def _refused_with_an_area_and_a_file_problem(qtbot, desk_ctx, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """A filled form whose areas and files are the widgets' own: no area ticked, the second of three files empty."""
    ids = vendor(desk_ctx)
    d = ApplicationFormDialog(desk_ctx)
    qtbot.addWidget(d)
    d.show()
    good = form(*ids)
    monkeypatch.setattr(d, "form_value", lambda: replace(good, areas=d.selected_areas(),
                                                         documents=d.documents_tab.values()))
    files = []
    for name, content in (("dilekce.pdf", b"%PDF-1.4 dilekce"), ("bos.pdf", b""), ("ruhsat.pdf", b"%PDF-1.4 r")):
        (tmp_path / name).write_bytes(content)
        files.append(tmp_path / name)
    d.add_files(files)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.saved_id is None
    assert d.error_for("areas") == "En az bir USH alanı seçin."
    assert "En az bir USH alanı seçin." in d.message.text() and "bos.pdf boş bir dosya." in d.message.text()
    assert _red(d, "areas") and _red(d, "documents") and not _red(d, "facility")
    assert set(d.documents_model.errors) == {1}                    # the empty file's row is tinted
    return d


def test_ticking_an_area_takes_the_areas_error_away_at_once(qtbot, desk_ctx, messages, monkeypatch, tmp_path):
    d = _refused_with_an_area_and_a_file_problem(qtbot, desk_ctx, monkeypatch, tmp_path)
    d.tabs.setCurrentIndex(d.tab_keys.index("areas"))
    d.areas_table.setFocus()
    d.areas_table.setCurrentCell(0, 0)
    QTest.keyClick(d.areas_table, Qt.Key.Key_Space)               # the officer ticks the first area
    assert d.selected_areas()
    assert d.error_for("areas") == "" and not d.areas_tab.areas_error.isVisibleTo(d)
    assert "USH alanı" not in d.message.text() and "bos.pdf" in d.message.text()
    assert not _red(d, "areas") and _red(d, "documents")
    assert d.saved_id is None                                     # no second save was needed


def test_removing_the_bad_file_takes_its_error_away_and_the_others_keep_their_rows(qtbot, desk_ctx, messages,
                                                                                   monkeypatch, tmp_path):
    d = _refused_with_an_area_and_a_file_problem(qtbot, desk_ctx, monkeypatch, tmp_path)
    d.tabs.setCurrentIndex(d.tab_keys.index("documents"))
    d.documents_view.selectRow(0)                                 # a good file above the empty one goes first
    qtbot.mouseClick(d.remove_document_button, Qt.MouseButton.LeftButton)
    assert [x.filename for x in d.documents_tab.values()] == ["bos.pdf", "ruhsat.pdf"]
    assert "bos.pdf boş bir dosya." in d.message.text() and _red(d, "documents")
    assert set(d.documents_model.errors) == {0}                    # the tint moved with the empty file
    d.documents_view.selectRow(0)
    qtbot.mouseClick(d.remove_document_button, Qt.MouseButton.LeftButton)
    assert [x.filename for x in d.documents_tab.values()] == ["ruhsat.pdf"]
    assert "bos.pdf" not in d.message.text() and not _red(d, "documents")
    assert d.documents_model.errors == {}
    assert "USH alanı" in d.message.text() and _red(d, "areas")   # what is not fixed yet is still said


def test_fixing_both_empties_the_summary_without_saving(qtbot, desk_ctx, messages, monkeypatch, tmp_path):
    d = _refused_with_an_area_and_a_file_problem(qtbot, desk_ctx, monkeypatch, tmp_path)
    d.areas_table.item(1, 0).setCheckState(Qt.CheckState.Checked)
    d.documents_view.selectRow(1)
    qtbot.mouseClick(d.remove_document_button, Qt.MouseButton.LeftButton)
    assert not d.message_box.isVisibleTo(d)
    assert not any(_red(d, t) for t in d.tab_keys)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)      # and it saves
    assert d.saved_id is not None


def test_a_corrected_professional_cell_loses_its_tint_and_its_line(qtbot, desk_ctx, messages, monkeypatch):
    from app.ui.ism.intake_form import ProfessionalsModel

    ids = vendor(desk_ctx)
    d = ApplicationFormDialog(desk_ctx)
    qtbot.addWidget(d)
    d.show()
    monkeypatch.setattr(d, "form_value", lambda: replace(form(*ids), professionals=d.professionals_tab.values()))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)      # no professional at all
    assert "en az bir sağlık meslek mensubu" in d.error_for("professionals") and _red(d, "professionals")
    d.tabs.setCurrentIndex(d.tab_keys.index("professionals"))
    qtbot.mouseClick(d.add_professional_button, Qt.MouseButton.LeftButton)
    assert d.error_for("professionals") == "" and not _red(d, "professionals")   # a row added: that one goes
    edit_cell(d.professionals_view, 0, ProfessionalsModel.TCKN, "12345678901")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    model = d.professionals_model
    assert (0, ProfessionalsModel.TCKN) in model.errors and (0, ProfessionalsModel.FIRST) in model.errors
    edit_cell(d.professionals_view, 0, ProfessionalsModel.TCKN, "10000000146")
    assert (0, ProfessionalsModel.TCKN) not in model.errors and "TC kimlik" not in d.message.text()
    assert (0, ProfessionalsModel.FIRST) in model.errors and "ad ve soyad" in d.message.text()   # not fixed yet
    edit_cell(d.professionals_view, 0, ProfessionalsModel.FIRST, "İlkay")
    assert "ad ve soyad" in d.message.text()                      # the last name is still missing
    edit_cell(d.professionals_view, 0, ProfessionalsModel.LAST, "Güneş")
    assert "ad ve soyad" not in d.message.text()


def test_the_facility_error_goes_when_a_facility_is_picked_or_new_is_chosen(qtbot, desk_ctx, messages, monkeypatch):
    ids = vendor(desk_ctx)
    d = ApplicationFormDialog(desk_ctx)
    qtbot.addWidget(d)
    d.show()
    monkeypatch.setattr(d, "form_value", lambda: replace(form(*ids), new_facility=None, facility_id=None))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert "sağlık tesisi seçin" in d.error_for("facility") and _red(d, "facility")
    qtbot.mouseClick(d.new_radio, Qt.MouseButton.LeftButton)
    assert d.error_for("facility") == "" and not _red(d, "facility") and not d.message_box.isVisibleTo(d)


# -- the one mechanism, in any form ----------------------------------------------------------------------------------

def test_a_typed_name_in_an_editable_list_and_a_decimal_field_clear_their_errors(qtbot):
    """The notice's signer (an editable list, typed into) and a decimal field: typing is a change."""
    box = QWidget()
    qtbot.addWidget(box)
    form_ = QFormLayout(box)
    errors = FieldErrors()
    signer, weight = QComboBox(), QDoubleSpinBox()
    signer.setEditable(True)
    errors.add_row(form_, "signer_name", "İmzalayan", signer)
    errors.add_row(form_, "weight", "Ağırlık", weight)
    heard: list[dict[str, str]] = []
    errors.on_change = heard.append
    errors.show({"signer_name": "Yazıyı imzalayan yetkilinin adı zorunludur.", "weight": "Ağırlık olamaz.",
                 "ek1": "Yürürlükte Ek-1 yok."})
    signer.lineEdit().setText("Dr. Ayşe Çınar")
    assert errors.message("signer_name") == "" and "weight" in errors.current
    weight.setValue(1.5)
    assert errors.message("weight") == ""
    assert heard[-1] == {"ek1": "Yürürlükte Ek-1 yok."}           # a message with no field stays until the save


def test_a_table_without_a_check_drops_the_edited_rows_error_and_renumbers_the_rest(qtbot):
    table = QTableWidget(3, 1)
    qtbot.addWidget(table)
    for r in range(3):
        table.setItem(r, 0, QTableWidgetItem(f"satır {r + 1}"))
    errors = FieldErrors()
    drawn: list[dict[str, str]] = []
    err = QLabel()
    errors.register_table("rows", table, err, show=drawn.append)
    errors.show({"rows": "Bir satır seçin.", "rows.1.name": "1: ad yok", "rows.3.name": "3: ad yok"})
    assert drawn[-1] == errors.current and err.text() == "Bir satır seçin."
    table.item(0, 0).setText("Ad")                                 # row 1 edited: its error and the table's go
    assert errors.current == {"rows.3.name": "3: ad yok"} and err.text() == ""
    table.removeRow(1)                                              # row 3 becomes row 2, its message with it
    assert errors.current == {"rows.2.name": "3: ad yok"} and drawn[-1] == errors.current
    table.removeRow(1)
    assert errors.current == {} and drawn[-1] == {}


# -- the page list's names at 100 % and 125 % -------------------------------------------------------------------------

SCREENS = {"100 %": QRect(0, 0, 1366, 768), "125 %": QRect(0, 0, 1093, 614)}


def _text_room(nav, row: int) -> QRect:  # type: ignore[no-untyped-def]
    """Where the style draws item `row`'s name, less the delegate's text margins (a wider name gets "…")."""
    index = nav.model().index(row, 0)
    option = QStyleOptionViewItem()
    nav.initViewItemOption(option)
    nav.itemDelegate().initStyleOption(option, index)
    option.rect = nav.visualRect(index)
    rect = nav.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, nav)
    margin = nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1
    return rect.adjusted(margin, 0, -margin, 0)


@pytest.mark.parametrize("language", ["tr", "en"])
@pytest.mark.parametrize("scale", list(SCREENS))
def test_every_page_name_is_whole_in_both_languages_at_100_and_125_percent(qtbot, qapp, user_ctx, monkeypatch,
                                                                          language, scale):
    from app.ui.main_window import MainWindow

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(SCREENS[scale]))
    i18n.set_language(qapp, language)
    w = MainWindow(user_ctx)                                        # the administrator: all five pages
    qtbot.addWidget(w)
    w.resize(SCREENS[scale].size())
    w.show()
    qtbot.waitExposed(w)
    nav = w.nav
    assert nav.count() == 5
    assert nav.verticalScrollBar().isHidden() or not nav.verticalScrollBar().isVisible()
    metrics = QFontMetrics(nav.font())
    for row in range(nav.count()):
        text = nav.item(row).text()
        room = _text_room(nav, row)
        item = nav.visualRect(nav.model().index(row, 0))
        assert nav.viewport().rect().contains(item), f"{text!r} at {item} outside the list"
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRect(0, 0, room.width(), 10_000), flags, text)
        widest_word = max(metrics.horizontalAdvance(word) for word in text.split())
        assert widest_word <= room.width(), f"{text!r} ({scale}, {language}): {widest_word} px in {room.width()}"
        assert needed.width() <= room.width() and needed.height() <= room.height(), \
            f"{text!r} ({scale}, {language}) needs {needed.size()} in {room.size()}"
    if scale == "100 %":                                            # one line each next to the icon
        assert all(metrics.horizontalAdvance(nav.item(r).text()) <= _text_room(nav, r).width()
                   for r in range(nav.count()))


def test_an_shgm_dialogs_problem_line_follows_the_form_once_said(qtbot):
    """SHGM's small dialogs say one problem after OK; it is checked again as the officer changes the form."""
    from app.ui.shgm.dialogs import AreasDialog
    from app.workflows.shgm.decisions import AreaChoice
    from tests.support.ui import type_text

    d = AreasDialog(None, [AreaChoice("A1", "Muayene", None, None), AreaChoice("A2", "Konsültasyon", None, None)],
                    "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi")
    qtbot.addWidget(d)
    d.show()
    for i in range(d.list.count()):
        d.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    d.ok_button.click()
    assert d.isVisible() and "En az bir alan seçin" in d.error.text() and not d.error.isHidden()
    d.list.item(0).setCheckState(Qt.CheckState.Checked)           # an area again: now the reason is what is missing
    assert "farkın gerekçesini yazın" in d.error.text()
    type_text(d.reason, "Konsültasyon için uzman yok.")
    assert d.error.isHidden() and d.isVisible()                   # fixed: the line goes, the dialog waits for OK
