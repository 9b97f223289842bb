"""Verification service log (issue 16): public verifications and vendor queries, and the HMAC key of the TC
kimlik numbers it keeps only as keyed hashes. Append-only on PostgreSQL (triggers refuse UPDATE, DELETE,
TRUNCATE); on a shared server `server_policies.apply` gives the grants (the verifier inserts, only it reads the
key).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 11:00:00
"""

import os

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('service_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=True),
    sa.Column('facility_id', sa.Integer(), nullable=True),
    sa.Column('permit_id', sa.Integer(), nullable=True),
    sa.Column('answer', sa.String(length=30), nullable=False),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.Column('tckn_hash', sa.String(length=64), nullable=True),
    sa.Column('file_sha256', sa.String(length=64), nullable=True),
    sa.Column('client', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_log'))
    )
    with op.batch_alter_table('service_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_log_at'), ['at'], unique=False)
        batch_op.create_index('ix_service_log_permit_at', ['permit_id', 'at'], unique=False)
        batch_op.create_index('ix_service_log_vendor_at', ['vendor_id', 'at'], unique=False)
    key_table = op.create_table('service_log_key',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('key', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_log_key'))
    )
    op.bulk_insert(key_table, [{'id': 1, 'key': os.urandom(32)}])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION service_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'service_log is append-only (% refused)', TG_OP; END $$"
        )
        op.execute(
            "CREATE TRIGGER service_log_no_change BEFORE UPDATE OR DELETE ON service_log "
            "FOR EACH ROW EXECUTE FUNCTION service_log_append_only()"
        )
        op.execute(
            "CREATE TRIGGER service_log_no_truncate BEFORE TRUNCATE ON service_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION service_log_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS service_log_no_change ON service_log")
        op.execute("DROP TRIGGER IF EXISTS service_log_no_truncate ON service_log")
        op.execute("DROP FUNCTION IF EXISTS service_log_append_only()")
    op.drop_table('service_log_key')
    with op.batch_alter_table('service_log', schema=None) as batch_op:
        batch_op.drop_index('ix_service_log_vendor_at')
        batch_op.drop_index('ix_service_log_permit_at')
        batch_op.drop_index(batch_op.f('ix_service_log_at'))
    op.drop_table('service_log')
