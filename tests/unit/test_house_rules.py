"""House rules of the test suite and of the package layout, checked by reading the source (ast), not by running it.

- Every test asserts something: a test function holds an `assert`, a `pytest.raises`/`pytest.warns`, a
  `qtbot.wait…` call (waitUntil, waitSignal, … fail the test when the awaited thing does not happen) or a call to a
  helper named `assert_…`, `check_…` or `expect_…` (or just `assert`, `check`, `expect`; a leading underscore is
  allowed). Anything else would pass whatever the application does.
- Test modules live in tests/unit (pure rules), tests/integration (database, CLI, files) or tests/ui (widgets);
  a module named test_*.py holds tests, and helpers come from tests/support, never from another test module or
  a conftest.py.
- Unit test modules import neither Qt (nor the screens) nor SQLAlchemy, Alembic, the models or the storage
  layer's engines, migrations and audit trail.
- A screen in app/ui/<desk>/ finds its rules in app/workflows/<desk>/ in one hop: every desk folder of the UI has
  a peer package in the workflows.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
TEST_FOLDERS = ("unit", "integration", "ui")
ASSERTING_HELPER_PREFIXES = ("assert_", "check_", "expect_")
ASSERTING_HELPER_NAMES = ("assert", "check", "expect")          # _check(...), a module's own asserting helper
# Qt, the database layer and the screens; pure modules kept in app.storage (canonical, files) may be imported.
NOT_IN_UNIT_TESTS = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "app.models", "app.storage.database",
                     "app.storage.migrate", "app.storage.audit", "app.ui")


def module_paths() -> list[Path]:
    return sorted(p for p in TESTS.rglob("test_*.py") if ".venv" not in p.parts)


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def collected_tests(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Module-level test functions and the test methods of Test* classes, as pytest collects them."""
    found: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            found.append(node)
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            found += [n for n in node.body
                      if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name.startswith("test")]
    return found


def called_name(call: ast.Call) -> tuple[str | None, str]:
    """(object, name) of a call: `pytest.raises(...)` → ("pytest", "raises"), `check_x(...)` → (None, "check_x")."""
    func = call.func
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        return owner, func.attr
    if isinstance(func, ast.Name):
        return None, func.id
    return None, ""


def asserts_something(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Call):
            owner, name = called_name(node)
            if owner == "pytest" and name in ("raises", "warns"):
                return True
            if owner == "qtbot" and name.startswith("wait"):
                return True
            helper = name.lstrip("_")
            if helper.startswith(ASSERTING_HELPER_PREFIXES) or helper in ASSERTING_HELPER_NAMES:
                return True
    return False


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# --- the rule checker checks what it says -----------------------------------------------------------------------

@pytest.mark.parametrize("source, asserts", [
    ("def test_x():\n    assert f() == 1\n", True),
    ("def test_x():\n    with pytest.raises(ValueError):\n        f()\n", True),
    ("def test_x(recwarn):\n    with pytest.warns(UserWarning):\n        f()\n", True),
    ("def test_x(qtbot):\n    qtbot.waitUntil(lambda: w.isVisible())\n", True),
    ("def test_x(qtbot):\n    with qtbot.waitSignal(w.done):\n        w.start()\n", True),
    ("def test_x():\n    check_totals(f())\n", True),
    ("def test_x():\n    helpers.expect_message(w, 'Kaydedildi')\n", True),
    ("def test_x(world):\n    _check(world, read, READERS)\n", True),
    ("def test_x(s):\n    review.checklist(s, 1)\n", False),          # a name that merely starts with "check"
    ("def test_x():\n    f()\n", False),
    ("def test_x():\n    result = f()\n    print(result)\n", False),
    ("def test_x():\n    pytest.skip('later')\n", False),
])
def test_the_checker_tells_an_asserting_test_from_one_that_asserts_nothing(source, asserts):
    (function,) = collected_tests(ast.parse(source))
    assert asserts_something(function) is asserts


def test_the_checker_finds_test_methods_in_test_classes():
    tree = ast.parse("class TestX:\n    def test_a(self):\n        f()\n    def helper(self):\n        pass\n")
    assert [f.name for f in collected_tests(tree)] == ["test_a"]


# --- the rules ----------------------------------------------------------------------------------------------------

def test_every_test_asserts_something():
    silent = [f"{relative(path)}::{function.name}" for path in module_paths()
              for function in collected_tests(parse(path)) if not asserts_something(function)]
    assert silent == [], ("tests that pass whatever the application does (add an assert on what the user "
                          f"notices): {silent}")


def test_test_modules_live_in_unit_integration_or_ui_and_hold_tests():
    modules = module_paths()
    assert len(modules) > 50                      # the walk found the suite
    misplaced = [relative(p) for p in modules if p.relative_to(TESTS).parts[0] not in TEST_FOLDERS]
    assert misplaced == [], f"put these into tests/unit, tests/integration or tests/ui: {misplaced}"
    empty = [relative(p) for p in modules if not collected_tests(parse(p))]
    assert empty == [], f"modules named like tests that hold no test (helpers go to tests/support): {empty}"


def test_helpers_come_from_tests_support_not_from_test_modules_or_conftest():
    wrong = []
    for path in [*module_paths(), *TESTS.rglob("conftest.py"), *(TESTS / "support").rglob("*.py")]:
        for node in ast.walk(parse(path)):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tests."):
                last = node.module.rsplit(".", 1)[-1]
                if last.startswith("test_") or last == "conftest":
                    wrong.append(f"{relative(path)}: from {node.module} import …")
    assert wrong == []


def imported_modules(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}   # from app.storage import audit
    return names


def test_unit_tests_import_no_qt_no_database_layer():
    found = []
    for path in sorted((TESTS / "unit").rglob("*.py")):
        for name in sorted(imported_modules(parse(path))):
            if any(name == banned or name.startswith(banned + ".") for banned in NOT_IN_UNIT_TESTS):
                found.append(f"{relative(path)} imports {name}")
    assert found == [], f"a unit test checks pure rules; move these to tests/integration or tests/ui: {found}"


# --- the package layout ---------------------------------------------------------------------------------------

DESKS = ("ism", "shgm", "kts", "admin", "dashboard")


def ui_desk_folders() -> list[str]:
    """Every package in app/ui/ except the neutral toolkit app/ui/common."""
    return sorted(p.parent.name for p in (ROOT / "app" / "ui").glob("*/__init__.py") if p.parent.name != "common")


def test_the_ui_has_exactly_the_five_desks_and_its_common_toolkit():
    assert ui_desk_folders() == sorted(DESKS)
    assert (ROOT / "app" / "ui" / "common" / "__init__.py").is_file()


@pytest.mark.parametrize("desk", ui_desk_folders())
def test_every_desk_screen_folder_has_its_rules_in_a_peer_workflows_package(desk):
    assert (ROOT / "app" / "workflows" / desk / "__init__.py").is_file(), (
        f"app/ui/{desk}/ has no peer package app/workflows/{desk}/ (a screen finds its rules in one hop)")
