"""Reading the audit trail: the viewer's filtered pages and the chain check (administrator and auditor only).

Entries are never changed or deleted (SBYS art. 17: kept at least 5 years); this module only reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from app.models import AuditEntry
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
    problems: tuple[str, ...] = ()   # every broken range and checkpoint disagreement, one line each
    notes: tuple[str, ...] = ()      # what could not be checked (not a failure)

    @property
    def text(self) -> str:
        if self.ok:
            return f"OK {self.entries} entries"
        if self.first_bad_id is not None:
            first = f"BROKEN at entry ID: {self.first_bad_id} ({self.entries} entries verified before it)"
        elif self.problems and self.problems[0].startswith("chain head"):
            first = f"BROKEN at the chain head (audit_head) ({self.entries} entries verified before it)"
        else:
            first = f"BROKEN: the chain disagrees with its checkpoints ({self.entries} entries read)"
        return "\n".join([first, *(f"  - {p}" for p in self.problems)])


def verify(ctx: AppContext) -> ChainReport:
    """The chain recomputed whole and compared with its head row and every signed checkpoint found in the database
    and the data folder (app.workflows.admin.audit_anchor). No role check: the CLI runs with database access
    (docs/security.md); checking signatures needs only public keys."""
    from app.workflows.admin.audit_anchor import check

    res = check(ctx)
    chain = res.chain
    lines = [f"broken entries: ID {a}" + (f"–{b}" if b != a else "") for a, b in chain.breaks]
    head = {"missing": "chain head (audit_head): the head row is missing",
            "hash": f"chain head (audit_head): its hash is not the hash the chain ends with (entry {chain.last_id})",
            "count": f"chain head (audit_head): it counts {chain.head_entries} entries, the table holds {chain.entries}",
            "empty": "chain head (audit_head): the audit table is empty while other tables hold rows"}
    heads = [head[p] for p in chain.head_problems]
    if not chain.breaks:
        lines = heads + lines
    else:
        lines += heads
    return ChainReport(res.ok, chain.confirmed_before_break, chain.breaks[0][0] if chain.breaks else None,
                       tuple(lines + res.problems), tuple(res.notes))
