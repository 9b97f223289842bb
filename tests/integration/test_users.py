"""User accounts: argon2id, login with lockout, first-login password change, administration (both engines)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import AuditEntry, User
from app.storage.audit import verify_chain
from app.workflows.admin import users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import TR, FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.errors import PermissionDenied, StaleRecord, ValidationFailed
from app.workflows.common.vocabulary import Role
from tests.support.ism import officer

GOOD = "Ankara2026sifre"
NOW = dt.datetime(2026, 11, 23, 11, 0, tzinfo=TR)


@pytest.fixture
def admin_ctx(ctx: AppContext) -> AppContext:
    c = ctx.as_user(default_actor(ctx))
    c.clock = FixedClock(NOW.astimezone(dt.timezone.utc))
    return c


def _user(admin_ctx: AppContext, name: str = "ayse.yilmaz", role: Role = Role.SHGM_REVIEWER,
          province: int | None = None) -> users.UserInfo:
    info, _ = users.create_user(admin_ctx, name, "Ayşe Yılmaz", role, province, password="Gecici2026pw")
    users.change_password(admin_ctx, name, "Gecici2026pw", GOOD)
    return info


def test_passwords_are_argon2id_hashes(admin_ctx):
    _user(admin_ctx)
    with admin_ctx.read() as s:
        h = s.scalar(select(User.password_hash).where(User.username == "ayse.yilmaz"))
    assert h.startswith("$argon2id$") and GOOD not in h
    assert users.verify_password(h, GOOD) and not users.verify_password(h, GOOD + "x")


def test_login_returns_the_actor(admin_ctx):
    info = _user(admin_ctx, "ism35.mudur", Role.ISM_MANAGER, 35)
    actor = users.authenticate(admin_ctx, "ISM35.Mudur", GOOD)
    assert (actor.user_id, actor.role, actor.province_id) == (info.id, Role.ISM_MANAGER, 35)


def test_unknown_user_and_wrong_password_give_the_same_message(admin_ctx):
    _user(admin_ctx)
    with pytest.raises(users.LoginFailed) as a:
        users.authenticate(admin_ctx, "kimse", GOOD)
    with pytest.raises(users.LoginFailed) as b:
        users.authenticate(admin_ctx, "ayse.yilmaz", "yanlis-parola1")
    assert a.value.message == b.value.message == "Kullanıcı adı ya da parola yanlış."


def test_five_failures_lock_for_fifteen_minutes_then_the_lock_runs_out(admin_ctx):
    _user(admin_ctx)
    for _ in range(4):
        with pytest.raises(users.LoginFailed):
            users.authenticate(admin_ctx, "ayse.yilmaz", "yanlis")
    with pytest.raises(users.AccountLocked) as locked:
        users.authenticate(admin_ctx, "ayse.yilmaz", "yanlis")
    assert "Hesabınız 11:15'e kadar kilitli" in locked.value.message
    # even the right password is refused while locked
    admin_ctx.clock = FixedClock((NOW + dt.timedelta(minutes=14)).astimezone(dt.timezone.utc))
    with pytest.raises(users.AccountLocked):
        users.authenticate(admin_ctx, "ayse.yilmaz", GOOD)
    admin_ctx.clock = FixedClock((NOW + dt.timedelta(minutes=15, seconds=1)).astimezone(dt.timezone.utc))
    assert users.authenticate(admin_ctx, "ayse.yilmaz", GOOD).username == "ayse.yilmaz"
    with admin_ctx.read() as s:
        u = s.scalars(select(User).where(User.username == "ayse.yilmaz")).one()
    assert u.failed_logins == 0 and u.locked_until is None


def test_the_admin_unlocks_a_locked_account(admin_ctx):
    info = _user(admin_ctx)
    for _ in range(5):
        with pytest.raises((users.LoginFailed, users.AccountLocked)):
            users.authenticate(admin_ctx, "ayse.yilmaz", "yanlis")
    assert users.get_user(admin_ctx, info.id).locked(admin_ctx.clock.now())
    users.unlock(admin_ctx, info.id)
    assert users.authenticate(admin_ctx, "ayse.yilmaz", GOOD).user_id == info.id


def test_a_correct_login_resets_the_failure_counter(admin_ctx):
    _user(admin_ctx)
    for _ in range(4):
        with pytest.raises(users.LoginFailed):
            users.authenticate(admin_ctx, "ayse.yilmaz", "yanlis")
    users.authenticate(admin_ctx, "ayse.yilmaz", GOOD)
    with pytest.raises(users.LoginFailed):  # a fresh count: not locked by the fifth failure overall
        users.authenticate(admin_ctx, "ayse.yilmaz", "yanlis")


def test_inactive_account_is_refused(admin_ctx):
    info = _user(admin_ctx)
    users.deactivate(admin_ctx, info.id)
    with pytest.raises(users.AccountInactive):
        users.authenticate(admin_ctx, "ayse.yilmaz", GOOD)
    with pytest.raises(users.LoginFailed):  # a wrong password does not reveal the account is closed
        users.authenticate(admin_ctx, "ayse.yilmaz", "yanlis")


def test_first_admin_gets_a_one_time_password_and_must_change_it(empty_target):
    from app.workflows.admin.bootstrap import open_database

    res = open_database(target=empty_target)
    try:
        ctx = res.ctx
        name, once = res.first_password
        assert name == "yonetici" and len(once) >= 12
        with pytest.raises(users.LoginFailed):  # no password-less account: the empty password never works
            users.authenticate(ctx, "yonetici", "")
        with pytest.raises(users.PasswordChangeRequired):
            users.authenticate(ctx, "yonetici", once)
        with pytest.raises(ValidationFailed) as weak:
            users.change_password(ctx, "yonetici", once, "kisa1")
        assert "en az 10 karakter" in weak.value.errors["new_password"]
        with pytest.raises(ValidationFailed):
            users.change_password(ctx, "yonetici", once, "yalnizcaharfler")
        actor = users.change_password(ctx, "yonetici", once, "Yonetici2026x")
        assert actor.role == Role.ADMIN
        assert users.authenticate(ctx, "yonetici", "Yonetici2026x").username == "yonetici"
        with pytest.raises(users.LoginFailed):  # the one-time password is spent
            users.authenticate(ctx, "yonetici", once)
    finally:
        res.ctx.engine.dispose()
    again = open_database(target=empty_target)   # printed once: a second open shows nothing
    again.ctx.engine.dispose()
    assert again.first_password is None


def test_logins_are_audited(admin_ctx):
    _user(admin_ctx)
    users.authenticate(admin_ctx, "ayse.yilmaz", GOOD)
    with pytest.raises(users.LoginFailed):
        users.authenticate(admin_ctx, "ayse.yilmaz", "yanlis-parola1")
    with pytest.raises(users.LoginFailed):
        users.authenticate(admin_ctx, "kimse.yok", "yanlis-parola1")
    with admin_ctx.read() as s:
        rows = s.execute(select(AuditEntry.username, AuditEntry.after).where(AuditEntry.table_name == "login")
                         .order_by(AuditEntry.id)).all()
    seen = [(who, after["ok"], after["reason"]) for who, after in rows]
    assert ("ayse.yilmaz", False, "password_change_required") not in seen   # _user changed it directly
    assert ("ayse.yilmaz", True, "password_changed") in seen                 # the change completes a login
    assert ("ayse.yilmaz", True, "") in seen
    assert ("ayse.yilmaz", False, "LoginFailed") in seen
    assert ("kimse.yok", False, "LoginFailed") in seen


def test_created_and_reset_accounts_must_change_the_password(admin_ctx):
    info, temp = users.create_user(admin_ctx, "kts.memur", "Özlem Işık", Role.KTS_OFFICER)
    assert not users.password_problems(temp)
    with pytest.raises(users.PasswordChangeRequired):
        users.authenticate(admin_ctx, "kts.memur", temp)
    users.change_password(admin_ctx, "kts.memur", temp, GOOD)
    assert users.authenticate(admin_ctx, "kts.memur", GOOD).user_id == info.id
    new_temp = users.reset_password(admin_ctx, info.id)
    with pytest.raises(users.LoginFailed):
        users.authenticate(admin_ctx, "kts.memur", GOOD)
    with pytest.raises(users.PasswordChangeRequired):
        users.authenticate(admin_ctx, "kts.memur", new_temp)
    with pytest.raises(ValidationFailed):
        users.change_password(admin_ctx, "kts.memur", new_temp, new_temp)


def test_ism_roles_need_a_province_others_must_not_have_one(admin_ctx):
    with pytest.raises(ValidationFailed) as a:
        users.create_user(admin_ctx, "ism.memur", "Can Öz", Role.ISM_OFFICER, None)
    assert "province_id" in a.value.errors
    with pytest.raises(ValidationFailed) as b:
        users.create_user(admin_ctx, "shgm.uzman", "Can Öz", Role.SHGM_REVIEWER, 6)
    assert "province_id" in b.value.errors
    with pytest.raises(ValidationFailed) as c:
        users.create_user(admin_ctx, "Ç bad name", "Can Öz", Role.AUDITOR)
    assert "username" in c.value.errors
    info, _ = users.create_user(admin_ctx, "ism06.memur", "Can Öz", Role.ISM_OFFICER, 6)
    assert info.province_name == "Ankara"
    with pytest.raises(ValidationFailed):
        users.create_user(admin_ctx, "ism06.memur", "Başka", Role.AUDITOR)
    updated = users.update_user(admin_ctx, info.id, full_name="Can Öz", role=Role.AUDITOR, province_id=None,
                                version=info.version)
    assert updated.role == Role.AUDITOR and updated.province_id is None
    with pytest.raises(StaleRecord):
        users.update_user(admin_ctx, info.id, full_name="Can Öz", role=Role.AUDITOR, province_id=None,
                          version=info.version)


def test_an_izmir_ism_officer_cannot_manage_users(admin_ctx):
    izmir = admin_ctx.as_user(officer(admin_ctx, "ism35.memur", Role.ISM_OFFICER, 35, "Şule Öztürk"))
    target = _user(admin_ctx)
    for call in (lambda: users.create_user(izmir, "yeni.kisi", "Yeni Kişi", Role.AUDITOR),
                 lambda: users.update_user(izmir, target.id, full_name="X", role=Role.ADMIN, province_id=None),
                 lambda: users.deactivate(izmir, target.id),
                 lambda: users.unlock(izmir, target.id),
                 lambda: users.reset_password(izmir, target.id),
                 lambda: users.list_users(izmir)):
        with pytest.raises(PermissionDenied):
            call()


def test_the_last_admin_cannot_be_closed_or_demoted_and_nobody_closes_themselves(admin_ctx):
    with pytest.raises(Exception) as own:
        users.deactivate(admin_ctx, admin_ctx.actor.user_id)
    assert "Kendi hesabınızı" in str(own.value)
    with pytest.raises(Exception) as last:
        users.update_user(admin_ctx, admin_ctx.actor.user_id, full_name="Sistem Yöneticisi", role=Role.AUDITOR,
                          province_id=None)
    assert "Son etkin" in str(last.value)


def test_user_administration_is_audited_and_the_chain_holds(admin_ctx):
    info = _user(admin_ctx)
    users.unlock(admin_ctx, info.id)
    with admin_ctx.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "users")
                            .order_by(AuditEntry.id)).all()
        mine = [e for e in entries if (e.after or {}).get("id") == info.id or e.row_id == str(info.id)]
        assert [e.action for e in mine][:2] == ["insert", "update"]
        assert mine[0].username == admin_ctx.actor.username
        assert verify_chain(s)[0]
