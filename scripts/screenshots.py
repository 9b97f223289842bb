#!/usr/bin/env python3
"""Render the main screens into docs/screenshots/*.png at 1366×768, the common office screen (reproducible).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--only NAME ...]

A throwaway SQLite database in a temporary folder gets the seeded demo data (300 applications, seed 1) on a
fixed day, and the clock is fixed to that day at 10:00, so the same code gives the same pictures. Nothing in
the user's own data or settings folders is touched (USH_DATA_DIR and USH_CONFIG_DIR point into the temporary
folder). Each screen is shown, given a moment to lay out, grabbed and saved; a screen that fails is reported
and the others still render.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# A fixed folder (emptied first): its path shows in the status bar, so it must not change between runs.
TMP = Path(tempfile.gettempdir()) / "ush-izin-ekran-goruntuleri"
shutil.rmtree(TMP, ignore_errors=True)
TMP.mkdir(parents=True)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")   # QT_QPA_PLATFORM=xcb under Xvfb works too
os.environ["USH_DATA_DIR"] = str(TMP / "data")
os.environ["USH_CONFIG_DIR"] = str(TMP / "config")
os.environ.pop("USH_DB_URL", None)
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

DAY = dt.date(2026, 11, 23)
SIZE = (1366, 768)
DIALOG_SIZE = (1100, 740)


class Shooter:
    def __init__(self, out: Path, only: set[str]) -> None:
        self.out, self.only = out, only
        self.done: list[str] = []
        self.failed: list[str] = []
        self.keep: list[QWidget] = []    # PySide6 6.12 aborts when a shown widget is collected mid-run

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def shot(self, name: str, make: Callable[[], QWidget], size: tuple[int, int] | None = SIZE) -> None:
        if not self.wanted(name):
            return
        try:
            widget = make()
            self.keep.append(widget)
            if size is not None:
                widget.resize(*size)
            widget.show()
            settle()
            path = self.out / f"{name}.png"
            widget.grab().save(str(path))
            self.done.append(path.name)
            if widget.isWindow() and not getattr(widget, "keep_open", False):
                widget.hide()
            settle(0)
        except Exception:  # noqa: BLE001  (one screen failing must not stop the others)
            self.failed.append(name)
            traceback.print_exc()


def settle(ms: int = 150) -> None:
    from app.ui.common import operations

    app = QApplication.instance()
    operations.wait_idle()          # figures, lists and previews read in workers have arrived
    for _ in range(3):
        app.processEvents()
    if ms:
        loop_until = dt.datetime.now() + dt.timedelta(milliseconds=ms)
        while dt.datetime.now() < loop_until:
            app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--lang", choices=("tr", "en"), default="tr", help="the interface language (README: tr)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from app.demo.data import generate
    from app.storage.database import Target, sqlite_url
    from app.ui import i18n
    from app.ui.application import ensure_application
    from app.workflows.admin.bootstrap import default_actor, open_database
    from app.workflows.common.clock import FixedClock
    from app.workflows.common.context import Actor
    from app.workflows.common.vocabulary import Role

    app = ensure_application()
    i18n.set_language(app, args.lang)
    font = app.font()
    font.setPointSizeF(10)
    app.setFont(font)

    db = TMP / "ush-izin.db"
    opened = open_database(target=Target(sqlite_url(db)))
    base = opened.ctx
    base.clock = FixedClock.on(DAY, hour=10)
    admin = base.as_user(default_actor(base))
    print("demo data …", flush=True)
    generate(admin, applications=300, seed=1, today=DAY)
    samples = _samples(db)
    ism_officer = base.as_user(_actor(base, "ism34.memur", Actor(None, "ism34.memur", "İSM Personeli", Role.ISM_OFFICER, 34)))
    shgm_user = base.as_user(_actor(base, "shgm.uzman", Actor(None, "shgm.uzman", "SHGM Uzmanı", Role.SHGM_REVIEWER)))

    s = Shooter(out, set(args.only))

    # -- login -----------------------------------------------------------------------------------------------
    from app.ui.admin.login import LoginDialog

    def login() -> QWidget:
        d = LoginDialog(base, username="ism34.memur")
        return d

    s.shot("01-giris", login, size=None)

    # -- the main window and its pages -----------------------------------------------------------------------
    from app.ui.main_window import MainWindow

    window = MainWindow(admin)
    window.keep_open = True
    window.resize(*SIZE)
    window.show()
    settle(400)
    names = ["02-ozet", "03-ism", "04-shgm", "05-kts", "06-yonetim"]
    if window.nav.count() == 4:      # before the dashboard page existed
        names = names[1:]
    for row, name in enumerate(names):
        def page(row: int = row) -> QWidget:
            window.show_page(row)
            return window
        s.shot(name, page)

    # -- İSM: intake form, checklist, notification with the letter preview ------------------------------------
    from app.ui.ism.detail import ApplicationDetailDialog
    from app.ui.ism.intake_form import ApplicationFormDialog

    s.shot("07-basvuru-formu", lambda: ApplicationFormDialog(ism_officer, None), size=DIALOG_SIZE)

    def checklist() -> QWidget:
        d = ApplicationDetailDialog(ism_officer, samples["review_app"], None)
        for i in range(d.tabs.count()):
            if "Ek-1" in d.tabs.tabText(i) or "Kontrol" in d.tabs.tabText(i):
                d.tabs.setCurrentIndex(i)
                break
        return d

    s.shot("08-ek1-kontrol-listesi", checklist, size=DIALOG_SIZE)

    def notification() -> QWidget:
        from app.ui.ism.notice_dialog import NotificationDialog
        from app.workflows.common.application_view import application_detail

        province = samples.get("notify_province", 34)
        officer = base.as_user(_actor(base, f"ism{province:02d}.memur", Actor(
            None, "ism.memur", "İSM Personeli", Role.ISM_OFFICER, province)))
        detail = application_detail(officer, samples["notify_app"])
        d = NotificationDialog(officer, detail, None)
        if hasattr(d, "update_preview"):
            d.update_preview()
        return d

    s.shot("09-bildirim-onizleme", notification, size=(1200, 800))

    # -- SHGM: review queue and verification --------------------------------------------------------------------
    from app.ui.shgm.desk import ShgmDesk

    def shgm_review() -> QWidget:
        desk = ShgmDesk(shgm_user)
        desk.refresh()
        if desk.queue_table.rowCount():
            desk.queue_table.selectRow(0)
        return desk

    s.shot("10-shgm-inceleme", shgm_review)

    def verification() -> QWidget:
        desk = ShgmDesk(shgm_user)
        desk.tabs.setCurrentWidget(desk.verify_panel)
        if samples.get("code"):
            desk.verify_panel.code.setText(samples["code"])
            desk.verify_panel.verify_code()
        return desk

    s.shot("11-izin-dogrulama", verification)

    # -- KTS desk and Yetki Sorgulama ---------------------------------------------------------------------------
    from app.ui.kts.check_screen import YetkiSorgulama
    
    kts_user = base.as_user(_actor(base, "kts.memur", Actor(None, "kts.memur", "KTS Personeli", Role.KTS_OFFICER)))

    def check() -> QWidget:
        screen = YetkiSorgulama(kts_user)
        if samples.get("tckn"):
            screen.tckn_edit.setText(samples["tckn"])
            screen.facility_edit.setText(samples["facility"])
            index = screen.area_combo.findData(samples["area"])
            if index >= 0:
                screen.area_combo.setCurrentIndex(index)
            screen.check()
        return screen

    s.shot("12-yetki-sorgulama", check)

    # -- Yönetim: audit viewer and maintenance --------------------------------------------------------------------
    def admin_tab(index: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            window.show_page(window.nav.count() - 1)
            window.pages[-1].tabs.setCurrentIndex(index)
            return window
        return make

    s.shot("13-denetim-kaydi", admin_tab(1))
    s.shot("14-bakim", admin_tab(2))

    # -- settings and the error dialog ------------------------------------------------------------------------------
    from app.config import Settings
    from app.ui.settings_dialog import SettingsDialog

    def settings() -> QWidget:
        d = SettingsDialog(window, Settings())
        d.test_connection()
        d.test_certificate()
        return d

    s.shot("15-ayarlar", settings, size=(640, 760))

    def error() -> QWidget:
        from app.ui.errors import ErrorReportDialog, error_report

        try:
            raise RuntimeError("Örnek hata: kayıt sırasında beklenmeyen durum")
        except RuntimeError as exc:
            report = error_report(type(exc), exc, exc.__traceback__, "MainThread")
        return ErrorReportDialog(report, window, str(TMP / "data" / "logs" / "ush-izin.log"))

    s.shot("16-hata-penceresi", error, size=None)        # as it opens: its own size, details folded

    for widget in [*s.keep, window]:
        widget.hide()
        widget.deleteLater()
    settle(0)
    base.engine.dispose()
    print(f"{len(s.done)} screenshots in {out}: {', '.join(s.done)}")
    if s.failed:
        print(f"FAILED: {', '.join(s.failed)}", file=sys.stderr)
        return 1
    return 0


def _actor(ctx, username: str, fallback):  # type: ignore[no-untyped-def]
    """The demo user `username` as an Actor (the fallback when the demo has no such user)."""
    from sqlalchemy import select

    from app.models import User
    from app.workflows.common.context import Actor
    from app.workflows.common.vocabulary import Role

    with ctx.read() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            return fallback
        return Actor(user.id, user.username, user.full_name, Role(user.role), user.province_id)


def _samples(db: Path) -> dict:
    """Records to show: an application under review and one ready for its letter (İstanbul), a permit's
    verification code, a professional with a permit (for Yetki Sorgulama)."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        def one(sql: str, *args: object):  # type: ignore[no-untyped-def]
            return con.execute(sql, args).fetchone()

        out: dict = {}
        row = one("SELECT id FROM applications WHERE province_id = 34 AND state = 'under_review' ORDER BY id LIMIT 1") \
            or one("SELECT id FROM applications WHERE province_id = 34 ORDER BY id LIMIT 1")
        out["review_app"] = row[0] if row else 1
        # a review with every Ek-1 item answered, so that the letter can be previewed
        row = one("SELECT a.id, a.province_id FROM applications a JOIN checklist_answers c ON c.application_id = a.id "
                  "WHERE a.state = 'under_review' GROUP BY a.id HAVING count(c.answer) = count(*) "
                  "ORDER BY a.province_id = 34 DESC, a.id LIMIT 1")
        out["notify_app"], out["notify_province"] = row if row else (out["review_app"], 34)
        row = one("SELECT verification_code FROM permit_revisions ORDER BY id LIMIT 1")
        out["code"] = row[0] if row else ""
        row = one("SELECT p.tckn, f.ckys_code, pa.area_code FROM permits pe JOIN facilities f ON f.id = pe.facility_id "
                  "JOIN permit_revisions r ON r.permit_id = pe.id AND r.superseded_on IS NULL "
                  "JOIN permit_areas pa ON pa.revision_id = r.id "
                  "JOIN application_professionals ap ON ap.application_id = pe.application_id "
                  "JOIN professionals p ON p.id = ap.professional_id ORDER BY pe.id LIMIT 1")
        if row:
            out["tckn"], out["facility"], out["area"] = row
        return out
    except sqlite3.Error:
        traceback.print_exc()
        return {"review_app": 1, "notify_app": 1}
    finally:
        con.close()


if __name__ == "__main__":
    sys.exit(main())
