"""`ush-izin can-serve` and `ush-izin kts evaluate|verify`: the professional checks and the KTS list rules.

Added to the command line through app.cli.main.EXTRA_COMMANDS; heavy imports stay inside the handlers.
"""

from __future__ import annotations

import argparse
import datetime as dt


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geçersiz tarih: {value!r} (beklenen biçim YYYY-AA-GG)") from None


def add_parsers(sub) -> None:  # type: ignore[no-untyped-def]
    cs = sub.add_parser("can-serve", help="sağlık meslek mensubu bu tesiste bu alanda uzaktan hizmet verebilir mi")
    cs.add_argument("--tckn", required=True, metavar="T", help="TC kimlik numarası")
    cs.add_argument("--facility", required=True, metavar="ID|ÇKYS", help="tesisin numarası ya da ÇKYS kodu")
    cs.add_argument("--area", required=True, metavar="KOD", help="USH alan kodu (ör. MUAYENE)")
    cs.add_argument("--date", type=_date, default=None, metavar="YYYY-AA-GG", help="tarih (varsayılan: bugün)")
    cs.set_defaults(handler=_can_serve)

    kts = sub.add_parser("kts", help="KTS: USBS üreticilerinin listeleri ve KTS Yetki Belgesi")
    ksub = kts.add_subparsers(dest="kts_command", metavar="İŞLEM", required=True)
    ev = ksub.add_parser("evaluate", help="SBYS Yönetmeliği liste kurallarını uygula (pasif / silme)")
    ev.add_argument("--date", type=_date, default=None, metavar="YYYY-AA-GG", help="tarih (varsayılan: bugün)")
    ev.add_argument("--dry-run", action="store_true", help="yalnızca göster, kaydetme")
    ev.set_defaults(handler=_evaluate)
    vf = ksub.add_parser("verify", help="KTS Yetki Belgesini doğrulama koduyla doğrula")
    vf.add_argument("code", metavar="KOD")
    vf.add_argument("--date", type=_date, default=None, metavar="YYYY-AA-GG")
    vf.set_defaults(handler=_verify)
    _access_code_parsers(ksub)
    _competence_parsers(ksub)
    _delete_parser(ksub)


# The grounds an officer deletes on (SBYS art. 8/2, 8/3), as typed on the command line.
DELETE_GROUNDS = {"8/2": "false_info", "8/3": "breach_16_17"}


def _delete_parser(ksub) -> None:  # type: ignore[no-untyped-def]
    from app.cli.admin import _as

    dl = ksub.add_parser("delete", help="üreticiyi KTS'den sil: md. 8/2 (gerçeğe aykırı belge, erişim kodunun "
                                        "paylaşılması; bir yıl yeni başvuru yok) ya da md. 8/3 (md. 16-17 aykırılığı)")
    dl.add_argument("--vendor-tax", required=True, metavar="VKN", help="üreticinin vergi kimlik numarası")
    dl.add_argument("--ground", required=True, choices=tuple(DELETE_GROUNDS), help="SBYS Yönetmeliği md. 8 fıkrası")
    dl.add_argument("--reason", required=True, metavar="GEREKÇE", help="silme gerekçesi")
    dl.add_argument("--date", type=_date, default=None, metavar="YYYY-AA-GG", help="silme tarihi (varsayılan: bugün)")
    _as(dl)
    dl.set_defaults(handler=_delete)


