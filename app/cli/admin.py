"""Administrator commands: `audit verify`, `audit checkpoint`, `backup`, `backups`, `offsite-copy`, `restore-test`,
`export`, `user add/list/unlock/reset-password`.

The commands that act as an account (backup, restore-test, export, user …) authenticate it first (issue 13):
on SQLite, and on PostgreSQL without `server init`, the account named with `--as` and its application password
(asked on the terminal, or one line read with `--password-stdin`); on a server-initialised PostgreSQL database
they act as the connecting login role, authenticated by the server (the address's user, with the password from
the keyring, `--password-stdin` or the prompt), and `--as` may only name that same account. The audit trail
records the account; role checks of the services apply to it.
"""

from __future__ import annotations

import argparse
import sys


def add_parsers(sub) -> None:  # type: ignore[no-untyped-def]
    audit = sub.add_parser("audit", help="denetim izi (hash zinciri)")
    asub = audit.add_subparsers(dest="audit_command", metavar="İŞLEM", required=True)
    verify = asub.add_parser("verify", help="hash zincirini baştan sona doğrula: 'OK N entries' ya da ilk bozuk kayıt")
    verify.set_defaults(handler=_audit_verify)
    cp = asub.add_parser("checkpoint", help="zincirin başını (kayıt sayısı + son özet) veritabanı dışındaki anahtarla "
                                            "imzala; veritabanına ve veri klasörüne yaz (sunucuda günde bir, cron)")
    cp.set_defaults(handler=_audit_checkpoint)

    bk = sub.add_parser("backup", help="tutarlı çevrim içi yedek al (manifest: tablo başına kayıt sayısı, SHA-256)")
    bk.add_argument("dir", metavar="KLASÖR")
    _as(bk)
    bk.set_defaults(handler=_backup)

    rt = sub.add_parser("restore-test", help="yedeği deneme veritabanına geri yükle, karşılaştır, tutanak yaz")
    rt.add_argument("backup", metavar="YEDEK", help="yedek klasörü, manifest.json ya da yedek dosyası")
    rt.add_argument("--scratch", metavar="KLASÖR", help="deneme klasörü (varsayılan: yedeğin yanında)")
    rt.add_argument("--report", metavar="PDF", help="tutanağın yolu (varsayılan: deneme klasöründe)")
    rt.add_argument("--unit", default="Sağlık Hizmetleri Genel Müdürlüğü", help="tutanak başlığındaki birim")
    rt.add_argument("--receiver-name", default="", help="tutanağı imzalayacak hizmet alan temsilcisinin adı soyadı")
    rt.add_argument("--receiver-title", default="", help="hizmet alan temsilcisinin unvanı")
    rt.add_argument("--receiver-org", default="", help="hizmet alan temsilcisinin kurumu")
    _as(rt)
    rt.set_defaults(handler=_restore_test)

    bl = sub.add_parser("backups", help="alınan yedekler ve başka yere kopyaları (SBYS md. 15)")
    _as(bl)
    bl.set_defaults(handler=_backups)

    oc = sub.add_parser("offsite-copy", help="bir yedeğin başka bir fiziksel yere kopyalandığını kaydet (SBYS md. 15)")
    oc.add_argument("backup", metavar="YEDEK", help="yedeğin klasör adı (ush-izin-YYYYAAGG-SSDDss)")
    oc.add_argument("--location", required=True, metavar="YER", help="kopyanın bulunduğu yer (bina, kasa, sunucu)")
    oc.add_argument("--date", metavar="YYYY-AA-GG", help="kopyalama tarihi (varsayılan: bugün)")
    oc.add_argument("--note", default="", help="açıklama")
    _as(oc)
    oc.set_defaults(handler=_offsite_copy)

    ex = sub.add_parser("export", help="tüm verileri açık biçimde dışa aktar (docs/export-format.md)")
    ex.add_argument("dir", metavar="KLASÖR")
    ex.add_argument("--format", choices=("json", "csv"), default="json")
    _as(ex)
    ex.set_defaults(handler=_export)

    user = sub.add_parser("user", help="kullanıcı hesapları")
    usub = user.add_subparsers(dest="user_command", metavar="İŞLEM", required=True)
    add = usub.add_parser("add", help="yeni kullanıcı (geçici parola yazılır, ilk girişte değiştirilir)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="ad soyad")
    add.add_argument("--role", required=True, help="ism_officer, ism_manager, shgm_reviewer, shgm_approver, "
                                                   "kts_officer, admin, auditor")
    add.add_argument("--province", type=int, default=None, help="İSM rolleri için il plaka kodu")
    add.add_argument("--title", default="")
    lst = usub.add_parser("list", help="kullanıcıları listele")
    unl = usub.add_parser("unlock", help="hatalı girişlerle kilitlenen hesabı aç")
    unl.add_argument("username")
    rp = usub.add_parser("reset-password", help="geçici parola ver (ilk girişte değiştirilir)")
    rp.add_argument("username")
    for p in (add, lst, unl, rp):
        _as(p)
    user.set_defaults(handler=_user)


def _as(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="as_user", metavar="KULLANICI",
                   help="işlemi yapan hesap (SQLite; paylaşılan sunucuda bağlanan hesap kullanılır)")
    p.add_argument("--password-stdin", action="store_true",
                   help="parolayı sormak yerine standart girdiden bir satır olarak oku")


def _open(args: argparse.Namespace, read_only: bool = False):  # type: ignore[no-untyped-def]
    """The command's database; never created here (a mistyped path is refused), and with `read_only` not
    upgraded or written either."""
    from app.cli.main import open_for

    return open_for(args, read_only=read_only).ctx


def _password(args: argparse.Namespace, prompt: str) -> str:
    """The password of the command's account: one line of standard input with --password-stdin, else asked on
    the terminal (never an argument: it would show in the process list and the shell's history)."""
    if getattr(args, "password_stdin", False):
        if getattr(args, "_stdin_password", None) is None:
            args._stdin_password = sys.stdin.readline().rstrip("\r\n")
        return args._stdin_password
    if not sys.stdin.isatty():
        from app.workflows.common.errors import ValidationFailed

        raise ValidationFailed({"password": "Parola gerekli: terminalde sorulur ya da --password-stdin ile "
                                            "standart girdiden okunur."})
    import getpass

    return getpass.getpass(prompt)


def _acting_ctx(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Open the database and authenticate the account the command acts as; the context acts as it."""
    from app.cli.main import target_from_args
    from app.storage import secrets
    from app.workflows.admin import users
    from app.workflows.admin.bootstrap import open_database

    target = target_from_args(args)
    db_password = None
    if target.is_postgres and target.url.password is None and secrets.get_secret(target.password_key) is None:
        db_password = _password(args, f"{target.url.username or ''}@{target.location} parolası: ")
    ctx = open_database(target=target, password=db_password, create=False).ctx
    try:
        name = getattr(args, "as_user", None)
        app_password = None
        if not users.server_authenticates(ctx):
            if not name:
                users.command_actor(ctx, None, None)        # the Turkish "--as KULLANICI" message
            app_password = _password(args, f"{name} parolası: ") if db_password is None else db_password
        actor = users.command_actor(ctx, name, app_password)
    except BaseException:
        ctx.engine.dispose()
        raise
    return ctx.as_user(actor)


def _audit_verify(args: argparse.Namespace) -> int:
    from app.workflows.admin.audit_view import verify

    ctx = _open(args, read_only=True)
    try:
        report = verify(ctx)
    finally:
        ctx.engine.dispose()
    print(report.text)
    for note in report.notes:
        print(f"NOTE: {note}", file=sys.stderr)
    return 0 if report.ok else 1


def _audit_checkpoint(args: argparse.Namespace) -> int:
    from app.workflows.admin.audit_anchor import CheckpointRefused, make_checkpoint

    ctx = _open(args)
    try:
        cp = make_checkpoint(ctx, "command")
    except CheckpointRefused as exc:
        print(f"HATA: {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.engine.dispose()
    d = cp.data
    print(f"Kontrol noktası imzalandı: {d['entries']} kayıt, son özet {d['head_hash'][:16]}…, "
          f"anahtar {cp.key_fingerprint[:16]}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from app.workflows.admin.backup import backup, restore_test_overdue

    ctx = _acting_ctx(args)
    try:
        res = backup(ctx, args.dir)
        print(f"Yedek alındı: {res.file}")
        print(f"Manifest: {res.folder / 'manifest.json'} ({len(res.manifest['tables'])} tablo, "
              f"{res.total_records} kayıt, SHA-256 {res.manifest['file_sha256']})")
        if restore_test_overdue(ctx):
            print("UYARI: Son başarılı geri dönüş testi 6 aydan eski (ya da hiç yapılmamış); "
                  "'ush-izin restore-test' ile deneyin.", file=sys.stderr)
        print("Yedeği başka bir fiziksel yere kopyalayınca 'ush-izin offsite-copy' ile kaydedin (SBYS md. 15).")
    finally:
        ctx.engine.dispose()
    return 0


def _backups(args: argparse.Namespace) -> int:
    from app.workflows.admin.backup_schedule import backups, reminders
    from app.workflows.common.clock import local_date

    ctx = _acting_ctx(args)
    try:
        found, due = backups(ctx), reminders(ctx)
    finally:
        ctx.engine.dispose()
    for b in found:
        copies = "; ".join(f"{c.copied_on:%d.%m.%Y} {c.location}" for c in b.offsite) or "başka yerde kopyası yok"
        print(f"{b.name}  {local_date(b.at):%d.%m.%Y}  {b.records} kayıt  {b.by}  ({copies})")
    if not found:
        print("Kayıtlı yedek yok.")
    for text in (due.backup, due.offsite):
        if text:
            print(f"UYARI: {text}", file=sys.stderr)
    return 0


def _offsite_copy(args: argparse.Namespace) -> int:
    import datetime as dt

    from app.workflows.admin.backup_schedule import record_offsite_copy

    try:
        day = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        print(f"Hata: geçersiz tarih: {args.date} (YYYY-AA-GG bekleniyor).", file=sys.stderr)
        return 2
    ctx = _acting_ctx(args)
    try:
        copy = record_offsite_copy(ctx, args.backup, args.location, day or ctx.clock.today(), args.note)
    finally:
        ctx.engine.dispose()
    print(f"Başka yerdeki kopya kaydedildi: {copy.backup} → {copy.location} ({copy.copied_on:%d.%m.%Y}).")
    return 0


def _restore_test(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.documents.restore_report import Signatory
    from app.workflows.admin.backup import find_backup, restore_test, summary

    ctx = _acting_ctx(args)
    try:
        file, _ = find_backup(args.backup)
        scratch = Path(args.scratch) if args.scratch else file.parent / "geri-donus-testi"
        receiver = Signatory("Hizmet alan temsilcisi", args.receiver_name, args.receiver_title, args.receiver_org)
        res = restore_test(ctx, args.backup, scratch, args.report, unit=args.unit, receiver=receiver)
    finally:
        ctx.engine.dispose()
    for line in summary(res):
        print(line)
    print(f"Tutanak: {res.report}")
    return 0 if res.ok else 1


def _export(args: argparse.Namespace) -> int:
    from app.workflows.admin.export import export

    ctx = _acting_ctx(args)
    try:
        res = export(ctx, args.dir, args.format)
    finally:
        ctx.engine.dispose()
    print(f"Dışa aktarıldı: {res.folder}")
    for table, n in res.counts.items():
        print(f"  {table}: {n}")
    print(f"Toplam: {sum(res.counts.values())} kayıt, {len(res.counts)} tablo")
    return 0


def _user(args: argparse.Namespace) -> int:
    from app.workflows.admin import users
    from app.workflows.common.vocabulary import Role

    ctx = _acting_ctx(args)
    try:
        cmd = args.user_command
        if cmd == "add":
            try:
                role = Role(args.role)
            except ValueError:
                print(f"HATA: bilinmeyen rol {args.role!r}", file=sys.stderr)
                return 2
            info, temp = users.create_user(ctx, args.username, args.name, role, args.province, args.title)
            print(f"Kullanıcı eklendi: {info.username} ({info.role.label}{', ' + info.province_name if info.province_name else ''})")
            print(f"Geçici parola: {temp}  (ilk girişte değiştirilmesi gerekir)")
        elif cmd == "list":
            now = ctx.clock.now()
            for u in users.list_users(ctx):
                flags = [f for f, on in (("kapalı", not u.active), ("kilitli", u.locked(now)),
                                         ("parola değişmeli", u.must_change_password)) if on]
                prov = u.province_name or "-"
                print(f"{u.username}\t{u.full_name}\t{u.role.label}\t{prov}\t{', '.join(flags)}")
        elif cmd == "unlock":
            users.unlock(ctx, users.find_user_id(ctx, args.username))
            print(f"Hesabın kilidi açıldı: {args.username}")
        elif cmd == "reset-password":
            temp = users.reset_password(ctx, users.find_user_id(ctx, args.username))
            print(f"Geçici parola: {temp}  (ilk girişte değiştirilmesi gerekir)")
    finally:
        ctx.engine.dispose()
    return 0
