"""Administration: user accounts, opening and upgrading the database, backups, the audit trail, settings, exports."""
