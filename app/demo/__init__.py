"""Demo data: a realistic, repeatable database for trying the desks (never part of the domain rules)."""

# The one documented password of every demo account (README, docs/security.md). Demo accounts exist only in a
# database marked as demo (system_settings "demo_database", written by app.demo.data.generate).
DEMO_PASSWORD = "Ornek2026sifre"
DEMO_MARK = "demo_database"
