"""Closing the application ends the process cleanly (exit code 0, no crash report on the terminal)."""

from __future__ import annotations

import os
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

    # The database opens behind the login dialog (DatabaseOpening); the administrator logs in once it is open.
    LoginDialog.ask = classmethod(lambda cls, db, parent=None, username="": default_actor(db.wait()))
    FirstRunQuestion.ask = staticmethod(lambda parent: False)
    app = ensure_application()
    QTimer.singleShot(1500, lambda: [w.close() for w in QApplication.topLevelWidgets()])
    sys.exit(run_gui(db_url="sqlite:///" + sys.argv[1]))
""")


def test_closing_the_main_window_exits_with_code_0_and_no_crash(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "USH_DATA_DIR": str(tmp_path / "data"),
           "USH_CONFIG_DIR": str(tmp_path / "config")}
    db = tmp_path / "ush.db"
    subprocess.run([sys.executable, "-m", "app", "--db", f"sqlite:///{db}", "demo-data", "--applications", "300"],
                   env=env, check=True, capture_output=True, timeout=120)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(db)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Fatal Python error" not in done.stderr
