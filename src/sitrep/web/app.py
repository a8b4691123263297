"""The ASGI app of ``sitrep serve``: the JSON API (``/api/v1``, ``api.py``), the pages
(``pages.py``) and the vendored static files, over one sitrep database.

Security (docs/security.md, "The web app"): every response carries a Content Security Policy
that allows scripts, styles, images and requests from this server only (no inline script, no
CDN); request bodies over ``MAX_BODY`` bytes and URLs over ``MAX_URL`` characters are refused;
on a loopback address only requests whose ``Host`` names the loopback are served (a DNS
rebinding page cannot read the API); writes need the token in the ``X-Sitrep-Token`` header
(never a cookie, so another site's form cannot send it), and when the server listens beyond
the loopback, reads need it too (header, or ``?token=`` once, which sets a same-site cookie for
reads only). Errors are JSON ``{"error", "hint"}`` without tracebacks (pages: a short HTML
page)."""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import threading
import weakref
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep.errors import DatabaseError, SitrepError
from sitrep.store.backend import Connection

HERE = Path(__file__).resolve().parent
MAX_BODY = 64 * 1024
MAX_URL = 8 * 1024
TOKEN_HEADER = "x-sitrep-token"
COOKIE = "sitrep_read"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
HEADERS = [(b"content-security-policy", CSP.encode()),
           (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"),
           (b"x-frame-options", b"DENY"),
           (b"cross-origin-opener-policy", b"same-origin"),
           (b"cross-origin-resource-policy", b"same-origin")]
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Pool:
    """Open databases kept for the next request: opening one costs a file check on SQLite and a
    connection (10-15 ms) on PostgreSQL. Thread-safe; a request takes one, gives it back when
    done; at most ``keep`` are kept idle (more are opened while more requests run at once). A
    database that failed (lost connection) or was left in a transaction is closed, not kept."""

    def __init__(self, target: str, *, read_only: bool, keep: int = 8) -> None:
        self.target = target
        self.read_only = read_only
        self.keep = keep
        self._idle: list[Any] = []
        self._lock = threading.Lock()
        # idle connections are closed when the app goes away (and at exit), not left to the GC
        self._finalizer = weakref.finalize(self, _close_all, self._idle, self._lock)

    @contextmanager
    def database(self) -> Iterator[Any]:
        from sitrep.store import open_db

        with self._lock:
            db = self._idle.pop() if self._idle else None
        if db is None:
            db = open_db(self.target, read_only=self.read_only)
        try:
            yield db
        except BaseException as exc:
            if isinstance(exc, DatabaseError) or not isinstance(exc, SitrepError):
                db.close()  # the connection may be lost or in a failed state
                raise
            self._give_back(db)
            raise
        self._give_back(db)

    def _give_back(self, db: Any) -> None:
        try:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
        except Exception:  # noqa: BLE001 - a connection that cannot roll back is not kept
            db.close()
            return
        with self._lock:
            if len(self._idle) < self.keep:
                self._idle.append(db)
                return
        db.close()

    def close(self) -> None:
        self._finalizer()


def _close_all(idle: list[Any], lock: threading.Lock) -> None:
    with lock:
        dbs, idle[:] = list(idle), []
    for db in dbs:
        try:
            db.close()
        except Exception:  # noqa: BLE001, S110 - closing at exit: nothing left to do
            pass


class Settings:
    """What the app serves and how: the database, the token, the address it listens on."""

    def __init__(self, db_path: str | Path, *, token: str | None = None,
                 host: str = "127.0.0.1", author: str = "analyst") -> None:
        self.db_path = str(db_path)
        self.token = token or secrets.token_urlsafe(24)
        self.host = host
        self.loopback = is_loopback(host)
        self.author = author
        self.readers = Pool(self.db_path, read_only=True)
        self.writers = Pool(self.db_path, read_only=False, keep=2)

    def token_ok(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(str(given).encode(), self.token.encode())

    @contextmanager
    def reader(self) -> Iterator[Connection]:
        """A read-only connection (a query never writes the database), from the pool."""
        with self.readers.database() as db:
            yield db.conn

    @contextmanager
    def database(self) -> Iterator[Any]:
        """A read-only ``Database`` (for the library calls that take one), from the pool."""
        with self.readers.database() as db:
            yield db

    @contextmanager
    def writer(self) -> Iterator[Connection]:
        with self.writers.database() as db:
            yield db.conn

    def close(self) -> None:
        self.readers.close()
        self.writers.close()


class Guard:
    """Pure ASGI middleware: size limits, the Host check, read authorisation off the loopback,
    and the security headers on every response."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                own = message.get("headers", [])
                # a page may set a stricter policy of its own (the brief: no script at all)
                extra = [h for h in HEADERS if h[0] != b"content-security-policy"
                         or not any(k.lower() == h[0] for k, _ in own)]
                message = {**message, "headers": [*own, *extra]}
            await send(message)

        problem = self._problem(scope, headers)
        if problem is not None:
            status, error, hint = problem
            await JSONResponse({"error": error, "hint": hint}, status)(scope, receive,
                                                                        send_secure)
            return
        seen = 0

        async def receive_limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > MAX_BODY:  # a body without Content-Length (chunked)
                    raise StarletteHTTPException(413, "request body too large")
            return message

        await self.app(scope, receive_limited, send_secure)

    def _problem(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str, str] | None:
        query = scope.get("query_string", b"")
        if len(scope.get("raw_path", b"") or b"") + len(query) > MAX_URL:
            return 414, "URL too long", f"keep the address under {MAX_URL} characters"
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            return 413, "request body too large", f"send at most {MAX_BODY} bytes"
        s = self.settings
        host = headers.get("host", "").rsplit(":", 1)[0] if not headers.get(
            "host", "").startswith("[") else headers.get("host", "").split("]")[0] + "]"
        if s.loopback and host not in LOOPBACK_HOSTS:
            return 421, "unknown Host", "open the app at http://127.0.0.1 or http://localhost"
        if not s.loopback and not scope["path"].startswith("/static/"):
            cookies = headers.get("cookie", "")
            given = headers.get(TOKEN_HEADER) or _cookie(cookies, COOKIE) or _param(query)
            if not s.token_ok(given):
                return 401, "token needed", ("this server listens beyond the loopback: open "
                                             "it with ?token=TOKEN (printed by sitrep serve)")
        return None


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def _param(query: bytes) -> str | None:
    from urllib.parse import parse_qs

    values = parse_qs(query.decode("latin-1")).get("token")
    return values[0] if values else None


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
        "accept", "")


def _error(request: Request, status: int, error: str, hint: str | None) -> Response:
    if _wants_html(request):
        from sitrep.web.pages import error_page

        return error_page(request, status, error, hint)
    return JSONResponse({"error": error, "hint": hint}, status)


def create_app(db_path: str | Path, *, token: str | None = None, host: str = "127.0.0.1",
               author: str = "analyst") -> FastAPI:
    """The app over the sitrep database at ``db_path`` (opened read-only for reads; writes of
    corrections open it for writing)."""
    from sitrep.store import open_db
    from sitrep.web import api, pages

    with open_db(db_path) as db:  # created or migrated once, here (corrections need 0005)
        _ = db.schema_version
    settings = Settings(db_path, token=token, host=host, author=author)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        settings.close()  # the server stops: its pooled connections are closed

    app = FastAPI(title="sitrep API", version="1", docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  openapi_url="/api/v1/openapi.json",
                  description="Incidents, events, casualty claims, tallies, articles and "
                              "places of one sitrep database. Every record carries its evidence "
                              "(article id and character span). Lists take the filters of the "
                              "CLI and return a page of `items` with `next_cursor`.")
    app.state.settings = settings
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static", html=False), name="static")

    @app.exception_handler(SitrepError)
    async def sitrep_error(request: Request, exc: SitrepError) -> Response:
        status = 503 if isinstance(exc, DatabaseError) else 400
        if "no article" in exc.message or exc.message.startswith("no "):
            status = 404
        return _error(request, status, exc.message, exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), None)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}"
                             for e in exc.errors())[:500]
        return _error(request, 422, "invalid request", problems)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        return _error(request, 500, "internal error", "see the server's log")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    guarded = Guard(app, settings)
    app.user_middleware.clear()
    return _Wrapped(app, guarded)  # type: ignore[return-value]


class _Wrapped:
    """The FastAPI app behind the guard, still reachable as ``.app`` (routes, state, OpenAPI)."""

    def __init__(self, app: FastAPI, guarded: Guard) -> None:
        self.app = app
        self.guarded = guarded
        self.state = app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.guarded(scope, receive, send)

    def openapi(self) -> dict[str, Any]:
        return self.app.openapi()
