"""Injectable 'now' and 'today' (Türkiye time), so tests and demos can set the date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

TR = ZoneInfo("Europe/Istanbul")


class Clock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def today(self) -> dt.date:
        return self.now().astimezone(TR).date()

    def server_now(self, session: Any) -> dt.datetime:
        """The database server's time, aware UTC, read in `session`'s transaction: one time source for every
        desk on a shared server (SBYS art. 17), whatever a desk's own clock says. SQLite's server is SQLite
        itself (its 'now', the machine's clock)."""
        from sqlalchemy import text

        if session.get_bind().dialect.name == "postgresql":
            value = session.scalar(text("SELECT clock_timestamp()"))
        else:
            value = dt.datetime.fromisoformat(session.scalar(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")))
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


@dataclass
class FixedClock(Clock):
    at: dt.datetime

    def now(self) -> dt.datetime:
        return self.at

    def server_now(self, session: Any) -> dt.datetime:
        return self.at  # a fixed clock (tests, demos, screenshots) stands for the server's too

    @classmethod
    def on(cls, day: dt.date, hour: int = 10) -> FixedClock:
        return cls(dt.datetime(day.year, day.month, day.day, hour, tzinfo=TR).astimezone(dt.timezone.utc))


def local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(TR).date()
