"""Start-up, whole process, with a 100,000-application SQLite database (offscreen), in one run:

(a) a bare PySide6 QDialog (the login dialog's widgets, no application code): process start -> first paint;
(b) USH İzin: process start -> the login dialog's first paint (the real entry point, `ush-izin run`);
(c) USH İzin: a successful login (Giriş pressed, the real password check passed) -> the main window painted and
    its event loop free again (usable; its figures may still be loading), and -> its figures loaded; the
    password check itself (Giriş -> accepted) is printed apart.

Targets (issue 12): (b) <= 2x (a); (c) <= 0.5 s to usable. The runs are interleaved (bare, app, bare, app…),
several repeats, medians. The application prints its milestones with USH_STARTUP_MARKS=1 (`USH-MARK name
time` on stderr: login-painted, database-ready, warm-up-done, login-pressed, login-accepted, main-painted,
main-idle, main-loaded); the launcher below only types the officer's name and password once the database is
open and the main window's code imported (both in the background) and presses Giriş, as an officer who types
while it opens would. The first user of --role gets a known password once (audited write
in the bench database; the worklist bench does not look at users).

    .venv/bin/python bench/startup.py [--quick] [--role ism_officer|admin|shgm_approver] [--repeats N]
                                      [--baseline DIR [--baseline-db FILE]] [--profile]

USH_BENCH_DB=FILE uses another copy of the 100k database. --baseline DIR adds the code in DIR (e.g. `git
archive <commit> | tar -x -C DIR`, the code before issue 12) as a third series, interleaved: its login dialog
(shown after the database opened) until its first paint, then the login bypassed and the main window to
idle; --baseline-db gives it its own copy of the database when this code would migrate the shared one to a
schema the baseline refuses. --profile prints the imports of the login dialog's path (`-X importtime`, top 25).
Page cache warm (the database is read once first); .pyc files written by the untimed first runs, as for an
installed application (PYTHONDONTWRITEBYTECODE is removed from the runs' environment).
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
REPEATS = int(sys.argv[sys.argv.index("--repeats") + 1]) if "--repeats" in sys.argv else (3 if QUICK else 9)
ROLE = sys.argv[sys.argv.index("--role") + 1] if "--role" in sys.argv else "ism_officer"
PASSWORD = "Bench-parola-2026"
TARGET_RATIO, TARGET_LOGIN = 2.0, 0.5

# (a) a bare dialog with the login dialog's widgets: two labels, two line edits, OK/Cancel.
BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)
app = QApplication(sys.argv[:1])
d = QDialog(); d.setWindowTitle("Giriş")
form = QFormLayout(); form.addRow(QLabel("Kullanıcı adı:"), QLineEdit()); form.addRow(QLabel("Parola:"), QLineEdit())
lay = QVBoxLayout(d); lay.addWidget(QLabel("Giriş")); lay.addWidget(QLabel("Veritabanı")); lay.addLayout(form)
lay.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
d.setMinimumWidth(400)
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print("USH-MARK login-painted", time.time(), file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = FirstPaint(); d.installEventFilter(f)
d.show()
app.exec()
"""

# (b) + (c): the real entry point; the officer types once the database is open, then presses Giriş.
LAUNCHER = r"""
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from app.ui import application

DB, USER, PASSWORD = sys.argv[1:4]
_mark = application.startup_mark
warmed = threading.Event()      # the background import of the main window's code is done (worker thread)

def press():
    from app.ui.admin.login import LoginDialog
    [d] = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
    d.username.setText(USER)
    d.password.setText(PASSWORD)
    d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

def press_when_warm():
    if warmed.is_set():
        press()
    else:
        QTimer.singleShot(10, press_when_warm)

def mark(name):
    _mark(name)
    if name == "warm-up-done":          # from the worker thread: only a flag
        warmed.set()
    elif name == "database-ready":
        QTimer.singleShot(0, press_when_warm)
    elif name == "main-loaded":
        QTimer.singleShot(0, QApplication.instance().quit)

application.startup_mark = mark
from app.cli.main import main
sys.argv = ["ush-izin", "--db", DB, "run"]
sys.exit(main())
"""

