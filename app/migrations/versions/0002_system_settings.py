"""Shared system settings (the clock rules every desk must agree on), with their defaults.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:39:10.834827
"""

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('system_settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_system_settings'))
    )
    settings = sa.table("system_settings", sa.column("key"), sa.column("value", sa.JSON), sa.column("version"))
    op.bulk_insert(settings, [
        # shared/domain §7-8: 15 calendar days; a last day on a half-day eve is a working day.
        {"key": "clock_rules", "value": {"period_days": 15, "eve_is_working_day": True}, "version": 1},
    ])


def downgrade() -> None:
    op.drop_table('system_settings')
