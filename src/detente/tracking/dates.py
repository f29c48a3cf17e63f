"""When a move happened: the report's date unless the sentence dates it.

"on Wednesday" is the last Wednesday before publication, "last week" the week
before, "in January" the last January, "previously" some time before. The
precision is kept: day, week, month, before, or report (the report's own date).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_WEEKDAY = re.compile(r"\b(?:on|last|this|late|early)?\s*(" + "|".join(WEEKDAYS) + r")\b", re.I)
_MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})(?:,?\s+(\d{4}))?\b", re.I)
_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?\b", re.I)
_IN_MONTH = re.compile(r"\b(?:in|during|early|late|mid-?)\s*(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?\b",
                       re.I)
_BEFORE = re.compile(r"\b(previously|earlier|already|last year|had (?:already )?(?:agreed|accepted|rejected|offered|"
                     r"proposed|demanded))\b", re.I)


def resolve(sentence: str, published: date | None) -> tuple[date | None, str]:
    """(date, precision) of what a sentence reports, relative to the publication date."""
    if published is None:
        return None, "report"
    text = sentence
    m = _MONTH_DAY.search(text) or _DAY_MONTH.search(text)
    if m:
        groups = m.groups()
        if groups[0].isdigit():
            day, month, year = int(groups[0]), groups[1], groups[2]
        else:
            month, day, year = groups[0], int(groups[1]), groups[2]
        month_number = MONTHS.index(month.lower()) + 1
        year_number = int(year) if year else published.year
        try:
            found = date(year_number, month_number, day)
        except ValueError:
            found = None
        if found is not None:
            if not year and found > published:
                found = found.replace(year=found.year - 1)
            return found, "day"
    lower = text.lower()
    if "yesterday" in lower:
        return published - timedelta(days=1), "day"
    if re.search(r"\btoday\b", lower):
        return published, "day"
    m = _WEEKDAY.search(text)
    if m and not re.search(r"\bnext\s+" + m.group(1), lower):
        target = WEEKDAYS.index(m.group(1).lower())
        delta = (published.weekday() - target) % 7
        return published - timedelta(days=delta), "day"
    if "last week" in lower:
        start = published - timedelta(days=published.weekday() + 7)
        return start, "week"
    if "last month" in lower:
        first = published.replace(day=1) - timedelta(days=1)
        return first.replace(day=1), "month"
    m = _IN_MONTH.search(text)
    if m:
        month_number = MONTHS.index(m.group(1).lower()) + 1
        year = int(m.group(2)) if m.group(2) else published.year
        found = date(year, month_number, 1)
        if not m.group(2) and found > published:
            found = found.replace(year=year - 1)
        return found, "month"
    if _BEFORE.search(text):
        return published, "before"
    return published, "report"
