"""The web workbench in a real browser: Playwright drives Debian's chromium through every page.

A screenshot of each page is saved under the test's temporary directory; any console error or page
error, and any dialog a hostile report could open, fails the test.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest
import uvicorn

from detente.web import create_app

from .conftest import EXAMPLE_MODEL
from .webstore import EXAMPLE_NEGOTIATION, HOSTILE_NEGOTIATION, make_store

NEW_REPORT = ("Israel offered a temporary truce of 30 days in exchange for the release of ten hostages, "
              "two officials told reporters on Friday. Hamas rejected the offer and demanded a permanent "
              "ceasefire, a spokesman for the group said.")


def _chromium() -> str:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Debian's chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed here")
    return executable


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The workbench on a free port of this machine, in a thread, over a fresh store."""
    db = make_store(tmp_path_factory.mktemp("browser"))
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server, tmp_path):
    """A fresh browser context per test (its own cookies), watched for errors and dialogs."""
    problems: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.base = server
    page.shots = tmp_path
    yield page
    context.close()
    assert problems == []


def shot(page, name: str) -> None:
    path = page.shots / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000


def timeline_rows(page) -> int:
    return page.locator("#timeline-table tbody tr").count()


def test_negotiations_search_and_the_negotiation_page(page):
    page.goto(page.base + "/")
    assert page.title() == "Negotiations · detente"
    assert page.locator("#negotiations-table tbody tr").count() == 2
    shot(page, "negotiations")
    page.fill("#q", "disarmament")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=disarmament")
    assert page.locator("#negotiations-table tbody tr").count() == 1
    shot(page, "search")
    page.click(f"text={EXAMPLE_NEGOTIATION}")
    page.wait_for_selector("#verdict")
    assert "Why the talks stand where they do" in page.locator("#verdict").inner_text()
    assert page.locator("#stability-table").is_visible() and page.locator("#state-graph > svg").count() == 1
    assert page.locator("#figures svg.chart").count() >= 1
    assert page.locator("#timeline-table .single-mark").count() >= 1
    shot(page, "negotiation")
    everything = timeline_rows(page)
    page.select_option("#party", "Israel")
    page.select_option("#type", "reject")
    page.click("#timeline-filters button")
    page.wait_for_url("**party=Israel**")
    assert 0 < timeline_rows(page) < everything
    assert all(cell.startswith("reject") for cell in page.locator("#timeline-table tbody td:nth-child(3)")
               .all_inner_texts())
    shot(page, "timeline-filtered")


def test_as_of_replay_and_evidence(page):
    from urllib.parse import quote

    page.goto(page.base + "/negotiation?name=" + quote(EXAMPLE_NEGOTIATION))
    latest = timeline_rows(page)
    page.fill("#as-of", "2025-03-28")
    page.click("#as-of-form button")
    page.wait_for_selector("#replay-note")
    assert "2025-03-28" in page.locator("#replay-note").inner_text()
    assert 0 < timeline_rows(page) < latest
    shot(page, "as-of")
    page.click("#as-of-form .steps a >> nth=-1")
    page.wait_for_selector("#replay-note")
    assert timeline_rows(page) == latest
    page.click("#timeline-table a.evidence >> nth=0")
    page.wait_for_selector("mark#evidence")
    assert page.locator("mark#evidence").inner_text().strip()
    shot(page, "evidence-move")
    page.go_back()
    page.click("#figures a.evidence >> nth=0")
    page.wait_for_selector("mark#evidence")
    assert any(ch.isdigit() for ch in page.locator("mark#evidence").inner_text())
    shot(page, "evidence-figure")
    page.go_back()
    page.click("#model-options a.evidence >> nth=0")
    page.wait_for_selector("mark#evidence")  # the option's quote, found among the report's stored spans
    shot(page, "evidence-option")


def test_workbench_edit_and_reanalyse(page):
    from urllib.parse import quote

    page.goto(page.base + "/negotiation?name=" + quote(EXAMPLE_NEGOTIATION))
    page.click("#edit-model")
    page.wait_for_selector("#analysis-title")
    assert page.locator("#model").input_value().startswith("# Drafted by detente")
    shot(page, "workbench-drafted")
    page.fill("#model", EXAMPLE_MODEL.read_text(encoding="utf-8"))
    page.click("#save")
    page.wait_for_selector("#analysis-title >> text=Hostage and ceasefire talks, April 2025")
    assert "24 feasible states of 64" in page.locator("#analysis-counts").inner_text()
    shot(page, "workbench-edited")
    page.fill("#model", "name: broken\ndecision_makers: 3\n")
    page.click("#save")
    page.wait_for_selector("#model-error")
    error = page.locator("#model-error").inner_text()
    assert error.startswith("model.yaml:2: decision_makers:") and "\n" not in error
    shot(page, "workbench-error")
    page.fill("#model", EXAMPLE_MODEL.read_text(encoding="utf-8").replace("Hostage and ceasefire talks", "Edited"))
    page.click("#save")
    page.wait_for_selector("#analysis-title >> text=Edited, April 2025")
    with page.expect_download() as download:
        page.click("#download-dot")
    assert download.value.suggested_filename == "Edited-April-2025.dot"


def test_upload_reports(page, tmp_path):
    report = tmp_path / "06-israel-offers-truce.txt"
    report.write_text(NEW_REPORT, encoding="utf-8")
    unknown = tmp_path / "notes.exe"
    unknown.write_bytes(b"MZ")
    page.goto(page.base + "/upload")
    shot(page, "upload")
    page.set_input_files("#files", [str(report), str(unknown)])
    page.fill("#negotiation", "browser-talks")
    page.click("#upload")
    page.wait_for_selector("#upload-results")
    text = page.locator("#upload-results").inner_text()
    assert "stored 06-israel-offers-truce in browser-talks" in text
    assert "notes.exe: not a report file" in text
    shot(page, "upload-results")
    page.goto(page.base + "/?q=browser")
    assert page.locator("#negotiations-table tbody tr").count() == 1


def test_hostile_report_and_the_api_page(page):
    page.goto(page.base + "/?q=hostile")
    page.click("#negotiations-table a")
    page.wait_for_selector("#timeline-table")
    assert HOSTILE_NEGOTIATION in page.locator("h1").inner_text()
    assert page.evaluate("document.querySelectorAll('[onerror], [onmouseover], img').length") == 0
    shot(page, "hostile-negotiation")
    page.click("#timeline-table a.evidence >> nth=0")
    page.wait_for_selector("#report-text")
    assert "<script>alert('text')</script>" in page.locator("#report-text").inner_text()
    assert page.locator("dl.meta a").count() == 1  # the negotiation; the javascript: URL is not a link
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    shot(page, "hostile-report")
    page.goto(page.base + "/api/docs")
    assert page.locator("#endpoints tbody tr").count() >= 6
    shot(page, "api")
    page.goto(page.base + "/api/negotiations")
    assert EXAMPLE_NEGOTIATION in page.content()
