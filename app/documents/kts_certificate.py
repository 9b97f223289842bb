"""KTS Yetki Belgesi (SBYS regulation art. 9): the authorisation certificate SBSGM gives an active USBS producer.

A certificate without a validity period or that cannot be verified is void, so the validity period and the
verification code (with a QR code carrying it, ASCII only) are printed prominently. Pure function: plain
values in, PDF bytes out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from app.documents.common import (
    RULE,
    SHADE,
    PageSetup,
    build_pdf,
    format_date_long,
    format_date_short,
    letterhead,
    para,
    spacer,
    styles,
    table_style,
    text_width,
)

UNIT = "Sağlık Bilgi Sistemleri Genel Müdürlüğü"
TITLE = "KTS YETKİ BELGESİ"
QR_PREFIX = "USH-KTS-YB"


@dataclass(kw_only=True)
class CertificateData:
    number: str
    vendor_name: str
    tax_no: str
    mersis_no: str = ""
    address: str = ""
    kts_firm_code: str = ""
    products: list[tuple[str, str, str]] = field(default_factory=list)  # (name, version, KTS registration no)
    valid_from: dt.date
    valid_until: dt.date
    issued_on: dt.date
    verification_code: str
    signer_name: str = ""
    signer_title: str = "KTS Birimi"


def qr_payload(number: str, code: str) -> str:
    return f"{QR_PREFIX}:{number}:{code}"


def _qr(payload: str, size: float) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    d.add(widget)
    return d


def grouped(code: str) -> str:
    """ABCD EFGH JKLM: easier to read aloud."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def build_certificate_pdf(data: CertificateData) -> bytes:
    if data.valid_until <= data.valid_from:
        raise ValueError("validity period required")
    st = styles()
    setup = PageSetup(top=18 * mm)
    width = text_width(setup)
    story: list[Flowable] = [*letterhead(UNIT), spacer(9), para(TITLE, st["title"]),
                             para(f"Belge No: {data.number}", st["subtitle"]), spacer(7)]
    story.append(para(
        "Aşağıda bilgileri yer alan uzaktan sağlık hizmeti yazılımı (USBS) üreticisi, Sağlık Bilgi Sistemleri "
        "Genel Müdürlüğünce yapılan denetimi tamamlamış ve KTS aktif listesinde "
        "ilan edilmiştir. Bu belge Sağlık Bilgi Sistemleri Yönetmeliği uyarınca, aşağıdaki geçerlilik süresi "
        "içinde ve üretici aktif listede bulunduğu sürece geçerlidir.", st["body"]))
    story.append(spacer(4))
    rows = [
        ("Firma unvanı", data.vendor_name),
        ("Vergi kimlik no", data.tax_no),
        ("MERSİS no", data.mersis_no or "-"),
        ("Adres", data.address or "-"),
    ]
    if data.kts_firm_code:
        rows.append(("KTS firma kodu", data.kts_firm_code))
    info = Table([[para(k, st["cell_bold"]), para(v, st["cell"])] for k, v in rows],
                 colWidths=[40 * mm, width - 40 * mm])
    info.setStyle(table_style(("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")))
    story += [info, spacer(5), para("Yetkilendirilen ürünler", st["label"]), spacer(1.5)]
    prod_rows = [[para("Ürün (USBS yazılımı)", st["cell_head"]), para("Sürüm", st["cell_head"]),
                  para("KTS kayıt no", st["cell_head"])]]
    prod_rows += [[para(n, st["cell"]), para(v, st["cell_center"]), para(r or "-", st["cell_center"])]
                  for n, v, r in data.products] or [[para("-", st["cell"]), "", ""]]
    prods = Table(prod_rows, colWidths=[width - 70 * mm, 25 * mm, 45 * mm], repeatRows=1)
    prods.setStyle(table_style(("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    story += [prods, spacer(6)]
    validity = Table([[para("GEÇERLİLİK SÜRESİ", st["cell_head"])],
                      [para(f"{format_date_long(data.valid_from)} – {format_date_long(data.valid_until)}",
                            st["center_bold"])]],
                     colWidths=[width])
    validity.setStyle(table_style(("BOX", (0, 0), (-1, -1), 1.2, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                                  ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)))
    story += [validity, spacer(7)]
    qr_size = 32 * mm
    code_style = ParagraphStyle("kts_code", parent=st["label"], fontSize=13, leading=17)
    verify_text = [
        para("Doğrulama kodu:", st["small"]),
        para(grouped(data.verification_code), code_style),
        spacer(1.5),
        para("Bu belgenin geçerliliği USH İzin uygulamasında ya da KTS birimine doğrulama kodu bildirilerek "
             "sorgulanabilir. Geçerlilik süresi bulunmayan ya da doğrulanamayan belge hükümsüzdür (SBYS "
             "Yönetmeliği md. 9). Üretici pasif listeye alınır ya da KTS'den silinirse belge kullanılamaz.",
             st["small"]),
    ]
    sign = [para(f"Düzenleme tarihi: {format_date_short(data.issued_on)}", st["center"]), spacer(10),
            para(data.signer_name or " ", st["center_bold"]), para(data.signer_title, st["center"]),
            para(UNIT, st["center"])]
    bottom = Table([[_qr(qr_payload(data.number, data.verification_code), qr_size), verify_text, sign]],
                   colWidths=[qr_size + 4 * mm, width - qr_size - 4 * mm - 62 * mm, 62 * mm])
    bottom.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)))
    story.append(bottom)
    return build_pdf(story, setup=setup, title=f"{TITLE} {data.number}", subject=data.vendor_name,
                     author=UNIT)
