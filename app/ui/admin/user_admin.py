"""User administration (administrator only): the list of accounts with their role and province, and
add / edit / close / unlock / reset password. Temporary passwords are shown once, to hand to the user."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.formats import datetime_text
from app.ui.common.forms import DiscardGuard, FieldErrors
from app.ui.common.operations import Messages, run
from app.ui.common.style import ERROR_COLOUR, INVALID_STYLE
from app.ui.common.texts import shown
from app.ui.labels import role_label
from app.workflows.admin import users
from app.workflows.common import lookups
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role

ROLE_ORDER = (Role.ISM_OFFICER, Role.ISM_MANAGER, Role.SHGM_REVIEWER, Role.SHGM_APPROVER, Role.KTS_OFFICER,
              Role.ADMIN, Role.AUDITOR)


class UserEditDialog(DiscardGuard, QDialog):
    """Add (user_info None) or edit an account. İSM roles need a province; other roles have none."""

    def __init__(self, ctx: AppContext, user_info: users.UserInfo | None = None, parent: QWidget | None = None,
                 provinces: list | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.info = ctx, user_info
        self.result_info: users.UserInfo | None = None
        self.temporary_password: str | None = None
        self.username = QLineEdit(user_info.username if user_info else "")
        self.username.setReadOnly(user_info is not None)
        self.full_name = QLineEdit(user_info.full_name if user_info else "")
        self.title_edit = QLineEdit(user_info.title if user_info else "")
        self.role = QComboBox()
        for r in ROLE_ORDER:
            self.role.addItem(role_label(r), r.value)
        self.province = QComboBox()
        self.province.addItem("—", None)
        for p in provinces if provinces is not None else lookups.provinces(ctx):
            self.province.addItem(f"{p.code:02d} {p.name}", p.code)
        if user_info:
            self.role.setCurrentIndex(self.role.findData(user_info.role.value))
            self.province.setCurrentIndex(max(0, self.province.findData(user_info.province_id)))
        self.role.currentIndexChanged.connect(self._role_changed)
        self.labels = [QLabel() for _ in range(5)]
        self.errors = FieldErrors()          # each message under its field, gone as soon as the field is changed
        self.setStyleSheet(INVALID_STYLE)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        for label, key, field in zip(self.labels, ("username", "full_name", "title", "role", "province_id"),
                                     (self.username, self.full_name, self.title_edit, self.role, self.province)):
            self.errors.add_row(form, key, label, field)
            label.setBuddy(field)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._role_changed()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kullanıcı ekle") if self.info is None else self.tr("Kullanıcıyı düzenle"))
        for label, text in zip(self.labels, (self.tr("&Kullanıcı adı:"), self.tr("&Ad soyad:"), self.tr("&Unvan:"),
                                             self.tr("&Rol:"), self.tr("İ&l:"))):
            label.setText(text)
        for i, r in enumerate(ROLE_ORDER):
            self.role.setItemText(i, role_label(r))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Kaydet"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Vazgeç"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def _role_changed(self) -> None:
        provincial = self.selected_role().provincial
        self.province.setEnabled(provincial)
        if not provincial:
            self.province.setCurrentIndex(0)

    def save(self) -> None:
        self.errors.clear()
        self.error.setVisible(False)
        role, province = self.selected_role(), self.province.currentData()
        if self.info is None:
            out = run(self, self.tr("Kullanıcı eklenemedi"), users.create_user, self.ctx, self.username.text(),
                      self.full_name.text(), role, province, self.title_edit.text(), show_validation=False)
            if out.ok:
                self.result_info, self.temporary_password = out.value  # type: ignore[misc]
        else:
            info, title = self.info, self.title_edit.text()
            out = run(self, self.tr("Kullanıcı kaydedilemedi"),
                      lambda: users.update_user(self.ctx, info.id, full_name=self.full_name.text(), role=role,
                                                province_id=province, title=title, version=info.version),
                      show_validation=False)
            if out.ok:
                self.result_info = out.value
        if out.ok:
            self.accept()
        elif out.field_errors:
            unplaced = self.errors.show(out.field_errors)
            self.error.setText("\n".join(shown(out.field_errors[k]) for k in unplaced))
            self.error.setVisible(bool(unplaced))


class UserAdminWidget(QWidget):
    """The accounts table and the administrator's actions on the selected account."""

    changed = Signal()
    COLUMNS = 6

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[users.UserInfo] = []
        self._provinces: list | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_user())
        self.add_button, self.edit_button, self.deactivate_button = QPushButton(), QPushButton(), QPushButton()
        self.unlock_button, self.reset_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.deactivate_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock_user)
        self.reset_button.clicked.connect(self.reset_password)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.deactivate_button, self.unlock_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        from app.ui.export_menu import add_export_button, table_widget_contents

        self.exporter = add_export_button(self, ctx, "users", lambda: table_widget_contents(self.table),
                                          "kullanicilar")
        buttons.addWidget(self.exporter.button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(buttons)
        lay.addWidget(self.table)
        self.retranslate()
        self.reload()

    # --- texts ---
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Kullanıcılar"))
        self.table.setHorizontalHeaderLabels([self.tr("Kullanıcı adı"), self.tr("Ad soyad"), self.tr("Rol"),
                                              self.tr("İl"), self.tr("Durum"), self.tr("Unvan")])
        self.add_button.setText(self.tr("&Ekle…"))
        self.edit_button.setText(self.tr("&Düzenle…"))
        self.unlock_button.setText(self.tr("Kilidi &aç"))
        self.reset_button.setText(self.tr("&Parola sıfırla"))
        self._update_buttons()
        if self.users:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def status_text(self, u: users.UserInfo) -> str:
        if not u.active:
            return self.tr("Kapalı")
        if u.locked(self.ctx.clock.now()):
            return self.tr("Kilitli (bitiş: {until})").format(until=datetime_text(u.locked_until))
        if u.must_change_password:
            return self.tr("Etkin — parola değişmeli")
        return self.tr("Etkin")

    # --- data ---
    def reload(self) -> None:
        out = run(self, self.tr("Kullanıcılar okunamadı"), users.list_users, self.ctx)
        self.users = out.value if out.ok and out.value is not None else []
        self._fill()

    def _fill(self) -> None:
        selected = self.selected()
        self.table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            values = (u.username, u.full_name, role_label(u.role), u.province_name, self.status_text(u), u.title)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                if not u.active:
                    item.setForeground(QColor("#888888"))
                elif col == 4 and u.locked(self.ctx.clock.now()):
                    item.setForeground(QColor(ERROR_COLOUR))
                self.table.setItem(row, col, item)
        if selected is not None:
            self.select(selected.username)
        self._update_buttons()

    def selected(self) -> users.UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.users):
            return None
        return self.users[rows[0].row()]

    def select(self, username: str) -> None:
        for row, u in enumerate(self.users):
            if u.username == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        u = self.selected()
        has = u is not None
        self.edit_button.setEnabled(has)
        self.deactivate_button.setEnabled(has and u.id != self.ctx.actor.user_id)  # type: ignore[union-attr]
        self.deactivate_button.setText(self.tr("Hesabı a&ç") if has and not u.active else self.tr("Hesabı &kapat"))  # type: ignore[union-attr]
        self.unlock_button.setEnabled(has and u.locked(self.ctx.clock.now()))  # type: ignore[union-attr]
        self.reset_button.setEnabled(has)

    # --- actions ---
    def _provinces_list(self) -> list:
        if self._provinces is None:
            self._provinces = lookups.provinces(self.ctx)
        return self._provinces

    def open_dialog(self, dialog: QDialog) -> bool:
        """Runs a dialog (replaced in tests, which fill the dialog themselves)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add_user(self) -> None:
        dialog = UserEditDialog(self.ctx, None, self, self._provinces_list())
        if self.open_dialog(dialog) and dialog.result_info is not None:
            self.reload()
            self.select(dialog.result_info.username)
            self._show_password(dialog.result_info.username, dialog.temporary_password or "")
            self.changed.emit()

    def edit_user(self) -> None:
        u = self.selected()
        if u is None:
            return
        dialog = UserEditDialog(self.ctx, u, self, self._provinces_list())
        if self.open_dialog(dialog):
            self.reload()
            self.changed.emit()

    def toggle_active(self) -> None:
        u = self.selected()
        if u is None:
            return
        if u.active:
            if not Messages.confirm(self, self.tr("Hesabı kapat"),
                                    self.tr("{user} hesabı kapatılsın mı? Kapalı hesapla giriş yapılamaz; kayıtları "
                                            "ve denetim izi korunur.").format(user=u.username),
                                    self.tr("Hesabı kapat")):
                return
            out = run(self, self.tr("Hesap kapatılamadı"), users.deactivate, self.ctx, u.id)
        else:
            out = run(self, self.tr("Hesap açılamadı"), users.reactivate, self.ctx, u.id)
        if out.ok:
            self.reload()
            self.changed.emit()

    def unlock_user(self) -> None:
        u = self.selected()
        if u is not None and run(self, self.tr("Kilit açılamadı"), users.unlock, self.ctx, u.id).ok:
            self.reload()
            self.changed.emit()

    def reset_password(self) -> None:
        u = self.selected()
        if u is None:
            return
        if not Messages.confirm(self, self.tr("Parola sıfırla"),
                                self.tr("{user} için geçici bir parola üretilsin mi? Kullanıcı ilk girişte "
                                        "parolasını değiştirmek zorunda kalacak.").format(user=u.username),
                                self.tr("Parolayı sıfırla")):
            return
        out = run(self, self.tr("Parola sıfırlanamadı"), users.reset_password, self.ctx, u.id)
        if out.ok:
            self.reload()
            self._show_password(u.username, out.value or "")
            self.changed.emit()

    def _show_password(self, username: str, password: str) -> None:
        self.last_temporary_password = password
        QGuiApplication.clipboard().setText(password)
        Messages.info(self, self.tr("Geçici parola"),
                      self.tr("{user} için geçici parola: {password}\n\nParola panoya kopyalandı. Kullanıcıya "
                              "güvenli bir yoldan iletin; ilk girişte değiştirmesi gerekecek. Bu parola bir daha "
                              "gösterilmez.").format(user=username, password=password))
