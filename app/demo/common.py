"""Shared pieces of the demo-data generator: the reference data it builds on, calendar helpers, timestamps."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from app.models import (
    Branch,
    Ek1Criterion,
    Ek1Version,
    Facility,
    FacilityType,
    NumberSequence,
    PermitRevision,
    Professional,
    Province,
    User,
    UshArea,
    Vendor,
)
from app.workflows.common.clock import TR
from app.workflows.common.deadlines import deadline_from, working_day

UTC = dt.timezone.utc
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Ek1Ref:
    id: int
    effective_from: dt.date
    effective_until: dt.date | None
    criteria: tuple[tuple[int, int, str], ...]  # (criterion id, item number, title), by number


@dataclass
class Reference:
    """What the demo builds on, read once inside the write transaction."""

    provinces: dict[int, str]                          # plate -> name
    facility_types: set[str]
    branches: set[str]
    areas: list[tuple[str, str, bool]]                 # (code, name, needs ministry permission), in use
    ek1_versions: list[Ek1Ref]
    sequences: dict[str, int]                          # number_sequences as they were
    taken: dict[str, set[str]] = field(default_factory=dict)  # unique values already in the database

    def ek1_on(self, day: dt.date) -> Ek1Ref:
        """The Ek-1 version in force on `day`; before the first one, the first one."""
        started = [v for v in self.ek1_versions if v.effective_from <= day]
        if not started:
            return self.ek1_versions[0]
        in_force = [v for v in started if v.effective_until is None or day <= v.effective_until]
        return (in_force or started)[-1]


def read_reference(conn: Connection) -> Reference:
    provinces = dict(conn.execute(select(Province.id, Province.name).order_by(Province.id)).all())
    if len(provinces) != 81:
        raise RuntimeError("Referans verileri yüklenmemiş: il listesi eksik.")
    versions = []
    for v in conn.execute(select(Ek1Version).order_by(Ek1Version.effective_from, Ek1Version.id)).all():
        crit = conn.execute(
            select(Ek1Criterion.id, Ek1Criterion.number, Ek1Criterion.title)
            .where(Ek1Criterion.ek1_version_id == v.id).order_by(Ek1Criterion.number)
        ).all()
        versions.append(Ek1Ref(v.id, v.effective_from, v.effective_until, tuple(tuple(c) for c in crit)))
    if not versions:
        raise RuntimeError("Referans verileri yüklenmemiş: Ek-1 sürümü yok.")
    areas = [tuple(a) for a in conn.execute(
        select(UshArea.code, UshArea.name, UshArea.needs_ministry_permission)
        .where(UshArea.retired_on.is_(None)).order_by(UshArea.sort_order, UshArea.code)
    ).all()]
    taken = {
        "username": set(conn.execute(select(User.username)).scalars()),
        "tckn": set(conn.execute(select(Professional.tckn)).scalars())
        | {t for t in conn.execute(select(Facility.tckn)).scalars() if t},
        "vkn": set(conn.execute(select(Vendor.tax_no)).scalars())
        | {t for t in conn.execute(select(Facility.tax_no)).scalars() if t},
        "ckys": set(conn.execute(select(Facility.ckys_code)).scalars()),
        "verification": set(conn.execute(select(PermitRevision.verification_code)).scalars()),
    }
    return Reference(
        provinces=provinces,
        facility_types=set(conn.execute(select(FacilityType.code)).scalars()),
        branches=set(conn.execute(select(Branch.code)).scalars()),
        areas=areas,  # type: ignore[arg-type]
        ek1_versions=versions,
        sequences=dict(conn.execute(select(NumberSequence.key, NumberSequence.last_value)).all()),
        taken=taken,
    )


def unique_value(taken: set[str], make: Callable[[], str]) -> str:
    """A generated value not in `taken` (which it joins); random identifiers do collide at 100,000 rows."""
    while True:
        value = make()
        if value not in taken:
            taken.add(value)
            return value


class Calendar:
    """Working days and the 15-day deadline, memoised: the generator asks about the same few hundred days."""

    def __init__(self) -> None:
        self._working: dict[dt.date, bool] = {}
        self._deadline: dict[dt.date, dt.date] = {}

    def working(self, day: dt.date) -> bool:
        w = self._working.get(day)
        if w is None:
            w = self._working[day] = working_day(day)
        return w

    def on_or_after(self, day: dt.date) -> dt.date:
        while not self.working(day):
            day += DAY
        return day

    def on_or_before(self, day: dt.date) -> dt.date:
        while not self.working(day):
            day -= DAY
        return day

    def deadline(self, start: dt.date) -> dt.date:
        d = self._deadline.get(start)
        if d is None:
            d = self._deadline[start] = deadline_from(start)
        return d


def local_moment(day: dt.date, minute_of_day: int) -> dt.datetime:
    """A Türkiye-time moment on `day`, as the aware UTC datetime the UTCDateTime columns require."""
    hour, minute = divmod(minute_of_day, 60)
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TR).astimezone(UTC)


def office_moment(rng: random.Random, day: dt.date) -> dt.datetime:
    return local_moment(day, 8 * 60 + 30 + rng.randrange(0, 9 * 60))


class Timeline:
    """Strictly increasing office-hour timestamps for the events of one record."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.last: dt.datetime | None = None

    def at(self, day: dt.date) -> dt.datetime:
        moment = office_moment(self.rng, day)
        if self.last is not None and moment <= self.last:
            moment = self.last + dt.timedelta(minutes=self.rng.randint(3, 60))
        self.last = moment
        return moment
