"""The İSM's notification letters to the applicant, in the layout of Turkish official correspondence.

Three kinds (the outcome of the Ek-1 examination):
* ``uygun``: examined under Ek-1, found suitable, forwarded to the Ministry (SHGM) for the USH areas and the
  faaliyet izin belgesi;
* ``uygun_degil``: found not suitable, with the numbered reasons;
* ``eksik``: deficient, with a table of what is missing and what the applicant must do.

Layout after the Resmî Yazışmalarda Uygulanacak Usul ve Esaslar Hakkında Yönetmelik (2020): başlık centred,
Sayı left with the date (gg.aa.yyyy) on the same line right, Konu below, muhatap centred, İlgi, metin, imza on
the right, Ek and Dağıtım at the bottom left. No article numbers of the USH regulation are cited (they are
unconfirmed; research Q1). "e-imzalıdır" is printed only on a letter the desk signs (`signed`); any other letter
says it is to be signed in EBYS. A deficiency letter states the time given to complete the file and what follows
if it is not completed; an "uygun değil" letter states the remedy, the authority and the period (docs/letters.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from app.documents.common import (
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
    tr_upper,
    unit_for_province,
)

LetterKind = Literal["uygun", "uygun_degil", "eksik"]
KINDS = ("uygun", "uygun_degil", "eksik")
DEFAULT_SUBJECT = "Uzaktan Sağlık Hizmeti Faaliyet İzni Başvurusu"
DEFAULT_COMPLETION_NOTE = (
    "Eksiklerin tamamlanmasının ardından başvurunuz yeniden incelenecek ve tamamlama tarihinden itibaren "
    "15 günlük süre yeniden başlayacaktır."
)
REGULATION = "Uzaktan Sağlık Hizmetlerinin Sunumu Hakkında Yönetmeliğin"
CLOSING = "Bilgilerinizi rica ederim."
E_SIGNED = "e-imzalıdır"
DRAFT_MARK = ("TASLAK", "Kaydedilmemiş yazı; resmî işlemde kullanılamaz.")
TO_BE_SIGNED = "Bu yazı EBYS üzerinden e-imza ile imzalanacaktır."
SIGNED_ON_RECORD = "Bu yazı kaydedildiğinde e-imza ile imzalanacaktır."   # a draft the desk will sign
# Anayasa md. 40: an administrative act states the remedy, the authority and the period; İYUK (2577) md. 7: 60 days
# to the administrative court; md. 11: an application to the authority within that period suspends it.
DEFAULT_REMEDY = (
    "Bu işleme karşı, yazımızın tebliğinden itibaren 60 (altmış) gün içinde yetkili idare mahkemesinde dava "
    "açabilirsiniz (2577 sayılı İdari Yargılama Usulü Kanunu md. 7). Aynı süre içinde Müdürlüğümüze başvurarak "
    "işlemin kaldırılmasını da isteyebilirsiniz (aynı Kanun md. 11); bu başvuru dava açma süresini durdurur."
)


def completion_period_text(days: int) -> str:
    """What the deficiency letter says about the time given (a setting, not law: research §5.4)."""
    return (f"Eksikliklerin bu yazının tebliğinden itibaren {days} gün içinde tamamlanması gerekmektedir. Bu süre "
            "içinde tamamlanmayan başvurunuz işlemden kaldırılarak dosyanız kapatılacak; izin için yeniden başvuru "
            "yapmanız gerekecektir.")


@dataclass(kw_only=True)
class LetterData:
    kind: LetterKind
    province_name: str                   # "İzmir" → "İzmir İl Sağlık Müdürlüğü" in the heading
    sayi: str                            # the EBYS number, printed as given
    letter_date: dt.date
    subject: str = DEFAULT_SUBJECT
    recipient_name: str                  # the facility (printed in Turkish upper case) or a person
    recipient_address: str = ""          # may hold several lines
    application_number: str
    received_on: dt.date
    reasons: list[str] = field(default_factory=list)                  # uygun_degil: "Madde N — Title: note"
    missing: list[tuple[str, str]] = field(default_factory=list)      # eksik: (item, what the applicant must do)
    completion_note: str = DEFAULT_COMPLETION_NOTE                     # eksik: what happens next
    signer_name: str
    signer_title: str = ""
    cc: list[str] = field(default_factory=list)                       # "Bilgi:" under Dağıtım
    recipient_is_person: bool = False    # True: "Sayın {name}" instead of the name in upper case
    attachments: list[str] = field(default_factory=list)              # "Ek:" lines, optional
    sender_address: str = ""             # footer line of the İSM (address), optional
    sender_contact: str = ""             # footer line (telephone, e-mail, KEP), optional
    signed: bool = False                 # e-signed by the desk: "e-imzalıdır"; else "to be signed in EBYS"
    completion_days: int = 0             # eksik: the time given to complete (0: not stated)
    remedy: str = DEFAULT_REMEDY         # uygun_degil: the remedy, its authority and period
    draft: bool = False                  # not recorded yet: DRAFT_MARK across every page
    signs_on_record: bool = False        # a draft the desk e-signs when it is recorded (a certificate is set)


def render_letter(data: LetterData) -> bytes:
    """The letter as A4 PDF bytes (DejaVu Sans embedded). ValueError for an unknown kind or missing content."""
    _check(data)
    st = styles()
    unit = unit_for_province(data.province_name)
    date_text = format_date_short(data.letter_date)
    setup = PageSetup(left=25 * mm, right=20 * mm, top=15 * mm,
                      bottom=(30 if (data.sender_address or data.sender_contact) else 22) * mm,
                      running_head=f"Sayı : {data.sayi} — {date_text}",
                      footer_lines=tuple(x for x in (data.sender_address, data.sender_contact) if x.strip()),
                      watermark=DRAFT_MARK if data.draft else ())
    width = text_width(setup)

    story: list[Flowable] = [*letterhead(unit), spacer(8), _number_block(data, date_text, width), spacer(9)]
    story += _addressee(data)
    story += [spacer(7), _labelled("İlgi", f"{format_date_short(data.received_on)} tarihli ve "
                                           f"{data.application_number} sayılı başvurunuz.", width), spacer(5)]
    story += _body(data, width)
    story.append(KeepTogether([para(CLOSING, st["body"]), spacer(12), _signature(data, width)]))
    if data.attachments:
        story += [spacer(6), _attachments(data.attachments, width)]
    if data.cc:
        story += [spacer(6), _distribution(data, width)]
    return build_pdf(story, setup=setup, title=f"{data.subject} — {data.sayi}", subject=data.subject,
                     author=unit)


def _check(data: LetterData) -> None:
    if data.kind not in KINDS:
        raise ValueError(f"Bilinmeyen yazı türü: {data.kind!r} (uygun, uygun_degil, eksik)")
    if data.kind == "uygun_degil" and not [r for r in data.reasons if r.strip()]:
        raise ValueError("Uygun değil yazısı en az bir gerekçe içermelidir.")
    if data.kind == "eksik" and not data.missing:
        raise ValueError("Eksik evrak yazısı en az bir eksik husus içermelidir.")
    if not data.recipient_name.strip():
        raise ValueError("Yazının muhatabı (başvuru sahibi) boş olamaz.")


def _number_block(data: LetterData, date_text: str, width: float) -> Table:
    """Sayı (left) and date (right) on one line, Konu beneath, colons aligned."""
    st = styles()
    label_w, colon_w, date_w = 13 * mm, 4 * mm, 30 * mm
    rows = [[para("Sayı", st["left"]), para(":", st["left"]), para(data.sayi, st["left"]),
             para(date_text, st["right"])],
            [para("Konu", st["left"]), para(":", st["left"]), para(data.subject, st["left"]), ""]]
    t = Table(rows, colWidths=[label_w, colon_w, width - label_w - colon_w - date_w, date_w], hAlign="LEFT")
    t.setStyle(table_style(
        ("SPAN", (2, 1), (3, 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3)))
    return t


def _addressee(data: LetterData) -> list[Flowable]:
    """The muhatap, centred: the facility's name in Turkish upper case (or 'Sayın …'), the address beneath."""
    st = styles()
    name = " ".join(data.recipient_name.split())
    first = f"Sayın {name}" if data.recipient_is_person else tr_upper(name)
    out: list[Flowable] = [para(first, st["center"])]
    address = "\n".join(line.strip() for line in data.recipient_address.splitlines() if line.strip())
    if address:
        out.append(para(address, st["center"]))
    return out


