"""An amendment of a permit's areas goes through ÇKYS like the first issue (issue 15).

`shgm_decisions.amends_permit_id`: SHGM's decision on new areas for a permit in force; it is exported to ÇKYS and
marked recorded like the first decision, and only then signed as the permit's new revision.
`permit_revisions.decision_id`: the decision a revision was signed from (the first issue's or an amendment's), so
a decision is signed once. Existing first revisions take their permit's decision.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

COLUMNS = (('shgm_decisions', 'amends_permit_id', 'permits', 'fk_shgm_decisions_amends_permit_id_permits'),
           ('permit_revisions', 'decision_id', 'shgm_decisions', 'fk_permit_revisions_decision_id_shgm_decisions'))


def _has(table: str, column: str) -> bool:
    return column in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, column, target, name in COLUMNS:
        if sqlite:
            # added with its (named) reference in place: no copy of tables others refer to (as in 0008)
            if not _has(table, column):
                op.execute(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER CONSTRAINT {name} "
                           f"REFERENCES {target} (id)")
        else:
            op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(name, table, target, [column], ['id'])
    op.create_index('ix_shgm_decisions_amends_permit_id', 'shgm_decisions', ['amends_permit_id'])
    op.execute("UPDATE permit_revisions SET decision_id = (SELECT p.decision_id FROM permits p "
               "WHERE p.id = permit_revisions.permit_id) WHERE revision_no = 1 AND decision_id IS NULL")


def downgrade() -> None:
    op.drop_index('ix_shgm_decisions_amends_permit_id', table_name='shgm_decisions')
    if op.get_bind().dialect.name == "sqlite":
        # as in 0008: SQLite cannot drop a referencing column without copying tables others refer to; the
        # columns stay, unread by the older program, and an upgrade finds and keeps them
        return
    for table, column, _target, name in reversed(COLUMNS):
        op.drop_constraint(name, table, type_='foreignkey')
        op.drop_column(table, column)
