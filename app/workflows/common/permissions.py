"""Who may do what: checked in every service, before anything is written."""

from __future__ import annotations

from app.workflows.common.context import Actor
from app.workflows.common.errors import PermissionDenied
from app.workflows.common.vocabulary import Role

ISM = (Role.ISM_OFFICER, Role.ISM_MANAGER)
SHGM = (Role.SHGM_REVIEWER, Role.SHGM_APPROVER)


def allows(actor: Actor, roles: tuple[Role, ...], province_id: int | None = None) -> bool:
    """The actor has one of `roles` and, for provincial roles, the record's province (what `require` checks)."""
    return actor.role in roles and (province_id is None or can_see_province(actor, province_id))


def require(actor: Actor, roles: tuple[Role, ...], province_id: int | None = None, action: str = "") -> None:
    """Refuse unless the actor has one of `roles` and, for provincial roles, the record's province."""
    if allows(actor, roles, province_id):
        return
    what = f" ({action})" if action else ""
    if actor.role not in roles:
        allowed = ", ".join(r.label for r in roles)
        raise PermissionDenied(f"Bu işlem{what} için yetkiniz yok: yalnızca {allowed} yapabilir.")
    if actor.role.provincial and province_id is not None and actor.province_id != province_id:
        raise PermissionDenied(f"Bu kayıt başka bir ile ait; yalnızca kendi ilinizin kayıtlarında işlem yapabilirsiniz{what}.")


def can_see_province(actor: Actor, province_id: int) -> bool:
    return not actor.role.provincial or actor.province_id == province_id
