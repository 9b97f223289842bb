"""Masking of TC kimlik numbers (KVKK): lists show 123******01; the whole number only in a detail view,
and only to a user whose work needs it.

Who sees the whole number in a detail view (`may_see_full_tckn`):
- İSM officer and İSM manager: for records of their own province (they enter and check the identity);
- SHGM reviewer and SHGM approver: the permit decision checks the professionals;
- administrator: data corrections.
Everyone else (KTS officer, auditor) and every list, export preview or printout that is not the official
document itself sees the masked form.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from app.workflows.common.context import Actor
from app.workflows.common.permissions import can_see_province
from app.workflows.common.vocabulary import Role

FULL_TCKN_ROLES = (Role.ISM_OFFICER, Role.ISM_MANAGER, Role.SHGM_REVIEWER, Role.SHGM_APPROVER, Role.ADMIN)


def mask_tckn(value: str | None) -> str:
    """'12345678901' → '123******01'; empty stays empty; anything not 11 characters keeps only its last 2."""
    v = (value or "").strip()
    if not v:
        return ""
    if len(v) == 11:
        return v[:3] + "*" * 6 + v[-2:]
    return "*" * max(0, len(v) - 2) + v[-2:]


def may_see_full_tckn(actor: Actor, province_id: int | None = None) -> bool:
    if actor.role not in FULL_TCKN_ROLES:
        return False
    if actor.role.provincial:
        return province_id is not None and can_see_province(actor, province_id)
    return True


def tckn_for_detail(actor: Actor, value: str | None, province_id: int | None = None) -> str:
    """The number as a detail view shows it to `actor`: whole when permitted, masked otherwise."""
    return (value or "") if may_see_full_tckn(actor, province_id) else mask_tckn(value)


# --- records (audit entries, exports): fields by name --------------------------------------------------------------

# A field holds a TC kimlik number when its name says so (tckn, manager_tckn, tc_kimlik_no …).
_TCKN_FIELD = re.compile(r"tckn|tc_?kimlik", re.IGNORECASE)
# Credential material never leaves the database in readable form: password hashes, secrets, keys; exports also
# leave out the lockout state (failed logins, lock time), which the audit viewer does show (an unlock is an act).
# (a flag such as must_change_password is not a secret)
_SECRET_FIELD = re.compile(r"password_hash|passphrase|secret|private_key|api_?key|token|(?<!must_change_)passw(?:or)?d",
                           re.IGNORECASE)
_LOCKOUT_FIELD = re.compile(r"failed_logins|locked_until|lockout", re.IGNORECASE)
SECRET_MARK = "«gizli»"
_ELEVEN_DIGITS = re.compile(r"(?<![0-9])[0-9]{11}(?![0-9])")


def is_tckn_field(name: str) -> bool:
    return bool(_TCKN_FIELD.search(name or ""))


def is_credential_field(name: str, *, lockout: bool = True) -> bool:
    """Whether a column or JSON key holds credential material (with `lockout`, the lockout state too)."""
    name = name or ""
    return bool(_SECRET_FIELD.search(name) or (lockout and _LOCKOUT_FIELD.search(name)))


def _secret_mark(value: Any) -> str:
    """«gizli» plus 8 hex digits of a digest: whether it changed stays visible, the value does not."""
    text = str(value)
    if text.startswith(SECRET_MARK):        # already redacted when written (app.storage.audit)
        return text
    return SECRET_MARK + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def scrub(value: Any, *, full_tckn: bool, lockout: bool = True, key: str = "") -> Any:
    """`value` (a dict, list or scalar found under `key`) as it may be shown or exported: credential fields
    become «gizli…» (None stays None), TC kimlik fields are masked unless `full_tckn`; nested dicts and lists
    are scrubbed by their own keys."""
    if isinstance(value, dict):
        return {k: scrub(v, full_tckn=full_tckn, lockout=lockout, key=str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, full_tckn=full_tckn, lockout=lockout, key=key) for v in value]
    if key and is_credential_field(key, lockout=lockout):
        return None if value is None else _secret_mark(value)
    if not full_tckn and isinstance(value, str):
        if key and is_tckn_field(key):
            return mask_tckn(value)
        return _ELEVEN_DIGITS.sub(lambda m: mask_tckn(m[0]), value)   # a number typed into a search, a note …
    return value
