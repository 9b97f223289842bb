"""A SQL error on a real engine carries no parameters (TC kimlik numbers, names) into its message or the log file
(every engine has hide_parameters). The redaction function itself is tested in tests/unit/test_redaction.py."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.logging_setup import LOG_FILE, setup_logging, teardown_logging
from app.storage.database import make_engine

TCKN = "10000000146"
NAME = "Ayşe Yılmaz"


def test_a_sql_error_carries_no_parameters(ctx, tmp_path: Path) -> None:  # noqa: ANN001
    engine = make_engine(ctx.target)
    try:
        with pytest.raises(DBAPIError) as err, engine.begin() as conn:
            conn.execute(text("CREATE TEMPORARY TABLE t_kisi (tckn VARCHAR(11) PRIMARY KEY, ad VARCHAR(50))"))
            conn.execute(text("INSERT INTO t_kisi VALUES (:t, :a)"), {"t": TCKN, "a": NAME})
            conn.execute(text("INSERT INTO t_kisi VALUES (:t, :a)"), {"t": TCKN, "a": NAME})
    finally:
        engine.dispose()
    assert isinstance(err.value, IntegrityError)
    assert NAME not in str(err.value)
    assert "hidden" in str(err.value)
    folder = tmp_path / "logs"
    path = setup_logging(folder=folder)
    try:
        logging.getLogger("test.redaction").error("kayıt hatası", exc_info=err.value)
        logging.getLogger("test.redaction").error("yeniden: %s", str(err.value.orig))
    finally:
        teardown_logging()
    assert path is not None
    logged = (folder / LOG_FILE).read_text(encoding="utf-8")
    assert "kayıt hatası" in logged
    assert TCKN not in logged and NAME not in logged
