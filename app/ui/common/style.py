"""Colours of the interface: errors, warnings, the 15-day traffic light and its icons."""

from __future__ import annotations

from functools import lru_cache
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget

from app.workflows.common.deadlines import AMBER_DAYS, DEFAULT_RULES, RED_DAYS

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5a00"
WARNING_BACKGROUND = "#fff4d6"
OK_COLOUR = "#1b7a2f"

# The traffic light (app.workflows.common.deadlines.traffic_light): green > AMBER_DAYS days left, amber ≤ AMBER_DAYS,
# red ≤ RED_DAYS (the last day today is red), overdue < 0, stopped (no clock running). The one source of these
# colours: the lists' dots, the dashboard's deadline tiles (DEADLINE_TILE_LIGHTS), the legends.
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
    red, amber = RED_DAYS, AMBER_DAYS
    names = {
        "green": QCoreApplication.translate("Ortak", "Yeşil: {n} günden fazla var").format(n=amber),
        "amber": QCoreApplication.translate("Ortak", "Sarı: {n} gün ya da daha az kaldı").format(n=amber),
        "red": QCoreApplication.translate("Ortak", "Kırmızı: {n} gün ya da daha az kaldı (son gün bugünse de)"
                                          ).format(n=red),
        "overdue": QCoreApplication.translate("Ortak", "Süresi geçti"),
        "stopped": QCoreApplication.translate("Ortak", "Süre işlemiyor (bildirim yapıldı ya da dosya kapandı)"),
    }
    return names.get(light, "")


# The dashboard's deadline tiles wear the light of the files they count: overdue files are "overdue", files whose
# last day is today are "red" (0 days left, as their dot in the list), this week's are "amber", running "green".
DEADLINE_TILE_LIGHTS = {"overdue": "overdue", "today": "red", "week": "amber", "running": "green"}


def legend_items() -> list[tuple[str, str]]:
    """(light, short text) for the legend under a list with the traffic light, thresholds from the clock rules."""
    return [("green", QCoreApplication.translate("Ortak", "> {n} gün").format(n=AMBER_DAYS)),
            ("amber", QCoreApplication.translate("Ortak", "≤ {n} gün").format(n=AMBER_DAYS)),
            ("red", QCoreApplication.translate("Ortak", "≤ {n} gün (bugün son gün dahil)").format(n=RED_DAYS)),
            ("overdue", QCoreApplication.translate("Ortak", "süresi geçti")),
            ("stopped", QCoreApplication.translate("Ortak", "süre işlemiyor"))]


class LightLegend(QLabel):
    """A line under a list: what each dot means, e.g. "15 günlük bildirim süresi: ● > 5 gün ● ≤ 5 gün …" (the
    dots in the lists' colours; it wraps on a narrow window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lightLegend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.period_days = DEFAULT_RULES.period_days
        self.retranslate()

    def set_period(self, days: int) -> None:
        self.period_days = days
        self.retranslate()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("Ortak", "{n} günlük bildirim süresi:").format(n=self.period_days)
        parts = [f'<span style="color:{LIGHT_COLOURS[light]}">{"○" if light == "stopped" else "●"}</span>'
                 f"&nbsp;{escape(text).replace(' ', '&nbsp;')}" for light, text in legend_items()]
        self.setText(f"{escape(title)} " + " &nbsp; ".join(parts))   # an item never breaks inside
        self.setToolTip("\n".join(light_name(light) for light, _text in legend_items()))

    def plain_text(self) -> str:
        return QTextDocumentFragment.fromHtml(self.text()).toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
