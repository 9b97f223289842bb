"""Canonical JSON (app.storage.canonical): the one text form the audit chain hashes and the JSON columns are stored
in, so the same value always gives the same text."""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json

from app.storage.canonical import dumps, plain


def test_keys_are_sorted_without_spaces_and_turkish_letters_stay_as_they_are():
    assert dumps({"şehir": "İzmir", "ad": "Ayşe Çınar", "no": 35}) == '{"ad":"Ayşe Çınar","no":35,"şehir":"İzmir"}'


def test_the_same_value_gives_the_same_text_whatever_the_key_order():
    a = {"b": [1, {"y": 2, "x": 1}], "a": None}
    b = {"a": None, "b": [1, {"x": 1, "y": 2}]}
    assert dumps(a) == dumps(b) == '{"a":null,"b":[1,{"x":1,"y":2}]}'
    assert dumps(json.loads(dumps(a))) == dumps(a)          # decoding and encoding again changes nothing


def test_dates_decimals_and_bytes_get_one_plain_form():
    at = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone.utc)
    assert dumps({"gün": dt.date(2026, 3, 2), "an": at}) == '{"an":"2026-03-02T09:30:00+00:00","gün":"2026-03-02"}'
    assert dumps(decimal.Decimal("41250.75")) == '"41250.75"'
    assert plain(b"%PDF") == "sha256:" + hashlib.sha256(b"%PDF").hexdigest()   # files by their hash, never inline
    assert plain("metin") == "metin" and plain(7) == 7
