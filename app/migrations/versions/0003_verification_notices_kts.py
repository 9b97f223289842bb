"""Verification log, in-app notices to İSMs, KTS Yetki Belgesi records, vendor access-code dates.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:07:57.636542
"""

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('verification_checks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('document_kind', sa.String(length=30), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=True),
    sa.Column('valid', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('checked_by', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verification_checks'))
    )
    op.create_table('notices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('province_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=250), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('acknowledged_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['acknowledged_by_id'], ['users.id'], name=op.f('fk_notices_acknowledged_by_id_users')),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_notices_province_id_provinces')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_notices_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notices'))
    )
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notices_province_id'), ['province_id'], unique=False)

    op.create_table('vendor_certificates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('verification_code', sa.String(length=40), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('issued_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_vendor_certificates_document_id_documents')),
    sa.ForeignKeyConstraint(['issued_by_id'], ['users.id'], name=op.f('fk_vendor_certificates_issued_by_id_users')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_vendor_certificates_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_certificates')),
    sa.UniqueConstraint('number', name=op.f('uq_vendor_certificates_number')),
    sa.UniqueConstraint('verification_code', name=op.f('uq_vendor_certificates_verification_code'))
    )
    with op.batch_alter_table('vendor_certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_certificates_vendor_id'), ['vendor_id'], unique=False)

    with op.batch_alter_table('vendors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('access_code_issued_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('access_code_closes_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('reapply_not_before', sa.Date(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('vendors', schema=None) as batch_op:
        batch_op.drop_column('reapply_not_before')
        batch_op.drop_column('access_code_closes_on')
        batch_op.drop_column('access_code_issued_on')

    with op.batch_alter_table('vendor_certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vendor_certificates_vendor_id'))

    op.drop_table('vendor_certificates')
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notices_province_id'))

    op.drop_table('notices')
    op.drop_table('verification_checks')
