"""Every window and dialog fits the screen it is on (1366×768 is the common office screen, 125 % scaling makes it
1093×614): `fit_to_screen` caps a window to the available geometry and, when its content cannot shrink that far,
puts the content in a scroll area (the dialog's buttons stay below it, always visible). `ScreenFit`, installed
once on the application, does it for every top-level window when it is shown and whenever it grows later.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

SCROLL_NAME = "screenFitScroll"   # the scroll area fit_to_screen adds (found again, never added twice)
NARROW_WIDTH = 1280               # logical pixels: 1366 px at 125 % (1093) is narrow, 1366 at 100 % is not


def available(widget: QWidget) -> QRect:
    """The screen area a window of `widget` may take (without task bars), minus its frame when it has one."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra_w, extra_h = max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height())
    return QRect(area.x(), area.y(), max(1, area.width() - extra_w), max(1, area.height() - extra_h))


def narrow(widget: QWidget | None = None) -> bool:
    """Whether the screen (of `widget`, else the primary one) is narrower than NARROW_WIDTH logical pixels: the
    main window then folds its page list to icons and the desk pages keep tighter margins."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry().width() < NARROW_WIDTH


def _is_button_row(item) -> bool:  # type: ignore[no-untyped-def]
    """A layout item that holds only buttons and spacing (the row under a dialog's content)."""
    widget = item.widget()
    if widget is not None:
        return isinstance(widget, (QDialogButtonBox, QAbstractButton))
    layout = item.layout()
    if layout is None or layout.count() == 0:
        return False
    kinds = [layout.itemAt(i) for i in range(layout.count())]
    widgets = [k.widget() for k in kinds if k.widget() is not None]
    return bool(widgets) and all(isinstance(w, (QAbstractButton, QDialogButtonBox)) or not w.isVisibleTo(w.window())
                                 for w in widgets) and all(k.widget() is not None or k.spacerItem() is not None
                                                           for k in kinds)


def _scroll_area(content: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(SCROLL_NAME)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setWidget(content)
    return scroll


def scrolled(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area that scrolls only when its space is smaller than the content needs (a
    page of a tab or a dialog that must fit 768 px)."""
    return _scroll_area(content)


def _wrap_dialog(dialog: QWidget) -> bool:
    """Move the dialog's layout into a scrolled page; a last row of buttons stays under it. False if it has no
    layout to move (or already scrolls)."""
    layout = dialog.layout()
    if layout is None or dialog.findChild(QScrollArea, SCROLL_NAME) is not None:
        return False
    last = layout.itemAt(layout.count() - 1) if layout.count() else None
    button_widget, button_layout = None, None
    if last is not None and _is_button_row(last):
        # removed, not taken: a taken item belongs to Python, and its wrapper would delete the row when collected
        if last.widget() is not None:
            button_widget = last.widget()
            layout.removeWidget(button_widget)
        else:
            button_layout = last.layout()
            layout.removeItem(button_layout)
            button_layout.setParent(None)
    page = QWidget()
    margins = layout.contentsMargins()
    page.setLayout(layout)               # Qt takes the layout off the dialog and reparents its widgets
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.addWidget(_scroll_area(page), 1)
    if button_widget is not None or button_layout is not None:
        holder = QVBoxLayout()
        holder.setContentsMargins(margins.left(), 0, margins.right(), 0)
        if button_widget is not None:
            holder.addWidget(button_widget)
        else:
            holder.addLayout(button_layout)
        outer.addLayout(holder)
    if isinstance(layout, QLayout):
        layout.setContentsMargins(margins.left(), margins.top(), margins.right(), margins.bottom())
    return True


def _wrap_main_window(window: QMainWindow) -> bool:
    central = window.centralWidget()
    if central is None or isinstance(central, QScrollArea) and central.objectName() == SCROLL_NAME:
        return False
    window.takeCentralWidget()
    window.setCentralWidget(_scroll_area(central))
    return True


def _height_for_width(widget: QWidget) -> int:
    """The height a dialog's layout needs at its width (word-wrapped labels need more than their minimum: below it
    Qt squeezes the other rows, e.g. the fields of Ayarlar); 0 when that does not apply."""
    layout = widget.layout()
    if isinstance(widget, QMainWindow) or layout is None or not layout.hasHeightForWidth():
        return 0
    return layout.totalHeightForWidth(max(widget.width(), layout.totalMinimumSize().width()))


def too_big(widget: QWidget, limit: QRect | None = None) -> bool:
    limit = limit or available(widget)
    need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if widget.layout() is not None:
        need = need.expandedTo(widget.layout().totalMinimumSize())
    return need.width() > limit.width() or need.height() > limit.height() or _height_for_width(widget) > limit.height()


def fit_to_screen(widget: QWidget) -> None:
    """Cap a window's size to its screen's available area and keep it on the screen; content that cannot shrink
    enough scrolls (see the module)."""
    window = widget.window()
    limit = available(window)
    if too_big(window, limit):
        wrapped = _wrap_main_window(window) if isinstance(window, QMainWindow) else _wrap_dialog(window)
        if wrapped:
            window.setMinimumSize(0, 0)
            layout = window.layout()
            if layout is not None:
                layout.activate()
    tall = _height_for_width(window)
    if tall > window.height():
        window.resize(window.width(), min(tall, limit.height()))
    if window.minimumWidth() > limit.width() or window.minimumHeight() > limit.height():
        window.setMinimumSize(min(window.minimumWidth(), limit.width()), min(window.minimumHeight(), limit.height()))
    size = window.size().boundedTo(limit.size())
    if size != window.size():
        window.resize(size)
    if window.isVisible() and not window.isMaximized() and not window.isFullScreen():
        frame = window.frameGeometry()
        screen = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        x = min(max(frame.x(), screen.x()), screen.right() + 1 - frame.width())
        y = min(max(frame.y(), screen.y()), screen.bottom() + 1 - frame.height())
        if (x, y) != (frame.x(), frame.y()):
            window.move(max(screen.x(), x), max(screen.y(), y))


class ScreenFit(QObject):
    """Installed on the application: fits every window or dialog when it is shown, and again (on the next turn of
    the event loop) when it grows past the screen later, e.g. a page whose content became taller."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest) and isinstance(watched, QWidget) \
                and watched.isWindow() and isinstance(watched, (QDialog, QMainWindow)):
            if kind == QEvent.Type.Show:
                fit_to_screen(watched)
            else:
                self._later(watched)
        return False

    def _later(self, widget: QWidget) -> None:
        key = id(widget)
        if key in self._pending:
            return
        self._pending.add(key)

        def fit() -> None:
            self._pending.discard(key)
            try:
                if widget.isVisible():
                    limit = available(widget)
                    if widget.width() > limit.width() or widget.height() > limit.height() or too_big(widget, limit) \
                            or _height_for_width(widget) > widget.height():   # e.g. error lines under its fields
                        fit_to_screen(widget)
            except RuntimeError:        # deleted meanwhile
                pass

        QTimer.singleShot(0, fit)


def install(app: QApplication) -> ScreenFit:
    """Fit every window of `app` from now on (once; returns the filter)."""
    existing = app.findChild(ScreenFit)
    if existing is not None:
        return existing
    fit = ScreenFit(app)
    app.installEventFilter(fit)
    return fit
