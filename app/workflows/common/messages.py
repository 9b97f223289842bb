"""Texts a workflow gives the officer, in Turkish and, through the interface's translations, in English. No Qt.

    raise ValidationFailed({"tc": msg("Doğrulama", "{label} 11 haneli olmalıdır.").format(label=label)})

`msg(context, template)` marks the template for pyside6-lupdate: scripts/update_translations.sh reads `msg` as
QT_TRANSLATE_NOOP, which it recognises only with exactly two string literals (a variable holding the
context is not read), so the arguments go in `.format`.
A Message keeps the context, the template and the arguments, and *is* the Turkish text (a str): the CLI, the logs
and the tests print it as it is; the interface renders it in its language (app.ui.common.texts.shown).
Arguments may be Messages or `joined` lists themselves (rendered in the same language).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

Translate = Callable[[str, str], str]


def _turkish(context: str, template: str) -> str:
    return template


def render(value: Any, translate: Translate = _turkish) -> Any:
    """A Message or joined list in the language `translate` gives; anything else as it is."""
    return value.render(translate) if isinstance(value, (Message, Joined)) else value


def _fill(template: str, args: dict[str, Any], translate: Translate) -> str:
    if not args:
        return template
    return template.format(**{k: render(v, translate) for k, v in args.items()})


class Message(str):
    """A template with its arguments; str() is the Turkish text."""

    context: str
    template: str
    args: dict[str, Any]

    def __new__(cls, context: str, template: str, args: dict[str, Any] | None = None) -> Message:
        args = dict(args or {})
        self = super().__new__(cls, _fill(template, args, _turkish))
        self.context, self.template, self.args = context, template, args
        return self

    def format(self, **args: Any) -> Message:  # type: ignore[override]
        """The same template with (more) arguments; keyword arguments only."""
        return Message(self.context, self.template, {**self.args, **args})

    def render(self, translate: Translate) -> str:
        translated = translate(self.context, self.template) or self.template
        try:
            return _fill(translated, self.args, translate)
        except (KeyError, IndexError, ValueError):   # a translation naming an argument the template has not
            return _fill(self.template, self.args, translate)

    def __reduce__(self) -> tuple[Any, ...]:       # str's own would rebuild it from the text alone
        return Message, (self.context, self.template, self.args)


class Joined(str):
    """Texts joined with `sep`, each rendered in the reader's language (a list of field errors)."""

    items: tuple[Any, ...]
    sep: str

    def __new__(cls, sep: str, items: Iterable[Any]) -> Joined:
        items = tuple(items)
        self = super().__new__(cls, sep.join(str(i) for i in items))
        self.items, self.sep = items, sep
        return self

    def render(self, translate: Translate) -> str:
        return self.sep.join(str(render(i, translate)) for i in self.items)

    def __reduce__(self) -> tuple[Any, ...]:
        return Joined, (self.sep, self.items)


class Trimmed(Joined):
    """A text without the trailing `chars`, in whichever language it is rendered ("… alındı." inside a sentence)."""

    chars: str

    def __new__(cls, item: Any, chars: str) -> Trimmed:
        self = str.__new__(cls, str(item).rstrip(chars))
        self.items, self.sep, self.chars = (item,), "", chars
        return self

    def render(self, translate: Translate) -> str:
        return str(render(self.items[0], translate)).rstrip(self.chars)

    def __reduce__(self) -> tuple[Any, ...]:
        return Trimmed, (self.items[0], self.chars)


def _lower_tr(text: str) -> str:
    return text.replace("İ", "i").replace("I", "ı").lower()


class Lowered(Joined):
    """A text in lower case inside a sentence ("uzaktan denetlendi"), in whichever language it is rendered; the
    Turkish with Turkish case rules (İ → i, I → ı)."""

    def __new__(cls, item: Any) -> Lowered:
        self = str.__new__(cls, _lower_tr(str(item)))
        self.items, self.sep = (item,), ""
        return self

    def render(self, translate: Translate) -> str:
        text = str(render(self.items[0], translate))
        return _lower_tr(text) if text == str(self.items[0]) else text.lower()

    def __reduce__(self) -> tuple[Any, ...]:
        return Lowered, (self.items[0],)


def msg(context: str, template: str) -> Message:
    """Mark a Turkish template for translation (two string literals, nothing else: lupdate reads them)."""
    return Message(context, template)


def joined(sep: str, items: Iterable[Any]) -> Joined:
    return Joined(sep, items)


def lowered(text: Any) -> Any:
    """`text` in lower case that keeps a Message translatable (a plain str is lowered with Turkish rules)."""
    return Lowered(text) if isinstance(text, (Message, Joined)) else _lower_tr(str(text))


def trimmed(text: Any, chars: str) -> Any:
    """`text.rstrip(chars)` that keeps a Message translatable (a plain str is simply stripped)."""
    return Trimmed(text, chars) if isinstance(text, (Message, Joined)) else str(text).rstrip(chars)


def to_json(value: Any) -> Any:
    """A Message (or joined list, or trimmed text) as JSON data to keep in the database, so a reader can render it
    in its own language later (`from_json`); its arguments the same way. A plain str (or number) stays as it is;
    anything else is kept as its text."""
    if isinstance(value, Trimmed):
        return {"trimmed": [to_json(value.items[0]), value.chars]}
    if isinstance(value, Lowered):
        return {"lowered": to_json(value.items[0])}
    if isinstance(value, Joined):
        return {"joined": [value.sep, [to_json(i) for i in value.items]]}
    if isinstance(value, Message):
        return {"msg": [value.context, value.template, {k: to_json(v) for k, v in value.args.items()}]}
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)


def from_json(data: Any) -> Any:
    """What `to_json` kept, rebuilt: the same Messages (their Turkish text identical), plain values as they are."""
    if isinstance(data, dict):
        if "msg" in data:
            context, template, args = data["msg"]
            return Message(context, template, {k: from_json(v) for k, v in args.items()})
        if "joined" in data:
            sep, items = data["joined"]
            return Joined(sep, [from_json(i) for i in items])
        if "trimmed" in data:
            item, chars = data["trimmed"]
            return Trimmed(from_json(item), chars)
        if "lowered" in data:
            return Lowered(from_json(data["lowered"]))
    return data


CATALOGUES = Path(__file__).resolve().parents[3] / "resources" / "translations"


@cache
def catalogue(language: str) -> Translate:
    """The workflows' messages in `language` outside Qt (the web service's English page): the finished
    translations of ush_workflows_<language>.ts; Turkish, or a missing catalogue, leaves the text as it is."""
    import xml.etree.ElementTree as ET

    path = CATALOGUES / f"ush_workflows_{language}.ts"
    table: dict[tuple[str, str], str] = {}
    if language != "tr" and path.exists():
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                tr = m.find("translation")
                if tr is not None and tr.text and tr.get("type") is None:
                    table[(name, m.findtext("source") or "")] = tr.text
    return lambda context, template: table.get((context, template), template)
