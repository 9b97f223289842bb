"""Long work reports progress and can be cancelled: a cancelled export, backup or restore test leaves nothing
half written; an export or backup is audited from its start, so a cancelled one is recorded as started and
cancelled (a restore test records nothing)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Base
from app.workflows.admin import backup, export
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import FixedClock
from app.workflows.common.progress import WorkCancelled
from app.workflows.ism import intake
from tests.support.ism import TODAY, form, izmir_desk, vendor

TABLES = len(Base.metadata.sorted_tables)


@pytest.fixture
def filled(ctx):
    v, p = vendor(ctx)
    intake.receive(izmir_desk(ctx), form(v, p))
    admin = ctx.as_user(default_actor(ctx))
    admin.clock = FixedClock.on(TODAY, hour=14)
    return admin


def states(ctx, table: str) -> list[str]:
    with ctx.read() as s:
        return [(a or {}).get("state", "") for a in s.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "event", AuditEntry.table_name == table)
            .order_by(AuditEntry.id))]


class StopAfter:
    """progress + cancel pair: cancel() turns True once progress has reached `steps`."""

    def __init__(self, steps: int) -> None:
        self.steps, self.seen = steps, []

    def progress(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    def cancel(self) -> bool:
        return bool(self.seen) and self.seen[-1][0] >= self.steps


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_cancelled_export_leaves_no_folder_and_is_recorded_as_cancelled(filled, tmp_path, fmt):
    out = tmp_path / "disa"
    stop = StopAfter(5)
    with pytest.raises(export.ExportCancelled) as caught:
        export.export(filled, out, fmt, progress=stop.progress, cancel=stop.cancel)
    assert isinstance(caught.value, WorkCancelled) and "iptal edildi" in caught.value.message
    assert list(out.iterdir()) == []                      # the half-written folder is gone
    assert stop.seen[0] == (0, TABLES) and stop.seen[-1] == (5, TABLES)
    assert states(filled, "export") == ["started", "cancelled"]


def test_an_export_reports_every_table(filled, tmp_path):
    seen = []
    res = export.export(filled, tmp_path, "json", progress=lambda d, t: seen.append((d, t)), cancel=lambda: False)
    assert seen == [(i, TABLES) for i in range(TABLES + 1)]
    assert res.folder.is_dir() and states(filled, "export") == ["started", "finished"]


def test_a_cancelled_backup_leaves_no_folder_and_is_recorded_as_cancelled(filled, tmp_path):
    out = tmp_path / "yedekler"
    out.mkdir()
    stop = StopAfter(3)                     # after the copy and two table digests
    with pytest.raises(backup.BackupCancelled):
        backup.backup(filled, out, progress=stop.progress, cancel=stop.cancel)
    assert list(out.iterdir()) == []
    assert stop.seen[-1] == (3, TABLES + 1)
    assert states(filled, "backup") == ["started", "cancelled"]


def test_a_backup_cancelled_during_the_copy_stops_the_copy(filled, tmp_path):
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1               # the first check (before anything is written) lets it start

    out = tmp_path / "yedekler"
    out.mkdir()
    with pytest.raises(backup.BackupCancelled):
        backup.backup(filled, out, cancel=cancel)
    assert list(out.iterdir()) == [] and states(filled, "backup") == ["started", "cancelled"]


def test_a_backup_reports_the_copy_then_every_table(filled, tmp_path):
    seen = []
    res = backup.backup(filled, tmp_path, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(i, TABLES + 1) for i in range(TABLES + 2)]
    assert (res.folder / "manifest.json").is_file()


def test_a_cancelled_restore_test_writes_no_tutanak_and_records_nothing(filled, tmp_path):
    res = backup.backup(filled, tmp_path / "yedekler")
    scratch = tmp_path / "deneme"
    stop = StopAfter(2)
    with pytest.raises(backup.RestoreTestCancelled):
        backup.restore_test(filled, res.folder, scratch, progress=stop.progress, cancel=stop.cancel)
    assert not scratch.exists() or list(scratch.iterdir()) == []
    assert backup.restore_tests(filled) == []
    done = backup.restore_test(filled, res.folder, scratch)   # the same backup still tests fine afterwards
    assert done.ok and done.report.is_file()
