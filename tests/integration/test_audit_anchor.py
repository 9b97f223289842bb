"""The audit chain's anchor outside the database (issue 14): signed checkpoints in the database, the data folder
and every backup; `audit verify` fails on every attack by someone who can write the database but holds no key,
reports every broken range, and a normal day's work still verifies. Each attack runs on both engines."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

import keyring
import pytest
from sqlalchemy import select, text

import app.cli.main as cli
from app.models import AuditCheckpoint, AuditEntry
from app.storage import anchor
from app.storage.audit import GENESIS, entry_hash, hashed_fields
from app.workflows.admin import audit_anchor, audit_view, users
from app.workflows.admin.bootstrap import default_actor
from app.workflows.common.clock import FixedClock
from app.workflows.common.context import AppContext
from app.workflows.common.vocabulary import Role


@pytest.fixture(autouse=True)
def _admin_commands(monkeypatch):
    monkeypatch.setattr(cli, "EXTRA_COMMANDS", ["app.cli.admin"])


def _url(target) -> str:
    return target.url.render_as_string(hide_password=False)


_names = iter(range(10_000))


def _work(ctx, n: int = 3) -> None:
    admin = ctx.as_user(default_actor(ctx))
    for _ in range(n):
        i = next(_names)
        users.create_user(admin, f"denetim.{i}", f"Işıl Güneş {i}", Role.AUDITOR)


def _ids(ctx) -> list[int]:
    with ctx.read() as s:
        return list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def _verify(target, capsys) -> tuple[int, str]:
    rc = cli.main(["--db", _url(target), "audit", "verify"])
    return rc, capsys.readouterr().out.strip()


def _raw(ctx, *statements: tuple[str, dict]) -> None:
    """Raw SQL as the database owner in one transaction; on PostgreSQL with the append-only triggers off (the
    owner can do that: the attacker this anchor is for)."""
    tables = ("audit_entries", "audit_checkpoints")
    with ctx.engine.begin() as c:
        if ctx.target.is_postgres:
            for t in tables:
                c.execute(text(f"ALTER TABLE {t} DISABLE TRIGGER USER"))
        for sql, params in statements:
            c.execute(text(sql), params)
        if ctx.target.is_postgres:
            for t in tables:
                c.execute(text(f"ALTER TABLE {t} ENABLE TRIGGER USER"))


def _rechain(ctx, from_id: int, *, extra: list[tuple[str, dict]] = ()) -> None:
    """Recompute every hash from entry `from_id` on, as the application would, and move the head to the new end:
    what someone who can write the tables does after changing an entry. `extra` statements run first."""
    _raw(ctx, *extra)
    with ctx.read() as s:
        prev = s.scalar(select(AuditEntry.hash).where(AuditEntry.id < from_id).order_by(AuditEntry.id.desc())
                        .limit(1)) or GENESIS
        entries = s.scalars(select(AuditEntry).where(AuditEntry.id >= from_id).order_by(AuditEntry.id)).all()
        stmts = []
        for e in entries:
            h = entry_hash(prev, hashed_fields({k: getattr(e, k) for k in (
                "at", "user_id", "username", "action", "table_name", "row_id", "before", "after")}))
            stmts.append(("UPDATE audit_entries SET prev_hash = :p, hash = :h WHERE id = :id",
                          {"p": prev, "h": h, "id": e.id}))
            prev = h
    stmts.append(("UPDATE audit_head SET last_hash = :h, entries = (SELECT count(*) FROM audit_entries)",
                  {"h": prev}))
    _raw(ctx, *stmts)


def _append_forged(ctx, at: dt.datetime, username: str = "yonetici") -> None:
    """A new entry with a correct hash linked to the newest one, the head moved and counted: only the anchor can
    tell it from a real one."""
    with ctx.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    e = {"at": at, "user_id": last.user_id, "username": username, "action": "event", "table_name": "permits",
         "row_id": "99", "before": None, "after": {"karar": "iptal"}}
    h = entry_hash(last.hash, hashed_fields(e))
    cols = ", ".join(e)
    params = {**e, "before": None, "after": json.dumps(e["after"]), "prev_hash": last.hash, "hash": h}
    if not ctx.target.is_postgres:
        params["at"] = at.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    _raw(ctx, (f"INSERT INTO audit_entries ({cols}, prev_hash, hash) VALUES "
               f"(:{', :'.join(e)}, :prev_hash, :hash)", params),
         ("UPDATE audit_head SET last_hash = :h, entries = entries + 1", {"h": h}))


def _checkpoint(ctx) -> anchor.Checkpoint:
    return audit_anchor.make_checkpoint(ctx, "command")


# --- a normal day ---------------------------------------------------------------------------------------------------

def test_a_normal_days_work_with_checkpoints_and_a_backup_verifies(ctx, target, capsys, tmp_path):
    from app.workflows.admin.backup import backup

    _work(ctx)
    assert cli.main(["--db", _url(target), "audit", "checkpoint"]) == 0
    assert "Kontrol noktası imzalandı" in capsys.readouterr().out
    _work(ctx)
    backup(ctx.as_user(default_actor(ctx)), tmp_path / "yedek")
    _work(ctx)
    assert audit_anchor.checkpoint_if_due(ctx) is None          # the newest is minutes old
    rc, out = _verify(target, capsys)
    assert (rc, out) == (0, f"OK {len(_ids(ctx))} entries")
    with ctx.read() as s:
        origins = list(s.scalars(select(AuditCheckpoint.origin).order_by(AuditCheckpoint.id)))
    assert origins == ["command", "backup"]
    files = anchor.read_files(anchor.location_dir(audit_anchor.database_location(ctx)))
    assert len(files) == 2 and all(cp is not None and cp.signature_ok() for _p, cp in files)


def test_checkpoints_are_signed_files_only_the_owner_reads(ctx):
    _work(ctx)
    cp = _checkpoint(ctx)
    d = cp.data
    assert d["entries"] == len(_ids(ctx)) and d["last_id"] == _ids(ctx)[-1] and d["origin"] == "command"
    assert d["location"] == audit_anchor.database_location(ctx) and d["format"] == anchor.FORMAT
    folder = anchor.location_dir(audit_anchor.database_location(ctx))
    [(path, on_disk)] = anchor.read_files(folder)
    assert on_disk == cp
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    # the public key sits next to the checkpoints; the private key is in the keyring, not in any file
    assert (anchor.keys_dir() / f"{cp.key_fingerprint}.pub").read_text().strip() == cp.public_key
    assert keyring.get_password("ush-izin", anchor.KEY_NAME)
    assert not anchor.key_file().exists()
    assert anchor.key_location().kind == "keyring"
    with ctx.read() as s:
        assert s.scalar(select(AuditCheckpoint.signature)) == cp.signature


def test_a_desk_without_a_keyring_keeps_the_key_in_a_private_file(ctx, monkeypatch):
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert anchor.key_location() == anchor.KeyLocation("file", anchor.key_file())
    _work(ctx)
    cp = _checkpoint(ctx)
    key = anchor.key_file()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and stat.S_IMODE(key.parent.stat().st_mode) == 0o700
    assert cp.public_key not in key.read_text()
    assert audit_view.verify(ctx).ok


def test_verify_needs_only_the_public_key(ctx, target, capsys, mem_keyring):
    """A machine without the private key (an auditor's copy of the data folder) still checks every signature."""
    _work(ctx)
    _checkpoint(ctx)
    mem_keyring.store.clear()
    assert anchor.own_public_key() is None
    assert _verify(target, capsys)[0] == 0
    _rechain(ctx, _ids(ctx)[1], extra=[("UPDATE audit_entries SET username = 'sahte' WHERE id = :id",
                                         {"id": _ids(ctx)[1]})])
    rc, out = _verify(target, capsys)
    assert rc == 1 and "disagrees with the checkpoint" in out


def test_daily_checkpoint_when_the_newest_is_older_than_24_hours(ctx):
    _work(ctx)
    first = audit_anchor.checkpoint_if_due(ctx)            # none yet: one now
    assert first is not None and first.data["origin"] == "daily"
    assert audit_anchor.checkpoint_if_due(ctx) is None
    later = AppContext(ctx.engine, ctx.target, ctx.actor, FixedClock(ctx.clock.now() + dt.timedelta(hours=25)))
    _work(ctx, 1)
    again = audit_anchor.checkpoint_if_due(later)
    assert again is not None and again.data["entries"] == first.data["entries"] + 1
    assert audit_view.verify(ctx).ok


# --- attacks by someone who can write the database but holds no key -------------------------------------------------

def test_rewriting_an_entry_and_re_chaining_is_found(ctx, target, capsys):
    _work(ctx)
    _checkpoint(ctx)
    _work(ctx)
    victim = _ids(ctx)[3]
    _rechain(ctx, victim, extra=[("UPDATE audit_entries SET username = 'sahte' WHERE id = :id", {"id": victim})])
    with ctx.read() as s:   # the chain itself is consistent again: only the anchor can tell
        from app.storage.audit import check_chain
        assert check_chain(s).ok
    rc, out = _verify(target, capsys)
    assert rc == 1 and out.startswith("BROKEN")
    assert "no longer has the signed hash" in out


def test_rewriting_entries_after_the_checkpoint_only_is_not_what_the_anchor_sees(ctx, target, capsys):
    """The limit, stated in docs/security.md: entries after the newest checkpoint can be re-chained unseen."""
    _work(ctx)
    _checkpoint(ctx)
    _work(ctx)
    victim = _ids(ctx)[-1]
    _rechain(ctx, victim, extra=[("UPDATE audit_entries SET username = 'sahte' WHERE id = :id", {"id": victim})])
    assert _verify(target, capsys)[0] == 0


@pytest.mark.parametrize("days", [2, 400])
def test_a_forged_entry_with_a_correct_hash_dated_back_is_found(ctx, target, capsys, days):
    _work(ctx)
    _checkpoint(ctx)
    _append_forged(ctx, dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days))
    rc, out = _verify(target, capsys)
    assert rc == 1 and "dated before it" in out and str(_ids(ctx)[-1]) in out


