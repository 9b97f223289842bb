"""One application rendered as HTML for a QTextBrowser: the İSM detail's "Başvuru" tab (`summary_html`) and SHGM's
read-only review of a forwarded application (`review_html`). One module, one translation context
("ApplicationHtml"), the same helpers for tables and lists, so both desks show an application the same way.

Every value is escaped; an empty value is shown as "—" in the tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui.common.formats import date_text, datetime_text
from app.ui.common.style import OK_COLOUR, WARNING_COLOUR
from app.ui.common.texts import shown
from app.ui.labels import vendor_status_label
from app.workflows.common.vocabulary import NOTICE_KIND_LABELS, VendorStatus

if TYPE_CHECKING:
    from app.workflows.common.application_view import ApplicationDetail
    from app.workflows.shgm.decisions import ShgmReview

translate = QCoreApplication.translate   # a name lupdate reads: translate("Context", "text")
e = escape


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    """Caption / value rows of a two-column table (the İSM's layout: grey captions, "—" for nothing)."""
    return "".join(f"<tr><td style='color:#555; padding-right:12px'>{e(k)}</td><td>{e(v or '—')}</td></tr>"
                   for k, v in pairs)


def _bold_rows(pairs: Iterable[tuple[str, str]]) -> str:
    """Caption / value rows with bold captions (SHGM's review)."""
    return "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v or '')}</td></tr>" for k, v in pairs)


def _items(texts: Iterable[str], empty: str = "") -> str:
    return "".join(f"<li>{e(t)}</li>" for t in texts) or empty


def summary_html(d: ApplicationDetail) -> str:
    """The İSM's "Başvuru" tab: the facility, the areas asked for, the USBS (with its KTS list status on the day
    of receipt), the professionals and the application's own data."""
    f = d.facility
    vendor_status = ""
    if d.vendor_status is not None:
        colour = OK_COLOUR if d.vendor_status == VendorStatus.ACTIVE else WARNING_COLOUR
        vendor_status = (f" <span style='color:{colour}'>({e(vendor_status_label(d.vendor_status))}, "
                         f"{e(date_text(d.received_on))})</span>")
    areas = _items((a.label for a in d.areas), "<li>—</li>")
    pros = "".join(
        f"<tr><td>{e(p.tckn)}</td><td>{e(p.first_name)} {e(p.last_name)}</td><td>{e(p.profession)}</td>"
        f"<td>{e(p.branch_name)}</td><td>{e(p.licence_no)}</td><td>{e(p.work_permit_no)}</td>"
        f"<td>{e(date_text(p.work_permit_from))}</td></tr>" for p in d.professionals)
    head = "".join(f"<th align='left' style='padding-right:10px'>{e(h)}</th>" for h in (
        translate("ApplicationHtml", "TC kimlik no"), translate("ApplicationHtml", "Ad soyad"),
        translate("ApplicationHtml", "Meslek"), translate("ApplicationHtml", "Branş"),
        translate("ApplicationHtml", "Diploma / tescil no"), translate("ApplicationHtml", "Çalışma belgesi no"),
        translate("ApplicationHtml", "Başlangıç")))
    titles = [translate("ApplicationHtml", "Sağlık tesisi"), translate("ApplicationHtml", "İstenen USH alanları"),
              translate("ApplicationHtml", "USBS"), translate("ApplicationHtml", "Meslek mensupları"),
              translate("ApplicationHtml", "Başvuru")]
    return (
        f"<h3>{e(titles[0])}</h3><table>" + _rows([
            (translate("ApplicationHtml", "Tesis adı"), f.name),
            (translate("ApplicationHtml", "ÇKYS kodu"), f.ckys_code),
            (translate("ApplicationHtml", "Tür"), f.type_name),
            (translate("ApplicationHtml", "İl / ilçe"), f"{f.province_name} / {f.district}"),
            (translate("ApplicationHtml", "Adres"), f.address),
            (translate("ApplicationHtml", "Vergi kimlik no"), f.tax_no),
            (translate("ApplicationHtml", "TC kimlik no"), f.tckn),
            (translate("ApplicationHtml", "MERSİS no"), f.mersis_no),
            (translate("ApplicationHtml", "Mesul müdür"), f.manager_name),
            (translate("ApplicationHtml", "Telefon"), f.phone), (translate("ApplicationHtml", "E-posta"), f.email),
            (translate("ApplicationHtml", "KEP adresi"), f.kep_address),
        ]) + "</table>"
        f"<h3>{e(titles[1])}</h3><ul>{areas}</ul>"
        f"<h3>{e(titles[2])}</h3><p>{e(d.vendor_name or '—')}{vendor_status}<br/>{e(d.product_label)}</p>"
        f"<h3>{e(titles[3])}</h3><table cellspacing='0' cellpadding='2'><tr>{head}</tr>{pros}"
        "</table>"
        f"<h3>{e(titles[4])}</h3><table>" + _rows([
            (translate("ApplicationHtml", "Ek-1 sürümü"), d.ek1_title),
            (translate("ApplicationHtml", "Not"), d.note)]) + "</table>")


