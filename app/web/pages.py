"""The public pages: the form, a permit's status by its code, a PDF's check. Turkish first, `?lang=en`."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from app.documents.permit import ISSUER
from app.web.service import Service
from app.web.texts import lang_of, text
from app.web.uploads import UploadRefused, read_pdf
from app.workflows.common.messages import catalogue
from app.workflows.common.messages import render as render_message

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
router = APIRouter(include_in_schema=False)
# A file whose signature and content checked out: what is left to say is the permit's status.
SOUND_FILE = ("valid", "demo", "suspended", "revoked", "superseded", "not_yet")


def service(request: Request) -> Service:
    return request.app.state.service  # type: ignore[no-any-return]


def client(request: Request) -> str | None:
    return request.client.host if request.client else None


def page_context(request: Request, lang: str) -> dict[str, Any]:
    other = "tr" if lang == "en" else "en"
    query = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    if other == "en":
        query.append(("lang", "en"))
    switch = request.url.path + ("?" + "&".join(f"{k}={quote(v)}" for k, v in query) if query else "")
    return {"lang": lang, "other_lang": other, "switch_url": switch, "lang_query": "?lang=en" if lang == "en" else "",
            "t": lambda key, **kw: text(key, lang, **kw), "d": lambda day: f"{day:%d.%m.%Y}" if day else "",
            "issuer": ISSUER, "today": service(request).clock.today()}


def render(request: Request, name: str, lang: str, status: int = 200, **extra: Any) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, {**page_context(request, lang), **extra}, status_code=status)


def message_page(request: Request, status: int, key: str, lang: str, heading_key: str = "error_title",
                 tone: str = "gecersiz", **kw: Any) -> HTMLResponse:
    return render(request, "message.html", lang, status, heading=text(heading_key, lang),
                  message=text(key, lang, **kw), tone=tone)


@router.get("/")
def home(lang: str | None = None) -> RedirectResponse:
    return RedirectResponse("/dogrula" + ("?lang=en" if lang_of(lang) == "en" else ""), status_code=307)


@router.get("/dogrula", response_class=HTMLResponse)
def form(request: Request, kod: str | None = None, lang: str | None = None) -> Response:
    """The form. A code typed into it comes back here (GET, no JavaScript) and goes on to its page."""
    lg = lang_of(lang)
    if kod is not None:
        if not kod.strip():
            return render(request, "form.html", lg, 400, error=text("err_empty_code", lg))
        typed = kod.strip().rsplit("/dogrula/", 1)[-1]      # the QR's whole address pasted in works too
        target = "/dogrula/" + quote(typed, safe="") + ("?lang=en" if lg == "en" else "")
        return RedirectResponse(target, status_code=303)
    return render(request, "form.html", lg)


@router.get("/dogrula/{code}", response_class=HTMLResponse)
def permit_page(request: Request, code: str, lang: str | None = None) -> HTMLResponse:
    lg = lang_of(lang)
    found = service(request).permit(code, "page", client(request))
    if found is None:
        return message_page(request, 404, "unknown", lg, heading_key="unknown_title", tone="bilinmiyor",
                            code=code.strip()[:80])
    return render(request, "permit.html", lg, p=found)


@router.post("/dogrula/belge", response_class=HTMLResponse)
def file_page(request: Request, belge: UploadFile | None = File(None), lang: str | None = None) -> HTMLResponse:
    lg = lang_of(lang)
    svc = service(request)
    try:
        pdf = read_pdf(belge, svc.max_upload)
    except UploadRefused as refused:
        return message_page(request, refused.status, refused.key, lg)
    result, facts = svc.file(pdf, "sayfa", client(request))
    return render(request, "file.html", lg, 200, sound=result.status in SOUND_FILE,
                  reason=render_message(result.reason, catalogue(lg)), p=facts)
