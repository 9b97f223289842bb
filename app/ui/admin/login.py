"""Login dialog and the password change it forces at first login (or after a reset by the administrator).

The dialog shows refusals in place (a red line under the fields), never in a pop-up, so the officer can
retry at once. After `exec()` returns Accepted, `actor` holds the logged-in user.

At start-up the dialog paints before the database layer is imported (issue 12): it gets a
`DatabaseOpening` (app.ui.application) instead of an open context, starts it after its first paint and
shows the database it will use from the settings. "Giriş" pressed before the database is open waits (busy,
Çıkış still works) and logs in when it is; the start-up error dialogs come from the opening. This module
therefore imports no workflow module that needs SQLAlchemy at import time (`users` is imported on use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.style import ERROR_COLOUR
from app.ui.common.texts import shown
from app.workflows.common.clock import TR
from app.workflows.common.errors import DomainError, ValidationFailed

if TYPE_CHECKING:
    from app.ui.application import DatabaseOpening
    from app.workflows.common.context import Actor, AppContext

# Without a paint (a hidden or minimised dialog) the database still starts opening after this long.
START_WITHOUT_PAINT_MS = 500


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setVisible(False)
    return label


class ChangePasswordDialog(QDialog):
    """Set a new password (≥ 10 characters, letters and digits). With `old_password` given (coming from the
    login dialog) the current-password field is hidden."""

    def __init__(self, ctx: AppContext, username: str, old_password: str | None = None, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.username, self.forced = ctx, username, forced
        self._given_old = old_password
        self.actor: Actor | None = None
        self.session_ctx: AppContext | None = None   # where the person works afterwards (their own connection
        #                                              on a server-initialised PostgreSQL database, issue 13)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for e in (self.old, self.new, self.repeat):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #555;")
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.old_label, self.old)
        form.addRow(self.new_label, self.new)
        form.addRow(self.repeat_label, self.repeat)
        if old_password is not None:
            self.old.setText(old_password)
            self.old.setVisible(False)
            self.old_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.rules)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Parola değiştir"))
        if self.forced:
            self.intro.setText(self.tr("{user}: ilk girişiniz ya da parolanız sıfırlandı. Devam etmek için yeni "
                                       "bir parola belirleyin.").format(user=self.username))
        else:
            self.intro.setText(self.tr("{user} hesabının parolasını değiştirin.").format(user=self.username))
        self.old_label.setText(self.tr("&Mevcut parola:"))
        self.new_label.setText(self.tr("&Yeni parola:"))
        self.repeat_label.setText(self.tr("Yeni parola (&tekrar):"))
        self.old_label.setBuddy(self.old)
        self.new_label.setBuddy(self.new)
        self.repeat_label.setBuddy(self.repeat)
        self.rules.setText(self.tr("Parola en az 10 karakter olmalı; harf ve rakam içermeli."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Parolayı &kaydet"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Vazgeç"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, text: str) -> None:
        self.error.setText(shown(text))
        self.error.setVisible(True)

    def save(self) -> None:
        from app.workflows.admin import users

        new = self.new.text()
        if new != self.repeat.text():
            self.show_error(self.tr("Yeni parola ile tekrarı aynı değil."))
            return
        problems = []
        if len(new) < users.MIN_PASSWORD_LENGTH:
            problems.append(self.tr("Parola çok kısa: en az 10 karakter olmalı."))
        if not any(ch.isalpha() for ch in new):
            problems.append(self.tr("Parolada en az bir harf olmalı."))
        if not any(ch.isdigit() for ch in new):
            problems.append(self.tr("Parolada en az bir rakam olmalı."))
        if problems or users.password_problems(new):
            self.show_error(" ".join(problems) or self.tr("Parola boşlukla başlayamaz ya da bitemez."))
            return
        try:
            self.session_ctx, self.actor = users.change_own_password(self.ctx, self.username, self.old.text(), new)
        except ValidationFailed as exc:
            if "old_password" in exc.errors:
                self.show_error(self.tr("Mevcut parola yanlış."))
            elif "new_password" in exc.errors and new == self.old.text():
                self.show_error(self.tr("Yeni parola eskisiyle aynı olamaz."))
            else:
                self.show_error(" ".join(shown(m) for m in exc.errors.values()))
            return
        except DomainError as exc:
            self.show_error(exc.message)
            return
        self.accept()


class LoginDialog(QDialog):
    """User name and password. Wrong password / unknown user, locked and closed accounts are explained in
    place; a first login opens the password change, and the login completes when it is saved.

    `db` is the open database, or at start-up the `DatabaseOpening` that opens it behind the dialog."""

    def __init__(self, db: AppContext | DatabaseOpening, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        from app.ui.application import DatabaseOpening

        self.opening = db if isinstance(db, DatabaseOpening) else None
        self._ctx = None if isinstance(db, DatabaseOpening) else db
        self.waiting = False                  # Giriş was pressed before the database was open
        self.actor: Actor | None = None
        self.session_ctx: AppContext | None = None   # the person's own connection (issue 13), else None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.where = QLabel()
        self.where.setStyleSheet("color: #555;")
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_label, self.password_label = QLabel(), QLabel()
        self.error = _error_label()
        self.status = QLabel()                # "Veritabanı açılıyor…" while Giriş waits for the database
        self.status.setStyleSheet("color: #555;")
        self.status.setVisible(False)
        # A new database's first administrator and its one-time password (issue 13), shown here once
        self.first_account = QLabel()
        self.first_account.setWordWrap(True)
        self.first_account.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                   | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.first_account.setStyleSheet("font-weight: bold;")
        self.first_account.setVisible(False)
        self._first: tuple[str, str] | None = None
        form = QFormLayout()
        form.addRow(self.user_label, self.username)
        form.addRow(self.password_label, self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.login)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.where)
        lay.addWidget(self.first_account)
        lay.addSpacing(6)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(400)
        (self.password if username else self.username).setFocus(Qt.FocusReason.OtherFocusReason)
        if self.opening is not None:
            self.opening.set_parent_widget(self)
            self.opening.changed.connect(self._show_where)
            self.opening.ready.connect(self._database_ready)
            self.opening.abandoned.connect(self._database_abandoned)
            from app.ui.application import FirstPaint

            self._first_paint = FirstPaint(self, self._painted)
        self.retranslate()

    @property
    def ctx(self) -> AppContext | None:
        """The open database (None while start-up is still opening it)."""
        return self.opening.ctx if self.opening is not None else self._ctx

    # -- start-up: the database opens behind the dialog -----------------------------------------------------

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        if self.opening is not None:
            QTimer.singleShot(START_WITHOUT_PAINT_MS, self.opening.start)

    def _painted(self) -> None:
        from app.ui.application import startup_mark

        startup_mark("login-painted")
        if self.opening is not None:
            QTimer.singleShot(0, self.opening.start)     # after this paint has reached the screen

    def _show_where(self) -> None:
        if self.opening is None:
            text = self.tr("Veritabanı: {engine} {location}").format(
                engine=self.ctx.target.engine_name, location=self.ctx.target.location)
        else:
            where = self.opening.where()
            text = self.tr("Veritabanı: {engine} {location}").format(engine=where[0], location=where[1]) if where \
                else ""
        self.where.setText(text)

    def set_waiting(self, waiting: bool) -> None:
        """Busy while Giriş waits for the database: the fields keep their text, Çıkış still quits."""
        self.waiting = waiting
        self.status.setVisible(waiting)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not waiting)
        if waiting:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _database_ready(self) -> None:
        self._show_where()
        result = self.opening.result if self.opening is not None else None
        first = getattr(result, "first_password", None)
        if first is not None:            # a new database: its administrator's one-time password, this once
            self._first = first
            self._show_first_account()
            self.first_account.setVisible(True)
            self.adjustSize()            # the dialog grows to show the whole line
            if not self.username.text().strip():
                self.username.setText(first[0])
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            self.set_waiting(False)      # even if Giriş was pressed: the officer reads it first
            return
        if self.waiting:
            self.set_waiting(False)
            self.login()

    def _show_first_account(self) -> None:
        if self._first is not None:
            self.first_account.setText(self.tr(
                "Yeni veritabanının ilk yönetici hesabı: {user}. Tek kullanımlık parolası: {password} — not edin; "
                "yalnızca şimdi gösterilir ve ilk girişte değiştirmeniz istenir.").format(
                    user=self._first[0], password=self._first[1]))

    def _database_abandoned(self) -> None:
        self.set_waiting(False)
        self.reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("USH İzin — Giriş"))
        self.title.setText(self.tr("USH İzin'e giriş"))
        self._show_where()
        self.status.setText(self.tr("Veritabanı açılıyor, lütfen bekleyin…"))
        self._show_first_account()
        self.user_label.setText(self.tr("&Kullanıcı adı:"))
        self.password_label.setText(self.tr("&Parola:"))
        self.user_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Giriş"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Çıkış"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, text: str) -> None:
        self.error.setText(shown(text))
        self.error.setVisible(True)

    def _message(self, exc: DomainError) -> str:
        """The refusal in the interface language (Turkish: the workflow's own sentence)."""
        from app.workflows.admin import users

        if isinstance(exc, users.AccountLocked):
            local = exc.until.astimezone(TR)
            source = "Çok sayıda hatalı giriş denemesi yapıldı. Hesabınız {time} saatine kadar kilitli."
            translated = self.tr("Çok sayıda hatalı giriş denemesi yapıldı. Hesabınız {time} saatine kadar kilitli.")
            if translated != source:
                return translated.format(time=f"{local.hour:02d}:{local.minute:02d}")
            return exc.message
        texts = {
            users.LoginFailed: self.tr("Kullanıcı adı ya da parola yanlış."),
            users.AccountInactive: self.tr("Bu hesap kapatılmış; giriş yapılamaz. Sistem yöneticinize başvurun."),
        }
        return texts.get(type(exc), shown(exc.message))

    def login(self) -> None:
        name, password = self.username.text().strip(), self.password.text()
        if not name:
            self.show_error(self.tr("Kullanıcı adını yazın."))
            return
        if self.ctx is None:             # start-up: the database is still opening; log in when it is
            self.error.setVisible(False)
            self.set_waiting(True)
            if self.opening is not None:
                self.opening.start()
            return
        from app.ui.application import startup_mark
        from app.workflows.admin import users

        startup_mark("login-pressed")
        try:
            # SQLite: the application password; a server-initialised PostgreSQL database: the server checks it
            # and the person works on a connection of their own (issue 13)
            session, self.actor = users.login(self.ctx, name, password)
            self._keep_session(session)
        except users.PasswordChangeRequired as exc:
            dialog = ChangePasswordDialog(self.ctx, exc.username, old_password=password, forced=True, parent=self)
            if self.open_change_dialog(dialog):
                self.actor = dialog.actor
                self._keep_session(dialog.session_ctx)
                self.accept()
            else:
                self.password.clear()
                self.show_error(self.tr("Parola değiştirilmeden giriş yapılamaz."))
            return
        except DomainError as exc:
            self.password.clear()
            self.password.setFocus()
            self.show_error(self._message(exc))
            return
        self.accept()

    def _keep_session(self, session: AppContext | None) -> None:
        """The logged-in person's context (`session_ctx`) goes to the start-up too: the main window works in it."""
        self.session_ctx = session
        if session is not None and self.opening is not None:
            self.opening.session_ctx = session

    @classmethod
    def ask(cls, db: AppContext | DatabaseOpening, parent: QWidget | None = None,
            username: str = "") -> Actor | None:
        """The logged-in user, or None when the officer chose Çıkış or quit at a database error (replaced in
        tests)."""
        dialog = cls(db, parent, username)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None

    def open_change_dialog(self, dialog: ChangePasswordDialog) -> bool:
        """Runs the forced password change (replaced in tests, which fill the dialog themselves)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

