"""Every message a workflow gives the officer is in the translation catalogue, and the errors a workflow raises
carry such messages, not bare Turkish strings (issue 17: the English interface showed them in Turkish).

Read from the source (ast) and resources/translations/ush_workflows_en.ts; scripts/update_translations.sh collects
msg("Bağlam", "metin") as QT_TRANSLATE_NOOP, which lupdate reads only with two string literals.
"""

from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / "app" / "workflows"
CATALOGUE = ROOT / "resources" / "translations" / "ush_workflows_en.ts"
ERRORS = {"DomainError", "PermissionDenied", "NotFound", "ValidationFailed", "DiskFull"}
TURKISH = re.compile(r"[çğıöşüÇĞİÖŞÜ]|\b(ve|bir|bu|için|yok|olamaz|değil)\b")

# Modules whose raised errors still carry bare Turkish strings (shown in Turkish in the English interface too): none
# now; a module added here must say why.
NOT_YET_CONVERTED: set[str] = set()


def _modules() -> list[tuple[str, ast.Module]]:
    return [(p.relative_to(WORKFLOWS).as_posix(), ast.parse(p.read_text(encoding="utf-8")))
            for p in sorted(WORKFLOWS.rglob("*.py"))]


def _name(call: ast.Call) -> str:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", "")


def _super_init(call: ast.Call) -> bool:
    """super().__init__(…): an error class's own message."""
    f = call.func
    return isinstance(f, ast.Attribute) and f.attr == "__init__" and isinstance(f.value, ast.Call) \
        and getattr(f.value.func, "id", "") == "super"


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):     # "Eksik: " + ", ".join(…) + "."
        parts = [_literal(node.left), _literal(node.right)]
        return "".join(p for p in parts if p) or None
    return None


def _catalogue() -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(CATALOGUE).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            finished = tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished")
            out[(name, m.findtext("source") or "")] = (tr.text or "") if finished else ""
    return out


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_workflow_message_is_translated_with_its_arguments():
    catalogue = _catalogue()
    problems = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node) == "msg" and path != "common/messages.py"):
                continue
            args = [_literal(a) if isinstance(a, ast.Constant) else None for a in node.args]
            if len(args) != 2 or None in args or node.keywords:
                problems.append(f"{path}:{node.lineno}: msg() needs exactly two string literals (lupdate)")
                continue
            english = catalogue.get((args[0], args[1]))
            if not english:
                problems.append(f"{path}:{node.lineno}: not translated: {args[1]!r}")
            elif not _fields(english) <= _fields(args[1]):    # fewer is fine: a Turkish suffix has no English
                problems.append(f"{path}:{node.lineno}: the translation names other arguments: {english!r}")
    assert not problems, "\n".join(problems)


def _error_classes(modules: list[tuple[str, ast.Module]]) -> set[str]:
    """ERRORS and every class the workflows derive from them (CheckpointRefused, PlanImpossible, …)."""
    classes = [n for _, tree in modules for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    names, grown = set(ERRORS) | {"ScoreError"}, True
    while grown:
        new = {c.name for c in classes if any(getattr(b, "id", None) in names for b in c.bases)} - names
        names, grown = names | new, bool(new)
    return names


def test_errors_raised_to_the_officer_carry_translatable_messages():
    found: dict[str, list[str]] = {}
    modules = _modules()
    errors = _error_classes(modules)
    assert {"CheckpointRefused", "PlanImpossible"} <= errors
    for path, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Subscript) and getattr(t.value, "id", "")
                                                    in ("errors", "errs", "e") for t in node.targets):
                values = [node.value]                   # errors["field"] = "…", later raised as ValidationFailed
            elif isinstance(node, ast.Call) and (_name(node) in errors or _super_init(node)):
                values = list(node.args) + [v for a in node.args if isinstance(a, ast.Dict) for v in a.values]
            else:
                continue
            for v in values:
                text = _literal(v)
                if text and TURKISH.search(text):
                    found.setdefault(path, []).append(f"{path}:{node.lineno}: {text[:60]!r}")
    new = [line for path, lines in found.items() if path not in NOT_YET_CONVERTED for line in lines]
    assert not new, "wrap these in msg(...) and translate them:\n" + "\n".join(new)
    done = sorted(NOT_YET_CONVERTED - set(found))
    assert not done, f"converted already: remove from NOT_YET_CONVERTED: {done}"


def test_the_action_a_refusal_names_is_a_translatable_message():
    """require(…, action="izin belgesi") puts the action into the refusal: a bare Turkish word would stay Turkish in
    the English sentence ("You are not authorised for this action (izin belgesi)")."""
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node).startswith("require"):
                for v in [*node.args, *(k.value for k in node.keywords)]:
                    text = _literal(v)
                    if text and TURKISH.search(text):
                        found.append(f"{path}:{node.lineno}: {text!r}")
    assert not found, "wrap these in msg('Yetki', …):\n" + "\n".join(found)
