"""Migration 0007 (one live permit per facility): a database saved at schema 0006, holding the hole's result (two
live permits of one facility) and a revocation planned for later, is upgraded without losing or revoking anything;
afterwards the database refuses any second live permit. On PostgreSQL the same rows are built at 0006 by SQL."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.models import Facility, FacilityType, Permit, PermitEvent, Province
from app.storage import migrate
from app.storage.database import Target, make_engine, sqlite_url
from app.workflows.admin.bootstrap import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _check_upgraded(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as c:
        rows = c.execute(select(Permit.id, Permit.facility_id, Permit.number, Permit.issued_on, Permit.revoked_on,
                                Permit.duplicate_of)).all()
        revoked = dict(c.execute(select(PermitEvent.permit_id, func.min(PermitEvent.effective_from))
                                 .where(PermitEvent.kind == "revoked").group_by(PermitEvent.permit_id)).all())
    by_id = {r.id: r for r in rows}
    for r in rows:
        assert r.revoked_on == revoked.get(r.id)               # filled from the events, earliest revocation
    live: dict[int, list] = {}
    for r in rows:
        if r.revoked_on is None:
            live.setdefault(r.facility_id, []).append(r)
    clash = [lst for lst in live.values() if len(lst) > 1]
    assert len(clash) == 1                                      # kept, not revoked
    newest = max(clash[0], key=lambda r: (r.issued_on, r.id))
    assert newest.duplicate_of is None
    assert all(r.duplicate_of == newest.id for r in clash[0] if r.id != newest.id)
    assert all(by_id[r.id].duplicate_of is None for lst in live.values() if len(lst) == 1 for r in lst)
    # from now on the database refuses a second live permit, for the clashing facility too
    for facility_id in (clash[0][0].facility_id, next(lst[0].facility_id for lst in live.values() if len(lst) == 1)):
        with pytest.raises(IntegrityError), engine.begin() as c:
            c.execute(Permit.__table__.insert().values(number=f"YENI-{facility_id}", facility_id=facility_id,
                                                       issued_on=dt.date(2026, 12, 4), ex_officio=False,
                                                       ex_officio_reason="", version=1,
                                                       created_at=dt.datetime(2026, 12, 4, tzinfo=dt.timezone.utc)))


def test_a_database_saved_at_schema_0006_gets_one_live_permit_per_facility(tmp_path):
    db = tmp_path / "ush-izin.db"
    shutil.copyfile(FIXTURES / "schema-0006.db", db)
    res = open_database(target=Target(sqlite_url(db)))
    assert res.upgraded_from == "0006" and res.backup is not None
    with res.ctx.read() as s:
        assert s.scalar(select(func.count(Permit.id))) == 9
        planned = s.scalars(select(Permit).where(Permit.number == "04-2025-00001")).one()
        assert planned.revoked_on == dt.date(2027, 6, 21)
    _check_upgraded(res.ctx.engine)
    res.ctx.engine.dispose()


@pytest.mark.engines("postgresql")
def test_postgresql_at_0006_with_two_live_permits_upgrades(empty_target):
    engine = make_engine(empty_target)
    migrate.upgrade(engine, "0006")
    with engine.begin() as c:
        c.execute(Province.__table__.insert().values(id=6, name="Ankara", name_fold="ankara"))
        c.execute(FacilityType.__table__.insert().values(code="t", name="Tür", ex_officio_allowed=True))
        for fid in (1, 2):
            c.execute(Facility.__table__.insert().values(id=fid, ckys_code=f"C-{fid}", name="Tesis", name_fold="tesis",
                                                         type_code="t", province_id=6, tax_no=f"123456789{fid}"))
        for pid, fid, issued in ((1, 1, "2026-01-05"), (2, 1, "2026-02-05"), (3, 2, "2026-01-05"),
                                 (4, 2, "2026-03-01")):
            c.execute(text("INSERT INTO permits (id, number, facility_id, ex_officio, ex_officio_reason, issued_on, "
                           "version, created_at) VALUES (:id, :n, :f, false, '', :d, 1, now())"),
                      {"id": pid, "n": f"P-{pid}", "f": fid, "d": issued})
        c.execute(text("INSERT INTO permit_events (permit_id, kind, effective_from, reason, legal_basis, document_ref, "
                       "at) VALUES (3, 'revoked', '2026-02-28', '', '', '', now())"))
    migrate.upgrade(engine)
    with engine.begin() as c:
        got = {r[0]: (r[1], r[2]) for r in c.execute(text("SELECT id, revoked_on, duplicate_of FROM permits"))}
    assert got == {1: (None, 2), 2: (None, None), 3: (dt.date(2026, 2, 28), None), 4: (None, None)}
    with pytest.raises(IntegrityError), engine.begin() as c:
        c.execute(text("UPDATE permits SET duplicate_of = NULL WHERE id = 1"))
    migrate.downgrade(engine, "0006")
    migrate.upgrade(engine)
    engine.dispose()
