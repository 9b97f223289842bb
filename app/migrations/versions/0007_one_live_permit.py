"""One live permit per facility (issue 14): permits.revoked_on (the earliest recorded revocation's date, filled
from permit_events) and a partial unique index on permits(facility_id) over the live permits, so that the
database itself refuses a second permit that is not revoked, whoever writes it and however concurrently.

A database may already hold two live permits for one facility (the hole this closes). Nothing is revoked here:
the newest stays the facility's live permit and each older one gets `duplicate_of` = the newest one's id, which
keeps it outside the index. The services still count it as live (no new permit until it is revoked), the SHGM
Onay Yetkilisi revokes it, and setting `duplicate_of` back to NULL on a live one is refused by the index.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

LIVE = "revoked_on IS NULL AND duplicate_of IS NULL"
NEWEST_LIVE = ("SELECT p2.id FROM permits p2 WHERE p2.facility_id = permits.facility_id AND p2.revoked_on IS NULL "
               "ORDER BY p2.issued_on DESC, p2.id DESC LIMIT 1")


def upgrade() -> None:
    op.add_column('permits', sa.Column('revoked_on', sa.Date(), nullable=True))
    op.add_column('permits', sa.Column('duplicate_of', sa.Integer(), nullable=True))
    op.execute("UPDATE permits SET revoked_on = (SELECT MIN(e.effective_from) FROM permit_events e "
               "WHERE e.permit_id = permits.id AND e.kind = 'revoked')")
    op.execute(f"UPDATE permits SET duplicate_of = ({NEWEST_LIVE}) WHERE revoked_on IS NULL AND id <> ({NEWEST_LIVE})")
    op.create_index('uq_permits_live_facility', 'permits', ['facility_id'], unique=True,
                    sqlite_where=sa.text(LIVE), postgresql_where=sa.text(LIVE))


def downgrade() -> None:
    op.drop_index('uq_permits_live_facility', table_name='permits')
    with op.batch_alter_table('permits') as batch:
        batch.drop_column('duplicate_of')
        batch.drop_column('revoked_on')
