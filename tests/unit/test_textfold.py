"""Turkish case folding for search keys (app.textfold): Python's own lower()/upper() get I/ı and İ/i wrong."""

from __future__ import annotations

import pytest

from app.textfold import fold, tr_lower, tr_upper


@pytest.mark.parametrize("text, folded", [
    ("İSTANBUL", "istanbul"),
    ("ISPARTA", "ısparta"),
    ("Işıklı Göğüs   Hastalıkları\tTıp Merkezi ", "ışıklı göğüs hastalıkları tıp merkezi"),
    ("ÇAĞRI ŞİFA ÖZEL ÜNİTE", "çağrı şifa özel ünite"),
    ("", ""),
    (None, ""),
])
def test_a_search_key_is_turkish_lower_case_with_single_spaces(text, folded):
    assert fold(text) == folded


def test_capital_and_small_spellings_of_a_name_meet_on_one_key():
    assert fold("IĞDIR") == fold("Iğdır") == fold("ığdır") == "ığdır"
    assert fold("DİYARBAKIR") == fold("Diyarbakır")
    assert fold("Istanbul") != fold("İstanbul")        # dotless and dotted I are different letters


def test_python_gets_the_turkish_i_wrong_and_tr_lower_tr_upper_get_it_right():
    assert "İSTANBUL".lower() != "istanbul"            # Python: 'i̇stanbul' (i + combining dot)
    assert tr_lower("İSTANBUL IŞIK") == "istanbul ışık"
    assert tr_upper("istanbul ılık") == "İSTANBUL ILIK"
    assert tr_upper(tr_lower("IĞDIR ÇİĞLİ")) == "IĞDIR ÇİĞLİ"
