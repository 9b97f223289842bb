"""Files the application writes that hold personal data or keys (the database, backups, exports, keys): readable
by the owner only (files 0600, folders 0700), and long writes done under a partial name first.

A long write (an export, a backup) goes into a hidden partial folder `.<final name>.yarim` next to its final
place, with an OS lock held on `.yaziliyor` inside it while the writer runs; only a complete result is renamed
to its final name. A partial folder whose lock is free belongs to a writer that is gone (killed, crashed, power
cut): `abandoned()` tells, and the caller removes it and records that in the audit trail.

On systems without POSIX modes (Windows) the mode changes do nothing; the folders' ACLs apply there.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
PARTIAL_SUFFIX = ".yarim"          # "yarım": unfinished
LOCK_NAME = ".yaziliyor"           # "yazılıyor": being written


def make_private(path: Path | str) -> None:
    """0600 for a file, 0700 for a folder (quietly nothing where the file system has no such modes)."""
    p = Path(path)
    try:
        mode = PRIVATE_DIR if p.is_dir() else PRIVATE_FILE
        if stat.S_IMODE(p.stat().st_mode) != mode:
            os.chmod(p, mode)
    except OSError:
        pass


def private_dir(path: Path | str, *, own: bool = False) -> Path:
    """Create `path` (and missing parents) with mode 0700. Folders that already existed keep their modes (a
    folder the officer chose, /tmp, a USB disk), except `path` itself when `own` (a folder of the application's
    own, e.g. the signing key's folder)."""
    p = Path(path)
    missing = [q for q in (p, *p.parents) if not q.exists()]
    p.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    for q in missing:
        make_private(q)
    if own:
        make_private(p)
    return p


def make_private_tree(root: Path | str) -> None:
    """Every file under `root` 0600 and every folder 0700 (root included)."""
    root = Path(root)
    make_private(root)
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            make_private(Path(folder) / name)
        for name in files:
            make_private(Path(folder) / name)


def private_file_opener(path: str, flags: int) -> int:
    """`open(path, "w", opener=private_file_opener)`: a new file is created with mode 0600 from the start."""
    return os.open(path, flags, PRIVATE_FILE)


def partial_path(final: Path) -> Path:
    """Where the long write of `final` happens until it is complete."""
    return final.with_name(f".{final.name}{PARTIAL_SUFFIX}")


class PartialFolder:
    """`with PartialFolder(final) as tmp:` write into `tmp` (0700, locked while we write); `commit()` renames it
    to `final` (files 0600); leaving the block without a commit removes it."""

    def __init__(self, final: Path) -> None:
        self.final = final
        self.path = partial_path(final)
        self._lock: object | None = None
        self.committed = False

    def __enter__(self) -> Path:
        private_dir(self.final.parent)
        self.path.mkdir(mode=PRIVATE_DIR)
        make_private(self.path)
        f = open(self.path / LOCK_NAME, "a+b", opener=private_file_opener)
        _lock(f)
        self._lock = f
        return self.path

    def commit(self) -> None:
        """The write is complete: make everything private, rename into place, drop the lock file (POSIX renames
        with the lock still held, so a cleaner never takes a finishing write for an abandoned one)."""
        make_private_tree(self.path)
        if self.final.exists():
            raise FileExistsError(17, "Hedef klasör zaten var", str(self.final))
        if os.name == "nt":             # Windows cannot rename a folder with an open file in it
            self._release()
            (self.path / LOCK_NAME).unlink(missing_ok=True)
            os.rename(self.path, self.final)
        else:
            os.rename(self.path, self.final)
            self._release()
            (self.final / LOCK_NAME).unlink(missing_ok=True)
        self.committed = True

    def discard(self) -> None:
        import shutil

        self._release()
        shutil.rmtree(self.path, ignore_errors=True)

    def _release(self) -> None:
        f, self._lock = self._lock, None
        if f is not None:
            f.close()  # type: ignore[attr-defined]

    def __exit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        if not self.committed:
            self.discard()


def abandoned(partial: Path) -> bool:
    """True when `partial` is a partial folder nobody is writing any more (its lock is free or gone)."""
    if not partial.is_dir():
        return False
    lock = partial / LOCK_NAME
    if not lock.exists():
        return True
    try:
        with open(lock, "rb+") as f:
            return _lock(f)          # closing the file lets go of the probe lock
    except OSError:
        return False


def _lock(f) -> bool:  # type: ignore[no-untyped-def]
    try:
        if os.name == "nt":
            import msvcrt

            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
