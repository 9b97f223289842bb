"""Identifier validators: TCKN and VKN checksums, MERSİS format, and the generators used for demo data."""

from __future__ import annotations

import random

import pytest

from app.workflows.common.validation import make_mersis, make_tckn, make_vkn, mersis_error, tckn_error, vkn_error


# 10000000146: digits 1..9 are 1,0,0,0,0,0,0,0,1 -> odd = 1+0+0+0+1 = 2, even = 0 -> d10 = 14 % 10 = 4;
# d11 = (2 + 0 + 4) % 10 = 6.
# 12345678950: odd = 1+3+5+7+9 = 25, even = 2+4+6+8 = 20 -> d10 = (175-20) % 10 = 5; d11 = (45+5) % 10 = 0.
@pytest.mark.parametrize("value", ["10000000146", "12345678950", "11111111110"])
def test_valid_tckn(value):
    assert tckn_error(value) is None


@pytest.mark.parametrize("value, message", [
    ("12345678951", "TC kimlik numarası geçersiz (kontrol hanesi tutmuyor)."),  # 11th digit off
    ("12345678940", "TC kimlik numarası geçersiz (kontrol hanesi tutmuyor)."),  # 10th digit off
    ("02345678950", "TC kimlik numarası 0 ile başlayamaz."),
    ("1234567895", "TC kimlik numarası 11 haneli olmalıdır."),
    ("123456789501", "TC kimlik numarası 11 haneli olmalıdır."),
    ("1234567895a", "TC kimlik numarası yalnızca rakamlardan oluşmalıdır."),
    ("1234567895²", "TC kimlik numarası yalnızca rakamlardan oluşmalıdır."),
    (" 12345678950", "TC kimlik numarası yalnızca rakamlardan oluşmalıdır."),
    ("", "TC kimlik numarası boş olamaz."),
])
def test_invalid_tckn(value, message):
    assert tckn_error(value) == message


def test_tckn_with_negative_intermediate_difference():
    # odd = 1+0+0+0+0 = 1, even = 9+9+9+9 = 36 -> (7 - 36) % 10 = 1 (mod, not remainder); d11 = (1+36+1) % 10 = 8
    assert tckn_error("19090909018") is None
    assert tckn_error("19090909098") is not None


# GİB algorithm by hand for 0123456789: for every i, tmp = (d[i] + 9 - i) % 10 = 9, v = 9 * 2**(9-i) % 9 = 0 -> 9,
# sum = 81, check = (10 - 1) % 10 = 9. For 1234567890 every tmp is 0, so the sum is 0 and the check digit 0.
@pytest.mark.parametrize("value", ["0123456789", "1234567890", "4840847211", "3230512384"])
def test_valid_vkn(value):
    assert vkn_error(value) is None


@pytest.mark.parametrize("value, message", [
    ("0123456788", "Vergi kimlik numarası geçersiz (kontrol hanesi tutmuyor)."),
    ("1234567891", "Vergi kimlik numarası geçersiz (kontrol hanesi tutmuyor)."),
    ("0000000000", "Vergi kimlik numarası geçersiz (kontrol hanesi tutmuyor)."),
    ("123456789", "Vergi kimlik numarası 10 haneli olmalıdır."),
    ("12345678901", "Vergi kimlik numarası 10 haneli olmalıdır."),
    ("12345A7890", "Vergi kimlik numarası yalnızca rakamlardan oluşmalıdır."),
    ("", "Vergi kimlik numarası boş olamaz."),
])
def test_invalid_vkn(value, message):
    assert vkn_error(value) == message


def test_vkn_may_start_with_zero():
    assert vkn_error("0123456789") is None


@pytest.mark.parametrize("value, message", [
    ("0123456789000017", None),
    ("012345678900001", "MERSİS numarası 16 haneli olmalıdır."),
    ("01234567890000170", "MERSİS numarası 16 haneli olmalıdır."),
    ("0123456789-00017", "MERSİS numarası yalnızca rakamlardan oluşmalıdır."),
    ("", "MERSİS numarası boş olamaz."),
])
def test_mersis_format(value, message):
    assert mersis_error(value) == message


def test_generators_make_valid_identifiers():
    rng = random.Random(42)
    for _ in range(2000):
        t = make_tckn(rng)
        assert tckn_error(t) is None, t
        v = make_vkn(rng)
        assert vkn_error(v) is None, v
        m = make_mersis(rng, v)
        assert mersis_error(m) is None and m[1:11] == v


def test_generators_are_deterministic():
    a, b = random.Random(5), random.Random(5)
    assert [make_tckn(a) for _ in range(10)] == [make_tckn(b) for _ in range(10)]
    assert [make_vkn(a) for _ in range(10)] == [make_vkn(b) for _ in range(10)]


def test_single_digit_changes_are_caught():
    # The TCKN checksum catches every single-digit error in the first ten digits.
    rng = random.Random(3)
    for _ in range(200):
        t = make_tckn(rng)
        pos = rng.randrange(1, 10)
        wrong = t[:pos] + str((int(t[pos]) + rng.randint(1, 9)) % 10) + t[pos + 1:]
        assert tckn_error(wrong) is not None, (t, wrong)
