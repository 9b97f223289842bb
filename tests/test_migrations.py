"""Schema migrations: empty to head, one step down and up again, older databases upgraded after a backup,
newer or foreign databases refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from app.config import data_dir
from app.models import Base, Facility, SystemSetting
from app.storage import migrate
from app.storage.database import DatabaseUnavailable, Target, make_engine, sqlite_url
from app.workflows.bootstrap import open_database

FIXTURES = Path(__file__).parent / "fixtures" / "db"


def _tables(engine) -> set[str]:
    with engine.connect() as c:
        return set(inspect(c).get_table_names()) - {"alembic_version"}


def test_empty_database_upgrades_to_head_with_every_model_table(empty_target):
    engine = make_engine(empty_target)
    assert migrate.status(engine).state == "empty"
    migrate.upgrade(engine)
    assert migrate.status(engine).state == "current"
    assert _tables(engine) == set(Base.metadata.tables)
    engine.dispose()


def _schema(engine) -> dict[str, list[str]]:
    with engine.connect() as c:
        insp = inspect(c)
        return {t: sorted(col["name"] for col in insp.get_columns(t)) for t in insp.get_table_names()}


def test_downgrade_one_step_and_upgrade_again(empty_target):
    engine = make_engine(empty_target)
    migrate.upgrade(engine)
    head, at_head = migrate.head_revision(), _schema(engine)
    previous = migrate._script().get_revision(head).down_revision
    migrate.downgrade(engine, "-1")
    assert migrate.status(engine).current == previous
    assert _schema(engine) != at_head
    migrate.upgrade(engine)
    assert migrate.status(engine).current == head
    assert _schema(engine) == at_head
    engine.dispose()


def test_the_schema_matches_the_models_no_migration_is_missing(empty_target):
    """A model change without its migration would show up here as a difference."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(empty_target)
    migrate.upgrade(engine)
    with engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
    assert diff == []
    engine.dispose()


def test_a_database_saved_at_schema_0001_is_backed_up_then_upgraded_keeping_its_records(tmp_path):
    db = tmp_path / "eski.db"
    shutil.copyfile(FIXTURES / "schema-0001.db", db)
    res = open_database(target=Target(sqlite_url(db)))
    assert res.upgraded_from == "0001"
    assert res.backup is not None and res.backup.parent == data_dir() / "backups"
    with res.ctx.read() as s:
        assert s.scalars(select(Facility.name)).one() == "Özel Işıklı Göğüs Tıp Merkezi"
        rules = s.get(SystemSetting, "clock_rules")
        assert rules.value == {"period_days": 15, "eve_is_working_day": True}
    assert migrate.status(res.ctx.engine).state == "current"
    # The backup is the database as it was: old schema, same records.
    with sqlite3.connect(res.backup) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert c.execute("SELECT name FROM facilities").fetchall() == [("Özel Işıklı Göğüs Tıp Merkezi",)]
    res.ctx.engine.dispose()


def test_a_database_newer_than_the_program_is_refused_and_left_untouched(target):
    engine = make_engine(target)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999_gelecek'"))
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(target=target)
    assert err.value.reason == "newer_schema"
    assert "daha yeni" in err.value.message
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_gelecek"
    engine.dispose()


def test_a_database_of_another_program_is_refused(empty_target):
    engine = make_engine(empty_target)
    with engine.begin() as c:
        c.execute(text("CREATE TABLE muhasebe (id integer primary key)"))
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(target=empty_target)
    assert err.value.reason == "foreign" and "ait değil" in err.value.message
    assert _tables(engine) == {"muhasebe"}
    engine.dispose()


def test_opening_twice_loads_reference_data_once(target):
    from app.models import AuditEntry, Province
    from sqlalchemy import func

    first = open_database(target=target)
    with first.ctx.read() as s:
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
        assert s.scalar(select(func.count()).select_from(Province)) == 81
    first.ctx.engine.dispose()
    second = open_database(target=target)
    with second.ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audits
        assert s.scalar(select(func.count()).select_from(Province)) == 81
    second.ctx.engine.dispose()


def test_a_database_saved_at_schema_0002_keeps_its_vendor_and_gains_the_access_code_dates(tmp_path):
    from app.models import Vendor

    db = tmp_path / "eski2.db"
    shutil.copyfile(FIXTURES / "schema-0002.db", db)
    res = open_database(target=Target(sqlite_url(db)))
    assert res.upgraded_from == "0002" and res.backup is not None
    with res.ctx.read() as s:
        v = s.scalars(select(Vendor)).one()
        assert (v.name, v.tax_no, v.access_code_closes_on) == ("Çağrı Sağlık Yazılımları A.Ş.", "4840847211", None)
    res.ctx.engine.dispose()
