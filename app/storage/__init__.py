"""Database engines, migrations, secrets and the audit trail. No Qt here."""