@pytest.mark.parametrize("head", ["not moved", "hash moved, not counted"])
def test_a_forged_entry_appended_without_a_consistent_head_is_found(ctx, target, capsys, head):
    _work(ctx)
    _checkpoint(ctx)
    with ctx.read() as s:
        before = s.execute(text("SELECT last_hash, entries FROM audit_head")).one()
    _append_forged(ctx, dt.datetime.now(dt.timezone.utc))
    if head == "not moved":
        _raw(ctx, ("UPDATE audit_head SET last_hash = :h, entries = :n", {"h": before[0], "n": before[1]}))
    else:
        _raw(ctx, ("UPDATE audit_head SET entries = :n", {"n": before[1]}))
    rc, out = _verify(target, capsys)
    assert rc == 1 and out.startswith("BROKEN at the chain head")


def test_a_forged_entry_slipped_in_before_a_checkpoint_is_found(ctx, target, capsys):
    """Inserting an entry into the past needs the entries after it re-chained: the checkpoint disagrees."""
    _work(ctx)
    cut = _ids(ctx)[-2]
    _checkpoint(ctx)
    # move the two newest entries up by one id, put a forged one in their place, re-chain from there
    stmts = [("UPDATE audit_entries SET id = id + 1000 WHERE id > :cut", {"cut": cut})]
    stmts.append(("INSERT INTO audit_entries (id, at, user_id, username, action, table_name, row_id, before, after, "
                  "prev_hash, hash) SELECT :new, at, user_id, 'sahte', 'event', 'permits', '1', NULL, NULL, "
                  "'x', :h FROM audit_entries WHERE id = :cut", {"new": cut + 1, "cut": cut, "h": "f" * 64}))
    _rechain(ctx, cut + 1, extra=stmts)
    rc, out = _verify(target, capsys)
    assert rc == 1 and "disagrees with the checkpoint" in out


