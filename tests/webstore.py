"""A store for the web workbench's tests: the example reports and one report full of hostile markup."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

from detente.cli import main

from .conftest import ROOT

EXAMPLES = ROOT / "examples" / "reports"
EXAMPLE_NEGOTIATION = "example-hostage-talks"
HOSTILE_NEGOTIATION = "hostile <b onmouseover=alert('label')>talks</b>"
HOSTILE = {
    "url": "javascript:alert('url')",
    "outlet": "<script>alert('outlet')</script>",
    "title": "<img src=x onerror=alert('title')>",
    "published": "2025-04-02",
    "negotiation": HOSTILE_NEGOTIATION,
    "text": ("Hamas said on Tuesday it was ready to release five hostages <script>alert('text')</script> in "
             "exchange for a temporary truce, two officials told <a href=\"javascript:alert('link')\">the "
             "paper</a>.\n\nIsrael rejected the offer <img src=x onerror=alert('img')> and demanded the release "
             "of all the hostages.\n\nAbout 59 hostages remain in captivity, according to the Israeli government."),
}


def make_store(folder: Path, url: str | None = None) -> str:
    """A store (SQLite in ``folder`` unless a database ``url`` is given) with the five example reports and
    the hostile one; returns what --db takes."""
    db = url or str(folder / "web.db")
    hostile = folder / "hostile.json"
    hostile.write_text(json.dumps(HOSTILE), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), str(hostile), "--db", db],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


class _Markup(HTMLParser):
    """Collects what in a page could run script: inline scripts, event attributes, javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "script" and not dict(attrs).get("src", "").startswith("/static/"):
            self.found.append(f"<script> {attrs}")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value}>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and \
                    (value or "").strip().lower().startswith(("javascript:", "data:text")):
                self.found.append(f"<{tag} {name}={value}>")


def unescaped_markup(html: str) -> list[str]:
    """The hostile markup that reached the page as markup rather than as text."""
    parser = _Markup()
    parser.feed(html)
    return parser.found
