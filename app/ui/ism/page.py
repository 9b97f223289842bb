"""The İSM desk's page in the main window: the worklist in the middle, the counts per state, the monthly report
button and the KTS notices in the side panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


from app.ui.common.desk_page import DeskPage
from app.ui.labels import number, state_label
from app.workflows.common.context import AppContext
from app.workflows.common.states import AppState
from app.workflows.dashboard import overview


class IsmPage(DeskPage):
    """The İSM desk: the worklist (app.ui.ism) in the middle, the counts per state in a side panel."""

    icon_name = "ism"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        from app.ui.ism.desk import IsmDesk

        desk = IsmDesk(ctx)
        desk.changed.connect(self.refresh_figures)
        from PySide6.QtWidgets import QPushButton

        self.report_button = QPushButton()       # the monthly İSM report (app.ui.ism.report_screen)
        self.report_button.clicked.connect(self.open_report)
        desk.worklist.actions_row.insertWidget(2, self.report_button)
        self.notices = None
        if ctx.actor.role.provincial and ctx.actor.province_id is not None:
            from app.ui.ism.kts_notices import KtsNotices  # vendors made passive/deleted that serve this province

            self.notices = KtsNotices(ctx, ctx.actor.province_id)
        self.embed(desk, self.notices)

    def refresh(self) -> None:
        super().refresh()
        self.desk.refresh()
        if self.notices is not None:
            self.notices.refresh()

    def refresh_figures(self) -> None:
        super().refresh()

    def open_report(self):  # type: ignore[no-untyped-def]
        from app.ui.ism.report_screen import MonthlyReportDialog

        dialog = MonthlyReportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def nav_text(self) -> str:
        return self.tr("İSM")

    def load(self) -> dict:
        return {"states": overview.state_counts(self.ctx)}   # an İSM user's own province

    def render(self) -> None:
        self.heading.setText(self.tr("İSM — İl Sağlık Müdürlüğü"))
        if hasattr(self, "report_button"):
            self.report_button.setText(self.tr("Aylık &rapor…"))
            self.report_button.setToolTip(self.tr("Aylık İSM raporu: alınan başvurular, bildirimler, iletilenler, "
                                                  "izin belgeleri"))
        self.description.setText(self.tr(
            "Başvuru kabulü, Ek-1 kontrol listesine göre inceleme ve başvuru sahibine 15 gün içinde "
            "bildirim (uygun, uygun değil ya da eksik evrak)."))
        self.table_title.setText(self.tr("Duruma göre başvurular"))
        self.table.set_headers(self.tr("Durum"), self.tr("Başvuru"))
        counts: dict[AppState, int] = self.data.get("states", {})
        self.table.set_rows([(state_label(s), counts.get(s, 0)) for s in AppState],
                            (self.tr("Toplam"), sum(counts.values())))
        running = sum(n for s, n in counts.items() if s.clock_running)
        self.footnote.setText(self.tr("15 günlük bildirim süresi işleyen başvuru: {n}").format(n=number(running)))
