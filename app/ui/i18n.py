"""Language of the interface: Turkish (the source language) or English (resources/translations/ush_en.qm).

Installing or removing a translator makes Qt send a LanguageChange event to every widget; each widget
answers it by calling its `retranslate()`, so the language can change while the application runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("tr", "en")
TURKISH = QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey)

_installed: list[QTranslator] = []


def current() -> str:
    """The interface's language: "en" while the English catalogues are installed, else "tr"."""
    return "en" if any(Path(t.filePath()).name.endswith("_en.qm") for t in _installed) else "tr"


def clear(app: QCoreApplication) -> None:
    """Remove the translators this module installed (back to the Turkish source texts)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def set_language(app: QCoreApplication, language: str | None) -> bool:
    """Install the translators for `language` ("tr" or "en"); True when the language's files were found.

    Numbers and dates always follow the Turkish locale: the data (amounts, dates, names) is Turkish.
    """
    clear(app)
    QLocale.setDefault(TURKISH)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "en":
        # One catalogue per desk package (ush_en.qm, ush_shgm_en.qm, ...), so desks are translated apart.
        found = [_install(app, str(p)) for p in sorted(TRANSLATIONS_DIR.glob("ush*_en.qm"))]
        return bool(found) and all(found)
    # Turkish: our texts are already Turkish; Qt's own (standard buttons, file dialogs) need qtbase_tr.
    return _install(app, str(Path(qt_dir) / "qtbase_tr.qm"))


def _install(app: QCoreApplication, path: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(path):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
