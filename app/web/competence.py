"""The public page of the Genel Yetkinlik Puanları (SBYS Yönetmeliği md. 20): GET /yetkinlik[?yil=Y][&lang=en]
and its JSON, GET /yetkinlik.json. The list the KTS desk publishes (app.workflows.kts.competence), read-only."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from app.web.pages import render, service
from app.web.texts import lang_of
from app.workflows.kts import competence

router = APIRouter(include_in_schema=False)

TEXTS = {
    "tr": {"heading": "Genel Yetkinlik Puanları {year}", "producer": "Üretici", "product": "SBYS",
           "status": "KTS listesi", "technical": "Teknik Değerlendirme Puanı", "personnel": "Personel Kapasite Puanı",
           "raise": "Açık kaynak artışı", "general": "Genel Yetkinlik Puanı",
           "none": "Bu yıl için yayımlanmış puan yok.",
           "note": "SBYS Yönetmeliği md. 20. Değerlendirme ölçütleri ve personel ölçeği örnek referans verisidir "
                   "(resmî metinle doğrulanmadı).", "json": "JSON olarak indir"},
    "en": {"heading": "General competence scores {year}", "producer": "Producer", "product": "SBYS",
           "status": "KTS list", "technical": "Technical evaluation score", "personnel": "Personnel capacity score",
           "raise": "Open-source raise", "general": "General competence score", "none": "No scores published for "
           "this year.", "note": "SBYS Regulation art. 20. The evaluation criteria and the personnel scale are example "
           "reference data (not verified against the official text).", "json": "Download as JSON"},
}
STATUS_EN = {"Aktif liste": "Active list", "Pasif liste": "Passive list", "Silinmiş": "Deleted"}


def _year(request: Request, yil: int | None) -> int:
    today = service(request).clock.today()
    return yil if yil is not None and 2000 <= yil <= today.year + 1 else today.year


def _rows(request: Request, year: int) -> list[competence.ScoreRow]:
    svc = service(request)
    with svc.read() as s:
        return competence.published_scores(s, year, svc.clock.today())


@router.get("/yetkinlik", response_class=HTMLResponse)
def scores_page(request: Request, yil: int | None = None, lang: str | None = None) -> HTMLResponse:
    lg = lang_of(lang)
    year = _year(request, yil)
    rows = _rows(request, year)
    words = TEXTS[lg]

    def status_of(label: str) -> str:
        return STATUS_EN.get(label, label) if lg == "en" else label

    def num(value: object) -> str:
        text = "" if value is None else str(value)
        return text.replace(".", ",") if lg == "tr" else text

    return render(request, "yetkinlik.html", lg, year=year, rows=rows, w=words, status_of=status_of, num=num,
                  heading=words["heading"].format(year=year))


@router.get("/yetkinlik.json")
def scores_json(request: Request, yil: int | None = None) -> Response:
    year = _year(request, yil)
    return Response(competence.scores_json(year, _rows(request, year)), media_type="application/json")
