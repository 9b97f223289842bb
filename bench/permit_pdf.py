"""Permit PDF: one signed permit (render + PAdES sign with the demo certificate) and 1,000 in a batch
(render + sign only, no database), against a bare reportlab one-page PDF in the same run. Also issue_permit
through the service on a scratch SQLite database (render + sign + DB write + audit), for reference.

Target: < 150 ms a signed permit.

    .venv/bin/python bench/permit_pdf.py [--quick] [--profile]

--quick: a batch of 50. --profile: pyinstrument over 50 render+sign (/tmp/ush-permit-profile.txt).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common as C  # noqa: E402

HOME = C.isolate_user_folders()

QUICK = C.quick()
BATCH = 50 if QUICK else 1000
ISSUES = 5 if QUICK else 30
REPEATS = 7 if QUICK else 21


def bare_page() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 770, "USH FAALIYET IZIN BELGESI")
    c.setFont("Helvetica", 10)
    for i in range(30):
        c.drawString(72, 740 - 14 * i, f"Line {i}: the quick brown fox jumps over the lazy dog")
    c.showPage()
    c.save()
    return buf.getvalue()


def data(i: int, demo: bool, subject: str):  # type: ignore[no-untyped-def]
    from app.documents.permit import PermitData

    return PermitData(
        number=f"06-2026-{i:05d}", revision_no=1, issued_on=dt.date(2026, 3, 12), first_issued_on=dt.date(2026, 3, 12),
        verification_code="K7QX-3MZD-PA2W-HN5T", facility_name=f"Özel Işıklı Göğüs Tıp Merkezi {i}",
        facility_type="Özel", ckys_code=f"35-{i:04d}", province="İzmir", district="Karşıyaka",
        address="Bostanlı Mah. Cemal Gürsel Cad. No: 12", tax_no="1234567890", mersis_no="0123456789000015",
        manager_name="Dr. Ayşe Çınar", main_licence_no="35-ÖZ-1234",
        areas=[("Muayene", ""), ("Konsültasyon", "Kardiyoloji"), ("Tele-izlem", "Göğüs Hastalıkları")],
        ckys_reference="CKYS-2026-1", application_number="35-2026-00042", signer_name="Dr. Gülşen Işıkçı",
        signer_title="Genel Müdür a.", certificate_subject=subject, demo=demo)


def signed_permit(i: int, identity) -> bytes:  # type: ignore[no-untyped-def]
    from app.documents.permit import render_permit
    from app.workflows.common import signing

    return signing.sign_pdf(render_permit(data(i, identity.demo, identity.subject)), identity,
                            reason=f"USH Faaliyet İzin Belgesi 06-2026-{i:05d} rev. 1")


def with_db() -> tuple[float, float]:
    """issue_permit (ex officio path) on a scratch SQLite database: median and p95 per permit."""
    import tempfile

    from app.models import Facility, User
    from app.textfold import fold
    from app.workflows.common.clock import FixedClock
    from app.workflows.common.context import Actor, AppContext
    from app.workflows.common.vocabulary import Role
    from app.workflows.shgm import decisions as shgm
    from app.workflows.shgm import permits

    db = Path(tempfile.mkdtemp(prefix="ush-bench-permit-")) / "p.db"
    ctx = C.open_ctx(f"sqlite:///{db}")
    with ctx.write() as s:
        u = User(username="shgm.onay", full_name="Dr. Gülşen Işıkçı", role=Role.SHGM_APPROVER.value)
        s.add(u)
        s.flush()
        actor = Actor(u.id, u.username, u.full_name, Role.SHGM_APPROVER, None)
        fids = []
        for i in range(ISSUES):
            name = f"Ankara {i + 1}. Ağız ve Diş Sağlığı Merkezi"
            f = Facility(ckys_code=f"06-{9100 + i}", name=name, name_fold=fold(name), type_code="bakanliga_bagli",
                         province_id=6, district="Çankaya", address="Üniversiteler Mah. No: 9", tax_no="9990001112")
            s.add(f)
            s.flush()
            fids.append(f.id)
    desk = AppContext(ctx.engine, ctx.target, actor, FixedClock.on(dt.date(2026, 3, 12), hour=10))
    decisions = []
    for i, fid in enumerate(fids):
        did = shgm.start_ex_officio(desk, fid, [("MUAYENE", None)], "Bakanlık programı")
        shgm.mark_ckys_recorded(desk, did, f"CKYS-{i}")
        decisions.append(did)
    times = []
    for did in decisions:
        t = time.perf_counter()
        permits.issue_permit(desk, did)
        times.append(time.perf_counter() - t)
    ctx.engine.dispose()
    return C.median(times[1:]), C.pct(times[1:], 95)


def main() -> None:
    t = time.perf_counter()
    from app.workflows.common import signing

    identity = signing.load_identity()      # makes the demo certificate on first use (not timed below)
    t_first = time.perf_counter()
    signed_permit(0, identity)
    first = time.perf_counter() - t_first
    print(f"first signed permit in this process (imports pyhanko, registers fonts): {first * 1000:.0f} ms "
          f"(+ load_identity {(t_first - t) * 1000:.0f} ms)")

    bare = C.median(C.timed(bare_page, REPEATS, warmup=2))
    one = C.median(C.timed(lambda: signed_permit(1, identity), REPEATS, warmup=2))
    from app.documents.permit import render_permit
    render = C.median(C.timed(lambda: render_permit(data(1, identity.demo, identity.subject)), REPEATS))
    pdf = render_permit(data(1, identity.demo, identity.subject))
    sign = C.median(C.timed(lambda: signing.sign_pdf(pdf, identity, reason="x"), REPEATS))
    print(f"bare reportlab page: {C.ms(bare)}")
    print(f"one signed permit: {C.ms(one)} (render {C.ms(render)}, sign {C.ms(sign)}), ratio to bare "
          f"{one / bare:.1f}x, target < 150 ms: {'MET' if one < 0.15 else 'MISSED'}", flush=True)

    t = time.perf_counter()
    for i in range(BATCH):
        signed_permit(i, identity)
    batch = time.perf_counter() - t
    per = batch / BATCH
    print(f"batch of {BATCH} (render + sign, no DB, one process): {batch:.1f} s, {C.ms(per)} a permit, "
          f"ratio to bare {per / bare:.1f}x, target < 150 ms: {'MET' if per < 0.15 else 'MISSED'}", flush=True)

    db_med, db_p95 = with_db()
    print(f"issue_permit through the service, SQLite ({ISSUES} permits): median {C.ms(db_med)}, p95 {C.ms(db_p95)}")

    rows = [
        {"name": "One signed permit (render + PAdES sign, demo cert, warm)", "value": C.ms(one),
         "floor": f"bare reportlab page {C.ms(bare)}", "ratio": f"{one / bare:.1f}x", "target": "< 150 ms",
         "met": "yes" if one < 0.15 else "NO"},
        {"name": f"Batch of {BATCH} signed permits (render + sign, no DB)", "value": f"{batch:.1f} s = {C.ms(per)} each",
         "floor": f"bare reportlab page {C.ms(bare)}", "ratio": f"{per / bare:.1f}x", "target": "< 150 ms each",
         "met": "yes" if per < 0.15 else "NO"},
        {"name": "issue_permit via the service (SQLite, DB + audit + PDF + sign)", "value": C.ms(db_med),
         "floor": f"bare reportlab page {C.ms(bare)}", "ratio": f"{db_med / bare:.1f}x", "target": "(reference)",
         "met": "-"},
    ]
    C.record("permit_pdf", rows, {"first_in_process_ms": round(first * 1000), "render_ms": round(render * 1000, 1),
                                  "sign_ms": round(sign * 1000, 1), "issue_p95_ms": round(db_p95 * 1000, 1)})
    if "--profile" in sys.argv:
        from pyinstrument import Profiler

        p = Profiler()
        p.start()
        for i in range(50):
            signed_permit(i, identity)
        p.stop()
        text = p.output_text()
        Path("/tmp/ush-permit-profile.txt").write_text(text)
        print("\n".join(text.splitlines()[:70]))


if __name__ == "__main__":
    main()
