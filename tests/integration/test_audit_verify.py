"""`ush-izin audit verify`: the hash chain verifies after normal work, and raw-SQL edits or deletions of one
audit row are found at that entry. On PostgreSQL the database itself refuses UPDATE and DELETE."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

import app.cli.main as cli
from app.models import AuditEntry
from app.workflows.admin import audit_view, users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.vocabulary import Role


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
    from app.workflows.common.errors import PermissionDenied
    from tests.support.ism import officer

    izmir = ctx.as_user(officer(ctx, "ism35.memur", Role.ISM_OFFICER, 35, "Şule Öztürk"))
    with pytest.raises(PermissionDenied):
        audit_view.search(izmir)


# verify_chain reads the rows through the DB-API cursor (stored JSON text, `at` as text) and re-checks through the
# ORM types any row that fast path does not confirm; large chains are checked in parallel id ranges
# (docs/performance.md). These pin that the result is the one the ORM definition gives.

def _events(ctx, n: int = 6) -> list[int]:
    from app.storage.audit import record_event

    admin = ctx.as_user(default_actor(ctx))
    with admin.write() as s:
        for i in range(n):
            record_event(s, "backups", str(i), {
                "dosya": f"yedek-{i}.db", "not": "İĞÜŞÖÇ ığüşöç — “tırnak” \\ \"kaçış\"\n\t",
                "iç": {"liste": [1, 2.5, None, True, {"ş": "Ş"}], "boş": {}, "yok": None},
                "sayı": 10 ** 20 + i, "oran": 0.1 * i,
            })
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def _chain(ctx, **kw) -> tuple[bool, int, int | None]:
    from app.storage.audit import verify_chain

    with ctx.read() as s:
        return verify_chain(s, **kw)


@pytest.fixture(params=["serial", "parallel"])
def verify_mode(request, monkeypatch) -> dict:
    """The same checks in this process and on two worker processes (made to run on a small chain)."""
    from app.storage import audit

    if request.param == "parallel":
        monkeypatch.setattr(audit, "PARALLEL_MIN", 0)
        return {"workers": 2, "batch": 3}
    return {"workers": 1, "batch": 4}


def test_turkish_nested_and_null_values_verify(ctx, verify_mode):
    _work(ctx)
    ids = _events(ctx)  # every entry's id
    assert _chain(ctx, **verify_mode) == (True, len(ids), None)


def test_editing_a_nested_json_value_is_found_at_that_entry(ctx, verify_mode):
    ids = _events(ctx)
    victim = ids[-3]
    with ctx.read() as s:
        after = s.scalar(select(AuditEntry.after).where(AuditEntry.id == victim))
    after["iç"]["liste"][4]["ş"] = "S"
    import json
    _raw(ctx, "UPDATE audit_entries SET after = :a WHERE id = :id", a=json.dumps(after), id=victim)
    assert _chain(ctx, **verify_mode) == (False, ids.index(victim), victim)


def test_an_entry_made_null_or_changed_in_time_is_found(ctx, verify_mode):
    ids = _events(ctx)
    _raw(ctx, "UPDATE audit_entries SET after = NULL WHERE id = :id", id=ids[2])
    assert _chain(ctx, **verify_mode) == (False, 2, ids[2])


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_a_deleted_entry_is_found_wherever_it_is(ctx, verify_mode, where):
    _work(ctx)
    ids = _events(ctx)
    k = {"first": 0, "middle": len(ids) // 2, "last": len(ids) - 1}[where]
    _raw(ctx, "DELETE FROM audit_entries WHERE id = :id", id=ids[k])
    if where == "last":
        assert _chain(ctx, **verify_mode) == (False, len(ids) - 1, None)  # the chain head no longer matches
    else:
        assert _chain(ctx, **verify_mode) == (False, k, ids[k + 1])


def test_the_same_json_stored_in_another_form_still_verifies(ctx, verify_mode):
    """The hash is over the values, not the stored text: re-serialised JSON (other spacing, key order, no
    escapes) is the same entry."""
    import json

    ids = _events(ctx)
    with ctx.read() as s:
        after = s.scalar(select(AuditEntry.after).where(AuditEntry.id == ids[1]))
    text_ = json.dumps(dict(reversed(list(after.items()))), ensure_ascii=False, indent=2)
    _raw(ctx, "UPDATE audit_entries SET after = :a WHERE id = :id", a=text_, id=ids[1])
    assert _chain(ctx, **verify_mode) == (True, len(ids), None)


@pytest.mark.engines("sqlite")
def test_an_sqlite_time_in_another_form_of_the_same_instant_still_verifies(ctx, verify_mode):
    """SQLite keeps `at` as text: the same instant written with an offset is read back as the same UTC time
    (the slow, exact path), while a different instant is found."""
    ids = _events(ctx)
    with ctx.read() as s:
        at = s.scalar(select(AuditEntry.at).where(AuditEntry.id == ids[1]))
    same = at.astimezone(dt.timezone(dt.timedelta(hours=3))).isoformat()
    _raw(ctx, "UPDATE audit_entries SET at = :at WHERE id = :id", at=same, id=ids[1])
    assert _chain(ctx, **verify_mode) == (True, len(ids), None)
    later = (at + dt.timedelta(microseconds=1)).strftime("%Y-%m-%d %H:%M:%S.%f")
    _raw(ctx, "UPDATE audit_entries SET at = :at WHERE id = :id", at=later, id=ids[3])
    assert _chain(ctx, **verify_mode) == (False, 3, ids[3])


def test_parallel_and_serial_agree_on_a_tampered_chain(ctx, monkeypatch):
    from app.storage import audit

    _work(ctx)
    ids = _events(ctx, 20)
    victim = ids[len(ids) * 2 // 3]
    _raw(ctx, "UPDATE audit_entries SET username = 'sahte' WHERE id = :id", id=victim)
    monkeypatch.setattr(audit, "PARALLEL_MIN", 0)
    serial = _chain(ctx, workers=1)
    assert serial == (False, ids.index(victim), victim)
    for batch in (1, 2, 5, 1000):
        assert _chain(ctx, workers=2, batch=batch) == serial
        assert _chain(ctx, workers=3, batch=batch) == serial


def test_the_worker_processes_really_check_the_ranges(ctx):
    """Not a silent fall-back to the serial pass: the workers confirm the whole intact chain on both engines."""
    from sqlalchemy import func

    from app.models import AuditHead
    from app.storage import audit

    _work(ctx)
    ids = _events(ctx, 10)
    with ctx.read() as s:
        prefix = audit._parallel_prefix(s, ctx.engine.dialect.name, max(ids), 2, 2)
        head = s.scalar(select(AuditHead.last_hash))
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == len(ids)
    assert prefix == (len(ids), head, max(ids))


def test_entries_are_stored_in_canonical_json_so_verify_hashes_their_text(ctx, monkeypatch):
    """The JSON columns are written in the form the chain hashes (keys sorted, compact, Turkish letters kept):
    verify confirms such entries from their stored text, without decoding them."""
    import json

    from app.storage import audit, canonical

    _work(ctx)
    with ctx.write() as s:
        s.info["actor"] = (None, "test")
        audit.record_event(s, "facilities", "1", {"ad": "Işıklı Göğüs Merkezi", "z": 1, "a": [None, 2.5]})
    with ctx.engine.connect() as conn:
        cast = "::text" if ctx.engine.dialect.name == "postgresql" else ""
        stored = [r for row in conn.execute(text(f"SELECT before{cast}, after{cast} FROM audit_entries"))
                  for r in row if r is not None and r != "null"]
    assert stored and all(t == canonical.dumps(json.loads(t)) for t in stored)
    assert '"ad":"Işıklı Göğüs Merkezi"' in stored[-1]
    decoded = []
    monkeypatch.setattr(audit.json, "loads", lambda t, _l=json.loads: decoded.append(t) or _l(t))
    with ctx.read() as s:
        ok, count, broken = audit.verify_chain(s, workers=1)
    assert ok and broken is None and count >= len(stored)
    assert decoded == []            # every entry confirmed from its stored text