def test_dropping_the_tail_and_moving_the_head_back_is_found(ctx, target, capsys):
    _work(ctx)
    _checkpoint(ctx)
    ids = _ids(ctx)
    keep = ids[-3]
    with ctx.read() as s:
        h = s.scalar(select(AuditEntry.hash).where(AuditEntry.id == keep))
    _raw(ctx, ("DELETE FROM audit_entries WHERE id > :k", {"k": keep}),
         ("UPDATE audit_head SET last_hash = :h, entries = :n", {"h": h, "n": ids.index(keep) + 1}))
    rc, out = _verify(target, capsys)
    assert rc == 1 and f"head entry {ids[-1]} is gone" in out


@pytest.mark.parametrize("how", ["delete", "count"])
def test_a_missing_head_row_or_a_wrong_count_is_found(ctx, target, capsys, how):
    _work(ctx)
    sql = "DELETE FROM audit_head" if how == "delete" else "UPDATE audit_head SET entries = entries + 5"
    _raw(ctx, (sql, {}))
    rc, out = _verify(target, capsys)
    assert rc == 1 and out.startswith("BROKEN at the chain head")
    assert ("head row is missing" if how == "delete" else "the table holds") in out


def test_an_emptied_audit_table_is_found_even_without_checkpoints(ctx, target, capsys):
    _work(ctx)
    _raw(ctx, ("DELETE FROM audit_entries", {}),
         ("UPDATE audit_head SET last_hash = :g, entries = 0", {"g": GENESIS}))
    rc, out = _verify(target, capsys)
    assert rc == 1 and "empty while other tables hold rows" in out


