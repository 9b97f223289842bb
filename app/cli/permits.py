"""`ush-izin verify FILE.pdf` and `ush-izin verify --code CODE`.

Prints one line that starts with VALID, INVALID or DEMO and then the reason (Turkish); exit 0 valid, 1 invalid
(also a demo-signed document outside a demo database), 2 when the check could not run (no database, unreadable
file, bad usage), 3 for a demo document that checks out in a demo database (not a genuine permit).
"""

from __future__ import annotations

import argparse
import sys


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    v = sub.add_parser("verify", help="izin belgesini doğrula (PDF dosyası ya da doğrulama kodu)",
                       description="Bir USH faaliyet izin belgesini doğrular: imza, içerik ve iznin durumu "
                                   "(iptal, askı, yenilenme).")
    v.add_argument("file", nargs="?", metavar="DOSYA.pdf", help="doğrulanacak PDF dosyası")
    v.add_argument("--code", metavar="KOD", help="belgedeki doğrulama kodu (ör. ABCD-EFGH-JKLM-NPQR)")
    v.set_defaults(handler=verify)


def verify(args: argparse.Namespace) -> int:
    from app.cli.main import open_for

    if bool(args.file) == bool(args.code):
        print("HATA: bir PDF dosyası ya da --code KOD verin (ikisinden yalnızca biri).", file=sys.stderr)
        return 2
    data = b""
    if args.file:
        try:
            with open(args.file, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            print(f"HATA: dosya okunamadı ({args.file}): {exc.strerror}", file=sys.stderr)
            return 2
    from app.workflows.shgm import verification

    ctx = open_for(args).ctx
    try:
        result = (verification.verify_file(ctx, data, source="cli") if args.file
                  else verification.verify_code(ctx, args.code, source="cli"))
    finally:
        ctx.engine.dispose()
    print(result.line)
    if result.valid and result.demo:
        return 3            # a demo document in a demo database: never the "genuine" exit code
    return 0 if result.valid else 1
