"""Dialogs of the start-up sequence. Each has a class method `ask(...)` that shows it and returns the
answer; tests monkeypatch those methods (pytest-qt's pattern), so no test ever blocks on exec()."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import errors
from app.workflows.admin.startup_info import DatabaseUnavailable


class Choice(StrEnum):
    RETRY = "retry"
    PASSWORD = "password"
    SETTINGS = "settings"
    LOCAL = "local"
    QUIT = "quit"


class StartupErrorDialog(QDialog):
    """'Veritabanına ulaşılamıyor': the reason, expandable details and what the officer can do next."""

    def __init__(self, parent: QWidget | None, error: DatabaseUnavailable, choices: list[Choice],
                 where: str = "") -> None:
        super().__init__(parent)
        self.error, self.where = error, where
        self.choice = Choice.QUIT
        self.setModal(True)
        self.setMinimumWidth(640)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.where_label = QLabel(where)
        self.where_label.setWordWrap(True)
        self.where_label.setStyleSheet("color: palette(placeholder-text);")
        self.where_label.setVisible(bool(where))

        self.details_button = QToolButton()
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlainText(errors.details_for(error, where))
        self.details.setMinimumHeight(110)
        self.details.setVisible(False)

        text_box = QVBoxLayout()
        text_box.addWidget(self.title_label)
        text_box.addWidget(self.message_label)
        text_box.addWidget(self.where_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_box, 1)

        self.buttons: dict[Choice, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for choice in choices:
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            self.buttons[choice] = button
            row.addWidget(button)
        first = next((b for c, b in self.buttons.items() if c != Choice.QUIT), None)
        if first is not None:
            first.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addSpacing(6)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Veritabanına ulaşılamıyor"))
        self.title_label.setText(self.tr("Veritabanına ulaşılamıyor"))
        self.message_label.setText(errors.message_for(self.error))
        self.details_button.setText(self.tr("Ayrıntılar"))
        texts = {
            Choice.RETRY: self.tr("Tekrar dene"),
            Choice.PASSWORD: self.tr("Parolayı gir…"),
            Choice.SETTINGS: self.tr("Ayarlar…"),
            Choice.LOCAL: self.tr("Yerel veritabanıyla devam et"),
            Choice.QUIT: self.tr("Çık"),
        }
        for choice, button in self.buttons.items():
            button.setText(texts[choice])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.adjustSize()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Esc or the window's close button
        self.choice = Choice.QUIT
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, error: DatabaseUnavailable, choices: list[Choice],
            where: str = "") -> Choice:
        dialog = cls(parent, error, choices, where)
        dialog.exec()
        return dialog.choice


class PasswordDialog(QDialog):
    """Asks for the PostgreSQL password after the server refused the one it had."""

    def __init__(self, parent: QWidget | None, where: str, user: str) -> None:
        super().__init__(parent)
        self.where, self.user = where, user
        self.setMinimumWidth(460)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.remember.setChecked(False)   # kept in the keyring only when the officer asks (issue 13)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Veritabanı parolası"))
        self.intro.setText(self.tr("{user} kullanıcısının parolası ({where}):").format(
            user=self.user or "?", where=self.where))
        self.remember.setText(self.tr("Parolayı bu bilgisayarın anahtar deposunda sakla"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bağlan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Vazgeç"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, where: str, user: str) -> tuple[str, bool] | None:
        """(password, remember it) or None when cancelled."""
        dialog = cls(parent, where, user)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
            return None
        return dialog.password.text(), dialog.remember.isChecked()


class FirstRunQuestion:
    """'Veritabanı boş. Örnek verilerle doldurulsun mu?' with Turkish Evet / Hayır buttons."""

    @classmethod
    def build(cls, parent: QWidget | None) -> tuple[QMessageBox, QPushButton]:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("FirstRunQuestion", "İlk açılış"))
        box.setText(QCoreApplication.translate(
            "FirstRunQuestion", "Veritabanı boş. Örnek verilerle doldurulsun mu?"))
        box.setInformativeText(QCoreApplication.translate(
            "FirstRunQuestion",
            "Örnek veriler yalnızca deneme ve eğitim içindir: kurgusal sağlık tesisleri, başvurular, "
            "izin belgeleri ve USBS üreticileri eklenir. Gerçek işe boş veritabanıyla başlayın."))
        yes = box.addButton(QCoreApplication.translate("FirstRunQuestion", "Evet"),
                            QMessageBox.ButtonRole.YesRole)
        no = box.addButton(QCoreApplication.translate("FirstRunQuestion", "Hayır"),
                           QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        return box, yes

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box, yes = cls.build(parent)
        box.exec()
        return box.clickedButton() is yes


class Notice:
    """A plain information or warning message (monkeypatched in tests)."""

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)
