"""TCKN masking (app.workflows.common.masking): who sees the full number, everyone else sees 123******01."""

from __future__ import annotations

from app.workflows.common.context import Actor
from app.workflows.common.masking import mask_tckn, may_see_full_tckn, tckn_for_detail
from app.workflows.common.vocabulary import Role


def test_tckn_masking():
    assert mask_tckn("12345678901") == "123******01"
    assert mask_tckn("") == "" and mask_tckn(None) == ""
    izmir = Actor(1, "a", "A", Role.ISM_OFFICER, 35)
    auditor = Actor(2, "b", "B", Role.AUDITOR)
    assert may_see_full_tckn(izmir, 35) and not may_see_full_tckn(izmir, 6)
    assert not may_see_full_tckn(auditor)
    assert tckn_for_detail(auditor, "12345678901") == "123******01"
    assert tckn_for_detail(izmir, "12345678901", 35) == "12345678901"