def _competence_parsers(ksub) -> None:  # type: ignore[no-untyped-def]
    pl = ksub.add_parser("plan", help="yıllık teknik değerlendirme planı önerisi (SBYS md. 20; kaydetmez)")
    pl.add_argument("--year", type=int, required=True, metavar="YIL")
    pl.add_argument("--vendor-tax", default=None, metavar="VKN", help="yalnızca bu üretici")
    pl.add_argument("--date", type=_date, default=None, metavar="YYYY-AA-GG",
                    help="değerlendirme tarihi (varsayılan: yıl içinde bugün ya da yılın ilk/son günü)")
    pl.set_defaults(handler=_plan)
    sc = ksub.add_parser("scores", help="Genel Yetkinlik Puanı listesi (SBYS md. 20)")
    sc.add_argument("--year", type=int, required=True, metavar="YIL")
    sc.add_argument("--format", choices=("csv", "json"), default="csv")
    sc.set_defaults(handler=_scores)
    from app.cli.admin import _as

    wt = ksub.add_parser("weights", help="Genel Yetkinlik Puanı ağırlıkları ve açık kaynak artışı (yönetici; "
                                         "değer verilmezse gösterir)")
    wt.add_argument("--technical", type=int, default=None, metavar="N", help="Teknik Değerlendirme Puanının ağırlığı")
    wt.add_argument("--personnel", type=int, default=None, metavar="N", help="Personel Kapasite Puanının ağırlığı")
    wt.add_argument("--raise", dest="raise_percent", type=int, default=None, metavar="YÜZDE",
                    help="açık kaynak veri tabanı / işletim sistemi için artış (md. 20/5-6; her biri)")
    _as(wt)
    wt.set_defaults(handler=_weights)
    kf = ksub.add_parser("keep-facilities", help="aktif listeden çıkan üretici önceden hizmet verdiği USH "
                                                 "tesislerine devam edebilir mi (karar 73; yönetici; değer "
                                                 "verilmezse gösterir)")
    kf.add_argument("value", nargs="?", choices=("evet", "hayir"), default=None, metavar="evet|hayir")
    _as(kf)
    kf.set_defaults(handler=_keep_facilities)


