"""Identifier checks with Turkish messages: TC kimlik no and vergi kimlik no by their checksums, MERSİS no by format.

Each `*_error` function returns None for a valid value and a message for the officer otherwise (a Message: the
Turkish text, translated by the interface; a `label` may be a Message too). The `make_*`
generators build valid identifiers from a seeded random source, for tests and demo data only.
"""

from __future__ import annotations

import random
import re

from app.workflows.common.messages import Message, msg

_DIGITS = re.compile(r"[0-9]+")  # not str.isdigit(): it accepts '²' and Arabic-Indic digits


def _digits_error(value: str, label: str, length: int) -> Message | None:
    if not value:
        return msg("Doğrulama", "{label} boş olamaz.").format(label=label)
    if not _DIGITS.fullmatch(value):
        return msg("Doğrulama", "{label} yalnızca rakamlardan oluşmalıdır.").format(label=label)
    if len(value) != length:
        return msg("Doğrulama", "{label} {length} haneli olmalıdır.").format(label=label, length=length)
    return None


# --- TC kimlik numarası -------------------------------------------------------------------------------------------

def _tckn_check_digits(first9: list[int]) -> tuple[int, int]:
    odd = sum(first9[0:9:2])   # digits 1, 3, 5, 7, 9
    even = sum(first9[1:8:2])  # digits 2, 4, 6, 8
    d10 = (odd * 7 - even) % 10  # Python's % keeps the result in 0..9 even when the difference is negative
    d11 = (sum(first9) + d10) % 10
    return d10, d11


def tckn_error(value: str) -> Message | None:
    label = msg("Doğrulama", "TC kimlik numarası")
    if err := _digits_error(value, label, 11):
        return err
    digits = [int(c) for c in value]
    if digits[0] == 0:
        return msg("Doğrulama", "{label} 0 ile başlayamaz.").format(label=label)
    if _tckn_check_digits(digits[:9]) != (digits[9], digits[10]):
        return msg("Doğrulama", "{label} geçersiz (kontrol hanesi tutmuyor).").format(label=label)
    return None


def make_tckn(rng: random.Random) -> str:
    first9 = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    return "".join(map(str, first9 + list(_tckn_check_digits(first9))))


# --- vergi kimlik numarası (GİB) ----------------------------------------------------------------------------------

def _vkn_check_digit(first9: list[int]) -> int:
    total = 0
    for i, d in enumerate(first9):
        tmp = (d + 9 - i) % 10
        v = (tmp * 2 ** (9 - i)) % 9
        if tmp != 0 and v == 0:
            v = 9
        total += v
    return (10 - total % 10) % 10


def vkn_error(value: str) -> Message | None:
    label = msg("Doğrulama", "Vergi kimlik numarası")
    if err := _digits_error(value, label, 10):
        return err
    digits = [int(c) for c in value]
    if _vkn_check_digit(digits[:9]) != digits[9]:
        return msg("Doğrulama", "{label} geçersiz (kontrol hanesi tutmuyor).").format(label=label)
    return None


def make_vkn(rng: random.Random) -> str:
    first9 = [rng.randint(0, 9) for _ in range(9)]
    return "".join(map(str, first9 + [_vkn_check_digit(first9)]))


# --- MERSİS numarası ----------------------------------------------------------------------------------------------

def mersis_error(value: str) -> Message | None:
    # No public checksum is documented for MERSİS numbers, so only the format is checked.
    return _digits_error(value, msg("Doğrulama", "MERSİS numarası"), 16)


def make_mersis(rng: random.Random, vkn: str) -> str:
    """MERSİS numbers are commonly "0" + the company's VKN + a 5-digit suffix (usually 000xx)."""
    return f"0{vkn}000{rng.randint(10, 99)}"


# --- free text, e-mail, phone -------------------------------------------------------------------------------------

