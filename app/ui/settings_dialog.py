"""Settings: which database to use (local SQLite file or the shared PostgreSQL server) and the language.

OK saves the settings file (never the password) and the password in the system keyring. Where no
secure keyring exists the password is kept in memory for this session only, and the officer is told.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.config import Settings, default_sqlite_path
from app.ui import errors, i18n
from app.ui.startup_dialogs import Notice
from app.workflows import connection
from app.workflows.connection import DatabaseUnavailable, NoSecureStore

OK_COLOUR = "#1b7a2f"
ERROR_COLOUR = "#b3261e"


@dataclass
class SettingsResult:
    connection_changed: bool
    language_changed: bool
    session_password: str | None = None   # only when the keyring could not keep it
    note: str | None = None


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings, connection_only: bool = False) -> None:
        super().__init__(parent)
        self.settings = settings
        self.connection_only = connection_only
        self.result_value: SettingsResult | None = None
        self.setMinimumWidth(600)

        # -- connection ------------------------------------------------------------------------------
        self.connection_box = QGroupBox()
        self.local_radio = QRadioButton()
        self.server_radio = QRadioButton()
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.local_radio)
        self.kind_group.addButton(self.server_radio)

        self.sqlite_path = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.sqlite_path, 1)
        path_row.addWidget(self.browse_button)
        self.path_label = QLabel()
        local_form = QFormLayout()
        local_form.addRow(self.path_label, path_row)
        local_form.setContentsMargins(24, 0, 0, 6)

        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.host_label, self.port_label, self.database_label = QLabel(), QLabel(), QLabel()
        self.user_label, self.password_label = QLabel(), QLabel()
        server_form = QFormLayout()
        server_form.setContentsMargins(24, 0, 0, 6)
        server_form.addRow(self.host_label, self.host)
        server_form.addRow(self.port_label, self.port)
        server_form.addRow(self.database_label, self.database)
        server_form.addRow(self.user_label, self.user)
        server_form.addRow(self.password_label, self.password)
        self.server_fields = [self.host, self.port, self.database, self.user, self.password]

        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)

        conn_layout = QVBoxLayout(self.connection_box)
        conn_layout.addWidget(self.local_radio)
        conn_layout.addLayout(local_form)
        conn_layout.addWidget(self.server_radio)
        conn_layout.addLayout(server_form)
        conn_layout.addLayout(test_row)

        # -- language --------------------------------------------------------------------------------
        self.language_box = QGroupBox()
        self.language = QComboBox()
        self.language.addItem("Türkçe", "tr")
        self.language.addItem("English", "en")
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_label = QLabel()
        lang_form = QFormLayout(self.language_box)
        lang_form.addRow(self.language_label, self.language)
        lang_form.addRow(self.language_note)
        self.language_box.setVisible(not connection_only)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.connection_box)
        layout.addWidget(self.language_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.local_radio.toggled.connect(self._update_enabled)
        for w in (self.host, self.database, self.user, self.password, self.sqlite_path):
            w.textChanged.connect(self._clear_result)
        self.port.valueChanged.connect(self._clear_result)
        self.local_radio.toggled.connect(self._clear_result)
        self.load()
        self.retranslate()

    # -- settings <-> fields --------------------------------------------------------------------------

    def load(self) -> None:
        s = self.settings
        self.sqlite_path.setText(s.sqlite_path or str(default_sqlite_path()))
        parts = connection.pg_parts(s.db_url)
        if parts is not None:
            self.server_radio.setChecked(True)
            self.host.setText(parts.host)
            self.port.setValue(parts.port)
            self.database.setText(parts.database)
            self.user.setText(parts.user)
        else:
            self.local_radio.setChecked(True)
            self.host.setText("localhost")
            self.database.setText("ush_izin")
        index = self.language.findData(s.language)
        self.language.setCurrentIndex(index if index >= 0 else 0)
        self._update_enabled()

    def chosen_url(self) -> str | None:
        """The PostgreSQL address of the form (no password), or None for the local database."""
        if self.local_radio.isChecked():
            return None
        return connection.postgres_url(self.host.text().strip(), self.port.value(),
                                       self.database.text().strip(), self.user.text().strip())

    def chosen_sqlite_path(self) -> str | None:
        text = self.sqlite_path.text().strip()
        return None if not text or text == str(default_sqlite_path()) else text

    # -- texts ----------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ayarlar"))
        self.connection_box.setTitle(self.tr("Veritabanı bağlantısı"))
        self.local_radio.setText(self.tr("Yerel veritabanı (SQLite)"))
        self.server_radio.setText(self.tr("Ortak sunucu (PostgreSQL)"))
        self.path_label.setText(self.tr("Dosya:"))
        self.browse_button.setText(self.tr("Gözat…"))
        self.host_label.setText(self.tr("Sunucu:"))
        self.port_label.setText(self.tr("Bağlantı noktası:"))
        self.database_label.setText(self.tr("Veritabanı:"))
        self.user_label.setText(self.tr("Kullanıcı adı:"))
        self.password_label.setText(self.tr("Parola:"))
        stored = connection.stored_password_exists(self.settings.db_url)
        self.password.setPlaceholderText(
            self.tr("anahtar deposunda kayıtlı; değiştirmek için yazın") if stored else "")
        self.test_button.setText(self.tr("Bağlantıyı sına"))
        self.language_box.setTitle(self.tr("Dil"))
        self.language_label.setText(self.tr("Arayüz dili:"))
        self.language_note.setText(self.tr("Dil değişikliği hemen uygulanır ve ayarlara kaydedilir."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tamam"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Vazgeç"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions --------------------------------------------------------------------------------------

    def _update_enabled(self) -> None:
        local = self.local_radio.isChecked()
        self.sqlite_path.setEnabled(local)
        self.browse_button.setEnabled(local)
        for w in self.server_fields:
            w.setEnabled(not local)

    def _clear_result(self) -> None:
        self.test_result.clear()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Yerel veritabanı dosyası"), self.sqlite_path.text(),
            self.tr("SQLite veritabanı (*.db *.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.sqlite_path.setText(path)

    def _show_result(self, ok: bool, text: str) -> None:
        colour = OK_COLOUR if ok else ERROR_COLOUR
        mark = "✔" if ok else "✘"
        self.test_result.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.test_result.setText(f"{mark} {text}")
        self.test_result.setProperty("ok", ok)

    def _missing_fields(self) -> list[str]:
        if self.local_radio.isChecked():
            return [] if self.sqlite_path.text().strip() else [self.tr("Dosya")]
        missing = []
        if not self.host.text().strip():
            missing.append(self.tr("Sunucu"))
        if not self.database.text().strip():
            missing.append(self.tr("Veritabanı"))
        if not self.user.text().strip():
            missing.append(self.tr("Kullanıcı adı"))
        return missing

    def test_connection(self) -> bool:
        """Connect with the values in the form and show the result inline; True on success."""
        if missing := self._missing_fields():
            self._show_result(False, self.tr("Eksik alan: {fields}").format(fields=", ".join(missing)))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text = connection.test_connection(self.chosen_url(), self.password.text() or None,
                                              self.sqlite_path.text().strip())
        except DatabaseUnavailable as exc:
            self._show_result(False, errors.message_for(exc))
            self.test_result.setToolTip(exc.detail)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_result(True, self._success_text(text))
        self.test_result.setToolTip("")
        return True

    def _success_text(self, text: str) -> str:
        prefix = "Bağlantı başarılı: "
        if text.startswith(prefix):
            return self.tr("Bağlantı başarılı: {version}").format(version=text[len(prefix):])
        return text

    def accept(self) -> None:
        if missing := self._missing_fields():
            self._show_result(False, self.tr("Eksik alan: {fields}").format(fields=", ".join(missing)))
            return
        before = (self.settings.db_url, self.settings.sqlite_path)
        old_language = self.settings.language
        language = self.language.currentData() if not self.connection_only else old_language
        self.settings.language = language
        password = self.password.text() or None
        result = SettingsResult(connection_changed=False, language_changed=language != old_language)
        try:
            connection.save_connection(self.settings, self.chosen_url(), password,
                                       sqlite_path=self.chosen_sqlite_path())
        except NoSecureStore:
            result.session_password = password
            result.note = errors.no_secure_store_text()
            Notice.info(self, self.tr("Parola kaydedilmedi"), result.note)
        except DatabaseUnavailable as exc:
            self._show_result(False, errors.message_for(exc))
            return
        except OSError as exc:
            Notice.warn(self, self.tr("Ayarlar"), self.tr("Ayarlar kaydedilemedi: {error}").format(error=exc))
            return
        result.connection_changed = (self.settings.db_url, self.settings.sqlite_path) != before
        self.result_value = result
        if result.language_changed:
            app = QApplication.instance()
            if app is not None:
                i18n.set_language(app, language)
        super().accept()

    @classmethod
    def edit(cls, parent: QWidget | None, settings: Settings, connection_only: bool = False
             ) -> SettingsResult | None:
        """Show the dialog; the saved result, or None when cancelled."""
        dialog = cls(parent, settings, connection_only=connection_only)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value
