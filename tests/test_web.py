"""The web workbench through its HTTP interface: pages, JSON API, safety, uploads, the model workbench."""

from __future__ import annotations

import json
import re
import sys
import time
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from detente.cli import main
from detente.conflict import dump_gmcr, load_gmcr, load_model, loads_yaml
from detente.conflict.yaml_format import to_yaml_dict
from detente.web import create_app
from detente.web.graph import layered_svg, state_graph_svg
from detente.web.security import CSRF_COOKIE

from .conftest import EXAMPLE_MODEL, ROOT, _fresh_postgres
from .webstore import EXAMPLE_NEGOTIATION, HOSTILE_NEGOTIATION, make_store, unescaped_markup

REPORT = ROOT / "examples" / "reports" / "03-israel-rejects-and-demands.json"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request, tmp_path_factory):
    """The pages and the API over SQLite and over PostgreSQL (which runs in CI)."""
    url = _fresh_postgres() if request.param == "postgresql" else None
    return make_store(tmp_path_factory.mktemp("web"), url)


@pytest.fixture
def client(db):
    with TestClient(create_app(db, use_dot=False)) as c:
        yield c


def token(client: TestClient) -> str:
    """The CSRF token the server gave this browser (any page sets it)."""
    client.get("/upload" if not client.app.state.read_only else "/")
    return client.cookies[CSRF_COOKIE]


def cli_json(*args) -> object:
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_page_renders(client):
    pages = ["/", "/?q=hamas", "/?q=nobody-at-all", f"/negotiation?name={EXAMPLE_NEGOTIATION}",
             f"/negotiation?name={EXAMPLE_NEGOTIATION}&as_of=2025-03-30&party=Israel&type=reject",
             f"/workbench?name={EXAMPLE_NEGOTIATION}", "/workbench", "/upload", "/api/docs", "/report/1"]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, (url, r.text[:300])
        assert "text/html" in r.headers["content-type"]
        assert "script-src 'self'" in r.headers["content-security-policy"]
    listing = client.get("/").text
    assert EXAMPLE_NEGOTIATION in listing and "Hamas, Israel" in listing
    assert "No negotiation mentions" in client.get("/?q=nobody-at-all").text
    assert 'id="negotiations-table"' not in client.get("/?q=zebra").text


def test_search_covers_parties_and_terms(client):
    assert EXAMPLE_NEGOTIATION in client.get("/?q=disarmament").text
    assert EXAMPLE_NEGOTIATION in client.get("/?q=united states").text
    assert EXAMPLE_NEGOTIATION not in client.get("/?q=sanctions").text


def test_negotiation_page_has_verdict_first_and_every_section(client):
    html = client.get(f"/negotiation?name={EXAMPLE_NEGOTIATION}").text
    order = [html.index(f'id="{section}"') for section in
             ("verdict", "timeline", "positions", "figures", "model", "stability", "state-graph")]
    assert order == sorted(order)
    assert "The status quo is stable for every party" in html
    assert "single source" in html and 'class="chart"' in html
    assert "/evidence/move/" in html and "/evidence/figure/" in html and "/evidence/quote?" in html


def test_timeline_filters_and_as_of_replay(client):
    full = client.get(f"/negotiation?name={EXAMPLE_NEGOTIATION}").text
    rows = lambda html: html.split('id="timeline-table"')[1].split("</table>")[0].count("<tr")  # noqa: E731
    israel = client.get(f"/negotiation?name={EXAMPLE_NEGOTIATION}&party=Israel").text
    rejects = client.get(f"/negotiation?name={EXAMPLE_NEGOTIATION}&type=reject").text
    early = client.get(f"/negotiation?name={EXAMPLE_NEGOTIATION}&as_of=2025-03-28").text
    assert rows(full) > rows(israel) > 1 and rows(rejects) < rows(israel)
    assert "Replaying: only reports published by 2025-03-28" in early and rows(early) < rows(full)
    bad = client.get(f"/negotiation?name={EXAMPLE_NEGOTIATION}&as_of=28/03/2025")
    assert bad.status_code == 400 and "as_of: '28/03/2025' is not a date (YYYY-MM-DD)" in unescape(bad.text)


