"""Regular backups and their off-site copies (SBYS regulation art. 15).

Art. 15 asks for three things: databases "düzenli olarak" backed up, a restore test at least every six months
(app.workflows.admin.backup) and a copy kept in another physical location. The backups themselves are recorded in
the audit trail when they finish (`backup` events, app.workflows.admin.audited_writes); this module reads them back,
records the off-site copy of a backup (an `backup_offsite` event: where, when, by whom, the file's SHA-256) and says
which reminder is due. "Regularly" has no number in the text: the intervals are a shared setting
(`system_settings.backup_rules`, defaults 7 and 30 days, docs/decisions.md 70).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from app.models import AuditEntry, SystemSetting
from app.storage.audit import record_event
from app.workflows.admin.audited_writes import FINISHED
from app.workflows.admin.backup import OPERATORS, RestoreTestRecord, last_successful_restore_test, overdue_after
from app.workflows.common.clock import local_date
from app.workflows.common.context import AppContext
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require

OFFSITE_TABLE = "backup_offsite"
RULES_KEY = "backup_rules"


@dataclass(frozen=True)
class BackupRules:
    backup_days: int = 7      # remind when the newest finished backup is older than this
    offsite_days: int = 30    # remind when the newest off-site copy is older than this (or there is none)


DEFAULT_RULES = BackupRules()


@dataclass(frozen=True)
class OffsiteCopy:
    backup: str
    location: str
    copied_on: dt.date
    note: str
    by: str


@dataclass(frozen=True)
class BackupRecord:
    name: str               # the backup's folder name, e.g. ush-izin-20261203-101500
    at: dt.datetime
    folder: str
    file_sha256: str
    records: int
    by: str
    offsite: list[OffsiteCopy] = field(default_factory=list)


@dataclass(frozen=True)
class Reminders:
    """What the administrator must be told today; each is None when nothing is due."""

    backup: str | None
    offsite: str | None
    restore_test: bool
    last_restore_test: RestoreTestRecord | None = None    # the last successful one, read once for the banner

    @property
    def any(self) -> bool:
        return bool(self.backup or self.offsite or self.restore_test)


def backup_rules(ctx: AppContext) -> BackupRules:
    with ctx.read() as s:
        row = s.get(SystemSetting, RULES_KEY)
        value = row.value if row is not None else None
    if not value:
        return DEFAULT_RULES
    return BackupRules(int(value.get("backup_days", DEFAULT_RULES.backup_days)),
                       int(value.get("offsite_days", DEFAULT_RULES.offsite_days)))


def set_backup_rules(ctx: AppContext, rules: BackupRules) -> None:
    """Change the reminder intervals for every desk (administrator; audited)."""
    require(ctx.actor, OPERATORS, action=msg("Yetki", "yedekleme aralıklarını değiştirmek"))
    errors = {}
    if not 1 <= rules.backup_days <= 366:
        errors["backup_days"] = msg("Yönetim", "Yedek aralığı 1 ile 366 gün arasında olmalı.")
    if not 1 <= rules.offsite_days <= 366:
        errors["offsite_days"] = msg("Yönetim", "Başka yerdeki kopya aralığı 1 ile 366 gün arasında olmalı.")
    if errors:
        raise ValidationFailed(errors)
    value = {"backup_days": rules.backup_days, "offsite_days": rules.offsite_days}
    with ctx.write() as s:
        row = s.get(SystemSetting, RULES_KEY)
        if row is None:
            s.add(SystemSetting(key=RULES_KEY, value=value))
        else:
            row.value = value


def backups(ctx: AppContext) -> list[BackupRecord]:
    """Every finished backup with its recorded off-site copies, newest first (read back from the audit trail)."""
    with ctx.read() as s:
        rows = s.execute(select(AuditEntry.table_name, AuditEntry.row_id, AuditEntry.after, AuditEntry.at,
                                AuditEntry.username)
                         .where(AuditEntry.action == "event", AuditEntry.table_name.in_(("backup", OFFSITE_TABLE)))
                         .order_by(AuditEntry.id)).all()
    copies: dict[str, list[OffsiteCopy]] = {}
    found: list[BackupRecord] = []
    for table, name, after, at, user in rows:
        after = after or {}
        if table == OFFSITE_TABLE:
            copies.setdefault(name, []).append(OffsiteCopy(name, after.get("location", ""),
                                                           dt.date.fromisoformat(after["copied_on"]),
                                                           after.get("note", ""), user or ""))
        elif after.get("state") == FINISHED:
            # the desk's clock when the backup was taken (the entry's own time is the server's)
            taken = dt.datetime.fromisoformat(after["created_at"]) if after.get("created_at") else at
            found.append(BackupRecord(name, taken, after.get("folder", ""), after.get("file_sha256", ""),
                                      int(after.get("records", 0)), user or ""))
    out = [BackupRecord(b.name, b.at, b.folder, b.file_sha256, b.records, b.by,
                        sorted(copies.get(b.name, []), key=lambda c: c.copied_on)) for b in found]
    return sorted(out, key=lambda b: b.at, reverse=True)


def record_offsite_copy(ctx: AppContext, backup_name: str, location: str, copied_on: dt.date,
                        note: str = "") -> OffsiteCopy:
    """Record that the backup `backup_name` was copied to another physical location (art. 15); audited.

    The location is free text (a building, a safe, another server's name): what an inspector asks for."""
    require(ctx.actor, OPERATORS, action=msg("Yetki", "yedeğin başka yere kopyasını kaydetmek"))
    name, where = (backup_name or "").strip(), " ".join((location or "").split())
    known = {b.name: b for b in backups(ctx)}
    errors = {}
    if name not in known:
        errors["backup"] = msg("Yönetim", "Tamamlanmış bir yedek bulunamadı: {value}.").format(value=name or '(boş)')
    if not where:
        errors["location"] = msg("Yönetim", "Kopyanın bulunduğu yeri yazın (bina, kasa ya da sunucu adı).")
    today = ctx.clock.today()
    if copied_on > today:
        errors["copied_on"] = msg("Yönetim", "Kopyalama tarihi ileri bir tarih olamaz ({copied_on:%d.%m.%Y}).").format(
                                  copied_on=copied_on)
    elif name in known and copied_on < local_date(known[name].at):
        errors["copied_on"] = (msg("Yönetim", "Kopyalama tarihi yedeğin alındığı günden ({at:%d.%m.%Y}) önce "
                                              "olamaz.").format(at=local_date(known[name].at)))
    if errors:
        raise ValidationFailed(errors)
    with ctx.write() as s:
        record_event(s, OFFSITE_TABLE, name, {"location": where, "copied_on": copied_on.isoformat(),
                                              "note": note.strip(), "file_sha256": known[name].file_sha256})
    return OffsiteCopy(name, where, copied_on, note.strip(), ctx.actor.username)


def reminders(ctx: AppContext) -> Reminders:
    """The reminders due today for the administrator: a backup, an off-site copy, a restore test."""
    rules = backup_rules(ctx)
    today = ctx.clock.today()
    done = backups(ctx)
    newest = done[0] if done else None
    backup_due = None
    if newest is None:
        backup_due = msg("Yönetim", "Hiç yedek alınmamış. Yönetmelik (SBYS md. 15) veritabanının düzenli "
                                    "yedeklenmesini ister.")
    elif (today - local_date(newest.at)).days > rules.backup_days:
        backup_due = msg("Yönetim", "Son yedek {day} tarihinde alınmış ({days} günden eski). Yönetmelik (SBYS md. "
                                    "15) düzenli yedek ister.").format(day=f"{local_date(newest.at):%d.%m.%Y}",
                                                                       days=rules.backup_days)
    copies = [c for b in done for c in b.offsite]
    last_copy = max((c.copied_on for c in copies), default=None)
    offsite_due = None
    if newest is not None and last_copy is None:
        offsite_due = msg("Yönetim", "Hiçbir yedeğin başka bir fiziksel yere kopyalandığı kaydedilmemiş (SBYS md. "
                                     "15). Kopyalayıp Bakım'da \"Başka yere kopyalandı…\" ile kaydedin.")
    elif last_copy is not None and (today - last_copy).days > rules.offsite_days:
        offsite_due = msg("Yönetim", "Yedeğin başka bir fiziksel yere son kopyası {day} tarihli ({days} günden eski; "
                                     "SBYS md. 15).").format(day=f"{last_copy:%d.%m.%Y}", days=rules.offsite_days)
    last_test = last_successful_restore_test(ctx)
    return Reminders(backup_due, offsite_due, overdue_after(last_test, today), last_test)


__all__ = ["BackupRecord", "BackupRules", "OffsiteCopy", "Reminders", "backup_rules", "backups",
           "record_offsite_copy", "reminders", "set_backup_rules"]
