"""The sheet a USBS vendor's signatory signs on receiving the real-environment software access code (SBYS art.
6/4: the signatory must protect it). Printed once, when the code is issued; the code is never stored in clear,
so this sheet cannot be made again. Pure function: plain values in, PDF bytes out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from app.documents.common import (
    RULE,
    SHADE,
    PageSetup,
    build_pdf,
    format_date_long,
    letterhead,
    para,
    spacer,
    styles,
    table_style,
    text_width,
)

UNIT = "Sağlık Bilgi Sistemleri Genel Müdürlüğü"
TITLE = "YAZILIM ERİŞİM KODU TESLİM TUTANAĞI"


@dataclass(kw_only=True)
class AccessCodeSheet:
    code: str
    vendor_name: str
    tax_no: str
    signatory_name: str
    issued_on: dt.date
    issued_by: str


def code_lines(code: str, width: int = 30) -> list[str]:
    """The code cut into lines of `width` characters (a 59-character code on two lines)."""
    return [code[i:i + width] for i in range(0, len(code), width)]


def build_access_code_sheet(data: AccessCodeSheet) -> bytes:
    st = styles()
    setup = PageSetup(top=18 * mm)
    width = text_width(setup)
    story: list[Flowable] = [*letterhead(UNIT), spacer(9), para(TITLE, st["title"]), spacer(6)]
    story.append(para(
        "Aşağıda bilgileri yer alan USBS üreticisine, gizlilik sözleşmesi ve güvenlik taahhütnamesinin "
        "imzalanmasından sonra gerçek ortam hizmetleri için yazılım erişim kodu verilmiştir (Sağlık Bilgi "
        "Sistemleri Yönetmeliği md. 6/4).", st["body"]))
    story.append(spacer(4))
    rows = [("Firma unvanı", data.vendor_name), ("Vergi kimlik no", data.tax_no),
            ("Firma yetkilisi", data.signatory_name or "-"), ("Veriliş tarihi", format_date_long(data.issued_on)),
            ("Veren", f"{data.issued_by} (KTS birimi)")]
    info = Table([[para(k, st["cell_bold"]), para(v, st["cell"])] for k, v in rows],
                 colWidths=[40 * mm, width - 40 * mm])
    info.setStyle(table_style(("GRID", (0, 0), (-1, -1), 0.5, RULE), ("BACKGROUND", (0, 0), (0, -1), SHADE),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")))
    story += [info, spacer(7)]
    mono = ParagraphStyle("access_code", parent=st["center"], fontName="Courier-Bold", fontSize=14, leading=20)
    box = Table([[para("YAZILIM ERİŞİM KODU", st["cell_head"])],
                 *[[para(line, mono)] for line in code_lines(data.code)]], colWidths=[width])
    box.setStyle(table_style(("BOX", (0, 0), (-1, -1), 1.2, RULE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)))
    story += [box, spacer(2), para("Kod harf harf, büyük/küçük harf ayrımıyla ve satır arasında boşluk olmadan "
                                   "tek parça olarak girilir.", st["small_center"]), spacer(6)]
    for text in (
        "Kod, USH hizmet sorgusunda (POST /api/v1/hizmet-sorgu) 'Authorization: Bearer <kod>' başlığıyla "
        "kullanılır. Bakanlıkta yalnızca kodun özeti saklanır; kod bir daha gösterilemez. Kaybolursa ya da "
        "başkasının eline geçtiği düşünülürse KTS birimi yeni kod verir ve eski kod o anda kapanır.",
        "Kodu korumak firma yetkilisinin sorumluluğundadır. Erişim kodunun haksız menfaat sağlamak amacıyla "
        "üçüncü kişilerle paylaşılması üreticinin uyarı yapılmaksızın KTS'den silinmesine ve bir yıl yeni "
        "başvuru yapamamasına yol açar (md. 8). KTS'den silinen üreticinin erişim kodu silinme tarihinden "
        "itibaren 3 ay içinde kapatılır (tesisin resmî talebiyle en çok 6 aya kadar uzatılabilir).",
    ):
        story += [para(text, st["body"]), spacer(2.5)]
    story.append(spacer(10))
    sign = Table([[para("Teslim eden", st["center_bold"]), para("Teslim alan (firma yetkilisi)", st["center_bold"])],
                  [para(data.issued_by, st["center"]), para(data.signatory_name or " ", st["center"])],
                  [para("KTS birimi", st["center"]), para(data.vendor_name, st["center"])],
                  [para("İmza:", st["center"]), para("İmza:", st["center"])]],
                 colWidths=[width / 2, width / 2])
    sign.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 3), (-1, 3), 14)))
    story.append(sign)
    return build_pdf(story, setup=setup, title=TITLE, subject=data.vendor_name, author=UNIT)
