"""A new facility's ÇKYS kurum kodu, telefon and e-posta are checked in the form's format by one function each; the
intake service refuses a wrong one with the same message, keyed to its field, and writes nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.models import Application, Facility
from app.workflows.common.errors import ValidationFailed
from app.workflows.common.validation import ckys_code_error, email_error, phone_error
from app.workflows.ism import intake
from tests.support.ism import form, izmir_desk, vendor


@pytest.mark.parametrize("number", ["0232 123 45 67", "+90 (532) 123-45-67", "0 (312) 555 12 12", "05321234567",
                                    "2321234567", "0850 222 33 44", "444 1 234"])
def test_turkish_phone_numbers_are_accepted(number):
    assert phone_error(number) is None


@pytest.mark.parametrize("number", ["123", "0232 123 45", "0132 123 45 67", "+1 212 555 1212", "telefonum yok",
                                    "0232 123 45 67 89", "0232/1234567"])
def test_numbers_that_are_not_turkish_numbers_are_refused(number):
    assert "Türkiye numarası" in str(phone_error(number))


def test_an_empty_phone_is_allowed_it_is_optional():
    assert phone_error("") is None and email_error("") is None


@pytest.mark.parametrize("code", ["123456", "9999999", "35-0001", "06-9001"])
def test_ckys_codes_of_digits_are_accepted(code):
    assert ckys_code_error(code) is None


@pytest.mark.parametrize("code", ["12", "ABC-123", "35 0001", "35--0001", "1234567890123", "-3500"])
def test_ckys_codes_that_are_not_digits_are_refused(code):
    assert "ÇKYS kurum kodu geçersiz" in str(ckys_code_error(code))


def test_an_empty_ckys_code_is_refused():
    assert "boş olamaz" in str(ckys_code_error("  "))


@pytest.mark.parametrize("address", ["tesis@ornek", "tesis ornek.com.tr", "@ornek.com.tr", "a@b@c.tr"])
def test_email_addresses_without_name_at_domain_are_refused(address):
    assert "ad@alan.uzantı" in str(email_error(address))


def test_intake_refuses_a_wrong_ckys_code_phone_and_email_with_the_forms_messages(ctx):
    desk = izmir_desk(ctx)
    bad = form(*vendor(desk))
    assert bad.new_facility is not None
    bad = replace(bad, new_facility=replace(bad.new_facility, ckys_code="İZMİR-1", phone="123", email="tesis@",
                                            kep_address="tesis.kep.tr"))
    with pytest.raises(ValidationFailed) as refused:
        intake.receive(desk, bad)
    errors = refused.value.errors
    assert errors["facility.ckys_code"] == ckys_code_error("İZMİR-1")
    assert errors["facility.phone"] == phone_error("123")
    assert errors["facility.email"] == email_error("tesis@")
    assert "KEP adresi" in str(errors["facility.kep_address"])
    with desk.read() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 0
        assert s.scalar(select(func.count()).select_from(Facility)) == 0


def test_intake_takes_a_correct_turkish_phone_and_ckys_code(ctx):
    desk = izmir_desk(ctx)
    good = form(*vendor(desk))
    assert good.new_facility is not None
    good = replace(good, new_facility=replace(good.new_facility, ckys_code="351234", phone="+90 (232) 123-45-67",
                                              email="tesis@ornek.com.tr"))
    app_id = intake.receive(desk, good)
    with desk.read() as s:
        f = s.get(Facility, s.get(Application, app_id).facility_id)
        assert (f.ckys_code, f.phone) == ("351234", "+90 (232) 123-45-67")
