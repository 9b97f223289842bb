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
