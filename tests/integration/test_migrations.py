"""Schema migrations: empty to head, one step down and up again, older databases upgraded after a backup,
newer or foreign databases refused untouched."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import warnings
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from app.config import data_dir
from app.models import Base, Facility, SystemSetting
from app.storage import migrate
from app.storage.database import DatabaseUnavailable, Target, make_engine, sqlite_url
from app.workflows.admin.bootstrap import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


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
    """Columns and indexes of each table (SQLite's expression index is not reflected: tested on its own below)."""
    with engine.connect() as c, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        insp = inspect(c)
        return {t: sorted(col["name"] for col in insp.get_columns(t)) + sorted(str(i["name"]) for i in insp.get_indexes(t))
                for t in insp.get_table_names()}


def test_downgrade_one_step_and_upgrade_again(empty_target):
    engine = make_engine(empty_target)
    migrate.upgrade(engine)
    head, at_head = migrate.head_revision(), _schema(engine)
    previous = migrate._script().get_revision(head).down_revision
    for refused in ("base", "-1", "0000", head):   # never below the first revision, only named ones, downwards
        with pytest.raises(migrate.DowngradeRefused):
            migrate.downgrade(engine, refused)
    migrate.downgrade(engine, previous)
    assert migrate.status(engine).current == previous
    assert _schema(engine) != at_head
    migrate.upgrade(engine)
    assert migrate.status(engine).current == head
    assert _schema(engine) == at_head
    engine.dispose()


# Indexes for one engine only (migration 0004) live in the migration, not in the models:
# test_the_worklist_sorts_are_served_by_the_indexes checks them.
ENGINE_SPECIFIC_INDEXES = {"sqlite": "ix_facilities_tr_sort", "postgresql": "ix_facilities_name"}


def _not_engine_specific(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    return not (type_ == "index" and name in ENGINE_SPECIFIC_INDEXES.values())


def test_the_schema_matches_the_models_no_migration_is_missing(empty_target):
    """A model change without its migration would show up here as a difference."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(empty_target)
    migrate.upgrade(engine)
    with engine.connect() as c, warnings.catch_warnings():
        # SQLite cannot reflect its expression index; both engine-specific indexes are checked on their own.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index ix_facilities_tr_sort")
        mc = MigrationContext.configure(c, opts={"include_object": _not_engine_specific})
        diff = compare_metadata(mc, Base.metadata)
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
    from sqlalchemy import func

    from app.models import AuditEntry, Province

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


def test_a_database_saved_at_schema_0003_gains_the_worklist_indexes_and_keeps_its_applications(tmp_path):
    """0004 adds indexes only: the applications, their audit trail and the Turkish facility order stay."""
    from app.models import Application, User
    from app.storage.audit import verify_chain
    from app.workflows.common.clock import FixedClock
    from app.workflows.common.context import Actor, AppContext
    from app.workflows.common.vocabulary import Role
    from app.workflows.ism import worklist as ism_worklist

    db = tmp_path / "eski3.db"
    shutil.copyfile(FIXTURES / "schema-0003.db", db)
    res = open_database(target=Target(sqlite_url(db)))
    assert res.upgraded_from == "0003" and res.backup is not None
    with res.ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 3
        assert verify_chain(s)[0]
    with res.ctx.engine.connect() as c:
        indexes = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_applications_province_received", "ix_applications_facility_received",
            "ix_facilities_tr_sort"} <= indexes
    with res.ctx.read() as s:
        u = s.scalars(select(User).where(User.username == "ism35.memur")).one()
        actor = Actor(u.id, u.username, u.full_name, Role(u.role), u.province_id)
    desk = AppContext(res.ctx.engine, res.ctx.target, actor, FixedClock.on(dt.date(2026, 3, 2)))
    rows, total = ism_worklist.worklist(desk, ism_worklist.WorklistFilters(sort="facility", descending=False))
    assert total == 3
    assert [r.facility_name for r in rows] == ["Cebeci Göz Merkezi", "Çankaya Diş Kliniği", "Şişli Tıp Merkezi"]
    res.ctx.engine.dispose()


def _plan(ctx, stmt) -> str:  # type: ignore[no-untyped-def]
    with ctx.engine.connect() as c:
        compiled = stmt.compile(c)
        if c.dialect.name == "sqlite":
            rows = c.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), tuple(compiled.params.values()))
            return "\n".join(r[-1] for r in rows)
        c.exec_driver_sql("SET enable_seqscan = off; SET enable_sort = off")   # tiny tables: can the index serve?
        return "\n".join(r[0] for r in c.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params))


def test_the_worklist_sorts_are_served_by_the_indexes(ctx):
    """The facility sort walks an index on both engines (on SQLite only if the index's expression is the very
    expression the query emits); an İSM desk's newest-first page is read from the province index."""
    from sqlalchemy import select as sel

    from app.models import Application, Facility
    from app.workflows.ism import worklist as ism_worklist

    by_facility = (sel(Application.id).join(Facility, Application.facility_id == Facility.id)
                   .order_by(ism_worklist.facility_sort_key(ctx.engine.dialect.name), Application.id).limit(200))
    assert ENGINE_SPECIFIC_INDEXES[ctx.engine.dialect.name] in _plan(ctx, by_facility)
    newest_in_province = (sel(Application.id).where(Application.province_id == 34)
                          .order_by(Application.received_on.desc(), Application.received_at.desc(),
                                    Application.id.desc()).limit(200))
    assert "ix_applications_province_received" in _plan(ctx, newest_in_province)


def test_a_database_saved_at_schema_0004_gains_the_dashboard_indexes_and_keeps_its_figures(tmp_path):
    """0005 adds indexes only: the records stay, and the monthly series read through the new indexes count the
    same first notifications and first forwardings as the rows do."""
    from app.models import Application, Notification, Permit, PermitEvent, StateTransition
    from app.storage.audit import verify_chain
    from app.workflows.common.clock import TR, FixedClock
    from app.workflows.common.context import SYSTEM, AppContext
    from app.workflows.dashboard import figures as dashboard

    db = tmp_path / "eski4.db"
    shutil.copyfile(FIXTURES / "schema-0004.db", db)
    res = open_database(target=Target(sqlite_url(db)))
    assert res.upgraded_from == "0004" and res.backup is not None
    with res.ctx.engine.connect() as c:
        indexes = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_notifications_application_sent", "ix_state_transitions_event_application_at",
            "ix_applications_province_received", "ix_facilities_tr_sort"} <= indexes
    today = dt.date(2026, 11, 23)
    since = dt.date(2025, 12, 1)
    with res.ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 40
        assert s.scalar(select(func.count()).select_from(StateTransition)) == 174
        assert verify_chain(s)[0]
        received = {a.id: a.received_on for a in s.scalars(select(Application))}
        first: dict[int, dt.date] = {}
        for n in s.scalars(select(Notification)):
            first[n.application_id] = min(first.get(n.application_id, n.sent_on), n.sent_on)
        forwarded: dict[int, dt.datetime] = {}
        for t in s.scalars(select(StateTransition).where(StateTransition.event == "forward")):
            forwarded[t.application_id] = min(forwarded.get(t.application_id, t.at), t.at)
        issued: dict[int, dt.date] = {}
        for e, p in s.execute(select(PermitEvent, Permit).join(Permit, Permit.id == PermitEvent.permit_id)
                              .where(PermitEvent.kind == "issued", Permit.application_id.is_not(None))):
            issued[p.application_id] = min(issued.get(p.application_id, e.effective_from), e.effective_from)
    months = dashboard.monthly_series(AppContext(res.ctx.engine, res.ctx.target, SYSTEM, FixedClock.on(today)))
    notified = [(sent - received[a]).days for a, sent in first.items() if sent >= since]
    permits = [(on - forwarded[a].astimezone(TR).date()).days for a, on in issued.items()
               if on >= since and a in forwarded]
    assert notified and permits
    assert sum(m.received for m in months) == sum(1 for d in received.values() if d >= since)
    assert sum(m.notified for m in months) == len(notified)
    assert sum(m.permits for m in months) == len(permits)
    assert sum((m.notify_days or 0) * m.notified for m in months) == pytest.approx(sum(notified))
    assert sum((m.permit_days or 0) * m.permits for m in months) == pytest.approx(sum(permits))
    res.ctx.engine.dispose()


def _plans_of_statements(ctx, run) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(statement, plan) of every SELECT that run() sends (PostgreSQL: seq scans and sorts discouraged, as the
    test tables are tiny; the question is whether an index CAN serve the statement)."""
    from sqlalchemy import event

    sent: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(ctx.engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", capture)
    out = []
    with ctx.engine.connect() as c:
        if c.dialect.name == "postgresql":
            c.exec_driver_sql("SET enable_seqscan = off; SET enable_sort = off")
        for statement, parameters in sent:
            if c.dialect.name == "sqlite":
                plan = "\n".join(r[-1] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
            else:
                plan = "\n".join(r[0] for r in c.exec_driver_sql("EXPLAIN " + statement, parameters))
            out.append((statement, plan))
    return out


def test_the_all_provinces_monthly_series_reads_the_0005_indexes(ctx):
    """First notifications come from the (application_id, sent_on) index and first forwardings from the
    (event, application_id, at) index, without the rows (covering: SQLite "COVERING INDEX", PostgreSQL
    "Index Only Scan"); the per-province table from the (province_id, state) index."""
    from app.workflows.common.clock import FixedClock
    from app.workflows.common.context import SYSTEM, AppContext
    from app.workflows.dashboard import figures as dashboard

    admin = AppContext(ctx.engine, ctx.target, SYSTEM, FixedClock.on(dt.date(2026, 11, 23)))
    plans = _plans_of_statements(admin, lambda: (dashboard.monthly_series(admin), dashboard.province_table(admin)))
    sqlite = ctx.engine.dialect.name == "sqlite"
    covering = "USING COVERING INDEX {}" if sqlite else "Index Only Scan using {}"

    def plan_of(fragment: str) -> str:
        found = [p for st, p in plans if fragment in st]
        assert len(found) == 1, fragment
        return found[0]

    assert covering.format("ix_notifications_application_sent") in plan_of("min(notifications.sent_on)")
    assert covering.format("ix_state_transitions_event_application_at") in plan_of("min(state_transitions.at)")
    assert covering.format("ix_applications_province_state") in plan_of("GROUP BY applications.province_id")
    # Received per day from the receipt date index (SQLite: in its order, no sort, no table rows).
    received = plan_of("GROUP BY applications.received_on")
    assert "ix_applications_received_on" in received
    if sqlite:
        assert covering.format("ix_applications_received_on") in received and "TEMP B-TREE" not in received


def test_0009_gives_existing_deletions_their_art_8_ground(empty_target):
    """Before 0009 the desk's only deletion was art. 8/2 ("Uyarı yapılmaksızın silindi: …", a year without a new
    application); every other deletion came from the list rules (no ban). The upgrade records which was which."""
    engine = make_engine(empty_target)
    migrate.upgrade(engine, "0008")
    with engine.begin() as c:
        c.execute(text("INSERT INTO vendors (id, name, name_fold, tax_no, signatory_name, address, version, "
                       "created_at) VALUES (1, 'A', 'a', '1111111114', '', '', 1, :t), "
                       "(2, 'B', 'b', '2222222228', '', '', 1, :t)"), {"t": dt.datetime(2026, 1, 1)})
        for vid, status, reason in ((1, "active", "İlan edildi."),
                                    (1, "deleted", "Uyarı yapılmaksızın silindi: Gerçeğe aykırı belge."),
                                    (2, "deleted", "3 ay içinde aktif listeye dönmedi.")):
            c.execute(text("INSERT INTO vendor_status_events (vendor_id, status, effective_on, reason, legal_basis, "
                           "recorded_at) VALUES (:v, :s, '2026-04-01', :r, 'SBYS Yönetmeliği md. 8', :t)"),
                      {"v": vid, "s": status, "r": reason, "t": dt.datetime(2026, 4, 1)})
    migrate.upgrade(engine)
    with engine.connect() as c:
        rows = c.execute(text("SELECT vendor_id, status, ground FROM vendor_status_events ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(1, "active", None), (1, "deleted", "false_info"),
                                        (2, "deleted", "passive_list")]
    engine.dispose()
