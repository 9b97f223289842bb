"""Security headers, the request body limit and error answers that never show a stack trace or SQL.

Pure ASGI middlewares (no BaseHTTPMiddleware: it buffers and costs a task per request). The body limit checks the
declared Content-Length first and then counts the bytes actually streamed (a chunked upload has no length),
so no handler ever sees more than `limit` bytes.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from app.web.texts import lang_of, text

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")
PROBLEM = "application/problem+json"


def is_api(scope: Scope) -> bool:
    return str(scope.get("path", "")).startswith("/api/")


def scope_lang(scope: Scope) -> str:
    from urllib.parse import parse_qs

    qs = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return lang_of((qs.get("lang") or [""])[0])


def problem_body(status: int, title: str, detail: str, lang: str = "tr") -> bytes:
    return json.dumps({"type": "about:blank", "title": title, "status": status, "detail": detail,
                       "lang": lang}, ensure_ascii=False).encode("utf-8")


class SecurityHeaders:
    """nosniff, no framing, no referrer; a CSP without inline script; no-store on API answers. `docs_csp` is the
    generated OpenAPI page's own CSP (its one inline script allowed by its hash)."""

    def __init__(self, app: ASGIApp, docs_csp: Callable[[], str]) -> None:
        self.app, self.docs_csp = app, docs_csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in (b"content-security-policy", b"cache-control")]
                csp = self.docs_csp() if path == "/docs" else PAGE_CSP
                cache = b"no-store" if is_api(scope) or path == "/openapi.json" else (
                    b"public, max-age=3600" if path.startswith("/static/") else b"no-cache")
                headers += [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
                            (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"),
                            (b"cache-control", cache)]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class _TooLarge(BaseException):
    """Not an Exception: FastAPI turns any Exception raised while parsing a form into a 400."""


class BodyLimit:
    """Refuse a request body over `limit` bytes with 413: by its Content-Length before reading anything, or as
    soon as the streamed bytes pass the limit."""

    def __init__(self, app: ASGIApp, limit: int, page: Callable[[int, str, str], bytes]) -> None:
        self.app, self.limit, self.page = app, limit, page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                too_big = True
            if too_big:
                await self._refuse(scope, send)
                return
        seen = 0
        started = False

        async def counting() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting, tracking)
        except _TooLarge:
            if not started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        lang = scope_lang(scope)
        detail = text("err_too_large", lang)
        if is_api(scope):
            body, kind = problem_body(413, detail, detail, lang), PROBLEM.encode()
        else:
            body, kind = self.page(413, "err_too_large", lang), b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