def _access_code_parsers(ksub) -> None:  # type: ignore[no-untyped-def]
    from app.cli.admin import _as

    ac = ksub.add_parser("access-code", help="USBS üreticisinin yazılım erişim kodu (SBYS md. 6/4, 8/4)")
    asub = ac.add_subparsers(dest="access_code_command", metavar="İŞLEM", required=True)
    helps = {"issue": "yeni erişim kodu ver (yalnızca bir kez gösterilir; son satırda tek başına)",
             "rotate": "erişim kodunu yenile (eski kod hemen kapanır; yeni kod son satırda)",
             "revoke": "erişim kodunu bugünden itibaren kapat"}
    for name, text in helps.items():
        p = asub.add_parser(name, help=text)
        p.add_argument("--vendor-tax", required=True, metavar="VKN", help="üreticinin vergi kimlik numarası")
        if name == "revoke":
            p.add_argument("--reason", required=True, metavar="GEREKÇE", help="kapatma gerekçesi")
        _as(p)
        p.set_defaults(handler=_access_code)
    r = asub.add_parser("rate", help="hizmet sorgusu sınırı: erişim kodu başına saniyede en çok sorgu (yönetici)")
    r.add_argument("per_second", type=float, metavar="SAYI", help="saniyede sorgu (0: sınırsız; varsayılan 10)")
    _as(r)
    r.set_defaults(handler=_query_rate)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The database, acting as the system, as the desks' start-up does for the list rules (these commands are the
    regulation's automatic rules and checks, nobody's decision): no account is named without its password
    (issue 13). On a server-initialised PostgreSQL database the server records the connected login."""
    from app.cli.main import open_for

    return open_for(args).ctx


def _can_serve(args: argparse.Namespace) -> int:
    from app.workflows.common.checks import can_serve

    ctx = _open(args)
    day = args.date or ctx.clock.today()
    facility: int | str = args.facility
    with ctx.read() as s:
        ok, reasons = can_serve(s, args.tckn, facility, args.area, day)
    print(f"{'UYGUN' if ok else 'UYGUN DEĞİL'} ({day.strftime('%d.%m.%Y')})")
    for reason in reasons:
        print(f"- {reason}")
    ctx.engine.dispose()
    return 0 if ok else 1


def _evaluate(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.models import Vendor
    from app.workflows.kts import registry as kts

    ctx = _open(args)
    day = args.date or ctx.clock.today()
    if args.dry_run:
        with ctx.read() as s:
            rows = [(v.name, a) for v in s.scalars(select(Vendor).order_by(Vendor.id))
                    for a in kts.evaluate(s, v.id, day)]
    else:
        rows = [(a.vendor_name, a.action) for a in kts.apply_evaluation(ctx, day)]
    labels = {"passive": "PASİF", "deleted": "SİLİNDİ", "close_access_code": "ERİŞİM KODU KAPANIŞI"}
    print(f"KTS kuralları {day.strftime('%d.%m.%Y')}: {len(rows)} işlem"
          + (" (kaydedilmedi)" if args.dry_run else ""))
    for name, action in rows:
        print(f"{labels.get(action.kind, action.kind)}\t{action.on.strftime('%d.%m.%Y')}\t{name}\t"
              f"{action.reason} ({action.legal_basis})")
    ctx.engine.dispose()
    return 0


def _verify(args: argparse.Namespace) -> int:
    from app.workflows.kts import registry as kts

    ctx = _open(args)
    ok, reason = kts.verify_certificate(ctx, args.code, args.date, source="cli")
    print(("GEÇERLİ" if ok else "GEÇERSİZ") + f": {reason}")
    ctx.engine.dispose()
    return 0 if ok else 1


def _access_code(args: argparse.Namespace) -> int:
    """Acts as an authenticated KTS officer (--as and its password, or the connecting login on a
    server-initialised database). The new code is printed alone on the last line, for scripts; it is never shown
    again."""
    from app.cli.admin import _acting_ctx
    from app.workflows.kts import access_codes

    ctx = _acting_ctx(args)
    try:
        vendor_id = access_codes.vendor_by_tax_no(ctx, args.vendor_tax)
        if args.access_code_command == "revoke":
            access_codes.revoke(ctx, vendor_id, args.reason)
            print(f"Erişim kodu {ctx.clock.today().strftime('%d.%m.%Y')} tarihinden itibaren kapatıldı.")
            return 0
        fn = access_codes.issue if args.access_code_command == "issue" else access_codes.rotate
        issued = fn(ctx, vendor_id)
    finally:
        ctx.engine.dispose()
    print(f"{issued.vendor_name} (VKN {issued.tax_no}) için yazılım erişim kodu "
          f"{issued.issued_on.strftime('%d.%m.%Y')} tarihinde verildi.")
    print("Kod yalnızca şimdi gösterilir; yalnızca özeti saklanır. Firma yetkilisine güvenli yoldan iletin.")
    print(issued.code)
    return 0


def _delete(args: argparse.Namespace) -> int:
    """A deletion is an officer's decision: acts as an authenticated account (--as and its password, or the
    connecting login on a server-initialised database)."""
    from app.cli.admin import _acting_ctx
    from app.workflows.kts import access_codes
    from app.workflows.kts import registry as kts
    from app.workflows.kts.legal import GROUND_BASIS, DeletionGround, reapply_not_before

    ctx = _acting_ctx(args)
    ground = DeletionGround(DELETE_GROUNDS[args.ground])
    try:
        day = args.date or ctx.clock.today()
        vendor_id = access_codes.vendor_by_tax_no(ctx, args.vendor_tax)
        kts.delete_vendor(ctx, vendor_id, day, ground, args.reason)
    finally:
        ctx.engine.dispose()
    ban = reapply_not_before(ground, day)
    print(f"VKN {args.vendor_tax} {day.strftime('%d.%m.%Y')} tarihinde KTS'den silindi ({GROUND_BASIS[ground]}).")
    print(f"Yeni başvurusu {ban.strftime('%d.%m.%Y')} tarihine kadar kabul edilmez." if ban else
          "Yeni başvuru yasağı yok.")
    return 0


def _plan(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.models import Vendor
    from app.workflows.common.vendors import status_on
    from app.workflows.common.vocabulary import VendorStatus
    from app.workflows.kts import competence
    from app.workflows.kts.evaluation_plan import PlanImpossible

    ctx = _open(args)
    today = ctx.clock.today()
    day = args.date or min(max(today, dt.date(args.year, 1, 1)), dt.date(args.year, 12, 31))
    if day.year != args.year:
        print(f"Hata: değerlendirme tarihi {args.year} yılı içinde olmalı.")
        return 2
    with ctx.read() as s:
        q = select(Vendor).order_by(Vendor.name_fold)
        if args.vendor_tax:
            q = q.where(Vendor.tax_no == args.vendor_tax.strip())
        vendors = [v for v in s.scalars(q) if status_on(s, v.id, day) == VendorStatus.ACTIVE]
        products = [(v.name, v.tax_no, p.id, f"{p.name} {p.product_version}") for v in vendors for p in v.products]
    if args.vendor_tax and not vendors:
        print(f"Hata: {args.vendor_tax} vergi numaralı, {day.strftime('%d.%m.%Y')} tarihinde aktif listede bir "
              f"üretici yok.")
        ctx.engine.dispose()
        return 1
    print(f"Teknik değerlendirme planı {args.year} (değerlendirme günü {day.strftime('%d.%m.%Y')}; SBYS md. 20)")
    impossible = 0
    for name, tax_no, product_id, product in products:
        print(f"\n{name} (VKN {tax_no}) - {product}")
        try:
            for r in competence.propose(ctx, product_id, day):
                print(f"  {r.facility_name}\til {r.province_id:02d}\thizmet başlangıcı "
                      f"{r.serving_since.strftime('%d.%m.%Y')}\tdeğerlendirici {r.evaluator_name} "
                      f"(il {r.evaluator_province_id:02d})")
        except PlanImpossible as exc:
            impossible += 1
            for reason in exc.reasons:
                print(f"  PLANLANAMADI: {reason}")
    ctx.engine.dispose()
    return 1 if impossible else 0


def _scores(args: argparse.Namespace) -> int:
    import csv
    import sys

    from app.workflows.kts import competence

    ctx = _open(args)
    rows = competence.scores(ctx, args.year)
    ctx.engine.dispose()
    if args.format == "json":
        print(competence.scores_json(args.year, rows))
        return 0
    w = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    w.writerow(competence.HEADERS)
    for r in rows:
        w.writerow(["" if v is None else v for v in competence.cells(r)])
    return 0


def _keep_facilities(args: argparse.Namespace) -> int:
    """Shows the setting of decision 73; with a value, sets it as the authenticated administrator (audited)."""
    from app.workflows.common import system_settings

    if args.value is None:
        ctx = _open(args)
        try:
            keep = system_settings.read_producer_keeps_facilities(ctx)
        finally:
            ctx.engine.dispose()
    else:
        from app.cli.admin import _acting_ctx

        ctx = _acting_ctx(args)
        keep = args.value == "evet"
        try:
            system_settings.change_producer_keeps_facilities(ctx, keep)
        finally:
            ctx.engine.dispose()
    print("Aktif listeden çıkan (pasif ya da erişim kodu açıkken silinen) üretici, önceden hizmet verdiği USH "
          + ("tesislerine devam edebilir; yeni tesise hizmet veremez." if keep else
             "tesislerine de hizmet veremez (yalnızca aktif listedeki üreticiler)."))
    return 0


def _query_rate(args: argparse.Namespace) -> int:
    from app.cli.admin import _acting_ctx
    from app.workflows.kts import access_codes

    ctx = _acting_ctx(args)
    try:
        access_codes.set_query_rate(ctx, args.per_second)
    finally:
        ctx.engine.dispose()
    print(f"Hizmet sorgusu sınırı: erişim kodu başına saniyede {args.per_second:g} sorgu "
          "(çalışan hizmetler yarım dakika içinde uygular).")
    return 0


def _weights(args: argparse.Namespace) -> int:
    """Shows the weights; with any value, sets them as the authenticated administrator (audited)."""
    from app.workflows.kts import competence
    from app.workflows.kts.scores import Weights

    changing = any(v is not None for v in (args.technical, args.personnel, args.raise_percent))
    if changing:
        from app.cli.admin import _acting_ctx

        ctx = _acting_ctx(args)
    else:
        ctx = _open(args)
    try:
        now = competence.current_weights(ctx)
        if changing:
            now = Weights(args.technical if args.technical is not None else now.technical,
                          args.personnel if args.personnel is not None else now.personnel,
                          args.raise_percent if args.raise_percent is not None else now.open_source_raise)
            competence.set_weights(ctx, now)
    finally:
        ctx.engine.dispose()
    print(f"Genel Yetkinlik Puanı = (Teknik × {now.technical} + Personel × {now.personnel}) / "
          f"{now.technical + now.personnel}; açık kaynak veri tabanı ve işletim sistemi için ayrı ayrı "
          f"%{now.open_source_raise} artış (toplanır), en çok 100.")
    return 0
