"""How a dated suspension is read, for permits and professionals' licences alike (decision 17).

A suspension runs from its first day up to, not including, its end date: the end date is the first day the
permit or the licence is in force again; no end date means until it is lifted. One reading, so that the permit
desk, verification, can_serve and the Yetki Sorgulama answer never disagree about the same day.
"""

from __future__ import annotations

import datetime as dt


def suspended_on(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    """True when a suspension from `start` with end date `end` (first day in force again) covers `day`."""
    return start is not None and start <= day and (end is None or day < end)
