"""A Message kept in the database (a notice to the İSM) and read back later: the same Turkish text, and the same
message for the English interface (issue 17, "One language")."""

from __future__ import annotations

import json

from app.workflows.common.messages import (
    Message,
    from_json,
    joined,
    lowered,
    msg,
    render,
    to_json,
    trimmed,
)

ENGLISH = {
    ("KTS", "USBS üreticisi {what}: {vendor}"): "USBS producer {what}: {vendor}",
    ("KTS", "pasif listeye alındı"): "put on the passive list",
    ("KTS", "İl sağlık müdürlüğü ekibi"): "Provincial health directorate team",
    ("KTS", "{team} denetledi."): "Audited by the {team}.",
}


def english(context: str, text: str) -> str:
    return ENGLISH.get((context, text), text)


def stored(value):
    """Through JSON text, as the database keeps it."""
    return from_json(json.loads(json.dumps(to_json(value))))


def test_a_message_read_back_is_the_same_turkish_text_and_renders_in_english():
    title = msg("KTS", "USBS üreticisi {what}: {vendor}").format(what=msg("KTS", "pasif listeye alındı"),
                                                                 vendor="Çağrı Sağlık Yazılımları A.Ş.")
    back = stored(title)
    assert isinstance(back, Message)
    assert back == "USBS üreticisi pasif listeye alındı: Çağrı Sağlık Yazılımları A.Ş."
    assert render(back, english) == "USBS producer put on the passive list: Çağrı Sağlık Yazılımları A.Ş."


def test_joined_trimmed_and_lowered_arguments_survive_too():
    body = joined("\n", [msg("KTS", "{team} denetledi.").format(team=lowered(msg("KTS", "İl sağlık müdürlüğü ekibi"))),
                         trimmed(msg("KTS", "pasif listeye alındı"), "ı"), "• Özel Işıklı Göğüs Tıp Merkezi", 3])
    back = stored(body)
    assert back == body == ("il sağlık müdürlüğü ekibi denetledi.\npasif listeye alınd\n"
                            "• Özel Işıklı Göğüs Tıp Merkezi\n3")
    assert render(back, english) == ("Audited by the provincial health directorate team.\nput on the passive list\n"
                                     "• Özel Işıklı Göğüs Tıp Merkezi\n3")


def test_a_plain_text_stays_a_plain_text():
    assert to_json("Eksik log kayıtları") == "Eksik log kayıtları"
    back = from_json("Eksik log kayıtları")
    assert back == "Eksik log kayıtları" and type(back) is str
    assert from_json(to_json(None)) is None and from_json(to_json(12)) == 12
