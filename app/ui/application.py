"""Start the desktop application: QApplication, language, the login dialog, the database start-up loop, the
main window.

The login dialog paints first (issue 12): nothing up to it imports SQLAlchemy, the models or Alembic. The
database opens behind it in a worker thread (`DatabaseOpening`: resolve the target, connect, check, back up
and migrate when needed, reference data) while the officer types. When that fails the start-up loop's
dialogs follow (`StartupErrorDialog` and the officer's choice: try again, type the password, open the
settings, continue with the local SQLite database, or quit); `Startup.run` is the same loop, blocking. An
unusable local file is never overwritten or deleted: the application continues in a new file next to it and
remembers that file in the settings.

`USH_STARTUP_MARKS=1` prints the start-up milestones (`USH-MARK <name> <unix time>` on stderr) for
bench/startup.py and the start-up tests.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, APP_TITLE, __version__
from app.config import Settings, SettingsError
from app.ui import i18n
from app.ui.common import collector, screen
from app.ui.labels import database_text
from app.workflows.admin.startup_info import DatabaseUnavailable, describe_target

if TYPE_CHECKING:
    from app.ui.startup_dialogs import Choice
    from app.workflows.admin.bootstrap import OpenResult
    from app.workflows.admin.connection import Target
    from app.workflows.common.context import AppContext

ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
log = logging.getLogger("app.ui.application")


def _dialogs():  # type: ignore[no-untyped-def]
    """app.ui.startup_dialogs, imported when a start-up dialog is needed (not before the login dialog paints)."""
    from app.ui import startup_dialogs

    return startup_dialogs

# Problems the officer cannot fix by trying the same database again.
_NO_RETRY = frozenset({"newer_schema", "foreign", "password_in_config", "bad_url"})


def app_icon() -> QIcon:
    return QIcon(str(ICONS_DIR / "app.svg"))


def startup_mark(name: str) -> None:
    """A start-up milestone for bench/startup.py and the tests (only with USH_STARTUP_MARKS set)."""
    if os.environ.get("USH_STARTUP_MARKS"):
        print(f"USH-MARK {name} {time.time():.6f}", file=sys.stderr, flush=True)


class Startup:
    """The database part of start-up, one testable step at a time."""

    def __init__(self, settings: Settings, db_url: str | None = None, parent: QWidget | None = None) -> None:
        self.settings = settings
        self.db_url = db_url                      # --db on the command line wins over the settings
        self.parent = parent
        self.password: str | None = None          # typed this session; kept in memory only
        self.remember_password = False
        self.override: Target | None = None       # this session's choice (the local database)
        self.last_target: Target | None = None
        self.errors: list[DatabaseUnavailable] = []
        self.notes: list[str] = []                # shown in the main window's status bar

    # -- the loop ------------------------------------------------------------------------------------

    def target(self) -> Target:
        from app.workflows.admin import connection

        if self.override is not None:
            return self.override
        return connection.resolve(self.settings, self.db_url)

    def attempt(self) -> OpenResult:
        """One try: raises DatabaseUnavailable, or returns the open (migrated, seeded) database."""
        from app.workflows.admin.bootstrap import open_database

        self.last_target = None
        target = self.target()
        self.last_target = target
        return open_database(self.settings, target, self.password, session=True)

    def run(self) -> OpenResult | None:
        """Try until the database opens (the result) or the officer chooses to quit (None)."""
        while True:
            try:
                result = self.attempt()
            except DatabaseUnavailable as exc:
                self.errors.append(exc)
                choice = _dialogs().StartupErrorDialog.ask(self.parent, exc, self.choices_for(exc), self.where())
                if not self.handle(choice, exc):
                    return None
                continue
            self._opened(result)
            return result

    def where(self) -> str:
        t = self.last_target
        return database_text(t.engine_name, t.location) if t is not None else ""

    def where_parts(self) -> tuple[str, str] | None:
        """Engine and location of the database tried last, or (before any try) the one the settings name."""
        t = self.last_target
        if t is not None:
            return t.engine_name, t.location
        if self.override is not None:
            return self.override.engine_name, self.override.location
        preview = describe_target(self.settings, self.db_url)
        return (preview.engine_name, preview.location) if preview is not None else None

    def choices_for(self, error: DatabaseUnavailable) -> list[Choice]:
        from app.ui.startup_dialogs import Choice

        choices = [] if error.reason in _NO_RETRY else [Choice.RETRY]
        if error.reason == "auth":
            choices.append(Choice.PASSWORD)
        return [*choices, Choice.SETTINGS, Choice.LOCAL, Choice.QUIT]

    def handle(self, choice: Choice, error: DatabaseUnavailable) -> bool:
        """Act on the officer's choice; False means quit."""
        from app.ui.startup_dialogs import Choice

        if choice == Choice.QUIT:
            return False
        if choice == Choice.PASSWORD:
            self.ask_password()
        elif choice == Choice.SETTINGS:
            self.edit_settings()
        elif choice == Choice.LOCAL:
            self.use_local()
        return True

    def ask_password(self) -> None:
        from app.workflows.admin import connection

        target = self.last_target
        if target is None:
            return
        answer = _dialogs().PasswordDialog.ask(self.parent, target.location, target.url.username or "")
        if answer is None:
            return
        self.password, self.remember_password = answer
        if target.url.password is not None:  # the address carried the rejected password
            self.override = connection.without_password(target)

    def edit_settings(self) -> None:
        from app.ui.settings_dialog import SettingsDialog

        result = SettingsDialog.edit(self.parent, self.settings, connection_only=True)
        if result is None:
            return
        self.db_url, self.override = None, None   # from now on the settings decide
        if result.session_password:
            self.password = result.session_password
        if result.note:
            self.notes.append(result.note)

    def use_local(self) -> Path:
        """Continue with the local SQLite database; an unusable local file is left as it is."""
        from app.workflows.admin import connection

        failing = self.last_target
        if failing is not None and connection.is_local_file(failing, self.settings):
            bad = Path(failing.url.database or "")
            fresh = connection.fresh_local_path(bad)
            self.settings.sqlite_path = str(fresh)
            try:
                self.settings.save()
            except OSError as exc:
                self.notes.append(QCoreApplication.translate(
                    "Startup", "Ayarlar kaydedilemedi: {error}").format(error=exc))
            self.notes.append(QCoreApplication.translate(
                "Startup", "Kullanılamayan veritabanı dosyasına dokunulmadı ({bad}); yeni dosya: {fresh}"
            ).format(bad=bad, fresh=fresh))
        elif self.settings.db_url or self.db_url:
            self.notes.append(QCoreApplication.translate(
                "Startup", "Bu oturumda yerel veritabanı kullanılıyor; ortak sunucu ayarı değişmedi."))
        self.override = connection.local_target(self.settings)
        self.password = None
        return Path(self.override.url.database or "")

    def _opened(self, result: OpenResult) -> None:
        from app.workflows.admin import connection
        from app.workflows.admin.connection import NoSecureStore

        target = result.ctx.target
        if self.password and self.remember_password and target.is_postgres:
            try:
                connection.remember_password(target, self.password)
            except NoSecureStore:
                from app.ui.errors import no_secure_store_text

                self.notes.append(no_secure_store_text())
        if result.upgraded_from is not None:
            self.notes.append(QCoreApplication.translate(
                "Startup", "Veritabanı şeması güncellendi (önceki sürüm {old}). Yedek: {backup}"
            ).format(old=result.upgraded_from, backup=result.backup or "-"))

    # -- after the database is open -----------------------------------------------------------------

    def run_kts_rules(self, ctx: AppContext) -> None:
        """The SBYS list rules run on start (as the system, audited); what changed goes to the status bar."""
        from app.workflows.common.errors import DomainError
        from app.workflows.kts import registry as kts

        try:
            done = kts.apply_evaluation(ctx)
        except DomainError as exc:
            self.notes.append(exc.message)
            return
        if done:
            self.notes.append(QCoreApplication.translate(
                "Startup", "KTS liste kuralları uygulandı: {n} değişiklik.").format(n=len(done)))

    def prepare_content(self, ctx: AppContext, demo: bool, demo_applications: int = 300) -> bool:
        """Offer (or, with --demo, make) example data for an empty database; True when it was made."""
        from app.workflows.dashboard.overview import has_any_facility

        if has_any_facility(ctx):
            return False
        if demo or _dialogs().FirstRunQuestion.ask(self.parent):
            return self.fill_demo(ctx, demo_applications)
        return False

    def fill_demo(self, ctx: AppContext, applications: int) -> bool:
        try:
            from app.demo.data import generate
        except ImportError:
            _dialogs().Notice.warn(self.parent, QCoreApplication.translate("Startup", "Örnek veriler"),
                        QCoreApplication.translate(
                            "Startup", "Örnek veri modülü bu kurulumda bulunmuyor; veritabanı boş kaldı."))
            return False
        from app.ui.errors import run_long_work

        outcome = run_long_work(self.parent, QCoreApplication.translate("Startup", "Örnek veriler oluşturuluyor…"),
                                generate, ctx, applications=applications, seed=1, today=ctx.clock.today())
        if outcome.cancelled:      # the transaction was rolled back: the database is still empty
            self.notes.append(outcome.message)
            return False
        if outcome.error is not None:
            _dialogs().Notice.warn(self.parent, QCoreApplication.translate("Startup", "Örnek veriler"),
                        QCoreApplication.translate(
                            "Startup", "Örnek veriler oluşturulamadı: {error}").format(error=outcome.message))
            return False
        return True


