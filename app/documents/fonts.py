"""The embedded TrueType fonts of every printed document (DejaVu Sans, shipped in resources/fonts).

The PDF base-14 fonts (Helvetica, Times …) have no ğ ş ı İ Ğ Ş: never use them for Turkish text.
Registration with reportlab happens once, on first use, and is safe to call from several threads.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def ensure_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab; later calls do nothing.

    The font family is mapped so that <b> in a Paragraph gives the bold face and <i> stays in DejaVu
    (we ship no oblique face; falling back to Helvetica-Oblique would lose the Turkish letters).
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            path = FONT_DIR / file_name
            if not path.is_file():
                raise FileNotFoundError(
                    f"Yazı tipi dosyası bulunamadı: {path} (font file missing; resources/fonts must ship with the app)"
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        addMapping(BOLD, 0, 0, BOLD)
        addMapping(BOLD, 1, 0, BOLD)
        addMapping(BOLD, 0, 1, BOLD)
        addMapping(BOLD, 1, 1, BOLD)
        _registered = True
