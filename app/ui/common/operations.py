"""The one wrapper every workflow call from a screen goes through, and the messages it shows.

`Operation` runs a workflow function in a worker thread (the window stays responsive), shows a busy indicator on
the part of the window that waits (that part is disabled and shows a busy cursor), and delivers the result on the
GUI thread: a DomainError becomes the officer's Turkish message (a ValidationFailed may instead be handed back to
the form, which shows it next to the fields), an unexpected exception is logged and reported without killing the
window. After a successful write the operation broadcasts what it touched (`app.ui.common.changes`), so screens
refresh only those rows. Never touch a widget inside `fn`: it runs off the GUI thread.

    Operation(self, self.tr("İzin belgesi düzenle"), permits.issue_permit, self.ctx, decision_id) \\
        .busy(self.decisions_page).success(self._issued) \\
        .changes(lambda issued: Changes(permits={issued.permit_id}, kinds={"permit"})).run()

Long cancellable work (backups, exports, demo data) adds `.progress(label)`: `fn` then receives `progress=` and
`cancel=` callables; a progress dialog is updated from the worker through signals and its "Vazgeç" sets a flag
that `cancel()` reads. `run()` (the function) is the same path in synchronous mode for quick calls (< 100 ms).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from app.ui.common.changes import Changes, hub
from app.ui.common.texts import shown, shown_errors
from app.workflows.common.errors import DomainError, ValidationFailed
from app.workflows.common.progress import WorkCancelled

log = logging.getLogger(__name__)
T = TypeVar("T")

_POOL: QThreadPool | None = None
# Keeps an operation alive until it has delivered, by key. Only the GUI thread drops an operation (and with it the
# widgets and closures it holds): a Qt object's Python wrapper released on a worker thread is deleted later by
# shiboken on the GUI thread, at whatever Python line runs next there — once inside an event filter during a
# widget's destruction, which crashed the process (SIGSEGV in BindingManager::runDeletionInMainThread).
_RUNNING: dict[int, Operation[Any]] = {}
_KEYS = itertools.count(1)
_RELAY: _Relay | None = None


def pool() -> QThreadPool:
    """The worker threads of the operations (a few: writes serialise on the database anyway)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(4)
        _POOL.setExpiryTimeout(30000)
        app = QCoreApplication.instance()
        if app is not None:
            # A write still running when the window closes ends (commits or rolls back) before Qt goes away.
            app.aboutToQuit.connect(lambda: _POOL.waitForDone(60000) if _POOL is not None else None)
    return _POOL


def idle() -> bool:
    """True when no operation is running or waiting to deliver its result (tests wait for this)."""
    return not _RUNNING


def wait_idle(timeout_ms: int = 30000) -> bool:
    """Process events until every running operation has delivered (tests, the bench); False on timeout."""
    end = time.monotonic() + timeout_ms / 1000
    while _RUNNING and time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.001)
    return idle()


class WithDetails(str):
    """A message whose technical details (an exception's text) stay behind the box's "Ayrıntılar" button."""

    details: str

    def __new__(cls, text: str, details: str) -> WithDetails:
        self = super().__new__(cls, text)
        self.details = details
        return self


class Messages:
    @staticmethod
    def error(parent: QWidget | None, title: str, text: str) -> None:
        details = getattr(text, "details", "")
        if not details:
            QMessageBox.warning(parent, title, shown(text))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, shown(text), QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText(details)
        for button in box.buttons():          # Qt names it "Show Details..." in every language: say it ourselves
            if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
                button.setText(QCoreApplication.translate("Ortak", "Ayrıntılar"))
        box.exec()

    @staticmethod
    def info(parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, shown(text))

    @staticmethod
    def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, shown(text), QMessageBox.StandardButton.NoButton,
                          parent)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Ortak", "Vazgeç"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is ok


@dataclass
class Outcome(Generic[T]):
    ok: bool
    value: T | None = None
    error: Exception | None = None
    cancelled: bool = False

    @property
    def field_errors(self) -> dict[str, str]:
        return shown_errors(self.error.errors) if isinstance(self.error, ValidationFailed) else {}

    @property
    def message(self) -> str:
        return shown(self.error.message) if isinstance(self.error, DomainError) else ""


