"""Rights that outlive the account (issue 14): every write re-checks the acting account in its own transaction.

An officer logs in; the administrator then closes the account, gives it another role or moves it to another
province. The officer's already-open context must not write anything more (both engines).
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Application, AuditEntry
from app.workflows.admin import users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AccountChanged, AppContext
from app.workflows.common.vocabulary import Role
from app.workflows.ism import intake
from tests.support.ism import TODAY, form, vendor

PW = "Gecici2026pw"
GOOD = "Izmir2026sifre"


@pytest.fixture
def setup(ctx: AppContext):
    admin = ctx.as_user(default_actor(ctx))
    admin.clock = FixedClock.on(TODAY, hour=10)
    info, _ = users.create_user(admin, "ism35.memur", "Şule Öztürk", Role.ISM_OFFICER, 35, password=PW)
    officer_actor = users.change_password(admin, "ism35.memur", PW, GOOD)
    officer = AppContext(ctx.engine, ctx.target, officer_actor, FixedClock.on(TODAY, hour=11))
    ids = vendor(ctx)
    return admin, officer, info, ids


def _counts(ctx: AppContext) -> tuple[int, int]:
    with ctx.read() as s:
        return (s.scalar(select(func.count(Application.id))) or 0, s.scalar(select(func.count(AuditEntry.id))) or 0)


def test_the_open_context_writes_while_the_account_is_unchanged(setup):
    _admin, officer, _info, ids = setup
    assert intake.receive(officer, form(*ids)) > 0


@pytest.mark.parametrize("change", ["close", "demote", "move"])
def test_a_changed_account_writes_nothing_more(setup, change):
    admin, officer, info, ids = setup
    if change == "close":
        users.deactivate(admin, info.id)
        expected = "kapatılmış"
    elif change == "demote":
        users.update_user(admin, info.id, full_name="Şule Öztürk", role=Role.AUDITOR, province_id=None)
        expected = "rolü"
    else:
        users.update_user(admin, info.id, full_name="Şule Öztürk", role=Role.ISM_OFFICER, province_id=6)
        expected = "ili"
    before = _counts(officer)
    with pytest.raises(AccountChanged) as refused:
        intake.receive(officer, form(*ids))
    assert expected in refused.value.message and "kaydedilmedi" in refused.value.message
    assert _counts(officer) == before
    # a fresh login gets the new rights (or none): the account itself is fine
    if change != "close":
        fresh = users.authenticate(admin, "ism35.memur", GOOD)
        assert fresh.role == (Role.AUDITOR if change == "demote" else Role.ISM_OFFICER)


def test_a_closed_administrator_cannot_keep_administering(ctx: AppContext):
    admin = ctx.as_user(default_actor(ctx))
    second, _ = users.create_user(admin, "yonetici2", "İkinci Yönetici", Role.ADMIN, password=PW)
    admin2 = ctx.as_user(users.change_password(admin, "yonetici2", PW, GOOD))
    victim, _ = users.create_user(admin2, "kts.memur", "Kâmil Işık", Role.KTS_OFFICER, password=PW)
    users.deactivate(admin, second.id)
    for attempt in (lambda: users.create_user(admin2, "baska.biri", "Başka Biri", Role.AUDITOR),
                    lambda: users.reset_password(admin2, victim.id),
                    lambda: users.reactivate(admin2, second.id)):
        with pytest.raises(AccountChanged):
            attempt()


def test_the_command_line_acting_user_is_rechecked_too(ctx: AppContext):
    """`ush-izin … --as NAME` builds its Actor once (acting_user); a later change is still caught at the write."""
    admin = ctx.as_user(default_actor(ctx))
    info, _ = users.create_user(admin, "kts.memur", "Kâmil Işık", Role.KTS_OFFICER, password=PW)
    users.change_password(admin, "kts.memur", PW, GOOD)
    cli = ctx.as_user(users.acting_user(ctx, "kts.memur"))
    users.update_user(admin, info.id, full_name="Kâmil Işık", role=Role.AUDITOR, province_id=None)
    from app.workflows.kts import registry as kts
    from tests.support.kts import vendor_form
    with pytest.raises(AccountChanged):
        kts.register_vendor(cli, vendor_form())
