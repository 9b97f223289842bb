"""Settings: the database (local SQLite file or the shared PostgreSQL server), the signing certificate,
the language and the data folder.

OK saves the settings file (never a password) and the database password and the certificate's passphrase in
the system keyring. Where no secure keyring exists the password is kept in memory for this session only, and
the officer is told. "Bağlantıyı sına" and "Sertifikayı sına" only try; they save nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import (
    DATA_DIR_KEY,
    Settings,
    apply_data_dir,
    data_dir,
    default_sqlite_path,
)
from app.ui import errors, i18n
from app.ui.common.forms import DiscardGuard
from app.ui.common.operations import Operation
from app.ui.common.texts import shown
from app.ui.startup_dialogs import Notice
from app.workflows.admin import certificates, connection
from app.workflows.admin.connection import DatabaseUnavailable, NoSecureStore
from app.workflows.common import system_settings
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError
from app.workflows.common.vocabulary import Role

# DATA_DIR_KEY / apply_data_dir live in app.config: start-up applies the data folder before the database layer loads.
__all__ = ["DATA_DIR_KEY", "SettingsDialog", "SettingsResult", "apply_data_dir"]

OK_COLOUR = "#1b7a2f"
ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5a00"   # as app.ui.common.style: a caution, neither a success nor a failure


@dataclass
class SettingsResult:
    connection_changed: bool
    language_changed: bool
    session_password: str | None = None   # only when the keyring could not keep it
    note: str | None = None
    certificate_changed: bool = False
    data_dir_changed: bool = False


class SettingsDialog(DiscardGuard, QDialog):
    def __init__(self, parent: QWidget | None, settings: Settings, connection_only: bool = False,
                 ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ctx = ctx
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

        # -- signing certificate -----------------------------------------------------------------------
        self.signing_box = QGroupBox()
        self.cert_path = QLineEdit()
        self.cert_browse = QPushButton()
        self.cert_browse.clicked.connect(self._browse_certificate)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.cert_path, 1)
        cert_row.addWidget(self.cert_browse)
        self.cert_passphrase = QLineEdit()
        self.cert_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.cert_test_button = QPushButton()
        self.cert_test_button.clicked.connect(self.test_certificate)
        self.cert_info = QLabel()
        self.cert_info.setWordWrap(True)
        self.cert_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cert_path_label, self.cert_pass_label = QLabel(), QLabel()
        self.cert_path_label.setBuddy(self.cert_path)
        self.cert_pass_label.setBuddy(self.cert_passphrase)
        cert_test_row = QHBoxLayout()
        cert_test_row.addWidget(self.cert_test_button, 0, Qt.AlignmentFlag.AlignTop)
        cert_test_row.addWidget(self.cert_info, 1)
        cert_form = QFormLayout(self.signing_box)
        cert_form.addRow(self.cert_path_label, cert_row)
        cert_form.addRow(self.cert_pass_label, self.cert_passphrase)
        cert_form.addRow(cert_test_row)
        self.cert_path.textChanged.connect(self._clear_certificate)
        self.cert_passphrase.textChanged.connect(self._clear_certificate)

        # -- data folder -------------------------------------------------------------------------------
        self.data_box = QGroupBox()
        self.data_dir = QLineEdit()
        self.data_dir.setReadOnly(True)
        self.data_dir_button = QPushButton()
        self.data_dir_button.clicked.connect(self._choose_data_dir)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(self.data_dir_button)
        self.data_note = QLabel()
        self.data_note.setWordWrap(True)
        self.data_note.setStyleSheet("color: palette(placeholder-text);")
        self.anchor_note = QLabel()    # where the audit checkpoints' signing key lives (issue 14), said honestly
        self.anchor_note.setWordWrap(True)
        self.anchor_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data_layout = QVBoxLayout(self.data_box)
        data_layout.addLayout(data_row)
        data_layout.addWidget(self.data_note)
        data_layout.addWidget(self.anchor_note)
        self.env_data_dir = bool(os.environ.get("USH_DATA_DIR")) and not settings.extra.get(DATA_DIR_KEY)

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
        for box in (self.language_box, self.signing_box, self.data_box):
            box.setVisible(not connection_only)

        # -- the verification service's address (issue 16): a system setting, shown to the administrator ----------
        self.service_box = QGroupBox()
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("https://usbs.saglik.gov.tr")
        self.base_url_label = QLabel()
        self.base_url_label.setBuddy(self.base_url)
        self.base_url_note = QLabel()
        self.base_url_note.setWordWrap(True)
        service_form = QFormLayout(self.service_box)
        service_form.addRow(self.base_url_label, self.base_url)
        service_form.addRow(self.base_url_note)
        self.edits_base_url = ctx is not None and ctx.actor.role == Role.ADMIN and not connection_only
        self.service_box.setVisible(self.edits_base_url)
        self.stored_base_url = ""
        if self.edits_base_url:
            got = Operation(self, self.tr("Ayarlar"), system_settings.read_verification_base_url, ctx).quiet() \
                .run_sync()
            self.stored_base_url = got.value or "" if got.ok else ""
            self.base_url.setText(self.stored_base_url)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.connection_box)
        layout.addWidget(self.signing_box)
        layout.addWidget(self.language_box)
        layout.addWidget(self.data_box)
        layout.addWidget(self.service_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.local_radio.toggled.connect(self._update_enabled)
        for w in (self.host, self.database, self.user, self.password, self.sqlite_path):
            w.textChanged.connect(self._clear_result)
        self.port.valueChanged.connect(self._clear_result)
        self.local_radio.toggled.connect(self._clear_result)
        self.language_label.setBuddy(self.language)
        self.load()
        self.retranslate()
        # Tab follows the page from top to bottom; Enter is OK (default button), Escape is Vazgeç.
        order = [self.local_radio, self.sqlite_path, self.browse_button, self.server_radio, self.host, self.port,
                 self.database, self.user, self.password, self.test_button, self.cert_path, self.cert_browse,
                 self.cert_passphrase, self.cert_test_button, self.language, self.data_dir_button, self.base_url,
                 self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                 self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)

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
        self.cert_path.setText(s.signing_cert_path or "")
        self.data_dir.setText(str(s.extra.get(DATA_DIR_KEY) or data_dir()))
        self.cert_checked: certificates.CertificateInfo | None = None
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
        self.service_box.setTitle(self.tr("Doğrulama hizmeti (tüm masalar için)"))
        self.base_url_label.setText(self.tr("Doğrulama adresi:"))
        self.base_url_note.setText(self.tr("Yeni izin belgelerinin karekodu bu adresteki /dogrula sayfasını açar ve "
                                           "adres belgeye basılır. Boş bırakılırsa karekod yalnızca doğrulama "
                                           "kodunu taşır. Önceki belgeler değişmez."))
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
        self.test_button.setToolTip(self.tr("Bu değerlerle bağlanmayı dener; hiçbir şeyi kaydetmez"))
        self.signing_box.setTitle(self.tr("İmza sertifikası (Faaliyet İzin Belgesi)"))
        self.cert_path_label.setText(self.tr("PKCS#12 dosyası:"))
        self.cert_pass_label.setText(self.tr("Parolası:"))
        self.cert_path.setPlaceholderText(self.tr("boş: örnek (DEMO) sertifika"))
        self.cert_browse.setText(self.tr("Seç…"))
        self.cert_test_button.setText(self.tr("Sertifikayı sına"))
        self.cert_passphrase.setPlaceholderText(
            self.tr("anahtar deposunda kayıtlı; değiştirmek için yazın")
            if self.settings.signing_cert_path and certificates.passphrase_stored(self.settings.signing_cert_path)
            else "")
        if self.cert_checked is not None:
            self._show_certificate(self.cert_checked)
        self.data_box.setTitle(self.tr("Veri klasörü"))
        self.data_dir_button.setText(self.tr("Değiştir…"))
        self.data_dir_button.setEnabled(not self.env_data_dir)
        self.data_dir_button.setToolTip(self.tr("USH_DATA_DIR ortam değişkeni bu klasörü belirliyor.")
                                        if self.env_data_dir else "")
        self.data_note.setText(self.tr(
            "Yedekler, dışa aktarımlar, geri dönüş testleri, günlük dosyası ve örnek imza sertifikası bu klasöre "
            "yazılır. Klasör değişince hiçbir dosya taşınmaz: eski klasördekiler olduğu gibi kalır ve "
            "veritabanı dosyası bulunduğu yerden kullanılmaya devam eder. Yeni klasör uygulama yeniden "
            "başlatıldığında kullanılır."))
        from app.storage.anchor import key_location  # light: no database layer

        where = key_location()
        self.anchor_note.setText(
            self.tr("Denetim izi imza anahtarı: bu bilgisayarın güvenli anahtar deposunda (keyring).")
            if where.kind == "keyring" else
            self.tr("Denetim izi imza anahtarı: bu bilgisayarda güvenli anahtar deposu yok; anahtar yalnızca sizin "
                    "okuyabildiğiniz bir dosyada duruyor: {path}").format(path=where.path))
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

    def _effective_database(self) -> tuple[str | None, str | None]:
        """The database the settings point at (the default file spelled out), to tell a real change."""
        url = self.settings.db_url
        return url, None if url else str(Path(self.settings.sqlite_path or default_sqlite_path()))

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
        self._show_result(True, shown(text))
        self.test_result.setToolTip("")
        return True

    def _clear_certificate(self) -> None:
        self.cert_info.clear()
        self.cert_checked = None

    def _browse_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("İmza sertifikası"), self.cert_path.text(),
                                              self.tr("PKCS#12 sertifika (*.p12 *.pfx)"))
        if path:
            self.cert_path.setText(path)

    def _show_certificate(self, info: certificates.CertificateInfo) -> None:
        now = dt.datetime.now(dt.timezone.utc)
        valid = info.valid_on(now)
        text = self.tr("{subject} — veren: {issuer}; geçerlilik: {start} – {end}").format(
            subject=info.subject, issuer=info.issuer, start=info.not_before.strftime("%d.%m.%Y"),
            end=info.not_after.strftime("%d.%m.%Y"))
        if not valid:
            text += " " + self.tr("(bugün geçerli değil)")
        self._show_line(self.cert_info, valid, text)

    def _show_line(self, label: QLabel, ok: bool, text: str) -> None:
        label.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR}; font-weight: bold;")
        label.setText(f"{'✔' if ok else '✘'} {text}")
        label.setProperty("ok", ok)

    def test_certificate(self) -> bool:
        """Open the chosen PKCS#12 file and show whose it is and until when it is valid; True when it opens."""
        path = self.cert_path.text().strip()
        if not path:
            self.cert_checked = None
            # a warning, not a success: every permit signed with the demo certificate is an invalid sample
            self.cert_info.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
            self.cert_info.setText("⚠ " + self.tr(
                "Sertifika seçilmedi: örnek (DEMO) sertifika kullanılır; belgeler geçersiz örnek olarak işaretlenir."))
            self.cert_info.setProperty("ok", False)
            return True
        try:
            info = certificates.describe(path, self.cert_passphrase.text() or None)
        except DomainError as exc:
            self.cert_checked = None
            self._show_line(self.cert_info, False, shown(exc.message))
            return False
        self.cert_checked = info
        self._show_certificate(info)
        return True

    def ask_data_dir(self) -> str:
        """The new data folder (empty: cancelled); tests replace this."""
        return QFileDialog.getExistingDirectory(self, self.tr("Veri klasörü"), self.data_dir.text())

    def _choose_data_dir(self) -> None:
        chosen = self.ask_data_dir()
        if chosen:
            self.data_dir.setText(chosen)

    def accept(self) -> None:
        if missing := self._missing_fields():
            self._show_result(False, self.tr("Eksik alan: {fields}").format(fields=", ".join(missing)))
            return
        cert_path = self.cert_path.text().strip()
        if not self.connection_only and cert_path and not self.test_certificate():
            return                                         # a certificate that does not open is not saved
        if self.edits_base_url and self.base_url.text().strip() != self.stored_base_url:
            saved = Operation(self, self.tr("Ayarlar"), system_settings.set_verification_base_url, self.ctx,
                              self.base_url.text()).run_sync()
            if not saved.ok:
                return                                     # the Turkish message was shown; the dialog stays open
            self.stored_base_url = saved.value or ""
            self.base_url.setText(self.stored_base_url)
        before = self._effective_database()
        old_language = self.settings.language
        old_cert = self.settings.signing_cert_path
        old_data = str(self.settings.extra.get(DATA_DIR_KEY) or data_dir())
        local_file = self.chosen_sqlite_path()
        new_data = self.data_dir.text().strip()
        data_changed = not self.connection_only and new_data != old_data
        if data_changed and self.local_radio.isChecked() and local_file is None:
            local_file = str(default_sqlite_path())        # the database stays where it is: pin its path
        if not self.connection_only:
            self.settings.signing_cert_path = str(Path(cert_path)) if cert_path else None
            if data_changed:
                self.settings.extra[DATA_DIR_KEY] = new_data
        language = self.language.currentData() if not self.connection_only else old_language
        self.settings.language = language
        password = self.password.text() or None
        result = SettingsResult(connection_changed=False, language_changed=language != old_language)
        try:
            connection.save_connection(self.settings, self.chosen_url(), password, sqlite_path=local_file)
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
        result.connection_changed = self._effective_database() != before
        result.certificate_changed = self.settings.signing_cert_path != old_cert
        result.data_dir_changed = data_changed
        passphrase = self.cert_passphrase.text()
        if not self.connection_only and cert_path and passphrase:
            try:
                certificates.remember_passphrase(cert_path, passphrase)
            except NoSecureStore:       # kept in memory for this session; asked again after a restart
                Notice.info(self, self.tr("Parola kaydedilmedi"), self.tr(
                    "Bu bilgisayarda güvenli anahtar deposu yok; sertifika parolası diske kaydedilmedi. Parola bu "
                    "oturum boyunca bellekte tutulur; uygulama yeniden açıldığında ilk imzada yeniden sorulur."))
        self.result_value = result
        if result.language_changed:
            app = QApplication.instance()
            if app is not None:
                i18n.set_language(app, language)
        super().accept()

    @classmethod
    def edit(cls, parent: QWidget | None, settings: Settings, connection_only: bool = False,
             ctx: AppContext | None = None) -> SettingsResult | None:
        """Show the dialog; the saved result, or None when cancelled. With the administrator's `ctx` it also
        edits the verification service's address (a system setting of the database)."""
        dialog = cls(parent, settings, connection_only=connection_only, ctx=ctx)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value
