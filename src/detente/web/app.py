"""The workbench application: one store, Jinja2 pages, the JSON API, packaged static files."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DetenteError
from ..store import open_store
from .security import csrf_token, remember_token, security_headers

HERE = Path(__file__).parent
HTMX = "vendor/htmx-2.0.11.min.js"

templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=StrictUndefined,
                        trim_blocks=True, lstrip_blocks=True)


def render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    """A page, with the form token and the server's mode every layout needs."""
    token = csrf_token(request)
    html = templates.get_template(template).render(
        csrf_token=token, read_only=request.app.state.read_only, htmx=HTMX, **context)
    response = HTMLResponse(html, status_code=status_code)
    remember_token(request, response)
    return response


def create_app(db: str | None = None, read_only: bool = False, engine: Engine | None = None,
               use_dot: bool = True) -> FastAPI:
    """The app over the store at ``db`` (or an open ``engine``); ``read_only`` refuses every write.

    ``use_dot`` draws state graphs with Graphviz when it is installed (tests turn it off to check the
    layout computed in Python).
    """
    from . import api, pages

    app = FastAPI(title="detente", version=_version(), docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="The JSON API of the detente workbench: the same data as the CLI's --json.")
    app.state.engine = engine if engine is not None else open_store(db)
    app.state.read_only = read_only
    app.state.use_dot = use_dot
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        security_headers(response)
        return response

    @app.exception_handler(DetenteError)
    async def detente_error(request: Request, exc: DetenteError):
        return _error(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "the request could not be carried out"
        if exc.status_code == 404 and message == "Not Found":
            message = f"{request.url.path}: no such page"
        return _error(request, exc.status_code, message)

    return app


def _error(request: Request, status: int, message: str):
    """A one-line error: JSON for the API, a page for people, a fragment for in-place updates."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status)
    if request.headers.get("hx-request"):
        return render(request, "fragments/error.html", status_code=status, message=message)
    return render(request, "error.html", status_code=status, message=message, title="Error")


def _version() -> str:
    from .. import __version__

    return __version__
