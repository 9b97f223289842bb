"""A database saved at schema 0014 (tests/fixtures/db/README.md) opens in this program: it is backed up and
upgraded by 0015, which gives notices their messages (`notices.texts`) for the interface's language. The notices
written before keep their Turkish title and text and are read as written; new ones carry their messages; the audit
chain still verifies."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import func, select, text

from app.models import AuditEntry, Notice
from app.storage import migrate
from app.storage.audit import verify_chain
from app.storage.database import Target, sqlite_url
from app.workflows.admin.bootstrap import open_database
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import Actor
from app.workflows.common.messages import Message
from app.workflows.common.vocabulary import Role
from app.workflows.kts import registry as kts
from app.workflows.shgm import permits

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_a_database_saved_at_0014_keeps_its_notices_as_written_and_new_ones_carry_their_messages(tmp_path):
    db = tmp_path / "ush-izin.db"
    shutil.copyfile(FIXTURES / "schema-0014.db", db)
    res = open_database(target=Target(sqlite_url(db)))
    assert res.upgraded_from == "0014" and res.backup is not None
    assert migrate.status(res.ctx.engine).state == "current"
    ctx = res.ctx
    ctx.clock = FixedClock.on(dt.date(2026, 12, 4), hour=10)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Notice)) == 3
        assert s.scalars(select(Notice.texts)).all() == [None, None, None]
    cankiri = ctx.as_user(Actor(None, "ism18.memur", "Çankırı İSM", Role.ISM_OFFICER, 18))
    (old,) = kts.notices_for(cankiri, 18)
    assert old.title == "İzin iptal edildi: 18-2026-00001 Çankırı Eğitim ve Araştırma Hastanesi"
    assert "iptal edildi" in old.body and not isinstance(old.title, Message)    # read as written, in Turkish

    with ctx.read() as s:
        uid, name = s.execute(text("SELECT id, username FROM users WHERE role = 'shgm_approver'")).first()
        live = s.execute(text(
            "SELECT p.id FROM permits p WHERE NOT EXISTS (SELECT 1 FROM permit_events e WHERE e.permit_id = p.id "
            "AND e.kind <> 'issued') ORDER BY p.id")).scalars().first()
    approver = ctx.as_user(Actor(uid, name, "SHGM Onay", Role.SHGM_APPROVER, None))
    permits.revoke(approver, live, dt.date(2026, 12, 4), "Tesis kapandı.")
    with ctx.read() as s:
        (fresh,) = s.scalars(select(Notice).where(Notice.texts.is_not(None))).all()
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
        ok, checked, _bad = verify_chain(s)
    reader = ctx.as_user(Actor(None, "ism.memur", "İSM", Role.ISM_OFFICER, fresh.province_id))
    new = kts.notices_for(reader, fresh.province_id)[0]
    assert isinstance(new.title, Message) and new.title == fresh.title    # the same Turkish, as a message
    assert ok and checked == entries >= 159
    res.close()