class DatabaseOpening(QObject):
    """The database start-up behind the login dialog (issue 12: the window comes at once).

    `start()` runs one `Startup.attempt` (resolve the target, connect, check, back up and migrate when needed,
    reference data) in a worker thread while the officer types. Its outcome comes back to the GUI thread: a
    DatabaseUnavailable gets the start-up loop's dialogs (`StartupErrorDialog`, then the officer's choice) and,
    unless the officer quit, the next attempt runs in the background again; an open database gets the
    first-run question (demo data), then `ready`. `abandoned` means the officer quit at a database error, or
    start-up failed unexpectedly (`failure` holds the exception; the caller raises it). After `ready` the
    worker imports what the main window needs (`warm_up`), so the window after the login comes quickly.
    """

    ready = Signal()
    abandoned = Signal()
    changed = Signal()                    # an attempt ended: the database tried (`where`) may have changed
    _finished = Signal(object, object)    # (OpenResult | None, BaseException | None) from the worker thread

    def __init__(self, startup: Startup, demo: bool = False, demo_applications: int = 300,
                 warm_up: Callable[[Callable[[], bool]], None] | None = None) -> None:
        super().__init__()
        self.startup, self.demo, self.demo_applications, self.warm_up = startup, demo, demo_applications, warm_up
        self.result: OpenResult | None = None      # set just before `ready`
        self.failure: BaseException | None = None
        self.closed = False
        self.session_ctx: AppContext | None = None  # the logged-in person's own connection (issue 13), if any
        self._opened: OpenResult | None = None     # what the worker opened (closed by close() in any case)
        self._thread: threading.Thread | None = None     # the attempt running now
        self._worker: threading.Thread | None = None     # the last worker (it goes on with the warm-up)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def ctx(self) -> AppContext | None:
        return self.result.ctx if self.result is not None else None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def set_parent_widget(self, widget: QWidget | None) -> None:
        """The window the start-up dialogs belong to (the login dialog)."""
        self.startup.parent = widget

    def where(self) -> tuple[str, str] | None:
        return self.startup.where_parts()

    def start(self) -> None:
        """Start the next attempt in the background, unless one runs or the database is already open."""
        if self._thread is not None or self.result is not None or self.closed or self.failure is not None:
            return
        startup_mark("database-start")
        self._thread = self._worker = threading.Thread(target=self._work, name="ush-db-open", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            result = self.startup.attempt()
        except BaseException as exc:
            self._finished.emit(None, exc)
            return
        self._opened = result
        self._finished.emit(result, None)
        if self.warm_up is not None:
            try:
                self.warm_up(lambda: self.closed)      # stops early when start-up is over
            except Exception:
                log.exception("start-up warm-up failed")

    def _on_finished(self, result: OpenResult | None, error: BaseException | None) -> None:
        self._thread = None
        if self.closed:
            return
        self.changed.emit()
        if error is not None:
            if not isinstance(error, DatabaseUnavailable):
                self._give_up(error)
                return
            self.startup.errors.append(error)
            startup_mark("database-error")
            choice = _dialogs().StartupErrorDialog.ask(self.startup.parent, error, self.startup.choices_for(error),
                                            self.startup.where())
            if not self.startup.handle(choice, error):
                self._give_up(None)
                return
            self.changed.emit()
            self.start()
            return
        assert result is not None
        try:
            self.startup._opened(result)
            log.info("database open: %s %s", result.ctx.target.engine_name, result.ctx.target.location)
            self.startup.prepare_content(result.ctx, self.demo, self.demo_applications)
        except BaseException as exc:
            self._give_up(exc)
            return
        self.result = result
        startup_mark("database-ready")
        self.ready.emit()

    def _give_up(self, failure: BaseException | None) -> None:
        self.failure = failure
        self.closed = True
        self.abandoned.emit()

    def wait(self) -> AppContext | None:
        """Start if needed and wait (the event loop runs) until the database is open or start-up was given up."""
        self.start()
        if self.result is None and not self.closed:
            loop = QEventLoop()
            self.ready.connect(loop.quit)
            self.abandoned.connect(loop.quit)
            loop.exec()
            self.ready.disconnect(loop.quit)
            self.abandoned.disconnect(loop.quit)
        return self.ctx

    def settle(self) -> None:
        """Wait for the worker's warm-up to end (after the login: the GUI thread then imports nothing the worker
        is still importing, and the modules are ready; usually long done while the officer typed)."""
        worker = self._worker
        if worker is not None and worker is not threading.current_thread():
            worker.join()

    def close(self) -> None:
        """The end of start-up or of the session: wait for an attempt still running, then close what it opened
        (connections, then the session marker: a clean exit)."""
        self.closed = True
        thread = self._thread
        if thread is not None:
            thread.join()
        self._thread = None
        self.settle()           # no thread left importing while the interpreter ends
        if self.session_ctx is not None and self._opened is not None \
                and self.session_ctx.engine is not self._opened.ctx.engine:
            self.session_ctx.engine.dispose()
        if self._opened is not None:
            self._opened.close()
            self._opened = None


class FirstPaint(QObject):
    """Calls `done` once, at the watched window's first paint event."""

    def __init__(self, widget: QWidget, done: Callable[[], None]) -> None:
        super().__init__(widget)
        self.done, self.seen = done, False
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            self.done()
        return False


# What building the main window imports (its pages import their desks when built), for every role, and what its
# first paint runs (KTS list rules, the daily audit checkpoint): imported in the background while the officer
# types, so the window after the login is built without importing anything.
MAIN_WINDOW_MODULES = (
    "app.ui.main_window", "app.ui.dashboard.page", "app.ui.dashboard.widget", "app.ui.dashboard.charts",
    "app.ui.ism.entry", "app.ui.ism.desk", "app.ui.ism.kts_notices", "app.ui.shgm.desk", "app.ui.kts.desk",
    "app.ui.admin.page", "app.ui.admin.audit_viewer", "app.ui.admin.banner", "app.ui.admin.user_admin",
    "app.ui.admin.maintenance", "app.ui.geometry", "app.ui.export_menu", "app.ui.common.list_routing",
    "app.workflows.dashboard.figures", "app.workflows.common.deadlines", "app.workflows.admin.audit_anchor",
    "app.workflows.kts.registry",
)


def warm_up_main_window(stop: Callable[[], bool] = lambda: False) -> None:
    """Import the main window's modules (and through them the desks' workflows) and build the holiday calendar
    ahead of the login. No Qt object is made, so the worker thread may do it; a module that moved is skipped."""
    import importlib

    for name in MAIN_WINDOW_MODULES:
        if stop():
            return
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            log.info("start-up warm-up: no module %s", name)
    # The holiday calendar (the `holidays` package builds Turkey's on first use, ~0.3-1 s) for the 15-day clocks
    # of the first worklist page: last year to next year.
    import datetime as dt

    from app.workflows.common import deadlines

    calendar = deadlines.default_calendar()
    for year in range(dt.date.today().year - 1, dt.date.today().year + 2):
        calendar.is_holiday(dt.date(year, 1, 1))
        calendar.is_half_day(dt.date(year, 1, 1))
    startup_mark("warm-up-done")


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_TITLE)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    screen.install(app)            # no window or dialog larger than the screen (app.ui.common.screen)
    collector.install(app)         # Python's garbage collection on the GUI thread only (app.ui.common.collector)
    return app


