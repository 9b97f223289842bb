"""Any list (headers + rows) to an Excel workbook (XLSX, openpyxl) or to a CSV file that Turkish Excel opens.

- XLSX: bold header row (frozen, with an autofilter), column widths from the contents, dates and times as real
  Excel dates (shown dd.mm.yyyy), numbers as numbers, Turkish text as it is. A text that starts with "=" is
  stored as text, never as a formula.
- CSV: UTF-8 with a BOM and ";" as the separator (what Excel expects with Turkish regional settings), dates
  as dd.mm.yyyy, times as dd.mm.yyyy HH:MM in Türkiye time.

Files are written next to their final name and moved into place only when complete, so a failure (disk full,
folder not writable) leaves any earlier file of that name untouched and no half-written file behind.

`export_list` is what the screens and the CLI call: it checks that the acting user may export that list, writes
the file and records an audit event in the same step (the file is moved into place inside the audit transaction:
no audited export without its file, no file without its audit entry). No Qt; the screens call it through
app.ui.export_menu.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.storage.files import make_private
from app.workflows.common.clock import TR
from app.workflows.common.context import AppContext
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.messages import msg
from app.workflows.common.permissions import ISM, SHGM, require
from app.workflows.common.progress import WorkCancelled
from app.workflows.common.vocabulary import Role

Cell = str | int | float | decimal.Decimal | dt.date | dt.datetime | bool | None
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
CSV_SEPARATOR = ";"
MAX_WIDTH = 60
FORMULA_START = ("=", "+", "-", "@")   # CSV: such texts are quoted with a leading apostrophe (no injection)


def _local(moment: dt.datetime) -> dt.datetime:
    """Excel knows no time zones: an aware time is written as Türkiye wall-clock time."""
    return moment.astimezone(TR).replace(tzinfo=None) if moment.tzinfo is not None else moment


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Evet" if value else "Hayır"
    if isinstance(value, dt.datetime):
        return f"{_local(value):%d.%m.%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, float | decimal.Decimal):
        return str(value).replace(".", ",")     # Turkish decimal comma
    return str(value)


def _width(value: Cell) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in _text(value).splitlines()), default=0)


def write_xlsx(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]],
               sheet_title: str = "Liste", title: str = "") -> Path:
    """Write the list to `path` as an XLSX workbook with one sheet; returns the path.

    With `title` a bold line is written above the header (e.g. a report's name and period)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_title(sheet_title)
    bold = Font(bold=True)
    widths = [len(h) for h in headers]
    first = 1
    if title:
        ws.cell(row=1, column=1, value=_xlsx_text(title)).font = Font(bold=True, size=13)
        first = 3
    for c, header in enumerate(headers, start=1):
        ws.cell(row=first, column=c, value=_xlsx_text(str(header))).font = bold
    r = first
    for r, row in enumerate(rows, start=first + 1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, dt.datetime):
                cell.value = _local(value)
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.value = value
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str):
                cell.value = _xlsx_text(value)
                cell.data_type = "s"          # "=…" stays text, never a formula
            else:
                cell.value = value
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], _width(value))
            else:
                widths.append(_width(value))
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = min(MAX_WIDTH, width + 2)
    if headers:
        ws.freeze_panes = ws.cell(row=first + 1, column=1)
        ws.auto_filter.ref = f"A{first}:{get_column_letter(len(headers))}{max(r, first)}"
    with _replacing(path) as tmp:
        wb.save(tmp)
    return path


def _xlsx_text(text: str) -> str:
    """XML 1.0 cannot hold control characters (U+0000…U+001F except tab and line breaks): openpyxl refuses
    them. One already in the data (an old record, an import) is shown as U+FFFD instead of failing the export."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)


def _sheet_title(title: str) -> str:
    title = _xlsx_text(title).replace("\ufffd", " ")
    for ch in "[]:*?/\\":
        title = title.replace(ch, " ")
    return (title.strip() or "Liste")[:31]


def _csv_text(value: Cell) -> str:
    text = _text(value)
    if isinstance(value, str) and text.startswith(FORMULA_START):
        return "'" + text
    return text


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """Write the list to `path` as CSV: UTF-8 with BOM, ';' separated, RFC 4180 quoting; returns the path."""
    path = Path(path)
    with _replacing(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=CSV_SEPARATOR, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(list(headers))
        for row in rows:
            w.writerow([_csv_text(v) for v in row])
    return path


def write(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], sheet_title: str = "Liste",
          title: str = "") -> Path:
    """XLSX or CSV by the file's suffix (.xlsx / .csv)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, headers, rows, sheet_title, title)
    if suffix == ".csv":
        return write_csv(path, headers, rows)
    raise ValueError(f"unknown export format: {suffix!r}")


# --- writing safely -----------------------------------------------------------------------------------------------

