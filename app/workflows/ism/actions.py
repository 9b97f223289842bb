"""What an İSM officer may do to an application: the one rule the İSM services enforce and the İSM detail
window asks to enable its buttons.

The state decides (the legal transitions of app.workflows.common.states): Ek-1 answers while the application
is received or under review; a notification (Uygun, Uygun değil or Eksik evrak) once every Ek-1 item is
answered and the examination is under way; the completion of a deficient file; forwarding a suitable one to
SHGM; withdrawal until a notification closed or forwarded it. Only the province's İSM staff act on it.
"""

from __future__ import annotations

from enum import StrEnum

from app.workflows.common.context import Actor
from app.workflows.common.permissions import ISM, allows
from app.workflows.common.states import AppState, allowed_events


class IsmAction(StrEnum):
    ANSWER = "answer"                        # answer Ek-1 items and edit their notes
    NOTIFY = "notify"                        # the letter to the applicant (stops the 15-day clock)
    RECORD_COMPLETION = "record_completion"  # the applicant completed a deficient file
    FORWARD = "forward"                      # send a suitable application to SHGM
    WITHDRAW = "withdraw"                    # the applicant withdrew


EVENTS = {IsmAction.RECORD_COMPLETION: "record_completion", IsmAction.FORWARD: "forward",
          IsmAction.WITHDRAW: "withdraw"}


def application_actions(state: AppState, review_complete: bool = True, actor: Actor | None = None,
                        province_id: int | None = None) -> frozenset[IsmAction]:
    """The actions open on an application in `state`. `review_complete`: every Ek-1 item is answered (a
    notification needs it). With `actor` (and the application's `province_id`), nothing is open to someone who
    is not the province's İSM staff."""
    if actor is not None and not allows(actor, ISM, province_id):
        return frozenset()
    allowed = allowed_events(state)
    actions = {a for a, event in EVENTS.items() if event in allowed}
    if state in (AppState.RECEIVED, AppState.UNDER_REVIEW):
        actions.add(IsmAction.ANSWER)        # the first answer starts the examination
    if review_complete and any(e.startswith("notify_") for e in allowed):
        actions.add(IsmAction.NOTIFY)
    return frozenset(actions)


def may_receive(actor: Actor) -> bool:
    """The actor may register a new application: İSM staff (intake.receive checks the facility's province too)."""
    return allows(actor, ISM)


def may_act(actor: Actor, province_id: int) -> bool:
    """The actor is the province's İSM staff (İSM Personeli or İSM Yöneticisi of that province)."""
    return allows(actor, ISM, province_id)