def test_an_emptied_audit_table_and_checkpoints_deleted_from_the_database_are_found(ctx, target, capsys):
    _work(ctx)
    _checkpoint(ctx)
    _raw(ctx, ("DELETE FROM audit_entries", {}), ("DELETE FROM audit_checkpoints", {}),
         ("UPDATE audit_head SET last_hash = :g, entries = 0", {"g": GENESIS}))
    rc, out = _verify(target, capsys)
    assert rc == 1 and "missing from the database (deleted)" in out and "is gone" in out


def test_deleting_checkpoints_from_the_database_is_found(ctx, target, capsys):
    _work(ctx)
    _checkpoint(ctx)
    _work(ctx)
    _checkpoint(ctx)
    _raw(ctx, ("DELETE FROM audit_checkpoints WHERE id = (SELECT min(id) FROM audit_checkpoints)", {}))
    rc, out = _verify(target, capsys)
    assert rc == 1 and out.count("missing from the database (deleted)") == 1


def test_a_dropped_checkpoint_table_or_an_altered_checkpoint_file_is_found(ctx, target, capsys):
    _work(ctx)
    cp = _checkpoint(ctx)
    [(path, _cp)] = anchor.read_files(anchor.location_dir(audit_anchor.database_location(ctx)))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["payload"] = raw["payload"].replace(f'"entries":{cp.data["entries"]}', '"entries":1')
    path.write_text(json.dumps(raw), encoding="utf-8")
    rc, out = _verify(target, capsys)
    assert rc == 1 and f"file {path.name}: its signature does not verify" in out
    path.unlink()
    _checkpoint(ctx)
    with ctx.engine.begin() as c:   # the owner may drop the table (triggers go with it)
        c.execute(text("DROP TABLE audit_checkpoints"))
    rc, out = _verify(target, capsys)
    assert rc == 1 and "audit_checkpoints table cannot be read" in out and "missing from the database" in out


@pytest.mark.engines("sqlite")
def test_the_same_sqlite_file_by_a_relative_path_finds_its_checkpoints(ctx, target, capsys, monkeypatch):
    _work(ctx)
    _checkpoint(ctx)
    _raw(ctx, ("DELETE FROM audit_checkpoints", {}))
    db = target.url.database
    monkeypatch.chdir(os.path.dirname(db))
    rc = cli.main(["--db", f"sqlite:///{os.path.basename(db)}", "audit", "verify"])
    assert rc == 1 and "missing from the database (deleted)" in capsys.readouterr().out


