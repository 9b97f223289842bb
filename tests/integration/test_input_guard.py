"""Bad input never reaches the database raw: too long, control characters, unknown codes, naive times, malformed
e-mail and phone are refused with the same Turkish ValidationFailed on SQLite and PostgreSQL, and nothing is
written (no DataError, IntegrityError or TypeError; nothing stored silently)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models import Application, Facility, User
from app.workflows.admin import users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.input_guard import column_lengths
from app.workflows.common.vocabulary import Role
from app.workflows.ism import intake
from tests.support.ism import form, izmir_desk, vendor


@pytest.fixture
def desk(ctx):
    return izmir_desk(ctx)


@pytest.fixture
def good(ctx):
    v, p = vendor(ctx)
    return form(v, p)


def _with_facility(f: intake.IntakeForm, **changes) -> intake.IntakeForm:
    return dataclasses.replace(f, new_facility=dataclasses.replace(f.new_facility, **changes))


def _nothing_written(ctx) -> None:
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 0
        assert s.scalar(select(func.count()).select_from(Facility)) == 0


def test_the_lengths_come_from_the_schema():
    lengths = column_lengths(Facility)
    assert lengths["ckys_code"] == 20 and lengths["email"] == 120 and lengths["phone"] == 30
    assert column_lengths(User)["username"] == 60


@pytest.mark.parametrize(("field", "value", "words"), [
    ("name", "Ö" * 5000, "en fazla"),
    ("address", "x" * 100_000, "en fazla"),
    ("district", "Karşı\x00yaka", "U+0000"),
    ("name", "Tıp \x1b[31mMerkezi", "U+001B"),
    ("manager_name", "Dr.\x7f Ayşe", "U+007F"),
    ("email", "posta-adresi-degil", "E-posta"),
    ("email", "a@b", "E-posta"),
    ("phone", "telefonum yok", "Telefon"),
    ("phone", "1" * 40, "Telefon"),
])
def test_bad_facility_fields_are_refused_the_same_way_on_both_engines(ctx, desk, good, field, value, words):
    with pytest.raises(ValidationFailed) as err:
        intake.receive(desk, _with_facility(good, **{field: value}))
    assert words in err.value.message
    assert all("(psycopg" not in m and "sqlite3" not in m for m in err.value.errors.values())
    _nothing_written(ctx)


@pytest.mark.parametrize(("change", "key"), [
    ({"type_code": "BOYLE_BIR_TUR_YOK"}, "type_code"),
    ({"province_id": 999}, "province_id"),
])
def test_unknown_reference_codes_are_refused(ctx, desk, good, change, key):
    with pytest.raises(ValidationFailed) as err:
        intake.receive(desk, _with_facility(good, **change))
    assert "bilinmeyen" in err.value.message or "il" in err.value.message.lower()
    _nothing_written(ctx)


def test_an_unknown_area_or_branch_is_refused(ctx, desk, good):
    for areas in ([("BOYLE_BIR_ALAN_YOK", None)], [("MUAYENE", "BOYLE_BIR_BRANS_YOK")]):
        with pytest.raises(ValidationFailed) as err:
            intake.receive(desk, dataclasses.replace(good, areas=areas))
        assert "bilinmeyen" in err.value.message.lower() or "alan" in err.value.message.lower()
    _nothing_written(ctx)


def test_a_naive_time_is_refused_not_a_type_error(ctx, desk, good):
    naive = dt.datetime(2026, 3, 2, 9, 30)
    with pytest.raises(ValidationFailed) as err:
        intake.receive(desk, dataclasses.replace(good, received_at=naive))
    assert "saat dilimi" in err.value.errors["received_at"]
    _nothing_written(ctx)


def test_a_long_or_controlled_note_and_channel_reference(ctx, desk, good):
    with pytest.raises(ValidationFailed) as err:
        intake.receive(desk, dataclasses.replace(good, channel_ref="K" * 500))
    assert "en fazla" in err.value.message
    with pytest.raises(ValidationFailed):
        intake.receive(desk, dataclasses.replace(good, channel_ref="KEP\x00-1"))
    _nothing_written(ctx)


def test_user_administration_gets_the_same_checks(ctx):
    admin = ctx.as_user(default_actor(ctx))
    with ctx.read() as s:
        before = s.scalar(select(func.count()).select_from(User))
    for name, full in (("uzun", "Ad " * 200), ("nul", "Ayşe\x00 Yılmaz"), ("x" * 300, "Ad Soyad")):
        with pytest.raises(ValidationFailed):
            users.create_user(admin, name, full, Role.AUDITOR)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(User)) == before


def test_good_input_still_goes_through(ctx, desk, good):
    ok = _with_facility(good, email="tesis@ornek.com.tr", phone="+90 (232) 123-45-67", district="Karşıyaka\n")
    intake.receive(desk, ok)
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 1