def unexpected_text(exc: BaseException) -> WithDetails:
    """The officer's sentence; the exception's own (English, technical) text only behind "Ayrıntılar"."""
    return WithDetails(QCoreApplication.translate(
        "Ortak", "İşlem tamamlanamadı; beklenmeyen bir hata oluştu. Hiçbir değişiklik kaydedilmedi. Ayrıntılar "
        "günlük dosyasına yazıldı."), f"{type(exc).__name__}: {exc}")


def alive(widget: QObject | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


class _Relay(QObject):
    """Carries a worker's result and progress to the GUI thread (queued signals) by operation key. One, made on
    the GUI thread and never deleted, so a worker refers to no Qt object that could die on its thread."""

    done = Signal(int, object)
    step = Signal(int, int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.step.connect(self._step, Qt.ConnectionType.QueuedConnection)

    @Slot(int, object)
    def _deliver(self, key: int, outcome: Outcome[Any]) -> None:
        op = _RUNNING.get(key)
        if op is not None:
            op._deliver(outcome)

    @Slot(int, int, int, str)
    def _step(self, key: int, done: int, total: int, label: str) -> None:
        op = _RUNNING.get(key)
        if op is not None:
            op._show_step(done, total, label)


def relay() -> _Relay:
    global _RELAY
    if _RELAY is None:
        _RELAY = _Relay()
    return _RELAY


class _ProgressDialog(QProgressDialog):
    """The long-work dialog; "Vazgeç" (the button, Esc or `cancel()`) sets the flag the worker's cancel() reads."""

    def __init__(self, parent: QWidget | None, flag: threading.Event) -> None:
        super().__init__(parent)
        self.flag = flag
        self.canceled.connect(flag.set)

    def cancel(self) -> None:
        self.flag.set()
        super().cancel()


class _Job(QRunnable):
    def __init__(self, op: Operation[Any]) -> None:
        super().__init__()
        self.key = op.key
        self.op: Operation[Any] | None = op
        self.setAutoDelete(True)

    def run(self) -> None:
        op, self.op = self.op, None
        assert op is not None
        outcome = op._call()
        del op              # before the result goes: the GUI thread, which still holds it, drops it last
        relay().done.emit(self.key, outcome)


class Operation(Generic[T]):
    """One workflow call for a screen: see the module docstring. Build it, chain the options, then `run()`."""

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> None:
        self.parent, self.title, self.fn, self.args, self.kwargs = parent, title, fn, args, kwargs
        self._busy: list[tuple[QWidget, bool]] = []
        self._override_cursor = False
        self._success: list[Callable[[T], Any]] = []
        self._failure: list[Callable[[Outcome[T]], Any]] = []
        self._finally: list[Callable[[Outcome[T]], Any]] = []
        self._changes: Callable[[T], Changes | None] | Changes | None = None
        self.show_validation = True
        self.quiet_ = False
        self.label: str | None = None
        self.cancellable = True
        self._cancel = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._stepping = 0                                  # depth of _show_step calls inside the dialog's setValue
        self._stale_dialog: QProgressDialog | None = None   # closed while stepping; deleted when the step returns
        self.outcome: Outcome[T] | None = None
        self.thread_name = ""
        self.key = next(_KEYS)

    # -- options -------------------------------------------------------------------------------------------------

    def busy(self, *widgets: QWidget | None, disable: bool = True) -> Operation[T]:
        """The part of the window that waits: disabled (unless disable=False), with a busy cursor, until the result
        is delivered."""
        self._busy.extend((w, disable) for w in widgets if w is not None)
        return self

    def success(self, callback: Callable[[T], Any]) -> Operation[T]:
        self._success.append(callback)
        return self

    def failure(self, callback: Callable[[Outcome[T]], Any]) -> Operation[T]:
        """Called (after the message, if any, was shown) when the call failed or was cancelled."""
        self._failure.append(callback)
        return self

    def finally_(self, callback: Callable[[Outcome[T]], Any]) -> Operation[T]:
        self._finally.append(callback)
        return self

    def changes(self, what: Callable[[T], Changes | None] | Changes | None) -> Operation[T]:
        """What the call touched (or a function of its result giving it): broadcast after a success."""
        self._changes = what
        return self

    def validation_in_form(self) -> Operation[T]:
        """A ValidationFailed is only handed back (the form shows it next to its fields)."""
        self.show_validation = False
        return self

    def quiet(self) -> Operation[T]:
        """Nothing is shown; the caller shows the error in place."""
        self.quiet_ = True
        return self

    def progress(self, label: str, cancellable: bool = True) -> Operation[T]:
        """Long work: a progress dialog with "Vazgeç"; `fn` receives `progress=` and `cancel=`."""
        self.label = label
        self.cancellable = cancellable
        return self

    # -- running -------------------------------------------------------------------------------------------------

    def run(self) -> Operation[T]:
        """Start the call in a worker thread and return at once; the result arrives on the GUI thread."""
        self._begin()
        relay()                       # made on the GUI thread, before any worker uses it
        _RUNNING[self.key] = self
        pool().start(_Job(self))
        return self

    def run_and_wait(self) -> Outcome[T]:
        """Run in a worker and wait in a local event loop (the window keeps painting, timers keep firing)."""
        self.run()
        loop = QEventLoop()
        self.finally_(lambda _o: loop.quit())
        if self.outcome is None:
            loop.exec()
        assert self.outcome is not None
        return self.outcome

    def run_sync(self) -> Outcome[T]:
        """The same path on the GUI thread, for quick calls (< 100 ms)."""
        self._begin(cursor=True)
        self._deliver(self._call())
        assert self.outcome is not None
        return self.outcome

    # -- the path ------------------------------------------------------------------------------------------------

    def _begin(self, cursor: bool = False) -> None:
        self._override_cursor = cursor
        if cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        for w, disable in self._busy:
            depth = int(w.property("ushBusy") or 0)
            if depth == 0:
                w.setProperty("ushWasEnabled", w.isEnabled())
                if disable:
                    w.setEnabled(False)
                w.setCursor(Qt.CursorShape.BusyCursor)
            w.setProperty("ushBusy", depth + 1)
        if self.label is not None:
            self._open_dialog()

    def _call(self) -> Outcome[T]:
        self.thread_name = threading.current_thread().name
        kwargs = dict(self.kwargs)
        if self.label is not None:
            kwargs["progress"] = self._report
            kwargs["cancel"] = self._cancel.is_set
        try:
            return Outcome(True, self.fn(*self.args, **kwargs))
        except WorkCancelled as exc:
            return Outcome(False, error=exc, cancelled=True)
        except Exception as exc:  # noqa: BLE001  (delivered to the GUI thread, shown there)
            return Outcome(False, error=exc)

    def _report(self, done: int, total: int | None = None, label: str | None = None) -> None:
        if threading.current_thread() is threading.main_thread():
            self._show_step(done, -1 if total is None else total, label or "")
        else:
            relay().step.emit(self.key, done, -1 if total is None else total, label or "")

    def _end_busy(self) -> None:
        if self._override_cursor:
            QGuiApplication.restoreOverrideCursor()
            self._override_cursor = False
        for w, disable in self._busy:
            if not alive(w):
                continue
            depth = int(w.property("ushBusy") or 0) - 1
            w.setProperty("ushBusy", max(depth, 0))
            if depth <= 0:
                if disable:
                    was = w.property("ushWasEnabled")
                    w.setEnabled(True if was is None else bool(was))
                w.unsetCursor()
        if self._dialog is not None and alive(self._dialog):
            self._dialog.close()
            if self._stepping:
                # The result arrived inside the dialog's own setValue() (a modal QProgressDialog processes events
                # there): deleting it now would pull the dialog out from under that call. _show_step deletes it.
                self._stale_dialog = self._dialog
            else:
                # Deleted now, not with deleteLater(): from inside run_and_wait's local loop a deferred delete
                # could wait for a later nested loop (a message box), taking a dialog parented to it down with it.
                shiboken6.delete(self._dialog)
        self._dialog = None

    def _deliver(self, outcome: Outcome[T]) -> None:
        self.outcome = outcome
        try:
            self._end_busy()
            if self.parent is not None and not alive(self.parent):
                # The screen was closed while the worker ran: nothing to show it on.
                if outcome.error is not None and not isinstance(outcome.error, DomainError):
                    log.error("workflow call failed after its screen closed: %s", self._name(),
                              exc_info=outcome.error)
                return
            if outcome.ok:
                self._broadcast(outcome.value)  # type: ignore[arg-type]
                for cb in self._success:
                    cb(outcome.value)  # type: ignore[arg-type]
            else:
                self._show_error(outcome)
                for fb in self._failure:
                    fb(outcome)
        finally:
            _RUNNING.pop(self.key, None)
            for fin in self._finally:
                fin(outcome)

    def _broadcast(self, value: T) -> None:
        what = self._changes(value) if callable(self._changes) else self._changes
        if what:
            hub().publish(what)

    def _show_error(self, outcome: Outcome[T]) -> None:
        exc = outcome.error
        if outcome.cancelled:
            log.info("work cancelled: %s", outcome.message)
            return
        if isinstance(exc, DomainError):
            if self.label is not None:
                log.warning("long work refused: %s", exc.message)
            if not self.quiet_ and (self.show_validation or not isinstance(exc, ValidationFailed)):
                Messages.error(self.parent, self.title, shown(exc.message))
            return
        if self.quiet_:
            log.info("workflow call failed: %s: %s", self._name(), exc)
            return
        log.error("workflow call failed: %s", self._name(), exc_info=exc)
        Messages.error(self.parent, self.title, unexpected_text(exc))  # type: ignore[arg-type]

    def _name(self) -> str:
        return str(getattr(self.fn, "__qualname__", self.fn))

    # -- the progress dialog -------------------------------------------------------------------------------------

    def _open_dialog(self) -> None:
        from app import APP_TITLE

        d = _ProgressDialog(self.parent, self._cancel)
        d.setObjectName("longWork")
        d.setWindowTitle(APP_TITLE)
        d.setLabelText(self.label or "")
        d.setCancelButtonText(QCoreApplication.translate("Hatalar", "Vazgeç"))
        if not self.cancellable:
            d.setCancelButton(None)
        d.setRange(0, 0)
        d.setMinimumDuration(0)
        d.setMinimumWidth(420)
        d.setAutoClose(False)
        d.setAutoReset(False)
        d.setWindowModality(Qt.WindowModality.WindowModal if self.parent is not None
                            else Qt.WindowModality.ApplicationModal)
        d.setValue(0)
        d.show()
        self._dialog = d
        QApplication.processEvents()          # paint it (and let an early "Vazgeç" be seen) before the work starts

    def _show_step(self, done: int, total: int, label: str) -> None:
        d = self._dialog
        if d is None or not alive(d):
            return
        if total >= 0 and total != d.maximum():
            d.setMaximum(max(total, 0))
        if label:
            d.setLabelText(label)
        self._stepping += 1
        try:
            d.setValue(min(done, d.maximum()) if d.maximum() else 0)
        finally:
            self._stepping -= 1
            if not self._stepping:
                stale, self._stale_dialog = self._stale_dialog, None
                if stale is not None and alive(stale):
                    shiboken6.delete(stale)

    def cancel(self) -> None:
        """Ask the worker to stop at its next clean boundary (what "Vazgeç" does)."""
        self._cancel.set()


def run(parent: QWidget | None, title: str, fn: Callable[..., T], *args: Any,
        show_validation: bool = True, quiet: bool = False, **kwargs: Any) -> Outcome[T]:
    """A quick workflow call (< 100 ms) on the GUI thread, through the same path as `Operation`: domain errors are
    shown to the officer in Turkish; with show_validation=False a ValidationFailed is only returned (the form shows
    it next to its fields); with quiet=True nothing is shown (the caller shows the error in place)."""
    op = Operation(parent, title, fn, *args, **kwargs)
    if not show_validation:
        op.validation_in_form()
    if quiet:
        op.quiet()
    return op.run_sync()
