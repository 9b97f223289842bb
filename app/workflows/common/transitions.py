"""Applying a state change: legal per app.workflows.common.states, recorded with actor, time and reason."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import Application, StateTransition
from app.workflows.common.context import AppContext
from app.workflows.common.states import AppState, next_state


def record_transition(s: Session, ctx: AppContext, app: Application, event: str, source: AppState | None,
                      target: AppState, reason: str = "") -> None:
    s.add(StateTransition(application_id=app.id, event=event, from_state=source.value if source else None,
                          to_state=target.value, at=ctx.clock.now(), actor_id=ctx.actor.user_id, reason=reason))


def apply(s: Session, ctx: AppContext, app: Application, event: str, reason: str = "") -> AppState:
    """Move the application by `event`; raises IllegalTransition (nothing written) when not allowed."""
    source = AppState(app.state)
    target = next_state(source, event)
    app.state = target.value
    record_transition(s, ctx, app, event, source, target, reason)
    return target
