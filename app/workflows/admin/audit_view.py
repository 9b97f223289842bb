"""Reading the audit trail: the viewer's filtered pages and the chain check (administrator and auditor only).

Entries are never changed or deleted (SBYS art. 17: kept at least 5 years); this module only reads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Application, AuditEntry, Permit
from app.workflows.common.clock import TR
from app.workflows.common.context import AppContext
from app.workflows.common.field_labels import field_label
from app.workflows.common.masking import may_see_full_tckn, scrub
from app.workflows.common.messages import msg
from app.workflows.common.permissions import require
from app.workflows.common.states import STATE_LABELS
from app.workflows.common.table_labels import table_label
from app.workflows.common.vocabulary import (
    ANSWER_LABELS,
    CHANNEL_LABELS,
    DOCUMENT_KIND_LABELS,
    ROLE_LABELS,
    VENDOR_STATUS_LABELS,
    Role,
)

READERS = (Role.ADMIN, Role.AUDITOR)
PAGE_SIZE = 50

ACTION_LABELS = {"insert": msg("Denetim", "Ekleme"), "update": msg("Denetim", "Değişiklik"),
                 "delete": msg("Denetim", "Silme"), "event": msg("Denetim", "Olay")}


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
    record: str = ""          # the number officials know for the row (an application's or permit's number)

    @property
    def row_text(self) -> str:
        """The application or permit number with the internal row id after it; other rows by their id."""
        return f"{self.record} ({self.row_id})" if self.record else self.row_id

    @property
    def changed_fields(self) -> list[str]:
        """Fields whose value differs between before and after (all fields for an insert or delete)."""
        b, a = self.before or {}, self.after or {}
        return sorted(k for k in set(b) | set(a) if b.get(k) != a.get(k))

    @property
    def table_label(self) -> str:
        return table_label(self.table_name)

    def fields(self) -> list[FieldChange]:
        """Each field with the name officials know and its values as they read them; changed fields first."""
        b, a = self.before or {}, self.after or {}
        changed = set(self.changed_fields)
        keys = sorted(set(b) | set(a), key=lambda k: (k not in changed, field_label(k)))
        return [FieldChange(k, field_label(k), value_text(k, b.get(k)) if b else "",
                            value_text(k, a.get(k)) if a else "", k in changed and self.action == "update")
                for k in keys]


@dataclass(frozen=True)
class FieldChange:
    field: str          # the column (for the raw view and the secret fields)
    label: str          # the name officials know (a Message)
    before: str
    after: str
    changed: bool


# Coded values by field: the label officials know instead of the code.
_CODES: dict[str, dict[Any, str]] = {
    "state": STATE_LABELS, "from_state": STATE_LABELS, "to_state": STATE_LABELS, "role": ROLE_LABELS,
    "answer": ANSWER_LABELS, "channel": CHANNEL_LABELS, "send_channel": CHANNEL_LABELS,
    "status": VENDOR_STATUS_LABELS, "action": ACTION_LABELS, "document_kind": DOCUMENT_KIND_LABELS,
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?")


def value_text(field: str, value: Any) -> str:
    """A stored value as an official reads it: dates dd.mm.yyyy (moments in Türkiye time), codes by their labels,
    yes/no; a nested record (JSON) only as a count (its content is under "Ayrıntılar")."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return msg("Denetim", "Evet") if value else msg("Denetim", "Hayır")
    if isinstance(value, (dict, list)):
        return msg("Denetim", "({n} öğe; Ayrıntılar'da)").format(n=len(value))
    if isinstance(value, str):
        if (labels := _CODES.get(field)) is not None and value in labels:
            return labels[value]
        if _DATE.fullmatch(value):
            return f"{value[8:10]}.{value[5:7]}.{value[0:4]}"
        if _MOMENT.fullmatch(value):
            try:
                at = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return value
            at = at.astimezone(TR) if at.tzinfo else at
            return f"{at:%d.%m.%Y %H:%M}"
    return str(value)


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
    require(ctx.actor, READERS, action=msg("Yetki", "denetim kayıtlarını görmek"))
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
        numbers = _record_numbers(s, entries)
        rows = [AuditRow(e.id, e.at, e.username, e.action, e.table_name, e.row_id,
                         scrub(e.before, full_tckn=full, lockout=False), scrub(e.after, full_tckn=full, lockout=False),
                         numbers.get((e.table_name, e.row_id), ""))
                for e in entries]
    return AuditPage(rows, total, page, page_size)


_NUMBERED = {"applications": Application, "permits": Permit}   # rows officials know by a number, not an id


def _record_numbers(s: Session, entries: Sequence[AuditEntry]) -> dict[tuple[str, str], str]:
    """(table, row id) -> number for the page's applications and permits: one query per table."""
    out: dict[tuple[str, str], str] = {}
    for table, model in _NUMBERED.items():
        ids = {int(e.row_id) for e in entries if e.table_name == table and e.row_id.isdigit()}
        if ids:
            out.update({(table, str(i)): n for i, n in s.execute(select(model.id, model.number)
                                                                  .where(model.id.in_(ids)))})
    return out


def usernames(ctx: AppContext) -> list[str]:
    require(ctx.actor, READERS, action=msg("Yetki", "denetim kayıtlarını görmek"))
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.username).distinct().order_by(AuditEntry.username)))


def table_names(ctx: AppContext) -> list[str]:
    require(ctx.actor, READERS, action=msg("Yetki", "denetim kayıtlarını görmek"))
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
