"""Progress and cancellation for long work (backups, restore tests, exports, demo data), without Qt.

A long workflow function takes two optional callables:

- ``progress(done, total)``: how far the work is, in steps the function chooses (tables, chunks);
- ``cancel()``: True when the officer asked to stop; the function then raises a `WorkCancelled`
  subclass at the next clean boundary, after removing whatever it had half written.
"""

from __future__ import annotations

from collections.abc import Callable

from app.workflows.common.errors import DomainError

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class WorkCancelled(DomainError):
    """The officer stopped the work; nothing was left half written (the message says what remains)."""


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def stop_if_cancelled(cancel: CancelCheck | None, error: Callable[[], WorkCancelled]) -> None:
    """Raise `error()` when `cancel()` says so."""
    if cancel is not None and cancel():
        raise error()
