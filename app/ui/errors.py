"""Officer-facing texts for errors: database problems raised by the storage layer (codes plus Turkish messages),
the global handler for unexpected exceptions (log file + a dialog with a copyable report) and a progress
dialog with a cancel button for long work."""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_TITLE, __version__
from app.logging_setup import redact
from app.workflows.admin.startup_info import DatabaseUnavailable
from app.workflows.common.errors import DomainError

CONTEXT = "Hatalar"

# One general sentence per reason. In Turkish the storage layer's own message (which names the file or
# server) is shown; when a translation is active, this sentence is shown and the original goes to details.
REASON_TEXTS = {
    "corrupt": QT_TRANSLATE_NOOP(
        "Hatalar", "Yerel veritabanı dosyası bozuk ya da açılamıyor. Dosyaya dokunulmadı."),
    "unreachable": QT_TRANSLATE_NOOP(
        "Hatalar", "PostgreSQL sunucusuna bağlanılamadı. Sunucu kapalı olabilir ya da ağ bağlantısı yok."),
    "auth": QT_TRANSLATE_NOOP(
        "Hatalar", "PostgreSQL sunucusu kullanıcı adını ya da parolayı kabul etmedi."),
    "missing_db": QT_TRANSLATE_NOOP("Hatalar", "Sunucuda bu adda bir veritabanı yok."),
    "newer_schema": QT_TRANSLATE_NOOP(
        "Hatalar", "Bu veritabanı uygulamanın daha yeni bir sürümüyle güncellenmiş; bu sürüm onu açamaz. "
        "Veritabanına dokunulmadı. Lütfen uygulamayı güncelleyin."),
    "foreign": QT_TRANSLATE_NOOP(
        "Hatalar", "Bu veritabanı USH İzin'e ait değil. Veritabanına dokunulmadı; başka bir veritabanı seçin."),
    "password_in_config": QT_TRANSLATE_NOOP(
        "Hatalar", "Ayar dosyasındaki veritabanı adresinde parola var. Parolayı adresten silin ve "
        "Ayarlar'dan girin."),
    "no_backup": QT_TRANSLATE_NOOP(
        "Hatalar", "Veritabanı şeması güncellenmeli, ancak önce yedek alınamadı."),
    "bad_url": QT_TRANSLATE_NOOP("Hatalar", "Veritabanı adresi geçersiz."),
}

NO_SECURE_STORE = QT_TRANSLATE_NOOP(
    "Hatalar", "Bu bilgisayarda güvenli anahtar deposu (keyring) bulunamadı; parola kaydedilmedi. "
    "Parola bu oturum boyunca bellekte tutulacak ve her açılışta sorulacak.")


def message_for(error: DatabaseUnavailable) -> str:
    """The main text to show for a database problem, in the interface language."""
    source = REASON_TEXTS.get(error.reason)
    if source is not None:
        translated = QCoreApplication.translate(CONTEXT, source)
        if translated != source:
            return translated
    return error.message


def details_for(error: DatabaseUnavailable, where: str = "") -> str:
    """Everything a technician needs: reason code, database, the original message and the driver's text."""
    lines = []
    if where:
        lines.append(where)
    lines.append(QCoreApplication.translate("Hatalar", "Neden kodu: {reason}").format(reason=error.reason))
    if message_for(error) != error.message:
        lines.append(error.message)
    if error.detail:
        lines.append("")
        lines.append(error.detail)
    return "\n".join(lines)


def no_secure_store_text() -> str:
    return QCoreApplication.translate(CONTEXT, NO_SECURE_STORE)


# --- unexpected errors: the global exception handler --------------------------------------------------------------

log = logging.getLogger("app.ui.errors")


