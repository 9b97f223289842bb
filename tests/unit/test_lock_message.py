"""The lockout message's Turkish dative ending after a clock time ("14.30'a kadar", "09.15'e kadar")."""

from __future__ import annotations

from app.workflows.admin import users


def test_lock_message_uses_the_right_turkish_ending():
    assert users.dative_suffix(14, 30) == "'a"
    assert users.dative_suffix(9, 15) == "'e"
    assert users.dative_suffix(12, 20) == "'ye"
    assert users.dative_suffix(10, 0) == "'a"
    assert users.dative_suffix(16, 6) == "'ya"
