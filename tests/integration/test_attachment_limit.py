"""One attachment limit (stored_documents.MAX_ATTACHMENT_BYTES, 50 MB) refused by every service that stores a
file: the İSM's intake and the KTS vendor documents; nothing is written for a refused file."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Document
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.stored_documents import MAX_ATTACHMENT_BYTES
from app.workflows.ism import intake
from app.workflows.ism.intake import DocumentInput
from app.workflows.kts import registry as kts
from tests.support.kts import on, vendor_form
from tests.support.ism import form, izmir_desk, vendor

TOO_BIG = b"%" * (MAX_ATTACHMENT_BYTES + 1)


def documents(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(Document)) or 0


def test_the_intake_refuses_a_file_over_the_limit_and_takes_one_at_the_limit(ctx):
    desk = izmir_desk(ctx)
    v, p = vendor(desk)
    too_big = form(v, p)
    too_big.documents = [DocumentInput("diger", "tarama.pdf", TOO_BIG)]
    with pytest.raises(ValidationFailed) as err:
        intake.receive(desk, too_big)
    assert err.value.errors["documents.1"] == "tarama.pdf: dosya 50 MB'tan büyük."
    assert documents(desk) == 0
    at_limit = form(v, p)
    at_limit.documents = [DocumentInput("diger", "tarama.pdf", TOO_BIG[:-1])]
    intake.receive(desk, at_limit)
    assert documents(desk) == 1


def test_a_kts_vendor_document_over_the_limit_is_refused(ctx):
    c = on(ctx, "2025-09-10")
    vid = kts.register_vendor(c, vendor_form())
    with pytest.raises(ValidationFailed) as err:
        kts.add_vendor_document(c, vid, "kts_iso27001", "iso.pdf", TOO_BIG)
    assert err.value.errors["file"] == "iso.pdf: dosya 50 MB'tan büyük."
    assert documents(c) == 0
