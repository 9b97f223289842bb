"""Python's cyclic garbage collector runs on the GUI thread only.

Automatic collection runs in whichever thread happens to allocate: a worker importing reportlab or building a PDF
collects the cycles closed windows left behind, and a Qt object's wrapper freed there is deleted later by shiboken
on the GUI thread, at whatever Python line runs next — once inside an event filter while a widget was being
destroyed, which crashed the process (SIGSEGV in Shiboken::BindingManager::runDeletionInMainThread; seen in the
Qt tests, a worker issuing a KTS certificate). So, in the desktop application, automatic collection is off and a
timer on the GUI thread collects with the interpreter's own generation thresholds (the pattern pyqtgraph uses).
The command line and the web service keep Python's automatic collection: they have no Qt objects.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> int:
        """Collect the generations whose thresholds are passed (as the interpreter would); how many objects."""
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young <= first:
            return 0
        generation = 2 if old > third else 1 if middle > second else 0
        return gc.collect(generation)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Once per application (returns the collector)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