def _labelled(label: str, text: str, width: float) -> Table:
    st = styles()
    label_w, colon_w = 13 * mm, 4 * mm
    t = Table([[para(label, st["left"]), para(":", st["left"]), para(text, st["body_flat"])]],
              colWidths=[label_w, colon_w, width - label_w - colon_w], hAlign="LEFT")
    t.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)))
    return t


def _body(data: LetterData, width: float) -> list[Flowable]:
    st = styles()
    examined = f"İlgi başvurunuz, {REGULATION} Ek-1'inde yer alan hususlar yönünden Müdürlüğümüzce incelenmiş"
    if data.kind == "uygun":
        return [
            para(f"{examined} ve uygun bulunmuştur.", st["body"]),
            para("Başvurunuz; sağlık tesisinizin uzaktan sağlık hizmeti sunabileceği USH alanlarının "
                 "belirlenmesi ve Uzaktan Sağlık Hizmeti Faaliyet İzin Belgesinin düzenlenmesi için Bakanlığımız "
                 "Sağlık Hizmetleri Genel Müdürlüğüne gönderilmiştir. Uzaktan sağlık hizmeti, faaliyet izin "
                 "belgesi düzenlendikten sonra ve belgede belirtilen USH alanlarında sunulabilecektir.",
                 st["body"]),
        ]
    if data.kind == "uygun_degil":
        out: list[Flowable] = [para(f"{examined}; aşağıda belirtilen gerekçelerle uygun bulunmamıştır:",
                                    st["body"])]
        reasons = [r.strip() for r in data.reasons if r.strip()]
        for n, reason in enumerate(reasons, start=1):
            out.append(para(reason, st["numbered"]))
            out[-1].bulletText = f"{n}."
        out += [spacer(1.5),
                para("Belirtilen hususların giderilmesi hâlinde yeniden başvuruda bulunabilirsiniz.", st["body"])]
        if data.remedy.strip():
            out.append(para(data.remedy.strip(), st["body"]))
        return out
    # eksik
    return [
        para(f"{examined}; aşağıdaki tabloda belirtilen eksiklikler tespit edilmiştir. Başvurunuzun "
             "değerlendirilebilmesi için bu eksikliklerin tamamlanarak Müdürlüğümüze iletilmesi gerekmektedir.",
             st["body"]),
        spacer(1),
        _missing_table(data.missing, width),
        spacer(4),
        *([para(completion_period_text(data.completion_days), st["body"])] if data.completion_days > 0 else []),
        *([para(data.completion_note.strip(), st["body"])] if data.completion_note.strip() else []),
    ]


