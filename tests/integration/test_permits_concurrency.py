"""Permit numbers stay unique when many SHGM officials issue at the same moment (issue 4: not max()+1)."""

from __future__ import annotations

import threading

from sqlalchemy import select

from app.models import Permit
from app.storage.database import make_engine
from app.workflows.common import signing
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits
from tests.support.shgm import ministry_facility
from tests.support.shgm import shgm as shgm_desk

N = 20


def test_twenty_officials_issuing_at_once_get_twenty_distinct_numbers(ctx, db_kind):
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    decisions = []
    for i in range(N):
        fid = ministry_facility(ctx, f"06-{9100 + i}", f"Ankara {i + 1}. Ağız ve Diş Sağlığı Merkezi")
        did = shgm.start_ex_officio(approver, fid, [("MUAYENE", None)], "Bakanlık programı")
        shgm.mark_ckys_recorded(approver, did, f"CKYS-{i}")
        decisions.append(did)
    signing.load_identity()          # the demo certificate exists before the race starts
    results: list[str] = []
    errors: list[BaseException] = []
    if db_kind == "sqlite":          # one writer at a time on SQLite: a sequential check is enough
        results = [permits.issue_permit(approver, did).number for did in decisions]
    else:
        barrier = threading.Barrier(N)

        def work(did: int) -> None:
            engine = make_engine(ctx.target)          # each official on its own connection pool
            try:
                desk = AppContext(engine, ctx.target, approver.actor, approver.clock)
                barrier.wait(timeout=30)
                results.append(permits.issue_permit(desk, did).number)
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
            finally:
                engine.dispose()

        threads = [threading.Thread(target=work, args=(did,)) for did in decisions]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    assert errors == []
    assert len(results) == N and len(set(results)) == N
    assert sorted(results) == [f"06-2026-{i:05d}" for i in range(1, N + 1)]
    with ctx.read() as s:
        assert len(set(s.scalars(select(Permit.number)))) == N
