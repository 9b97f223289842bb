"""The "Geri Dönüş Testi Tutanağı": the record of a backup restore test (SBYS regulation art. 15).

Art. 15 asks for a restore test at least every six months, written up in a tutanak that the service
receiver's representative also signs. Pure function: plain values in, PDF bytes out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table

from app.documents.common import (
    INK,
    RULE,
    SHADE,
    PageSetup,
    build_pdf,
    format_date_short,
    letterhead,
    para,
    spacer,
    styles,
    table_style,
    text_width,
)
from app.workflows.common.clock import TR
from app.workflows.common.table_labels import table_label

if TYPE_CHECKING:
    from app.workflows.admin.backup import TableCheck

DASH = "—"


@dataclass(frozen=True)
class Signatory:
    """One signing side of the tutanak; empty fields are left as lines to fill in by hand."""

    side: str                      # "Testi yapan" / "Hizmet alan temsilcisi"
    name: str = ""
    title: str = ""
    organisation: str = ""


@dataclass
class RestoreReportData:
    unit: str                      # "Sağlık Bakanlığı" or "İzmir İl Sağlık Müdürlüğü"
    tested_at: dt.datetime         # aware
    backup_file: str
    backup_created_at: str         # ISO (from the manifest)
    backup_sha256: str
    engine: str                    # SQLite / PostgreSQL
    schema_revision: str
    tested_by: str
    rows: Sequence[TableCheck]      # per-table comparison (app.workflows.admin.backup)
    file_hash_ok: bool
    result_label: str              # BAŞARILI / BAŞARISIZ
    problems: list[str] = field(default_factory=list)
    tester: Signatory | None = None        # the side that ran the test (the acting administrator)
    receiver: Signatory | None = None      # the service receiver's representative (art. 15: also signs)


def _when(moment: dt.datetime) -> str:
    local = moment.astimezone(TR)
    return f"{format_date_short(local.date())} {local.hour:02d}:{local.minute:02d}"


def _iso_when(text: str) -> str:
    try:
        return _when(dt.datetime.fromisoformat(text))
    except (TypeError, ValueError):
        return text or DASH


def render_restore_report(data: RestoreReportData) -> bytes:
    st = styles()
    setup = PageSetup(left=20 * mm, right=20 * mm, running_head=f"{data.unit} — Geri Dönüş Testi Tutanağı — "
                                                                 f"{_when(data.tested_at)}")
    width = text_width(setup)
    story = [*letterhead(data.unit), spacer(7),
             para("GERİ DÖNÜŞ TESTİ TUTANAĞI", st["title"]),
             para("Sağlık Bilgi Yönetim Sistemleri Yönetmeliği md. 15 — yedekten geri dönüş testi", st["subtitle"]),
             spacer(6), _info(data, width), spacer(5),
             para(f"Yedek, boş bir deneme veritabanına geri yüklenmiş; her tablonun kayıt sayısı ve kayıtlarının "
                  f"sıralı dökümü üzerinden hesaplanan SHA-256 özeti, yedek alınırken manifest dosyasına yazılan "
                  f"değerlerle karşılaştırılmıştır. Toplam {len(data.rows)} tablo denetlenmiştir.", st["body_flat"]),
             spacer(4), _table(data, width), spacer(5)]
    if data.problems:
        story += [para("Tespit edilen sorunlar:", st["label"])]
        story += [para(f"• {p}", st["left"]) for p in data.problems]
        story.append(spacer(4))
    story.append(KeepTogether([_result(data, width), spacer(8),
                               para("İşbu tutanak taraflarca imza altına alınmıştır.", st["left"]), spacer(6),
                               _signatures(data, width)]))
    return build_pdf(story, setup=setup, title="Geri Dönüş Testi Tutanağı",
                     subject=f"Yedek: {data.backup_file}", author=data.unit)


def _info(data: RestoreReportData, width: float) -> Table:
    st = styles()
    rows = [
        ("Test tarihi", _when(data.tested_at)),
        ("Yedek dosyası", data.backup_file),
        ("Yedeğin alındığı zaman", _iso_when(data.backup_created_at)),
        ("Yedek dosyası SHA-256", f"{data.backup_sha256} ({'doğrulandı' if data.file_hash_ok else 'UYUŞMUYOR'})"),
        ("Veritabanı / şema sürümü", f"{data.engine} / {data.schema_revision}"),
        ("Testi yapan", data.tested_by),
    ]
    body = [[para(k, st["cell_bold"]), para(v, st["cell"])] for k, v in rows]
    t = Table(body, colWidths=[48 * mm, width - 48 * mm], hAlign="LEFT")
    t.setStyle(table_style(("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    return t


def _num(n: int | None) -> str:
    return DASH if n is None else f"{n:,}".replace(",", ".")


def _table(data: RestoreReportData, width: float) -> Table:
    st = styles()
    widths = [10 * mm, 62 * mm, 28 * mm, 28 * mm]
    widths.append(width - sum(widths))
    body = [[para(h, st["cell_head"]) for h in ("No", "Tablo", "Beklenen kayıt", "Bulunan kayıt", "Özet / Sonuç")]]
    bad_rows = []
    for i, r in enumerate(data.rows, start=1):
        verdict = "Uyumlu" if r.ok else ("Sayı farklı" if r.expected != r.found else "Özet farklı")
        body.append([para(str(i), st["cell_center"]), para(table_label(r.table), st["cell"]),
                     para(_num(r.expected), st["cell_center"]), para(_num(r.found), st["cell_center"]),
                     para(verdict, st["cell_center"] if r.ok else st["cell_bold"])])
        if not r.ok:
            bad_rows.append(i)
    total_e = sum(r.expected or 0 for r in data.rows)
    total_f = sum(r.found or 0 for r in data.rows)
    body.append(["", para("Toplam", st["cell_bold"]), para(_num(total_e), st["cell_center"]),
                 para(_num(total_f), st["cell_center"]), ""])
    t = Table(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    cmds += [("BOX", (0, i), (-1, i), 1.2, INK) for i in bad_rows]
    t.setStyle(table_style(*cmds))
    return t


def _result(data: RestoreReportData, width: float) -> Table:
    st = styles()
    t = Table([[para("SONUÇ", st["cell_bold"]), para(data.result_label, st["title"])]],
              colWidths=[48 * mm, width - 48 * mm], hAlign="LEFT")
    t.setStyle(table_style(("BOX", (0, 0), (-1, -1), 1, INK), ("LINEAFTER", (0, 0), (0, 0), 0.5, RULE),
                           ("BACKGROUND", (0, 0), (0, 0), SHADE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)))
    return t


def _signatures(data: RestoreReportData, width: float) -> Table:
    st = styles()
    day = format_date_short(data.tested_at.astimezone(TR).date())

    def block(who: Signatory) -> Table:
        rows = [[para(who.side, st["cell_bold"]), ""], [para("Kurumu", st["cell"]), para(who.organisation, st["cell"])],
                [para("Adı Soyadı", st["cell"]), para(who.name, st["cell"])],
                [para("Unvanı", st["cell"]), para(who.title, st["cell"])],
                [para("Tarih", st["cell"]), para(day, st["cell"])], [para("İmza", st["cell"]), ""]]
        b = Table(rows, colWidths=[24 * mm, width / 2 - 30 * mm],
                  rowHeights=[None, 8 * mm, 8 * mm, 8 * mm, 8 * mm, 14 * mm])
        b.setStyle(table_style(("SPAN", (0, 0), (1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                               ("LINEBELOW", (1, 1), (1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")))
        return b

    tester = data.tester or Signatory("Testi yapan", data.tested_by, "", data.unit)
    receiver = data.receiver or Signatory("Hizmet alan temsilcisi")
    outer = Table([[block(tester), block(receiver)]],
                  colWidths=[width / 2, width / 2], hAlign="LEFT")
    outer.setStyle(table_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")))
    return outer
