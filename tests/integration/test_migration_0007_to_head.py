"""A database saved at schema 0007 (the last release's, tests/fixtures/db/README.md) opens in this program: it is
backed up, upgraded through 0008-0014 and keeps every record, while the new columns get what the old records
already said: each permit revision's USBS producer from its application (0008), the ground of each KTS deletion
(0009: the desk's fraud deletion is art. 8/2 with its one-year ban, the list rules' deletion carries none), the
decision each first revision was signed from (0014), and the audit chain still verifies."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select, text

from app.models import AuditEntry, Permit, PermitRevision, ShgmDecision, VendorStatusEvent
from app.storage import migrate
from app.storage.audit import verify_chain
from app.storage.database import Target, sqlite_url
from app.workflows.admin.bootstrap import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_a_database_saved_at_0007_is_upgraded_to_head_keeping_and_completing_its_records(tmp_path):
    db = tmp_path / "ush-izin.db"
    shutil.copyfile(FIXTURES / "schema-0007.db", db)
    res = open_database(target=Target(sqlite_url(db)))
    assert res.upgraded_from == "0007" and res.backup is not None
    assert migrate.status(res.ctx.engine).state == "current"
    with res.ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Permit)) == 14
        assert s.scalar(select(func.count()).select_from(PermitRevision)) == 15
        # 0008: a revision names its application's producer; ex officio revisions (no application) name none
        rows = s.execute(text(
            "SELECT r.vendor_id, a.vendor_id, p.application_id FROM permit_revisions r JOIN permits p "
            "ON p.id = r.permit_id LEFT JOIN applications a ON a.id = p.application_id")).all()
        assert all(r[0] == (r[1] if r[2] else None) for r in rows) and any(r[0] for r in rows)
        # 0009: the two deletions the 0007 program recorded, with the grounds the texts give them
        grounds = {e.reason[:26]: e.ground for e in s.scalars(
            select(VendorStatusEvent).where(VendorStatusEvent.status == "deleted"))}
        assert grounds == {"Uyarı yapılmaksızın silind": "false_info", "Pasif listeye alındıktan s": "passive_list"}
        # 0014: every first revision was signed from its permit's decision; no amendment decisions yet
        first = s.execute(select(PermitRevision.decision_id, Permit.decision_id)
                          .join(Permit, Permit.id == PermitRevision.permit_id)
                          .where(PermitRevision.revision_no == 1)).all()
        assert len(first) == 14 and all(rev == permit for rev, permit in first)
        later = s.scalars(select(PermitRevision.decision_id).where(PermitRevision.revision_no > 1)).all()
        assert later == [None]
        assert s.scalar(select(func.count()).select_from(ShgmDecision)
                        .where(ShgmDecision.amends_permit_id.is_not(None))) == 0
        entries = s.scalar(select(func.count()).select_from(AuditEntry))
        ok, checked, _bad = verify_chain(s)
    assert ok and checked == entries >= 150
    res.close()
