"""Realistic, repeatable demo data: `generate(ctx, applications, seed, today)` fills an empty database.

Same seed and same `today` give identical rows: everything random comes from one random.Random(seed), and
every timestamp is derived from `today`. Rows go in through Core bulk inserts with ids assigned here (100,000
applications must take minutes, not hours), inside one ctx.write() transaction: a cancelled or failed run leaves
nothing behind (cancelling rolls the whole transaction back; `cancel()` is checked every 2,000 applications). Bulk inserts bypass the ORM audit listener, so one audit event records the whole load.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable

from sqlalchemy import Connection, insert, select, update

from app.demo import permits as demo_permits
from app.demo.cases import T_APP, CaseBuilder, Numbers
from app.demo.common import Calendar, read_reference
from app.demo.lifecycle import forced_received_on
from app.demo.parties import FacilityRef, build_facilities, build_staff, build_vendors
from app.demo.writer import BulkWriter
from app.models import Application, Base, NumberSequence
from app.storage.audit import record_event
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError
from app.workflows.common.progress import WorkCancelled
from app.workflows.common.states import AppState

CHUNK = 2_000       # applications between progress reports and cancel checks
HISTORY_DAYS = 400  # applications are received over this many days before `today`
DEMO_TABLES = [Base.metadata.tables[name] for name in (
    "users", "vendors", "vendor_products", "vendor_status_events", "vendor_warnings", "vendor_onboarding_steps",
    "vendor_audits", "vendor_audit_findings",
    "facilities", "professionals", "work_permits", "applications", "application_areas", "application_professionals",
    "checklist_answers", "state_transitions", "notifications", "deficiencies", "completions", "shgm_decisions",
    "area_assignments", "permits", "permit_revisions", "permit_areas", "permit_events",
)]


class DemoDataRefused(DomainError):
    def __init__(self) -> None:
        super().__init__("Bu veritabanında zaten başvuru var; örnek veri yalnızca boş bir veritabanına yüklenebilir.")


class DemoCancelled(WorkCancelled):
    def __init__(self) -> None:
        super().__init__("Örnek veri üretimi iptal edildi; veritabanına hiçbir şey yazılmadı.")


def _plan(rng: random.Random, cal: Calendar, facilities: list[FacilityRef], count: int,
          today: dt.date) -> list[tuple[dt.date, int, int, FacilityRef, AppState | None]]:
    """(received_on, minute of day, draw order, facility, forced state), sorted by time of receipt.

    Every facility applies at least once; the first applications drawn are forced into each state in turn,
    so even a small demo shows all of them.
    """
    forced = list(AppState) if count >= len(AppState) else []
    cum_weights = list(itertools.accumulate(1.5 if f.private else 1.0 for f in facilities))  # once, not per draw
    plans = []
    for i in range(count):
        facility = facilities[i] if i < len(facilities) else rng.choices(facilities, cum_weights=cum_weights)[0]
        target = forced[i] if i < len(forced) else None
        if target is not None:
            received = forced_received_on(rng, cal, target, today)
        else:  # more recent applications than old ones: USH use keeps growing
            received = cal.on_or_before(today - dt.timedelta(days=int(HISTORY_DAYS * rng.random() ** 1.2)))
        plans.append((received, 8 * 60 + 30 + rng.randrange(9 * 60), i, facility, target))
    plans.sort(key=lambda p: (p[0], p[1], p[2]))
    return plans


def _write_sequences(conn: Connection, numbers: Numbers) -> None:
    """Real numbering continues after the highest demo number of each key."""
    new = []
    for key in sorted(numbers.used):
        if key in numbers.existing:
            conn.execute(update(NumberSequence).where(NumberSequence.key == key)
                         .values(last_value=max(numbers.existing[key], numbers.used[key])))
        else:
            new.append({"key": key, "last_value": numbers.used[key]})
    if new:
        conn.execute(insert(NumberSequence), new)


def generate(ctx: AppContext, applications: int, seed: int, today: dt.date,
             progress: Callable[[int, int], None] | None = None,
             cancel: Callable[[], bool] | None = None) -> dict[str, int]:
    """Fill an empty database with `applications` applications and all that goes with them; returns row counts.

    Raises DemoDataRefused when any application exists, DemoCancelled when `cancel()` says so (nothing is
    written then).
    """
    if applications < 0:
        raise ValueError("applications must not be negative")

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise DemoCancelled()

    rng = random.Random(seed)
    with ctx.write() as session:
        conn = session.connection()
        if conn.execute(select(Application.id).limit(1)).first() is not None:
            raise DemoDataRefused()
        ref = read_reference(conn)
        out = BulkWriter(conn, DEMO_TABLES)
        cal = Calendar()
        staff = build_staff(rng, ref, out, today)
        vendors = build_vendors(rng, ref, out, staff, cal, applications, today)
        reserve = min(20, 3 + applications // 5_000)  # ex officio permits: a handful, a few more in big demos
        facilities = build_facilities(rng, ref, out, max(20, round(applications * 0.6)), reserve, today)
        ministry = [f for f in facilities if f.type_code == "bakanliga_bagli"]
        keep = max(0, min(reserve, len(ministry) - 1))  # at least one Ministry facility applies the usual way
        ex_officio = ministry[len(ministry) - keep:]
        skip = {f.id for f in ex_officio}
        applying = [f for f in facilities if f.id not in skip]
        check_cancel()

        numbers = Numbers(ref.sequences)
        builder = CaseBuilder(rng, ref, out, staff, cal, today, vendors, numbers)
        plans = _plan(rng, cal, applying, applications, today)
        for start in range(0, len(plans), CHUNK):
            check_cancel()
            for received_on, minute, _, facility, target in plans[start:start + CHUNK]:
                key = f"application:{facility.plate}:{received_on.year}"
                number = f"{received_on.year}-{facility.plate:02d}-{numbers.next(key):06d}"
                builder.add_application(out.next_id(T_APP), number, facility, received_on, minute, target)
            out.flush()
            if progress is not None:
                progress(min(start + CHUNK, len(plans)), len(plans))

        demo_permits.add_ex_officio(builder, ex_officio)
        demo_permits.write_notifications(builder)
        demo_permits.write_permits(builder)
        out.flush()
        check_cancel()
        _write_sequences(conn, numbers)
        out.advance_sequences()
        counts = {name: n for name, n in out.counts.items()}
        counts["number_sequences"] = len(numbers.used)
        from app.demo import DEMO_MARK
        from app.models import SystemSetting

        if session.get(SystemSetting, DEMO_MARK) is None:   # demo accounts exist only in a database marked so
            session.add(SystemSetting(key=DEMO_MARK, value={"seed": seed, "applications": applications}))
            session.flush()   # its audit entry before the demo data's one event
        record_event(session, "demo_data", str(seed), {
            "applications": applications, "seed": seed, "today": today.isoformat(), "counts": counts,
        })
    return counts
