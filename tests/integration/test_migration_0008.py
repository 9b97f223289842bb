"""Migration 0008 (the USBS producer per permit revision, issue 15): a database saved at schema 0006 is upgraded
through 0007 to 0008; every revision of a permit issued on an application names the application's producer and
product, a revision without an application (ex officio) names none. Downgrading to 0007 and upgrading again keeps
what the revisions name (on SQLite the columns stay through the downgrade: the migration says why)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import inspect, text

from app.storage import migrate
from app.storage.database import Target, make_engine, sqlite_url

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_a_database_at_0006_gets_each_revisions_producer_from_its_application(tmp_path):
    db = tmp_path / "ush-izin.db"
    shutil.copyfile(FIXTURES / "schema-0006.db", db)
    engine = make_engine(Target(sqlite_url(db)))
    with engine.connect() as c:
        before = c.execute(text("SELECT count(*) FROM permit_revisions")).scalar()
    migrate.upgrade(engine, "0008")
    with engine.connect() as c:
        rows = c.execute(text(
            "SELECT r.vendor_id, r.product_id, a.vendor_id, a.product_id, p.application_id FROM permit_revisions r "
            "JOIN permits p ON p.id = r.permit_id LEFT JOIN applications a ON a.id = p.application_id")).all()
    assert len(rows) == before > 0
    assert any(r[4] is not None and r[2] is not None for r in rows)        # the fixture has producers to copy
    for vendor_id, product_id, app_vendor, app_product, application_id in rows:
        assert (vendor_id, product_id) == ((app_vendor, app_product) if application_id else (None, None))
    migrate.downgrade(engine, "0007")
    migrate.upgrade(engine, "0008")
    with engine.connect() as c:
        again = c.execute(text(
            "SELECT r.vendor_id, r.product_id, a.vendor_id, a.product_id, p.application_id FROM permit_revisions r "
            "JOIN permits p ON p.id = r.permit_id LEFT JOIN applications a ON a.id = p.application_id")).all()
    assert sorted(again, key=repr) == sorted(rows, key=repr)
    assert {"vendor_id", "product_id"} <= {c["name"] for c in inspect(engine).get_columns("permit_revisions")}
    engine.dispose()