# For --baseline DIR (code before issue 12: the database opened, then the login dialog): the login dialog is
# shown until its first paint (marked), then the first user of ROLE is logged in without a password (as the
# previous bench did); the main window's first paint and its idle after the deferred load are marked.
OLD_LAUNCHER = r"""
import sys, time
ROLE = sys.argv[2]
from app.ui.admin import login
from app.ui import main_window
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Painted(QObject):
    def __init__(self, widget, name, then=None):
        super().__init__(widget)
        self.name, self.then, self.seen = name, then, False
        widget.installEventFilter(self)
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print("USH-MARK", self.name, time.time(), file=sys.stderr, flush=True)
            if self.then:
                QTimer.singleShot(0, self.then)
        return False

def ask(cls, ctx, parent=None, username=""):
    from sqlalchemy import select
    from app.models import User
    from app.workflows.common.context import Actor
    from app.workflows.common.vocabulary import Role
    dialog = cls(ctx, parent, username)
    loop = QEventLoop()
    dialog._painted = Painted(dialog, "login-painted", loop.quit)
    dialog.show()
    loop.exec()
    dialog.hide()
    print("USH-MARK login-pressed", time.time(), file=sys.stderr, flush=True)
    with ctx.read() as s:
        u = s.scalars(select(User).where(User.role == ROLE).order_by(User.id)).first()
    return Actor(u.id, u.username, u.full_name, Role(u.role), u.province_id)

login.LoginDialog.ask = classmethod(ask)
_show = main_window.MainWindow.show

def show(self):
    self._first_paint = Painted(self, "main-painted")
    _show(self)
    def idle():
        print("USH-MARK main-loaded", time.time(), file=sys.stderr, flush=True)
        QApplication.instance().quit()
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
    e.update(QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false", USH_STARTUP_MARKS="1",
             PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
             USH_DATA_DIR=str(home / "data"), USH_CONFIG_DIR=str(home / "config"))
    e.pop("USH_DB_URL", None)
    # An installed application has its .pyc files (pip compiles them); with PYTHONDONTWRITEBYTECODE set (as on
    # the project's machines) every start would compile the application's modules again (~0.1 s), which the bare
    # dialog, using only pre-compiled PySide6, does not pay. The untimed first runs write them.
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def marks(args: list[str], e: dict[str, str], until: str) -> dict[str, float]:
    """Run one process; the milestones it printed, in seconds from just before it was started."""
    t0 = time.time()
    p = subprocess.run([C.PY, *args], env=e, capture_output=True, text=True, timeout=300)
    out: dict[str, float] = {}
    for line in p.stderr.splitlines():
        if line.startswith("USH-MARK "):
            _, name, t = line.split()
            out.setdefault(name, float(t) - t0)
    if until not in out:
        raise RuntimeError(f"no {until} mark (rc {p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-4000:]}")
    return out


def bench_user(db: Path) -> str:
    """The first user of ROLE, with PASSWORD set (once) and no forced change."""
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from sqlalchemy import select

    from app.models import User
    from app.workflows.admin import users

    ctx = C.open_ctx(f"sqlite:///{db}")
    try:
        with ctx.read() as s:
            name = s.scalars(select(User.username).where(User.role == ROLE, User.active.is_(True))
                             .order_by(User.id)).first()
        assert name, f"no {ROLE} user in {db}"
        try:
            users.authenticate(ctx, name, PASSWORD)
        except (users.LoginFailed, users.PasswordChangeRequired):   # not set yet: reset, then changed by its owner
            from app.workflows.admin.bootstrap import default_actor

            temporary = users.reset_password(ctx.as_user(default_actor(ctx)), users.find_user_id(ctx, name))
            users.change_password(ctx, name, temporary, PASSWORD)
            users.authenticate(ctx, name, PASSWORD)
    finally:
        ctx.engine.dispose()
    return name


def main() -> None:
    db = C.ensure_big_sqlite(Path("/tmp/ush_bench_10k.db"), 10_000) if QUICK else C.ensure_big_sqlite()
    user = bench_user(db)
    Path(db).read_bytes()  # page cache warm
    home = Path(tempfile.mkdtemp(prefix="ush-bench-start-"))
    work = Path(tempfile.mkdtemp(prefix="ush-bench-scripts-"))
    (work / "bare.py").write_text(BARE)
    (work / "launch.py").write_text(LAUNCHER)
    (work / "old.py").write_text(OLD_LAUNCHER)
    e = env(home)
    url = f"sqlite:///{db}"
    bare_args = [str(work / "bare.py")]
    app_args = [str(work / "launch.py"), url, user, PASSWORD]
    base_dir = sys.argv[sys.argv.index("--baseline") + 1] if "--baseline" in sys.argv else None
    base_env = {**e, "PYTHONPATH": base_dir} if base_dir else None
    # the baseline may need its own copy of the database (an older schema than this code migrates it to)
    base_db = sys.argv[sys.argv.index("--baseline-db") + 1] if "--baseline-db" in sys.argv else str(db)
    if base_env:
        Path(base_db).read_bytes()
    base_args = [str(work / "old.py"), f"sqlite:///{base_db}", ROLE]
    # one untimed run of each: warms caches (.pyc, fonts)
    marks(bare_args, e, "login-painted")
    marks(app_args, e, "main-loaded")
    if base_env:
        marks(base_args, base_env, "main-loaded")
    bare: list[float] = []
    runs: list[dict[str, float]] = []
    base: list[dict[str, float]] = []
    for _ in range(REPEATS):
        bare.append(marks(bare_args, e, "login-painted")["login-painted"])
        runs.append(marks(app_args, e, "main-loaded"))
        if base_env:
            base.append(marks(base_args, base_env, "main-loaded"))

    def med(key: str, start: str | None = None, series: list[dict[str, float]] = runs) -> tuple[float, list[float]]:
        xs = [r[key] - (r[start] if start else 0.0) for r in series]
        return C.median(xs), xs

    show = lambda xs: ", ".join(f"{x:.3f}" for x in xs)  # noqa: E731
    b = C.median(bare)
    login, login_runs = med("login-painted")
    ready, ready_runs = med("database-ready")
    warm, warm_runs = med("warm-up-done")
    check, check_runs = med("login-accepted", "login-pressed")
    usable, usable_runs = med("main-idle", "login-accepted")
    painted, _ = med("main-painted", "login-accepted")
    loaded, loaded_runs = med("main-loaded", "login-accepted")
    ratio = login / b
    print(f"(a) bare PySide6 QDialog, process start -> first paint: median {b:.3f} s  (runs: {show(bare)})")
    print(f"(b) USH İzin login dialog ({db.name}), process start -> first paint: median {login:.3f} s "
          f"= {ratio:.2f}x bare  (runs: {show(login_runs)})  target <= {TARGET_RATIO:g}x: "
          f"{'MET' if ratio <= TARGET_RATIO else 'MISSED'}")
    print(f"    behind it (process start ->): database open {ready:.3f} s (runs: {show(ready_runs)}), main window code "
          f"imported {warm:.3f} s (runs: {show(warm_runs)})")
    print(f"(c) successful login ({ROLE} {user}) -> main window painted {painted:.3f} s, usable (painted, loop "
          f"free) median {usable:.3f} s  (runs: {show(usable_runs)})  target <= {TARGET_LOGIN:g} s: "
          f"{'MET' if usable <= TARGET_LOGIN else 'MISSED'}")
    print(f"    Giriş -> login accepted (argon2id check, attempt counted): median {check:.3f} s  "
          f"(runs: {show(check_runs)})")
    print(f"    successful login -> figures loaded: median {loaded:.3f} s  (runs: {show(loaded_runs)})")
    if base:
        bg, bg_runs = med("login-painted", series=base)
        bp, bp_runs = med("main-painted", "login-pressed", series=base)
        bl, bl_runs = med("main-loaded", "login-pressed", series=base)
        print(f"baseline {base_dir}: process start -> login dialog painted {bg:.3f} s = {bg / b:.2f}x bare "
              f"(runs: {show(bg_runs)}); login (no password check) -> main window painted {bp:.3f} s "
              f"(runs: {show(bp_runs)}), -> figures loaded {bl:.3f} s (runs: {show(bl_runs)})")
    print(f"process start -> figures loaded, the whole way with the automatic login: "
          f"median {med('main-loaded')[0]:.3f} s", flush=True)
    C.record(f"startup-{ROLE}", [
        {"name": "Start-up: process start -> login dialog painted (100k SQLite, offscreen)", "value": f"{login:.2f} s",
         "floor": f"bare QDialog {b:.2f} s", "ratio": f"{ratio:.2f}x", "target": "<= 2x bare",
         "met": "yes" if ratio <= TARGET_RATIO else "NO"},
        {"name": f"Start-up: Giriş -> main window usable ({ROLE}, 100k SQLite, offscreen)",
         "value": f"{usable:.2f} s", "floor": "-", "ratio": "-", "target": "<= 0.5 s",
         "met": "yes" if usable <= TARGET_LOGIN else "NO"},
    ], {"repeats": REPEATS})
    if "--profile" in sys.argv:
        p = subprocess.run([C.PY, "-X", "importtime", "-c",
                            "import app.cli.main, app.ui.application, app.ui.admin.login"],
                           env=e, capture_output=True, text=True, timeout=120)
        rows = [line for line in p.stderr.splitlines() if line.startswith("import time:") and "|" in line]
        rows = sorted(rows[1:], key=lambda r: -int(r.split("|")[1]))[:25]
        print("\nimports up to the login dialog (-X importtime, cumulative µs, top 25):")
        print("\n".join(rows))


if __name__ == "__main__":
    main()
