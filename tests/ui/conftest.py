"""Fixtures for the Qt tests: a main window on a fresh database, the language reset after each test, the İSM
desk as an İzmir officer and recorded messages instead of message boxes. Plain helpers are in tests/support/ui.py
and tests/support/ism_ui.py."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from app.ui import i18n
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.context import AppContext
from tests.support.ism import izmir_desk
from tests.support.ism_ui import Recorder
from tests.support.ui import show_main_window

log = logging.getLogger(__name__)


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_gui_thread(qapp) -> None:
    """As in the application (app.ui.application.ensure_application): garbage collection never runs on a worker."""
    from app.ui.common import collector

    collector.install(qapp)


@pytest.fixture(autouse=True)
def _turkish_interface(qapp) -> Iterator[None]:
    """Every test starts and ends with the Turkish source texts (no translator left installed)."""
    i18n.clear(qapp)
    yield
    i18n.clear(qapp)


@pytest.fixture(autouse=True)
def _no_message_box_after_the_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A real message box would block (or abort) an offscreen run: by default a message is logged instead. A test
    that asserts its messages installs its own recorder over this one. Work still running when a test ends is
    waited for here, so its result cannot land in the next test (or in pytest-qt's teardown)."""
    from app.ui.common import operations

    def told(kind: str):  # noqa: ANN202
        return staticmethod(lambda parent, title, text, *rest: log.warning("message (%s) %s: %s", kind, title, text))

    monkeypatch.setattr(operations.Messages, "error", told("error"))
    monkeypatch.setattr(operations.Messages, "info", told("info"))
    monkeypatch.setattr(operations.Messages, "confirm", staticmethod(lambda parent, title, text, yes: False))
    yield
    operations.wait_idle(10000)


@pytest.fixture
def user_ctx(ctx: AppContext) -> AppContext:
    return ctx.as_user(default_actor(ctx))


@pytest.fixture
def window(qtbot, user_ctx):
    return show_main_window(qtbot, user_ctx)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """What the user would have been told, recorded instead of shown in message boxes."""
    rec = Recorder()
    rec.install(monkeypatch)
    return rec


@pytest.fixture
def desk_ctx(ctx: AppContext) -> AppContext:
    """An İzmir İSM officer; today is Monday 2 March 2026 (FixedClock)."""
    return izmir_desk(ctx)
