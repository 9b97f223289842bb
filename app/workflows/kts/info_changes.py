"""Changes to a registered producer's information (SBYS art. 6/5): entered in KTS within 10 working days.

The KTS officer records each change with the day it happened and the day the producer notified it; the limit is
counted by `legal.info_change_deadline` (working days, Turkish official holidays). A change of the address, the
signatory or the name also updates the producer's record. Late notifications are shown on the KTS desk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.models import Vendor, VendorInfoChange
from app.textfold import fold
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError, NotFound, ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require, require_kts_reader
from app.workflows.common.vendors import status_on
from app.workflows.common.vocabulary import VENDOR_STATUS_LABELS, Role, VendorStatus
from app.workflows.kts.legal import INFO_SUBJECTS, info_change_deadline

KTS = (Role.KTS_OFFICER, Role.ADMIN)
REGISTERED = (VendorStatus.ACTIVE, VendorStatus.PASSIVE)
# Subjects whose new value replaces the column of the producer's record.
APPLIED_FIELDS = {"name": "name", "address": "address", "signatory": "signatory_name"}


@dataclass(frozen=True)
class InfoChangeRow:
    id: int
    vendor_id: int
    vendor_name: str
    subject: str
    subject_label: str
    description: str
    old_value: str
    new_value: str
    changed_on: dt.date
    notified_on: dt.date
    deadline: dt.date

    @property
    def late(self) -> bool:
        return self.notified_on > self.deadline


def _fmt(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def record_info_change(ctx: AppContext, vendor_id: int, subject: str, changed_on: dt.date, notified_on: dt.date,
                       description: str = "", new_value: str = "") -> int:
    """Record a change to a registered (active or passive) producer's information and when KTS was told of it.
    A late notification is recorded too (and shown as late): the record is what happened."""
    require(ctx.actor, KTS, action=msg("Yetki", "üretici bilgi değişikliği kaydı"))
    errors: dict[str, str] = {}
    if subject not in INFO_SUBJECTS:
        errors["subject"] = msg("KTS", "Değişikliğin konusu seçilmelidir.")
    if not description.strip() and not new_value.strip():
        errors["description"] = msg("KTS", "Değişiklik açıklanmalı ya da yeni bilgi yazılmalıdır.")
    if changed_on is None:
        errors["changed_on"] = msg("KTS", "Değişiklik tarihi girilmelidir.")
    if notified_on is None:
        errors["notified_on"] = "Bildirim tarihi girilmelidir."
    elif changed_on is not None and notified_on < changed_on:
        errors["notified_on"] = msg("KTS", "Bildirim tarihi değişiklik tarihinden önce olamaz.")
    elif notified_on > ctx.clock.today():
        errors["notified_on"] = msg("KTS", "Bildirim tarihi ileri bir tarih olamaz; bugün {value}.").format(
                                    value=_fmt(ctx.clock.today()))
    if errors:
        raise ValidationFailed(errors)
    with ctx.write() as s:
        vendor = s.get(Vendor, vendor_id)
        if vendor is None:
            raise NotFound(msg("KTS", "USBS üreticisi bulunamadı (#{vendor_id}).").format(vendor_id=vendor_id))
        status = status_on(s, vendor_id, changed_on)
        if status not in REGISTERED:
            raise DomainError(msg("KTS", "{name} {changed_on} tarihinde KTS'ye kayıtlı değil (durumu: {value}); "
                                         "bilgi değişikliği bildirimi kayıtlı üreticiler içindir (SBYS Yönetmeliği "
                                         "md. 6/5).").format(
                                  name=vendor.name, changed_on=_fmt(changed_on), value=VENDOR_STATUS_LABELS[status]))
        old = ""
        column = APPLIED_FIELDS.get(subject)
        if column and new_value.strip():
            old = getattr(vendor, column) or ""
            setattr(vendor, column, new_value.strip())
            if column == "name":
                vendor.name_fold = fold(new_value)
        change = VendorInfoChange(vendor_id=vendor_id, subject=subject, description=description.strip(),
                                  old_value=old, new_value=new_value.strip(), changed_on=changed_on,
                                  notified_on=notified_on, recorded_by_id=ctx.actor.user_id,
                                  recorded_at=ctx.clock.now())
        s.add(change)
        s.flush()
        return change.id


def _rows(s, where) -> list[InfoChangeRow]:  # type: ignore[no-untyped-def]
    q = (select(VendorInfoChange, Vendor.name).join(Vendor, Vendor.id == VendorInfoChange.vendor_id)
         .where(*where).order_by(VendorInfoChange.changed_on, VendorInfoChange.id))
    return [InfoChangeRow(c.id, c.vendor_id, name, c.subject, INFO_SUBJECTS.get(c.subject, c.subject),
                          c.description, c.old_value, c.new_value, c.changed_on, c.notified_on,
                          info_change_deadline(c.changed_on))
            for c, name in s.execute(q).all()]


def info_changes(ctx: AppContext, vendor_id: int) -> list[InfoChangeRow]:
    """A producer's recorded information changes, oldest first, each with its limit."""
    require_kts_reader(ctx.actor, msg("Yetki", "üretici bilgi değişiklikleri"))
    with ctx.read() as s:
        return _rows(s, [VendorInfoChange.vendor_id == vendor_id])


def late_info_changes(ctx: AppContext) -> list[InfoChangeRow]:
    """Every change notified after its 10 working days, all producers (the KTS desk's list of late ones)."""
    require_kts_reader(ctx.actor, msg("Yetki", "üretici bilgi değişiklikleri"))
    with ctx.read() as s:
        return [r for r in _rows(s, []) if r.late]
