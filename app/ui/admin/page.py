"""The Yönetim page in the main window: users, audit trail and maintenance tabs under the maintenance reminders banner,
the database's contents beside them."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


from app.ui.common.desk_page import DeskPage
from app.ui.labels import database_text
from app.workflows.common.context import AppContext
from app.workflows.dashboard import overview


class AdminPage(DeskPage):
    icon_name = "yonetim"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from app.ui.admin.audit_viewer import AuditViewer
        from app.ui.admin.banner import MaintenanceBanner
        from app.ui.admin.user_admin import UserAdminWidget

        self.banner = MaintenanceBanner(ctx)
        self.tabs = QTabWidget()
        self.users = UserAdminWidget(ctx)
        self.audit = AuditViewer(ctx)
        from app.ui.admin.maintenance import MaintenancePanel

        self.maintenance = MaintenancePanel(ctx)      # backup, restore test, export, demo data
        self.maintenance.restore_tested.connect(self.banner.refresh)
        self.maintenance.backups_changed.connect(self.banner.refresh)
        self.maintenance.changed.connect(self._data_changed)
        self.tabs.addTab(self.users, "")
        self.tabs.addTab(self.audit, "")
        self.tabs.addTab(self.maintenance, "")
        from app.ui.admin.letter_settings import LetterSettingsPanel

        self.letters = LetterSettingsPanel(ctx)       # the İSMs' contact lines and the deficiency period
        self.tabs.addTab(self.letters, "")
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.banner)
        box_layout.addWidget(self.tabs, 1)
        self.embed(box)

    def refresh(self) -> None:
        super().refresh()
        self.banner.refresh()
        self.maintenance.refresh()

    def _data_changed(self) -> None:
        window = self.window()
        (window.refresh if hasattr(window, "refresh") else self.refresh)()

    def nav_text(self) -> str:
        return self.tr("Yönetim")

    def load(self) -> dict:
        return {"summary": overview.database_summary(self.ctx), "admin": overview.admin_summary(self.ctx)}

    def render(self) -> None:
        self.heading.setText(self.tr("Yönetim"))
        if hasattr(self, "tabs"):
            self.tabs.setTabText(0, self.tr("Kullanıcılar"))
            self.tabs.setTabText(1, self.tr("Denetim kaydı"))
            self.tabs.setTabText(2, self.tr("Bakım"))
            self.tabs.setTabText(3, self.tr("Yazı bilgileri"))
        self.description.setText(self.tr("Kullanıcı hesapları, veritabanı yedekleri ve denetim kaydı."))
        self.table_title.setText(self.tr("Veritabanının içeriği"))
        self.table.set_headers(self.tr("Kayıt"), self.tr("Adet"))
        summary = self.data.get("summary", {})
        admin = self.data.get("admin", {})
        self.table.set_rows([
            (self.tr("Sağlık tesisi"), summary.get("facilities", 0)),
            (self.tr("Başvuru"), summary.get("applications", 0)),
            (self.tr("Faaliyet İzin Belgesi"), summary.get("permits", 0)),
            (self.tr("USBS üreticisi"), summary.get("vendors", 0)),
            (self.tr("Kullanıcı"), admin.get("users", 0)),
            (self.tr("Denetim kaydı girdisi"), admin.get("audit_entries", 0)),
        ])
        t = self.ctx.target
        self.footnote.setText(database_text(t.engine_name, t.location))