def test_a_checkpoint_altered_in_the_database_or_forged_with_another_key_is_found(ctx, target, capsys):
    _work(ctx)
    cp = _checkpoint(ctx)
    # the payload rewritten to the re-chained head: the signature no longer verifies
    _work(ctx)
    victim = _ids(ctx)[2]
    _rechain(ctx, victim, extra=[("UPDATE audit_entries SET username = 'sahte' WHERE id = :id", {"id": victim})])
    with ctx.read() as s:
        new_head = s.scalar(select(AuditEntry.hash).where(AuditEntry.id == cp.data["last_id"]))
    _raw(ctx, ("UPDATE audit_checkpoints SET payload = replace(payload, :old, :new), head_hash = :new",
               {"old": cp.data["head_hash"], "new": new_head}))
    rc, out = _verify(target, capsys)
    assert rc == 1 and "signature does not verify" in out
    # a new checkpoint signed with the attacker's own key agrees with the rewritten chain, but the file
    # checkpoint (trusted key) still disagrees, and the attacker's key is not trusted
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    with ctx.read() as s:
        fields = audit_anchor.head_fields(s.connection())
    payload = anchor.canonical_payload({"format": anchor.FORMAT, **fields, "origin": "command",
                                        "engine": ctx.target.engine_name, "location": audit_anchor.database_location(ctx),
                                        "made_at": dt.datetime.now(dt.timezone.utc).isoformat()})
    _raw(ctx, ("DELETE FROM audit_checkpoints", {}),
         ("INSERT INTO audit_checkpoints (made_at, entries, last_id, head_hash, origin, key_fingerprint, public_key, "
          "payload, signature) VALUES (:m, :e, :l, :h, 'command', :fp, :pk, :p, :s)",
          {"m": dt.datetime.now(dt.timezone.utc), "e": fields["entries"], "l": fields["last_id"],
           "h": fields["head_hash"], "fp": anchor.fingerprint(public), "pk": public, "p": payload,
           "s": key.sign(payload.encode()).hex()}))
    rc, out = _verify(target, capsys)
    assert rc == 1 and "missing from the database (deleted)" in out
    assert "no longer has the signed hash" in out
    assert "signature does not verify" not in out


def test_every_broken_range_is_reported_a_junk_row_does_not_hide_a_later_edit(ctx, target, capsys):
    _work(ctx, 4)
    ids = _ids(ctx)
    junk_after, edited = ids[2], ids[-2]
    _raw(ctx, ("UPDATE audit_entries SET id = id + 1000 WHERE id > :j", {"j": junk_after}))
    _raw(ctx, ("INSERT INTO audit_entries (id, at, user_id, username, action, table_name, row_id, before, after, "
               "prev_hash, hash) SELECT :new, at, user_id, 'çöp', 'event', 'x', '', NULL, NULL, 'x', :h "
               "FROM audit_entries WHERE id = :j", {"new": junk_after + 1, "j": junk_after, "h": "e" * 64}),
         ("UPDATE audit_entries SET username = 'sahte' WHERE id = :id", {"id": edited + 1000}))
    rc, out = _verify(target, capsys)
    assert rc == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"BROKEN at entry ID: {junk_after + 1}")
    assert f"broken entries: ID {junk_after + 1}" in out          # the junk row alone: the next entry links on
    assert f"broken entries: ID {edited + 1000}" in out
    assert f"ID {junk_after + 1}–" not in out
    with ctx.read() as s:
        from app.storage.audit import check_chain
        res = check_chain(s, workers=1)
    assert res.breaks == [[junk_after + 1, junk_after + 1], [edited + 1000, edited + 1000]]


def test_every_broken_range_is_reported_by_the_parallel_check_too(ctx, monkeypatch):
    from app.storage import audit
    from app.storage.audit import check_chain

    _work(ctx, 6)
    ids = _ids(ctx)
    a, b = ids[4], ids[-3]
    _raw(ctx, ("UPDATE audit_entries SET username = 'sahte' WHERE id IN (:a, :b)", {"a": a, "b": b}))
    monkeypatch.setattr(audit, "PARALLEL_MIN", 0)
    for workers, batch in ((1, 4), (2, 3), (3, 1000)):
        with ctx.read() as s:
            res = check_chain(s, workers=workers, batch=batch)
        assert res.breaks == [[a, a], [b, b]] and res.confirmed_before_break == ids.index(a)
        assert res.entries == len(ids) and not res.head_problems


# --- backups ----------------------------------------------------------------------------------------------------------

def _backup(ctx, tmp_path):
    from app.workflows.admin.backup import backup

    return backup(ctx.as_user(default_actor(ctx)), tmp_path / "yedek")


