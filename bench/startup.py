"""Start-up: process start -> main window shown and idle (the first event-loop tick after show), offscreen,
with a 100,000-application SQLite database, login bypassed; against a bare PySide6 QMainWindow + QTableView in
the same run. Several repeats each (interleaved), median. Target: <= 2x the bare window.

    .venv/bin/python bench/startup.py [--quick] [--role ism_officer|admin|shgm_approver] [--profile]
                                      [--baseline DIR]

"Idle" is the first event-loop tick after the main window's deferred start-up work (KTS rules, figures: the
window loads them after its first paint and emits `ready`) is done; the time of the first paint is printed
too (what the officer sees). --profile also runs the application once under pyinstrument and prints the top
of the profile (/tmp/ush-startup-profile.txt holds it whole). --baseline DIR adds a third series, interleaved,
with the code in DIR first on PYTHONPATH (e.g. `git archive HEAD~1 | tar -x -C DIR`): before/after in the
same conditions on a busy machine. Page cache warm (the database is read once first).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402

QUICK = C.quick()
REPEATS = 3 if QUICK else 9
ROLE = sys.argv[sys.argv.index("--role") + 1] if "--role" in sys.argv else "ism_officer"

BARE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1200, 800); w.show()
def idle():
    print("IDLE", time.time(), flush=True); app.quit()
QTimer.singleShot(0, idle)
app.exec()
"""

# The real entry point (app.cli.main -> run_gui) with LoginDialog.ask replaced by "the first user of ROLE".
LAUNCHER = r"""
import sys, time
ROLE = sys.argv[2]
from app.ui.admin import login
from app.ui import main_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def ask(cls, ctx, parent=None, username=""):
    from sqlalchemy import select
    from app.models import User
    from app.workflows.common.context import Actor
    from app.workflows.common.vocabulary import Role
    with ctx.read() as s:
        u = s.scalars(select(User).where(User.role == ROLE).order_by(User.id)).first()
    return Actor(u.id, u.username, u.full_name, Role(u.role), u.province_id)

login.LoginDialog.ask = classmethod(ask)
_show = main_window.MainWindow.show

from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print("PAINT", time.time(), flush=True)
        return False

def show(self):
    self._first_paint = FirstPaint(self)
    self.installEventFilter(self._first_paint)
    _show(self)
    def idle():
        print("IDLE", time.time(), flush=True)
        QApplication.instance().quit()
    # idle = the first event-loop tick after the window's deferred start-up work (figures, KTS rules) is done
    if getattr(self, "loaded", True):
        QTimer.singleShot(0, idle)
    else:
        self.ready.connect(lambda: QTimer.singleShot(0, idle))

main_window.MainWindow.show = show
from app.cli.main import main
sys.argv = ["ush-izin", "--db", sys.argv[1], "run"]
main()
"""


def env(home: Path) -> dict[str, str]:
    e = dict(os.environ)
    e.update(QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false",
             PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
             USH_DATA_DIR=str(home / "data"), USH_CONFIG_DIR=str(home / "config"))
    e.pop("USH_DB_URL", None)
    return e


def one(args: list[str], e: dict[str, str], paints: list[float] | None = None) -> float:
    t0 = time.time()
    p = subprocess.run([C.PY, *args], env=e, capture_output=True, text=True, timeout=300)
    for line in p.stdout.splitlines():
        if line.startswith("PAINT ") and paints is not None:
            paints.append(float(line.split()[1]) - t0)
        if line.startswith("IDLE "):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no IDLE line (rc {p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-4000:]}")


def main() -> None:
    db = C.ensure_big_sqlite(Path("/tmp/ush_bench_10k.db"), 10_000) if QUICK else C.ensure_big_sqlite()
    Path(db).read_bytes()  # page cache warm
    home = Path(tempfile.mkdtemp(prefix="ush-bench-start-"))
    work = Path(tempfile.mkdtemp(prefix="ush-bench-scripts-"))
    (work / "bare.py").write_text(BARE)
    (work / "launch.py").write_text(LAUNCHER)
    e = env(home)
    url = f"sqlite:///{db}"
    app_args = [str(work / "launch.py"), url, ROLE]
    # one untimed run of each: the first start migrates nothing but warms caches (.pyc, fonts)
    base_dir = sys.argv[sys.argv.index("--baseline") + 1] if "--baseline" in sys.argv else None
    base_env = {**e, "PYTHONPATH": base_dir} if base_dir else None
    one([str(work / "bare.py")], e)
    one(app_args, e)
    if base_env:
        one(app_args, base_env)
    bare, app, paints, base, base_paints = [], [], [], [], []
    for _ in range(REPEATS):
        bare.append(one([str(work / "bare.py")], e))
        app.append(one(app_args, e, paints))
        if base_env:
            base.append(one(app_args, base_env, base_paints))
    b, a = C.median(bare), C.median(app)
    ratio = a / b
    met = ratio <= 2.0
    runs = lambda xs: ", ".join(f"{x:.3f}" for x in xs)  # noqa: E731
    print(f"bare QMainWindow+QTableView: median {b:.3f} s  (runs: {runs(bare)})")
    print(f"USH İzin ({ROLE}, {db.name}): median {a:.3f} s to idle  (runs: {runs(app)})")
    if paints:
        print(f"  first paint of the main window: median {C.median(paints):.3f} s "
              f"({C.median(paints) / b:.2f}x bare)  (runs: {runs(paints)})")
    if base:
        print(f"baseline {base_dir}: median {C.median(base):.3f} s to idle ({C.median(base) / b:.2f}x bare)"
              f"  (runs: {runs(base)})")
        if base_paints:
            print(f"  baseline first paint: median {C.median(base_paints):.3f} s  (runs: {runs(base_paints)})")
    print(f"ratio {ratio:.2f}x  target <= 2x: {'MET' if met else 'MISSED'}", flush=True)
    C.record(f"startup-{ROLE}", [{"name": f"Start-up to idle main window ({ROLE}, 100k SQLite, offscreen)",
                                  "value": f"{a:.2f} s", "floor": f"bare window {b:.2f} s",
                                  "ratio": f"{ratio:.2f}x", "target": "<= 2x bare", "met": "yes" if met else "NO"}],
             {"repeats": REPEATS})
    if "--profile" in sys.argv or not met:
        out = Path("/tmp/ush-startup-profile.txt")
        p = subprocess.run([C.PY, "-m", "pyinstrument", "-r", "text", "-o", str(out),
                            *app_args], env=e, capture_output=True, text=True, timeout=300)
        if out.exists():
            text = out.read_text()
            print(f"\npyinstrument profile of one start ({out}), first 80 lines:")
            print("\n".join(text.splitlines()[:80]))
        else:
            print(p.stderr[-3000:])


if __name__ == "__main__":
    main()
