"""The audit viewer (and its list export) shows TC kimlik numbers masked to the auditor and whole to the
administrator (docs/decisions.md 19), and never a password hash, even one written by an old version."""

from __future__ import annotations

from sqlalchemy import insert

from app.models import Application, AuditEntry
from app.workflows.admin import audit_view
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.context import Actor
from app.workflows.common.vocabulary import Role
from app.workflows.ism import intake
from tests.support.ism import form, izmir_desk, vendor

TCKN = "10000000146"


def _all_values(page: audit_view.AuditPage) -> str:
    return repr([(r.before, r.after) for r in page.rows])


def test_the_auditor_sees_tc_kimlik_numbers_masked_and_the_administrator_whole(ctx):
    v, p = vendor(ctx)
    intake.receive(izmir_desk(ctx), form(v, p))
    auditor = ctx.as_user(Actor(None, "denetci", "Denetçi", Role.AUDITOR))
    admin = ctx.as_user(default_actor(ctx))
    flt = audit_view.AuditFilter(table_name="professionals")
    seen_by_auditor = audit_view.search(auditor, flt)
    assert seen_by_auditor.total >= 1
    assert TCKN not in _all_values(seen_by_auditor)
    assert "100******46" in _all_values(seen_by_auditor)
    assert TCKN in _all_values(audit_view.search(admin, flt))
    # every page of every table: nothing anywhere shows the number to the auditor
    everything = audit_view.search(auditor, audit_view.AuditFilter(), page_size=10_000)
    assert TCKN not in _all_values(everything)


def test_no_one_sees_a_password_hash_in_the_trail(ctx):
    raw = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"
    with ctx.write() as s:   # an entry as an old version could have written it (bypassing the chain on purpose)
        s.execute(insert(AuditEntry).values(
            at=ctx.clock.now(), user_id=None, username="eski", action="update", table_name="users", row_id="1",
            before={"password_hash": raw}, after={"password_hash": raw + "x"}, prev_hash="0" * 64,
            hash="f" * 64))
    for actor in (default_actor(ctx), Actor(None, "denetci", "Denetçi", Role.AUDITOR)):
        page = audit_view.search(ctx.as_user(actor), audit_view.AuditFilter(username="eski"))
        assert page.total == 1
        row = page.rows[0]
        assert "argon2" not in _all_values(page)
        assert row.changed_fields == ["password_hash"]


def test_an_application_row_is_shown_by_its_application_number_not_only_its_internal_id(ctx):
    v, p = vendor(ctx)
    app_id = intake.receive(izmir_desk(ctx), form(v, p))
    with ctx.read() as s:
        number = s.get(Application, app_id).number
    admin = ctx.as_user(default_actor(ctx))
    row = audit_view.search(admin, audit_view.AuditFilter(table_name="applications")).rows[0]
    assert (row.row_id, row.record) == (str(app_id), number)
    assert row.row_text == f"{number} ({app_id})"
