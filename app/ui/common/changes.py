"""What a write touched, and the one app-wide hub that tells every screen about it.

An operation (`app.ui.common.operations.Operation.changes`) reports the entities its workflow call touched; the hub
broadcasts them on the GUI thread; each screen refreshes only the rows or parts concerned instead of reloading whole
pages (the way Anki's operations broadcast OpChanges). Kinds say what sort of change it was:

- "state": an application moved to another state (lists filtered by state and the counts per state change);
- "ek1": an Ek-1 answer or note (nothing in the worklist or the counts changes);
- "application", "decision", "permit", "vendor", "document", "data": the record itself changed ("data" means
  anything may have changed, e.g. demo data or a restore: screens reload).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


def _ids(values: Iterable[int | None] | None) -> frozenset[int]:
    return frozenset(int(v) for v in (values or ()) if v is not None)


@dataclass(frozen=True, init=False)
class Changes:
    applications: frozenset[int] = field(default_factory=frozenset)
    decisions: frozenset[int] = field(default_factory=frozenset)
    permits: frozenset[int] = field(default_factory=frozenset)
    vendors: frozenset[int] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    source: object = field(default=None, compare=False)   # the screen that made the change (it shows it already)

    def __init__(self, applications: Iterable[int | None] | None = None, decisions: Iterable[int | None] | None = None,
                 permits: Iterable[int | None] | None = None, vendors: Iterable[int | None] | None = None,
                 kinds: Iterable[str] | None = None, source: object = None) -> None:
        object.__setattr__(self, "applications", _ids(applications))
        object.__setattr__(self, "decisions", _ids(decisions))
        object.__setattr__(self, "permits", _ids(permits))
        object.__setattr__(self, "vendors", _ids(vendors))
        object.__setattr__(self, "kinds", frozenset(kinds or ()))
        object.__setattr__(self, "source", source)

    def __bool__(self) -> bool:
        return bool(self.applications or self.decisions or self.permits or self.vendors or self.kinds)

    def has(self, *kinds: str) -> bool:
        return "data" in self.kinds or any(k in self.kinds for k in kinds)

    @property
    def states(self) -> bool:
        """Did an application change state (lists by state and the counts per state change)?"""
        return self.has("state")

    @classmethod
    def everything(cls, source: object = None) -> Changes:
        return cls(kinds={"data"}, source=source)


class ChangeHub(QObject):
    """One per application; `changed(Changes)` is emitted on the GUI thread after a successful write."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.published: list[Changes] = []     # the last few (tests look at them)

    def publish(self, changes: Changes) -> None:
        self.published = [*self.published[-19:], changes]
        self.changed.emit(changes)


_HUB: ChangeHub | None = None


def hub() -> ChangeHub:
    global _HUB
    if _HUB is None:
        _HUB = ChangeHub()
    return _HUB


__all__ = ["ChangeHub", "Changes", "hub"]
