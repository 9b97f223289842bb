"""The notices to the İSMs keep their title and body as messages too (issue 17, "One language").

`notices.texts`: the title and body as Messages (app.workflows.common.messages.to_json), so the İSM desk shows a
notice in the interface's language; the Turkish `title` and `body` stay as they are (older programs, the CLI and
the audit trail read them). Notices written before stay without it and are shown in Turkish.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 15:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a nullable column without a reference: SQLite adds it in place (ALTER TABLE … ADD COLUMN)
    op.add_column('notices', sa.Column('texts', sa.JSON(), nullable=True))


def downgrade() -> None:
    # SQLite (3.35+) drops it in place too: nothing refers to the column
    op.drop_column('notices', 'texts')
