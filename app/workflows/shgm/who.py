"""Who may take each SHGM action: the roles the services require (decisions.SHGM / permits.ISSUERS), so the desk
offers only what the signed-in officer may do and says why the rest is closed.

The state of a record decides which actions exist (decisions.review_actions / decision_actions,
permits.permit_actions); this module adds the role, in one table the desk reads.
"""

from __future__ import annotations

from app.workflows.common.context import Actor
from app.workflows.common.messages import Message, joined, msg
from app.workflows.common.permissions import SHGM, allows
from app.workflows.common.vocabulary import Role
from app.workflows.shgm.decisions import DecisionAction
from app.workflows.shgm.permits import ISSUERS, PermitAction

EX_OFFICIO = "ex_officio"        # start an ex officio decision (decisions.start_ex_officio)

ROLES: dict[str, tuple[Role, ...]] = {
    DecisionAction.ASSIGN_AREAS: SHGM, DecisionAction.REJECT: SHGM, DecisionAction.EXPORT_CKYS: SHGM,
    DecisionAction.MARK_CKYS: SHGM, DecisionAction.ISSUE_PERMIT: ISSUERS,
    PermitAction.AMEND: SHGM,                  # permits.start_amendment; the Onay Yetkilisi signs it later
    PermitAction.SUSPEND: ISSUERS, PermitAction.RESUME: ISSUERS, PermitAction.REVOKE: ISSUERS,
    EX_OFFICIO: SHGM,
}


def may(actor: Actor, action: str) -> bool:
    return allows(actor, ROLES[action])


def why_not(actor: Actor, action: str) -> Message | None:
    """None when the actor's role may take `action`; otherwise who may (for the button's tooltip)."""
    if may(actor, action):
        return None
    return msg("Yetki", "Bu işlemi yalnızca {allowed} yapabilir.").format(
        allowed=joined(", ", (r.label for r in ROLES[action])))
