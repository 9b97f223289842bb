"""Colours of the interface: errors, warnings, the 15-day traffic light and its icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5a00"
WARNING_BACKGROUND = "#fff4d6"
OK_COLOUR = "#1b7a2f"

# The traffic light: green > 5 days, amber ≤ 5, red ≤ 2, overdue < 0, stopped (no clock running).
LIGHT_COLOURS = {"green": "#2e7d32", "amber": "#f0a202", "red": "#d32f2f", "overdue": "#7b1010",
                 "stopped": "#9e9e9e"}
LIGHT_TINTS = {"green": "#e6f4e7", "amber": "#fff1d0", "red": "#fddcd8", "overdue": "#f6c4c0"}
ERROR_TINT = LIGHT_TINTS["red"]   # a table cell whose value the officer must correct

INVALID_STYLE = f'*[invalid="true"] {{ border: 1px solid {ERROR_COLOUR}; }}'


def light_colour(light: str) -> QColor:
    return QColor(LIGHT_COLOURS.get(light, LIGHT_COLOURS["stopped"]))


def light_tint(light: str) -> QColor | None:
    tint = LIGHT_TINTS.get(light)
    return QColor(tint) if tint else None


@lru_cache(maxsize=16)
def light_icon(light: str, size: int = 14) -> QIcon:
    """A filled dot in the light's colour (a hollow grey ring when the clock is stopped)."""
    ratio = 2
    pix = QPixmap(size * ratio, size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = light_colour(light)
    r = size / 2 - 1.5
    if light == "stopped":
        p.setPen(colour)
        p.setBrush(Qt.BrushStyle.NoBrush)
        r -= 1
    else:
        p.setPen(colour.darker(130))
        p.setBrush(colour)
    p.drawEllipse(QPointF(size / 2, size / 2), r, r)
    p.end()
    return QIcon(pix)


def light_name(light: str) -> str:
    names = {
        "green": QCoreApplication.translate("Ortak", "Yeşil: 5 günden fazla var"),
        "amber": QCoreApplication.translate("Ortak", "Sarı: 5 gün ya da daha az kaldı"),
        "red": QCoreApplication.translate("Ortak", "Kırmızı: 2 gün ya da daha az kaldı"),
        "overdue": QCoreApplication.translate("Ortak", "Süresi geçti"),
        "stopped": QCoreApplication.translate("Ortak", "Süre işlemiyor (bildirim yapıldı ya da dosya kapandı)"),
    }
    return names.get(light, "")