def review_html(r: ShgmReview) -> str:
    """SHGM's read-only review of a forwarded application: the facility in brief, the dates, the areas asked
    for, the İSM's Ek-1 examination, the letters sent and the notes."""
    d, f = r.detail, r.detail.facility
    h_areas = translate("ApplicationHtml", "İstenen USH alanları")
    h_ek1 = translate("ApplicationHtml", "İl Sağlık Müdürlüğünün Ek-1 incelemesi")
    h_notes, h_letters = translate("ApplicationHtml", "Notlar"), translate("ApplicationHtml", "Bildirimler")
    rows = [(translate("ApplicationHtml", "Sağlık tesisi"), f.name),
            (translate("ApplicationHtml", "Tür"), f.type_name),
            (translate("ApplicationHtml", "ÇKYS kodu"), f.ckys_code),
            (translate("ApplicationHtml", "İl / ilçe"), f"{f.province_name} / {f.district}"),
            (translate("ApplicationHtml", "Adres"), f.address),
            (translate("ApplicationHtml", "Vergi / MERSİS"), " / ".join(x for x in (f.tax_no, f.mersis_no) if x)),
            (translate("ApplicationHtml", "USBS"), f"{d.vendor_name} {d.product_label}".strip()),
            (translate("ApplicationHtml", "Başvuru tarihi"), date_text(d.received_on)),
            (translate("ApplicationHtml", "SHGM'ye geliş"),
             translate("ApplicationHtml", "{when} ({days} gün önce)").format(when=datetime_text(r.forwarded_at),
                                                                           days=r.days_waiting))]
    html = [f"<h3>{e(d.number)} — {e(f.name)}</h3><table cellspacing=2>", _bold_rows(rows), "</table>"]
    html.append(f"<h4>{e(h_areas)}</h4><ul>{_items(a.label for a in r.requested)}</ul>")
    html.append(f"<h4>{e(h_ek1)}</h4>"
                "<table border=1 cellspacing=0 cellpadding=3>")
    for c in d.checklist:
        html.append(f"<tr><td>{c.number}</td><td>{e(c.title)}</td><td><b>{e(c.answer_label)}</b></td>"
                    f"<td>{e(c.note)}</td></tr>")
    html.append("</table>")
    if d.notifications:
        html.append(f"<h4>{e(h_letters)}</h4><ul>")
        html += [f"<li>{e(date_text(n.sent_on))} — {e(n.sayi)} ({e(shown(NOTICE_KIND_LABELS[n.kind]))}) — {e(n.signer_name)}</li>"
                 for n in d.notifications]
        html.append("</ul>")
    notes = [t for t in d.transitions if t.reason]
    if d.note or notes:
        html.append(f"<h4>{e(h_notes)}</h4><ul>")
        if d.note:
            html.append(f"<li>{e(d.note)}</li>")
        html += [f"<li>{e(datetime_text(t.at))} {e(t.actor_name)}: {e(t.reason)}</li>" for t in notes]
        html.append("</ul>")
    return "".join(html)
