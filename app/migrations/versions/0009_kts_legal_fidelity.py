"""KTS legal fidelity (issue 15): deletion grounds, onboarding audit tests, art. 6/5 information changes.

- vendor_status_events.ground: the SBYS art. 8 ground of a deletion (8/2 bans a new application for a year, 8/3
  and the automatic deletions do not). Existing deletions get theirs from how they were written: the desk's
  deletion without warning ("Uyarı yapılmaksızın silindi: …") was 8/2, every other deletion came from the rules.
- vendor_onboarding_steps.audit_test: each of the four audit tests is its own result (empty on older rows: one
  result for all four).
- vendor_products.needs_uts: the software needs ÜTS registration (art. 6/3-c).
- vendor_info_changes: changes to a registered producer's information and when KTS was told (art. 6/5).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 11:00:00
"""

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no table copy: other tables' foreign keys point at these)
    op.add_column('vendor_status_events', sa.Column('ground', sa.String(length=20), nullable=True))
    op.add_column('vendor_onboarding_steps', sa.Column('audit_test', sa.String(length=30), nullable=True))
    op.add_column('vendor_products', sa.Column('needs_uts', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.execute("UPDATE vendor_status_events SET ground = CASE WHEN reason LIKE 'Uyarı yapılmaksızın silindi%' "
               "THEN 'false_info' ELSE 'passive_list' END WHERE status = 'deleted'")
    op.create_table('vendor_info_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=False),
    sa.Column('new_value', sa.Text(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('notified_on', sa.Date(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_vendor_info_changes_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_vendor_info_changes_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_info_changes'))
    )
    with op.batch_alter_table('vendor_info_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_info_changes_vendor_id'), ['vendor_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('vendor_info_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vendor_info_changes_vendor_id'))
    op.drop_table('vendor_info_changes')
    # plain DROP COLUMN, as the upgrade adds them (SQLite ≥ 3.35): no table copy under the foreign keys
    op.drop_column('vendor_products', 'needs_uts')
    op.drop_column('vendor_onboarding_steps', 'audit_test')
    op.drop_column('vendor_status_events', 'ground')