def test_evidence_links_lead_to_the_highlighted_sentence(client, db):
    from sqlalchemy import select

    from detente.store import open_store
    from detente.store.schema import evidence, moves, reports

    with open_store(db).connect() as conn:
        move_id, report_id, start, end, text = conn.execute(
            select(moves.c.id, reports.c.id, evidence.c.start, evidence.c.end, reports.c.text)
            .join(evidence, evidence.c.id == moves.c.evidence_id).join(reports, reports.c.id == moves.c.report_id)
            .where(reports.c.negotiation == EXAMPLE_NEGOTIATION)).first()
    r = client.get(f"/evidence/move/{move_id}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/report/{report_id}?start={start}&end={end}#evidence"
    page = client.get(r.headers["location"]).text
    assert f'<mark id="evidence">{text[start:end]}</mark>' in page.replace("&#39;", "'").replace("&#34;", '"')
    quoted = client.get("/evidence/quote", params={"article": "01-hamas-offers-hostages-for-truce",
                                                   "sentence": "Hamas is ready to release five hostages"})
    assert '<mark id="evidence">Hamas is ready to release five hostages' in quoted.text
    assert client.get("/evidence/figure/999999").status_code == 400
    assert "<mark" not in client.get(f"/report/{report_id}?start=5&end=999999").text


def test_api_mirrors_the_cli_json(client, db):
    n = EXAMPLE_NEGOTIATION
    assert client.get("/api/negotiations").json() == cli_json("negotiations", "--db", db, "--json")
    for command in ("timeline", "positions", "figures"):
        api = client.get(f"/api/{command}", params={"negotiation": n, "as_of": "2025-03-31"}).json()
        assert api == cli_json(command, n, "--db", db, "--as-of", "2025-03-31", "--json"), command
    assert client.get("/api/analysis", params={"negotiation": n}).json() == cli_json("analyze", n, "--db", db,
                                                                                    "--json")
    model = EXAMPLE_MODEL.read_text(encoding="utf-8")
    analysed = client.post("/api/analyze", content=model, headers={"content-type": "text/plain"})
    assert analysed.json() == cli_json("analyze", EXAMPLE_MODEL, "--json")
    bad = client.post("/api/analyze", content="name: x\ndecision_makers: 3\n", headers={"content-type": "text/plain"})
    assert bad.status_code == 400 and bad.json() == {
        "error": "model.yaml:2: decision_makers: must be a mapping of decision maker names to their options"}
    assert client.get("/api/timeline", params={"as_of": "soon"}).json()["error"].startswith("as_of: 'soon'")
    schema = client.get("/api/openapi.json").json()
    assert {"/api/negotiations", "/api/timeline", "/api/positions", "/api/figures", "/api/analysis",
            "/api/analyze"} <= set(schema["paths"])
    assert "detente timeline NEGOTIATION --json" in client.get("/api/docs").text


def test_hostile_text_is_shown_as_text(client, db):
    from sqlalchemy import select

    from detente.store import open_store
    from detente.store.schema import reports

    with open_store(db).connect() as conn:
        report_id = conn.scalar(select(reports.c.id).where(reports.c.negotiation == HOSTILE_NEGOTIATION))
    pages = ["/", "/?q=hamas", f"/report/{report_id}", f"/report/{report_id}?start=0&end=60"]
    html = client.get("/negotiation", params={"name": HOSTILE_NEGOTIATION}).text
    assert "&lt;script&gt;alert(&#39;outlet&#39;)&lt;/script&gt;" in html
    assert unescaped_markup(html) == []
    for url in pages:
        page = client.get(url).text
        assert unescaped_markup(page) == [], url
    report = client.get(f"/report/{report_id}").text
    assert "&lt;img src=x onerror=alert(&#39;title&#39;)&gt;" in report
    assert "javascript:alert(&#39;url&#39;)" in report  # shown, not linked
    assert unescaped_markup(client.get("/api/docs").text) == []


def test_every_form_needs_its_token(client):
    good = token(client)
    model = EXAMPLE_MODEL.read_text(encoding="utf-8")
    for form in ({"model": model}, {"model": model, "csrf_token": "x" * 43}):
        r = client.post("/workbench/analyse", data=form)
        assert r.status_code == 403 and "security token is missing or stale" in r.text
    r = client.post("/upload", files={"files": ("a.txt", b"Hamas offered a truce.")}, data={"csrf_token": "bad"})
    assert r.status_code == 403
    assert client.post("/workbench/analyse", data={"model": model, "csrf_token": good}).status_code == 200
    assert 'name="csrf_token"' in client.get("/workbench").text


def test_read_only_refuses_every_write(db):
    with TestClient(create_app(db, read_only=True)) as c:
        page = c.get("/upload").text
        assert "read-only" in page and 'id="upload-form"' not in page
        assert 'href="/upload"' not in c.get("/").text
        tok = token(c)
        r = c.post("/upload", files={"files": ("r.txt", REPORT.read_bytes())}, data={"csrf_token": tok})
        assert r.status_code == 403 and "this server is read-only" in r.text
        model = EXAMPLE_MODEL.read_text(encoding="utf-8")
        assert c.post("/workbench/analyse", data={"model": model, "csrf_token": tok}).status_code == 200


def test_upload_reports_with_warnings_and_limits(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "up.db")
    with TestClient(create_app(db)) as c:
        tok = token(c)
        files = [("files", ("../../escape/03-israel.json", REPORT.read_bytes(), "application/json")),
                 ("files", ("notes.exe", b"MZ\x00\x00", "application/octet-stream")),
                 ("files", ("broken.json", b"{not json", "application/json")),
                 ("files", ("lines.jsonl", b'{"text": "short"}\n{oops\n', "application/json"))]
        r = c.post("/upload", files=files, data={"csrf_token": tok, "negotiation": "uploaded-talks"})
        assert r.status_code == 200, r.text
        html = r.text
        assert "stored <code>03-israel</code> in example-hostage-talks (" in html
        assert "notes.exe: not a report file" in html
        assert "broken.json: malformed JSON at line 1" in html
        assert "lines.jsonl:2: malformed JSON" in html
        assert not re.search(r"upload-\d", html) and "/tmp" not in html  # our temporary names never show
        assert not (tmp_path.parent / "escape").exists() and not (tmp_path / "escape").exists()
        again = c.post("/upload", files=[files[0]], data={"csrf_token": tok}).text
        assert "already stored; not stored again" in again
        big = c.post("/upload", files={"files": ("big.txt", b"a " * (3 * 2**20))}, data={"csrf_token": tok})
        assert big.status_code == 413 and "big.txt: over the 5 MB limit for one file" in big.text
        none = c.post("/upload", data={"csrf_token": tok})
        assert none.status_code == 400 and "choose one or more report files" in none.text
    assert cli_json("negotiations", "--db", db, "--json")[0]["reports"] == 1


def test_workbench_analyses_in_place_and_shows_the_cli_error(client):
    tok = token(client)
    model = EXAMPLE_MODEL.read_text(encoding="utf-8")
    fragment = client.post("/workbench/analyse", data={"model": model, "csrf_token": tok},
                           headers={"HX-Request": "true"}).text
    assert "<html" not in fragment and "24 feasible states of 64" in fragment and 'id="stability-table"' in fragment
    assert "000-seed-hamas-offers-all-hostages" in fragment and "/evidence/quote" not in fragment  # not stored
    assert 'class="legend"' in fragment and "Israel" in fragment
    broken = client.post("/workbench/analyse", data={"model": "name: x\ndecision_makers: [1]\n", "csrf_token": tok},
                         headers={"HX-Request": "true"}).text
    assert re.search(r'id="model-error">model\.yaml:2: decision_makers: [^<\n]+</p>', broken)
    drafted = client.get(f"/workbench?name={EXAMPLE_NEGOTIATION}").text
    assert "# Drafted by detente from" in drafted and 'id="analysis-title"' in drafted


def test_workbench_opens_yaml_and_gmcr_and_downloads_every_format(client, tmp_path):
    tok = token(client)
    gmcr = tmp_path / "talks.gmcr"
    dump_gmcr(load_model(EXAMPLE_MODEL), gmcr)
    opened = client.post("/workbench/open", files={"file": ("../talks.gmcr", gmcr.read_bytes())},
                         data={"csrf_token": tok})
    assert opened.status_code == 200 and "Converted by detente from talks.gmcr" in opened.text
    assert "opened from talks.gmcr" in opened.text and 'id="stability-table"' in opened.text
    bad = client.post("/workbench/open", files={"file": ("m.yaml", b"name: x\ndecision_makers: 3\n")},
                      data={"csrf_token": tok})
    assert bad.status_code == 400 and "m.yaml:2: decision_makers:" in bad.text
    model = EXAMPLE_MODEL.read_text(encoding="utf-8")
    got = {}
    for fmt in ("yaml", "gmcr", "json", "csv", "dot"):
        r = client.post("/workbench/download", data={"model": model, "format": fmt, "csrf_token": tok})
        assert r.status_code == 200, r.text
        name = f"Hostage-and-ceasefire-talks-April-2025.{fmt}"
        assert r.headers["content-disposition"] == f'attachment; filename="{name}"'
        got[fmt] = r.text
    assert to_yaml_dict(loads_yaml(got["yaml"])) == to_yaml_dict(load_model(EXAMPLE_MODEL))
    (tmp_path / "back.gmcr").write_text(got["gmcr"])
    back, original = load_gmcr(tmp_path / "back.gmcr"), load_model(EXAMPLE_MODEL)
    assert back.dm_names == original.dm_names and len(back.options) == len(original.options)
    assert json.loads(got["json"]) == cli_json("analyze", EXAMPLE_MODEL, "--json")
    rows = got["csv"].splitlines()
    assert rows[0].startswith("ordinal,decimal,pattern,Israel: Nash (R)") and len(rows) == 25
    assert got["dot"].startswith('digraph "Hostage and ceasefire talks, April 2025"') and "tooltip=" in got["dot"]


def test_models_of_4096_states_are_analysed_in_under_a_second(client):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import yaml

    from conflict_speed import random_conflict

    text = yaml.safe_dump(to_yaml_dict(random_conflict(2, 12)), sort_keys=False)
    tok = token(client)
    client.post("/workbench/analyse", data={"model": text, "csrf_token": tok}, headers={"HX-Request": "true"})
    start = time.perf_counter()
    r = client.post("/workbench/analyse", data={"model": text, "csrf_token": tok}, headers={"HX-Request": "true"})
    elapsed = time.perf_counter() - start
    assert r.status_code == 200 and "4096 feasible states of 4096" in r.text
    assert elapsed < 1.0, f"{elapsed:.2f} s"


def test_state_graph_drawn_in_python_and_by_graphviz():
    from detente import analyse

    a = analyse(load_model(EXAMPLE_MODEL))
    svg = str(layered_svg(a))
    assert svg.count("<circle") == len(a.space) + len(a.equilibria("nash"))
    assert ('stroke="#f0b400"' in svg) == any(a.status_quo_result.paths.values())
    assert "#ffe08a" in svg  # the status quo
    drawn, note = state_graph_svg(a, use_dot=True)
    import shutil

    if shutil.which("dot"):
        assert note == "Drawn by Graphviz." and str(drawn).startswith("<svg")
    else:
        assert note.startswith("Laid out by detente")


def test_status_quo_paths_are_highlighted_in_both_drawings():
    from detente import analyse
    from detente.report.dot import status_quo_steps

    text = EXAMPLE_MODEL.read_text(encoding="utf-8").replace("permanent_ceasefire: N", "permanent_ceasefire: Y", 1)
    a = analyse(loads_yaml(text))
    steps = status_quo_steps(a)
    assert (1, 0) in steps and len(steps) == 6  # three shortest paths from YNNNNN, of 1, 2 and 3 moves
    assert str(layered_svg(a)).count('stroke="#f0b400" stroke-width="4"') == len(steps)
    import io

    from detente.report.dot import write_dot

    out = io.StringIO()
    write_dot(a, out, highlight_paths=True)
    assert out.getvalue().count('color="#f0b400", penwidth=4') == len(steps)


def test_figure_charts_mark_contradictions_and_hedges():
    from dataclasses import fields
    from datetime import date

    from detente.tracking.figures import contradictions
    from detente.tracking.records import StoredFigure
    from detente.web.charts import figure_views

    def figure(id_, value, day, hedged=False, outlet="Ledger"):
        known = {"id": id_, "report_id": id_, "article": f"r{id_}", "outlet": outlet, "date": date(2025, 4, day),
                 "published": date(2025, 4, day), "date_precision": "report", "quantity": "deaths",
                 "value": float(value), "bound": "exact", "source": "<b>ministry</b>", "hedged": hedged,
                 "text": None, "sentence": ""}
        return StoredFigure(**{f.name: known.get(f.name) for f in fields(StoredFigure)})

    series = {"deaths": [figure(1, 50000, 1), figure(2, 30000, 2, outlet="Daily"), figure(3, 51000, 9, True)]}
    view = figure_views(series, contradictions(series))[0]
    svg = str(view["svg"])
    assert svg.count('stroke="#b3261e"') == 2 and svg.count('fill="#ffffff"') == 1  # red clash, hollow hedge
    assert "&lt;b&gt;ministry&lt;/b&gt;" in svg and "<b>" not in svg
    assert [p["contradicted"] for p in view["points"]] == [True, True, False]
    assert view["contradictions"] == ["50,000 (Ledger, 2025-04-01) vs 30,000 (Daily, 2025-04-02)"]


def test_jupyter_shows_analyses_and_negotiation_reports(db):
    from detente import analyse
    from detente.report.negotiation import build
    from detente.store import open_store

    html = analyse(load_model(EXAMPLE_MODEL))._repr_html_()
    assert "Hostage and ceasefire talks" in html and "<table>" in html and "(status quo)" in html
    html = build(open_store(db), EXAMPLE_NEGOTIATION)._repr_html_()
    assert html.startswith("<div class='detente-report'>") and "<body" not in html and "<style" not in html
    assert "The status quo is stable for every party" in html and "id='stability-table'" in html


def test_serve_binds_to_this_machine_by_default(monkeypatch, tmp_path):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    app, kw = calls[0]
    assert kw["host"] == "127.0.0.1" and kw["port"] == 8000 and app.state.read_only is False
    CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "s.db"), "--read-only", "--port", "8123"])
    assert calls[1][0].state.read_only is True and calls[1][1]["port"] == 8123
    help_text = CliRunner().invoke(main, ["serve", "--help"]).output
    assert help_text.split("Options:")[0].rstrip().endswith("--read-only --port 8080")


def test_packaged_javascript_is_pinned_with_its_licence():
    static = Path(__import__("detente.web", fromlist=["x"]).__file__).parent / "static" / "vendor"
    assert (static / "htmx-2.0.11.min.js").stat().st_size > 40_000
    assert "Zero-Clause BSD" in (static / "htmx-LICENSE").read_text()
    base = (static.parent.parent / "templates" / "base.html").read_text()
    assert "htmx" in base and "http" not in base.replace('"http://www.w3.org', "")
