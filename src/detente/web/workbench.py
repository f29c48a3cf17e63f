"""The model workbench: a model's YAML in, its analysis and its downloads out (no state kept on the server)."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from datetime import date
from pathlib import Path

import yaml
from sqlalchemy import Engine

from ..conflict import Analysis, loads_yaml, to_gmcr
from ..conflict.gmcr_format import load_gmcr
from ..conflict.model import Conflict
from ..conflict.stability import CONCEPT_NAMES
from ..conflict.yaml_format import to_yaml_dict
from ..drafting import draft
from ..errors import DetenteError, ModelError
from ..report.analysis_json import write_json
from ..report.dot import write_dot
from ..tracking import series, timeline
from . import graph
from .views import model_view, stability_view

SOURCE = "model.yaml"  # what errors in the editor's text are said to be in
FORMATS = {"yaml": ("application/yaml", "yaml"), "gmcr": ("application/json", "gmcr"),
           "json": ("application/json", "json"), "csv": ("text/csv", "csv"), "dot": ("text/vnd.graphviz", "dot")}


def model_text(conflict: Conflict, header: str = "") -> str:
    return header + yaml.safe_dump(to_yaml_dict(conflict), sort_keys=False, allow_unicode=True, width=100)


def drafted_text(engine: Engine, negotiation: str, as_of: date | None = None) -> str:
    """The drafted model of a stored negotiation, as `detente draft` writes it."""
    entries = timeline(engine, negotiation, as_of, sentences=True)
    if not entries:
        raise DetenteError(f"{negotiation}: no moves stored for this negotiation")
    drafted = draft(entries, name=f"{negotiation} (drafted)", figures=series(engine, negotiation, as_of))
    header = (f"# Drafted by detente from {drafted.reports} report(s) of {negotiation!r}"
              f"{' as of ' + as_of.isoformat() if as_of else ''}.\n"
              "# A starting point, not a finished model: check each option and statement against its evidence.\n")
    return model_text(drafted.conflict, header)


def parse(text: str) -> Conflict:
    """The editor's text as a model; a ModelError names the line and field, as the CLI does."""
    return loads_yaml(text, source=SOURCE, default_name="model")


def analysis_view(text: str, engine: Engine | None = None, use_dot: bool = True) -> dict:
    """The analysis of the editor's model, or the one-line error the CLI would print."""
    try:
        analysis = Analysis(parse(text))
        analysis.status_quo_result  # noqa: B018  (errors in the status quo show here, not in a template)
    except DetenteError as exc:
        return {"error": str(exc)}
    return {"error": None, "name": analysis.conflict.name, "states": len(analysis.space),
            "size": analysis.space.size, "dms": len(analysis.dm_names), "options": len(analysis.conflict.options),
            "model": model_view(analysis, engine=engine), "stability": stability_view(analysis),
            "graph": graph.graph_view(analysis, use_dot=use_dot)}


def opened_text(filename: str, data: bytes) -> str:
    """An uploaded .yaml or .gmcr model as YAML for the editor; ``filename`` only names it in errors."""
    suffix = Path(filename).suffix.lower()
    if suffix not in (".yaml", ".yml", ".gmcr"):
        raise ModelError("not a model file (.yaml, .yml or .gmcr)", source=filename)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ModelError(f"not valid UTF-8 (byte {exc.start})", source=filename) from None
    if suffix != ".gmcr":
        loads_yaml(text, source=filename, default_name=Path(filename).stem)
        return text
    with tempfile.TemporaryDirectory(prefix="detente-model-") as tmp:
        path = Path(tmp) / "uploaded.gmcr"  # our name, never the client's
        path.write_text(text, encoding="utf-8")
        try:
            conflict = load_gmcr(path)
        except ModelError as exc:
            raise ModelError(exc.message, source=filename, line=exc.line, field=exc.field) from None
    return model_text(conflict, f"# Converted by detente from {filename}.\n")


def download(text: str, fmt: str) -> tuple[str, str, str]:
    """(body, media type, file name) of the editor's model in ``fmt``: yaml, gmcr, json, csv or dot."""
    if fmt not in FORMATS:
        raise DetenteError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    conflict = parse(text)
    media, suffix = FORMATS[fmt]
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", conflict.name).strip("-")[:60] or "model"
    if fmt == "yaml":
        return text, media, f"{stem}.{suffix}"
    if fmt == "gmcr":
        return json.dumps(to_gmcr(conflict), indent=1), media, f"{stem}.{suffix}"
    analysis = Analysis(conflict)
    out = io.StringIO()
    if fmt == "json":
        write_json(analysis, out)
    elif fmt == "dot":
        write_dot(analysis, out, highlight_paths=True)
    else:
        write_stability_csv(analysis, out)
    return out.getvalue(), media, f"{stem}.{suffix}"


def write_stability_csv(analysis: Analysis, out: io.TextIOBase) -> None:
    """One row per feasible state: its numbers, pattern, stability for each DM and concept, equilibria."""
    writer = csv.writer(out)
    pairs = [(dm, c) for dm in analysis.dm_names for c in analysis.concepts]
    writer.writerow(["ordinal", "decimal", "pattern", *(f"{dm}: {CONCEPT_NAMES[c]}" for dm, c in pairs),
                     "equilibrium under", "status quo"])
    flags = {(dm, c): analysis.stable(c, dm) for dm, c in pairs}
    eq = {c: analysis.equilibrium_mask(c) for c in analysis.concepts}
    for k, (d, p) in enumerate(zip(analysis.space.decimals, analysis.patterns)):
        writer.writerow([k + 1, int(d), str(p), *("yes" if flags[pair][k] else "" for pair in pairs),
                         "; ".join(CONCEPT_NAMES[c] for c in analysis.concepts if eq[c][k]),
                         "yes" if p == analysis.status_quo else ""])
