"""Long writes of personal data to files (the full export, backups) that are audited from the first byte.

`audited_folder(ctx, table, final, details)`:
- records the event `<table>` with state "started" (who, where, what) before anything is written;
- yields a `Writing` whose `path` is a hidden partial folder next to `final` (mode 0700, app.storage.files);
- `writing.finish(extra)` records state "finished" and renames the folder to `final` inside that transaction
  (a failed rename rolls the entry back; files 0600);
- leaving the block otherwise (an error, a cancel) removes the partial folder and records "cancelled" or
  "failed".

A writer that is killed leaves only the hidden partial folder and an unclosed "started" entry.
`cleanup_unfinished(ctx)` (run at the desktop application's start and before every export and backup) removes
such folders once nobody holds their lock and records "abandoned"; a final folder that exists without its
"finished" entry (killed between the rename and the commit) is recorded as "abandoned" too, and reported.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import AuditEntry
from app.storage.audit import record_event
from app.storage.database import disk_full
from app.storage.files import PartialFolder, abandoned, partial_path
from app.workflows.common.context import SYSTEM, AppContext
from app.workflows.common.errors import DiskFull, DomainError
from app.workflows.common.progress import WorkCancelled

log = logging.getLogger(__name__)

STARTED, FINISHED, CANCELLED, FAILED, ABANDONED = "started", "finished", "cancelled", "failed", "abandoned"
CLOSING = (FINISHED, CANCELLED, FAILED, ABANDONED)
TABLES = ("export", "backup", "list_export")


class Writing:
    def __init__(self, ctx: AppContext, table: str, folder: PartialFolder, details: dict[str, Any]) -> None:
        self.ctx, self.table, self.folder, self.details = ctx, table, folder, details
        self.path = folder.path

    def finish(self, extra: dict[str, Any]) -> Path:
        """Record "finished" and move the complete folder into place in the same transaction."""
        with self.ctx.write() as s:
            record_event(s, self.table, self.folder.final.name, {**self.details, **extra, "state": FINISHED})
            s.flush()
            self.folder.commit()
        return self.folder.final


@contextmanager
def audited_folder(ctx: AppContext, table: str, final: Path, details: dict[str, Any]) -> Iterator[Writing]:
    common = {"folder": str(final), "partial": str(partial_path(final)), **details}
    with ctx.write() as s:                                     # before the first byte
        record_event(s, table, final.name, {**common, "state": STARTED})
    folder = PartialFolder(final)
    try:
        with folder as _path:
            yield Writing(ctx, table, folder, common)
            if not folder.committed:
                raise RuntimeError("audited_folder: finish() was not called")
    except BaseException as exc:
        if folder.committed and final.exists():               # renamed, but the "finished" entry was lost
            shutil.rmtree(final, ignore_errors=True)
        state = CANCELLED if isinstance(exc, WorkCancelled) else FAILED
        try:
            with ctx.write() as s:
                record_event(s, table, final.name, {**common, "state": state,
                                                     "error": "" if state == CANCELLED else type(exc).__name__})
        except Exception:       # the first error is the one to report; the next start closes the entry
            log.exception("could not record the end of %s %s", table, final.name)
        if not isinstance(exc, DomainError) and isinstance(exc, Exception) and disk_full(exc):
            raise DiskFull(str(final.parent)) from exc
        raise


def unfinished(ctx: AppContext) -> list[tuple[str, str, dict[str, Any]]]:
    """(table, name, details) of every "started" long write without a closing entry, oldest first."""
    with ctx.read() as s:
        rows = s.execute(select(AuditEntry.table_name, AuditEntry.row_id, AuditEntry.after)
                         .where(AuditEntry.action == "event", AuditEntry.table_name.in_(TABLES))
                         .order_by(AuditEntry.id)).all()
    open_: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
    for table, name, after in rows:
        after = after or {}
        key = (table, after.get("partial") or name)       # the partial path tells two writes of one name apart
        state = after.get("state")
        if state == STARTED:
            open_[key] = (name, after)
        elif state in CLOSING:
            open_.pop(key, None)
    return [(t, n, a) for (t, _k), (n, a) in open_.items()]


def _writer_alive(partial: Path) -> bool:
    """A list export's temporary file is `.<name>.<pid>.tmp`: is that process still running?"""
    import os

    pid = partial.name.rsplit(".", 2)[-2] if partial.name.count(".") >= 2 else ""
    if not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def cleanup_unfinished(ctx: AppContext) -> list[str]:
    """Remove the partial folders of killed exports and backups on this machine and record them as abandoned;
    Turkish notes of what was found (also logged). Writes as the system account."""
    notes: list[str] = []
    for table, name, details in unfinished(ctx):
        partial, final = Path(details.get("partial", "")), Path(details.get("folder", ""))
        what = {"export": "Dışa aktarma", "backup": "Yedekleme"}.get(table, "Liste dışa aktarma")
        if details.get("partial") and partial.is_file():          # a list export's hidden temporary file
            if _writer_alive(partial):
                continue
            partial.unlink(missing_ok=True)
            note = f"{what} yarıda kalmıştı ({final / str(details.get('file', ''))}); yarım dosya silindi."
            extra = {"removed": str(partial)}
        elif table == "list_export":
            continue        # its file is moved into place inside the "finished" transaction: nothing else to find
        elif details.get("partial") and partial.is_dir():
            if not abandoned(partial):
                continue                                    # still being written by a running desk
            shutil.rmtree(partial, ignore_errors=True)
            note = f"{what} yarıda kalmıştı ({final}); yarım klasör silindi."
            extra = {"removed": str(partial)}
        elif details.get("folder") and final.exists():
            note = (f"{what} klasörü ({final}) tamamlanmış görünüyor ama bitişi kaydedilmemiş; klasör yerinde "
                    "bırakıldı, denetim izine işlendi.")
            extra = {"final_exists": True}
        else:
            continue        # written on another machine (or removed by hand): nothing to find here
        try:
            with ctx.write(SYSTEM) as s:
                record_event(s, table, name, {**details, **extra, "state": ABANDONED})
        except Exception:
            log.exception("could not record the abandoned %s %s", table, name)
            continue
        log.warning("%s", note)
        notes.append(note)
    return notes