def error_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 thread_name: str = "") -> str:
    """A technician's report of an exception: version, platform, time, the traceback (passwords removed)."""
    lines = [
        f"{APP_TITLE} {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        f"{dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
    ]
    if thread_name:
        lines.append(f"Thread: {thread_name}")
    lines.append("")
    lines.extend(line.rstrip("\n") for line in traceback.format_exception(exc_type, exc, tb))
    return redact("\n".join(lines))


class ErrorReportDialog(QDialog):
    """'Beklenmeyen bir hata oluştu…', a copy button and a close button; the technician's report (a Python
    traceback) only behind "Ayrıntılar"."""

    def __init__(self, report: str, parent: QWidget | None = None, log_file: str = "") -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(QCoreApplication.translate("Hatalar", "Beklenmeyen hata"))
        self.setMinimumWidth(620)
        self.message = QLabel(QCoreApplication.translate(
            "Hatalar", "Beklenmeyen bir hata oluştu. Yaptığınız son işlem tamamlanmamış olabilir; kayıtlı "
            "verileriniz etkilenmedi. Hata raporunu “Panoya kopyala” ile kopyalayıp destek ekibine iletebilirsiniz."))
        self.message.setWordWrap(True)
        self.log_label = QLabel()
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if log_file:
            self.log_label.setText(QCoreApplication.translate("Hatalar", "Günlük dosyası: {path}").format(
                path=log_file))
        self.log_label.setVisible(bool(log_file))
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(260)
        self.details.setVisible(False)
        self.details_button = QPushButton(QCoreApplication.translate("Hatalar", "Ayrıntılar"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.toggled.connect(self.show_details)
        self.copy_button = QPushButton(QCoreApplication.translate("Hatalar", "Panoya kopyala"))
        self.close_button = QPushButton(QCoreApplication.translate("Hatalar", "Kapat"))
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

    def show_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self.adjustSize()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(QCoreApplication.translate("Hatalar", "Kopyalandı ✔"))


class _Relay(QObject):
    """Carries a report from any thread to the GUI thread (queued signal)."""

    report = Signal(str)


class ExceptionHandler:
    """sys.excepthook and threading.excepthook: log the traceback, then show `ErrorReportDialog`."""

    def __init__(self, parent_getter: Callable[[], QWidget | None] | None = None, log_file: str = "") -> None:
        self.parent_getter = parent_getter or QApplication.activeWindow
        self.log_file = log_file
        self.showing = False
        self.previous_hooks = (sys.excepthook, threading.excepthook)
        self.relay = _Relay()
        self.relay.report.connect(self.show_report, Qt.ConnectionType.QueuedConnection)
        self.shown: list[str] = []            # the reports shown (tests look at them)

    def install(self) -> ExceptionHandler:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self.previous_hooks[0]
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self.previous_hooks[1]

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous_hooks[0](exc_type, exc, tb)
            return
        report = error_report(exc_type, exc, tb, threading.current_thread().name)
        log.error("Beklenmeyen hata:\n%s", report)
        if threading.current_thread() is threading.main_thread():
            self.show_report(report)
        else:
            self.relay.report.emit(report)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        report = error_report(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback,
                              args.thread.name if args.thread else "")
        log.error("Beklenmeyen hata (iş parçacığı):\n%s", report)
        self.relay.report.emit(report)

    def show_report(self, report: str) -> None:
        self.shown.append(report)
        if self.showing or QApplication.instance() is None:
            return                              # one dialog at a time; the log has every report
        self.showing = True
        try:
            dialog = ErrorReportDialog(report, self.parent_getter(), self.log_file)
            dialog.exec()
            dialog.deleteLater()
        except Exception:  # noqa: BLE001  (the handler itself must never raise)
            log.exception("Hata penceresi gösterilemedi")
        finally:
            self.showing = False


def install_exception_handler(log_file: str = "",
                              parent_getter: Callable[[], QWidget | None] | None = None) -> ExceptionHandler:
    """Install the global handler (run_gui does this once, after the log file is set up)."""
    return ExceptionHandler(parent_getter, log_file).install()


# --- long work: progress with a cancel button ---------------------------------------------------------------------

@dataclass
class WorkOutcome:
    """How a long job ended: `value` when done, `cancelled` when the officer stopped it, `error` (a DomainError
    with its Turkish message) when the workflow refused or failed. Anything else reaches the global handler."""

    value: Any = None
    cancelled: bool = False
    error: DomainError | None = None

    @property
    def ok(self) -> bool:
        return not self.cancelled and self.error is None

    @property
    def message(self) -> str:
        from app.ui.common.texts import shown

        return shown(self.error.message) if self.error is not None else ""


def run_long_work(parent: QWidget | None, label: str, fn: Callable[..., Any], *args: Any, **kwargs: Any
                  ) -> WorkOutcome:
    """Run `fn(*args, progress=…, cancel=…, **kwargs)` in a worker through `Operation`, behind a progress dialog
    whose "Vazgeç" sets the flag `cancel()` reads; wait for it in a local event loop (the window keeps painting).
    The caller shows the outcome; an unexpected exception is raised again here, on the GUI thread."""
    from app.ui.common.operations import Operation

    log.info("long work started: %s", getattr(fn, "__qualname__", fn))
    out = Operation(parent, label, fn, *args, **kwargs).progress(label).quiet().run_and_wait()
    if out.cancelled:
        log.info("long work cancelled: %s", out.message)
        return WorkOutcome(cancelled=True, error=out.error)  # type: ignore[arg-type]
    if isinstance(out.error, DomainError):
        log.warning("long work refused: %s", out.error.message)
        return WorkOutcome(error=out.error)
    if out.error is not None:
        raise out.error
    log.info("long work finished: %s", getattr(fn, "__qualname__", fn))
    return WorkOutcome(value=out.value)
