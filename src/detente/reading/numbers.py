"""Numbers as news writes them: "59", "50,000", "1.5 million", "five", "twenty-four"."""

from __future__ import annotations

import re

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
DURATION_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}


def word_value(word: str) -> float | None:
    """Value of one token: digits, a number word, or a hyphenated one ("twenty-four")."""
    w = word.lower().strip().rstrip("%")
    if _DIGITS.match(w):
        return float(w.replace(",", ""))
    if w in _UNITS:
        return float(_UNITS[w])
    if w in _TENS:
        return float(_TENS[w])
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
            return float(_TENS[parts[0]] + _UNITS[parts[1]])
    return None


def phrase_value(words: list[str]) -> float | None:
    """Value of consecutive number tokens: ["1.5", "million"], ["two", "hundred"]."""
    total, current, seen = 0.0, 0.0, False
    for word in words:
        w = word.lower()
        if w in _SCALES:
            current = (current or 1.0) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0.0
            seen = True
            continue
        value = word_value(w)
        if value is None:
            if w in ("and", "a"):
                continue
            return None
        current += value
        seen = True
    return total + current if seen else None


def as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def duration_days(text: str) -> int | None:
    """Days in "60-day", "two-month", "six weeks", "45 days"."""
    m = re.search(r"([\w.]+)[-\s](day|days|week|weeks|month|months)\b", text.lower())
    if not m:
        return None
    value = word_value(m.group(1))
    return int(value * DURATION_DAYS[m.group(2)]) if value else None
