"""A USBS vendor's real-environment software access code (SBYS art. 6/4, 8/4): its form, its hash, finding the
code a vendor presents, and whether it is open on a day. The KTS desk issues and closes codes
(app.workflows.kts.access_codes); the verification service's vendor query checks them (app.web.vendor_api).

Form: ``usbs_<lookup>_<secret>``: a readable prefix (a leaked code is recognisable, e.g. by secret scanners), a
public 10-character lookup part (unique; one indexed read finds the row) and a 256-bit random secret
(`secrets.token_urlsafe(32)`). Only SHA-256 of the whole code is stored. A slow password hash (argon2) protects
guessable passwords; a 256-bit random secret cannot be guessed whatever the hash, while argon2id with the logins'
parameters costs 64 MiB and ~0.76 s per check here (SHA-256: ~1 µs), on every request of a vendor allowed 10 a
second. Hashes are compared in constant
time (docs/security.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from typing import NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.models import SystemSetting, Vendor, VendorAccessCode, VendorStatusEvent
from app.workflows.common.messages import msg
from app.workflows.common.vendor_rules import ACCESS_CODE_CLOSE_MONTHS, VendorFacts, add_months
from app.workflows.common.vendors import Standing, standing
from app.workflows.common.vocabulary import VendorStatus

PREFIX = "usbs_"
LOOKUP_LENGTH = 10
SECRET_BYTES = 32                                  # 256 bits
_LOOKUP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read from a printed sheet
_SECRET_LENGTH = 43                                # len(token_urlsafe(32))
_DUMMY_HASH = hashlib.sha256(b"no such code").hexdigest()


def new_code() -> tuple[str, str]:
    """(the code to show once, its lookup part)."""
    lookup = "".join(secrets.choice(_LOOKUP_ALPHABET) for _ in range(LOOKUP_LENGTH))
    return f"{PREFIX}{lookup}_{secrets.token_urlsafe(SECRET_BYTES)}", lookup


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def lookup_of(code: str) -> str | None:
    """The lookup part of a well-formed code, None for anything else."""
    code = code.strip()
    if (len(code) != len(PREFIX) + LOOKUP_LENGTH + 1 + _SECRET_LENGTH or not code.startswith(PREFIX)
            or code[len(PREFIX) + LOOKUP_LENGTH] != "_"):
        return None
    lookup = code[len(PREFIX):len(PREFIX) + LOOKUP_LENGTH]
    return lookup if all(c in _LOOKUP_ALPHABET for c in lookup) else None


def _matches(row_hash: str | None, presented: str | None) -> bool:
    """The constant-time comparison of `find_code` (an unknown lookup compares against a dummy hash)."""
    ok = hmac.compare_digest(row_hash if row_hash is not None else _DUMMY_HASH, code_hash((presented or "").strip()))
    return ok and row_hash is not None


def find_code(session: Session, presented: str) -> VendorAccessCode | None:
    """The stored code matching `presented`, or None (unknown, malformed or a wrong secret). The hash comparison
    takes the same time whatever the stored value; an unknown lookup does one comparison too."""
    lookup = lookup_of(presented or "")
    row = session.scalars(select(VendorAccessCode).where(VendorAccessCode.lookup == lookup)).first() \
        if lookup else None
    return row if _matches(row.secret_hash if row is not None else None, presented) else None


class CodeRow(NamedTuple):
    """What the vendor query reads of an access code (the attributes `closes_on` reads of a VendorAccessCode)."""

    id: int
    vendor_id: int
    issued_on: dt.date
    revoked_on: dt.date | None
    revoke_reason: str | None


class VendorRow(NamedTuple):
    """What the vendor query reads of the code's vendor (those `closes_on` and `vendors.load_facts` read)."""

    id: int
    name: str
    access_code_issued_on: dt.date | None
    access_code_closes_on: dt.date | None


_CODE_AND_VENDOR = (
    select(VendorAccessCode.secret_hash, VendorAccessCode.id, VendorAccessCode.vendor_id, VendorAccessCode.issued_on,
           VendorAccessCode.revoked_on, VendorAccessCode.revoke_reason, Vendor.id, Vendor.name,
           Vendor.access_code_issued_on, Vendor.access_code_closes_on)
    .join_from(VendorAccessCode, Vendor, Vendor.id == VendorAccessCode.vendor_id)
    .where(VendorAccessCode.lookup == bindparam("lookup")).limit(1))


