"""The SBYS regulation's list rules (art. 7-8) as pure functions over a vendor's dated facts.

No database here, and shared by every desk: `app.workflows.common.vendors` loads the facts and asks these rules
for a producer's status on a date (applied and due changes alike); `app.workflows.kts.registry` records what they
say. How months are counted is described in docs/kts-rules.md.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from app.workflows.common.messages import msg
from app.workflows.common.vocabulary import VendorStatus

DAY = dt.timedelta(days=1)
ART7 = msg("KTS", "SBYS Yönetmeliği md. 7")
ART8 = msg("KTS", "SBYS Yönetmeliği md. 8")

PASSIVE_RETURN_MONTHS = 3       # art. 8: back on the active list within 3 months, or deleted
REPEAT_WINDOW_MONTHS = 12       # art. 8: put on the passive list 3 times within the last year
REPEAT_LIMIT = 3
ACCESS_CODE_CLOSE_MONTHS = 3    # art. 8: the deleted producer's access code closes within 3 months
ACCESS_CODE_MAX_MONTHS = 6      # ... extendable up to 6 on a facility's official request
REAPPLY_BAN_YEARS = 1           # art. 8: no new application for one year after deletion for fraud


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months later (or earlier); the month's last day when it has no such day.

    31 January + 1 month → 28 (29) February; 30 November + 3 months → 28 (29) February.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_end(start: dt.date, months: int) -> dt.date:
    """The last day of a period of `months` months that starts on `start` (the corresponding day)."""
    return add_months(start, months)


@dataclass(frozen=True)
class Action:
    """One thing the rules say must happen to a vendor.

    kind: "passive", "deleted" or "close_access_code". `on` is the date it takes effect (for
    close_access_code: the day the code closes).
    """

    kind: str
    reason: str
    on: dt.date
    vendor_id: int = 0
    legal_basis: str = ""


@dataclass(frozen=True)
class WarningFact:
    id: int
    issued_on: dt.date
    deadline: dt.date
    fixed_on: dt.date | None
    description: str = ""


@dataclass(frozen=True)
class VendorFacts:
    vendor_id: int
    events: tuple[tuple[str, dt.date], ...]       # (status, effective_on) in order of recording
    warnings: tuple[WarningFact, ...]
    access_code_issued_on: dt.date | None
    access_code_closes_on: dt.date | None
    notes: tuple[tuple[str, str], ...] = ()       # (reason, legal basis) of each event, same order (may be empty)


def status_at(events: list[tuple[str, dt.date]], day: dt.date) -> tuple[VendorStatus, dt.date | None]:
    """The status on `day` and the date its current period began (the first event of the run of that status)."""
    ordered = sorted(((on, i, status) for i, (status, on) in enumerate(events) if on <= day))
    if not ordered:
        return VendorStatus.APPLIED, None
    status = ordered[-1][2]
    since = ordered[-1][0]
    for on, _, st in reversed(ordered):
        if st != status:
            break
        since = on
    return VendorStatus(status), since


def passive_entries(events: list[tuple[str, dt.date]]) -> list[dt.date]:
    """The dates the vendor was put on the passive list (each move from another status to passive)."""
    out: list[dt.date] = []
    previous = None
    for on, _, status in sorted((on, i, st) for i, (st, on) in enumerate(events)):
        if status == VendorStatus.PASSIVE and previous != VendorStatus.PASSIVE:
            out.append(on)
        previous = status
    return out


def _fmt(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _next_action(facts: VendorFacts, events: list[tuple[str, dt.date]], closes_on: dt.date | None,
                 today: dt.date) -> Action | None:
    status, since = status_at(events, today)
    vid = facts.vendor_id
    if status == VendorStatus.ACTIVE and since is not None:
        late = [w for w in facts.warnings
                if w.deadline < today and (w.fixed_on is None or w.fixed_on > w.deadline)
                and w.deadline + DAY > since]
        if late:
            w = min(late, key=lambda x: (x.deadline, x.id))
            what = w.description.rstrip(": ")
            why = msg("KTS", "Denetimde verilen uyarı ({issued}) {deadline} tarihine kadar giderilmedi: "
                      "{description}") if what else \
                msg("KTS", "Denetimde verilen uyarı ({issued}) {deadline} tarihine kadar giderilmedi")
            return Action("passive", why.format(issued=_fmt(w.issued_on), deadline=_fmt(w.deadline), description=what),
                          w.deadline + DAY, vid, ART7)
    if status == VendorStatus.PASSIVE and since is not None:
        window_start = add_months(since, -REPEAT_WINDOW_MONTHS)
        recent = [d for d in passive_entries(events) if window_start < d <= since]
        if len(recent) >= REPEAT_LIMIT:
            dates = ", ".join(_fmt(d) for d in recent[-REPEAT_LIMIT:])
            return Action("deleted", msg("KTS", "Son bir yıl içinde {n} kez pasif listeye alındı ({dates}).").format(
                n=len(recent), dates=dates), since, vid, ART8)
        end = period_end(since, PASSIVE_RETURN_MONTHS)
        if today > end:
            return Action("deleted", msg("KTS", "{since} tarihinde pasif listeye alındıktan sonra 3 ay içinde ({end} "
                                         "tarihine kadar) aktif listeye dönmedi.").format(since=_fmt(since),
                                                                                         end=_fmt(end)),
                          end + DAY, vid, ART8)
    if status == VendorStatus.DELETED and since is not None and facts.access_code_issued_on and closes_on is None:
        close = add_months(since, ACCESS_CODE_CLOSE_MONTHS)
        return Action("close_access_code", msg("KTS", "Silinen üreticinin yazılım erişim kodu silinme tarihinden "
                                               "({since}) itibaren 3 ay içinde, {close} tarihinde kapatılır.").format(
            since=_fmt(since), close=_fmt(close)), close, vid, ART8)
    return None


def next_actions(facts: VendorFacts, today: dt.date) -> list[Action]:
    """Everything the rules require up to `today`, in order (a passive that leads to a deletion gives both)."""
    events = list(facts.events)
    closes_on = facts.access_code_closes_on
    actions: list[Action] = []
    for _ in range(20):  # a few steps at most; the bound only guards against a rule that would loop
        action = _next_action(facts, events, closes_on, today)
        if action is None:
            break
        actions.append(action)
        if action.kind == "close_access_code":
            closes_on = action.on
        else:
            events.append((action.kind, action.on))
    return actions


@dataclass(frozen=True)
class Standing:
    """A producer's place on the KTS lists on a day, as the rules say: recorded changes and those that are due
    but not yet recorded alike (`due`). `reason` and `legal_basis` are those of the change that began the current
    status, for messages that cite it."""

    vendor_id: int
    status: VendorStatus
    since: dt.date | None
    reason: str = ""
    legal_basis: str = ""
    due: bool = False                              # the change is required by the rules but not yet recorded
    access_code_issued_on: dt.date | None = None
    access_code_closes_on: dt.date | None = None   # recorded, or the day the rules close it (a deleted producer)
    off_list_since: dt.date | None = None          # not active: the first day of the run off the active list

    def access_code_open(self, day: dt.date) -> bool:
        return (self.access_code_issued_on is not None and self.access_code_issued_on <= day
                and (self.access_code_closes_on is None or day < self.access_code_closes_on))


def standing(facts: VendorFacts, day: dt.date) -> Standing:
    """The one answer to "status of producer X on day D" (SBYS art. 6-8): the recorded events plus what
    `next_actions` says is due by D. Recording those actions (`kts.registry.apply_evaluation`) changes nothing here."""
    notes = list(facts.notes) + [("", "")] * (len(facts.events) - len(facts.notes))
    rows = [(on, i, status, reason, basis, False)
            for i, ((status, on), (reason, basis)) in enumerate(zip(facts.events, notes))]
    closes_on = facts.access_code_closes_on
    for action in next_actions(facts, day):
        if action.kind == "close_access_code":
            closes_on = action.on
        else:
            rows.append((action.on, len(rows), action.kind, action.reason, action.legal_basis, True))
    ordered = sorted(r for r in rows if r[0] <= day)
    if not ordered:
        return Standing(facts.vendor_id, VendorStatus.APPLIED, None,
                        access_code_issued_on=facts.access_code_issued_on, access_code_closes_on=closes_on)
    start = len(ordered) - 1
    while start > 0 and ordered[start - 1][2] == ordered[-1][2]:
        start -= 1
    on, _, status, reason, basis, due = ordered[start]
    off = None
    if status != VendorStatus.ACTIVE:   # passive then deleted is one time off the list
        first = len(ordered) - 1
        while first > 0 and ordered[first - 1][2] != VendorStatus.ACTIVE:
            first -= 1
        off = ordered[first][0]
    return Standing(facts.vendor_id, VendorStatus(status), on, reason, basis, due,
                    facts.access_code_issued_on, closes_on, off)
