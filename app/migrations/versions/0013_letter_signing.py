"""Letters: signed copies and their status (issue 17).

A notification letter is e-signed by the desk (PAdES, the permits' path) only where a signing certificate is
configured; otherwise it says it is to be signed in EBYS. `notifications.signed` records which, and
`signature_subject` the certificate's name. Letters recorded before this revision were never signed by the
application (their PDF said "e-imzalıdır" regardless): they stay `signed = false`.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 11:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('notifications', sa.Column('signed', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column('notifications', sa.Column('signature_subject', sa.String(length=200), nullable=False,
                                             server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('notifications') as batch:
        batch.drop_column('signature_subject')
        batch.drop_column('signed')
