"""Injectable 'now' and 'today' (Türkiye time), so tests and demos can set the date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

TR = ZoneInfo("Europe/Istanbul")


class Clock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def today(self) -> dt.date:
        return self.now().astimezone(TR).date()


@dataclass
class FixedClock(Clock):
    at: dt.datetime

    def now(self) -> dt.datetime:
        return self.at

    @classmethod
    def on(cls, day: dt.date, hour: int = 10) -> FixedClock:
        return cls(dt.datetime(day.year, day.month, day.day, hour, tzinfo=TR).astimezone(dt.timezone.utc))


def local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(TR).date()
