"""Initial schema: reference lists, parties, applications, permits, documents and the audit trail.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 11:36:11.988832
"""

import sqlalchemy as sa
from alembic import op

import app.models.base

GENESIS = "0" * 64


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=60), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_entries_hash'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_table_name'), ['table_name'], unique=False)

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('entries', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('branches',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=100).with_variant(sa.String(length=100, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_branches'))
    )
    op.create_table('ek1_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_until', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ek1_versions')),
    sa.UniqueConstraint('code', name=op.f('uq_ek1_versions_code'))
    )
    op.create_table('facility_types',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=60).with_variant(sa.String(length=60, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('ex_officio_allowed', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_facility_types'))
    )
    op.create_table('number_sequences',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_number_sequences'))
    )
    op.create_table('provinces',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name', sa.String(length=40).with_variant(sa.String(length=40, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('name_fold', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provinces')),
    sa.UniqueConstraint('name', name=op.f('uq_provinces_name'))
    )
    with op.batch_alter_table('provinces', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provinces_name_fold'), ['name_fold'], unique=False)

    op.create_table('reference_datasets',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_reference_datasets'))
    )
    op.create_table('ush_areas',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200).with_variant(sa.String(length=200, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('basis', sa.String(length=200), nullable=False),
    sa.Column('needs_ministry_permission', sa.Boolean(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('retired_on', sa.Date(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_ush_areas'))
    )
    op.create_table('vendors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=250).with_variant(sa.String(length=250, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('name_fold', sa.String(length=250), nullable=False),
    sa.Column('tax_no', sa.String(length=10), nullable=False),
    sa.Column('mersis_no', sa.String(length=16), nullable=True),
    sa.Column('signatory_name', sa.String(length=120).with_variant(sa.String(length=120, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('kts_firm_code', sa.String(length=30), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendors')),
    sa.UniqueConstraint('tax_no', name=op.f('uq_vendors_tax_no'))
    )
    with op.batch_alter_table('vendors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendors_name_fold'), ['name_fold'], unique=False)

    op.create_table('ek1_criteria',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ek1_version_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('check_text', sa.Text(), nullable=False),
    sa.Column('basis', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['ek1_version_id'], ['ek1_versions.id'], name=op.f('fk_ek1_criteria_ek1_version_id_ek1_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ek1_criteria')),
    sa.UniqueConstraint('ek1_version_id', 'number', name=op.f('uq_ek1_criteria_ek1_version_id'))
    )
    op.create_table('facilities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ckys_code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=250).with_variant(sa.String(length=250, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('name_fold', sa.String(length=250), nullable=False),
    sa.Column('type_code', sa.String(length=20), nullable=False),
    sa.Column('province_id', sa.Integer(), nullable=False),
    sa.Column('district', sa.String(length=60).with_variant(sa.String(length=60, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('tax_no', sa.String(length=10), nullable=True),
    sa.Column('tckn', sa.String(length=11), nullable=True),
    sa.Column('mersis_no', sa.String(length=16), nullable=True),
    sa.Column('manager_name', sa.String(length=120).with_variant(sa.String(length=120, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('manager_tckn', sa.String(length=11), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('kep_address', sa.String(length=120), nullable=False),
    sa.Column('main_licence_no', sa.String(length=60), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('tax_no IS NOT NULL OR tckn IS NOT NULL', name=op.f('ck_facilities_has_tax_id')),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_facilities_province_id_provinces')),
    sa.ForeignKeyConstraint(['type_code'], ['facility_types.code'], name=op.f('fk_facilities_type_code_facility_types')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facilities')),
    sa.UniqueConstraint('ckys_code', name=op.f('uq_facilities_ckys_code'))
    )
    with op.batch_alter_table('facilities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facilities_name_fold'), ['name_fold'], unique=False)
        batch_op.create_index(batch_op.f('ix_facilities_province_id'), ['province_id'], unique=False)

    op.create_table('professionals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tckn', sa.String(length=11), nullable=False),
    sa.Column('first_name', sa.String(length=80).with_variant(sa.String(length=80, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('last_name', sa.String(length=80).with_variant(sa.String(length=80, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('name_fold', sa.String(length=170), nullable=False),
    sa.Column('profession', sa.String(length=40), nullable=False),
    sa.Column('branch_code', sa.String(length=20), nullable=True),
    sa.Column('licence_no', sa.String(length=40), nullable=False),
    sa.Column('licence_valid_until', sa.Date(), nullable=True),
    sa.Column('licence_suspended_from', sa.Date(), nullable=True),
    sa.Column('licence_suspended_until', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['branch_code'], ['branches.code'], name=op.f('fk_professionals_branch_code_branches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_professionals')),
    sa.UniqueConstraint('tckn', name=op.f('uq_professionals_tckn'))
    )
    with op.batch_alter_table('professionals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_professionals_name_fold'), ['name_fold'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('full_name', sa.String(length=120).with_variant(sa.String(length=120, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('province_id', sa.Integer(), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_users_province_id_provinces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('vendor_products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200).with_variant(sa.String(length=200, collation='tr-TR-x-icu'), 'postgresql'), nullable=False),
    sa.Column('product_version', sa.String(length=40), nullable=False),
    sa.Column('kts_registration_no', sa.String(length=40), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_vendor_products_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_products')),
    sa.UniqueConstraint('vendor_id', 'name', 'product_version', name=op.f('uq_vendor_products_vendor_id'))
    )
    with op.batch_alter_table('vendor_products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_products_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('vendor_warnings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('fixed_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_vendor_warnings_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_warnings'))
    )
    with op.batch_alter_table('vendor_warnings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_warnings_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('province_id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('received_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('channel_ref', sa.String(length=60), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('ek1_version_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=30), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_applications_created_by_id_users')),
    sa.ForeignKeyConstraint(['ek1_version_id'], ['ek1_versions.id'], name=op.f('fk_applications_ek1_version_id_ek1_versions')),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'], name=op.f('fk_applications_facility_id_facilities')),
    sa.ForeignKeyConstraint(['product_id'], ['vendor_products.id'], name=op.f('fk_applications_product_id_vendor_products')),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_applications_province_id_provinces')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_applications_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applications')),
    sa.UniqueConstraint('number', name=op.f('uq_applications_number'))
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index('ix_applications_province_state', ['province_id', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_state'), ['state'], unique=False)

    op.create_table('vendor_onboarding_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=40), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['users.id'], name=op.f('fk_vendor_onboarding_steps_officer_id_users')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_vendor_onboarding_steps_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_onboarding_steps'))
    )
    with op.batch_alter_table('vendor_onboarding_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_onboarding_steps_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('vendor_status_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vendor_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_vendor_status_events_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_vendor_status_events_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vendor_status_events'))
    )
    with op.batch_alter_table('vendor_status_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vendor_status_events_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('work_permits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('permit_no', sa.String(length=40), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'], name=op.f('fk_work_permits_facility_id_facilities')),
    sa.ForeignKeyConstraint(['professional_id'], ['professionals.id'], name=op.f('fk_work_permits_professional_id_professionals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_permits'))
    )
    with op.batch_alter_table('work_permits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_permits_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_permits_professional_id'), ['professional_id'], unique=False)

    op.create_table('application_areas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('area_code', sa.String(length=30), nullable=False),
    sa.Column('branch_code', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_application_areas_application_id_applications')),
    sa.ForeignKeyConstraint(['area_code'], ['ush_areas.code'], name=op.f('fk_application_areas_area_code_ush_areas')),
    sa.ForeignKeyConstraint(['branch_code'], ['branches.code'], name=op.f('fk_application_areas_branch_code_branches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_areas')),
    sa.UniqueConstraint('application_id', 'area_code', 'branch_code', name=op.f('uq_application_areas_application_id'))
    )
    with op.batch_alter_table('application_areas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_areas_application_id'), ['application_id'], unique=False)

    op.create_table('application_professionals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('professional_id', sa.Integer(), nullable=False),
    sa.Column('work_permit_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_application_professionals_application_id_applications')),
    sa.ForeignKeyConstraint(['professional_id'], ['professionals.id'], name=op.f('fk_application_professionals_professional_id_professionals')),
    sa.ForeignKeyConstraint(['work_permit_id'], ['work_permits.id'], name=op.f('fk_application_professionals_work_permit_id_work_permits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application_professionals')),
    sa.UniqueConstraint('application_id', 'professional_id', name=op.f('uq_application_professionals_application_id'))
    )
    with op.batch_alter_table('application_professionals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_professionals_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_professionals_professional_id'), ['professional_id'], unique=False)

    op.create_table('checklist_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=False),
    sa.Column('answer', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('answered_by_id', sa.Integer(), nullable=True),
    sa.Column('answered_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['answered_by_id'], ['users.id'], name=op.f('fk_checklist_answers_answered_by_id_users')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_checklist_answers_application_id_applications')),
    sa.ForeignKeyConstraint(['criterion_id'], ['ek1_criteria.id'], name=op.f('fk_checklist_answers_criterion_id_ek1_criteria')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_answers')),
    sa.UniqueConstraint('application_id', 'criterion_id', name=op.f('uq_checklist_answers_application_id'))
    )
    with op.batch_alter_table('checklist_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_answers_application_id'), ['application_id'], unique=False)

    op.create_table('completions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=False),
    sa.Column('channel_ref', sa.String(length=60), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_completions_application_id_applications')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_completions_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_completions'))
    )
    with op.batch_alter_table('completions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_completions_application_id'), ['application_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('vendor_id', sa.Integer(), nullable=True),
    sa.Column('facility_id', sa.Integer(), nullable=True),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_documents_application_id_applications')),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'], name=op.f('fk_documents_facility_id_facilities')),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['users.id'], name=op.f('fk_documents_uploaded_by_id_users')),
    sa.ForeignKeyConstraint(['vendor_id'], ['vendors.id'], name=op.f('fk_documents_vendor_id_vendors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_facility_id'), ['facility_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_vendor_id'), ['vendor_id'], unique=False)

    op.create_table('shgm_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('area_difference_reason', sa.Text(), nullable=False),
    sa.Column('ex_officio', sa.Boolean(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('ckys_exported_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('ckys_recorded_at', app.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('ckys_reference', sa.String(length=60), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_shgm_decisions_application_id_applications')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_shgm_decisions_decided_by_id_users')),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'], name=op.f('fk_shgm_decisions_facility_id_facilities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shgm_decisions')),
    sa.UniqueConstraint('application_id', name=op.f('uq_shgm_decisions_application_id'))
    )
    with op.batch_alter_table('shgm_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shgm_decisions_facility_id'), ['facility_id'], unique=False)

    op.create_table('state_transitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('event', sa.String(length=40), nullable=False),
    sa.Column('from_state', sa.String(length=30), nullable=True),
    sa.Column('to_state', sa.String(length=30), nullable=False),
    sa.Column('at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_state_transitions_actor_id_users')),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_state_transitions_application_id_applications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_state_transitions'))
    )
    with op.batch_alter_table('state_transitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_state_transitions_application_id'), ['application_id'], unique=False)

    op.create_table('area_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=False),
    sa.Column('area_code', sa.String(length=30), nullable=False),
    sa.Column('branch_code', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['area_code'], ['ush_areas.code'], name=op.f('fk_area_assignments_area_code_ush_areas')),
    sa.ForeignKeyConstraint(['branch_code'], ['branches.code'], name=op.f('fk_area_assignments_branch_code_branches')),
    sa.ForeignKeyConstraint(['decision_id'], ['shgm_decisions.id'], name=op.f('fk_area_assignments_decision_id_shgm_decisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_area_assignments')),
    sa.UniqueConstraint('decision_id', 'area_code', 'branch_code', name=op.f('uq_area_assignments_decision_id'))
    )
    with op.batch_alter_table('area_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_area_assignments_decision_id'), ['decision_id'], unique=False)

    op.create_table('notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('province_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sayi', sa.String(length=60), nullable=False),
    sa.Column('letter_date', sa.Date(), nullable=False),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('signer_id', sa.Integer(), nullable=True),
    sa.Column('signer_name', sa.String(length=120), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('send_channel', sa.String(length=20), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_notifications_application_id_applications')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_notifications_document_id_documents')),
    sa.ForeignKeyConstraint(['province_id'], ['provinces.id'], name=op.f('fk_notifications_province_id_provinces')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_notifications_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['signer_id'], ['users.id'], name=op.f('fk_notifications_signer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications')),
    sa.UniqueConstraint('province_id', 'sayi', name=op.f('uq_notifications_province_id'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notifications_application_id'), ['application_id'], unique=False)

    op.create_table('permits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('ex_officio', sa.Boolean(), nullable=False),
    sa.Column('ex_officio_reason', sa.Text(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.models.base.UTCDateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_permits_application_id_applications')),
    sa.ForeignKeyConstraint(['decision_id'], ['shgm_decisions.id'], name=op.f('fk_permits_decision_id_shgm_decisions')),
    sa.ForeignKeyConstraint(['facility_id'], ['facilities.id'], name=op.f('fk_permits_facility_id_facilities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_permits')),
    sa.UniqueConstraint('number', name=op.f('uq_permits_number'))
    )
    with op.batch_alter_table('permits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_permits_facility_id'), ['facility_id'], unique=False)

    op.create_table('deficiencies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('notification_id', sa.Integer(), nullable=True),
    sa.Column('criterion_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('required_action', sa.Text(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], name=op.f('fk_deficiencies_application_id_applications')),
    sa.ForeignKeyConstraint(['criterion_id'], ['ek1_criteria.id'], name=op.f('fk_deficiencies_criterion_id_ek1_criteria')),
    sa.ForeignKeyConstraint(['notification_id'], ['notifications.id'], name=op.f('fk_deficiencies_notification_id_notifications')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deficiencies'))
    )
    with op.batch_alter_table('deficiencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deficiencies_application_id'), ['application_id'], unique=False)

    op.create_table('permit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('permit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('effective_until', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('document_ref', sa.String(length=100), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_permit_events_actor_id_users')),
    sa.ForeignKeyConstraint(['permit_id'], ['permits.id'], name=op.f('fk_permit_events_permit_id_permits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_permit_events'))
    )
    with op.batch_alter_table('permit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_permit_events_permit_id'), ['permit_id'], unique=False)

    op.create_table('permit_revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('permit_id', sa.Integer(), nullable=False),
    sa.Column('revision_no', sa.Integer(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('superseded_on', sa.Date(), nullable=True),
    sa.Column('verification_code', sa.String(length=40), nullable=False),
    sa.Column('signer_id', sa.Integer(), nullable=True),
    sa.Column('signer_name', sa.String(length=120), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('issued_at', app.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_permit_revisions_document_id_documents')),
    sa.ForeignKeyConstraint(['permit_id'], ['permits.id'], name=op.f('fk_permit_revisions_permit_id_permits')),
    sa.ForeignKeyConstraint(['signer_id'], ['users.id'], name=op.f('fk_permit_revisions_signer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_permit_revisions')),
    sa.UniqueConstraint('permit_id', 'revision_no', name=op.f('uq_permit_revisions_permit_id')),
    sa.UniqueConstraint('verification_code', name=op.f('uq_permit_revisions_verification_code'))
    )
    with op.batch_alter_table('permit_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_permit_revisions_permit_id'), ['permit_id'], unique=False)

    op.create_table('permit_areas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.Integer(), nullable=False),
    sa.Column('area_code', sa.String(length=30), nullable=False),
    sa.Column('branch_code', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['area_code'], ['ush_areas.code'], name=op.f('fk_permit_areas_area_code_ush_areas')),
    sa.ForeignKeyConstraint(['branch_code'], ['branches.code'], name=op.f('fk_permit_areas_branch_code_branches')),
    sa.ForeignKeyConstraint(['revision_id'], ['permit_revisions.id'], name=op.f('fk_permit_areas_revision_id_permit_revisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_permit_areas')),
    sa.UniqueConstraint('revision_id', 'area_code', 'branch_code', name=op.f('uq_permit_areas_revision_id'))
    )
    with op.batch_alter_table('permit_areas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_permit_areas_revision_id'), ['revision_id'], unique=False)



    op.execute(sa.text(f"INSERT INTO audit_head (id, last_hash, entries) VALUES (1, '{GENESIS}', 0)"))
    if op.get_bind().dialect.name == "postgresql":
        # The database itself refuses to change or remove audit entries.
        op.execute(
            "CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'audit_entries is append-only (% refused)', TG_OP; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries "
            "FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()"
        )

def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_change ON audit_entries")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS audit_entries_append_only()")
    with op.batch_alter_table('permit_areas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_permit_areas_revision_id'))

    op.drop_table('permit_areas')
    with op.batch_alter_table('permit_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_permit_revisions_permit_id'))

    op.drop_table('permit_revisions')
    with op.batch_alter_table('permit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_permit_events_permit_id'))

    op.drop_table('permit_events')
    with op.batch_alter_table('deficiencies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deficiencies_application_id'))

    op.drop_table('deficiencies')
    with op.batch_alter_table('permits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_permits_facility_id'))

    op.drop_table('permits')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notifications_application_id'))

    op.drop_table('notifications')
    with op.batch_alter_table('area_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_area_assignments_decision_id'))

    op.drop_table('area_assignments')
    with op.batch_alter_table('state_transitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_state_transitions_application_id'))

    op.drop_table('state_transitions')
    with op.batch_alter_table('shgm_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shgm_decisions_facility_id'))

    op.drop_table('shgm_decisions')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_vendor_id'))
        batch_op.drop_index(batch_op.f('ix_documents_sha256'))
        batch_op.drop_index(batch_op.f('ix_documents_facility_id'))
        batch_op.drop_index(batch_op.f('ix_documents_application_id'))

    op.drop_table('documents')
    with op.batch_alter_table('completions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_completions_application_id'))

    op.drop_table('completions')
    with op.batch_alter_table('checklist_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_answers_application_id'))

    op.drop_table('checklist_answers')
    with op.batch_alter_table('application_professionals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_professionals_professional_id'))
        batch_op.drop_index(batch_op.f('ix_application_professionals_application_id'))

    op.drop_table('application_professionals')
    with op.batch_alter_table('application_areas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_areas_application_id'))

    op.drop_table('application_areas')
    with op.batch_alter_table('work_permits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_permits_professional_id'))
        batch_op.drop_index(batch_op.f('ix_work_permits_facility_id'))

    op.drop_table('work_permits')
    with op.batch_alter_table('vendor_status_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vendor_status_events_vendor_id'))

    op.drop_table('vendor_status_events')
    with op.batch_alter_table('vendor_onboarding_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vendor_onboarding_steps_vendor_id'))

    op.drop_table('vendor_onboarding_steps')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applications_state'))
        batch_op.drop_index(batch_op.f('ix_applications_received_on'))
        batch_op.drop_index('ix_applications_province_state')
        batch_op.drop_index(batch_op.f('ix_applications_facility_id'))

    op.drop_table('applications')
    with op.batch_alter_table('vendor_warnings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vendor_warnings_vendor_id'))

    op.drop_table('vendor_warnings')
    with op.batch_alter_table('vendor_products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vendor_products_vendor_id'))

    op.drop_table('vendor_products')
    op.drop_table('users')
    with op.batch_alter_table('professionals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_professionals_name_fold'))

    op.drop_table('professionals')
    with op.batch_alter_table('facilities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facilities_province_id'))
        batch_op.drop_index(batch_op.f('ix_facilities_name_fold'))

    op.drop_table('facilities')
    op.drop_table('ek1_criteria')
    with op.batch_alter_table('vendors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vendors_name_fold'))

    op.drop_table('vendors')
    op.drop_table('ush_areas')
    op.drop_table('reference_datasets')
    with op.batch_alter_table('provinces', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_provinces_name_fold'))

    op.drop_table('provinces')
    op.drop_table('number_sequences')
    op.drop_table('facility_types')
    op.drop_table('ek1_versions')
    op.drop_table('branches')
    op.drop_table('audit_head')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entries_table_name'))

    op.drop_table('audit_entries')
