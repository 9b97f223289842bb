"""SBYS art. 15: databases are backed up regularly and a copy goes to another physical location. The
administrator is reminded when the last backup or the last off-site copy is older than the shared setting."""

from __future__ import annotations

import datetime as dt

import pytest

import app.cli.main as cli
from app.workflows.admin import backup, backup_schedule
from app.workflows.admin.backup_schedule import BackupRules
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import FixedClock
from app.workflows.common.errors import PermissionDenied, ValidationFailed
from app.workflows.common.vocabulary import Role
from tests.support.accounts import cli_admin
from tests.support.ism import TODAY, officer


@pytest.fixture(autouse=True)
def _admin_commands(monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.admin"])


@pytest.fixture
def admin(ctx):
    a = ctx.as_user(default_actor(ctx))
    a.clock = FixedClock.on(TODAY, hour=14)
    return a


def _on(ctx, day: dt.date):
    later = ctx.as_user(ctx.actor)
    later.clock = FixedClock.on(day, hour=9)
    return later


def test_a_database_never_backed_up_is_reminded_of_both(admin):
    due = backup_schedule.reminders(admin)
    assert due.backup and "Hiç yedek alınmamış" in due.backup
    assert due.offsite is None      # nothing to copy yet
    assert due.restore_test and due.any


def test_a_backup_is_listed_and_resets_the_reminder_for_the_interval(admin, tmp_path):
    res = backup.backup(admin, tmp_path)
    [listed] = backup_schedule.backups(admin)
    assert listed.name == res.folder.name and listed.file_sha256 == res.manifest["file_sha256"]
    assert listed.by == admin.actor.username and listed.offsite == []
    assert backup_schedule.reminders(_on(admin, TODAY + dt.timedelta(days=7))).backup is None
    late = backup_schedule.reminders(_on(admin, TODAY + dt.timedelta(days=8))).backup
    assert late and "02.03.2026" in late and "7 günden eski" in late


def test_the_off_site_copy_is_recorded_and_clears_its_reminder(admin, tmp_path):
    res = backup.backup(admin, tmp_path)
    assert "kopyalandığı kaydedilmemiş" in backup_schedule.reminders(admin).offsite
    copy = backup_schedule.record_offsite_copy(admin, res.folder.name, "  Ek hizmet binası,   kasa 2 ",
                                               TODAY, "harici disk")
    assert copy.location == "Ek hizmet binası, kasa 2"
    [listed] = backup_schedule.backups(admin)
    assert [(c.location, c.copied_on, c.note) for c in listed.offsite] == [
        ("Ek hizmet binası, kasa 2", TODAY, "harici disk")]
    assert backup_schedule.reminders(admin).offsite is None
    month_later = backup_schedule.reminders(_on(admin, TODAY + dt.timedelta(days=31))).offsite
    assert month_later and "30 günden eski" in month_later


def test_an_off_site_copy_must_name_a_real_backup_a_place_and_a_possible_date(admin, tmp_path):
    res = backup.backup(admin, tmp_path)
    with pytest.raises(ValidationFailed) as err:
        backup_schedule.record_offsite_copy(admin, "ush-izin-yok", "", TODAY + dt.timedelta(days=1))
    assert set(err.value.errors) == {"backup", "location", "copied_on"}
    with pytest.raises(ValidationFailed) as err:
        backup_schedule.record_offsite_copy(admin, res.folder.name, "Kasa", TODAY - dt.timedelta(days=1))
    assert "yedeğin alındığı günden" in err.value.errors["copied_on"]
    assert backup_schedule.backups(admin)[0].offsite == []


def test_intervals_are_a_shared_setting_changed_by_the_administrator_only(admin, tmp_path):
    backup.backup(admin, tmp_path)
    backup_schedule.set_backup_rules(admin, BackupRules(backup_days=1, offsite_days=2))
    assert backup_schedule.backup_rules(admin) == BackupRules(1, 2)
    assert backup_schedule.reminders(_on(admin, TODAY + dt.timedelta(days=2))).backup
    with pytest.raises(ValidationFailed):
        backup_schedule.set_backup_rules(admin, BackupRules(backup_days=0))
    auditor = admin.as_user(officer(admin, "denetci", Role.AUDITOR, None, "Deniz Ağaoğlu"))
    with pytest.raises(PermissionDenied):
        backup_schedule.set_backup_rules(auditor, BackupRules())
    with pytest.raises(PermissionDenied):
        backup_schedule.record_offsite_copy(auditor, "x", "Kasa", TODAY)


def test_cli_lists_backups_and_records_the_off_site_copy(admin, target, tmp_path, capsys, monkeypatch):
    url = target.url.render_as_string(hide_password=False)
    me = cli_admin(admin, monkeypatch)
    assert cli.main(["--db", url, "backup", str(tmp_path / "y"), *me]) == 0
    name = next((tmp_path / "y").iterdir()).name
    capsys.readouterr()
    assert cli.main(["--db", url, "offsite-copy", name, "--location", "İl Sağlık Müdürlüğü arşivi",
                     "--date", dt.date.today().isoformat(), *me]) == 0
    assert "kaydedildi" in capsys.readouterr().out
    assert cli.main(["--db", url, "backups", *me]) == 0
    out = capsys.readouterr().out
    assert name in out and "İl Sağlık Müdürlüğü arşivi" in out
    assert cli.main(["--db", url, "offsite-copy", name, "--location", "", *me]) != 0
    assert "Kopyanın bulunduğu yeri" in capsys.readouterr().err
