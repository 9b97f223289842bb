"""Signed audit checkpoints and the full audit check against them (issue 14; docs/security.md "Audit anchor").

make_checkpoint(ctx, origin)
    Signs "N entries ending in hash H, entry id I, at T" for the database `ctx` opens (app.storage.anchor) and
    keeps it twice: a row in `audit_checkpoints` and a file in the data folder. Made by `ush-izin audit
    checkpoint` (cron on a shared server), by every backup (also in its manifest) and by the desk after login
    when the newest checkpoint is older than 24 hours (`checkpoint_if_due`).

check(ctx)
    The chain check (app.storage.audit.check_chain: every broken range, the head row and its count, an empty
    table while other rows exist) plus every checkpoint it can find, in the database and in the data folder:
    a checkpoint whose signature does not verify, whose head the chain no longer holds at that position, or that
    is in the data folder but gone from the database makes the check fail.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text

from app.models import AuditCheckpoint, AuditEntry, AuditHead
from app.models.base import utcnow
from app.storage import anchor
from app.storage.anchor import Checkpoint
from app.storage.audit import GENESIS, ChainCheck, check_chain, server_writes_audit
from app.workflows.common.context import AppContext
from app.workflows.common.errors import DomainError
from app.workflows.common.messages import msg

log = logging.getLogger(__name__)

DAILY = dt.timedelta(hours=24)
# An entry after a checkpoint may carry an earlier time by as much as its transaction lasted (PostgreSQL's now() is
# the transaction's start): older than this, it was dated back or slipped in later (docs/security.md).
BACKDATE_TOLERANCE = dt.timedelta(hours=1)
ORIGINS = ("command", "backup", "daily")


class CheckpointRefused(DomainError):
    pass


# --- making checkpoints ---------------------------------------------------------------------------------------------

def database_location(ctx: AppContext) -> str:
    """Names the database in checkpoints and their folder: host:port/database, or the SQLite file's absolute path
    (the same file reached by a relative path is the same database)."""
    if ctx.target.is_postgres or ctx.target.location == ":memory:":
        return ctx.target.location
    return str(Path(ctx.target.location).expanduser().absolute())


def head_fields(conn: Any) -> dict[str, Any]:
    """The chain's head as a checkpoint states it, read on `conn` (a live transaction or a backup's snapshot).

    Refuses when the head row is missing, its hash is not the newest entry's or its count is not the number of
    entries: signing that would bless a broken chain (`ush-izin audit verify` says more)."""
    head = conn.execute(select(AuditHead.last_hash, AuditHead.entries).where(AuditHead.id == 1)).one_or_none()
    if head is None:
        raise CheckpointRefused(msg("Yönetim", "Denetim izinin baş kaydı (audit_head) yok; kontrol noktası "
                                    "imzalanmadı. 'ush-izin audit verify' ile denetleyin."))
    last_hash, entries = head
    last_id = None
    if last_hash != GENESIS or entries:
        last_id = conn.execute(select(AuditEntry.id).where(AuditEntry.hash == last_hash)).scalar()
        newest, count = conn.execute(select(func.max(AuditEntry.id), func.count())).one()
        if last_id is None or last_id != newest or count != entries:
            raise CheckpointRefused(msg("Yönetim", "Denetim izinin baş kaydı son kayıtla uyuşmuyor; kontrol noktası "
                                        "imzalanmadı. 'ush-izin audit verify' ile denetleyin."))
    first = conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)).scalar()
    return {"entries": int(entries), "last_id": last_id, "head_hash": last_hash, "first_hash": first}


def sign_checkpoint(ctx: AppContext, fields: dict[str, Any], origin: str, made_at: dt.datetime) -> Checkpoint:
    if origin not in ORIGINS:
        raise ValueError(origin)
    try:
        return anchor.sign({**fields, "origin": origin, "engine": ctx.target.engine_name,
                            "location": database_location(ctx),
                            "made_at": made_at.astimezone(dt.timezone.utc).isoformat()})
    except anchor.AnchorKeyError as exc:
        raise CheckpointRefused(str(exc)) from exc


def keep(ctx: AppContext, cp: Checkpoint) -> Path:
    """Keep a signed checkpoint of this database in its table and in the data folder (the file after the row is
    committed, so a file never names a checkpoint the database did not take)."""
    d = cp.data
    with ctx.write() as s:
        if server_writes_audit(s.connection()):
            # a server-initialised database: desks cannot write the audit tables; the owner's function keeps a
            # checkpoint that states the chain as it is, and records who added it
            s.connection().execute(text(
                "SELECT ush_audit_checkpoint_add(:made_at, :entries, :last_id, :head_hash, :origin, :fp, :pk, "
                ":payload, :sig)"), {
                "made_at": dt.datetime.fromisoformat(d["made_at"]), "entries": d["entries"],
                "last_id": d["last_id"], "head_hash": d["head_hash"], "origin": d["origin"],
                "fp": cp.key_fingerprint, "pk": cp.public_key, "payload": cp.payload, "sig": cp.signature})
            return anchor.save_file(anchor.location_dir(database_location(ctx)), cp)
        s.connection().execute(insert(AuditCheckpoint).values(
            made_at=dt.datetime.fromisoformat(d["made_at"]), entries=d["entries"], last_id=d["last_id"],
            head_hash=d["head_hash"], origin=d["origin"], key_fingerprint=cp.key_fingerprint,
            public_key=cp.public_key, payload=cp.payload, signature=cp.signature))
    return anchor.save_file(anchor.location_dir(database_location(ctx)), cp)


def chain_time(conn: Any) -> dt.datetime:
    """Now, from the clock the audit entries take their time from (PostgreSQL: the server's)."""
    if conn.dialect.name == "postgresql":
        return conn.execute(text("SELECT now()")).scalar_one().astimezone(dt.timezone.utc)
    return utcnow()


def keep_quietly(ctx: AppContext, cp: Checkpoint) -> None:
    """`keep`, logging instead of raising (a backup already finished must not fail on it)."""
    try:
        keep(ctx, cp)
    except Exception:  # noqa: BLE001
        log.warning("audit checkpoint of a backup not kept in the database or the data folder", exc_info=True)


def make_checkpoint(ctx: AppContext, origin: str = "command") -> Checkpoint:
    """Sign the chain's current head and keep it (table + data folder). Raises CheckpointRefused."""
    with ctx.read() as s:
        conn = s.connection()
        if conn.dialect.name == "postgresql":
            # no writer can be half way: writers update audit_head first, so its row lock orders us after them
            if server_writes_audit(conn):
                conn.execute(text("SELECT ush_audit_head_lock()"))   # desks hold no UPDATE on audit_head
            else:
                conn.execute(select(AuditHead.id).where(AuditHead.id == 1).with_for_update(read=True))
        now = chain_time(conn)
        fields = head_fields(conn)
    cp = sign_checkpoint(ctx, fields, origin, now)
    keep(ctx, cp)
    return cp


def newest_checkpoint_at(ctx: AppContext) -> dt.datetime | None:
    """The time of the newest checkpoint of this database, in its table or in the data folder."""
    with ctx.read() as s:
        newest = s.scalar(select(func.max(AuditCheckpoint.made_at)))
    for _path, cp in anchor.read_files(anchor.location_dir(database_location(ctx))):
        at = _made_at(cp) if cp is not None else None
        if at is not None and (newest is None or at > newest):
            newest = at
    return newest


def checkpoint_if_due(ctx: AppContext, max_age: dt.timedelta = DAILY) -> Checkpoint | None:
    """A "daily" checkpoint when the newest is older than `max_age` (or there is none); the desk calls this after
    login. Never raises: a checkpoint that cannot be made is logged, the officer's work goes on."""
    try:
        newest = newest_checkpoint_at(ctx)
        if newest is not None and ctx.clock.now() - newest < max_age:
            return None
        return make_checkpoint(ctx, "daily")
    except Exception:  # noqa: BLE001 - a missed checkpoint must not stop the desk; `audit verify` still runs
        log.warning("daily audit checkpoint not made", exc_info=True)
        return None


def _made_at(cp: Checkpoint) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(cp.data["made_at"])
    except (KeyError, TypeError, ValueError):
        return None


# --- checking against checkpoints -----------------------------------------------------------------------------------

@dataclass
class AuditCheck:
    chain: ChainCheck
    problems: list[str] = field(default_factory=list)   # English, one line each (after the chain's own)
    notes: list[str] = field(default_factory=list)      # not failures: what could not be checked
    checkpoints: int = 0                                 # distinct checkpoints compared with the chain

    @property
    def ok(self) -> bool:
        return self.chain.ok and not self.problems


def describe(cp: Checkpoint) -> str:
    d = cp.data
    return f"checkpoint of {d.get('made_at', '?')} ({d.get('entries', '?')} entries, {d.get('origin', '?')})"


def disagreement(chain: ChainCheck, cp: Checkpoint) -> str | None:
    """Why the chain does not hold this checkpoint's head at its position (None: it does)."""
    d = cp.data
    entries, last_id, head = d.get("entries"), d.get("last_id"), d.get("head_hash")
    if not isinstance(entries, int) or not isinstance(head, str):
        return "it cannot be read"
    if entries == 0:
        return None
    if chain.first_hash is not None and d.get("first_hash") not in (None, chain.first_hash):
        return "it belongs to another chain (the first entry differs: rewritten from the start, or another database)"
    found = chain.at_ids.get(last_id) if isinstance(last_id, int) else None
    if found is None:
        return f"its head entry {last_id} is gone (the chain was cut back or rewritten)"
    position, stored = found
    if stored != head:
        return f"entry {last_id} no longer has the signed hash (entries up to it were rewritten)"
    if position != entries:
        return f"entry {last_id} is entry number {position}, not {entries} (entries were removed or added before it)"
    return None


def compare(chain: ChainCheck, checkpoints: list[tuple[str, Checkpoint]], trusted: dict[str, str]
            ) -> tuple[list[str], list[str], int]:
    """(problems, notes, checkpoints compared) for checkpoints found at `where` (database, a file, a manifest)."""
    problems: list[str] = []
    notes: list[str] = []
    seen: set[tuple[str, str]] = set()
    unknown: set[str] = set()
    for where, cp in checkpoints:
        if (cp.signature, cp.payload) in seen:   # the same checkpoint in the table and in a file
            continue
        seen.add((cp.signature, cp.payload))
        if not cp.signature_ok():
            problems.append(f"{describe(cp)} in {where}: its signature does not verify (altered or forged)")
            continue
        if trusted.get(cp.key_fingerprint) != cp.public_key:
            unknown.add(cp.key_fingerprint)
        why = disagreement(chain, cp)
        if why is not None:
            problems.append(f"the chain disagrees with the {describe(cp)} in {where}: {why}")
    if unknown:
        notes.append("checkpoints signed by keys this machine does not know (not counted as evidence; copy their "
                     "public key into the data folder's audit-anchor/keys to trust them): "
                     + ", ".join(sorted(fp[:16] for fp in unknown)))
    return problems, notes, len(seen)


def _db_checkpoints(s: Any) -> list[Checkpoint]:
    rows = s.execute(select(AuditCheckpoint.payload, AuditCheckpoint.signature, AuditCheckpoint.public_key,
                            AuditCheckpoint.key_fingerprint).order_by(AuditCheckpoint.id)).all()
    return [Checkpoint(*r) for r in rows]


def check(ctx: AppContext, *, workers: int | None = None) -> AuditCheck:
    """The whole audit check: the chain, its head, and every checkpoint in the database and the data folder."""
    folder = anchor.location_dir(database_location(ctx))
    files = anchor.read_files(folder)
    with ctx.read() as s:
        try:
            in_db = _db_checkpoints(s)
        except Exception:  # noqa: BLE001 - the table itself was dropped: say so, check the rest
            s.rollback()
            in_db = None
        ids = [cp.data.get("last_id") for cp in (in_db or [])] + [cp.data.get("last_id") for _p, cp in files if cp]
        chain = check_chain(s, workers=workers, at_ids=[i for i in ids if isinstance(i, int)])
    trusted = anchor.trusted_keys()
    found: list[tuple[str, Checkpoint]] = [("the database", cp) for cp in in_db or []]
    problems: list[str] = []
    if in_db is None:
        problems.append("the audit_checkpoints table cannot be read (dropped?)")
    db_signatures = {(cp.signature, cp.payload) for cp in in_db or []}
    for path, cp in files:
        if cp is None:
            problems.append(f"checkpoint file {path} cannot be read")
            continue
        found.append((f"file {path.name}", cp))
        if (cp.signature, cp.payload) not in db_signatures and cp.signature_ok() and trusted.get(cp.key_fingerprint) == cp.public_key:
            problems.append(f"the {describe(cp)} (file {path.name}) is missing from the database (deleted)")
    more, notes, n = compare(chain, found, trusted)
    problems += more
    problems += _backdated(ctx, chain, found, trusted)
    if not any(trusted.get(cp.key_fingerprint) == cp.public_key and cp.signature_ok() for _w, cp in found):
        notes.append("no checkpoint signed by a key this machine trusts was found: the chain was checked against "
                     "itself only ('ush-izin audit checkpoint' makes one)")
    return AuditCheck(chain, problems, notes, n)


def _backdated(ctx: AppContext, chain: ChainCheck, found: list[tuple[str, Checkpoint]], trusted: dict[str, str]
               ) -> list[str]:
    """Entries after the newest trusted checkpoint the chain agrees with, dated well before it: an entry appended
    with a correct hash but an earlier date (a forged past event). One index range read."""
    newest: Checkpoint | None = None
    for _w, cp in found:
        d = cp.data
        if (trusted.get(cp.key_fingerprint) == cp.public_key and cp.signature_ok() and isinstance(d.get("last_id"), int)
                and disagreement(chain, cp) is None and (newest is None or d["last_id"] > newest.data["last_id"])):
            newest = cp
    made_at = _made_at(newest) if newest is not None else None
    if newest is None or made_at is None:
        return []
    with ctx.read() as s:
        rows = s.execute(select(AuditEntry.id, AuditEntry.at).where(AuditEntry.id > newest.data["last_id"],
                                                                    AuditEntry.at < made_at - BACKDATE_TOLERANCE)
                         .order_by(AuditEntry.id).limit(10)).all()
    if not rows:
        return []
    return [f"entries after the {describe(newest)} are dated before it (dated back, or slipped in later): "
            + ", ".join(f"ID {i} at {at.astimezone(dt.timezone.utc).isoformat()}" for i, at in rows)]


# --- backups and restore tests --------------------------------------------------------------------------------------

def snapshot_head(conn: Any) -> dict[str, Any]:
    """The head of the chain a backup holds, read on the connection that sees exactly the copied data (the
    SQLite copy, the PostgreSQL snapshot pg_dump read), with the chain's time."""
    return {**head_fields(conn), "made_at": chain_time(conn)}


def backup_checkpoint(ctx: AppContext, head: dict[str, Any], folder: Path) -> Checkpoint | None:
    """Sign the backup's head (for its manifest) and copy this database's checkpoint files and the trusted
    public keys into the backup folder. None, logged, when no checkpoint can be signed (the restore test of
    such a backup then fails: its chain cannot be compared)."""
    if "made_at" not in head:
        return None
    fields = {k: v for k, v in head.items() if k != "made_at"}
    try:
        cp = sign_checkpoint(ctx, fields, "backup", head["made_at"])
    except CheckpointRefused:
        log.warning("backup without an audit checkpoint", exc_info=True)
        return None
    target = folder / anchor.ANCHOR_DIR
    for _path, old in anchor.read_files(anchor.location_dir(database_location(ctx))):
        if old is not None:
            anchor.save_file(target, old)
    anchor.save_file(target, cp)
    for fp, public in anchor.trusted_keys().items():
        anchor.save_public(target / "keys", fp, public)
    return cp


def restored_problems(conn: Any, manifest: dict[str, Any], backup_folder: Path) -> list[str]:
    """The restore test's chain check (Turkish, for the tutanak): the restored copy's chain is whole, ends exactly
    at the manifest's signed checkpoint (signed by a key this machine trusts), and agrees with every earlier
    checkpoint found in the backup folder and in this machine's data folder for the same database."""
    from sqlalchemy.orm import Session

    cp = Checkpoint.from_json(manifest.get("audit_checkpoint"))
    if cp is None:
        return ["Manifestte imzalı denetim izi kontrol noktası yok: geri yüklenen denetim izi doğrulanamadı."]
    problems = []
    trusted = anchor.trusted_keys()
    if not cp.signature_ok():
        problems.append("Manifestteki denetim izi kontrol noktasının imzası doğrulanmıyor: manifest değiştirilmiş.")
    elif trusted.get(cp.key_fingerprint) != cp.public_key:
        problems.append(f"Manifestteki kontrol noktası bu bilgisayarın tanımadığı bir anahtarla imzalanmış (parmak "
                        f"izi {cp.key_fingerprint[:16]}); yedeği alan bilgisayarın açık anahtarını veri klasöründeki "
                        f"audit-anchor/keys klasörüne kopyalayıp yeniden deneyin.")
    last_id = cp.data.get("last_id")
    earlier: list[Checkpoint] = []
    folders = [backup_folder / anchor.ANCHOR_DIR]
    if isinstance(cp.data.get("location"), str):
        folders.append(anchor.location_dir(cp.data["location"]))
    for folder in folders:
        for _p, old in anchor.read_files(folder):
            d = old.data if old is not None else {}
            if (old is not None and old.signature_ok() and trusted.get(old.key_fingerprint) == old.public_key
                    and isinstance(d.get("last_id"), int) and isinstance(last_id, int) and d["last_id"] <= last_id):
                earlier.append(old)
    with Session(bind=conn) as s:
        chain = check_chain(s, workers=1, at_ids=[last_id, *(e.data["last_id"] for e in earlier)]
                            if isinstance(last_id, int) else [])
    if chain.breaks:
        problems.append("Geri yüklenen denetim izi zinciri bozuk: kayıt ID "
                        + ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in chain.breaks) + ".")
    if chain.head_problems:
        problems.append("Geri yüklenen denetim izinin baş kaydı (audit_head) zincirle uyuşmuyor.")
    d = cp.data
    if (disagreement(chain, cp) is not None or chain.entries != d.get("entries")
            or chain.last_hash != d.get("head_hash")):
        problems.append(f"Geri yüklenen denetim izi yedeğin imzalı kontrol noktasıyla uyuşmuyor (kontrol noktası: "
                        f"{d.get('entries')} kayıt; geri yüklenen: {chain.entries} kayıt).")
    bad = [e for e in earlier if disagreement(chain, e) is not None]
    if bad:
        problems.append(f"Geri yüklenen denetim izi daha önceki {len(bad)} imzalı kontrol noktasıyla uyuşmuyor "
                        f"(kayıtlar yedekten önce değiştirilmiş).")
    return problems
