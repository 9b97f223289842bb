"""From a dashboard number to the list behind it: apply an `open_list` payload to a WorklistPanel.

Shared by the dashboard (which sends the payloads), the main window and the İSM worklist (which names the filters
it cannot show): it lives here so that neither desk imports the other. The texts keep their context "Pano".

The panel's own widgets take what they can show (one state, one province, the deadline buttons "overdue" and
"today"); the rest goes to `panel.extra` (several states, a month of receipt, the deadlines "week" and
"running"), which the panel adds to its filters and names in a line above the table until "Filtreleri
temizle". So the list always shows exactly the applications the number counted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.labels import month_name, state_label
from app.workflows.common.states import AppState

translate = QCoreApplication.translate   # a name lupdate reads: translate("Context", "text")

BUTTON_DEADLINES = ("overdue", "today")


def month_text(key: str) -> str:
    """'2026-03' → 'Mart 2026'."""
    year, month = key.split("-")
    return f"{month_name(int(month))} {year}"


def describe_extra(extra: dict) -> str:
    """One line naming the dashboard filters that have no widget in the worklist."""
    if not extra:
        return ""
    parts = []
    if extra.get("deadline") == "week":
        parts.append(translate("Pano", "bildirim süresi 7 gün içinde dolacak olanlar"))
    elif extra.get("deadline") == "running":
        parts.append(translate("Pano", "bildirim süresi işleyenler"))
    if extra.get("states"):
        states = ", ".join(state_label(s) for s in extra["states"])
        parts.append(translate("Pano", "durumu: {states}").format(states=states))
    if extra.get("received_month"):
        parts.append(translate("Pano", "{month} ayında alınanlar").format(month=month_text(extra["received_month"])))
    text = translate("Pano", "Gösterge panelinden gelen süzgeç: {filters}. Kaldırmak için \"Filtreleri temizle\".")
    return text.format(filters="; ".join(parts))


def split_payload(payload: dict) -> tuple[dict, dict]:
    """(what the panel's widgets show, what goes to `panel.extra` as WorklistFilters fields)."""
    widgets: dict = {}
    extra: dict = {}
    deadline = payload.get("deadline")
    if deadline in BUTTON_DEADLINES:
        widgets["deadline"] = deadline
    elif deadline:
        extra["deadline"] = deadline
    if payload.get("state"):
        widgets["state"] = payload["state"]
    if payload.get("province_id") is not None:
        widgets["province_id"] = payload["province_id"]
    if payload.get("states"):
        extra["states"] = tuple(AppState(s) for s in payload["states"])
    if payload.get("received_month"):
        extra["received_month"] = payload["received_month"]
    return widgets, extra


def apply_to_worklist(panel: QWidget, payload: dict) -> None:
    """Set the panel's filters from the payload (everything else cleared) and reload once."""
    widgets, extra = split_payload(payload)
    controls = (panel.overdue_button, panel.today_button, panel.state_combo, panel.province_combo, panel.search)
    for w in controls:
        w.blockSignals(True)
    try:
        panel._search_timer.stop()
        panel.search.clear()
        panel.overdue_button.setChecked(widgets.get("deadline") == "overdue")
        panel.today_button.setChecked(widgets.get("deadline") == "today")
        state = widgets.get("state")
        panel.state_combo.setCurrentIndex(max(0, panel.state_combo.findData(state)) if state else 0)
        province = widgets.get("province_id")
        panel.province_combo.setCurrentIndex(
            max(0, panel.province_combo.findData(province)) if province is not None else 0)
    finally:
        for w in controls:
            w.blockSignals(False)
    panel.extra = extra
    panel.show_extra()
    panel.table.horizontalHeader().setSortIndicatorShown(not panel.filters().deadline)
    panel.offset = 0
    panel.refresh(keep_selection=False)
