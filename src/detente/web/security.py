"""Safe by default: CSRF tokens on every form, read-only refusals, size limits, safe links, headers.

A token is a random value kept in an HttpOnly, SameSite=Strict cookie and repeated in each form
(double submit): another site can make the browser send the cookie but cannot read it to fill the form.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.datastructures import FormData, UploadFile
from starlette.responses import Response

CSRF_COOKIE = "detente_csrf"
CSRF_FIELD = "csrf_token"
MAX_REQUEST_BYTES = 20 * 1024 * 1024   # one upload request, all files together
MAX_FILE_BYTES = 5 * 1024 * 1024       # one report or model file (the reader's own limit)
MAX_FILES = 50
MAX_FIELD_BYTES = 2 * 1024 * 1024      # a model's YAML in the editor

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class Refused(HTTPException):
    """A request the server will not carry out, with a one-line reason for the page."""


def csrf_token(request: Request) -> str:
    """The browser's token (from its cookie), or a new one that `remember_token` will set."""
    token = request.cookies.get(CSRF_COOKIE)
    if not token or len(token) != 43:
        token = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
        request.state.new_csrf = token
    return token


def remember_token(request: Request, response: Response) -> None:
    token = getattr(request.state, "new_csrf", None)
    if token:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")


def refuse_if_read_only(request: Request) -> None:
    if request.app.state.read_only:
        raise Refused(403, "this server is read-only (started with --read-only): nothing can be stored")


async def checked_form(request: Request) -> FormData:
    """The posted form, once its size and its CSRF token are checked."""
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise Refused(411, "the request must say its length")
    if int(length) > MAX_REQUEST_BYTES:
        raise Refused(413, f"the upload is {int(length) / 1e6:.1f} MB; at most {MAX_REQUEST_BYTES // 2**20} MB "
                           "at once")
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=50, max_part_size=MAX_FIELD_BYTES)
    except HTTPException as exc:
        raise Refused(400, f"the form could not be read: {exc.detail}") from None
    sent = form.get(CSRF_FIELD)
    cookie = request.cookies.get(CSRF_COOKIE)
    if not isinstance(sent, str) or not cookie or not hmac.compare_digest(sent, cookie):
        raise Refused(403, "the form's security token is missing or stale: reload the page and try again")
    return form


async def read_upload(upload: UploadFile, limit: int = MAX_FILE_BYTES) -> bytes:
    """An uploaded file's bytes, refused when over ``limit``."""
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise Refused(413, f"{display_name(upload.filename)}: over the {limit // 2**20} MB limit for one file")
    return data


def display_name(filename: str | None) -> str:
    """The last part of a client's file name, for messages only (never a path on this machine)."""
    name = (filename or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in name if ch.isprintable())[:120] or "upload"


def safe_url(url: str | None) -> str | None:
    """A report's URL when it is a web address; anything else (javascript:, data:) is not linked."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def security_headers(response: Response) -> None:
    response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
