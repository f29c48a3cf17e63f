"""The pages: negotiations, a negotiation, evidence, the model workbench, uploads. Each calls the library."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from ..errors import DetenteError
from . import evidence, uploads, views, workbench
from .app import render
from .security import MAX_FILES, Refused, checked_form, display_name, read_upload, refuse_if_read_only

router = APIRouter(include_in_schema=False)


def as_of_date(value: str | None) -> date | None:
    """The as-of control's date; a malformed one is the user's one-line error."""
    if not value:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else date.fromisoformat("")
    except ValueError:
        raise DetenteError(f"as_of: {value[:40]!r} is not a date (YYYY-MM-DD)") from None


def _engine(request: Request):
    return request.app.state.engine


@router.get("/")
def negotiations_page(request: Request, q: str = ""):
    rows = views.negotiation_rows(_engine(request), q)
    return render(request, "negotiations.html", title="Negotiations", rows=rows, q=q)


@router.get("/negotiation")
def negotiation_page(request: Request, name: str, as_of: str = "", party: str = "", type: str = ""):
    page = views.negotiation_page(_engine(request), name, as_of_date(as_of), party, type,
                                  use_dot=request.app.state.use_dot)
    steps = [{"date": d, "href": views.link("/negotiation", name=name, as_of=d.isoformat())}
             for d in page.report_dates]
    return render(request, "negotiation.html", title=name, page=page, steps=steps, move_types=views.MOVE_TYPES,
                  latest_href=views.link("/negotiation", name=name),
                  filter_reset=views.link("/negotiation", name=name, as_of=as_of))


def _to_report(report_id: int, start: int | None, end: int | None) -> RedirectResponse:
    target = f"/report/{int(report_id)}"
    if start is not None and end is not None:
        target += f"?start={int(start)}&end={int(end)}#evidence"
    return RedirectResponse(target, status_code=303)


@router.get("/evidence/move/{move_id}")
def move_evidence(request: Request, move_id: int):
    return _to_report(*evidence.move_span(_engine(request), move_id))


@router.get("/evidence/figure/{figure_id}")
def figure_evidence(request: Request, figure_id: int):
    return _to_report(*evidence.figure_span(_engine(request), figure_id))


@router.get("/evidence/quote")
def quote_evidence(request: Request, article: str, sentence: str = ""):
    return _to_report(*evidence.quote_span(_engine(request), article, sentence))


@router.get("/report/{report_id}")
def report_page(request: Request, report_id: int, start: int | None = None, end: int | None = None):
    report = evidence.report_view(_engine(request), report_id, start, end)
    return render(request, "report.html", title=report["title"] or report["article"], report=report,
                  negotiation_href=views.link("/negotiation", name=report["negotiation"]))


# ----- the model workbench -----

def _workbench(request: Request, text: str, source: str = "", status_code: int = 200, error: str | None = None):
    result = workbench.analysis_view(text, _engine(request), use_dot=request.app.state.use_dot) if text else None
    return render(request, "workbench.html", status_code=status_code, title="Model workbench", text=text,
                  source=source, result=result, formats=list(workbench.FORMATS), open_error=error)


@router.get("/workbench")
def workbench_page(request: Request, name: str = "", as_of: str = ""):
    text = workbench.drafted_text(_engine(request), name, as_of_date(as_of)) if name else ""
    return _workbench(request, text, source=f"drafted from {name}" if name else "")


@router.post("/workbench/analyse")
async def workbench_analyse(request: Request):
    form = await checked_form(request)
    text = str(form.get("model", ""))
    if request.headers.get("hx-request"):
        result = await run_in_threadpool(workbench.analysis_view, text, _engine(request),
                                         request.app.state.use_dot)
        return render(request, "fragments/analysis.html", result=result)
    return await run_in_threadpool(_workbench, request, text)


@router.post("/workbench/open")
async def workbench_open(request: Request):
    form = await checked_form(request)
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise Refused(400, "choose a .yaml or .gmcr file to open")
    name = display_name(upload.filename)
    data = await read_upload(upload)
    try:
        text = await run_in_threadpool(workbench.opened_text, name, data)
    except DetenteError as exc:
        return _workbench(request, "", status_code=400, error=str(exc))
    return await run_in_threadpool(_workbench, request, text, f"opened from {name}")


@router.post("/workbench/download")
async def workbench_download(request: Request):
    form = await checked_form(request)
    body, media, filename = await run_in_threadpool(workbench.download, str(form.get("model", "")),
                                                    str(form.get("format", "")))
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


# ----- uploading reports -----

@router.get("/upload")
def upload_page(request: Request):
    return render(request, "upload.html", title="Upload reports", results=None, changes=[],
                  suffixes=", ".join(uploads.SUFFIXES), max_files=MAX_FILES)


@router.post("/upload")
async def upload_reports(request: Request):
    refuse_if_read_only(request)
    form = await checked_form(request)
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    if not files:
        raise Refused(400, "choose one or more report files to upload")
    named = [(display_name(f.filename), await read_upload(f)) for f in files]
    negotiation = str(form.get("negotiation", "")).strip()[:200]
    results, changes = await run_in_threadpool(uploads.ingest_files, _engine(request), named, negotiation or None)
    return render(request, "upload.html", title="Upload reports", results=results, changes=changes,
                  suffixes=", ".join(uploads.SUFFIXES), max_files=MAX_FILES)


@router.get("/favicon.ico")
def favicon():
    return RedirectResponse("/static/favicon.svg", status_code=301)
