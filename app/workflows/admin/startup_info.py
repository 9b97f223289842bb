"""What start-up needs before the database layer is loaded: no SQLAlchemy, no models (issue 12).

The login dialog paints first and the database opens behind it (app.ui.application.DatabaseOpening), so
the dialog's "Veritabanı: …" line comes from `describe_target`, a plain reading of the same sources
`connection.resolve` uses (command line, USH_DB_URL, settings, the local file). The real target replaces it
as soon as it is resolved; where the two could differ (an unusual address) the preview is None.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from urllib.parse import unquote

from app.config import Settings, default_sqlite_path
from app.storage.errors import DatabaseUnavailable

__all__ = ["DatabaseUnavailable", "TargetPreview", "describe_target", "describe_url"]

_URL = re.compile(r"^(?P<backend>[A-Za-z0-9_]+)(?:\+[A-Za-z0-9_]+)?://(?P<rest>[^?#]*)(?:\?.*)?$")
_PG_NETLOC = re.compile(r"^(?:(?P<user>[^@]*)@)?(?P<host>[^:/@\[\]]*)(?::(?P<port>\d+))?$")


@dataclass(frozen=True)
class TargetPreview:
    engine_name: str       # "SQLite" or "PostgreSQL", as Target.engine_name
    location: str          # as Target.location


def describe_url(url: str) -> TargetPreview | None:
    """Engine and location of a database address as `Target` would show them; None when unsure."""
    m = _URL.match(url.strip())
    if m is None:
        return None
    backend, rest = m["backend"], m["rest"]
    if backend == "sqlite":
        if not rest.startswith("/"):
            return None
        database = unquote(rest[1:])
        return TargetPreview("SQLite", database or ":memory:")
    if backend == "postgresql":
        netloc, _, database = rest.partition("/")
        n = _PG_NETLOC.match(netloc.rpartition("@")[2] if "@" in netloc else netloc)
        if n is None:
            return None
        host = unquote(n["host"]) or "localhost"
        return TargetPreview("PostgreSQL", f"{host}:{n['port'] or 5432}/{unquote(database) or None}")
    return None


def describe_target(settings: Settings, db_url: str | None = None) -> TargetPreview | None:
    """The database start-up will try first, in the order of `connection.resolve`; None when unsure."""
    url = db_url or os.environ.get("USH_DB_URL") or settings.db_url
    if url:
        return describe_url(url)
    return TargetPreview("SQLite", str(settings.sqlite_path or default_sqlite_path()))
