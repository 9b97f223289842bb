"""The USBS producer a permitted facility uses for USH, per permit revision (issue 15).

`permit_revisions.vendor_id` / `product_id`: an amendment of the permit may change the producer, so the producer
on a date is the one of the revision in force. Existing revisions take their application's vendor and product
(ex officio permits have no application and stay empty until SHGM records the producer by an amendment).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 11:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

FROM_APPLICATION = ("SELECT a.{col} FROM applications a JOIN permits p ON p.application_id = a.id "
                    "WHERE p.id = permit_revisions.permit_id")


COLUMNS = (('vendor_id', 'vendors', 'fk_permit_revisions_vendor_id_vendors'),
           ('product_id', 'vendor_products', 'fk_permit_revisions_product_id_vendor_products'))


def _has(column: str) -> bool:
    return column in {c["name"] for c in sa.inspect(op.get_bind()).get_columns('permit_revisions')}


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for column, table, name in COLUMNS:
        if sqlite:
            # SQLite adds the column with its (named) reference in place: no copy of a table permit_areas refers
            # to. A SQLite database downgraded below 0008 kept the columns (see downgrade): nothing to add.
            if not _has(column):
                op.execute(f"ALTER TABLE permit_revisions ADD COLUMN {column} INTEGER CONSTRAINT {name} "
                           f"REFERENCES {table} (id)")
        else:
            op.add_column('permit_revisions', sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(name, 'permit_revisions', table, [column], ['id'])
    op.execute(f"UPDATE permit_revisions SET vendor_id = ({FROM_APPLICATION.format(col='vendor_id')}), "
               f"product_id = ({FROM_APPLICATION.format(col='product_id')}) WHERE vendor_id IS NULL")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite cannot drop a column that holds a reference, and a table copy (batch mode) drops permit_revisions
        # while permit_areas refers to it, which foreign keys (on, and fixed inside the migration's transaction)
        # refuse. The two columns stay, unread by the older schema's program; an upgrade finds and keeps them.
        return
    for column, _table, name in reversed(COLUMNS):
        op.drop_constraint(name, 'permit_revisions', type_='foreignkey')
        op.drop_column('permit_revisions', column)
