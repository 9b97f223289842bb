"""Page furniture, paragraph styles, Turkish dates and the A4 builder shared by every printed document.

Pure functions: plain values in, PDF bytes out. No database, no Qt.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, TableStyle

from app.documents.fonts import BOLD, REGULAR, ensure_fonts
from app.textfold import tr_upper

__all__ = [
    "BOLD", "INK", "PRODUCED_BY", "REGULAR", "RULE", "SHADE", "TR_MONTHS", "PageSetup", "build_pdf",
    "format_date_long", "format_date_short", "letterhead", "markup", "para", "spacer", "styles",
    "table_style", "text_width", "tr_upper", "unit_for_province",
]

TR_MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran",
             "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık")
PRODUCED_BY = "Bu belge USH İzin ile üretilmiştir."
MINISTRY = "SAĞLIK BAKANLIĞI"
INK = colors.black
RULE = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.9, 0.9, 0.9)


def format_date_long(day: dt.date) -> str:
    """23 Kasım 2026 (no locale involved)."""
    return f"{day.day} {TR_MONTHS[day.month - 1]} {day.year}"


def format_date_short(day: dt.date) -> str:
    """23.11.2026, the form official letters use for their date."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def unit_for_province(province_name: str) -> str:
    """'İzmir' → 'İzmir İl Sağlık Müdürlüğü'; a full unit name ('Sağlık Hizmetleri Genel Müdürlüğü') is kept."""
    name = " ".join(province_name.split())
    if not name:
        return "İl Sağlık Müdürlüğü"
    if name.endswith(("Müdürlüğü", "Başkanlığı", "Bakanlığı")):
        return name
    return f"{name} İl Sağlık Müdürlüğü"


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from plain text: markup characters escaped, line breaks kept."""
    return Paragraph(markup(text), style)


def markup(text: str) -> str:
    """Plain text → Paragraph mini-markup (escapes & < >; newlines become <br/>)."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles (DejaVu Sans throughout; black ink)."""
    ensure_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10.5, leading=14.5,
                          textColor=INK, alignment=TA_LEFT, splitLongWords=True)

    def s(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "base": base,
        "head_tc": s("head_tc", fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER),
        "head_ministry": s("head_ministry", fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER),
        "head_unit": s("head_unit", fontSize=11, leading=14, alignment=TA_CENTER),
        "title": s("title", fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER),
        "subtitle": s("subtitle", fontSize=10, leading=13, alignment=TA_CENTER),
        "body": s("body", alignment=TA_JUSTIFY, firstLineIndent=12.5 * mm, spaceAfter=5),
        "body_flat": s("body_flat", alignment=TA_JUSTIFY),
        "left": s("left"),
        "right": s("right", alignment=TA_RIGHT),
        "center": s("center", alignment=TA_CENTER),
        "center_bold": s("center_bold", fontName=BOLD, alignment=TA_CENTER),
        "label": s("label", fontName=BOLD),
        "numbered": s("numbered", alignment=TA_JUSTIFY, leftIndent=21 * mm, bulletIndent=12.5 * mm, spaceAfter=3),
        "cell": s("cell", fontSize=9, leading=11.5),
        "cell_bold": s("cell_bold", fontName=BOLD, fontSize=9, leading=11.5),
        "cell_center": s("cell_center", fontSize=9, leading=11.5, alignment=TA_CENTER),
        "cell_head": s("cell_head", fontName=BOLD, fontSize=9, leading=11.5, alignment=TA_CENTER),
        "small": s("small", fontSize=8.5, leading=11),
        "small_center": s("small_center", fontSize=8.5, leading=11, alignment=TA_CENTER),
    }


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle whose plain-string cells use DejaVu too (reportlab's cell default is Helvetica)."""
    ensure_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                       *commands])


def letterhead(unit: str) -> list[Flowable]:
    """T.C. / SAĞLIK BAKANLIĞI / {unit}, centred (the 'başlık' of an official document)."""
    st = styles()
    return [para("T.C.", st["head_tc"]), para(MINISTRY, st["head_ministry"]), para(unit, st["head_unit"])]


@dataclass(frozen=True)
class PageSetup:
    """A4 margins in points and the texts the builder draws on every page."""

    left: float = 25 * mm
    right: float = 20 * mm
    top: float = 15 * mm
    bottom: float = 22 * mm
    running_head: str = ""          # drawn from page 2 on (first page carries the letterhead)
    footer_lines: tuple[str, ...] = ()  # e.g. the unit's address and contact line, above the rule
    watermark: tuple[str, ...] = ()     # (headline, detail): a draft's "TASLAK" across every page (app.documents.stamp)


def text_width(setup: PageSetup) -> float:
    return A4[0] - setup.left - setup.right


def build_pdf(story: Sequence[Flowable], *, setup: PageSetup, title: str, subject: str = "",
              author: str = "") -> bytes:
    """Lay the story out on A4 pages with the shared footer ('Sayfa n/N', produced-by line); return the bytes."""
    ensure_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=setup.left, rightMargin=setup.right, topMargin=setup.top,
        bottomMargin=setup.bottom, title=title, subject=subject, author=author, creator="USH İzin",
        producer="USH İzin (reportlab)", lang="tr-TR", initialFontName=REGULAR, initialFontSize=10,
        initialLeading=12, displayDocTitle=True,
    )
    frame = Frame(setup.left, setup.bottom, text_width(setup), A4[1] - setup.top - setup.bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_numbered_canvas(lambda c, n, total: _furniture(c, n, total, setup)))
    return buf.getvalue()


def _numbered_canvas(furniture: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages back until save(), so each page can say 'Sayfa n/N'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                furniture(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _furniture(c: Canvas, page: int, total: int, setup: PageSetup) -> None:
    width = A4[0]
    x0, x1 = setup.left, width - setup.right
    c.saveState()
    c.setFillColor(INK)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    # footer: optional contact lines, a rule, then "produced by" (left) and the page number (right)
    rule_y = setup.bottom - 7 * mm
    y = rule_y + 2.2 * mm + 9 * (len(setup.footer_lines) - 1)
    c.setFont(REGULAR, 7.5)
    for line in setup.footer_lines:
        c.drawString(x0, y, line)
        y -= 9
    c.line(x0, rule_y, x1, rule_y)
    c.setFont(REGULAR, 7.5)
    c.drawString(x0, rule_y - 3.6 * mm, PRODUCED_BY)
    c.setFont(REGULAR, 8.5)
    c.drawRightString(x1, rule_y - 3.6 * mm, f"Sayfa {page}/{total}")
    # running head from page 2 on
    if page > 1 and setup.running_head:
        top_y = A4[1] - setup.top + 4 * mm
        c.setFont(REGULAR, 8)
        c.drawString(x0, top_y, setup.running_head)
        c.line(x0, top_y - 1.8 * mm, x1, top_y - 1.8 * mm)
    c.restoreState()
    if setup.watermark:
        from app.documents.stamp import draw_stamp

        draw_stamp(c, width, A4[1], *setup.watermark, alpha=0.18)


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)