def _save_quietly(settings: Settings) -> None:
    try:
        settings.save()
    except OSError:
        pass  # remembering the last user name is a convenience, never a reason to stop


def run_gui(db_url: str | None = None, demo: bool = False, demo_applications: int = 300,
            settings: Settings | None = None) -> int:
    """Run the desktop application; returns the process exit code (1 when the officer quit at start-up).

    The log file (app.logging_setup) and the global exception handler come first, so that even a failure
    during start-up reaches the log and the officer sees "Beklenmeyen hata" with a copyable report.
    """
    from app.config import apply_data_dir
    from app.logging_setup import setup_logging, teardown_logging
    from app.ui.errors import install_exception_handler

    app = ensure_application()
    if settings is None:
        try:
            settings = Settings.load()
        except SettingsError as exc:
            i18n.set_language(app, "tr")
            _dialogs().Notice.warn(None, APP_TITLE, str(exc))
            settings = Settings()
    apply_data_dir(settings)          # the data folder chosen in Ayarlar (USH_DATA_DIR still wins)
    log_file = setup_logging()
    handler = install_exception_handler(str(log_file or ""))
    log.info("%s %s starting (Python %s)", APP_TITLE, __version__, sys.version.split()[0])
    try:
        return _run(app, db_url, demo, demo_applications, settings)
    finally:
        log.info("%s stopped", APP_TITLE)
        handler.uninstall()
        teardown_logging()


