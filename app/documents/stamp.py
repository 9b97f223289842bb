"""A status written across every page of a copy of a PDF: "İPTAL EDİLMİŞTİR — 03.12.2026", "ASKIDA — …",
"TASLAK".

The stored document stays as signed; the stamp goes on the copy that is shown, printed or saved, so a permit
that is no longer in force never looks valid on screen or on paper (the copy's signature no longer covers the
page, which is right: it is not the signed document). Pure function: bytes in, bytes out.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents.fonts import BOLD, REGULAR, ensure_fonts

STAMP_RED = colors.Color(0.75, 0.05, 0.05)


def stamp_pdf(pdf: bytes, headline: str, detail: str = "", *, alpha: float = 0.28) -> bytes:
    """`pdf` with `headline` (and a smaller `detail` line beneath) drawn diagonally across each page and once
    more, small and opaque, along the page's top edge (legible where the diagonal crosses dark print)."""
    from pypdf import PdfWriter

    ensure_fonts()
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        page.merge_page(_overlay(width, height, headline, detail, alpha))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def draw_stamp(c: Canvas, width: float, height: float, headline: str, detail: str = "",
               alpha: float = 0.28) -> None:
    """Draw the stamp on a page being made (reportlab): the small opaque line along the top edge and the large
    translucent diagonal; `stamp_pdf` draws the same on an existing PDF, the letter builder on its drafts."""
    ensure_fonts()
    c.saveState()
    c.setFillColor(STAMP_RED)
    c.setFont(BOLD, 9)
    c.drawCentredString(width / 2, height - 22, " · ".join(x for x in (headline, detail) if x))
    c.setFillAlpha(alpha)
    c.translate(width / 2, height / 2)
    c.rotate(52)
    diagonal = (width ** 2 + height ** 2) ** 0.5
    size = min(48.0, 0.72 * diagonal / max(stringWidth(headline, BOLD, 1), 1))   # fits the diagonal, with margins
    c.setFont(BOLD, size)
    c.drawCentredString(0, 0, headline)
    if detail:
        c.setFont(REGULAR, min(size * 0.42, 0.72 * diagonal / max(stringWidth(detail, REGULAR, 1), 1)))
        c.drawCentredString(0, -size * 0.9, detail)
    c.restoreState()


def _overlay(width: float, height: float, headline: str, detail: str, alpha: float):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height))
    draw_stamp(c, width, height, headline, detail, alpha)
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue())).pages[0]


__all__ = ["draw_stamp", "stamp_pdf"]
