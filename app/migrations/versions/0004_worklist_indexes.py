"""Indexes the worklist needs on 100,000 applications (bench/worklist.py, docs/performance.md).

- applications(province_id, received_on, received_at): an İSM desk's default page (its province, newest first)
  is read straight from the index instead of sorting the province's applications.
- applications(facility_id, received_on, received_at): a facility search pages its matches from the index alone.
- SQLite only: the Turkish sort key of facilities (app.workflows.common.collation.sqlite_turkish_key over
  name_fold), so sorting by facility walks the index instead of computing the key for every application. The
  expression below must be the one the query emits, character for character in structure
  (tests/integration/test_migrations.py checks the plan).
- PostgreSQL only: facilities(name), in the column's ICU tr-TR collation, so sorting by facility walks the index
  instead of sorting all facilities with ICU for every page (the SQLite key index does this on SQLite).
The two engine-specific indexes are not in the models (an index for one engine only cannot be declared there);
tests/integration/test_migrations.py checks that they exist and that the worklist's plans use them. A later SQLite
"batch" migration that recreates `facilities` must create ix_facilities_tr_sort again (batch mode cannot copy it).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 13:25:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# collation.SQLITE_TR_MAP as SQL: each Turkish letter becomes its base letter + "{" (after "z").
SQLITE_TURKISH_KEY = (
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(name_fold, "
    "'ç', 'c{'), 'ğ', 'g{'), 'ı', 'h{'), 'ö', 'o{'), 'ş', 's{'), 'ü', 'u{'), 'â', 'a'), 'î', 'i'), 'û', 'u')"
)


def upgrade() -> None:
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index('ix_applications_province_received', ['province_id', 'received_on', 'received_at'],
                              unique=False)
        batch_op.create_index('ix_applications_facility_received', ['facility_id', 'received_on', 'received_at'],
                              unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(f"CREATE INDEX ix_facilities_tr_sort ON facilities ({SQLITE_TURKISH_KEY})")
    else:
        op.create_index('ix_facilities_name', 'facilities', ['name'], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("DROP INDEX IF EXISTS ix_facilities_tr_sort")
    else:
        op.drop_index('ix_facilities_name', table_name='facilities')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index('ix_applications_facility_received')
        batch_op.drop_index('ix_applications_province_received')
