"""`ush-izin report monthly --province 34 --month 2026-10 [--format xlsx|csv] --out FILE`: the monthly İSM
report (docs/reports.md) written to a file and printed. Acts as an authenticated account like the other commands
that act as one (app.cli.admin: --as and its password, or the connecting login on a server-initialised
database); the export is recorded in the audit trail like one made on screen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parsers(sub) -> None:  # type: ignore[no-untyped-def]
    rep = sub.add_parser("report", help="raporlar")
    rsub = rep.add_subparsers(dest="report_command", metavar="RAPOR", required=True)
    m = rsub.add_parser("monthly", help="aylık İSM raporu (alınan, süresinde bildirilen, süresi geçen, iletilen, "
                                        "düzenlenen izin belgesi)")
    m.add_argument("--province", type=int, required=True, metavar="PLAKA", help="il plaka kodu, ör. 34")
    m.add_argument("--month", required=True, metavar="YYYY-AA", help="ay, ör. 2026-10")
    m.add_argument("--format", choices=("xlsx", "csv"), default=None,
                   help="dosya biçimi (varsayılan: dosya adının uzantısı, o da yoksa xlsx)")
    m.add_argument("--out", required=True, metavar="DOSYA", help="yazılacak dosya")
    from app.cli.admin import _as

    _as(m)
    m.set_defaults(handler=_monthly)


def _monthly(args: argparse.Namespace) -> int:
    from app.cli.admin import _acting_ctx
    from app.workflows.ism import reports

    out = Path(args.out)
    fmt = args.format or (out.suffix.lower().lstrip(".") if out.suffix.lower() in (".xlsx", ".csv") else "xlsx")
    if out.suffix.lower() != f".{fmt}":
        if out.suffix.lower() in (".xlsx", ".csv"):
            print(f"HATA: dosya adı ({out.name}) ile --format {fmt} uyuşmuyor.", file=sys.stderr)
            return 2
        out = out.with_name(out.name + f".{fmt}")
    year, month = reports.parse_month(args.month)
    ctx = _acting_ctx(args)
    try:
        report = reports.monthly_report(ctx, args.province, year, month)
        try:
            done = reports.export_report(ctx, report, out)
        except OSError as exc:
            print(f"HATA: dosya yazılamadı ({out}): {exc.strerror or exc}. Hiçbir şey değişmedi.", file=sys.stderr)
            return 2
    finally:
        ctx.engine.dispose()
    print(report.title)
    for label, value in report.rows():
        print(f"  {label}: {value}")
    print(f"Yazıldı: {done.path}")
    return 0