def _run(app: QApplication, db_url: str | None, demo: bool, demo_applications: int, settings: Settings) -> int:
    i18n.set_language(app, settings.language)
    from app.ui.admin.login import LoginDialog

    startup = Startup(settings, db_url=db_url)
    # The login dialog paints first; the database opens behind it (started after that first paint).
    opening = DatabaseOpening(startup, demo, demo_applications, warm_up=warm_up_main_window)
    try:
        actor = LoginDialog.ask(opening, username=str(settings.extra.get("last_user", "")))
        if opening.failure is not None:
            raise opening.failure
        if opening.result is None:
            if startup.errors:
                log.info("start-up abandoned by the officer after %d database error(s)", len(startup.errors))
            return 1
        ctx = opening.result.ctx
        if actor is None:
            return 1
        # The person's own connection on a server-initialised PostgreSQL database (issue 13), else the same
        ctx = opening.session_ctx or ctx
        log.info("logged in: %s (%s)", actor.username, actor.role.value)
        startup_mark("login-accepted")
        opening.settle()
        from app.ui.main_window import MainWindow

        def kts_rules() -> list[str]:
            before = len(startup.notes)
            startup.run_kts_rules(ctx)
            return startup.notes[before:]

        def daily_checkpoint() -> None:
            # at least one signed audit checkpoint a day on every database a desk uses (docs/security.md)
            from app.workflows.admin.audit_anchor import checkpoint_if_due

            checkpoint_if_due(ctx)   # never raises: a missed one is logged

        # The window shows first ("yükleniyor…"); the KTS list rules, the daily audit checkpoint and the figures
        # follow its first paint.
        window = MainWindow(ctx.as_user(actor), settings=settings, notes=startup.notes, defer_load=True,
                            after_show=[kts_rules, daily_checkpoint])
        if os.environ.get("USH_STARTUP_MARKS"):
            _mark_main_window(window)
        window.show()
        if settings.extra.get("last_user") != actor.username:
            settings.extra["last_user"] = actor.username
            _save_quietly(settings)
        rc = app.exec()
        # Destroy the window while Qt is still up, not at interpreter shutdown (Qt objects outliving the
        # QApplication have aborted the process on exit).
        window.deleteLater()
        app.processEvents()
        return rc
    finally:
        opening.close()         # connections closed, then the session marker goes: a clean exit


def _mark_main_window(window: QWidget) -> None:
    """Milestones of the main window: first paint; usable (the loop is free again after the work the first
    paint starts in the GUI thread: two loop ticks, the second queued behind that work); figures loaded."""
    def painted() -> None:
        startup_mark("main-painted")
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: startup_mark("main-idle")))

    window._startup_first_paint = FirstPaint(window, painted)  # type: ignore[attr-defined]
    if getattr(window, "loaded", True):
        return
    window.ready.connect(lambda: startup_mark("main-loaded"))  # type: ignore[attr-defined]