def find_code_and_vendor(session: Session, presented: str) -> tuple[CodeRow, VendorRow] | None:
    """`find_code` and the code's vendor in one statement, as rows (the vendor query's hot path)."""
    lookup = lookup_of(presented or "")
    row = session.connection().execute(_CODE_AND_VENDOR, {"lookup": lookup}).first() if lookup else None
    if not _matches(row[0] if row is not None else None, presented):
        return None
    return CodeRow(*row[1:6]), VendorRow(*row[6:10])  # type: ignore[index]


def _fmt(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def closes_on(session: Session, vendor: Vendor | VendorRow, code: VendorAccessCode | CodeRow, day: dt.date,
              st: Standing | None = None, facts: VendorFacts | None = None) -> tuple[dt.date | None, str]:
    """The first day the code no longer opens, as known on `day`, and why (None, "" while nothing closes it).

    Revoked (or replaced by a new code) on a day; or closed by the SBYS rules (art. 8/4): the vendor's code closes
    on the date `vendors.standing` gives (deletion + 3 months, recorded or due, extended up to 6 on a facility's
    request). A code issued before a deletion stays closed after a new registration clears the vendor's date:
    deletion + 3 months then. The earliest wins. `st`: the vendor's standing on `day`, when the caller has it;
    `facts`: the vendor's facts (`vendors.load_facts`), when the caller has them (its deletions are read there).
    """
    found: list[tuple[dt.date, str]] = []
    if code.revoked_on is not None:
        why = msg("KTS", "Erişim kodu {day} tarihinde KTS birimince kapatıldı ({reason}).") if code.revoke_reason \
            else msg("KTS", "Erişim kodu {day} tarihinde KTS birimince kapatıldı.")
        found.append((code.revoked_on, why.format(day=_fmt(code.revoked_on),
                                                  reason=(code.revoke_reason or "").rstrip("."))))
    st = st or standing(session, vendor.id, day)
    rule = st.access_code_closes_on if st.access_code_closes_on and st.access_code_closes_on > code.issued_on \
        else None
    if rule is None and facts is not None:
        deleted = min((on for status, on in facts.events
                       if status == VendorStatus.DELETED.value and on >= code.issued_on), default=None)
        rule = add_months(deleted, ACCESS_CODE_CLOSE_MONTHS) if deleted is not None else None
    elif rule is None:
        deleted = session.scalars(
            select(VendorStatusEvent.effective_on)
            .where(VendorStatusEvent.vendor_id == vendor.id, VendorStatusEvent.status == VendorStatus.DELETED.value,
                   VendorStatusEvent.effective_on >= code.issued_on)
            .order_by(VendorStatusEvent.effective_on).limit(1)).first()
        rule = add_months(deleted, ACCESS_CODE_CLOSE_MONTHS) if deleted is not None else None
    if rule is not None:
        found.append((rule, msg("KTS", "{vendor} KTS'den silindiği için yazılım erişim kodu {day} tarihinde "
                                "kapatılır (SBYS Yönetmeliği md. 8/4).").format(vendor=vendor.name, day=_fmt(rule))))
    if not found:
        return None, ""
    return min(found)


def closed_reason(session: Session, vendor: Vendor | VendorRow, code: VendorAccessCode | CodeRow, day: dt.date,
                  st: Standing | None = None, facts: VendorFacts | None = None) -> str | None:
    """Why the code does not open on `day` (None: it opens). `st`, `facts`: the vendor's standing on `day` and
    its facts, if known (`closes_on`)."""
    if day < code.issued_on:
        return msg("KTS", "Erişim kodu henüz açık değil; {day} tarihinde verilecek.").format(day=_fmt(code.issued_on))
    close, why = closes_on(session, vendor, code, day, st, facts)
    return why if close is not None and close <= day else None


# --- the vendor query's rate limit (a system setting every instance of the service reads) -------------------------

RATE_SETTING = "vendor_query_rate"
DEFAULT_RATE = 10.0          # requests per second per access code


def query_rate(session: Session) -> float:
    """Requests per second allowed per access code (0: no limit)."""
    row = session.get(SystemSetting, RATE_SETTING)
    try:
        value = float(row.value.get("per_second", DEFAULT_RATE)) if row is not None else DEFAULT_RATE
    except (AttributeError, TypeError, ValueError):
        return DEFAULT_RATE
    return value if value >= 0 else DEFAULT_RATE


def set_query_rate(session: Session, per_second: float) -> None:
    """Change the setting (audited like every write; the caller checks the role)."""
    if per_second < 0:
        raise ValueError("the rate is never negative")
    row = session.get(SystemSetting, RATE_SETTING)
    if row is None:
        session.add(SystemSetting(key=RATE_SETTING, value={"per_second": float(per_second)}))
    else:
        row.value = {"per_second": float(per_second)}
