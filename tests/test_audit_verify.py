"""`ush-izin audit verify`: the hash chain verifies after normal work, and raw-SQL edits or deletions of one
audit row are found at that entry. On PostgreSQL the database itself refuses UPDATE and DELETE."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

import app.cli.main as cli
from app.models import AuditEntry
from app.workflows import audit_view, users
from app.workflows.bootstrap import default_actor
from app.workflows.vocabulary import Role


@pytest.fixture(autouse=True)
def _admin_commands(monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.admin"])


def _url(target) -> str:
    return target.url.render_as_string(hide_password=False)


def _work(ctx) -> list[int]:
    admin = ctx.as_user(default_actor(ctx))
    for i in range(3):
        users.create_user(admin, f"denetim.{i}", f"Işıl Güneş {i}", Role.AUDITOR)
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def _verify(target, capsys) -> tuple[int, str]:
    rc = cli.main(["--db", _url(target), "audit", "verify"])
    return rc, capsys.readouterr().out.strip()


def _raw(ctx, sql: str, **params) -> None:
    """Run raw SQL as the database owner; on PostgreSQL with the no-change trigger switched off."""
    if ctx.target.is_postgres:
        with ctx.engine.begin() as c:
            c.execute(text("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_change"))
            c.execute(text(sql), params)
            c.execute(text("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_change"))
    else:
        with ctx.engine.begin() as c:
            c.execute(text(sql), params)


def test_the_chain_verifies_after_normal_work(ctx, target, capsys):
    ids = _work(ctx)
    rc, out = _verify(target, capsys)
    assert rc == 0
    assert out == f"OK {len(ids)} entries"


def test_editing_one_audit_row_is_found_at_that_entry(ctx, target, capsys):
    ids = _work(ctx)
    victim = ids[len(ids) // 2]
    _raw(ctx, "UPDATE audit_entries SET username = 'sahte' WHERE id = :id", id=victim)
    rc, out = _verify(target, capsys)
    assert rc == 1
    assert out.startswith(f"BROKEN at entry ID: {victim}")


def test_changing_the_recorded_values_is_found_too(ctx, target, capsys):
    ids = _work(ctx)
    victim = ids[-2]
    with ctx.read() as s:
        at = s.scalar(select(AuditEntry.at).where(AuditEntry.id == victim))
    _raw(ctx, "UPDATE audit_entries SET at = :at WHERE id = :id", at=at - dt.timedelta(days=400), id=victim)
    rc, out = _verify(target, capsys)
    assert (rc, out.split(" (")[0]) == (1, f"BROKEN at entry ID: {victim}")


def test_deleting_one_audit_row_is_found_at_the_gap(ctx, target, capsys):
    ids = _work(ctx)
    victim = ids[len(ids) // 2]
    _raw(ctx, "DELETE FROM audit_entries WHERE id = :id", id=victim)
    rc, out = _verify(target, capsys)
    assert rc == 1
    # the entry after the gap no longer links to its predecessor
    assert out.startswith(f"BROKEN at entry ID: {ids[ids.index(victim) + 1]}")


def test_deleting_the_newest_row_is_found_at_the_chain_head(ctx, target, capsys):
    ids = _work(ctx)
    _raw(ctx, "DELETE FROM audit_entries WHERE id = :id", id=ids[-1])
    rc, out = _verify(target, capsys)
    assert rc == 1 and out.startswith("BROKEN at the chain head")


@pytest.mark.engines("postgresql")
def test_postgresql_refuses_update_delete_and_truncate_on_the_audit_table(ctx):
    ids = _work(ctx)
    for sql in ("UPDATE audit_entries SET username = 'sahte' WHERE id = :id",
                "DELETE FROM audit_entries WHERE id = :id", "TRUNCATE audit_entries CASCADE"):
        with pytest.raises(DBAPIError):
            with ctx.engine.begin() as c:
                c.execute(text(sql), {"id": ids[0]})
    assert audit_view.verify(ctx).ok


def test_the_viewer_filters_and_pages(ctx):
    _work(ctx)
    admin = ctx.as_user(default_actor(ctx))
    page = audit_view.search(admin, audit_view.AuditFilter(table_name="users"), page=0, page_size=2)
    assert page.total == 4 and len(page.rows) == 2 and page.pages == 2  # the seeded yonetici + 3
    assert page.rows[0].id > page.rows[1].id
    assert page.rows[0].after["full_name"].startswith("Işıl Güneş")
    assert "full_name" in page.rows[0].changed_fields
    mine = audit_view.search(admin, audit_view.AuditFilter(username="yonetici",
                                                           date_from=ctx.clock.today(), date_to=ctx.clock.today()))
    assert mine.total >= 3
    none = audit_view.search(admin, audit_view.AuditFilter(date_to=dt.date(2000, 1, 1)))
    assert none.total == 0
    assert "users" in audit_view.table_names(admin) and "yonetici" in audit_view.usernames(admin)


def test_an_ism_officer_cannot_read_the_audit_trail(ctx):
    from app.workflows.errors import PermissionDenied
    from tests.ism_fixtures import officer

    izmir = ctx.as_user(officer(ctx, "ism35.memur", Role.ISM_OFFICER, 35, "Şule Öztürk"))
    with pytest.raises(PermissionDenied):
        audit_view.search(izmir)
