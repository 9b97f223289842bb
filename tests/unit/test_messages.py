"""Workflow messages: Turkish for the CLI and the logs, the same message in English through the interface's
translations (issue 17: no Turkish left in the English interface, no English in the Turkish one)."""

from __future__ import annotations

import pickle

from app.workflows.common.errors import StaleRecord, ValidationFailed
from app.workflows.common.messages import Message, joined, msg, render, trimmed
from app.workflows.common.validation import email_error, tckn_error

ENGLISH = {
    ("Doğrulama", "{label} {length} haneli olmalıdır."): "{label} must have {length} digits.",
    ("Doğrulama", "TC kimlik numarası"): "TC identity number",
    ("Hatalar", "Formda düzeltilmesi gereken alanlar var:\n{lines}"): "The form has fields to correct:\n{lines}",
    ("Hatalar", "• {line}"): "• {line}",
}


def english(context: str, text: str) -> str:
    return ENGLISH.get((context, text), text)


def test_a_message_is_its_turkish_text():
    m = msg("Doğrulama", "{label} {length} haneli olmalıdır.").format(label="Vergi no", length=10)
    assert m == "Vergi no 10 haneli olmalıdır."
    assert f"» {m}" == "» Vergi no 10 haneli olmalıdır."      # printed by the CLI as any str


def test_the_interface_renders_it_in_english_arguments_too():
    err = tckn_error("1234567895")
    assert isinstance(err, Message)
    assert err == "TC kimlik numarası 11 haneli olmalıdır."
    assert render(err, english) == "TC identity number must have 11 digits."


def test_a_form_error_lists_each_field_in_the_same_language():
    exc = ValidationFailed({"tckn": tckn_error("123"), "email": email_error("x@")})
    assert exc.message.startswith("Formda düzeltilmesi gereken alanlar var:\n• TC kimlik numarası 11 haneli")
    shown = render(exc.message, english)
    assert shown.startswith("The form has fields to correct:\n• TC identity number must have 11 digits.\n• ")


def test_a_translation_with_a_wrong_argument_falls_back_to_turkish_not_to_an_error():
    m = msg("X", "{a} var").format(a=1)
    assert render(m, lambda c, t: "{b} is there") == "1 var"


def test_messages_survive_pickling_for_worker_threads_and_processes():
    m = msg("Hatalar", "Bu kayıt")
    exc = StaleRecord(m, "Ayşe")
    back = pickle.loads(pickle.dumps(exc.message))
    assert back == exc.message and back.template == exc.message.template and back.args["who"] == "Ayşe"
    lines = pickle.loads(pickle.dumps(joined("\n", [m, "düz"])))
    assert render(lines, lambda c, t: "This record" if t == "Bu kayıt" else t) == "This record\ndüz"


def test_a_reason_without_its_full_stop_inside_a_sentence_stays_translatable():
    """vendors.describe puts a list rule's reason into "gerekçe: … (SBYS …)" without its full stop."""
    reason = msg("KTS", "Son bir yıl içinde {n} kez pasif listeye alındı ({dates}).").format(n=3, dates="…")
    inside = msg("KTS durumları", "gerekçe: {reason}").format(reason=trimmed(reason, "."))
    assert inside == "gerekçe: Son bir yıl içinde 3 kez pasif listeye alındı (…)"
    table = {"gerekçe: {reason}": "reason: {reason}",
             "Son bir yıl içinde {n} kez pasif listeye alındı ({dates}).": "Put on the passive list {n} times ({dates})."}
    assert render(inside, lambda c, t: table.get(t, t)) == "reason: Put on the passive list 3 times (…)"
    assert pickle.loads(pickle.dumps(inside)).args["reason"].render(lambda c, t: table.get(t, t)) == \
        "Put on the passive list 3 times (…)"
    assert trimmed("düz metin.", ".") == "düz metin"
