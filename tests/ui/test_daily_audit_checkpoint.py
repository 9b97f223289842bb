"""The desk makes the daily signed audit checkpoint after login (issue 14): a fresh database gets one at the
first start, kept in its table and in the data folder; on this machine (no keyring) the key is a 0600 file in
the config folder."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from app.ui.admin.login import LoginDialog
    from app.ui.application import ensure_application, run_gui
    from app.ui.startup_dialogs import FirstRunQuestion
    from app.workflows.admin.bootstrap import default_actor

    LoginDialog.ask = classmethod(lambda cls, db, parent=None, username="": default_actor(db.wait()))
    FirstRunQuestion.ask = staticmethod(lambda parent: False)
    app = ensure_application()
    waited = []

    def close_when_loaded():
        # close once the main window has run its after-paint work (the checkpoint), at most after 20 s
        from app.ui.main_window import MainWindow
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        waited.append(1)
        if (windows and all(w.loaded for w in windows)) or len(waited) > 100:
            QTimer.singleShot(300, lambda: [w.close() for w in QApplication.topLevelWidgets()])
        else:
            QTimer.singleShot(200, close_when_loaded)

    QTimer.singleShot(200, close_when_loaded)
    sys.exit(run_gui(db_url="sqlite:///" + sys.argv[1]))
""")


def test_the_first_start_signs_a_daily_checkpoint(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "USH_DATA_DIR": str(tmp_path / "data"),
           "USH_CONFIG_DIR": str(tmp_path / "config"), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    db = tmp_path / "ush.db"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(db)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT origin, entries FROM audit_checkpoints").fetchall()
        entries = con.execute("SELECT count(*) FROM audit_entries").fetchone()[0]
    finally:
        con.close()
    assert len(rows) == 1 and rows[0][0] == "daily" and 0 < rows[0][1] <= entries
    files = list((tmp_path / "data" / "audit-anchor").glob("*/checkpoint-*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["signature"]
    key = tmp_path / "config" / "audit-anchor.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
