"""Figures over time: each quantity as a series with its sources, and where reports disagree."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine

from .records import StoredFigure, load_figures

SAME_TIME_DAYS = 3
ABOUT = 0.1  # "about 50,000" covers 45,000 to 55,000


@dataclass
class Contradiction:
    quantity: str
    first: StoredFigure
    second: StoredFigure

    def to_dict(self) -> dict:
        return {"quantity": self.quantity,
                "first": {"date": self.first.date.isoformat(), "value": self.first.value, "bound": self.first.bound,
                          "source": self.first.source, "report": self.first.article, "outlet": self.first.outlet},
                "second": {"date": self.second.date.isoformat(), "value": self.second.value,
                           "bound": self.second.bound, "source": self.second.source, "report": self.second.article,
                           "outlet": self.second.outlet}}


def interval(f: StoredFigure) -> tuple[float, float]:
    """The values a figure allows: "above 50,000" allows 52,000; "about 50,000" allows 47,000."""
    v = f.value
    return {"exact": (v, v), "at_least": (v, math.inf), "at_most": (-math.inf, v),
            "about": (v * (1 - ABOUT), v * (1 + ABOUT))}.get(f.bound, (v, v))


def disagree(a: StoredFigure, b: StoredFigure) -> bool:
    (lo1, hi1), (lo2, hi2) = interval(a), interval(b)
    return hi1 < lo2 or hi2 < lo1


def series(engine: Engine, negotiation: str | None = None, as_of: date | None = None) -> dict[str, list[StoredFigure]]:
    by_quantity: dict[str, list[StoredFigure]] = defaultdict(list)
    for f in load_figures(engine, negotiation, as_of):
        by_quantity[f.quantity].append(f)
    return dict(sorted(by_quantity.items()))


def contradictions(by_quantity: dict[str, list[StoredFigure]]) -> list[Contradiction]:
    """Reports of about the same date whose figures cannot both be true, bounds considered."""
    found = []
    for quantity, points in by_quantity.items():
        if quantity == "other":
            continue
        points = sorted(points, key=lambda f: f.date)
        for i, a in enumerate(points):
            for b in points[i + 1:]:
                if b.date - a.date > timedelta(days=SAME_TIME_DAYS):
                    break
                if a.report_id != b.report_id and disagree(a, b):
                    found.append(Contradiction(quantity, a, b))
    return found