def test_a_backup_carries_its_signed_checkpoint_and_the_checkpoint_files(ctx, tmp_path):
    _work(ctx)
    _checkpoint(ctx)
    _work(ctx)
    res = _backup(ctx, tmp_path)
    cp = anchor.Checkpoint.from_json(res.manifest["audit_checkpoint"])
    assert cp is not None and cp.signature_ok() and cp.data["origin"] == "backup"
    assert cp.data["entries"] == len(_ids(ctx)) - 1     # the backup's own audit entry ("finished") came after it
    copied = anchor.read_files(res.folder / anchor.ANCHOR_DIR)
    assert {c.signature for _p, c in copied} >= {cp.signature}
    assert len(copied) == 2
    assert (res.folder / anchor.ANCHOR_DIR / "keys" / f"{cp.key_fingerprint}.pub").is_file()


def test_restore_test_checks_the_chain_of_the_restored_copy_against_the_backups_checkpoint(ctx, tmp_path):
    from app.workflows.admin.backup import restore_test

    _work(ctx)
    res = _backup(ctx, tmp_path)
    admin = ctx.as_user(default_actor(ctx))
    ok = restore_test(admin, res.folder, tmp_path / "deneme")
    assert ok.ok, ok.problems


def test_a_backup_whose_data_and_manifest_were_both_rewritten_fails_its_restore_test(ctx, tmp_path):
    """The attacker rewrites an entry in the backup copy, re-chains it, and rewrites the manifest (hashes,
    counts, the checkpoint's head) to match: the checkpoint's signature no longer verifies."""
    from app.workflows.admin import backup as bk

    _work(ctx)
    res = _backup(ctx, tmp_path)
    # a consistent rewritten copy made the attacker's way: rewrite the live data, back it up (new manifest with
    # a fresh, honest checkpoint of the rewritten head), then graft the old signature onto the new head
    victim = _ids(ctx)[2]
    _rechain(ctx, victim, extra=[("UPDATE audit_entries SET username = 'sahte' WHERE id = :id", {"id": victim})])
    forged = _backup(ctx, tmp_path / "ikinci")
    manifest = json.loads((forged.folder / bk.MANIFEST).read_text(encoding="utf-8"))
    new_cp = anchor.Checkpoint.from_json(manifest["audit_checkpoint"])
    old_cp = anchor.Checkpoint.from_json(res.manifest["audit_checkpoint"])
    payload = json.loads(old_cp.payload)
    payload.update({k: new_cp.data[k] for k in ("entries", "last_id", "head_hash", "first_hash")})
    manifest["audit_checkpoint"] = {**old_cp.as_json(), "payload": anchor.canonical_payload(payload)}
    (forged.folder / bk.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    result = bk.restore_test(ctx.as_user(default_actor(ctx)), forged.folder, tmp_path / "deneme")
    assert not result.ok
    assert any("imza" in p for p in result.problems)


def test_a_backup_whose_manifest_lost_its_checkpoint_fails_its_restore_test(ctx, tmp_path):
    from app.workflows.admin import backup as bk

    _work(ctx)
    res = _backup(ctx, tmp_path)
    manifest = json.loads((res.folder / bk.MANIFEST).read_text(encoding="utf-8"))
    del manifest["audit_checkpoint"]
    (res.folder / bk.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    result = bk.restore_test(ctx.as_user(default_actor(ctx)), res.folder, tmp_path / "deneme")
    assert not result.ok and any("kontrol noktası" in p for p in result.problems)


@pytest.mark.engines("sqlite")  # a pg_dump archive is not rewritten in place here; the manifest case covers it
def test_a_backup_data_file_re_chained_under_an_intact_manifest_fails_its_restore_test(ctx, tmp_path):
    """Only the data rewritten (and its table hashes put right): the restored chain disagrees with the signed
    checkpoint."""
    from app.workflows.admin import backup as bk

    _work(ctx)
    res = _backup(ctx, tmp_path)
    import sqlite3

    con = sqlite3.connect(res.file)
    con.execute("UPDATE audit_entries SET username = 'sahte' WHERE id = 3")
    con.commit()
    con.close()
    from sqlalchemy import create_engine

    from app.storage.database import Target, sqlite_url
    fake = AppContext(create_engine(sqlite_url(res.file)), Target(sqlite_url(res.file)))
    _rechain(fake, 3)
    fake.engine.dispose()
    digests, _rev = bk._digest_sqlite_file(res.file)
    manifest = json.loads((res.folder / bk.MANIFEST).read_text(encoding="utf-8"))
    manifest.update(tables=digests, file_sha256=bk.file_sha256(res.file), file_size=res.file.stat().st_size)
    (res.folder / bk.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    result = bk.restore_test(ctx.as_user(default_actor(ctx)), res.folder, tmp_path / "deneme")
    assert not result.ok and all(t.ok for t in result.tables) and result.file_hash_ok
    assert any("kontrol noktası" in p for p in result.problems)


# --- the schema ------------------------------------------------------------------------------------------------------

@pytest.mark.engines("postgresql")
def test_postgresql_refuses_changing_or_removing_checkpoints(ctx):
    from sqlalchemy.exc import DBAPIError

    _work(ctx)
    _checkpoint(ctx)
    for sql in ("UPDATE audit_checkpoints SET entries = 0", "DELETE FROM audit_checkpoints",
                "TRUNCATE audit_checkpoints"):
        with pytest.raises(DBAPIError):
            with ctx.engine.begin() as c:
                c.execute(text(sql))
    assert audit_view.verify(ctx).ok


def test_a_database_saved_at_schema_0005_gains_the_checkpoint_table_and_verifies(tmp_path):
    """Migration 0006 on a database saved at 0005 (upgraded to 0006 only: later migrations have their own
    fixtures): its chain verifies and takes a checkpoint."""
    import shutil
    from pathlib import Path

    from sqlalchemy import inspect

    from app.storage import migrate
    from app.storage.database import Target, make_engine, sqlite_url

    db = tmp_path / "eski5.db"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "db" / "schema-0005.db", db)
    target = Target(sqlite_url(db))
    engine = make_engine(target)
    try:
        migrate.upgrade(engine, "0006")
        with engine.connect() as c:
            assert "audit_checkpoints" in inspect(c).get_table_names()
        ctx = AppContext(engine, target)
        report = audit_view.verify(ctx)
        assert report.ok and report.entries == 147
        cp = audit_anchor.make_checkpoint(ctx)
        assert cp.data["entries"] == 147
        assert audit_view.verify(ctx).ok
    finally:
        engine.dispose()


def test_the_key_location_is_said_honestly(monkeypatch):
    from keyring.backends import fail

    assert anchor.key_location().kind == "keyring"
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert anchor.key_location() == anchor.KeyLocation("file", anchor.key_file())
    assert os.fspath(anchor.key_file()).startswith(os.environ["USH_CONFIG_DIR"])


@pytest.mark.parametrize("sql", ["UPDATE audit_head SET entries = entries + 1", "DELETE FROM audit_head",
                                 "UPDATE audit_head SET last_hash = 'x'"])
def test_a_checkpoint_is_not_signed_over_a_broken_head(ctx, target, capsys, sql):
    _work(ctx)
    _raw(ctx, (sql, {}))
    assert cli.main(["--db", _url(target), "audit", "checkpoint"]) == 1
    assert "kontrol noktası imzalanmadı" in capsys.readouterr().err
    with ctx.read() as s:
        assert s.scalar(select(AuditCheckpoint.id)) is None
    assert audit_anchor.checkpoint_if_due(ctx) is None    # the desk's daily one is skipped (logged), not shown


def test_checkpoint_positions_are_counted_alike_for_few_and_many_checkpoints(ctx):
    """A few checkpoints: range counts in one statement; more than 100: one ordered pass. Same answers."""
    from app.storage.audit import _positions

    _work(ctx)
    ids = _ids(ctx)
    assert len(ids) > 101
    _raw(ctx, ("DELETE FROM audit_entries WHERE id = :id", {"id": ids[10]}))   # a gap
    ids.pop(10)
    with ctx.read() as s:
        many = _positions(s.connection(), ids + [10**9])
        few = _positions(s.connection(), [ids[0], ids[9], ids[10], ids[-1], 10**9])
        hashes = dict(s.execute(select(AuditEntry.id, AuditEntry.hash)).all())
    assert many == {i: (k + 1, hashes[i]) for k, i in enumerate(ids)}
    assert few == {i: many[i] for i in (ids[0], ids[9], ids[10], ids[-1])}
