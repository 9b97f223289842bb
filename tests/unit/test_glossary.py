"""docs/glossary.md names the code that implements each regulation term: every `app.…` name in it must exist in
the current tree, and a model's table name given after it in brackets must be its table.

Names are resolved by importing the longest module prefix and looking up the rest as attributes (no database is
opened: importing the models and workflows only defines them).
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
NAME = re.compile(r"`(app(?:\.\w+)+)`")
MODEL_TABLE = re.compile(r"`(app\.models\.\w+\.\w+)` \((\w+)\)")


def code_cells() -> list[str]:
    """The code column (the second) of every table row of the glossary."""
    cells = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        parts = [p.strip() for p in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(parts) >= 3 and not set(parts[1]) <= set("-: ") and parts[1] != "code":
            cells.append(parts[1])
    return cells


def resolve(dotted: str) -> object:
    """The object a dotted name names, or an AssertionError saying which part is missing."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        module_name = ".".join(parts[:cut])
        try:
            obj: object = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue        # a shorter prefix is the module; what is missing is then named below
        for attr in parts[cut:]:
            assert hasattr(obj, attr), f"{dotted}: {module_name} has no {'.'.join(parts[cut:])}"
            obj = getattr(obj, attr)
        return obj
    raise AssertionError(f"{dotted}: no such module")


NAMES = sorted({name for cell in code_cells() for name in NAME.findall(cell)})


def test_the_glossary_names_code_in_every_area() -> None:
    assert len(code_cells()) >= 60
    assert len(NAMES) >= 100


@pytest.mark.parametrize("dotted", NAMES)
def test_each_named_code_exists(dotted: str) -> None:
    assert resolve(dotted) is not None


@pytest.mark.parametrize("dotted,table", sorted({m for c in code_cells() for m in MODEL_TABLE.findall(c)}))
def test_each_model_has_the_table_the_glossary_gives(dotted: str, table: str) -> None:
    assert getattr(resolve(dotted), "__tablename__", None) == table
