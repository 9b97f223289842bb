"""`ush-izin` command line. Subcommands import their heavy modules lazily to keep start-up fast."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from collections.abc import Sequence

from app import APP_TITLE, __version__

DOWNGRADE_FLAG = "--evet-veri-kaybini-kabul-ediyorum"
# each has add_parsers(sub)
EXTRA_COMMANDS: list[str] = ["app.cli.permits", "app.cli.admin", "app.cli.kts", "app.cli.report",
                             "app.cli.serve"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geçersiz tarih: {value!r} (beklenen biçim YYYY-AA-GG)") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"sayı bekleniyordu: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("negatif olamaz")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ush-izin", description=f"{APP_TITLE}: USH faaliyet izin işlemleri")
    p.add_argument("--version", action="version", version=f"{APP_TITLE} {__version__}")
    p.add_argument("--db", metavar="URL", help="veritabanı adresi (varsayılan: ayarlar ya da yerel SQLite)")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="imza sertifikasının parolasını standart girdinin ilk satırından oku (anahtar deposu "
                        "olmayan sunucularda; parola yalnızca bu komut boyunca bellekte tutulur)")
    sub = p.add_subparsers(dest="command", metavar="KOMUT")

    run = sub.add_parser("run", help="uygulamayı aç (varsayılan)")
    run.add_argument("--demo", action="store_true", help="veritabanı boşsa örnek verilerle doldur")
    run.add_argument("--demo-applications", type=_positive, default=300, metavar="N")

    db = sub.add_parser("db", help="veritabanı şeması")
    dbsub = db.add_subparsers(dest="db_command", metavar="İŞLEM", required=True)
    dbsub.add_parser("upgrade", help="şemayı en son sürüme yükselt (önce yedek alır)")
    dbsub.add_parser("status", help="şema sürümünü göster")
    down = dbsub.add_parser("downgrade", help="şemayı verilen sürüme indir (veri kaybı: önce yedek alınır, "
                                              "denetim izine yazılır; ilk sürümün altına inilmez)")
    down.add_argument("revision", metavar="SÜRÜM", help="inilecek sürüm, ör. 0006 (en az 0001; 'base' reddedilir)")
    down.add_argument(DOWNGRADE_FLAG, dest="accept_loss", action="store_true",
                      help="indirmenin yeni sürümlerin tablolarını ve verilerini sileceğini kabul ediyorum")

    server = sub.add_parser("server", help="paylaşılan PostgreSQL sunucusu (veritabanı yöneticisi)")
    ssub = server.add_subparsers(dest="server_command", metavar="İŞLEM", required=True)
    ssub.add_parser("init", help="rolleri, sahipliği, yetkileri ve kişi başına giriş rollerini kur (bir kez; "
                                 "tekrar çalıştırılabilir)")

    demo = sub.add_parser("demo-data", help="gerçekçi, tekrarlanabilir örnek veri üret")
    demo.add_argument("--applications", type=_positive, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--today", type=_date, default=None, metavar="YYYY-AA-GG",
                      help="örnek verinin 'bugün'ü (varsayılan: bugün)")

    dl = sub.add_parser("deadline", help="başvuru tarihinden 15 günlük bildirim süresinin son gününü yaz "
                                         "(veritabanındaki süre kurallarıyla; yazılar ve tamamlamalarla birlikte)")
    dl.add_argument("received", type=_date, metavar="YYYY-AA-GG")
    dl.add_argument("--eksik", type=_date, action="append", default=[], metavar="YYYY-AA-GG",
                    help="eksik evrak yazısının gönderim tarihi (birden çok verilebilir)")
    dl.add_argument("--tamamlama", type=_date, action="append", default=[], metavar="YYYY-AA-GG",
                    help="başvuru sahibinin eksikleri tamamladığı tarih (birden çok verilebilir)")
    dl.add_argument("--bildirim", type=_date, default=None, metavar="YYYY-AA-GG",
                    help="nihai yazının (uygun / uygun değil) gönderim tarihi")
    for module in EXTRA_COMMANDS:
        # Each module adds its subcommands and sets `handler` (args -> exit code); heavy imports stay lazy.
        importlib.import_module(module).add_parsers(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "run"
    if command == "run":
        from app.ui.application import run_gui

        return run_gui(db_url=args.db, demo=getattr(args, "demo", False),
                       demo_applications=getattr(args, "demo_applications", 300))
    from app.config import SettingsError
    from app.storage.database import DatabaseUnavailable
    from app.workflows.common.errors import DomainError
    from app.workflows.common.signing import PassphraseNeeded

    try:
        if args.passphrase_stdin:
            _passphrase_from_stdin()
        try:
            return _dispatch(command, args)
        except PassphraseNeeded as exc:
            if not _prompt_passphrase(exc):
                raise
            return _dispatch(command, args)        # once more, with the passphrase kept for this command
    except DatabaseUnavailable as exc:
        print(f"HATA: {exc.message}", file=sys.stderr)
        if exc.detail:
            print(f"Ayrıntı: {exc.detail}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"HATA: {exc.message}", file=sys.stderr)
        return 2
    except SettingsError as exc:
        print(f"HATA: {exc}", file=sys.stderr)
        return 2
    return 2


def _dispatch(command: str, args: argparse.Namespace) -> int:
    if command == "deadline":
        return _deadline(args)
    if command == "db":
        return _db(args)
    if command == "server":
        return _server(args)
    if command == "demo-data":
        return _demo(args)
    if handler := getattr(args, "handler", None):
        return int(handler(args))
    return 2


def _deadline(args: argparse.Namespace) -> int:
    """The last day of the 15-day period by the one clock (deadlines.clock_status) under the clock rules stored
    in the database (Ayarlar), with the letters and completions given; impossible orders are refused
    (deadlines.order_problem). Without any database (no file, nothing configured) the default rules, said so."""
    from app.workflows.common.deadlines import ClockEvent, clock_status, order_problem

    events = ([ClockEvent("deficiency_notified", d) for d in args.eksik]
              + [ClockEvent("completed", d) for d in args.tamamlama]
              + ([ClockEvent("notified", args.bildirim)] if args.bildirim else []))
    problem = order_problem(args.received, events)
    if problem:
        print(f"HATA: {problem}", file=sys.stderr)
        return 2
    clock = clock_status(args.received, events, args.received, _stored_clock_rules(args))
    last = clock.rounds[-1]
    print(last.deadline.isoformat())
    if last.stopped_on is not None:
        timely = "süresinde" if last.met else "süresi geçtikten sonra"
        print(f"Süre {last.stopped_on.isoformat()} tarihinde gönderilen yazıyla durdu ({timely}).")
    return 0


def _stored_clock_rules(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The clock rules of the command's database (read only). No database at all — the local file absent and
    no address given (--db, USH_DB_URL, the settings) — is not an error: the default rules, said on stderr."""
    import os

    from app.config import Settings
    from app.workflows.common.deadlines import DEFAULT_RULES
    from app.workflows.common.system_settings import clock_rules

    target = target_from_args(args)
    given = args.db or os.environ.get("USH_DB_URL") or Settings.load().db_url
    if not given and not target.is_postgres and not os.path.exists(target.url.database or ""):
        print("Not: veritabanı yok; varsayılan süre kuralları kullanıldı.", file=sys.stderr)
        return DEFAULT_RULES
    ctx = open_for(args, read_only=True).ctx
    try:
        with ctx.read() as s:
            return clock_rules(s)
    finally:
        ctx.engine.dispose()


