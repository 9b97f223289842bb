"""Covering indexes for the dashboard's monthly series over all provinces (docs/performance.md).

- notifications(application_id, sent_on): each application's first notification (min(sent_on) per application)
  is read from the index alone, in application order, instead of from the 110,000 notification rows
  (SQLite: SCAN ... USING COVERING INDEX; PostgreSQL: Index Only Scan + GroupAggregate instead of a seq scan
  and a hash aggregate spilling to disk).
- state_transitions(event, application_id, at): each issued permit's first forwarding (min(at) of the
  application's "forward" transitions) without reading transition rows. `event` first so that the one index
  serves both engines' plans: SQLite seeks (event=? AND application_id=?) per permit; PostgreSQL reads the
  67,000 "forward" entries of the index in application order (Index Only Scan) instead of a seq scan of all
  559,000 transitions.
permits(application_id), also proposed, is not added: neither engine's plan used it.
tests/integration/test_migrations.py checks that the dashboard's statements use both indexes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 14:45:00
"""

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_notifications_application_sent', 'notifications', ['application_id', 'sent_on'], unique=False)
    op.create_index('ix_state_transitions_event_application_at', 'state_transitions',
                    ['event', 'application_id', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_state_transitions_event_application_at', table_name='state_transitions')
    op.drop_index('ix_notifications_application_sent', table_name='notifications')
