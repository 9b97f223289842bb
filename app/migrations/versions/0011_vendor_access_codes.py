"""USBS vendor access codes (issue 16, SBYS art. 6/4, 8/4).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 11:00:00
"""

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('vendor_access_codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('lookup', sa.String(length=16), nullable=False),
    sa.Column('secret_hash', sa.String(length=64), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('revoked_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_by_id', sa.Integer(), nullable=True),
    sa.Column('revoke_reason', sa.String(length=300), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['issued_by_id'], ['users.id'], name=op.f('fk_vendor_access_codes_issued_by_id_users')),
    sa.ForeignKeyConstraint(['revoked_by_id'], ['users.id'],
                            name=op.f('fk_vendor_access_codes_revoked_by_id_users')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_vendor_access_codes_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_access_codes')),
    sa.UniqueConstraint('lookup', name=op.f('uq_vendor_access_codes_lookup'))
    )
    with op.batch_alter_table('vendor_access_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_access_codes_vendor_id'), ['vendor_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('vendor_access_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vendor_access_codes_vendor_id'))
    op.drop_table('vendor_access_codes')
