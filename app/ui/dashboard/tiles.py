"""A number tile: a big count and a caption on a button, coloured by a traffic light; clicking it (mouse, Enter
or Space) opens the list behind the number."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.ui.common.screen import narrow
from app.ui.common.style import LIGHT_COLOURS, LIGHT_TINTS
from app.ui.labels import number

# Colours of a tile: the deadline lights come from app.ui.common.style (the same as the lists' dots); "neutral" for
# counts that carry no urgency (states), "idle" for an urgent kind with nothing in it (a zero should not shout).
COLOURS = {light: (LIGHT_COLOURS[light], LIGHT_TINTS[light]) for light in LIGHT_TINTS}
COLOURS.update({
    "neutral": ("#5b6b7f", "palette(base)"),
    "idle": ("#9e9e9e", "palette(base)"),
})


class Tile(QPushButton):
    """`activated(payload)` is emitted when the tile is clicked; `payload` is the list's filter."""

    activated = Signal(dict)

    def __init__(self, key: str, payload: dict, light: str = "neutral", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.payload = payload
        self.light = light
        self.count = 0
        self.loading = False
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(128 if narrow(self) else 150)   # six in a row fit 1366 px at 125 %
        self.value_label = QLabel("0")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        for label in (self.value_label, self.caption_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setStyleSheet("background: transparent;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.setMinimumHeight(self.value_label.sizeHint().height() + 2 * self.fontMetrics().height() + 20)
        self.clicked.connect(lambda: self.activated.emit(dict(self.payload)))
        self._style()

    def set_value(self, count: int, caption: str, tooltip: str = "") -> None:
        self.count = count
        self.loading = False
        self.value_label.setText(number(count))
        self.caption_label.setText(caption)
        self.setAccessibleName(f"{caption}: {count}")
        self.setToolTip(tooltip or caption)
        self._style()

    def set_loading(self, caption: str, tooltip: str = "") -> None:
        """No number yet (the main window loads the figures after its first paint): "…" instead of a count."""
        self.count = 0
        self.loading = True
        self.value_label.setText("…")
        self.caption_label.setText(caption)
        self.setAccessibleName(caption)
        self.setToolTip(tooltip or caption)
        self._style()

    def set_light(self, light: str) -> None:
        self.light = light
        self._style()

    def shown_light(self) -> str:
        """The colour actually shown: an urgent tile with nothing in it, or no number yet, is grey."""
        if self.loading:
            return "idle"
        if self.light in ("overdue", "red", "amber") and self.count == 0:
            return "idle"
        return self.light

    def _style(self) -> None:
        edge, tint = COLOURS[self.shown_light()]
        self.value_label.setStyleSheet(f"background: transparent; color: {edge};")
        self.setStyleSheet(
            f"QPushButton#tile {{ text-align: left; background: {tint}; border: 1px solid palette(mid);"
            f" border-left: 6px solid {edge}; border-radius: 6px; }}"
            f"QPushButton#tile:hover {{ border-color: {edge}; }}"
            f"QPushButton#tile:focus {{ border: 2px solid palette(highlight); border-left: 6px solid {edge}; }}")
