"""The monthly İSM report: for one province and one month, what came in and how the İSM answered.

- received: applications received in the month;
- notified in time / late: the İSM's notifications (suitable, not suitable, deficiency) sent in the month, by
  whether they went out within the 15-day period they ended (the clock replayed as deadlines.clock_status does);
- overdue, still open: at the end of the month (or today, for the running month) applications whose clock was
  running past its last day — no notification yet, not withdrawn;
- forwarded: applications sent to SHGM in the month;
- permits issued: Faaliyet İzin Belgeleri issued in the month to facilities of the province (ex officio ones too).

Rows for the screen, and XLSX / CSV files through app.workflows.common.tabular_export. No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.models import Application, Facility, Notification, Permit, PermitEvent, Province, StateTransition
from app.workflows.common import tabular_export
from app.workflows.common.application_view import events_by_application
from app.workflows.common.clock import TR
from app.workflows.common.context import AppContext
from app.workflows.common.deadlines import clock_status
from app.workflows.common.errors import NotFound, PermissionDenied, ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.permissions import can_see_province
from app.workflows.common.system_settings import clock_rules
from app.workflows.common.vocabulary import NoticeKind, PermitEventKind

MONTH_NAMES = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
               "Kasım", "Aralık")
HEADERS = ("Gösterge", "Sayı")
LABELS = {
    "received": "Alınan başvuru",
    "notified_in_time": "Süresi içinde yapılan bildirim",
    "notified_late": "Süresi geçtikten sonra yapılan bildirim",
    "overdue_open": "Süresi geçmiş, bildirim bekleyen başvuru (ay sonunda)",
    "forwarded": "SHGM'ye iletilen başvuru",
    "permits_issued": "Düzenlenen Faaliyet İzin Belgesi",
}


@dataclass(frozen=True)
class MonthlyIsmReport:
    province_id: int
    province_name: str
    year: int
    month: int
    as_of: dt.date            # the day "still open" is counted on: the month's last day, or today
    received: int
    notified_in_time: int
    notified_late: int
    overdue_open: int
    forwarded: int
    permits_issued: int

    @property
    def period(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"

    @property
    def title(self) -> str:
        return f"{self.province_name} İl Sağlık Müdürlüğü — USH aylık raporu, {self.period}"

    @property
    def notified(self) -> int:
        return self.notified_in_time + self.notified_late

    def rows(self) -> list[list[str | int]]:
        return [[LABELS[key], getattr(self, key)] for key in LABELS]

    def table(self) -> tuple[list[str], list[list[str | int]]]:
        """Headers and rows, as any list is exported."""
        return list(HEADERS), self.rows()


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of the month."""
    if not 1 <= month <= 12:
        raise ValidationFailed({"month": msg("İSM", "Ay 1 ile 12 arasında olmalıdır.")})
    first = dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _utc_start(day: dt.date) -> dt.datetime:
    """The UTC moment Türkiye's `day` begins."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=TR).astimezone(dt.timezone.utc)


def monthly_report(ctx: AppContext, province_id: int, year: int, month: int) -> MonthlyIsmReport:
    """The report for `province_id` and the month; İSM users get only their own province's."""
    if not can_see_province(ctx.actor, province_id):
        raise PermissionDenied(msg("İSM", "Yalnızca kendi ilinizin raporunu alabilirsiniz."))
    first, last = month_bounds(year, month)
    today = ctx.clock.today()
    as_of = min(last, today)
    start, end = _utc_start(first), _utc_start(last + dt.timedelta(days=1))
    in_province = Application.province_id == province_id
    with ctx.read() as s:
        province = s.get(Province, province_id)
        if province is None:
            raise NotFound(msg("İSM", "{province_id} plaka kodlu il bulunamadı.").format(province_id=province_id))
        rules = clock_rules(s)
        received = s.scalar(select(func.count()).select_from(Application).where(
            in_province, Application.received_on >= first, Application.received_on <= last)) or 0

        # notifications of the month: which round each one ended, and was it in time
        notified_ids = list(s.scalars(
            select(Notification.application_id).distinct()
            .join(Application, Application.id == Notification.application_id)
            .where(in_province, Notification.sent_on >= first, Notification.sent_on <= last)))
        in_time = late = 0
        received_on = {i: d for i, d in s.execute(select(Application.id, Application.received_on)
                                                  .where(Application.id.in_(notified_ids)))}
        for app_id, events in events_by_application(s, notified_ids, last).items():
            for r in clock_status(received_on[app_id], events, last, rules).rounds:
                if r.stopped_on is not None and first <= r.stopped_on <= last:
                    if r.met:
                        in_time += 1
                    else:
                        late += 1

        # open and overdue at the end of the month: no final letter and no withdrawal by then (the state on that
        # day, replayed: today's state says nothing about the end of an earlier month)
        final_letter = exists().where(Notification.application_id == Application.id,
                                      Notification.kind != NoticeKind.EKSIK.value, Notification.sent_on <= as_of)
        withdrawn = exists().where(StateTransition.application_id == Application.id,
                                   StateTransition.event == "withdraw",
                                   StateTransition.at < _utc_start(as_of + dt.timedelta(days=1)))
        candidates = {i: d for i, d in s.execute(select(Application.id, Application.received_on).where(
            in_province, Application.received_on <= as_of, ~final_letter, ~withdrawn))}
        events = events_by_application(s, list(candidates), as_of)
        overdue = 0
        for app_id, received_day in candidates.items():
            clock = clock_status(received_day, events.get(app_id, []), as_of, rules)
            if clock.running and clock.overdue:
                overdue += 1

        forwarded = s.scalar(select(func.count()).select_from(StateTransition)
                             .join(Application, Application.id == StateTransition.application_id)
                             .where(in_province, StateTransition.event == "forward", StateTransition.at >= start,
                                    StateTransition.at < end)) or 0
        permits = s.scalar(select(func.count()).select_from(PermitEvent)
                           .join(Permit, Permit.id == PermitEvent.permit_id)
                           .join(Facility, Facility.id == Permit.facility_id)
                           .where(Facility.province_id == province_id,
                                  PermitEvent.kind == PermitEventKind.ISSUED.value,
                                  PermitEvent.effective_from >= first, PermitEvent.effective_from <= last)) or 0
    return MonthlyIsmReport(province_id, province.name, year, month, as_of, received, in_time, late, overdue,
                            forwarded, permits)


def export_report(ctx: AppContext, report: MonthlyIsmReport, path: str | Path) -> tabular_export.ExportedFile:
    """The report as XLSX or CSV (by the file's suffix), audited as every list export is. The CSV carries the
    province and the period in its first rows (it has no title line)."""
    headers, rows = report.table()
    if Path(path).suffix.lower() == ".csv":
        rows = [["İl", report.province_name], ["Dönem", report.period], *rows]
    return tabular_export.export_list(
        ctx, "monthly_report", path, headers, rows, title=report.title, sheet_title=report.period,
        details={"province_id": report.province_id, "month": f"{report.year:04d}-{report.month:02d}"})


def parse_month(text: str) -> tuple[int, int]:
    """"2026-10" → (2026, 10)."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
    except ValueError:
        raise ValidationFailed({"month": msg("İSM", "Geçersiz ay: {text!r} (beklenen biçim YYYY-AA).").format(
                                             text=text)}) from None
    month_bounds(year, month)
    return year, month


def default_file_name(report: MonthlyIsmReport, suffix: str = ".xlsx") -> str:
    return f"ush-aylik-rapor-{report.province_id:02d}-{report.year:04d}-{report.month:02d}{suffix}"
