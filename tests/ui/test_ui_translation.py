"""English interface from resources/translations/ush_en.qm; every text translated, placeholders intact."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from app.ui import i18n
from app.ui.labels import ROLE_TEXTS, STATE_TEXTS, VENDOR_STATUS_TEXTS
from app.ui.main_window import MainWindow
from app.ui.startup_dialogs import Choice, StartupErrorDialog
from app.workflows.admin.connection import DatabaseUnavailable
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role, VendorStatus

TS = i18n.TRANSLATIONS_DIR / "ush_en.ts"
ENGLISH_NAV = ["Overview", "Province (İSM)", "SHGM", "KTS", "Administration"]
TURKISH_NAV = ["Özet", "İSM", "SHGM", "KTS", "Yönetim"]


def test_with_language_en_the_navigation_and_menus_are_english(qtbot, qapp, user_ctx):
    assert i18n.set_language(qapp, "en") is True
    w = MainWindow(user_ctx)
    qtbot.addWidget(w)
    assert w.nav_labels() == ENGLISH_NAV
    assert w.file_menu.title() == "&File" and w.help_menu.title() == "&Help"
    assert w.quit_action.text() == "&Quit" and w.about_action.text() == "&About…"
    assert w.pages[0].heading.text() == "İSM — Provincial Health Directorate"
    assert w.pages[0].table.rows()[0][0] == "Received"
    assert w.db_label.text().startswith(f"Database: {user_ctx.target.engine_name} — ")
    assert w.user_label.text() == "User: Sistem Yöneticisi (System administrator)"


def test_the_language_switches_while_the_window_is_open(qtbot, qapp, window):
    assert window.nav_labels() == TURKISH_NAV
    i18n.set_language(qapp, "en")
    qtbot.waitUntil(lambda: window.nav_labels() == ENGLISH_NAV, timeout=2000)
    assert window.pages[3].heading.text() == "Administration"
    i18n.set_language(qapp, "tr")
    qtbot.waitUntil(lambda: window.nav_labels() == TURKISH_NAV, timeout=2000)
    assert window.pages[0].table.rows()[0][0] == "Alındı"


def test_the_start_up_error_is_english_with_the_original_in_the_details(qtbot, qapp):
    i18n.set_language(qapp, "en")
    error = DatabaseUnavailable("unreachable", "PostgreSQL sunucusuna (db:5432/ush) bağlanılamadı.", "refused")
    d = StartupErrorDialog(None, error, [Choice.RETRY, Choice.LOCAL, Choice.QUIT])
    qtbot.addWidget(d)
    assert d.windowTitle() == "The database cannot be reached"
    assert d.message_label.text().startswith("Could not connect to the PostgreSQL server.")
    assert [b.text() for b in d.buttons.values()] == ["Try again", "Continue with the local database", "Quit"]
    assert "bağlanılamadı" in d.details.toPlainText() and "refused" in d.details.toPlainText()


CATALOGUES = sorted(i18n.TRANSLATIONS_DIR.glob("ush*_en.ts"))


def test_the_main_catalogue_exists_and_is_large():
    assert TS in CATALOGUES
    assert len(ET.parse(TS).getroot().findall("context/message")) > 100


TURKISH_GRAMMAR = {"{suffix}"}


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.name)
def test_every_text_is_translated_with_the_same_placeholders(ts):
    root = ET.parse(ts).getroot()
    messages = [(c.findtext("name"), m) for c in root.findall("context") for m in c.findall("message")]
    for context, m in messages:
        source, translation = m.findtext("source"), m.find("translation")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (context, source)
        assert translation.text, (context, source)
        # a Turkish case ending ("14:30'a", {suffix}) is grammar of the source language: English drops it
        assert (sorted(p for p in re.findall(r"\{\w+\}", source) if p not in TURKISH_GRAMMAR)
                == sorted(re.findall(r"\{\w+\}", translation.text))), source
        assert source.count("&") == translation.text.count("&"), source   # keyboard mnemonics kept
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_turkish_labels_match_the_workflow_labels():
    assert {s: STATE_TEXTS[s] for s in AppState} == {s: s.label for s in AppState}
    assert {r: ROLE_TEXTS[r] for r in Role} == {r: r.label for r in Role}
    from app.workflows.common.vocabulary import VENDOR_STATUS_LABELS

    assert {v: VENDOR_STATUS_TEXTS[v] for v in VendorStatus} == VENDOR_STATUS_LABELS


def test_days_left_months_and_the_export_button_speak_english_with_plurals(qapp):
    import datetime as dt

    from app.ui.common.formats import days_left_text
    from app.ui.common.list_routing import month_text
    from app.ui.labels import month_name
    from app.workflows.common.deadlines import ClockStatus

    def clock(days: int) -> ClockStatus:
        return ClockStatus(running=True, deadline=dt.date(2026, 12, 1), days_left=days, overdue=days < 0, met=None,
                           light="green")

    assert [days_left_text(clock(n)) for n in (1, 3, -1)] == ["1 gün", "3 gün", "Süresi geçti (1 gün)"]
    assert month_name(10) == "Ekim" and month_text("2026-03") == "Mart 2026"
    try:
        i18n.set_language(qapp, "en")
        assert [days_left_text(clock(n)) for n in (1, 3, -1, -4)] == \
            ["1 day", "3 days", "Overdue (1 day)", "Overdue (4 days)"]
        assert month_name(10) == "October" and month_text("2026-03") == "March 2026"
        from app.ui.export_menu import translate
        assert translate("DisaAktar", "Dışa aktar") == "Export"
    finally:
        i18n.set_language(qapp, "tr")
