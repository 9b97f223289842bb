"""The application states' transition table (app.workflows.common.states): every legal step is allowed, every
other one is refused with a message naming the state."""

from __future__ import annotations

import pytest

from app.workflows.common.states import TRANSITIONS, AppState, IllegalTransition, next_state


@pytest.mark.parametrize("t", TRANSITIONS, ids=lambda t: f"{t.source}-{t.event}")
def test_every_legal_transition_is_allowed(t):
    assert next_state(t.source, t.event) == t.target


ALL_EVENTS = sorted({t.event for t in TRANSITIONS})
ILLEGAL = [(state, event) for state in AppState for event in ALL_EVENTS
           if (state, event) not in {(t.source, t.event) for t in TRANSITIONS}]


@pytest.mark.parametrize("state, event", ILLEGAL, ids=[f"{s}-{e}" for s, e in ILLEGAL])
def test_every_other_transition_is_refused_with_a_clear_message(state, event):
    with pytest.raises(IllegalTransition) as err:
        next_state(state, event)
    assert state.label in err.value.message