def _passphrase_from_stdin() -> None:
    """--passphrase-stdin: the first line of standard input is the signing certificate's passphrase."""
    from app.config import Settings
    from app.workflows.common.signing import keep_for_session

    line = sys.stdin.readline().rstrip("\r\n")
    path = Settings.load().signing_cert_path
    if path and line:
        keep_for_session(path, line)


def _prompt_passphrase(exc) -> bool:  # type: ignore[no-untyped-def]
    """Ask for the signing passphrase on the terminal (no echo); False when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        print("HATA: imza sertifikasının parolası gerekiyor; anahtar deposu yok. Parolayı --passphrase-stdin ile "
              "standart girdiden verin.", file=sys.stderr)
        return False
    import getpass

    from app.workflows.common.signing import keep_for_session

    passphrase = getpass.getpass(f"{exc.path.name} sertifikasının parolası: ")
    if not passphrase:
        return False
    keep_for_session(exc.path, passphrase)
    return True


def target_from_args(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The database the command works on: --db, else USH_DB_URL, the settings or the local file. An unparsable
    or unsupported address is DatabaseUnavailable "bad_url" (a Turkish message, no traceback)."""
    from app.config import Settings
    from app.storage.database import Target, parse_url, resolve_target

    if args.db:
        return Target(parse_url(args.db))
    return resolve_target(Settings.load())


def open_for(args: argparse.Namespace, *, create: bool = False, read_only: bool = False):  # type: ignore[no-untyped-def]
    """Open the command's database. Only `db upgrade` and `demo-data` may create one (`create`); a mistyped
    SQLite path is refused, never turned into a new empty database. `read_only`: no upgrade, no writes."""
    from app.workflows.admin.bootstrap import open_database

    return open_database(target=target_from_args(args), create=create, read_only=read_only)


