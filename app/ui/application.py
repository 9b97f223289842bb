"""Start the desktop application: QApplication, language, the database start-up loop, the main window.

The start-up loop (`Startup.run`) tries to open the database; when that fails it shows
`StartupErrorDialog` and acts on the officer's choice: try again, type the password, open the settings,
continue with the local SQLite database, or quit. An unusable local file is never overwritten or
deleted: the application continues in a new file next to it and remembers that file in the settings.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, APP_TITLE, __version__
from app.config import Settings, SettingsError
from app.ui import i18n
from app.ui.labels import database_text
from app.ui.startup_dialogs import Choice, FirstRunQuestion, Notice, PasswordDialog, StartupErrorDialog
from app.workflows.admin import connection
from app.workflows.admin.bootstrap import OpenResult, open_database
from app.workflows.admin.connection import DatabaseUnavailable, NoSecureStore, Target
from app.workflows.common.context import AppContext
from app.workflows.dashboard.overview import has_any_facility

ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
log = logging.getLogger("app.ui.application")

# Problems the officer cannot fix by trying the same database again.
_NO_RETRY = frozenset({"newer_schema", "foreign", "password_in_config", "bad_url"})


def app_icon() -> QIcon:
    return QIcon(str(ICONS_DIR / "app.svg"))


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
        if self.override is not None:
            return self.override
        return connection.resolve(self.settings, self.db_url)

    def attempt(self) -> OpenResult:
        """One try: raises DatabaseUnavailable, or returns the open (migrated, seeded) database."""
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
                choice = StartupErrorDialog.ask(self.parent, exc, self.choices_for(exc), self.where())
                if not self.handle(choice, exc):
                    return None
                continue
            self._opened(result)
            return result

    def where(self) -> str:
        t = self.last_target
        return database_text(t.engine_name, t.location) if t is not None else ""

    def choices_for(self, error: DatabaseUnavailable) -> list[Choice]:
        choices = [] if error.reason in _NO_RETRY else [Choice.RETRY]
        if error.reason == "auth":
            choices.append(Choice.PASSWORD)
        return [*choices, Choice.SETTINGS, Choice.LOCAL, Choice.QUIT]

    def handle(self, choice: Choice, error: DatabaseUnavailable) -> bool:
        """Act on the officer's choice; False means quit."""
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
        target = self.last_target
        if target is None:
            return
        answer = PasswordDialog.ask(self.parent, target.location, target.url.username or "")
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
        if has_any_facility(ctx):
            return False
        if demo or FirstRunQuestion.ask(self.parent):
            return self.fill_demo(ctx, demo_applications)
        return False

    def fill_demo(self, ctx: AppContext, applications: int) -> bool:
        try:
            from app.demo.data import generate
        except ImportError:
            Notice.warn(self.parent, QCoreApplication.translate("Startup", "Örnek veriler"),
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
            Notice.warn(self.parent, QCoreApplication.translate("Startup", "Örnek veriler"),
                        QCoreApplication.translate(
                            "Startup", "Örnek veriler oluşturulamadı: {error}").format(error=outcome.message))
            return False
        return True


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
    from app.logging_setup import setup_logging, teardown_logging
    from app.ui.errors import install_exception_handler
    from app.ui.settings_dialog import apply_data_dir

    app = ensure_application()
    if settings is None:
        try:
            settings = Settings.load()
        except SettingsError as exc:
            i18n.set_language(app, "tr")
            Notice.warn(None, APP_TITLE, str(exc))
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

    startup = Startup(settings, db_url=db_url)
    opened = startup.run()
    if opened is None:
        log.info("start-up abandoned by the officer after %d database error(s)", len(startup.errors))
        return 1
    ctx = opened.ctx
    log.info("database open: %s %s", ctx.target.engine_name, ctx.target.location)
    try:
        startup.prepare_content(ctx, demo, demo_applications)
        from app.ui.admin.login import LoginDialog
        from app.ui.main_window import MainWindow

        actor = LoginDialog.ask(ctx, username=str(settings.extra.get("last_user", "")))
        if actor is None:
            return 1
        log.info("logged in: %s (%s)", actor.username, actor.role.value)
        if settings.extra.get("last_user") != actor.username:
            settings.extra["last_user"] = actor.username
            _save_quietly(settings)
        def kts_rules() -> list[str]:
            before = len(startup.notes)
            startup.run_kts_rules(ctx)
            return startup.notes[before:]

        # The window shows first ("yükleniyor…"); the KTS list rules and the figures follow its first paint.
        window = MainWindow(ctx.as_user(actor), settings=settings, notes=startup.notes, defer_load=True,
                            after_show=[kts_rules])
        window.show()
        rc = app.exec()
        # Destroy the window while Qt is still up, not at interpreter shutdown (Qt objects outliving the
        # QApplication have aborted the process on exit).
        window.deleteLater()
        app.processEvents()
        return rc
    finally:
        opened.close()          # connections closed, then the session marker goes: a clean exit
