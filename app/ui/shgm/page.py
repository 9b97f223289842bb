"""The SHGM desk's page in the main window: the desk in the middle, SHGM's applications per state beside it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


from app.ui.common.desk_page import DeskPage
from app.ui.labels import number, state_label
from app.workflows.common.context import AppContext
from app.workflows.common.states import AppState
from app.workflows.dashboard import overview


class ShgmPage(DeskPage):
    icon_name = "shgm"
    STATES = (AppState.FORWARDED, AppState.SHGM_APPROVED, AppState.CKYS_RECORDED, AppState.PERMIT_ISSUED,
              AppState.SHGM_REJECTED)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from app.ui.shgm.desk import ShgmDesk

        self.embed_later(lambda: ShgmDesk(ctx))     # built when the page is first shown or refreshed

    def refresh(self) -> None:
        super().refresh()
        self.refresh_desk()

    def nav_text(self) -> str:
        return self.tr("SHGM")

    def load(self) -> dict:
        return {"states": overview.state_counts(self.ctx), "summary": overview.database_summary(self.ctx)}

    def render(self) -> None:
        self.heading.setText(self.tr("SHGM — Sağlık Hizmetleri Genel Müdürlüğü"))
        self.description.setText(self.tr(
            "İSM'den gelen başvurularda USH alanlarının belirlenmesi, ÇKYS kaydı ve Faaliyet İzin Belgesi "
            "düzenlenmesi."))
        self.table_title.setText(self.tr("SHGM'deki başvurular"))
        self.table.set_headers(self.tr("Durum"), self.tr("Başvuru"))
        counts: dict[AppState, int] = self.data.get("states", {})
        self.table.set_rows([(state_label(s), counts.get(s, 0)) for s in self.STATES])
        permits = self.data.get("summary", {}).get("permits", 0)
        self.footnote.setText(self.tr("Kayıtlı Faaliyet İzin Belgesi: {n}").format(n=number(permits)))