# Control characters have no place in a record: NUL (PostgreSQL refuses it, SQLite stores it silently), the other
# C0 controls except tab and line breaks, DEL, and lone surrogates (not UTF-8 at all).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_PHONE_CHARS = re.compile(r"\+?[0-9 ()\-]+")
# A Turkish number once the separators are gone: 0 + 10 digits, +90 / 90 + 10 digits, or the 10 digits alone; the
# 10 digits start with an area code (2xx-4xx), a mobile prefix (5xx) or 850. Or a 7-digit 444 line.
_PHONE_TR = re.compile(r"(?:\+?90|0)?[2-5][0-9]{9}|(?:\+?90|0)?850[0-9]{7}|444[0-9]{4}")
# ÇKYS kurum kodu: digits (the Ministry's numeric code, 4-12 digits), optionally in two groups with one hyphen
# (the province-prefixed form "35-0001" some registers use).
_CKYS = re.compile(r"[0-9]+(-[0-9]+)?")


def text_error(value: str, label: str, max_length: int | None = None) -> Message | None:
    """A free-text value: not longer than the column allows (counted in characters, as both engines count),
    no control characters."""
    if max_length is not None and len(value) > max_length:
        return msg("Doğrulama", "{label} en fazla {max} karakter olabilir ({given} karakter girildi).").format(
            label=label, max=max_length, given=len(value))
    if m := _CONTROL.search(value):
        return msg("Doğrulama", "{label} geçersiz bir denetim karakteri içeriyor ({char}); metni yeniden yazın ya da "
                   "yapıştırılan metni temizleyin.").format(label=label, char=f"U+{ord(m.group(0)):04X}")
    return None


def email_error(value: str, label: str | None = None) -> Message | None:
    """Empty is allowed (the field is optional); otherwise name@alan.uzantı."""
    if value and not _EMAIL.fullmatch(value):
        return msg("Doğrulama", "{label} geçersiz: ad@alan.uzantı biçiminde olmalıdır.").format(
            label=label or msg("Doğrulama", "E-posta adresi"))
    return None


def phone_error(value: str, label: str | None = None) -> Message | None:
    """Empty is allowed; otherwise a Turkish number: 0232 123 45 67, +90 (532) 123-45-67, 444 1 234 (spaces,
    hyphens and parentheses allowed)."""
    value = value.strip()
    if not value:
        return None
    digits = re.sub(r"[ ()\-]", "", value)
    if not _PHONE_CHARS.fullmatch(value) or not _PHONE_TR.fullmatch(digits):
        return msg("Doğrulama", "{label} geçersiz: alan koduyla birlikte bir Türkiye numarası olmalıdır (ör. 0232 "
                   "123 45 67 ya da +90 532 123 45 67).").format(label=label or msg("Doğrulama", "Telefon"))
    return None


def ckys_code_error(value: str) -> Message | None:
    """The ÇKYS kurum kodu of a new facility: required; digits (4-12), optionally two groups joined by a hyphen."""
    label = msg("Doğrulama", "ÇKYS kurum kodu")
    value = value.strip()
    if not value:
        return msg("Doğrulama", "{label} boş olamaz.").format(label=label)
    if not _CKYS.fullmatch(value) or not 4 <= sum(c.isdigit() for c in value) <= 12:
        return msg("Doğrulama", "{label} geçersiz: 4-12 rakamdan oluşmalıdır (ör. 123456 ya da 35-0001).").format(
            label=label)
    return None


def datetime_error(value: object, label: str) -> Message | None:
    """A moment must carry its time zone (a naive one is ambiguous: Türkiye or UTC?)."""
    import datetime as dt

    if not isinstance(value, dt.datetime):
        return msg("Doğrulama", "{label} bir tarih ve saat olmalıdır.").format(label=label)
    if value.tzinfo is None or value.utcoffset() is None:
        return msg("Doğrulama", "{label} saat dilimi olmadan verilmiş; tarih ve saat Türkiye saatiyle (saat dilimiyle) "
                   "verilmelidir.").format(label=label)
    return None
