"""The JSON API (documented at /docs): a permit's public facts by its code, a PDF's check."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field

from app.documents.permit import ISSUER
from app.web.pages import client, service
from app.web.security import PROBLEM, problem_body
from app.web.texts import lang_of, text
from app.web.uploads import UploadRefused, read_pdf
from app.workflows.common.verification import PublicPermit

router = APIRouter(prefix="/api/v1", tags=["doğrulama"])

Durum = Literal["gecerli", "askida", "iptal", "yenilenmis", "yururlukte_degil", "gecersiz"]


class Alan(BaseModel):
    kod: str
    ad: str
    dal: str = ""


class Izin(BaseModel):
    """A permit's public facts (no TC kimlik number, no personal data)."""

    durum: Durum = Field(description="gecerli | askida | iptal | yenilenmis (and yururlukte_degil: issued for a later "
                                     "day; gecersiz: a demo-signed document outside a demo database)")
    dogrulama_kodu: str
    izin_no: str
    revizyon: int
    tesis_adi: str
    ckys_kodu: str
    il: str
    ilce: str
    alanlar: list[Alan] = Field(description="USH areas in force today (empty unless gecerli)")
    duzenlenme_tarihi: dt.date
    revizyon_tarihi: dt.date
    duzenleyen_birim: str
    baslangic: dt.date | None = Field(None, description="askida, iptal, yenilenmis: since when")
    bitis: dt.date | None = Field(None, description="askida: the first day in force again (null: until lifted)")
    dayanak: str = Field("", description="askida, iptal: the legal basis of the decision (never the reason text)")
    yururlukteki_kod: str = Field("", description="yenilenmis: the verification code of the revision in force")
    demo: bool = Field(False, description="a demo document: no legal validity")
    sorgu_tarihi: dt.date


class BelgeSonucu(BaseModel):
    gecerli: bool = Field(description="the document is genuine, unchanged and its permit in force today")
    sonuc: str = Field(description="valid, demo, suspended, revoked, superseded, not_yet, unknown_code, no_code, "
                                   "no_signature, signature_broken, untrusted, content_changed, demo_signature")
    aciklama: str
    izin: Izin | None = None


class Problem(BaseModel):
    type: str = "about:blank"
    title: str
    status: int
    detail: str


PROBLEMS = {404: {"model": Problem, "content": {PROBLEM: {}}}}


def izin_of(p: PublicPermit, today: dt.date) -> Izin:
    return Izin(durum=p.durum, dogrulama_kodu=p.code, izin_no=p.number, revizyon=p.revision_no,  # type: ignore[arg-type]
                tesis_adi=p.facility_name, ckys_kodu=p.ckys_code, il=p.province, ilce=p.district,
                alanlar=[Alan(kod=a.code, ad=a.name, dal=a.branch) for a in p.areas], duzenlenme_tarihi=p.issued_on,
                revizyon_tarihi=p.revision_from, duzenleyen_birim=ISSUER, baslangic=p.since, bitis=p.until,
                dayanak=p.reason_category, yururlukteki_kod=p.current_code, demo=p.demo, sorgu_tarihi=today)


def problem(status: int, key: str, lang: str, title_key: str = "error_title", **kw: object) -> Response:
    return Response(problem_body(status, text(title_key, lang), text(key, lang, **kw), lang), status_code=status,
                    media_type=PROBLEM)


@router.get("/izin/{code}", response_model=Izin, responses={**PROBLEMS},
            summary="Bir izin belgesinin güncel durumu ve kamuya açık bilgileri")
def permit(request: Request, code: str, lang: str | None = None) -> Response:
    """The code with or without dashes, in either case, or the old `USH-IZIN:` QR payload."""
    svc = service(request)
    found = svc.permit(code, "api", client(request))
    if found is None:
        return problem(404, "unknown", lang_of(lang), "unknown_title", code=code.strip()[:80])
    # serialised once here (the response model documents it; FastAPI would validate it a second time)
    return Response(izin_of(found, svc.clock.today()).model_dump_json(), media_type="application/json")


@router.post("/dogrula", response_model=BelgeSonucu,
             responses={400: PROBLEMS[404], 413: PROBLEMS[404], 415: PROBLEMS[404]},
             summary="Bir izin belgesi PDF dosyasının doğrulanması (imza, içerik, güncel durum)")
def check_file(request: Request, belge: UploadFile | None = File(None, description="the permit PDF (≤ 10 MB)"),
               lang: str | None = None) -> BelgeSonucu | Response:
    svc = service(request)
    try:
        pdf = read_pdf(belge, svc.max_upload)
    except UploadRefused as refused:
        return problem(refused.status, refused.key, lang_of(lang))
    result, facts = svc.file(pdf, "api", client(request))
    return BelgeSonucu(gecerli=result.valid and not result.demo, sonuc=result.status, aciklama=result.reason,
                       izin=izin_of(facts, svc.clock.today()) if facts else None)
