"""Verification of a permit at the SHGM desk and on the command line: the rules are
`app.workflows.common.verification` (shared with the public web service); here every check is recorded as a
VerificationCheck row under the officer (an audited insert).
"""

from __future__ import annotations

import hashlib

from app.models import VerificationCheck
from app.workflows.common.context import AppContext
from app.workflows.common.verification import (
    DEMO_MARK,
    DEMO_STATUS,
    Result,
    check_code,
    check_file,
    is_demo_database,
)

SOURCES = ("cli", "gui")

__all__ = ["DEMO_MARK", "DEMO_STATUS", "SOURCES", "Result", "is_demo_database", "verify_code", "verify_file"]


def _record(ctx: AppContext, result: Result, source: str, file_sha: str | None) -> Result:
    with ctx.write() as s:
        s.add(VerificationCheck(at=ctx.clock.now(), code=result.code[:60], document_kind="permit"
                                if result.permit_number else "unknown", source=source, file_sha256=file_sha,
                                valid=result.valid, reason=result.reason[:300], checked_by=ctx.actor.username))
    return result


def verify_code(ctx: AppContext, code: str, source: str = "gui") -> Result:
    """The status of the permit revision a verification code belongs to."""
    with ctx.read() as s:
        result = check_code(s, code, ctx.clock.today())
    return _record(ctx, result, source, None)


def verify_file(ctx: AppContext, pdf_bytes: bytes, source: str = "gui") -> Result:
    """Code known → signature intact and ours → same bytes as the stored document → status."""
    result = check_file(ctx.read, pdf_bytes, ctx.clock.today())
    return _record(ctx, result, source, hashlib.sha256(pdf_bytes).hexdigest())
