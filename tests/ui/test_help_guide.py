"""Yardım → Kullanım kılavuzu (F1): the guide of the officer's own desk (what to do next, what the 15-day clock
counts), the keyboard shortcuts and the real data and log folders; in English with the English interface."""

from __future__ import annotations

from app import config
from app.ui import i18n
from app.ui.help import HelpDialog, current_log, guide_html
from app.workflows.common.vocabulary import Role
from tests.support.shgm import shgm as shgm_ctx


def _guide(qtbot, ctx) -> HelpDialog:  # type: ignore[no-untyped-def]
    d = HelpDialog(ctx)
    qtbot.addWidget(d)
    return d


def test_the_ism_officer_gets_the_ism_guide_with_the_clock_and_the_shortcuts(qtbot, desk_ctx):
    d = _guide(qtbot, desk_ctx)
    assert [d.tabs.tabText(i) for i in range(d.tabs.count())] == ["İSM", "Kısayollar", "Klasörler"]
    text = d.pages["ism"].toPlainText()
    assert "ertesi günü" in text and "Takvim günü" in text and "Eksikler tamamlandı" in text
    assert "Ctrl+N" in d.pages["keys"].toPlainText() and "F1" in d.pages["keys"].toPlainText()


def test_the_folders_are_the_real_ones(qtbot, desk_ctx):
    d = _guide(qtbot, desk_ctx)
    text = d.pages["folders"].toPlainText()
    assert str(config.data_dir()) in text and str(current_log()) in text and str(config.config_dir()) in text
    assert str(desk_ctx.target.location) in text


def test_each_desk_sees_its_own_guide_and_the_auditor_all(qtbot, ctx):
    assert list(_guide(qtbot, shgm_ctx(ctx, Role.SHGM_REVIEWER)).pages) == ["shgm", "keys", "folders"]
    assert list(_guide(qtbot, shgm_ctx(ctx, Role.AUDITOR)).pages) == ["ism", "shgm", "kts", "keys", "folders"]


def test_the_guide_is_english_with_the_english_interface(qtbot, qapp, desk_ctx):
    assert i18n.set_language(qapp, "en")
    try:
        d = _guide(qtbot, desk_ctx)
        assert d.windowTitle() == "User guide" and d.tabs.tabText(1) == "Shortcuts"
        assert "day after" in d.pages["ism"].toPlainText()
    finally:
        i18n.set_language(qapp, "tr")
    assert "day after" not in guide_html("ism") and "ertesi günü" in guide_html("ism")


def test_f1_in_the_main_window_opens_the_guide(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(HelpDialog, "exec", lambda self: opened.append(self) or 0)
    window.guide_action.trigger()
    assert window.guide_action.shortcut().toString() == "F1" and len(opened) == 1
