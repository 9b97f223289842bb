"""KTS audits (SBYS art. 18) and technical evaluations / Genel Yetkinlik Puanı (art. 20).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 11:00:00
"""

import sqlalchemy as sa
from alembic import op

import app.models.base

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def _tr(length: int) -> sa.String:
    return app.models.base.tr_string(length)


def upgrade() -> None:
    op.create_table('competence_criteria_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_until', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competence_criteria_versions')),
    sa.UniqueConstraint('code', name=op.f('uq_competence_criteria_versions_code'))
    )
    op.create_table('vendor_audits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('grounds', sa.String(length=20), nullable=False),
    sa.Column('complainant', _tr(250), nullable=False),
    sa.Column('complaint_subject', sa.Text(), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('team', sa.String(length=20), nullable=False),
    sa.Column('team_province_id', sa.Integer(), nullable=True),
    sa.Column('team_members', sa.Text(), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('performed_on', sa.Date(), nullable=True),
    sa.Column('security_test', sa.String(length=20), nullable=False),
    sa.Column('security_report_id', sa.Integer(), nullable=True),
    sa.Column('security_summary', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('warning_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'),
              nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_vendor_audits_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['security_report_id'], ['documents.id'],
                            name=op.f('fk_vendor_audits_security_report_id_documents')),
    sa.ForeignKeyConstraint(['team_province_id'], ['provinces.id'],
                            name=op.f('fk_vendor_audits_team_province_id_provinces')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_vendor_audits_vendor_id_vendors')),
    sa.ForeignKeyConstraint(['warning_id'], ['vendor_warnings.id'],
                            name=op.f('fk_vendor_audits_warning_id_vendor_warnings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_audits'))
    )
    with op.batch_alter_table('vendor_audits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_audits_vendor_id'), ['vendor_id'], unique=False)
    op.create_table('vendor_audit_findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('audit_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=2), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['vendor_audits.id'],
                            name=op.f('fk_vendor_audit_findings_audit_id_vendor_audits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_audit_findings')),
    sa.UniqueConstraint('audit_id', 'subject', name=op.f('uq_vendor_audit_findings_audit_id'))
    )
    with op.batch_alter_table('vendor_audit_findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_audit_findings_audit_id'), ['audit_id'], unique=False)
    op.create_table('technical_evaluations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('evaluator_name', _tr(120), nullable=False),
    sa.Column('evaluator_province_id', sa.Integer(), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('performed_on', sa.Date(), nullable=True),
    sa.Column('criteria_version_id', sa.Integer(), nullable=True),
    sa.Column('item_scores', sa.JSON(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'),
              nullable=False),
    sa.ForeignKeyConstraint(['criteria_version_id'], ['competence_criteria_versions.id'],
                            name=op.f('fk_technical_evaluations_criteria_version_id_competence_criteria_versions')),
    sa.ForeignKeyConstraint(['evaluator_province_id'], ['provinces.id'],
                            name=op.f('fk_technical_evaluations_evaluator_province_id_provinces')),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'],
                            name=op.f('fk_technical_evaluations_facility_id_facilities')),
    sa.ForeignKeyConstraint(['product_id'], ['vendor_products.id'],
                            name=op.f('fk_technical_evaluations_product_id_vendor_products')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_technical_evaluations_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_technical_evaluations')),
    sa.UniqueConstraint('product_id', 'year', 'facility_id', name=op.f('uq_technical_evaluations_product_id'))
    )
    with op.batch_alter_table('technical_evaluations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_technical_evaluations_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_technical_evaluations_vendor_id'), ['vendor_id'], unique=False)
    op.create_table('competence_declarations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('staff_count', sa.Integer(), nullable=True),
    sa.Column('database_name', sa.String(length=120), nullable=False),
    sa.Column('database_open', sa.Boolean(), nullable=False),
    sa.Column('os_name', sa.String(length=120), nullable=False),
    sa.Column('os_open', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['vendor_products.id'],
                            name=op.f('fk_competence_declarations_product_id_vendor_products')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_competence_declarations_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competence_declarations')),
    sa.UniqueConstraint('product_id', 'year', name=op.f('uq_competence_declarations_product_id'))
    )
    with op.batch_alter_table('competence_declarations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competence_declarations_vendor_id'), ['vendor_id'], unique=False)


def downgrade() -> None:
    for table in ('competence_declarations', 'technical_evaluations', 'vendor_audit_findings', 'vendor_audits',
                  'competence_criteria_versions'):
        op.drop_table(table)