def _missing_table(missing: list[tuple[str, str]], width: float) -> Table:
    st = styles()
    no_w = 10 * mm
    item_w = (width - no_w) * 0.5
    rows = [[para("No", st["cell_head"]), para("Eksik husus", st["cell_head"]),
             para("Yapılması gereken", st["cell_head"])]]
    for n, (item, action) in enumerate(missing, start=1):
        rows.append([para(f"{n}", st["cell_center"]), para(item, st["cell"]), para(action, st["cell"])])
    t = Table(rows, colWidths=[no_w, item_w, width - no_w - item_w], repeatRows=1, splitInRow=1, hAlign="LEFT")
    t.setStyle(table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)))
    return t


def _signature(data: LetterData, width: float) -> Table:
    """Right-hand signature block: the e-signature note (only when signed; a draft the desk will sign says so; else
    that it is to be signed in EBYS),
    the signer's name and title, centred in a column."""
    st = styles()
    block_w = 75 * mm
    note = E_SIGNED if data.signed else SIGNED_ON_RECORD if data.signs_on_record else TO_BE_SIGNED
    lines = [para(note, st["small_center"]), para(data.signer_name, st["center"])]
    if data.signer_title.strip():
        lines.append(para(data.signer_title, st["center"]))
    inner = Table([[x] for x in lines], colWidths=[block_w])
    inner.setStyle(table_style(("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)))
    outer = Table([["", inner]], colWidths=[width - block_w, block_w], hAlign="LEFT")
    outer.setStyle(table_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)))
    return outer


def _attachments(attachments: list[str], width: float) -> Flowable:
    st = styles()
    lines = [f"{n}- {markup(a)}" for n, a in enumerate(attachments, start=1)]
    return KeepTogether([para("Ek:", st["small"]), Paragraph("<br/>".join(lines), st["small"])])


def _distribution(data: LetterData, width: float) -> Flowable:
    """Dağıtım: Gereği (the applicant) and Bilgi (cc), side by side."""
    st = styles()
    name = " ".join(data.recipient_name.split())
    cc = "<br/>".join(markup(c) for c in data.cc if c.strip())
    rows = [[para("Gereği:", st["small"]), para("Bilgi:", st["small"])],
            [para(name, st["small"]), Paragraph(cc, st["small"])]]
    half = width / 2
    t = Table(rows, colWidths=[half, half], hAlign="LEFT")
    t.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
    return KeepTogether([para("Dağıtım:", st["small"]), spacer(1), t])
