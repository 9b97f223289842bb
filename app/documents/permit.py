"""The USH Faaliyet İzin Belgesi (A4, one page): what SHGM signs and every officer prints.

The official form is not published (research §3.4, Q4); the fields follow the research's list: number and
revision, issue date, issuing unit, the facility's identity, the authorised USH areas (service type ×
branch), the legal basis, "resen" when granted ex officio, the signing official, and a verification code with
a QR code that carries it (ASCII payload ``USH-IZIN:<code>``). A document signed with the demo certificate
carries a "DEMO — GEÇERSİZ ÖRNEK BELGE" banner and watermark on the page.

Pure function: plain values in, PDF bytes out (unsigned; app.workflows.common.signing signs it).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Table

from app.documents.common import (
    BOLD,
    PRODUCED_BY,
    REGULAR,
    RULE,
    SHADE,
    format_date_long,
    format_date_short,
    letterhead,
    para,
    spacer,
    styles,
    table_style,
)
from app.documents.fonts import ensure_fonts

TITLE = "USH FAALİYET İZİN BELGESİ"
SUBTITLE = "Uzaktan Sağlık Hizmeti Faaliyet İzin Belgesi"
ISSUER = "Sağlık Hizmetleri Genel Müdürlüğü"
REGULATION = "Uzaktan Sağlık Hizmetlerinin Sunumu Hakkında Yönetmelik"
LEGAL_BASIS = f"{REGULATION} (Resmî Gazete: 10.02.2022, Sayı: 31746)"
DEMO_TEXT = "DEMO — GEÇERSİZ ÖRNEK BELGE"
QR_PREFIX = "USH-IZIN:"
DEMO_RED = colors.Color(0.75, 0.1, 0.1)


def qr_payload(code: str) -> str:
    """The old QR payload (and still the document's keywords, which `verify FILE` reads)."""
    return f"{QR_PREFIX}{code}"


def verification_url(base_url: str, code: str) -> str:
    """The address a phone opens from the QR code (issue 16): the public verification page of this code."""
    return f"{base_url.rstrip('/')}/dogrula/{code}"


@dataclass(kw_only=True)
class PermitData:
    number: str
    revision_no: int
    issued_on: dt.date                     # the date of this revision's document
    first_issued_on: dt.date               # the permit's original issue date
    verification_code: str
    facility_name: str
    facility_type: str
    ckys_code: str
    province: str
    district: str = ""
    address: str = ""
    tax_no: str | None = None
    tckn: str | None = None
    mersis_no: str | None = None
    manager_name: str = ""
    main_licence_no: str = ""
    areas: list[tuple[str, str]] = field(default_factory=list)   # (area name, branch name or "")
    ex_officio: bool = False
    ex_officio_reason: str = ""
    amendment_reason: str = ""
    ckys_reference: str = ""
    application_number: str = ""
    signer_name: str
    signer_title: str = "Genel Müdür a."
    certificate_subject: str = ""
    demo: bool = False
    verification_base_url: str = ""       # the system setting: the QR then opens <url>/dogrula/<code>


def render_permit(d: PermitData) -> bytes:
    ensure_fonts()
    st = styles()
    margin_x, margin_top, margin_bottom = 22 * mm, 18 * mm, 20 * mm
    width = A4[0] - 2 * margin_x
    story: list[Flowable] = []
    if d.demo:
        story += [_demo_banner(width), spacer(2)]
    story += letterhead(ISSUER)
    story += [spacer(5), para(TITLE, _style("cert_title", st["title"], fontSize=17, leading=22)),
              para(f"({SUBTITLE})", st["subtitle"]), spacer(4)]
    story.append(_number_row(d, width))
    if d.ex_officio:
        story += [spacer(2.5), _resen_box(d, width)]
    story += [spacer(4), para("SAĞLIK TESİSİNİN BİLGİLERİ", st["label"]), spacer(1.2), _facility_table(d, width)]
    story += [spacer(4), para(
        f"Yukarıda bilgileri yazılı sağlık tesisinin, {REGULATION} hükümleri uyarınca aşağıda belirtilen uzaktan "
        "sağlık hizmeti (USH) alanlarında, Bakanlıkça kayıt altına alınmış uzaktan sağlık bilgi sistemi "
        "aracılığıyla faaliyet göstermesine izin verilmiştir.", st["body_flat"])]
    story += [spacer(3), para("İZİN VERİLEN USH ALANLARI", st["label"]), spacer(1.2), _areas_table(d, width)]
    notes = []
    if d.revision_no > 1:
        notes.append(f"Bu belge {d.number} numaralı izin belgesinin {d.revision_no}. revizyonudur ve önceki "
                     f"revizyonun yerine geçer (ilk düzenleme: {format_date_short(d.first_issued_on)})."
                     + (f" Değişiklik gerekçesi: {d.amendment_reason}" if d.amendment_reason else ""))
    if d.ckys_reference:
        notes.append(f"USH alanları ÇKYS'ye kaydedilmiştir (ÇKYS kayıt no: {d.ckys_reference}).")
    if d.application_number:
        notes.append(f"İlgili başvuru: {d.application_number}.")
    notes.append(f"Dayanak: {LEGAL_BASIS}.")
    story.append(spacer(3))
    story += [para(n, st["small"]) for n in notes]
    story += [spacer(6), KeepTogether([_bottom(d, width)])]

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=margin_x, rightMargin=margin_x, topMargin=margin_top,
        bottomMargin=margin_bottom, title=f"{TITLE} {d.number} (Revizyon {d.revision_no})",
        subject=f"{d.facility_name}", author=ISSUER, creator="USH İzin", producer="USH İzin (reportlab)",
        keywords=qr_payload(d.verification_code), lang="tr-TR", initialFontName=REGULAR, displayDocTitle=True,
    )
    frame = Frame(margin_x, margin_bottom, width, A4[1] - margin_top - margin_bottom, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="cert", frames=[frame], onPage=lambda c, _doc: _page(c, d))])
    doc.build(story)
    return buf.getvalue()


