"""The audit viewer names an event's details as officials know them (issue 17: no raw identifiers such as 'seed',
'counts' or 'backup_sha256'): every key a program part writes into an audit event (`record_event`) has a label."""

from __future__ import annotations

import ast
from pathlib import Path

from app.workflows.common.field_labels import FIELD_LABELS

APP = Path(__file__).resolve().parents[2] / "app"


def _event_keys() -> dict[str, str]:
    """Each string key of a dict literal inside a function that calls record_event, with the file it is in."""
    keys: dict[str, str] = {}
    for path in sorted(APP.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "record_event(" not in source:
            continue
        for fn in ast.walk(ast.parse(source)):
            if not isinstance(fn, ast.FunctionDef) or "record_event(" not in (ast.get_source_segment(source, fn) or ""):
                continue
            for node in ast.walk(fn):
                if isinstance(node, ast.Dict):
                    for k in node.keys:
                        if isinstance(k, ast.Constant) and isinstance(k.value, str):
                            keys.setdefault(k.value, path.relative_to(APP.parent).as_posix())
    return keys


def test_every_key_written_into_an_audit_event_has_a_label():
    keys = _event_keys()
    assert {"seed", "counts", "backup_sha256", "copied_on"} <= keys.keys()     # the scan sees the events
    unlabelled = {k: where for k, where in keys.items() if k not in FIELD_LABELS}
    assert unlabelled == {}
