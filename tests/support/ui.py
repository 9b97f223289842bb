"""Helpers for the Qt tests (no tests and no fixtures here; those are in tests/ui/conftest.py): typing Turkish
text, the main window shown for a context, and a few records put straight into the database."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.models import Application, Ek1Version, Facility, Vendor, VendorStatusEvent
from app.textfold import fold
from app.workflows.common.context import AppContext
from app.workflows.common.states import AppState

NOW = dt.datetime(2026, 11, 23, 8, 30, tzinfo=dt.timezone.utc)


def type_text(widget, text: str) -> None:
    """qtbot.keyClicks aborts the process on non-ASCII characters; send each character with its text."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def show_main_window(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    """The main window for `ctx`, shown and exposed, with its first figures delivered."""
    from app.ui.main_window import MainWindow

    from app.ui.common import operations

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(operations.idle, timeout=20000)    # the figures are counted in a worker
    return w


def add_facility(ctx: AppContext, code: str = "CK-1",
                 name: str = "Özel Işıklı Göğüs Hastalıkları Tıp Merkezi") -> int:
    with ctx.write() as s:
        fac = Facility(ckys_code=code, name=name, name_fold=fold(name), type_code="ozel", province_id=35,
                       district="Karşıyaka", tax_no="1234567890")
        s.add(fac)
        s.flush()
        return fac.id


def add_applications(ctx: AppContext, states: list[AppState]) -> None:
    """One facility with one application in each given state."""
    facility_id = add_facility(ctx)
    with ctx.write() as s:
        ek1 = s.scalars(select(Ek1Version)).first()
        for i, state in enumerate(states, start=1):
            s.add(Application(number=f"2026-35-{i:06d}", province_id=35, facility_id=facility_id,
                              received_at=NOW, received_on=NOW.date(), channel="kep", ek1_version_id=ek1.id,
                              state=state.value))


def add_vendor(ctx: AppContext, tax_no: str, events: list[tuple[str, dt.date]]) -> None:
    with ctx.write() as s:
        name = f"Şifa Yazılım {tax_no} A.Ş."
        vendor = Vendor(name=name, name_fold=fold(name), tax_no=tax_no)
        s.add(vendor)
        s.flush()
        for status, day in events:
            s.add(VendorStatusEvent(vendor_id=vendor.id, status=status, effective_on=day, recorded_at=NOW))
