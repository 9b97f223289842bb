"""Helpers for the SHGM, permit and verification tests (no tests here): an application driven to FORWARDED
through the real İSM services, SHGM officials, Ministry facilities."""

from __future__ import annotations

import datetime as dt

from app.models import Facility
from app.textfold import fold
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Answer, Role
from app.workflows.ism import intake, review
from app.workflows.ism import notify as nt
from tests.support.ism import TODAY, form, izmir_desk, officer, vendor

SHGM_DAY = dt.date(2026, 3, 12)          # ten days after the İSM received the application


def forwarded(ctx: AppContext, received: dt.date = TODAY) -> int:
    """An application received, examined (all Uygun), notified and forwarded by the İzmir İSM."""
    desk = izmir_desk(ctx, received)
    v, p = vendor(desk)
    app_id = intake.receive(desk, form(v, p, received=received))
    with desk.read() as s:
        rows = review.checklist(s, app_id)
    for r in rows:
        review.answer_item(desk, app_id, r.criterion_id, Answer.UYGUN)
    nt.notify(desk, app_id, nt.NoticeInput(letter_date=received, sent_on=received, send_channel="kep",
                                           signer_name="Dr. Mehmet Şahin", signer_title="İl Sağlık Müdürü"))
    nt.forward(desk, app_id, "Ek-1 incelemesi uygun.")
    return app_id


def shgm(ctx: AppContext, role: Role = Role.SHGM_APPROVER, day: dt.date = SHGM_DAY,
         username: str | None = None) -> AppContext:
    name = {Role.SHGM_APPROVER: "Dr. Gülşen Işıkçı", Role.SHGM_REVIEWER: "Uzm. Ömer Çağlayan"}.get(role, "Şükrü Ünal")
    actor = officer(ctx, username or f"shgm.{role.value}", role, None, name)
    return AppContext(ctx.engine, ctx.target, actor, FixedClock.on(day, hour=10))


def on_day(ctx: AppContext, day: dt.date) -> AppContext:
    return AppContext(ctx.engine, ctx.target, ctx.actor, FixedClock.on(day, hour=10))


def ministry_facility(ctx: AppContext, ckys: str = "06-9001", name: str = "Ankara Şehir Hastanesi",
                      type_code: str = "bakanliga_bagli") -> int:
    with ctx.write() as s:
        f = Facility(ckys_code=ckys, name=name, name_fold=fold(name), type_code=type_code, province_id=6,
                     district="Çankaya", address="Üniversiteler Mah. 1604. Cad. No: 9", tax_no="9990001112")
        s.add(f)
        s.flush()
        return f.id


def amend(ctx: AppContext, permit_id: int, areas: list, reason: str, effective_on: dt.date | None = None,
          document_ref: str = "", **kw):  # type: ignore[no-untyped-def]
    """An amendment of a permit's areas the whole way: SHGM's decision, its ÇKYS mark, then the signed revision
    (permits.amend_areas with the decision). Returns the IssuedPermit."""
    from app.workflows.shgm import decisions as shgm
    from app.workflows.shgm import permits

    decision_id = permits.start_amendment(ctx, permit_id, areas, reason)
    shgm.mark_ckys_recorded(ctx, decision_id, f"CKYS-DEGISIKLIK-{decision_id}")
    return permits.amend_areas(ctx, permit_id, areas, reason, effective_on, document_ref, decision_id=decision_id,
                               **kw)
