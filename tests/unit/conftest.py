"""Unit tests check the rules as pure functions: no database and no Qt. A unit test that asks for a database or a
Qt fixture fails here, so it goes to tests/integration/ or tests/ui/ instead (tests/unit/test_house_rules.py also
checks that no unit test module imports Qt, SQLAlchemy or the models)."""

from __future__ import annotations

import pytest

DATABASE_AND_QT_FIXTURES = frozenset({
    "ctx", "target", "empty_target", "template", "db_kind", "pg_server", "user_ctx", "desk_ctx",
    "qtbot", "qapp", "window",
})


@pytest.fixture(autouse=True)
def _no_database_and_no_qt(request: pytest.FixtureRequest) -> None:
    used = sorted(DATABASE_AND_QT_FIXTURES.intersection(request.fixturenames))
    if used:
        pytest.fail(f"a unit test uses no database and no Qt, but {request.node.nodeid} asks for {', '.join(used)}; "
                    "move it to tests/integration/ or tests/ui/", pytrace=False)
