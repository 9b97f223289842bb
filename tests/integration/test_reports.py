"""The monthly İSM report against counts made independently (row by row through application_view.clock_of and the ORM), its
scope, its files and the `ush-izin report monthly` command."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest
from sqlalchemy import select

from app.cli.main import main as cli
from app.models import Application, AuditEntry, Facility, Notification, Permit, PermitEvent, StateTransition
from app.workflows.common.clock import TR, FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.errors import PermissionDenied, ValidationFailed
from app.workflows.common.states import AppState
from app.workflows.common.vocabulary import Role
from app.workflows.ism import reports
from app.workflows.common.application_view import clock_of
from tests.support.accounts import cli_admin
from tests.support.demo import TODAY, as_role, with_demo_data


@pytest.fixture
def demo(ctx) -> AppContext:
    return with_demo_data(ctx, 400, seed=7)


def busiest_province(ctx: AppContext) -> int:
    with ctx.read() as s:
        ids = [a.province_id for a in s.scalars(select(Application))]
    return max(set(ids), key=ids.count)


def expected(ctx: AppContext, province_id: int, year: int, month: int) -> dict[str, int]:
    """The report's figures counted one record at a time, without the report's SQL."""
    first, last = reports.month_bounds(year, month)
    as_of = min(last, TODAY)
    out = dict.fromkeys(("received", "notified_in_time", "notified_late", "overdue_open", "forwarded",
                         "permits_issued"), 0)
    with ctx.read() as s:
        apps = [a for a in s.scalars(select(Application)) if a.province_id == province_id]
        for a in apps:
            if first <= a.received_on <= last:
                out["received"] += 1
            for r in clock_of(s, a, as_of).rounds:
                if r.stopped_on is not None and first <= r.stopped_on <= last:
                    out["notified_in_time" if r.stopped_on <= r.deadline else "notified_late"] += 1
        for t in s.scalars(select(StateTransition).where(StateTransition.event == "forward")):
            app = s.get(Application, t.application_id)
            if app.province_id == province_id and first <= t.at.astimezone(TR).date() <= last:
                out["forwarded"] += 1
        for e in s.scalars(select(PermitEvent).where(PermitEvent.kind == "issued")):
            facility = s.get(Facility, s.get(Permit, e.permit_id).facility_id)
            if facility.province_id == province_id and first <= e.effective_from <= last:
                out["permits_issued"] += 1
        if as_of == TODAY:   # the running month: the clocks of today (clock_of sees every event up to today)
            out["overdue_open"] = sum(
                1 for a in apps if AppState(a.state).clock_running and clock_of(s, a, TODAY).overdue)
    return out


def figures(report: reports.MonthlyIsmReport) -> dict[str, int]:
    return {k: getattr(report, k) for k in ("received", "notified_in_time", "notified_late", "overdue_open",
                                             "forwarded", "permits_issued")}


def test_each_month_of_the_year_equals_an_independent_count(demo):
    province = busiest_province(demo)
    totals = dict.fromkeys(("received", "notified_in_time", "notified_late", "forwarded", "permits_issued"), 0)
    for year, month in [(2025, 12)] + [(2026, m) for m in range(1, 12)]:
        report = reports.monthly_report(demo, province, year, month)
        want = expected(demo, province, year, month)
        got = figures(report)
        if (year, month) != (2026, 11):
            got.pop("overdue_open")
            want.pop("overdue_open")
        assert got == want, (year, month)
        for key in totals:
            totals[key] += got[key]
    # the year's figures are not all zeros: the comparison above tested something
    assert all(totals.values()), totals


def test_the_running_month_counts_overdue_clocks_as_of_today(demo):
    later = AppContext(demo.engine, demo.target, demo.actor, FixedClock.on(TODAY + dt.timedelta(days=40)))
    province = busiest_province(demo)
    with demo.read() as s:
        running = sum(1 for a in s.scalars(select(Application))
                      if a.province_id == province and AppState(a.state).clock_running)
    report = reports.monthly_report(later, province, 2027, 1)
    assert running > 0 and report.overdue_open == running and report.as_of == TODAY + dt.timedelta(days=40)


def test_a_notification_counts_in_the_month_it_was_sent(demo):
    province = busiest_province(demo)
    with demo.read() as s:
        sent = [n.sent_on for n, a in s.execute(select(Notification, Application).join(
            Application, Application.id == Notification.application_id)) if a.province_id == province]
    for year, month in {(d.year, d.month) for d in sent}:
        r = reports.monthly_report(demo, province, year, month)
        assert r.notified <= sum(1 for d in sent if (d.year, d.month) == (year, month))


def test_an_ism_user_gets_only_the_own_province(demo):
    officer = as_role(demo, Role.ISM_OFFICER, 34)
    assert reports.monthly_report(officer, 34, 2026, 10).province_name == "İstanbul"
    with pytest.raises(PermissionDenied):
        reports.monthly_report(officer, 6, 2026, 10)
    assert reports.monthly_report(as_role(demo, Role.SHGM_REVIEWER), 6, 2026, 10).province_name == "Ankara"


def test_bad_months_are_refused(demo):
    with pytest.raises(ValidationFailed):
        reports.monthly_report(demo, 34, 2026, 13)
    with pytest.raises(ValidationFailed):
        reports.parse_month("Ekim 2026")
    assert reports.parse_month("2026-10") == (2026, 10)


def test_the_report_exports_to_xlsx_and_csv_with_an_audit_entry(demo, tmp_path):
    report = reports.monthly_report(demo, 34, 2026, 10)
    xlsx = reports.export_report(demo, report, tmp_path / "r.xlsx").path
    ws = openpyxl.load_workbook(xlsx).active
    assert ws["A1"].value == "İstanbul İl Sağlık Müdürlüğü — USH aylık raporu, Ekim 2026"
    assert ws.title == "Ekim 2026"
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=4)] == [[k, v] for k, v in report.rows()]
    path = reports.export_report(demo, report, tmp_path / "r.csv").path
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[:3] == [["Gösterge", "Sayı"], ["İl", "İstanbul"], ["Dönem", "Ekim 2026"]]
    assert rows[3:] == [[k, str(v)] for k, v in report.rows()]
    with demo.read() as s:
        entries = [e for e in s.scalars(select(AuditEntry).where(AuditEntry.table_name == "list_export"))
                   if e.after.get("state") == "finished"]      # each export is also recorded as "started"
    assert [(e.row_id, e.after["month"], e.after["province_id"]) for e in entries] == [
        ("monthly_report", "2026-10", 34), ("monthly_report", "2026-10", 34)]


def test_the_cli_writes_the_report(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("USH_DB_URL", demo.target.url.render_as_string(hide_password=False))
    me = cli_admin(demo, monkeypatch)      # the report is taken by an authenticated account (issue 13)
    out = tmp_path / "ekim.csv"
    assert cli(["report", "monthly", "--province", "34", "--month", "2026-10", "--format", "csv",
                "--out", str(out), *me]) == 0
    printed = capsys.readouterr().out
    assert "İstanbul İl Sağlık Müdürlüğü — USH aylık raporu, Ekim 2026" in printed
    report = reports.monthly_report(demo, 34, 2026, 10)
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f, delimiter=";"))[3:] == [[k, str(v)] for k, v in report.rows()]
    # no suffix: xlsx by default
    assert cli(["report", "monthly", "--province", "34", "--month", "2026-10", "--out", str(tmp_path / "r"),
                *me]) == 0
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").active["B4"].value == report.received
    # a bad month is an error with a Turkish message, exit 2
    assert cli(["report", "monthly", "--province", "34", "--month", "10/2026", "--out", str(out)]) == 2
    assert "Geçersiz ay" in capsys.readouterr().err
