"""Accounts for tests of commands that authenticate (issue 13: no password-less account, CLI auth)."""

from __future__ import annotations

import sys

import pytest

from app.workflows.admin import users
from app.workflows.admin.bootstrap import FIRST_ADMIN, default_actor
from app.workflows.common.context import AppContext

ADMIN_PASSWORD = "Yonetici2026test"
AS_ADMIN = ["--as", FIRST_ADMIN, "--password-stdin"]


class _PasswordStdin:
    """Standard input that answers every readline with one password (each command reads one line)."""

    def __init__(self, password: str) -> None:
        self.password = password

    def readline(self) -> str:
        return self.password + "\n"

    def isatty(self) -> bool:
        return False


def give_password(ctx: AppContext, username: str = FIRST_ADMIN, password: str = ADMIN_PASSWORD) -> None:
    """Set a known password on an account (reset by the administrator, then changed by its owner)."""
    admin = ctx.as_user(default_actor(ctx))
    temp = users.reset_password(admin, users.find_user_id(ctx, username))
    users.change_password(ctx, username, temp, password)


def password_on_stdin(monkeypatch: pytest.MonkeyPatch, password: str = ADMIN_PASSWORD) -> None:
    monkeypatch.setattr(sys, "stdin", _PasswordStdin(password))


def cli_admin(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The arguments that make a command act as the first administrator, with its password on standard input."""
    give_password(ctx)
    password_on_stdin(monkeypatch)
    return list(AS_ADMIN)
