"""USBS vendor access codes (issue 16, SBYS art. 6/4, 8/4).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 11:00:00
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
