"""`create_app`: the verification service as one ASGI application (stateless; run as many as needed)."""

from __future__ import annotations

import base64
import hashlib
import importlib
import logging
import re
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.web import api, competence, pages, vendor_api
from app.web.security import PROBLEM, BodyLimit, SecurityHeaders, is_api, problem_body
from app.web.service import ServiceUnavailable, WebSettings, service_of
from app.web.texts import lang_of, text

log = logging.getLogger("ush_izin.web")

DESCRIPTION = """USH Faaliyet İzin Belgesi doğrulama hizmeti (T.C. Sağlık Bakanlığı, SHGM).

Bir izin belgesinin güncel durumu (`gecerli`, `askida`, `iptal`, `yenilenmis`) ve kamuya açık bilgileri; kişisel
veri yoktur. Hatalar `application/problem+json` olarak döner. Her sorgu hizmet günlüğüne yazılır."""


def create_app(engine_or_session_factory: Engine | sessionmaker[Session],
               settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings()
    app = FastAPI(title="USH İzin doğrulama hizmeti", version="1", description=DESCRIPTION, docs_url=None,
                  redoc_url=None, openapi_url="/openapi.json")
    app.state.service = service_of(engine_or_session_factory, settings)
    app.state.vendor_facts = vendor_api.FactsCache()
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(vendor_api.router)        # POST /api/v1/hizmet-sorgu (USBS vendors)
    app.include_router(competence.router)        # GET /yetkinlik: Genel Yetkinlik Puanları (SBYS md. 20)
    for module in settings.extra_routers:
        app.include_router(importlib.import_module(module).router)

    docs = get_swagger_ui_html(openapi_url="/openapi.json", title="USH İzin doğrulama hizmeti — API")
    docs_csp = _docs_csp(bytes(docs.body).decode())

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return HTMLResponse(bytes(docs.body))

    @app.get("/api/v1/saglik", include_in_schema=False)
    def health() -> dict[str, str]:
        return {"durum": "ok"}

    _errors(app)
    app.add_middleware(BodyLimit, limit=settings.max_upload + 64 * 1024,   # room for the multipart envelope
                       page=lambda status, key, lang: _page_bytes(status, key, lang))
    app.add_middleware(SecurityHeaders, docs_csp=lambda: docs_csp)
    return app


def _docs_csp(html: str) -> str:
    """The OpenAPI page loads Swagger UI from its CDN and runs one inline script: allowed by its hash only."""
    inline = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
                      for s in inline)
    return ("default-src 'none'; script-src https://cdn.jsdelivr.net " + hashes + "; style-src https://cdn.jsdelivr.net; "
            "img-src 'self' data: https://fastapi.tiangolo.com; connect-src 'self'; frame-ancestors 'none'; "
            "base-uri 'none'")


def _page_bytes(status: int, key: str, lang: str) -> bytes:
    """A minimal Turkish (or English) error page without a request (the body limit answers before routing)."""
    from html import escape

    return (f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
            f"content=\"width=device-width, initial-scale=1\"><title>{escape(text('error_title', lang))}</title>"
            f"<link rel=\"stylesheet\" href=\"/static/style.css\"></head><body><main><div class=\"status "
            f"status-gecersiz\"><div class=\"word\">{escape(text('error_title', lang))}</div></div><p class=\"message\">"
            f"{escape(text(key, lang))}</p><p><a href=\"/dogrula\">{escape(text('again', lang))}</a></p></main>"
            f"</body></html>").encode("utf-8")


def _answer(request: Request, status: int, key: str, **kw: object) -> Response:
    lang = lang_of(request.query_params.get("lang"))
    if is_api(request.scope) or request.url.path == "/openapi.json":
        return Response(problem_body(status, text("error_title", lang), text(key, lang, **kw), lang),
                        status_code=status, media_type=PROBLEM)
    try:
        return pages.message_page(request, status, key, lang, **kw)
    except Exception:  # noqa: BLE001 (the page itself failed: the plain one)
        return HTMLResponse(_page_bytes(status, key, lang), status_code=status)


def _errors(app: FastAPI) -> None:
    """Every error answer is Turkish (or English) and says nothing about the code or the database."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        key = {404: "err_not_found", 405: "err_method", 413: "err_too_large"}.get(exc.status_code)
        if key is None:
            key = "err_internal" if exc.status_code >= 500 else "err_unreadable"
        return _answer(request, exc.status_code, key)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        fields = ", ".join(".".join(str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path"))
                           for e in exc.errors())
        return _answer(request, 422, "err_bad_request", detail=fields or "?")

    @app.exception_handler(ServiceUnavailable)
    async def unavailable(request: Request, exc: ServiceUnavailable) -> Response:
        return _answer(request, 503, "err_unavailable")

    @app.exception_handler(DBAPIError)
    async def database(request: Request, exc: DBAPIError) -> Response:
        log.error("database error: %s", type(exc.orig).__name__ if exc.orig else type(exc).__name__)
        return _answer(request, 503, "err_unavailable")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error in %s %s", request.method, request.url.path)
        return _answer(request, 500, "err_internal")
