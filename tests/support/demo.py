"""Helpers for tests on demo data (no tests here): a database filled by demo_data on a fixed day, and the same
database seen by a user of a given role."""

from __future__ import annotations

import datetime as dt

from app.demo.data import generate
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import Actor, AppContext
from app.workflows.common.vocabulary import Role

TODAY = dt.date(2026, 11, 23)


def with_demo_data(ctx: AppContext, applications: int, seed: int) -> AppContext:
    """`ctx` on TODAY, after loading `applications` demo applications made with `seed`."""
    clocked = AppContext(ctx.engine, ctx.target, ctx.actor, FixedClock.on(TODAY))
    generate(clocked, applications, seed=seed, today=TODAY)
    return clocked


def as_role(ctx: AppContext, role: Role, province_id: int | None = None, day: dt.date = TODAY) -> AppContext:
    """The same database, on `day`, as a user of `role` (bound to `province_id` for provincial roles)."""
    clocked = AppContext(ctx.engine, ctx.target, ctx.actor, FixedClock.on(day))
    return clocked.as_user(Actor(None, f"test.{role.value}", "Deneme Kullanıcı", role, province_id))
