"""The unexpected-error window and its report use the log's redaction function (tests/unit/test_redaction.py checks
the function on many shapes), so what the user may copy from it holds no password or TC kimlik number."""

from __future__ import annotations

import app.ui.errors as errors
from app.logging_setup import redact


def test_the_error_report_uses_the_same_redaction() -> None:
    assert errors.redact is redact
