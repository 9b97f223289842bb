"""Yardım → Kullanım kılavuzu (F1): a short guide per desk the officer works at (what to do next in each state,
what the 15-day clock counts), the keyboard shortcuts, and where the application keeps its data and its log.

The guide texts are HTML resources per language (resources/help/<tr|en>/<name>.html), chosen by the interface's
language; the folders are the real ones of this process (app.config, app.logging_setup).
"""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.logging_setup import log_path
from app.ui import i18n
from app.ui.common.screen import fit_to_screen
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role

HELP_DIR = Path(__file__).resolve().parents[2] / "resources" / "help"

# The desk guides each role sees (the administrator and the auditor see every desk).
GUIDES_BY_ROLE = {
    Role.ISM_OFFICER: ("ism",), Role.ISM_MANAGER: ("ism",),
    Role.SHGM_REVIEWER: ("shgm",), Role.SHGM_APPROVER: ("shgm",),
    Role.KTS_OFFICER: ("kts",),
}
ALL_GUIDES = ("ism", "shgm", "kts")


def guide_html(name: str, language: str | None = None) -> str:
    """One guide in the interface's language (Turkish when a translation is missing)."""
    language = language or i18n.current()
    for lang in (language, "tr"):
        path = HELP_DIR / lang / f"{name}.html"
        if path.exists():
            return path.read_text(encoding="utf-8")
    return ""


def current_log() -> Path:
    """The log file this process writes (a moved data folder moves it), else where it would be."""
    for h in logging.getLogger().handlers:
        if getattr(h, "_ush_log", False):
            return Path(h.baseFilename)  # type: ignore[attr-defined]
    return log_path()


class HelpDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.guides = GUIDES_BY_ROLE.get(ctx.actor.role, ALL_GUIDES)
        self.tabs = QTabWidget()
        self.pages: dict[str, QTextBrowser] = {}
        for name in (*self.guides, "keys", "folders"):
            view = QTextBrowser()
            view.setOpenLinks(False)
            view.anchorClicked.connect(self._open_folder)
            self.pages[name] = view
            self.tabs.addTab(view, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        fit_to_screen(self)
        self.retranslate()

    def folders(self) -> list[tuple[str, Path | str]]:
        t = self.ctx.target
        rows: list[tuple[str, Path | str]] = [
            (self.tr("Veri klasörü (yerel veritabanı, yedekler)"), config.data_dir()),
            (self.tr("Günlük (log) dosyası"), current_log()),
            (self.tr("Ayarlar klasörü"), config.config_dir()),
        ]
        rows.append((self.tr("Kullanılan veritabanı"), t.location))
        return rows

    def folders_html(self) -> str:
        title = self.tr("Klasörler")
        lines = [f"<h2>{escape(title)}</h2>", "<table cellpadding='4'>"]
        for label, where in self.folders():
            text = escape(str(where))
            if isinstance(where, Path):
                folder = where if where.suffix == "" else where.parent
                text = f"<a href='{QUrl.fromLocalFile(str(folder)).toString()}'>{text}</a>"
            lines.append(f"<tr><td><b>{escape(label)}</b></td><td>{text}</td></tr>")
        lines.append("</table>")
        note = self.tr("Bir hata bildirirken günlük dosyasını ekleyin; parolalar günlüğe yazılmaz.")
        lines.append(f"<p>{escape(note)}</p>")
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kullanım kılavuzu"))
        titles = {"ism": self.tr("İSM"), "shgm": self.tr("SHGM"), "kts": self.tr("KTS"),
                  "keys": self.tr("Kısayollar"), "folders": self.tr("Klasörler")}
        for i, name in enumerate(self.pages):
            self.tabs.setTabText(i, titles[name])
            self.pages[name].setHtml(self.folders_html() if name == "folders" else guide_html(name))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Kapat"))

    def _open_folder(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


