"""Lockout (issue 14): failures are counted atomically before the password is checked, and the lock's time comes
from the database server, not from the desk's clock (both engines; the threads matter on PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from app.models import User
from app.workflows.admin import users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import Clock, FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role

GOOD = "Ankara2026sifre"


class WrongDeskClock(Clock):
    """A desk whose clock is years off: the lock must not follow it."""

    def now(self) -> dt.datetime:
        return dt.datetime(2031, 5, 5, 12, tzinfo=dt.timezone.utc)


@pytest.fixture
def account(ctx: AppContext) -> AppContext:
    admin = ctx.as_user(default_actor(ctx))
    users.create_user(admin, "ayse.yilmaz", "Ayşe Yılmaz", Role.SHGM_REVIEWER, password="Gecici2026pw")
    users.change_password(admin, "ayse.yilmaz", "Gecici2026pw", GOOD)
    return ctx


def _row(ctx: AppContext) -> User:
    with ctx.read() as s:
        return s.scalars(select(User).where(User.username == "ayse.yilmaz")).one()


def _hammer(ctx: AppContext, tries: int, password: str = "yanlis-parola1") -> list[type]:
    """`tries` logins at once, each on its own thread (and its own connection); the exception class of each."""
    results: list[type] = []
    lock = threading.Lock()
    start = threading.Barrier(tries)

    def one() -> None:
        start.wait()
        try:
            users.authenticate(ctx, "ayse.yilmaz", password)
            outcome: type = users.Actor
        except Exception as exc:  # noqa: BLE001
            outcome = type(exc)
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=one) for _ in range(tries)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_concurrent_wrong_passwords_count_exactly_five_then_lock(account, monkeypatch):
    checked = []
    real_verify = users.verify_password
    monkeypatch.setattr(users, "verify_password", lambda h, p: checked.append(p) or real_verify(h, p))
    results = _hammer(account, 12)
    assert len(results) == 12
    assert results.count(users.LoginFailed) == 4
    assert results.count(users.AccountLocked) == 8       # the fifth, and seven refused without a check
    assert len(checked) == 5                             # never evaluated beyond the fifth
    row = _row(account)
    assert row.failed_logins == 5 and row.locked_until is not None
    # the right password is refused too while the lock runs
    with pytest.raises(users.AccountLocked):
        users.authenticate(account, "ayse.yilmaz", GOOD)
    assert _row(account).failed_logins == 5


def test_concurrent_right_and_wrong_passwords_lose_no_update(account):
    for _ in range(2):
        with pytest.raises(users.LoginFailed):
            users.authenticate(account, "ayse.yilmaz", "yanlis-parola1")
    results = _hammer(account, 2)
    assert sorted(r.__name__ for r in results) == ["LoginFailed", "LoginFailed"]
    assert _row(account).failed_logins == 4               # 2 + 2, none lost


def test_the_lock_time_comes_from_the_database_server_not_the_desk(account):
    desk = AppContext(account.engine, account.target, clock=WrongDeskClock())
    before = dt.datetime.now(dt.timezone.utc)
    for _ in range(4):
        with pytest.raises(users.LoginFailed):
            users.authenticate(desk, "ayse.yilmaz", "yanlis-parola1")
    with pytest.raises(users.AccountLocked) as locked:
        users.authenticate(desk, "ayse.yilmaz", "yanlis-parola1")
    after = dt.datetime.now(dt.timezone.utc)
    until = locked.value.until
    assert before + dt.timedelta(minutes=15) - dt.timedelta(seconds=5) <= until
    assert until <= after + dt.timedelta(minutes=15, seconds=5)
    # the desk that thinks it is 2031 still finds the account locked: the server decides
    with pytest.raises(users.AccountLocked):
        users.authenticate(desk, "ayse.yilmaz", GOOD)


def test_a_lock_that_ran_out_on_the_server_starts_a_fresh_count(account):
    with account.write() as s:
        u = s.scalars(select(User).where(User.username == "ayse.yilmaz")).one()
        u.failed_logins = 5
        u.locked_until = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)
    with pytest.raises(users.LoginFailed):
        users.authenticate(account, "ayse.yilmaz", "yanlis-parola1")
    assert _row(account).failed_logins == 1 and _row(account).locked_until is None
    assert users.authenticate(account, "ayse.yilmaz", GOOD).username == "ayse.yilmaz"
    assert _row(account).failed_logins == 0


def test_wrong_current_passwords_in_the_change_dialog_count_the_same_way(account):
    for _ in range(4):
        with pytest.raises(users.ValidationFailed):
            users.change_password(account, "ayse.yilmaz", "yanlis-parola1", "Yeni2026parola")
    with pytest.raises(users.AccountLocked):
        users.change_password(account, "ayse.yilmaz", "yanlis-parola1", "Yeni2026parola")
    with pytest.raises(users.AccountLocked):
        users.authenticate(account, "ayse.yilmaz", GOOD)


def test_a_fixed_clock_stands_for_the_server_in_tests_and_demos(account):
    at = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.timezone.utc)
    with account.read() as s:
        assert FixedClock(at).server_now(s) == at
        real = Clock().server_now(s)
    assert abs(real - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(seconds=30)
