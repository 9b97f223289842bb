"""Data protection: the application talks to nothing but its database. With every network socket forbidden,
a whole application's life on the local SQLite database still works: intake, examination, letter, SHGM
decision, signed permit and its verification (no certificate fetching, no time-stamp server)."""

from __future__ import annotations

import socket

import pytest

from app.workflows.common.vocabulary import Role
from app.workflows.shgm import decisions as shgm
from app.workflows.shgm import permits, verification
from tests.support.shgm import forwarded
from tests.support.shgm import shgm as shgm_desk
from tests.support.signing import use_test_certificate


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError(f"ağ bağlantısı yasak: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(None, address))
    return attempts


@pytest.mark.engines("sqlite")
def test_a_permit_is_issued_and_verified_without_any_network_connection(ctx, no_network, tmp_path):
    use_test_certificate(tmp_path / "imza")      # a configured certificate (a demo one is not valid here)
    approver = shgm_desk(ctx, Role.SHGM_APPROVER)
    decision = shgm.assign_areas(approver, forwarded(ctx), [("KONSULTASYON", "KARDIYOLOJI"), ("MUAYENE", None)])
    shgm.mark_ckys_recorded(approver, decision, "CKYS-2026-7")
    issued = permits.issue_permit(approver, decision)
    pdf = permits.permit_document(approver, issued.permit_id).content
    assert verification.verify_file(approver, pdf, "gui").valid
    assert no_network == []
