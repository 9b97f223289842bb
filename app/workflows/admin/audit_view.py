"""Reading the audit trail: the viewer's filtered pages and the chain check (administrator and auditor only).

Entries are never changed or deleted (SBYS art. 17: kept at least 5 years); this module only reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.models import AuditEntry
from app.storage.audit import verify_chain
from app.workflows.common.clock import TR
from app.workflows.common.context import AppContext
from app.workflows.common.masking import may_see_full_tckn, scrub
from app.workflows.common.permissions import require
from app.workflows.common.vocabulary import Role

READERS = (Role.ADMIN, Role.AUDITOR)
PAGE_SIZE = 50

ACTION_LABELS = {"insert": "Ekleme", "update": "Değişiklik", "delete": "Silme", "event": "Olay"}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: str
    table_name: str
    row_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def changed_fields(self) -> list[str]:
        """Fields whose value differs between before and after (all fields for an insert or delete)."""
        b, a = self.before or {}, self.after or {}
        return sorted(k for k in set(b) | set(a) if b.get(k) != a.get(k))


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    date_from: dt.date | None = None   # Türkiye dates, inclusive
    date_to: dt.date | None = None
    table_name: str = ""
    row_id: str = ""


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=TR).astimezone(dt.timezone.utc)


def search(ctx: AppContext, flt: AuditFilter = AuditFilter(), page: int = 0, page_size: int = PAGE_SIZE) -> AuditPage:
    """One page of entries, newest first."""
    require(ctx.actor, READERS, action="denetim kayıtlarını görmek")
    conds = []
    if flt.username.strip():
        conds.append(AuditEntry.username == flt.username.strip())
    if flt.date_from:
        conds.append(AuditEntry.at >= _day_start(flt.date_from))
    if flt.date_to:
        conds.append(AuditEntry.at < _day_start(flt.date_to + dt.timedelta(days=1)))
    if flt.table_name.strip():
        conds.append(AuditEntry.table_name == flt.table_name.strip())
    if flt.row_id.strip():
        conds.append(AuditEntry.row_id == flt.row_id.strip())
    page = max(0, page)
    with ctx.read() as s:
        total = s.scalar(select(func.count(AuditEntry.id)).where(*conds)) or 0
        entries = s.scalars(select(AuditEntry).where(*conds).order_by(AuditEntry.id.desc())
                            .offset(page * page_size).limit(page_size)).all()
        # Decision 19: auditors see TC kimlik numbers masked; nobody sees credential material (old entries
        # may still hold a password hash written before app.storage.audit redacted it).
        full = may_see_full_tckn(ctx.actor)
        rows = [AuditRow(e.id, e.at, e.username, e.action, e.table_name, e.row_id,
                         scrub(e.before, full_tckn=full, lockout=False), scrub(e.after, full_tckn=full, lockout=False))
                for e in entries]
    return AuditPage(rows, total, page, page_size)


def usernames(ctx: AppContext) -> list[str]:
    require(ctx.actor, READERS, action="denetim kayıtlarını görmek")
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username)))


def table_names(ctx: AppContext) -> list[str]:
    require(ctx.actor, READERS, action="denetim kayıtlarını görmek")
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name)))


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_id: int | None

    @property
    def text(self) -> str:
        if self.ok:
            return f"OK {self.entries} entries"
        where = f"entry ID: {self.first_bad_id}" if self.first_bad_id is not None else "the chain head (audit_head)"
        return f"BROKEN at {where} ({self.entries} entries verified before it)"


def verify(ctx: AppContext) -> ChainReport:
    """Recompute the whole hash chain (no role check: the CLI runs with database access, see docs/security.md)."""
    with ctx.read() as s:
        ok, count, bad = verify_chain(s)
    return ChainReport(ok, count, bad)
