"""The İSM's review form ("İNCELEME FORMU"): the Ek-1 checklist of one USH permit application, as a PDF."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table

from app.documents.common import (
    INK,
    RULE,
    SHADE,
    PageSetup,
    build_pdf,
    format_date_short,
    letterhead,
    markup,
    para,
    spacer,
    styles,
    table_style,
    text_width,
    unit_for_province,
)

ANSWER_ORDER = ("Uygun", "Uygun Değil", "Eksik", "Uygulanmaz")
UNANSWERED = "—"


@dataclass
class ReviewItem:
    """One Ek-1 item as answered by the officer; answer_label '' means not answered yet."""

    number: int
    title: str
    answer_label: str = ""   # "Uygun" / "Uygun Değil" / "Eksik" / "Uygulanmaz" / ""
    note: str = ""


@dataclass
class ReviewFormData:
    province_name: str               # "İzmir" (or a full unit name, e.g. "Sağlık Hizmetleri Genel Müdürlüğü")
    application_number: str
    received_on: dt.date
    facility_name: str
    facility_ckys: str
    facility_type: str
    vendor_name: str
    product: str
    requested_areas: list[str]
    ek1_title: str                   # "Ek-1 (çalışma sürümü, resmî metinle doğrulanmadı)"
    items: list[ReviewItem]
    result_label: str                # "Uygun" / "Eksik evrak" / "Uygun değil" / "İnceleme tamamlanmadı"
    officer_name: str
    officer_title: str
    printed_on: dt.date
    extra_info: list[tuple[str, str]] = field(default_factory=list)  # further (label, value) rows, optional


def render_review_form(data: ReviewFormData) -> bytes:
    """The review form as A4 PDF bytes (DejaVu Sans embedded; the items table repeats its header per page)."""
    st = styles()
    unit = unit_for_province(data.province_name)
    setup = PageSetup(left=20 * mm, right=20 * mm, top=15 * mm, bottom=22 * mm,
                      running_head=f"{unit} — İnceleme Formu — Başvuru No: {data.application_number}")
    width = text_width(setup)

    story = [*letterhead(unit), spacer(7),
             para("İNCELEME FORMU", st["title"]),
             para("USH Faaliyet İzni Başvurusu — Ek-1 Kontrol Listesi", st["subtitle"]),
             spacer(6),
             _info_table(data, width),
             spacer(6),
             _items_table(data.items, width),
             spacer(5),
             KeepTogether([_result_block(data, width), spacer(10), _signature_block(data, width)])]
    return build_pdf(story, setup=setup, title=f"İnceleme Formu — {data.application_number}",
                     subject="USH Faaliyet İzni Başvurusu — Ek-1 Kontrol Listesi", author=unit)


def _info_table(data: ReviewFormData, width: float) -> Table:
    st = styles()
    areas = "<br/>".join(f"• {markup(a)}" for a in data.requested_areas) if data.requested_areas else UNANSWERED
    rows: list[tuple[str, str | Paragraph]] = [
        ("Başvuru No", data.application_number),
        ("Başvuru tarihi", format_date_short(data.received_on)),
        ("Sağlık tesisi", data.facility_name),
        ("ÇKYS kurum kodu", data.facility_ckys or UNANSWERED),
        ("Tesis türü", data.facility_type or UNANSWERED),
        ("USBS üreticisi", data.vendor_name or UNANSWERED),
        ("USBS ürünü", data.product or UNANSWERED),
        ("Talep edilen USH alanları", Paragraph(areas, st["cell"])),
        ("Kontrol listesi", data.ek1_title),
        *data.extra_info,
    ]
    body = [[para(label, st["cell_bold"]), value if isinstance(value, Paragraph) else para(value, st["cell"])]
            for label, value in rows]
    t = Table(body, colWidths=[45 * mm, width - 45 * mm], hAlign="LEFT")
    t.setStyle(table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    return t


def _items_table(items: list[ReviewItem], width: float) -> Table:
    st = styles()
    widths = [11 * mm, 54 * mm, 28 * mm]
    widths.append(width - sum(widths))
    head = [para(h, st["cell_head"]) for h in ("No", "Madde", "Sonuç", "Açıklama")]
    body = [head]
    for item in items:
        answer = item.answer_label.strip()
        body.append([
            para(str(item.number), st["cell_center"]),
            para(item.title, st["cell"]),
            para(answer or UNANSWERED, st["cell_bold"] if answer in ("Uygun Değil", "Eksik") else st["cell"]),
            para(item.note, st["cell"]),
        ])
    if not items:
        body.append([para("", st["cell"]), para("Kontrol listesinde madde yok.", st["cell"]), "", ""])
    t = Table(body, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    t.setStyle(table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)))
    return t


def _result_block(data: ReviewFormData, width: float) -> Table:
    st = styles()
    counts = Counter(i.answer_label.strip() for i in data.items)
    parts = [f"{label}: {counts.get(label, 0)}" for label in ANSWER_ORDER]
    parts.append(f"Cevaplanmamış: {counts.get('', 0)}")
    summary = f"Toplam {len(data.items)} madde — " + ", ".join(parts)
    t = Table([[para("İNCELEME SONUCU", st["cell_bold"]), para(data.result_label, st["label"])],
               [para(summary, st["cell"]), ""]],
              colWidths=[45 * mm, width - 45 * mm], hAlign="LEFT")
    t.setStyle(table_style(
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("LINEAFTER", (0, 0), (0, 0), 0.5, RULE),
        ("BACKGROUND", (0, 0), (0, 0), SHADE),
        ("SPAN", (0, 1), (1, 1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)))
    return t


def _signature_block(data: ReviewFormData, width: float) -> Table:
    st = styles()
    rows = [
        [para("İnceleyen", st["label"]), ""],
        [para("Adı Soyadı", st["cell_bold"]), para(data.officer_name, st["cell"])],
        [para("Unvanı", st["cell_bold"]), para(data.officer_title or UNANSWERED, st["cell"])],
        [para("Tarih", st["cell_bold"]), para(format_date_short(data.printed_on), st["cell"])],
        [para("İmza", st["cell_bold"]), ""],
    ]
    block_w = 85 * mm
    t = Table(rows, colWidths=[25 * mm, block_w - 25 * mm], rowHeights=[None, None, None, None, 16 * mm])
    t.setStyle(table_style(
        ("SPAN", (0, 0), (1, 0)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("LINEBELOW", (1, 4), (1, 4), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, 3), "TOP"),
        ("VALIGN", (0, 4), (-1, 4), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)))
    outer = Table([["", t]], colWidths=[width - block_w, block_w], hAlign="LEFT")
    outer.setStyle(table_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    return outer