class _replacing:
    """`with _replacing(path) as tmp:` write to `tmp` (same folder); on success `tmp` replaces `path`, on any
    error `tmp` is removed and `path` is left as it was. With `keep=True` the move is left to the caller
    (`commit()`), so it can happen inside another transaction."""

    def __init__(self, path: Path, keep: bool = False) -> None:
        self.path = path
        self.keep = keep
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")

    def __enter__(self) -> Path:
        if not self.path.parent.is_dir():
            raise FileNotFoundError(2, "Klasör bulunamadı", str(self.path.parent))
        self._remove_orphans()
        return self.tmp

    def _remove_orphans(self) -> None:
        """Temporary files of this name left by a writer that was killed (its process is gone)."""
        for old in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            pid = old.name[len(self.path.name) + 2:-4]
            if pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
                try:
                    old.unlink()
                except OSError:
                    pass

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        if exc_type is not None:
            self.discard()
        elif not self.keep:
            self.commit()

    def commit(self) -> None:
        try:
            make_private(self.tmp)           # personal data: the owner only (0600)
            os.replace(self.tmp, self.path)
        except OSError:
            self.discard()
            raise

    def discard(self) -> None:
        try:
            self.tmp.unlink()
        except OSError:
            pass


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True          # exists, but not ours to signal
    return True


# --- audited exports of the lists the application shows -----------------------------------------------------------

ALL_ROLES = tuple(Role)
OVERSIGHT = (Role.ADMIN, Role.AUDITOR)


@dataclass(frozen=True)
class ListKind:
    label: str                  # a Message: Turkish in the audit entry, translated in the refusal message
    roles: tuple[Role, ...]     # who may export it


LIST_KINDS: dict[str, ListKind] = {
    # every role that has a list of applications (İSM users: their province only, enforced by the query)
    "applications": ListKind(msg("Tablolar", "başvuru listesi"), ALL_ROLES),
    "dashboard": ListKind(msg("Tablolar", "gösterge paneli tablosu"), ALL_ROLES),
    "monthly_report": ListKind(msg("Tablolar", "aylık İSM raporu"), (*ISM, *SHGM, *OVERSIGHT)),
    "shgm_queue": ListKind(msg("Tablolar", "SHGM listesi"), (*SHGM, *OVERSIGHT)),
    "kts_vendors": ListKind(msg("Tablolar", "USBS üreticileri listesi"), (Role.KTS_OFFICER, *OVERSIGHT)),
    "kts_scores": ListKind(msg("Tablolar", "Genel Yetkinlik Puanı listesi"), ALL_ROLES),     # published (SBYS md. 20)
    "audit_trail": ListKind(msg("Tablolar", "denetim kaydı"), OVERSIGHT),
    "users": ListKind(msg("Tablolar", "kullanıcı listesi"), OVERSIGHT),
}
FORMATS = {".xlsx": "xlsx", ".csv": "csv"}


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    rows: int
    format: str


class _Counted:
    """Counts the rows as the writer consumes them (the rows may be a generator fetching page by page)."""

    def __init__(self, rows: Iterable[Sequence[Any]]) -> None:
        self.rows = rows
        self.count = 0

    def __iter__(self) -> Iterator[Sequence[Any]]:
        for row in self.rows:
            self.count += 1
            yield row


def export_list(ctx: AppContext, kind: str, path: str | Path, headers: Sequence[str],
                rows: Iterable[Sequence[Any]] | Callable[[], Iterable[Sequence[Any]]], *, title: str = "",
                sheet_title: str = "", details: dict[str, Any] | None = None) -> ExportedFile:
    """Write a list the user sees to `path` (.xlsx or .csv) and record who exported what (audit event
    `list_export`). Refused for a role that may not export that list; nothing is written then.

    `details` (e.g. the filters) go into the audit entry. Recorded from its first byte: state "started" before
    anything is written, "finished" in the transaction that moves the complete file into place, "failed" or
    "cancelled" otherwise; on any failure no file replaces an existing one. A killed export leaves only its
    hidden temporary file, removed (and recorded as "abandoned") at the next start or export."""
    what = LIST_KINDS.get(kind)
    if what is None:
        raise ValueError(f"unknown list kind: {kind!r}")
    require(ctx.actor, what.roles, action=msg("Yetki", "{what} dışa aktarmak").format(what=what.label))
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValidationFailed({"path": msg("Hatalar", "Dosya adı .xlsx ya da .csv ile bitmelidir.")})
    from app.storage.audit import record_event

    target = _replacing(path, keep=True)
    base = {"list": what.label, "file": path.name, "folder": str(path.parent), "format": fmt,
            "partial": str(target.tmp), "title": title, **(details or {})}
    with ctx.write() as s:                                   # before the first byte
        record_event(s, "list_export", kind, {**base, "state": "started"})
    counted = _Counted(rows() if callable(rows) else rows)
    try:
        with target as tmp:
            if fmt == "xlsx":
                write_xlsx(tmp, headers, counted, sheet_title=sheet_title or what.label, title=title)
            else:
                write_csv(tmp, headers, counted)
        with ctx.write() as s:
            record_event(s, "list_export", kind, {**base, "rows": counted.count, "state": "finished"})
            s.flush()
            target.commit()       # inside the transaction: a failed move rolls the audit entry back
    except BaseException as exc:
        target.discard()
        state = "cancelled" if isinstance(exc, WorkCancelled) else "failed"
        try:
            with ctx.write() as s:
                record_event(s, "list_export", kind, {**base, "state": state, "error": type(exc).__name__})
        except Exception:        # the first error is the one to report; the next start closes the entry
            logging.getLogger(__name__).exception("could not record the end of a list export")
        raise
    return ExportedFile(path, counted.count, fmt)
