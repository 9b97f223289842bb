"""Dates, times, sizes and days left as the officer reads them (dd.mm.yyyy, Türkiye time), and Turkish order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime

from app.workflows.common.clock import TR
from app.workflows.common.deadlines import ClockStatus


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: dt.date):  # type: ignore[no-untyped-def]
    """A date field showing `day` as dd.mm.yyyy with a calendar to pick from."""
    from PySide6.QtWidgets import QDateEdit

    e = QDateEdit(to_qdate(day))
    e.setCalendarPopup(True)
    e.setDisplayFormat("dd.MM.yyyy")
    return e


def narrow_combo(combo, chars: int = 24):  # type: ignore[no-untyped-def]
    """`combo` as wide as the layout gives it (at least `chars` characters), not as wide as its longest item: a
    long area or product name would otherwise widen the whole page past a 1366-pixel screen; the list that drops
    down still shows the names in full."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    """An aware moment as the Türkiye wall-clock time shown in a QDateTimeEdit."""
    local = moment.astimezone(TR)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(q: QDateTime) -> dt.datetime:
    """A QDateTimeEdit's wall-clock value read as Türkiye time (aware)."""
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=TR)


def date_text(day: dt.date | None) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}" if day else ""


def datetime_text(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(TR)
    return f"{date_text(local.date())} {local.hour:02d}:{local.minute:02d}"


def size_text(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("Ortak", "{n} bayt").format(n=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("Ortak", "{n} KB").format(n=f"{size / 1024:.1f}".replace(".", ","))
    return QCoreApplication.translate("Ortak", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}".replace(".", ","))


def days_left_text(clock: ClockStatus) -> str:
    if not clock.running or clock.days_left is None:
        return "—"
    n = clock.days_left
    if n < 0:
        if n == -1:   # English needs the singular; pyside6-lupdate 6.11 reads no plural forms (%n)
            return QCoreApplication.translate("Ortak", "Süresi geçti (1 gün)")
        return QCoreApplication.translate("Ortak", "Süresi geçti ({n} gün)").format(n=-n)
    if n == 0:
        return QCoreApplication.translate("Ortak", "Bugün son gün")
    if n == 1:
        return QCoreApplication.translate("Ortak", "1 gün")
    return QCoreApplication.translate("Ortak", "{n} gün").format(n=n)


def turkish_sorted(items, key=lambda x: x):  # type: ignore[no-untyped-def]
    """Sort by Turkish alphabetical order (ç after c, ı before i, İ with i …) without a system locale."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    return sorted(items, key=lambda x: collator.sortKey(key(x)))