def _style(name, parent, **kw):  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(name, parent=parent, **kw)


def _number_row(d: PermitData, width: float) -> Table:
    st = styles()
    cell = st["cell_center"]
    head = st["cell_head"]
    t = Table([[para("Belge No", head), para("Revizyon", head), para("Düzenleme Tarihi", head),
                para("İlk Düzenleme", head)],
               [para(d.number, _style("num", st["cell_bold"], fontSize=11, leading=14, alignment=1)),
                para(str(d.revision_no), cell), para(format_date_long(d.issued_on), cell),
                para(format_date_long(d.first_issued_on), cell)]],
              colWidths=[width * 0.3, width * 0.14, width * 0.28, width * 0.28])
    t.setStyle(table_style(("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return t


def _resen_box(d: PermitData, width: float) -> Table:
    st = styles()
    text = "RESEN DÜZENLENMİŞTİR — Bakanlığa bağlı sağlık tesisi (İl Sağlık Müdürlüğü başvurusu olmaksızın)"
    rows = [[para(text, _style("resen", st["cell_bold"], alignment=1))]]
    if d.ex_officio_reason:
        rows.append([para(f"Gerekçe: {d.ex_officio_reason}", st["cell_center"])])
    t = Table(rows, colWidths=[width])
    t.setStyle(table_style(("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    return t


def _facility_table(d: PermitData, width: float) -> Table:
    st = styles()
    ids = []
    if d.tax_no:
        ids.append(f"Vergi No: {d.tax_no}")
    if d.tckn:
        ids.append(f"TC Kimlik No: {d.tckn}")
    if d.mersis_no:
        ids.append(f"MERSİS No: {d.mersis_no}")
    place = f"{d.province} / {d.district}" if d.district else d.province
    rows = [("Sağlık tesisinin adı", d.facility_name), ("Tesis türü", d.facility_type),
            ("ÇKYS kurum kodu", d.ckys_code), ("İl / İlçe", place), ("Adres", d.address or "—"),
            ("Vergi / MERSİS", "   ".join(ids) or "—")]
    if d.manager_name:
        rows.append(("Mesul müdür", d.manager_name))
    if d.main_licence_no:
        rows.append(("Ana faaliyet izin belgesi", d.main_licence_no))
    t = Table([[para(k, st["cell_bold"]), para(v, st["cell"])] for k, v in rows],
              colWidths=[width * 0.3, width * 0.7])
    t.setStyle(table_style(("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return t


def _areas_table(d: PermitData, width: float) -> Table:
    st = styles()
    rows = [[para("Sıra", st["cell_head"]), para("USH alanı (hizmet türü)", st["cell_head"]),
             para("Uzmanlık dalı", st["cell_head"])]]
    for i, (area, branch) in enumerate(d.areas, start=1):
        rows.append([para(str(i), st["cell_center"]), para(area, st["cell"]),
                     para(branch or "Tüm ruhsatlı dallar", st["cell"])])
    t = Table(rows, colWidths=[width * 0.09, width * 0.56, width * 0.35], repeatRows=1)
    t.setStyle(table_style(("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return t


class _Qr(Flowable):
    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload, self.size = payload, size
        self.width = self.height = size

    def draw(self) -> None:
        # The widget's shapes once: QrCodeWidget.getBounds() and rendering it would each encode the QR code
        # again (encoding is pure Python, ~40 ms; bench/permit_pdf.py).
        shapes = QrCodeWidget(self.payload, barLevel="M").draw()
        x0, y0, x1, y1 = shapes.getBounds()
        drawing = Drawing(self.size, self.size, transform=[self.size / (x1 - x0), 0, 0, self.size / (y1 - y0), 0, 0])
        drawing.add(shapes)
        renderPDF.draw(drawing, self.canv, 0, 0)


def _bottom(d: PermitData, width: float) -> Table:
    st = styles()
    qr_size = 30 * mm
    verify = [
        para("Doğrulama", st["cell_bold"]),
        Paragraph(f"Doğrulama kodu: <b>{escape(d.verification_code)}</b>", st["cell"]),
    ]
    if d.verification_base_url:
        # the address on two lines (never broken inside the code): the base and /dogrula/, then the code
        base = verification_url(d.verification_base_url, "")
        verify += [Paragraph(f"<font size=7>{escape(base)}<br/>{escape(d.verification_code)}</font>", st["cell"]),
                   para("Belgenin güncel durumu (geçerli, askıda, iptal, yenilenmiş) karekod okutularak ya da bu "
                        "adresten sorgulanabilir.", st["small"])]
    else:
        verify.append(para("Belgenin geçerliliği (iptal, askı, yenilenme durumu) USH İzin uygulamasının “Belge "
                           "doğrulama” ekranında ya da “ush-izin verify --code KOD” komutuyla sorgulanabilir.",
                           st["small"]))
    payload = (verification_url(d.verification_base_url, d.verification_code) if d.verification_base_url
               else qr_payload(d.verification_code))
    sign = [
        para("Elektronik olarak imzalanmıştır", st["cell_center"]),
        spacer(2),
        para(d.signer_name, _style("signer", st["center_bold"], fontSize=11)),
        para(d.signer_title, st["cell_center"]),
        para(ISSUER, st["cell_center"]),
    ]
    if d.certificate_subject:
        sign += [spacer(1.5), para(f"İmza sertifikası: {d.certificate_subject}", st["small_center"])]
    left = Table([[_Qr(payload, qr_size), verify]],
                 colWidths=[qr_size + 3 * mm, width * 0.55 - qr_size - 3 * mm])
    left.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)))
    t = Table([[left, sign]], colWidths=[width * 0.55, width * 0.45])
    t.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, 0), 0.7, RULE),
                           ("TOPPADDING", (1, 0), (1, 0), 6), ("BOTTOMPADDING", (1, 0), (1, 0), 6)))
    return t


def _demo_banner(width: float) -> Table:
    st = styles()
    t = Table([[para(f"{DEMO_TEXT} — demo imza sertifikasıyla imzalanmıştır; resmî işlemde kullanılamaz.",
                     _style("demo", st["cell_bold"], textColor=colors.white, alignment=1))]], colWidths=[width])
    t.setStyle(table_style(("BACKGROUND", (0, 0), (-1, -1), DEMO_RED)))
    return t


def _page(c: Canvas, d: PermitData) -> None:
    w, h = A4
    c.saveState()
    # a double frame, as on printed certificates
    c.setStrokeColor(colors.Color(0.2, 0.2, 0.2))
    c.setLineWidth(1.6)
    c.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
    c.setLineWidth(0.5)
    c.rect(12 * mm, 12 * mm, w - 24 * mm, h - 24 * mm)
    c.setFont(REGULAR, 7.5)
    c.setFillColor(colors.black)
    c.drawString(22 * mm, 14.5 * mm, f"{PRODUCED_BY}  Belge No: {d.number} / Rev. {d.revision_no}  ·  "
                                     f"Doğrulama kodu: {d.verification_code}")
    if d.demo:
        c.setFillColor(DEMO_RED)
        c.setFillAlpha(0.13)
        c.setFont(BOLD, 30)
        c.translate(w / 2, h / 2)
        c.rotate(50)
        c.drawCentredString(0, 0, DEMO_TEXT)
    c.restoreState()


__all__ = ["DEMO_TEXT", "LEGAL_BASIS", "PermitData", "QR_PREFIX", "TITLE", "qr_payload", "render_permit",
           "verification_url"]
