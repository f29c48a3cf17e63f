"""The JSON API: the same objects as the CLI's --json, from the same library calls; and its OpenAPI page."""

from __future__ import annotations

import io
import json

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import Response

from ..report.analysis_json import write_json
from ..report.negotiation import build
from ..report.negotiation_text import report_dict
from ..tracking import contradictions, negotiations, positions, series, timeline
from .pages import as_of_date

router = APIRouter(prefix="/api", tags=["api"])

AS_OF = Query("", description="Only what was known on this date (YYYY-MM-DD), as --as-of.")
NEGOTIATION = Query(None, description="The negotiation's label (all negotiations when left out).")


def _json(data) -> Response:
    return Response(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n",
                    media_type="application/json")


@router.get("/negotiations", summary="detente negotiations --json")
def api_negotiations(request: Request):
    """Every negotiation with its report count and date span."""
    return _json([n.to_dict() for n in negotiations(request.app.state.engine)])


@router.get("/timeline", summary="detente timeline NEGOTIATION --json")
def api_timeline(request: Request, negotiation: str | None = NEGOTIATION, as_of: str = AS_OF):
    """Moves in date order, the same move from several outlets merged, with each report's sentence."""
    rows = []
    for e in timeline(request.app.state.engine, negotiation, as_of_date(as_of), sentences=True):
        row = e.to_dict()
        row["outlets"] = sorted({r["outlet"] or r["article"] for r in e.reports})
        rows.append(row)
    return _json(rows)


@router.get("/positions", summary="detente positions NEGOTIATION --json")
def api_positions(request: Request, negotiation: str | None = NEGOTIATION, as_of: str = AS_OF):
    """Each party's latest stance on each item, with what it was before."""
    return _json([p.to_dict() for p in positions(request.app.state.engine, negotiation, as_of_date(as_of))])


@router.get("/figures", summary="detente figures NEGOTIATION --json")
def api_figures(request: Request, negotiation: str | None = NEGOTIATION, as_of: str = AS_OF):
    """Each quantity as a series with its sources, and the contradictions between reports."""
    by_quantity = series(request.app.state.engine, negotiation, as_of_date(as_of))
    return _json({"series": {q: [f.to_dict() for f in points] for q, points in by_quantity.items()},
                  "contradictions": [c.to_dict() for c in contradictions(by_quantity)]})


@router.get("/analysis", summary="detente analyze NEGOTIATION --json")
def api_analysis(request: Request, negotiation: str = Query(..., description="The negotiation's label."),
                 as_of: str = AS_OF, without_hedged: bool = False):
    """The whole report: verdict, timeline, positions, figures, drafted model, stability."""
    report = build(request.app.state.engine, negotiation, as_of_date(as_of), without_hedged=without_hedged)
    return _json(report_dict(report))


@router.post("/analyze", summary="detente analyze MODEL --json")
def api_analyze(model: str = Body(..., media_type="text/plain", description="A model in YAML."),
                summary: bool = False):
    """Analyse a YAML model sent as the request body; errors are the CLI's one line."""
    from ..conflict import Analysis
    from .workbench import parse

    out = io.StringIO()
    write_json(Analysis(parse(model)), out, summary=summary)
    return Response(out.getvalue(), media_type="application/json")


@router.get("/docs", include_in_schema=False)
def api_docs(request: Request):
    """The OpenAPI description as a page (served from here: no CDN, works offline)."""
    from .app import render

    schema = request.app.openapi()
    endpoints = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "description": op.get("description", ""),
                              "parameters": [{"name": p["name"], "where": p["in"], "required": p.get("required"),
                                              "description": p.get("description", "")}
                                             for p in op.get("parameters", [])],
                              "body": "requestBody" in op})
    return render(request, "api.html", title="JSON API", endpoints=endpoints, version=schema["info"]["version"])