def _db(args: argparse.Namespace) -> int:
    from app.config import data_dir
    from app.storage import migrate
    from app.storage.database import check_connection, make_engine, require_existing

    target = target_from_args(args)
    creating = args.db_command == "upgrade"        # status and downgrade never create a database
    if not creating:
        require_existing(target)
    engine = make_engine(target, create=creating)
    check_connection(target, engine)
    if args.db_command == "status":
        st = migrate.status(engine)
        print(f"{target.engine_name} {target.location}: şema {st.current or '-'} (güncel: {st.head}), {st.state}")
        return 0
    if args.db_command == "downgrade":
        return _downgrade(args, target, engine)
    st, backup = migrate.prepare(target, engine, data_dir() / "backups")
    if backup:
        print(f"Yedek alındı: {backup}")
    from app.workflows.admin.bootstrap import open_database

    res = open_database(target=target)
    res.ctx.engine.dispose()
    print(f"Şema güncel: {migrate.head_revision()} ({target.engine_name} {target.location})")
    _print_first_password(res.first_password)
    return 0


def _print_first_password(first: tuple[str, str] | None) -> None:
    if first:
        print(f"Sistem yöneticisi {first[0]}: tek kullanımlık parola {first[1]}")
        print("Bu parola yalnızca şimdi gösterilir; ilk girişte değiştirilmesi gerekir.")


def _downgrade(args: argparse.Namespace, target, engine) -> int:  # type: ignore[no-untyped-def]
    """A downgrade drops the newer revisions' tables and columns: refused below the first revision, refused without
    the confirmation flag, and preceded by a backup and an audit entry (who, from, to, the backup)."""
    from app.config import data_dir
    from app.storage import migrate

    current = migrate.check_downgrade(engine, args.revision)
    if not args.accept_loss:
        print(f"HATA: {current} → {args.revision} indirmesi yeni sürümlerin tablolarını ve verilerini siler. "
              f"Kabul ediyorsanız komutu {DOWNGRADE_FLAG} ile yeniden çalıştırın (önce yedek alınır).",
              file=sys.stderr)
        return 2
    backup = migrate.backup_before_upgrade(target, engine, data_dir() / "backups", current)
    print(f"Yedek alındı: {backup}")
    _audit_downgrade(engine, current, args.revision, backup)
    migrate.downgrade(engine, args.revision)
    print(f"Şema {current} sürümünden {args.revision} sürümüne indirildi.")
    return 0


def _audit_downgrade(engine, current: str, revision: str, backup) -> None:  # type: ignore[no-untyped-def]
    import getpass

    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from app.storage.audit import record_event

    with engine.begin() as conn:
        who = conn.execute(text("SELECT session_user")).scalar_one() if conn.dialect.name == "postgresql" \
            else getpass.getuser()
        if conn.dialect.name == "postgresql":
            from app.storage import server_setup

            if server_setup.is_secured(conn):
                server_setup.become_owner(conn)
        with Session(bind=conn, info={"actor": (None, f"veritabani:{who}")}) as s:
            record_event(s, "schema", revision, {"event": "downgrade", "from": current, "to": revision,
                                                 "backup": str(backup), "by": who})
            s.flush()


def _server(args: argparse.Namespace) -> int:
    """`server init`: run by the database administrator on a connection that may create roles."""
    from sqlalchemy import text

    from app.demo import DEMO_PASSWORD
    from app.storage import migrate, server_setup
    from app.storage.database import check_connection, make_engine, require_existing

    target = target_from_args(args)
    if not target.is_postgres:
        print("HATA: 'server init' yalnızca paylaşılan PostgreSQL sunucusu içindir; SQLite tek masalıktır.",
              file=sys.stderr)
        return 2
    require_existing(target)
    engine = make_engine(target, create=False)
    try:
        check_connection(target, engine)
        st = migrate.status(engine)
        if st.state != "current":
            print(f"HATA: şema güncel değil ({st.current or '-'}; güncel: {st.head}); önce 'ush-izin db upgrade'.",
                  file=sys.stderr)
            return 2
        try:
            with engine.begin() as conn:
                report = server_setup.init(conn, demo_password=DEMO_PASSWORD)
                conn.execute(text("SELECT 1"))
        except server_setup.ServerSetupError as exc:
            print(f"HATA: {exc}", file=sys.stderr)
            return 2
    finally:
        engine.dispose()
    for line in report.lines:
        print(line)
    for name, password in report.passwords.items():
        print(f"Hesap {name}: tek kullanımlık parola {password} (yalnızca şimdi gösterilir; ilk girişte "
              "değiştirilmesi gerekir)")
    print(f"Sunucu hazır: {target.location}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    import time

    from app.demo.data import generate

    res = open_for(args, create=True)
    ctx = res.ctx
    _print_first_password(res.first_password)
    started = time.perf_counter()
    counts = generate(ctx, applications=args.applications, seed=args.seed,
                      today=args.today or ctx.clock.today(),
                      progress=lambda done, total: print(f"\r{done}/{total} başvuru", end="", file=sys.stderr))
    print(file=sys.stderr)
    took = time.perf_counter() - started
    print(", ".join(f"{k}: {v}" for k, v in counts.items()) + f" ({took:.1f} s)")
    return 0
