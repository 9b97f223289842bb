"""`DatabaseUnavailable`, without SQLAlchemy: the start-up dialogs import it before the database layer loads
(the login dialog paints first; issue 12)."""

from __future__ import annotations


class DatabaseUnavailable(Exception):
    """The database cannot be used; `reason` says why, the message is for the officer (Turkish)."""

    def __init__(self, reason: str, message: str, detail: str = ""):
        self.reason, self.message, self.detail = reason, message, detail
        super().__init__(message)
