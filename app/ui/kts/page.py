"""The KTS desk's page in the main window: the desk in the middle, the vendors per list beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.common.desk_page import DeskPage
from app.ui.labels import vendor_status_label
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import VendorStatus
from app.workflows.dashboard import overview


class KtsPage(DeskPage):
    icon_name = "kts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from app.ui.kts.desk import KtsDesk

        self.embed_later(lambda: KtsDesk(ctx))     # built when the page is first shown or refreshed

    def refresh(self) -> None:
        super().refresh()
        self.refresh_desk()

    def nav_text(self) -> str:
        return self.tr("KTS")

    def load(self) -> dict:
        return {"vendors": overview.vendor_status_counts(self.ctx)}

    def render(self) -> None:
        self.heading.setText(self.tr("KTS — Kayıt ve Tescil Sistemi"))
        self.description.setText(self.tr(
            "USBS üreticilerinin kaydı ve denetimi; aktif, pasif ve silinmiş listelerin takibi (SBSGM)."))
        self.table_title.setText(self.tr("Liste durumuna göre USBS üreticileri"))
        self.table.set_headers(self.tr("Liste"), self.tr("Üretici"))
        counts: dict[VendorStatus, int] = self.data.get("vendors", {})
        self.table.set_rows([(vendor_status_label(s), counts.get(s, 0)) for s in VendorStatus],
                            (self.tr("Toplam"), sum(counts.values())))
        self.footnote.setText(self.tr("Durum, bugün geçerli olan son liste kararına göredir."))
