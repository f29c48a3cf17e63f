"""How fast the web workbench answers: re-analysing a 4,096-state model on save (issue 10 asks under one
second), the negotiation page with each graph drawer, and the negotiations list. Median of five requests.

    python benchmarks/web_speed.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml
from click.testing import CliRunner
from fastapi.testclient import TestClient

from detente.cli import main
from detente.conflict.yaml_format import to_yaml_dict
from detente.web import create_app

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from conflict_speed import random_conflict  # noqa: E402


def median_seconds(request, runs: int = 5) -> float:
    request()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = request()
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, response.text[:200]
    return statistics.median(times)


def main_() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "web.db")
        CliRunner().invoke(main, ["ingest", str(ROOT / "examples" / "reports"), "--db", db], catch_exceptions=False)
        model = yaml.safe_dump(to_yaml_dict(random_conflict(2, 12)), sort_keys=False)
        for use_dot in (True, False):
            client = TestClient(create_app(db, use_dot=use_dot))
            client.get("/upload")
            token = client.cookies["detente_csrf"]
            drawer = "Graphviz (if installed)" if use_dot else "Python layout"
            page = median_seconds(lambda c=client: c.get("/negotiation?name=example-hostage-talks"))
            print(f"negotiation page, {drawer:<24} {page * 1000:8.1f} ms")
        save = median_seconds(lambda: client.post("/workbench/analyse", data={"model": model, "csrf_token": token},
                                                  headers={"HX-Request": "true"}))
        print(f"save and analyse, 4,096 states           {save * 1000:8.1f} ms")
        listing = median_seconds(lambda: client.get("/"))
        print(f"negotiations list                        {listing * 1000:8.1f} ms")


if __name__ == "__main__":
    main_()
